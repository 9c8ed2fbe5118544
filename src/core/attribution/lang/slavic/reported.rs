//! Russian, Polish and Czech reported speech: attributions without quotation
//! marks, with the span of what was reported. Read per sentence outside
//! quotation marks:
//! - a cue, a comma and a `что`/`że`/`iż`/`že` clause: `Мэр заявил, что мост
//!   откроют весной`, `Powiedziała, że wróci jutro`, `Novák řekl novinářům, že
//!   …`; the subject a name or pronoun before the cue, a name right after it
//!   (`заявил Иванов, что …`), or none when the cue opens the sentence (the
//!   person its form refers to);
//! - a verb of belief in the same place (`считает, что …`, `uważa, że …`,
//!   `domnívá se, že …`): the subject's view, told apart by its rule;
//! - the reported clause first, the cue inverted after it: `Мост откроют
//!   весной, – сказал мэр.`, `Wróci jutro, powiedziała minister.`, `…, uvedl
//!   Novák.`;
//! - `как сообщил X, …`, `jak powiedział X`, `jak uvedl X`;
//! - a source named without a verb: `по словам X`, `по мнению X`, `według X`,
//!   `zdaniem X`, `podle X`, `podle slov X`.

use super::rules;
use crate::core::attribution::lang::en::reported::{Reported, sentences};
use crate::core::attribution::rules::Rule;
use crate::core::attribution::{Ctx, Np, NpKind, Para};
use crate::core::lexicon::slavic::{
    SLAVIC_ACCORDING, SLAVIC_OPENERS, SLAVIC_PRONOUNS, SLAVIC_TITLES, slavic_belief,
    slavic_reported_cue,
};
use crate::core::lexicon::{is, list, lower};
use crate::core::span::{Span, any_contains, any_overlaps};

/// How far after its cue the comma before `что`/`że`/`že` may be, in tokens
/// (`заявил журналистам в понедельник, что …`).
const CUE_REACH: usize = 12;

list!(
    /// The conjunctions that open a reported clause: `что`, `że`, `iż`, `že`.
    THAT,
    "что że iż že"
);

list!(
    /// Adverbs and particles between a subject and its cue (`Иванов также
    /// заявил`, `Kowalski jednak uważa`, `Novák se domnívá`).
    BETWEEN,
    "также тоже уже ещё еще однако же ранее вчера сегодня неоднократно",
    "też także jednak już wcześniej wczoraj dziś również natomiast się",
    "také též však již už dříve včera dnes rovněž se si"
);

list!(
    /// Negations before a cue: what was not said (`не сказал, что …`).
    NEGATIONS,
    "не ни nie"
);

list!(
    /// Words that join a subject to what comes before it (`, а Иванов заявил`).
    JOINERS,
    "и а но i a ale oraz lecz"
);

list!(
    /// Words that open a clause that is no statement (a question, a condition,
    /// a time): such a clause before an inverted cue is not reported speech
    /// (`Когда откроют мост, сказал мэр, …`).
    SUBORDINATORS,
    "как что где когда почему зачем если ли чтобы который которая которое которые",
    "jak co gdzie kiedy dlaczego jeśli jeżeli czy żeby aby który która które którzy",
    "jak co kde kdy proč jestli zda zdali pokud když aby který která které kteří",
    "kterého které kterou jehož jejíž němž něhož którego której któremu którym",
    "которого которой котором которым которых"
);

list!(
    /// `как`/`jak` opening a clause that names a source: `как сообщил X, …`.
    AS,
    "как jak"
);

impl Ctx<'_> {
    /// The reported speech of one Russian, Polish or Czech paragraph. `quoted`
    /// holds the outer spans of its quotations (sorted); `direct` those that are
    /// whole direct quotations, which content never runs into.
    pub(in crate::core::attribution) fn slavic_reported(
        &self,
        para: &Para,
        quoted: &[Span],
        direct: &[Span],
    ) -> Vec<Reported> {
        let mut out = Vec::new();
        for (lo, hi) in sentences(para) {
            // (A question reports nothing: `Сказал ли он, что …?`)
            if (lo..hi)
                .any(|j| para.tokens[j].is_punct('?') && !any_contains(quoted, para.tokens[j].span))
            {
                continue;
            }
            let before = out.len();
            self.slavic_that(para, lo, hi, quoted, direct, &mut out);
            if out.len() == before {
                self.slavic_inverted(para, lo, hi, quoted, direct, &mut out);
            }
            if out.len() == before {
                self.slavic_as(para, lo, hi, quoted, direct, &mut out);
            }
            if out.len() == before {
                self.slavic_source(para, lo, hi, quoted, direct, &mut out);
            }
        }
        out
    }

    /// Whether token `k` is a cue of reported speech or belief (in lower case,
    /// or opening its sentence at `lo`), outside quotation marks.
    fn slavic_reported_at(&self, para: &Para, lo: usize, k: usize, quoted: &[Span]) -> bool {
        let t = &para.tokens[k];
        let w = self.word(para, k);
        t.is_word()
            && !any_contains(quoted, t.span)
            && (k == self.slavic_first_word(para, lo)
                || w.chars().next().is_some_and(char::is_lowercase))
            && slavic_reported_cue(self.lang, w).is_some()
            && !(k > lo && is(&NEGATIONS, self.word(para, k - 1)))
    }

    /// The first word of the sentence from `lo`.
    fn slavic_first_word(&self, para: &Para, lo: usize) -> usize {
        (lo..para.tokens.len())
            .find(|&j| para.tokens[j].is_word())
            .unwrap_or(para.tokens.len())
    }

    /// The content from token `a` to the last word before token `hi`, if it is
    /// long enough and runs into no direct quotation.
    fn slavic_content(&self, para: &Para, a: usize, hi: usize, direct: &[Span]) -> Option<Span> {
        self.words_content(para, a, hi, direct, |w| {
            matches!(w, "“" | "\"" | "»" | "”" | "«")
        })
    }

    /// Whether a name starting at token `s` stands where a subject does: first
    /// in the sentence, after punctuation, a conjunction or a title (`министр
    /// Иванов`), not after a noun it belongs to (`fanoušci Slavie`).
    fn slavic_subject_place(&self, para: &Para, lo: usize, s: usize) -> bool {
        if s <= lo {
            return true;
        }
        let t = &para.tokens;
        let w = self.word(para, s - 1);
        !t[s - 1].is_word() || is(&JOINERS, w) || is(&SLAVIC_TITLES, w) || is(&SLAVIC_OPENERS, w)
    }

    /// The subject of the cue at token `k` (its clause up to token `end`): a
    /// pronoun or a name before it, perhaps an adverb between; a name or
    /// pronoun right after it; or the verb itself when it opens the sentence
    /// (the person its form refers to).
    fn slavic_reported_subject(&self, para: &Para, lo: usize, k: usize, end: usize) -> Option<Np> {
        let t = &para.tokens;
        let mut e = k;
        while e > lo && k - e < 2 && t[e - 1].is_word() && is(&BETWEEN, self.word(para, e - 1)) {
            e -= 1;
        }
        if e > lo && t[e - 1].is_word() {
            if is(&SLAVIC_PRONOUNS, self.word(para, e - 1)) {
                return Some(self.slavic_np(para, e - 1, e - 1, NpKind::Pronoun));
            }
            let s = self.slavic_name_to(para, lo, e - 1)?;
            return self
                .slavic_subject_place(para, lo, s)
                .then(|| self.slavic_np(para, s, e - 1, NpKind::Unnamed));
        }
        // After the cue: `заявил Иванов`, `řekl ministr Novák`, `uważa on`.
        let mut j = k + 1;
        while j < end && is(&BETWEEN, self.word(para, j)) {
            j += 1;
        }
        if j < end && t[j].is_word() && is(&SLAVIC_PRONOUNS, self.word(para, j)) {
            return Some(self.slavic_np(para, j, j, NpKind::Pronoun));
        }
        if j < end && is(&SLAVIC_TITLES, self.word(para, j)) {
            j += 1;
        }
        if let Some((s, e)) = self.slavic_name_from(para, j, end).filter(|&(s, _)| s == j) {
            return Some(self.slavic_np(para, s, e, NpKind::Unnamed));
        }
        // No subject: the cue opens the sentence (`Uważa, że …`).
        let f = self.slavic_first_word(para, lo);
        (k == f || k == f + 1 && is(&JOINERS, self.word(para, f)))
            .then(|| self.slavic_np(para, k, k, NpKind::Pronoun))
    }

    /// `Мэр Иванов заявил, что …`, `Kowalska powiedziała w wywiadzie, że …`,
    /// `Domnívá se, že …`: a cue, a comma and a `что`/`że`/`že` clause.
    fn slavic_that(
        &self,
        para: &Para,
        lo: usize,
        hi: usize,
        quoted: &[Span],
        direct: &[Span],
        out: &mut Vec<Reported>,
    ) {
        let t = &para.tokens;
        for k in lo..hi {
            if !self.slavic_reported_at(para, lo, k, quoted) {
                continue;
            }
            let Some(comma) = (k + 1..hi.min(k + CUE_REACH)).find(|&j| t[j].is_punct(',')) else {
                continue;
            };
            let c = comma + 1;
            if c >= hi
                || !is(&THAT, self.word(para, c))
                || (k + 1..=c).any(|j| {
                    !t[j].is_word() && !t[j].is_punct(',') || any_contains(quoted, t[j].span)
                })
            {
                continue;
            }
            let Some(np) = self.slavic_reported_subject(para, lo, k, comma) else {
                continue;
            };
            let Some(content) = self.slavic_content(para, c, hi, direct) else {
                continue;
            };
            out.push(Reported {
                content,
                np: Some(np),
                cue: t[k].span,
                rule: self.slavic_rule(para, k, &rules::REPORTED_THAT),
            });
            return;
        }
    }

    /// The rule of a report whose cue is token `k`: `rule`, or the rule of
    /// belief when the cue is a verb of belief.
    fn slavic_rule(&self, para: &Para, k: usize, rule: &'static Rule) -> &'static Rule {
        if slavic_belief(self.lang, self.word(para, k)) {
            &rules::REPORTED_BELIEF
        } else {
            rule
        }
    }

    /// `Мост откроют весной, – сказал мэр.`, `Wróci jutro, dodała.`: the
    /// reported clause first, a comma (and a dash), then the cue and its subject
    /// ending the sentence.
    fn slavic_inverted(
        &self,
        para: &Para,
        lo: usize,
        hi: usize,
        quoted: &[Span],
        direct: &[Span],
        out: &mut Vec<Reported>,
    ) {
        let t = &para.tokens;
        let f = self.slavic_first_word(para, lo);
        if f >= hi || is(&SUBORDINATORS, self.word(para, f)) {
            return;
        }
        let Some(k) = (f + 2..hi).find(|&k| {
            let sep = t[k - 1].is_punct(',') || matches!(self.word(para, k - 1), "—" | "–");
            sep && self.slavic_reported_at(para, lo, k, quoted)
        }) else {
            return;
        };
        // (`…, – сказал X`: the comma before the dash.)
        let comma = if t[k - 2].is_punct(',') { k - 2 } else { k - 1 };
        let ends = |j: usize| {
            (j + 1..hi).filter(|&i| t[i].is_word()).count() <= 4
                && !(j + 1..hi).any(|i| {
                    t[i].is_punct(',') || t[i].is_punct(':') || any_contains(quoted, t[i].span)
                })
        };
        let (np, rule) = match self.slavic_subject_after(para, k, hi) {
            Some(np) if ends(np.last) => (np, self.slavic_rule(para, k, &rules::REPORTED_INVERTED)),
            Some(_) => return,
            // `…, dodała.`: the cue ends the sentence.
            None if (k + 1..hi).all(|j| !t[j].is_word() && !any_contains(quoted, t[j].span)) => (
                self.slavic_np(para, k, k, NpKind::Pronoun),
                self.slavic_rule(para, k, &rules::REPORTED_INVERTED_NO_SUBJECT),
            ),
            None => return,
        };
        // (A sentence that is a quotation is its own.)
        let Some(content) = self.slavic_content(para, lo, comma, direct) else {
            return;
        };
        if any_overlaps(quoted, content)
            && !(lo..comma).any(|j| t[j].is_word() && !any_contains(quoted, t[j].span))
        {
            return;
        }
        out.push(Reported {
            content,
            np: Some(np),
            cue: t[k].span,
            rule,
        });
    }

    /// `Как сообщил Иванов, мост откроют весной.`, `…, jak uvedl Novák.`: a
    /// clause with `как`/`jak`, a cue and its subject names the source of the
    /// main clause.
    fn slavic_as(
        &self,
        para: &Para,
        lo: usize,
        hi: usize,
        quoted: &[Span],
        direct: &[Span],
        out: &mut Vec<Reported>,
    ) {
        let t = &para.tokens;
        let f = self.slavic_first_word(para, lo);
        let last_comma = (lo..hi).rev().find(|&j| t[j].is_punct(','));
        let (a, end) = if f < hi && is(&AS, self.word(para, f)) {
            let Some(c) = (f + 1..hi).find(|&j| t[j].is_punct(',')) else {
                return;
            };
            (f, c)
        } else if let Some(c) =
            last_comma.filter(|&c| c + 1 < hi && is(&AS, self.word(para, c + 1)))
        {
            (c + 1, hi)
        } else {
            return;
        };
        let k = a + 1;
        if k >= end || !self.slavic_reported_at(para, lo, k, quoted) {
            return;
        }
        let Some((s, e)) = self
            .slavic_name_from(para, k + 1, end)
            .filter(|&(s, _)| s == k + 1)
        else {
            return;
        };
        let content = if a == f {
            self.slavic_content(para, end + 1, hi, direct)
        } else {
            self.slavic_content(para, lo, a - 1, direct)
        };
        let Some(content) = content else {
            return;
        };
        out.push(Reported {
            content,
            np: Some(self.slavic_np(para, s, e, NpKind::Unnamed)),
            cue: t[k].span,
            rule: &rules::REPORTED_AS,
        });
    }

    /// `По словам Иванова, мост откроют весной.`, `Według Kowalskiej …`,
    /// `Záležitost podle předsedy Nováka …`: a source named without a verb; the
    /// content is the rest of the sentence around it.
    fn slavic_source(
        &self,
        para: &Para,
        lo: usize,
        hi: usize,
        quoted: &[Span],
        direct: &[Span],
        out: &mut Vec<Reported>,
    ) {
        let t = &para.tokens;
        for a in lo..hi {
            if !t[a].is_word() || any_contains(quoted, t[a].span) {
                continue;
            }
            let w = lower(self.word(para, a));
            let from = match w.as_str() {
                "по" if a + 1 < hi && is(&SLAVIC_ACCORDING, self.word(para, a + 1)) => a + 2,
                "podle" if self.word(para, a + 1) == "slov" => a + 2,
                "według" | "zdaniem" | "podle" | "dle" => a + 1,
                _ => continue,
            };
            // (`podle kterého`: a relative names no source.)
            if from >= hi || is(&SUBORDINATORS, self.word(para, from)) {
                continue;
            }
            // The name, perhaps after a role in the genitive (`předsedy Pirátů
            // Ivana Bartoše`, `министра Иванова`): at most two lower-case words.
            let Some((s, e)) = (from..(from + 3).min(hi)).find_map(|j| {
                let lower = (from..j).all(|i| {
                    t[i].is_word()
                        && self
                            .word(para, i)
                            .chars()
                            .next()
                            .is_some_and(char::is_lowercase)
                });
                if !lower {
                    return None;
                }
                self.slavic_name_from(para, j, hi).filter(|&(s, _)| s == j)
            }) else {
                continue;
            };
            // (`předsedy Pirátů Ivana Bartoše`: a party or team in the genitive
            // plural before a name of two words is not part of it.)
            let plural = ["ů", "ów"];
            let s = if e >= s + 2 && plural.iter().any(|p| self.word(para, s).ends_with(p)) {
                s + 1
            } else {
                s
            };
            let first = self.slavic_first_word(para, lo);
            let content = if a == first && e + 1 < hi {
                // `По словам X, …`, `Według X …`
                let from = if t[e + 1].is_punct(',') { e + 2 } else { e + 1 };
                self.slavic_content(para, from, hi, direct)
            } else if a > lo + 1
                && t[a - 1].is_punct(',')
                && (e + 1..hi).filter(|&j| t[j].is_word()).count() <= 3
                && !(e + 1..hi).any(|j| t[j].is_punct(','))
            {
                // `…, według Kowalskiej.`
                self.slavic_content(para, lo, a - 1, direct)
            } else {
                self.slavic_content(para, first, hi, direct)
            };
            let Some(content) = content else {
                continue;
            };
            if any_overlaps(quoted, content) {
                continue;
            }
            out.push(Reported {
                content,
                np: Some(self.slavic_np(para, s, e, NpKind::Unnamed)),
                cue: Span::new(t[a].span.start, t[from - 1].span.end),
                rule: &rules::REPORTED_ACCORDING,
            });
            return;
        }
    }
}
