//! French, Spanish, Portuguese and Italian attributions.
//!
//! - Compound tenses: the cue is an auxiliary and a participle (`a déclaré`,
//!   `ha dicho`, `tem dito`, `ha detto`); a participle with no auxiliary is an
//!   adjective or a passive (`les cas prévus`), not a cue.
//! - Inversion after a quotation: `« … », a déclaré le ministre`, `« … »,
//!   estime-t-il`, `« … », a-t-elle ajouté`, `« … », explique X, professeur à
//!   …`, with a hearer or a time between the verb and the subject (`a indiqué à
//!   l’AFP le porte-parole`, `a déclaré jeudi X`).
//! - Before a quotation: `X a déclaré : « … »`, `X a affirmé qu’il … « … »`,
//!   `comme l’a souligné X`, `selon X, « … »`, `pour X, « … »`.
//! - Spanish, Portuguese and Italian drop a pronoun subject (`“…”, dijo.`): the
//!   cue then speaks through the person named last.

pub(in crate::core::attribution) mod grammar;
pub(crate) mod lexicon;
mod phrases;
mod reported;
pub(in crate::core::attribution) mod rules;

use crate::core::attribution::{Ctx, Found, MarkedQuote, Np, NpKind, Para};
use crate::core::lang::Lang;
use crate::core::lexicon::is;
use crate::core::lexicon::romance::{
    FRENCH_BELIEF, FRENCH_CUES, FRENCH_ETRE, FRENCH_PARTICIPLES, IBERO_ITALIAN_CUES,
    ROMANCE_ACCORDING, ROMANCE_ADVERBS, ROMANCE_AUXILIARIES, ROMANCE_DEFINITE,
    ROMANCE_DOCUMENT_NOUNS, ROMANCE_INDEFINITE, ROMANCE_LINKS, ROMANCE_NAMING, ROMANCE_REFERRING,
    ROMANCE_ROLE_NOUNS, ROMANCE_SOURCE_NOUNS, ROMANCE_TIME_WORDS, is_pronoun,
};
use crate::core::mentions::{Registry, RunKind};
use crate::core::span::Span;
use phrases::elided_article;

/// A reporting verb found at a token, with what it is made of.
#[derive(Clone, Copy, Debug)]
pub(in crate::core::attribution) struct Cue {
    /// First token of the cue (the auxiliary of a compound tense).
    first: usize,
    /// Last token of the cue (the participle, or the verb).
    last: usize,
    /// The cue's text, from its first to its last token (`a déclaré`,
    /// `estime` of `estime-t-il`).
    span: Span,
    /// A subject pronoun written into the verb (`estime-t-il`, `a-t-elle`).
    pronoun: Option<Span>,
}

/// Pronouns for the hearer before a verb (`nous explique`, `m’a confié`, `me dijo`).
const CLITICS: &[&str] = &[
    "nous", "vous", "me", "m’", "m'", "lui", "leur", "te", "nos", "le", "la", "les", "mi", "ci",
    "gli", "lhe", "lhes",
];

/// Pronouns written after a verb in French inversion (`dit-il`, `a-t-elle`).
const INVERTED_PRONOUNS: &[&str] = &["il", "elle", "ils", "elles", "on"];

impl Ctx<'_> {
    /// Whether `w` is a reporting-verb form in this page's language.
    fn romance_cue_word(&self, w: &str) -> bool {
        match self.lang {
            Lang::Fr => is(&FRENCH_CUES, w) || is(&FRENCH_BELIEF, w),
            _ => is(&IBERO_ITALIAN_CUES, w),
        }
    }

    /// Whether `w` is a French participle that needs an auxiliary.
    fn needs_auxiliary(&self, w: &str) -> bool {
        let lower = w.to_lowercase();
        match self.lang {
            Lang::Fr => {
                ["é", "ée", "és", "ées"].iter().any(|e| lower.ends_with(e))
                    || is(&FRENCH_PARTICIPLES, &lower)
            }
            Lang::Es => ["ado", "ido"].iter().any(|e| lower.ends_with(e)) || lower == "dicho",
            Lang::Pt => ["ado", "ido"].iter().any(|e| lower.ends_with(e)) || lower == "dito",
            Lang::It => {
                ["ato", "uto", "ito"].iter().any(|e| lower.ends_with(e)) || lower == "detto"
            }
            _ => false,
        }
    }

    /// The reporting verb at token `k`, if there is one: `déclare`, `a déclaré`
    /// (read from the participle), `estime-t-il`, `a-t-il déclaré` (read from
    /// the auxiliary), `s’est exclamé`.
    pub(in crate::core::attribution) fn romance_cue(&self, para: &Para, k: usize) -> Option<Cue> {
        let t = &para.tokens;
        let tok = *t.get(k)?;
        if !tok.is_word() {
            return None;
        }
        let w = tok.text(self.text);
        // `estime-t-il`, `dit-elle`, `a-t-il déclaré`
        if self.lang == Lang::Fr && w.contains('-') {
            let mut pieces = w.split('-');
            let verb = pieces.next().unwrap_or("");
            let pronoun = w.rsplit('-').next().unwrap_or("");
            if INVERTED_PRONOUNS.contains(&pronoun.to_lowercase().as_str()) && verb.len() < w.len()
            {
                let p_start = tok.span.end - pronoun.len();
                let pronoun_span = Span::new(p_start, tok.span.end);
                let verb_span = Span::new(tok.span.start, tok.span.start + verb.len());
                if self.romance_cue_word(verb) && !self.needs_auxiliary(verb) {
                    return Some(Cue {
                        first: k,
                        last: k,
                        span: verb_span,
                        pronoun: Some(pronoun_span),
                    });
                }
                if is(&ROMANCE_AUXILIARIES, verb) {
                    let p = self.skip_adverbs(para, k + 1);
                    let participle = t.get(p).map(|n| n.text(self.text))?;
                    if self.romance_cue_word(participle) {
                        return Some(Cue {
                            first: k,
                            last: p,
                            span: Span::new(tok.span.start, t[p].span.end),
                            pronoun: Some(pronoun_span),
                        });
                    }
                }
            }
            return None;
        }
        // `fait valoir`, `a fait savoir`, `fait remarquer`, `met en garde`: the
        // cue is read from its last word.
        if self.lang == Lang::Fr && k > 0 {
            let periphrasis = match w {
                "valoir" | "savoir" | "remarquer" => {
                    matches!(self.word(para, k - 1), "fait" | "faisait" | "font").then(|| k - 1)
                }
                "garde" if k > 1 && self.word(para, k - 1) == "en" => matches!(
                    self.word(para, k - 2),
                    "met" | "mis" | "mettent" | "mettait"
                )
                .then(|| k - 2),
                _ => None,
            };
            if let Some(verb) = periphrasis {
                let aux = verb
                    .checked_sub(1)
                    .filter(|&a| is(&ROMANCE_AUXILIARIES, self.word(para, a)));
                let first = aux.unwrap_or(verb);
                return Some(Cue {
                    first,
                    last: k,
                    span: Span::new(t[first].span.start, tok.span.end),
                    pronoun: None,
                });
            }
        }
        if !self.romance_cue_word(w) {
            return None;
        }
        let lower_start = w.chars().next().is_some_and(char::is_lowercase);
        let opens = k == 0 || matches!(self.word(para, k - 1), "." | "!" | "?" | ":" | "»" | "”");
        if !lower_start && !opens {
            return None;
        }
        // After a determiner or a preposition it is a noun (`le juge`, `la note`);
        // after `se`, `si`, an impersonal (`se detalla que`).
        if k > 0 {
            let before = self.word(para, k - 1);
            if self.lang != Lang::Fr && matches!(before, "se" | "si" | "Se" | "Si") {
                return None;
            }
            // (`comme le souligne X`: there `le` is a pronoun.)
            let clitic = matches!(before, "le" | "la" | "lo")
                && k > 1
                && matches!(
                    self.word(para, k - 2).to_lowercase().as_str(),
                    "comme" | "como" | "come" | "que" | "ce" | "ainsi"
                );
            if !clitic
                && (is(&ROMANCE_DEFINITE, before)
                    || is(&ROMANCE_INDEFINITE, before)
                    || is(&ROMANCE_LINKS, before) && !matches!(before, "a" | "à"))
            {
                return None;
            }
        }
        if !self.needs_auxiliary(w) {
            // `a dit`, `a écrit`: a participle that is also a present tense keeps
            // its auxiliary.
            let aux = (k > 0 && is(&ROMANCE_AUXILIARIES, self.word(para, k - 1))).then(|| k - 1);
            let first = aux.unwrap_or(k);
            return Some(Cue {
                first,
                last: k,
                span: Span::new(t[first].span.start, tok.span.end),
                pronoun: None,
            });
        }
        // A participle: its auxiliary before it, past adverbs and negation.
        let mut j = k;
        let mut skipped = 0;
        while j > 0 && skipped < 5 {
            let b = self.word(para, j - 1);
            if is(&ROMANCE_AUXILIARIES, b) || self.reflexive_auxiliary(b) {
                return Some(Cue {
                    first: j - 1,
                    last: k,
                    span: Span::new(t[j - 1].span.start, tok.span.end),
                    pronoun: None,
                });
            }
            // `a-t-il déclaré`: the cue is read from the auxiliary.
            if b.contains('-') && t[j - 1].is_word() {
                return self
                    .romance_cue(para, j - 1)
                    .filter(|c| c.last == k && c.pronoun.is_some());
            }
            // `a de son côté estimé`, `a pour sa part jugé`, `a à son tour déclaré`
            let phrase = matches!(
                b,
                "de" | "son" | "sa" | "leur" | "côté" | "pour" | "part" | "à" | "tour"
            );
            if !is(&ROMANCE_ADVERBS, b) && !phrase {
                return None;
            }
            j -= 1;
            skipped += 1;
        }
        None
    }

    /// Whether the word at token `k`, right before an opening mark, says the
    /// marks hold a name or a term (`le terme`, `baptisé`, `l’opération`, `le
    /// dispositif dit`).
    fn names_what_follows(&self, para: &Para, k: usize) -> bool {
        let w = self.word(para, k).to_lowercase();
        let w = elided_article(&w).unwrap_or(&w).to_string();
        if is(&ROMANCE_NAMING, &w) {
            return true;
        }
        // `dit`, `dite` after a noun means `so-called` (not `il dit`, `X dit`).
        matches!(w.as_str(), "dit" | "dite" | "dits" | "dites")
            && k > 0
            && para.tokens[k - 1].is_word()
            && para.run_at.get(k - 1).copied().flatten().is_none()
            && !is_pronoun(self.lang, self.word(para, k - 1))
            && !is(&ROMANCE_ADVERBS, self.word(para, k - 1))
    }

    /// `s’est`, `se sont`, `s’était`: the auxiliary of a reflexive verb.
    fn reflexive_auxiliary(&self, w: &str) -> bool {
        let lower = w.to_lowercase();
        let rest = lower
            .strip_prefix("s’")
            .or_else(|| lower.strip_prefix("s'"))
            .unwrap_or("");
        self.lang == Lang::Fr && is(&FRENCH_ETRE, rest)
    }

    /// The first token at or after `k` that is not an adverb or a clitic.
    fn skip_adverbs(&self, para: &Para, mut k: usize) -> usize {
        let t = &para.tokens;
        while k < t.len() && t[k].is_word() && is(&ROMANCE_ADVERBS, self.word(para, k)) {
            k += 1;
        }
        k
    }

    /// The cue's subject written into it, as a pronoun phrase; for `on`, the
    /// place or body after it (`souligne-t-on à l’Elysée`, `indique-t-on dans
    /// l’entourage du ministre`).
    fn inverted_pronoun(&self, para: &Para, cue: Cue, span: Span, hi: usize) -> Option<Np> {
        if span.get(self.text).eq_ignore_ascii_case("on") {
            let k = cue.last + 1;
            let at = k < hi
                && matches!(
                    self.word(para, k),
                    "à" | "au" | "aux" | "dans" | "chez" | "auprès" | "du" | "de"
                );
            if !at {
                return None;
            }
            return self.np_forward(para, k + 1, hi);
        }
        Some(Np {
            span,
            kind: NpKind::Pronoun,
            para: para.index,
            end: cue.last,
            first: cue.first,
            last: cue.first,
        })
    }

    /// The subject that follows an inverted cue ending at token `k`, before
    /// `hi`: `a déclaré le ministre`, `a indiqué à l’AFP le porte-parole`, `a
    /// déclaré jeudi X`, `dijo el lunes el ministro`.
    fn romance_subject_after(&self, para: &Para, mut k: usize, hi: usize) -> Option<Np> {
        let t = &para.tokens;
        let mut skipped = 0;
        while k < hi && skipped < 3 {
            let w = self.word(para, k);
            let lower = w.to_lowercase();
            if !t[k].is_word() {
                return None;
            }
            let adverb = lower.len() > 6
                && lower.ends_with("ment")
                && w.chars().next().is_some_and(char::is_lowercase);
            if is(&ROMANCE_TIME_WORDS, &lower) || is(&ROMANCE_ADVERBS, &lower) || adverb {
                k += 1;
                skipped += 1;
                continue;
            }
            // A hearer or a circumstance: `à l’AFP`, `au Monde`, `dans un communiqué`,
            // `lors d’une conférence`, `sur Twitter`, `a los periodistas`.
            let preposition = matches!(
                lower.as_str(),
                "à" | "au"
                    | "aux"
                    | "dans"
                    | "lors"
                    | "sur"
                    | "devant"
                    | "auprès"
                    | "en"
                    | "par"
                    | "a"
                    | "ao"
                    | "aos"
                    | "al"
                    | "ai"
                    | "alla"
                    | "durante"
                    | "em"
                    | "no"
                    | "na"
                    | "nel"
                    | "nella"
                    | "ante"
                    | "tras"
                    | "après"
            ) && !(matches!(self.lang, Lang::Fr | Lang::Pt) && lower == "a");
            if preposition {
                k = self.skip_object(para, k + 1, hi);
                skipped += 1;
                continue;
            }
            // An Italian preposition elided into its object (`all’ANSA`, `nell’intervista`).
            let elided = ["all", "dall", "nell", "sull", "dell"].iter().any(|p| {
                lower
                    .strip_prefix(p)
                    .is_some_and(|r| r.starts_with(['’', '\'']))
            });
            if elided && self.lang == Lang::It {
                k += 1;
                skipped += 1;
                continue;
            }
            break;
        }
        if k >= hi {
            return None;
        }
        // A subject opens with a determiner, a name or a pronoun (not `al ser
        // consultado`, `que …`).
        let w = self.word(para, k);
        let opens = is(&ROMANCE_DEFINITE, w)
            || is(&ROMANCE_INDEFINITE, w)
            || elided_article(w).is_some()
            || is_pronoun(self.lang, w)
            || matches!((self.lang, w), (Lang::Pt, "a" | "o" | "as" | "os"))
            || para.tokens[k].is_capitalized(self.text);
        if !opens {
            return None;
        }
        // `a assuré le maire à la sortie`, `a dit le ministre au Monde`: the hearer
        // or the place after an inverted subject is not part of it.
        let circumstance = |w: &str| match self.lang {
            Lang::Fr => matches!(w, "à" | "au" | "aux"),
            Lang::Es => matches!(w, "en" | "a" | "al" | "ante"),
            Lang::Pt => matches!(w, "em" | "no" | "na" | "ao" | "à" | "a"),
            _ => matches!(w, "in" | "a" | "al" | "ai" | "nel" | "nella"),
        };
        let hi = (k + 1..hi)
            .find(|&m| circumstance(self.word(para, m)))
            .unwrap_or(hi);
        let np = self.np_forward(para, k, hi)?;
        Some(self.apposition_name(para, np, hi))
    }

    /// `le porte-parole du syndicat, Marc Giraud`, `la segretaria della Cgil,
    /// Laura Bianchi`: the name in the apposition after a role.
    fn apposition_name(&self, para: &Para, np: Np, hi: usize) -> Np {
        let comma = np.end + 1;
        let role = (np.first..=np.last).any(|m| is(&ROMANCE_ROLE_NOUNS, self.word(para, m)));
        let named = (!matches!(np.kind, NpKind::Name(_) | NpKind::Pronoun)
            && role
            && comma + 1 < hi
            && para.tokens[comma].is_punct(','))
        .then(|| para.run_at.get(comma + 1).copied().flatten())
        .flatten()
        .filter(|&r| {
            let run = &para.runs[r];
            run.first == comma + 1
                && run.kind != crate::core::mentions::RunKind::Org
                && para.tokens.get(run.last + 1).is_none_or(|n| !n.is_word())
        });
        named.map_or(np, |r| self.name_np(para, r))
    }

    /// Past the object of a preposition that starts at token `k`: its
    /// determiners, one name or noun, and lower-case complements (`l’AFP`, `un
    /// communiqué de presse`, `los periodistas`).
    fn skip_object(&self, para: &Para, mut k: usize, hi: usize) -> usize {
        let t = &para.tokens;
        let det = |k: usize| {
            let w = self.word(para, k);
            is(&ROMANCE_DEFINITE, w) || is(&ROMANCE_INDEFINITE, w)
        };
        // `auprès de l’AFP`, `lors d’une conférence`
        if k < hi && matches!(self.word(para, k), "de" | "du" | "des") {
            k += 1;
        }
        while k < hi && det(k) {
            k += 1;
        }
        k = match para.run_at.get(k).copied().flatten() {
            Some(r) => para.runs[r].last + 1,
            None => k + 1,
        };
        // `sur France 2`, `à la chaîne 24 Horas`
        while k < hi && self.word(para, k).chars().all(|c| c.is_ascii_digit()) {
            k += 1;
        }
        // `de presse`, `du parti`
        while k + 1 < hi
            && is(&ROMANCE_LINKS, self.word(para, k))
            && para.run_at.get(k + 1).copied().flatten().is_none()
            && t[k + 1].is_word()
            && !det(k + 1)
        {
            k += 2;
        }
        k
    }

    /// Spanish, Portuguese and Italian leave a pronoun subject out: the verb
    /// stands for it. It is the subject that opens the sentence at token `lo`
    /// (`Él sostuvo …, pero defendió «…»`) when there is one, else the verb
    /// itself, resolved to the previous quotation's speaker or the person
    /// named last.
    fn zero_subject(&self, para: &Para, cue: Cue, lo: Option<usize>) -> Option<Np> {
        if self.lang == Lang::Fr {
            return None;
        }
        let opening = lo.and_then(|lo| self.opening_subject(para, lo, cue.first));
        if opening.is_some() {
            return opening;
        }
        Some(Np {
            span: para.tokens[cue.last].span,
            kind: NpKind::Pronoun,
            para: para.index,
            end: cue.last,
            first: cue.last,
            last: cue.last,
        })
    }

    /// The person-like phrase that opens the sentence at token `lo`, before
    /// token `hi`: `Le juge Alain Morel`, `Él`, `la ministra`.
    fn opening_subject(&self, para: &Para, lo: usize, hi: usize) -> Option<Np> {
        if lo >= hi {
            return None;
        }
        let np = self.np_forward(para, lo, hi)?;
        let person = match np.kind {
            NpKind::Name(r) => para.runs[r].kind != RunKind::Org,
            NpKind::Pronoun | NpKind::Definite => true,
            NpKind::Unnamed => false,
        };
        // (The phrase starts the sentence: only its article and role before the name.)
        let opens = (lo..np.first).all(|k| {
            let w = self.word(para, k);
            is(&ROMANCE_DEFINITE, w)
                || is(&ROMANCE_INDEFINITE, w)
                || is(&ROMANCE_ROLE_NOUNS, w)
                || matches!((self.lang, w), (Lang::Pt, "O" | "A" | "o" | "a"))
        }) && np.first <= lo + 3;
        (person && opens).then_some(np)
    }

    /// Whether `np` is a verb standing for its dropped subject ([`Ctx::zero_subject`]).
    pub(in crate::core::attribution) fn zero_subject_np(&self, np: Np) -> bool {
        self.lang.is_romance()
            && self.lang != Lang::Fr
            && np.kind == NpKind::Pronoun
            && !is_pronoun(self.lang, np.span.get(self.text))
    }

    /// Whether tokens `k..o` are only punctuation, or a comma and an apposition
    /// without a verb (`, présidente de la chambre d’agriculture :`).
    fn nothing_but_an_apposition(&self, para: &Para, k: usize, o: usize) -> bool {
        let t = &para.tokens;
        if k >= o || (k..o).all(|m| !t[m].is_word()) {
            return true;
        }
        t[k].is_punct(',')
            && (k + 1..o).all(|m| {
                let w = self.word(para, m);
                !self.romance_cue_word(w)
                    && !is(&ROMANCE_AUXILIARIES, w)
                    && !is(&FRENCH_ETRE, w)
                    && !matches!(w, "que" | "qu’" | "comme" | "como" | "come")
            })
    }

    /// Whether a dropped subject's verb `np` agrees in number with a previous
    /// speaker's mention (`respondió` is not `fuentes del ministerio`).
    pub(in crate::core::attribution) fn zero_subject_agrees(&self, np: Np, mention: Span) -> bool {
        let verb = np.span.get(self.text).to_lowercase();
        let plural_verb = [
            "aron", "ieron", "eron", "ram", "am", "em", "an", "en", "ano", "ono",
        ]
        .iter()
        .any(|e| verb.ends_with(e));
        let first = mention
            .get(self.text)
            .split_whitespace()
            .next()
            .unwrap_or("");
        let plural_mention = matches!(
            first.to_lowercase().as_str(),
            "los"
                | "las"
                | "unos"
                | "unas"
                | "os"
                | "as"
                | "uns"
                | "umas"
                | "gli"
                | "i"
                | "le"
                | "ellos"
                | "ellas"
                | "eles"
                | "elas"
                | "loro"
                | "varios"
                | "vários"
                | "alcuni"
        ) || first.chars().next().is_some_and(char::is_lowercase)
            && first.ends_with('s');
        plural_verb == plural_mention
    }

    /// The subject before a cue whose first token is `first`, in the clause
    /// that starts at token `lo`: `Le ministre a déclaré`, `Il lui a dit`, `X,
    /// député de …, a annoncé`.
    fn romance_subject_before(&self, para: &Para, first: usize, lo: usize) -> Option<Np> {
        let mut j = first;
        while j > lo && para.tokens[j - 1].is_word() && is(&ROMANCE_ADVERBS, self.word(para, j - 1))
        {
            j -= 1;
        }
        if j <= lo {
            return None;
        }
        // `Le ministre de l’agriculture, Marc Lefort, a estimé`: the name right
        // before the comma.
        let inner = (j > lo + 1 && para.tokens[j - 1].is_punct(','))
            .then(|| self.np_backward(para, j - 1, lo))
            .flatten()
            .filter(|np| matches!(np.kind, NpKind::Name(r) if para.runs[r].kind != RunKind::Org));
        let np = inner.or_else(|| self.np_backward(para, j, lo))?;
        // `l’un des articles de cette loi prévoit`: the document speaks.
        Some(match self.document_head(np) {
            Some(h) if h > np.first + 1 => Np {
                span: Span::new(para.tokens[h - 1].span.start, np.span.end),
                kind: NpKind::Definite,
                first: h - 1,
                ..np
            },
            _ => np,
        })
    }

    /// `selon X`, `d’après X`, `según X`: the source at token `a`, if it is one.
    fn according_at(&self, para: &Para, a: usize, hi: usize) -> Option<Found> {
        let t = &para.tokens;
        let w = self.word(para, a);
        // `de acuerdo con X`, `de acordo com X`
        let agreement = matches!(w, "de" | "De")
            && t.get(a + 1)
                .is_some_and(|n| matches!(n.text(self.text), "acuerdo" | "acordo"))
            && t.get(a + 2)
                .is_some_and(|n| matches!(n.text(self.text), "con" | "com"));
        if !is(&ROMANCE_ACCORDING, w) && !agreement {
            return None;
        }
        let end = if agreement { a + 2 } else { a };
        let np = self.np_forward(para, end + 1, hi)?;
        let np = self.apposition_name(para, np, hi);
        self.found(
            &rules::ACCORDING,
            Some(np),
            Some(Span::new(t[a].span.start, t[end].span.end)),
            np.end,
        )
    }

    /// The attribution in tokens `lo..o` of `para`, before a quote opening at `o`.
    pub(in crate::core::attribution) fn romance_introduced_by(
        &self,
        para: &Para,
        o: usize,
        lo: usize,
    ) -> Option<Found> {
        let t = &para.tokens;
        // `le terme « … »`, `baptisé « … »`, `le dispositif dit « … »`: a name.
        if o > lo && self.names_what_follows(para, o - 1) {
            return None;
        }
        // `Selon X, « … »`, `D’après X, « … »`
        if let Some(found) = (lo..o).find_map(|a| self.according_at(para, a, o)) {
            return Some(found);
        }
        // `Pour X, « … »`, `Para Martins, um dos senadores, a medida é uma « … »`:
        // the opinion of the one named.
        let pour = matches!(self.word(para, lo), "Pour" | "Para" | "Per");
        if pour && o > lo + 2 {
            if let Some(np) = self.np_forward(para, lo + 1, o - 1).filter(|np| {
                let role = (np.first..=np.last).any(|m| {
                    let w = self.word(para, m);
                    let w = elided_article(w).unwrap_or(w);
                    let singular = w.strip_suffix(['s', 'x']).unwrap_or(w);
                    // (A noun for people: `les écologistes`, `les habitants`.)
                    let person = [
                        "iste", "ien", "ienne", "eur", "euse", "rice", "ant", "ante", "aire",
                    ]
                    .iter()
                    .any(|e| singular.ends_with(e));
                    person
                        || [w, singular]
                            .iter()
                            .any(|w| is(&ROMANCE_ROLE_NOUNS, w) || is(&ROMANCE_SOURCE_NOUNS, w))
                });
                t.get(np.end + 1).is_some_and(|c| c.is_punct(','))
                    && (!matches!(np.kind, NpKind::Unnamed) || role)
            }) {
                if let Some(found) = self.found(&rules::POUR_X, Some(np), Some(t[lo].span), np.end)
                {
                    return Some(found);
                }
            }
        }
        // The nearest cue before the mark, with its subject.
        for c in (lo..o).rev() {
            let Some(cue) = self.romance_cue(para, c) else {
                continue;
            };
            if cue.last != c {
                continue;
            }
            let np = if let Some(p) = cue.pronoun {
                self.inverted_pronoun(para, cue, p, o)
            } else {
                // (`comme le souligne X`, `ce que confirme X`: past a clitic object.)
                let mut b = cue.first;
                while b > lo && matches!(self.word(para, b - 1), "le" | "l’" | "l'" | "la" | "lo")
                {
                    b -= 1;
                }
                let verb_first = b == lo
                    || matches!(
                        self.word(para, b - 1).to_lowercase().as_str(),
                        "comme" | "como" | "come" | "que" | "qu’" | "ce" | "l’a" | "l'a"
                    )
                    || self.word(para, cue.first).starts_with(['l', 'L', 'q'])
                        && self.word(para, cue.first).contains(['’', '\'']);
                // `…, planteando que « … »`, `…, soulignant que`: a gerund after a
                // comma speaks through the sentence's subject.
                let gerund = cue.first > lo
                    && t[cue.first - 1].is_punct(',')
                    && ["ando", "endo", "ant"]
                        .iter()
                        .any(|e| self.word(para, cue.last).ends_with(e));
                // `Le juge a inculpé X et dénonce « … »`: a verb coordinated with the
                // sentence's first shares its subject.
                let coordinated = cue.first > lo + 1
                    && matches!(
                        self.word(para, cue.first - 1),
                        "et" | "y" | "e" | "ed" | "mais" | "pero" | "mas" | "ma"
                    );
                let gerund = gerund || coordinated;
                let opening = gerund
                    .then(|| self.opening_subject(para, lo, cue.first))
                    .flatten();
                let before = (!verb_first && !gerund)
                    .then(|| self.romance_subject_before(para, cue.first, lo))
                    .flatten();
                // (A phrase after the verb is its subject only right before the
                // quote: `…, a déclaré X : « … »`, not `qualificou a decisão
                // como « … »`, where it is the object.)
                let after = || {
                    self.romance_subject_after(para, cue.last + 1, o)
                        .filter(|np| self.nothing_but_an_apposition(para, np.end + 1, o))
                };
                opening
                    .or(before)
                    .or_else(after)
                    .or_else(|| self.zero_subject(para, cue, Some(lo)))
            };
            let Some(np) = np else {
                continue;
            };
            let gap = o - c - 1;
            let rule = if gap <= 3 {
                &rules::CUE_BEFORE_NEAR
            } else if gap <= 10 {
                &rules::CUE_BEFORE
            } else {
                &rules::CUE_BEFORE_FAR
            };
            // A belief (`pense que`, `croit`) reports a view: only a longer
            // fragment after it is someone's words.
            let belief = is(&FRENCH_BELIEF, self.word(para, c));
            // (And only a named person's or a pronoun's: a body's belief is a
            // position, not words.)
            let person = match np.kind {
                NpKind::Name(r) => para.runs[r].kind != RunKind::Org,
                NpKind::Pronoun => true,
                NpKind::Definite | NpKind::Unnamed => false,
            };
            if belief && !person {
                continue;
            }
            // (A belief is as sure as its cue's place says, times 0.75.)
            let (rule, confidence) = if belief {
                (&rules::BELIEF_BEFORE, rule.confidence * 0.75)
            } else {
                (rule, rule.confidence)
            };
            if let Some(found) = self.found(rule, Some(np), Some(cue.span), np.end.max(cue.last)) {
                return Some(Found {
                    confidence,
                    ..found
                });
            }
        }
        // `X : « … »`, `Le ministre, lui, a réagi sur Twitter : « … »`: a clause
        // before a colon speaks through its subject.
        if o > lo + 1 && t[o - 1].is_punct(':') {
            let np = self.np_forward(para, lo, o - 1)?;
            // (A single capitalised word only when it is all there is: `Dupont :`,
            // not `Accusation de … :`.)
            let person = match np.kind {
                NpKind::Name(r) => {
                    para.runs[r].kind == RunKind::Person
                        || para.runs[r].kind == RunKind::Unknown
                            && np.end + 2 == o
                            && np.first == np.end
                }
                NpKind::Pronoun | NpKind::Definite => true,
                NpKind::Unnamed => false,
            };
            if person && np.first == lo {
                if let Some(found) =
                    self.found(&rules::COLON_CLAUSE, Some(np), Some(t[o - 1].span), np.end)
                {
                    return Some(found);
                }
            }
        }
        None
    }

    /// The attribution after a closing mark: tokens `k..hi` of `para` (past the
    /// commas and dashes after the mark).
    pub(in crate::core::attribution) fn romance_after(
        &self,
        para: &Para,
        k: usize,
        hi: usize,
    ) -> Option<Found> {
        if k >= hi {
            return None;
        }
        if let Some(found) = self.according_at(para, k, hi) {
            return Some(found);
        }
        // `« … », peut-on lire dans le rapport`: the document.
        let read = matches!(self.word(para, k), "peut-on" | "pouvait-on" | "pourra-t-on")
            && k + 2 < hi
            && self.word(para, k + 1) == "lire";
        if read {
            let from =
                k + 2 + usize::from(matches!(self.word(para, k + 2), "dans" | "sur" | "sous"));
            if let Some(np) = self.np_forward(para, from, hi) {
                if let Some(found) = self.found(
                    &rules::DOCUMENT_AFTER,
                    Some(np),
                    Some(Span::new(
                        para.tokens[k].span.start,
                        para.tokens[k + 1].span.end,
                    )),
                    np.end,
                ) {
                    return Some(found);
                }
            }
        }
        // The cue may be read from its auxiliary (`a déclaré`, `a-t-il ajouté`),
        // after a pronoun for the hearer (`nous explique X`, `m’a confié X`).
        let k = (k..hi.min(k + 2))
            .find(|&j| !CLITICS.contains(&self.word(para, j)))
            .unwrap_or(k);
        let first_cue = (k..hi.min(k + 6))
            .filter_map(|j| self.romance_cue(para, j))
            .find(|c| c.first == k);
        if let Some(cue) = first_cue {
            let np = match cue.pronoun {
                Some(p) => self.inverted_pronoun(para, cue, p, hi),
                None => self
                    .romance_subject_after(para, cue.last + 1, hi)
                    .or_else(|| self.zero_subject(para, cue, None)),
            };
            if let Some(np) = np {
                if let Some(found) = self.found(
                    &rules::CUE_AFTER,
                    Some(np),
                    Some(cue.span),
                    np.end.max(cue.last),
                ) {
                    return Some(found);
                }
            }
        }
        // `« … », le ministre a déclaré`, `“…”, el ministro dijo`.
        let np = self.np_forward(para, k, hi)?;
        let mut m = np.end + 1;
        if m < hi && para.tokens[m].is_punct(',') && matches!(np.kind, NpKind::Name(_)) {
            // `X, professeur à …, a déclaré`
            if let Some(j) = (m + 1..hi.min(m + 25)).find(|&j| self.romance_cue(para, j).is_some())
            {
                m = j;
            }
        }
        let m = self.skip_adverbs(para, m);
        let cue = (m..hi.min(m + 3))
            .filter_map(|j| self.romance_cue(para, j))
            .find(|c| c.first == m)?;
        self.found(
            &rules::SUBJECT_CUE_AFTER,
            Some(np),
            Some(cue.span),
            cue.last,
        )
    }
}

/// The person named last before byte `at`.
fn latest_person(registry: &Registry, at: usize) -> Option<usize> {
    let end = registry.mentions.partition_point(|m| m.span.end <= at);
    registry.mentions[..end]
        .iter()
        .rev()
        .take(200)
        .map(|m| m.entity)
        .find(|&e| registry.entities[e].kind == crate::core::mentions::EntityKind::Person)
}

/// Words with an elided article written apart: `l’ancien` gives `l’`, `ancien`.
fn split_elided(words: impl Iterator<Item = String>) -> Vec<String> {
    let mut out = Vec::new();
    for w in words {
        match elided_article(&w) {
            Some(rest) => {
                out.push("l’".to_string());
                out.push(rest.to_string());
            }
            None => out.push(w),
        }
    }
    out
}

/// Words ending like a French participle or adjective of a verb (`défendu`,
/// `adopté`), which end a document's description.
fn participle_like(w: &str) -> bool {
    w.chars().count() > 3
        && w.chars().next().is_some_and(char::is_lowercase)
        && ["é", "ée", "és", "ées", "u", "ue", "us", "ues"]
            .iter()
            .any(|e| w.ends_with(e))
}

impl Ctx<'_> {
    /// Whether `np` is a definite document (`le projet de loi`, `la loi`, `le
    /// texte`): the token of its document noun.
    fn document_head(&self, np: Np) -> Option<usize> {
        if !matches!(np.kind, NpKind::Definite | NpKind::Unnamed) {
            return None;
        }
        let para = &self.paras[np.para];
        // The document itself (`le projet de loi`), or a part of it (`l’un des
        // articles de ce texte`, `l’article 3 de la loi`).
        let from = if np.kind == NpKind::Unnamed {
            np.first
        } else {
            np.first + 1
        };
        (from..=np.last.min(np.end)).find(|&h| {
            h > np.first
                && is(&ROMANCE_DEFINITE, self.word(para, h - 1))
                && is(&ROMANCE_DOCUMENT_NOUNS, self.word(para, h))
                && (h == np.first + 1 || is(&ROMANCE_LINKS, self.word(para, h - 2)))
        })
    }

    /// The description of a document that starts at noun `h` of `para`: the
    /// noun and its complement (`projet de loi sur la sécurité routière`), up to a
    /// verb, a participle, a relative pronoun or punctuation.
    fn document_description(&self, para: &Para, h: usize) -> Span {
        let t = &para.tokens;
        let mut last = h;
        let mut k = h + 1;
        while k < t.len() && k <= h + 7 && t[k].is_word() {
            let w = self.word(para, k);
            let lower = w.to_lowercase();
            let stop = matches!(lower.as_str(), "qui" | "que" | "dont" | "où" | "et" | "ou")
                || lower.contains(['’', '\'']) && !lower.starts_with(['l', 'd'])
                || self.romance_cue_word(w)
                || is(&ROMANCE_AUXILIARIES, w)
                || is(&FRENCH_ETRE, w)
                || is(&ROMANCE_TIME_WORDS, w)
                || is(&ROMANCE_ADVERBS, w)
                || participle_like(w);
            if stop {
                break;
            }
            if !is(&ROMANCE_LINKS, w) && !is(&ROMANCE_DEFINITE, w) && !is(&ROMANCE_INDEFINITE, w) {
                last = k;
            }
            k += 1;
        }
        Span::new(t[h].span.start, t[last].span.end)
    }

    /// A definite document speaker (`le projet de loi`, `la loi`, `le texte`)
    /// is the fullest description of a document the text gave before it that
    /// has its noun (`le projet de loi sur la sécurité routière`), or itself. `None`
    /// when `np` is no document.
    pub(in crate::core::attribution) fn romance_document(
        &self,
        registry: &mut Registry,
        np: Np,
    ) -> Option<Option<usize>> {
        let h = self.document_head(np)?;
        let para = &self.paras[np.para];
        let head = self.word(para, h).to_lowercase();
        let generic = matches!(head.as_str(), "texte" | "document");
        let own = self.document_description(para, h);
        let mut best = own;
        let words = |s: Span| s.get(self.text).split_whitespace().count();
        // (At most this many tokens are read, whatever the page.)
        let mut budget: usize = 20_000;
        for p in &self.paras[np.para.saturating_sub(80)..=np.para] {
            if best != own || budget == 0 {
                break;
            }
            let t = &p.tokens;
            let n = t.len().min(budget);
            budget -= n;
            for k in 1..n {
                if t[k].span.start >= np.span.start {
                    break;
                }
                let w = t[k].text(self.text);
                let before = t[k - 1].text(self.text);
                if !is(&ROMANCE_DOCUMENT_NOUNS, w)
                    || !(is(&ROMANCE_DEFINITE, before) || is(&ROMANCE_INDEFINITE, before))
                {
                    continue;
                }
                let d = self.document_description(p, k);
                let has_head = generic
                    || d.get(self.text)
                        .split_whitespace()
                        .any(|x| x.eq_ignore_ascii_case(&head));
                // The first full description (as the article introduces it).
                if has_head && words(d) >= 3 && words(d) > words(best) {
                    best = d;
                    break;
                }
            }
        }
        let name = best.get(self.text).to_string();
        Some(Some(registry.add_unnamed(&name, np.span)))
    }

    /// A fragment in marks whose sentence names no one, in a paragraph that
    /// opened with a document and its cue (`Le texte énonce les cas où …
    /// Il s’agit de « … »`): the document's words.
    pub(in crate::core::attribution) fn romance_document_context(
        &self,
        q: &MarkedQuote,
        prev_close: Option<usize>,
    ) -> Option<Found> {
        let para = &self.paras[q.first_paragraph];
        let start = para.clause_start(q.open.start, prev_close);
        let hi = para.first_from(start);
        let t = &para.tokens;
        // `Le ministère pense que les contrôles … « … »`: a belief in the
        // fragment's own sentence makes it that believer's view, not the document's.
        let o = para.first_from(q.open.start);
        if (hi..o).any(|k| is(&FRENCH_BELIEF, self.word(para, k))) {
            return None;
        }
        (hi.saturating_sub(300)..hi).rev().find_map(|c| {
            let cue = self.romance_cue(para, c).filter(|cue| cue.last == c)?;
            let lo = para.first_from(para.clause_start(t[cue.first].span.start, None));
            let end = para.first_from(para.clause_end(t[c].span.end, None));
            let np = self
                .romance_subject_before(para, cue.first, lo)
                .or_else(|| self.romance_subject_after(para, c + 1, end))
                .filter(|&np| self.document_head(np).is_some())?;
            self.found(&rules::DOCUMENT_CONTEXT, Some(np), Some(cue.span), np.end)
        })
    }
}

impl Ctx<'_> {
    /// A definite role (`le ministre`, `le président de la République`, `la
    /// députée`) is the person the text gave that role next to their name
    /// (`le ministre de l’agriculture, Marc Lefort`, `Marc Lefort, ministre …`,
    /// `la députée Anne Morel`), the most recent one. A role with a modifier or a
    /// complement given to no one is someone unnamed; a bare one is left to the
    /// nearest person of its gender (`None`).
    pub(in crate::core::attribution) fn romance_role_antecedent(
        &self,
        registry: &mut Registry,
        np: Np,
    ) -> Option<Option<usize>> {
        if !matches!(np.kind, NpKind::Definite | NpKind::Unnamed) {
            return None;
        }
        let para = &self.paras[np.para];
        let first = self.word(para, np.first);
        let elided = elided_article(first).is_some();
        if !is(&ROMANCE_DEFINITE, first) && !elided {
            return None;
        }
        let from = if elided { np.first } else { np.first + 1 };
        let key: Vec<String> = split_elided(
            (from..=np.end)
                .filter(|&k| para.tokens[k].is_word())
                .map(|k| self.word(para, k).to_lowercase()),
        );
        let key = if elided { key[1..].to_vec() } else { key };
        if key.is_empty() {
            return None;
        }
        if !key.iter().any(|w| is(&ROMANCE_REFERRING, w)) {
            return None;
        }
        let words_of = |p: &Para, range: &mut dyn Iterator<Item = usize>| -> Vec<String> {
            let mut out = Vec::new();
            for k in range {
                let t = p.tokens[k];
                if t.is_punct(',') {
                    continue;
                }
                if !t.is_word() || out.len() >= 12 {
                    break;
                }
                out.push(t.text(self.text).to_lowercase());
            }
            split_elided(out.into_iter())
        };
        // (At most this many names are looked at, whatever the page.)
        let mut budget: usize = 400;
        for p in self.paras[np.para.saturating_sub(30)..=np.para]
            .iter()
            .rev()
        {
            for run in p.runs.iter().rev() {
                if budget == 0 {
                    return (key.len() > 1)
                        .then(|| Some(registry.add_unnamed(np.span.get(self.text), np.span)));
                }
                budget -= 1;
                if run.span.start >= np.span.start || run.kind == RunKind::Org {
                    continue;
                }
                let mut before = words_of(p, &mut (0..run.first).rev());
                before.reverse();
                let mut after = words_of(p, &mut (run.last + 1..p.tokens.len()));
                if after.first().is_some_and(|w| is(&ROMANCE_DEFINITE, w)) {
                    after.remove(0);
                }
                let comma_after = p.tokens.get(run.last + 1).is_some_and(|t| t.is_punct(','));
                // The description before the name starts at its determiner.
                // (No verb between the role and the name: not `le ministre a reçu
                // la députée X`.)
                let verb = |w: &String| {
                    is(&ROMANCE_AUXILIARIES, w) || is(&FRENCH_ETRE, w) || self.romance_cue_word(w)
                };
                let described = (0..before.len()).any(|d| {
                    (is(&ROMANCE_DEFINITE, &before[d]) || is(&ROMANCE_INDEFINITE, &before[d]))
                        && before[d + 1..].starts_with(&key)
                        && !before[d + 1..].iter().any(verb)
                });
                if described || comma_after && after.starts_with(&key) {
                    let words = crate::core::mentions::name_words(run.name.get(self.text));
                    if let Some(e) = registry.find(&words) {
                        // A bare role (`le sénateur`) means the one given it only
                        // when no one else was named since.
                        if key.len() == 1 && latest_person(registry, np.span.start) != Some(e) {
                            return None;
                        }
                        return Some(Some(e));
                    }
                }
            }
        }
        (key.len() > 1).then(|| Some(registry.add_unnamed(np.span.get(self.text), np.span)))
    }
}

impl Ctx<'_> {
    /// An attribution written inside the marks: `« Nous gagnerons, explique-t-il,
    /// mais ce sera long »`, `«Vamos a ganar —dijo el técnico—, pero…»`: a verb
    /// first after a comma or a dash, with its subject, then a comma, a dash or
    /// a full stop.
    pub(in crate::core::attribution) fn romance_inside(&self, q: &MarkedQuote) -> Option<Found> {
        for (pi, part) in (q.first_paragraph..=q.last_paragraph).zip(q.parts.iter()) {
            let para = self.paras.get(pi)?;
            let t = &para.tokens;
            let lo = para.first_from(part.start);
            let hi = para.first_from(part.end).min(lo + 400);
            for k in lo + 1..hi {
                if !matches!(self.word(para, k - 1), "," | "—" | "–") {
                    continue;
                }
                let Some(cue) = self.romance_cue(para, k).filter(|c| c.first == k) else {
                    continue;
                };
                let np = match cue.pronoun {
                    Some(p) => self.inverted_pronoun(para, cue, p, hi),
                    None => self.romance_subject_after(para, cue.last + 1, hi),
                };
                let Some(np) = np else { continue };
                let end = np.end.max(cue.last) + 1;
                let closed = t
                    .get(end)
                    .is_some_and(|n| matches!(n.text(self.text), "," | "—" | "–" | "." | ";"));
                if closed && end < hi {
                    if let Some(found) =
                        self.found(&rules::INSIDE, Some(np), Some(cue.span), np.end)
                    {
                        return Some(found);
                    }
                }
            }
        }
        None
    }
}

impl Ctx<'_> {
    /// Whether quote `q` is a short name in title case (`« France Avenir »`,
    /// `« Plan Climat 2030 »`): every word of more than three letters capitalised.
    pub(in crate::core::attribution) fn romance_title_case(&self, q: &MarkedQuote) -> bool {
        let words: Vec<&str> = q
            .parts
            .iter()
            .flat_map(|p| p.get(self.text).split_whitespace())
            .collect();
        let long: Vec<&&str> = words.iter().filter(|w| w.chars().count() > 3).collect();
        words.len() <= 5
            && !long.is_empty()
            && long
                .iter()
                .all(|w| w.chars().next().is_some_and(char::is_uppercase))
    }
}
