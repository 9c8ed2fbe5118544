//! Russian, Polish and Czech attributions.
//!
//! - After a quotation, the verb comes first and its subject after it, with a
//!   comma and perhaps a dash between: `«…», — заявил X`, `„…” – powiedział X`,
//!   `"…," řekl X`; a hearer, a place or a medium may stand between the verb
//!   and the subject (`píše na Twitter X`, `написал в Instagram X`). A verb
//!   with no subject (`"…," řekla.`) goes on with the person named before, of
//!   the gender its ending tells.
//! - Before a quotation: `X заявил: «…»`, `заявил X: «…»`, `X: «…»`, and the
//!   source words `по словам X`, `według X`, `podle X`.
//! - Names are runs of capitalised words; a capitalised word right after a
//!   preposition is its object, not a name, and a sentence's first word is a
//!   name only if the text never writes it in lower case.
//! - Cues come from `lexicon/slavic.rs`, whose past tenses give the speaker's
//!   gender (`заявила`, `powiedziała`, `řekla`).

pub(in crate::core::attribution) mod grammar;
pub(crate) mod lexicon;
mod reported;
pub(in crate::core::attribution) mod rules;

use crate::core::attribution::rules::Rule;
use crate::core::attribution::{Ctx, Found, MarkedQuote, Np, NpKind, Para};
use crate::core::lang::Lang;
use crate::core::lexicon::is;
use crate::core::lexicon::slavic::{
    SLAVIC_ACCORDING, SLAVIC_OPENERS, SLAVIC_PREPOSITIONS, SLAVIC_PRONOUNS, SLAVIC_TITLES,
    slavic_cue, slavic_reported_cue,
};
use crate::core::mentions::{Gender, NameRun, Registry};
use crate::core::span::Span;
use crate::core::text::Token;

/// Whether token `k` follows a preposition (`se` after a verb is its
/// reflexive particle: `přidává se X`).
fn after_preposition(text: &str, tokens: &[Token], k: usize, lang: Lang) -> bool {
    if k == 0 || !is(&SLAVIC_PREPOSITIONS, tokens[k - 1].text(text)) {
        return false;
    }
    let reflexive = matches!(tokens[k - 1].text(text), "se" | "si")
        && k >= 2
        && slavic_cue(lang, tokens[k - 2].text(text)).is_some();
    !reflexive
}

/// A name run without the words before the name that the generic rules take
/// in: a sentence's first word that is a common word or a title (`Однако`,
/// `Ministryně`), a preposition's object (`na Twitter Petr Dvořák`).
pub(in crate::core::attribution) fn trim_run(
    text: &str,
    tokens: &[Token],
    run: &NameRun,
    lang: Lang,
) -> Option<NameRun> {
    let mut first = run.first;
    let drop = |k: usize| {
        let w = tokens[k].text(text);
        is(&SLAVIC_OPENERS, w) || is(&SLAVIC_TITLES, w) || after_preposition(text, tokens, k, lang)
    };
    while first <= run.last && drop(first) {
        first += 1;
    }
    // A place or team in the genitive before a name of two words (`сборной
    // Германии Лукаш Подольски`): given names do not end so.
    if run.last >= first + 2 {
        let w = tokens[first].text(text).to_lowercase();
        let endings: &[&str] = match lang {
            Lang::Ru => &["ии", "ого", "его", "ему", "ами", "ях"],
            Lang::Pl => &["ii", "ego", "emu", "ich"],
            _ => &["ii", "ého", "ému", "ých"],
        };
        if endings.iter().any(|e| w.ends_with(e)) {
            first += 1;
        }
    }
    if first > run.last {
        return None;
    }
    if first == run.first {
        return Some(run.clone());
    }
    let start = tokens[first].span.start;
    Some(NameRun {
        span: Span::new(start, run.span.end),
        name: Span::new(run.name.start.max(start), run.name.end.max(start)),
        title: run.title.filter(|t| t.start >= start),
        kind: run.kind,
        first,
        last: run.last,
    })
}

/// How far after a verb its subject may stand (`píše ve svém hodnocení server X`).
const SUBJECT_REACH: usize = 10;

impl Ctx<'_> {
    /// Whether token `k` is a reporting verb of the page's language.
    fn slavic_cue_at(&self, para: &Para, k: usize) -> bool {
        let t = &para.tokens[k];
        t.is_word()
            && self
                .word(para, k)
                .chars()
                .next()
                .is_some_and(char::is_lowercase)
            && slavic_cue(self.lang, self.word(para, k)).is_some()
    }

    /// Whether token `k` may be part of a name: a capitalised word, not a
    /// sentence's first word that is a common word.
    fn slavic_name_word(&self, para: &Para, k: usize) -> bool {
        let t = &para.tokens[k];
        if !t.is_capitalized(self.text) {
            return false;
        }
        let w = self.word(para, k);
        let opens = k == 0
            || para.ends.contains(&t.span.start)
            || para.ends.iter().any(|&e| e == para.tokens[k - 1].span.end)
            || matches!(
                self.word(para, k - 1),
                "." | "!" | "?" | "…" | ":" | "\"" | "«" | "„" | "“" | "»" | "”" | "—" | "–"
            );
        !(opens
            && (is(&SLAVIC_OPENERS, w)
                || is(&SLAVIC_TITLES, w)
                || self.written_in_lower_case(&w.to_lowercase())))
    }

    /// The name that starts at token `j` (up to `hi`): its first and last tokens.
    /// A name after a preposition loses its first word, the preposition's object
    /// (`na Twitter Gary Lineker`).
    fn slavic_name_from(&self, para: &Para, j: usize, hi: usize) -> Option<(usize, usize)> {
        if j >= hi || !self.slavic_name_word(para, j) {
            return None;
        }
        let mut e = j;
        loop {
            if e + 1 < hi && para.tokens[e + 1].is_capitalized(self.text) {
                e += 1;
            } else if e + 2 < hi
                && matches!(self.word(para, e + 1), "and" | "&" | "of")
                && para.tokens[e + 2].is_capitalized(self.text)
            {
                // (`Claret and Hugh`, a name in English.)
                e += 2;
            } else {
                break;
            }
        }
        let object = after_preposition(self.text, &para.tokens, j, self.lang);
        if object {
            return (e > j).then_some((j + 1, e));
        }
        Some((j, e))
    }

    /// The name that ends at token `e` (from `lo`): its first token.
    fn slavic_name_to(&self, para: &Para, lo: usize, e: usize) -> Option<usize> {
        if e < lo || !para.tokens[e].is_capitalized(self.text) {
            return None;
        }
        let mut s = e;
        while s > lo && para.tokens[s - 1].is_capitalized(self.text) {
            s -= 1;
        }
        // (A sentence's first word that is a common word is not part of it.)
        while s <= e && !self.slavic_name_word(para, s) {
            s += 1;
        }
        if s > e || (after_preposition(self.text, &para.tokens, s, self.lang) && s == e) {
            return None;
        }
        Some(s)
    }

    fn slavic_np(&self, para: &Para, first: usize, last: usize, kind: NpKind) -> Np {
        Np {
            span: Span::new(para.tokens[first].span.start, para.tokens[last].span.end),
            kind,
            para: para.index,
            end: last,
            first,
            last,
        }
    }

    fn slavic_found(
        &self,
        rule: &'static Rule,
        para: &Para,
        np: Np,
        cue: (usize, usize),
    ) -> Option<Found> {
        let cue_span = Span::new(para.tokens[cue.0].span.start, para.tokens[cue.1].span.end);
        self.found(rule, Some(np), Some(cue_span), np.end.max(cue.1))
    }

    /// The subject of the verb at token `v`, after it (up to `hi`).
    fn slavic_subject_after(&self, para: &Para, v: usize, hi: usize) -> Option<Np> {
        let t = &para.tokens;
        let mut j = v + 1;
        // (The reflexive particle of the verb: `přidává se`, `zapytał się`.)
        if j < hi && matches!(self.word(para, j), "se" | "się" | "si") {
            j += 1;
        }
        let first = j;
        while j < hi && j <= v + SUBJECT_REACH {
            if t[j].is_word() && is(&SLAVIC_PRONOUNS, self.word(para, j)) && j == first {
                return Some(self.slavic_np(para, j, j, NpKind::Pronoun));
            }
            if let Some((s, e)) = self.slavic_name_from(para, j, hi) {
                return Some(self.slavic_np(para, s, e, NpKind::Unnamed));
            }
            if !t[j].is_word() && !matches!(self.word(para, j), "-" | "'" | "’") {
                break;
            }
            j += 1;
        }
        // A description in lower case that ends the clause: `tvrdí mladá hvězda.`
        let words = (first..j.min(hi)).filter(|&k| t[k].is_word()).count();
        if (2..=4).contains(&words)
            && (j >= hi || t[j].is_punct('.') || t[j].is_punct(','))
            && (first..j).all(|k| t[k].is_word())
        {
            return Some(self.slavic_np(para, first, j - 1, NpKind::Unnamed));
        }
        None
    }

    /// The attribution after a quotation: from token `k`, the first after the
    /// closing mark and its commas and dashes, to `hi`.
    pub(in crate::core::attribution) fn slavic_after(
        &self,
        para: &Para,
        k: usize,
        hi: usize,
    ) -> Option<Found> {
        let t = &para.tokens;
        if k >= hi {
            return None;
        }
        // `„…“ řekl X` / `„…“ řekla.`
        if self.slavic_cue_at(para, k) {
            if let Some(np) = self.slavic_subject_after(para, k, hi) {
                if let Some(found) = self.slavic_found(&rules::CUE_SUBJECT_AFTER, para, np, (k, k))
                {
                    return Some(found);
                }
            }
            // No subject: the verb stands for the person named before.
            let np = self.slavic_np(para, k, k, NpKind::Pronoun);
            if let Some(found) = self.slavic_found(&rules::CUE_NO_SUBJECT_AFTER, para, np, (k, k)) {
                return Some(found);
            }
        }
        // `„…” – stare porzekadło przytoczył X`: the object first, then the verb.
        let mut v = k;
        while v < hi && v < k + 6 && t[v].is_word() && !self.slavic_cue_at(para, v) {
            v += 1;
        }
        if v > k
            && v < hi
            && self.slavic_cue_at(para, v)
            && self.slavic_name_from(para, k, hi).is_none()
        {
            if let Some(np) = self.slavic_subject_after(para, v, hi) {
                if let Some(found) =
                    self.slavic_found(&rules::OBJECT_VERB_SUBJECT, para, np, (v, v))
                {
                    return Some(found);
                }
            }
        }
        // `"…," Lineker řekl.`: the subject before the verb.
        if let Some((s, e)) = self.slavic_name_from(para, k, hi) {
            if e + 1 < hi && self.slavic_cue_at(para, e + 1) {
                let np = self.slavic_np(para, s, e, NpKind::Unnamed);
                if let Some(found) =
                    self.slavic_found(&rules::SUBJECT_CUE_AFTER, para, np, (e + 1, e + 1))
                {
                    return Some(found);
                }
            }
        }
        // A verb of speech not in the lexicon, in the same place (`"…,"
        // kroutí hlavou X`): a lower-case word, then a name closing the clause.
        let lower = t[k].is_word()
            && self
                .word(para, k)
                .chars()
                .next()
                .is_some_and(char::is_lowercase)
            && !is(&SLAVIC_PREPOSITIONS, self.word(para, k));
        let closing_comma = k >= 2
            && matches!(self.word(para, k - 1), "\"" | "”" | "“" | "»" | "«")
            && self.word(para, k - 2) == ",";
        let separated =
            k > 0 && matches!(self.word(para, k - 1), "," | "—" | "–" | "-") || closing_comma;
        if lower && separated {
            let mut j = k + 1;
            while j < hi && j <= k + 3 && t[j].is_word() {
                if let Some((s, e)) = self.slavic_name_from(para, j, hi) {
                    let ends = e + 1 >= hi || matches!(self.word(para, e + 1), "." | "," | "!");
                    if ends {
                        let np = self.slavic_np(para, s, e, NpKind::Unnamed);
                        if let Some(found) =
                            self.slavic_found(&rules::NAME_CLOSES_AFTER, para, np, (k, k))
                        {
                            return Some(found);
                        }
                    }
                    break;
                }
                j += 1;
            }
        }
        None
    }

    /// The attribution in tokens `lo..o` of `para`, which end where the quote begins.
    pub(in crate::core::attribution) fn slavic_introduced_by(
        &self,
        para: &Para,
        o: usize,
        lo: usize,
    ) -> Option<Found> {
        let t = &para.tokens;
        // `по словам X, «…»`, `według X: „…”`, `podle X „…“`
        for a in lo..o {
            let w = self.word(para, a).to_lowercase();
            let according = match w.as_str() {
                "по" => a + 1 < o && is(&SLAVIC_ACCORDING, self.word(para, a + 1)),
                "według" | "zdaniem" | "podle" => true,
                _ => false,
            };
            if !according {
                continue;
            }
            let from = if w == "по" { a + 2 } else { a + 1 };
            let cue_end = from - 1;
            let mut j = from;
            while j < o && j <= from + 3 {
                if let Some((s, e)) = self.slavic_name_from(para, j, o) {
                    let np = self.slavic_np(para, s, e, NpKind::Unnamed);
                    if let Some(found) =
                        self.slavic_found(&rules::ACCORDING, para, np, (a, cue_end))
                    {
                        return Some(found);
                    }
                }
                if !t[j].is_word() {
                    break;
                }
                j += 1;
            }
        }
        // The last verb of speech before the mark.
        if let Some(v) = (lo..o).rev().find(|&k| self.slavic_cue_at(para, k)) {
            // Nothing but a colon, a comma or a dash, or the subject, between it and the quote.
            let tail_ok = (v + 1..o).all(|k| {
                t[k].is_word() && t[k].is_capitalized(self.text)
                    || matches!(self.word(para, k), ":" | "," | "—" | "–" | "-")
                    || t[k].is_word() && matches!(self.word(para, k), "se" | "się")
            });
            // The subject before the verb, perhaps with an adverb between.
            let mut e = v;
            while e > lo && e + 3 > v && !t[e - 1].is_capitalized(self.text) && t[e - 1].is_word() {
                if is(&SLAVIC_PRONOUNS, self.word(para, e - 1)) {
                    let np = self.slavic_np(para, e - 1, e - 1, NpKind::Pronoun);
                    if let Some(found) =
                        self.slavic_found(&rules::PRONOUN_CUE_BEFORE, para, np, (v, v))
                    {
                        return Some(found);
                    }
                }
                e -= 1;
            }
            if e > lo {
                if let Some(s) = self.slavic_name_to(para, lo, e - 1) {
                    let np = self.slavic_np(para, s, e - 1, NpKind::Unnamed);
                    if let Some(found) = self.slavic_found(
                        if tail_ok {
                            &rules::NAME_CUE_BEFORE
                        } else {
                            &rules::NAME_CUE_BEFORE_FAR
                        },
                        para,
                        np,
                        (v, v),
                    ) {
                        return Some(found);
                    }
                }
            }
            if let Some(np) = self.slavic_subject_after(para, v, o) {
                if let Some(found) = self.slavic_found(
                    if tail_ok {
                        &rules::CUE_SUBJECT_BEFORE
                    } else {
                        &rules::CUE_SUBJECT_BEFORE_FAR
                    },
                    para,
                    np,
                    (v, v),
                ) {
                    return Some(found);
                }
            }
            if tail_ok {
                let np = self.slavic_np(para, v, v, NpKind::Pronoun);
                if let Some(found) =
                    self.slavic_found(&rules::CUE_NO_SUBJECT_BEFORE, para, np, (v, v))
                {
                    return Some(found);
                }
            }
        }
        // `X: «…»`: a name and a colon, all the clause holds before the quote.
        if o >= 2 && t[o - 1].is_punct(':') {
            if let Some(s) = self.slavic_name_to(para, lo, o - 2) {
                if s == lo || (lo..s).all(|k| !t[k].is_word()) {
                    let np = self.slavic_np(para, s, o - 2, NpKind::Unnamed);
                    if let Some(found) =
                        self.slavic_found(&rules::NAME_COLON, para, np, (o - 1, o - 1))
                    {
                        return Some(found);
                    }
                }
            }
        }
        None
    }

    /// A quotation that opens its sentence right after one whose subject is a
    /// name (`Web Football.London to vidí podobně. "…"`) is that name's: the
    /// name in the first three words of that sentence, a lower-case verb after it.
    pub(in crate::core::attribution) fn slavic_previous_subject(
        &self,
        q: &MarkedQuote,
        prev_close: Option<usize>,
    ) -> Option<Found> {
        let para = &self.paras[q.first_paragraph];
        let o = para.token_at(q.open.start)?;
        if o == 0 {
            return None;
        }
        let t = &para.tokens;
        let end = t[o - 1].span.end;
        let start = para.clause_start(end.saturating_sub(1), prev_close);
        let a = para.first_from(start);
        if a >= o || !t[o - 1].is_punct('.') {
            return None;
        }
        let b = o - 1;
        for j in a..(a + 3).min(b) {
            if let Some((s, e)) = self.slavic_name_from(para, j, b) {
                let verb = (e + 1..b).any(|k| {
                    t[k].is_word()
                        && self
                            .word(para, k)
                            .chars()
                            .next()
                            .is_some_and(char::is_lowercase)
                });
                if !verb {
                    return None;
                }
                let np = self.slavic_np(para, s, e, NpKind::Unnamed);
                if let Some(found) = self.found(&rules::PREVIOUS_SUBJECT, Some(np), None, b) {
                    return Some(found);
                }
            }
        }
        None
    }

    /// The person a Russian, Polish or Czech speaker's mention means: a name is
    /// the person so named; a pronoun, or a verb with no subject, the person
    /// named last before it (of the gender it tells, if it tells one).
    pub(in crate::core::attribution) fn slavic_resolve(
        &self,
        registry: &mut Registry,
        np: Np,
    ) -> Option<Option<usize>> {
        let w = np.span.get(self.text);
        match np.kind {
            NpKind::Unnamed if w.chars().next().is_some_and(char::is_uppercase) => {
                Some(registry.person_named(w, np.span))
            }
            NpKind::Pronoun => {
                let lower = w.to_lowercase();
                let gender = match lower.as_str() {
                    "он" | "on" => Gender::Male,
                    "она" | "ona" => Gender::Female,
                    _ => slavic_reported_cue(self.lang, w)
                        .filter(|&g| g == Gender::Female)
                        .unwrap_or(Gender::Unknown),
                };
                Some(registry.antecedent(np.span.start, gender, 4000))
            }
            _ => None,
        }
    }
}
