//! German reported speech: attributions without quotation marks, with the span
//! of what was reported. Read per sentence outside quotation marks:
//! - a cue and a `dass` (or `ob`) clause: `Der Minister sagte, dass …`;
//! - a cue and a clause in the subjunctive of reported speech: `Sie sagte, die
//!   Lage sei ernst`;
//! - the reported clause first, the cue inverted after it: `Die Lage sei
//!   ernst, sagte der Minister.`;
//! - a source named without a verb: `Laut Polizei …`, `Nach Angaben X …`,
//!   `X zufolge …`, `…, so der Sprecher.`;
//! - a sentence in the subjunctive after reported speech goes on with its
//!   speaker (`Die Lage sei ernst.`).

use super::elsewhere::SUBJUNCTIVE;
use crate::core::attribution::lang::de::rules;
use crate::core::attribution::lang::en::reported::{Reported, sentences};
use crate::core::attribution::{Ctx, Found, Np, Para};
use crate::core::lexicon::{GERMAN_AUXILIARIES, GERMAN_PREPOSITIONS, GERMAN_SUBORDINATORS, is};
use crate::core::span::{Span, any_contains, any_overlaps};

/// Whether `w` closes a quotation mark (content may end on a fragment).
fn closes_mark(w: &str) -> bool {
    matches!(w, "“" | "\"" | "«" | "”")
}

/// Content shorter than this, in words, is not reported speech (`sagte er das`).
const MIN_WORDS: usize = 3;

/// How far after its cue a reported clause's comma may be, in tokens
/// (`sagte der Minister am Montag in Berlin, …`).
const CUE_REACH: usize = 24;

/// Nouns for what a source gave, besides those of `nach Angaben` (`nach einer
/// Studie`, `nach Meldungen`): the ends of the nouns.
const WORD_NOUNS: &[&str] = &[
    "studie",
    "meldung",
    "meldungen",
    "umfrage",
    "untersuchung",
    "untersuchungen",
    "prognose",
    "statistik",
    "recherchen",
    "angaben",
    "aussagen",
    "berichten",
];

impl Ctx<'_> {
    /// The reported speech of one German paragraph. `quoted` holds the outer
    /// spans of its quotations (sorted); `direct` those that are whole direct
    /// quotations, which content never runs into.
    pub(in crate::core::attribution) fn german_reported(
        &self,
        para: &Para,
        quoted: &[Span],
        direct: &[Span],
    ) -> Vec<Reported> {
        let mut out: Vec<Reported> = Vec::new();
        // The speaker of the previous sentence's reported speech, and whether that
        // sentence was reported (a continuation needs the sentence right before).
        let mut last: Option<Np> = None;
        // The sentence before, for `Das bestätigte X.`
        let mut previous: Option<(usize, usize)> = None;
        for (lo, hi) in sentences(para) {
            let before = out.len();
            if let Some((plo, phi)) = previous.replace((lo, hi)) {
                self.de_das(para, (plo, phi), (lo, hi), quoted, direct, &mut out);
                if out.len() > before {
                    last = None;
                    continue;
                }
            }
            self.de_cue_clause(para, lo, hi, quoted, direct, &mut out);
            if out.len() == before {
                self.de_inverted(para, lo, hi, quoted, direct, &mut out);
            }
            if out.len() == before {
                self.de_wie(para, lo, hi, quoted, direct, &mut out);
            }
            // A source named without a verb reports a clause of its own beside a
            // cue's (`…, so X, die auch angab, dass …`).
            let mut according = Vec::new();
            self.de_according(para, lo, hi, direct, &mut according);
            for r in according {
                let span = r.content;
                if !out[before..]
                    .iter()
                    .any(|o| any_overlaps(&[o.content], span))
                {
                    out.push(r);
                }
            }
            if out.len() == before {
                if let Some(np) = last {
                    if self.de_continues(para, lo, hi, quoted, np, &mut out) {
                        continue;
                    }
                }
            }
            last = if out.len() > before {
                out.last().and_then(|r| r.np)
            } else {
                None
            };
        }
        out
    }

    /// The content from token `a` to the last word before token `hi`, if it is
    /// long enough and runs into no direct quotation.
    fn de_content(&self, para: &Para, a: usize, hi: usize, direct: &[Span]) -> Option<Span> {
        let t = &para.tokens;
        // (`Nachdem X mitgeteilt hatte, dass …, hatte dieser versucht …`: after a
        // `dass` clause, a comma and an auxiliary in the indicative go back to the
        // clause the report sits in.)
        let subordinate = matches!(self.word(para, a), "dass" | "ob");
        let resumes = |j: usize| {
            let w = self.word(para, j);
            t[j - 1].is_punct(',') && is(&GERMAN_AUXILIARIES, w) && !SUBJUNCTIVE.contains(&w)
        };
        let hi = (a + 1..hi)
            .find(|&j| subordinate && resumes(j))
            .map_or(hi, |j| j - 1);
        self.words_content(para, a, hi, direct, closes_mark)
    }

    /// Whether tokens `a..b` hold a verb in the subjunctive of reported speech,
    /// outside quotation marks.
    fn de_subjunctive(&self, para: &Para, a: usize, b: usize, quoted: &[Span]) -> Option<usize> {
        let t = &para.tokens;
        (a..b).find(|&k| {
            t[k].is_word()
                && SUBJUNCTIVE.contains(&t[k].text(self.text))
                && !any_contains(quoted, t[k].span)
        })
    }

    /// `Der Minister sagte, dass …`, `Sie betonte, man habe alles versucht.`: a
    /// cue, a comma, and a `dass` clause or one in the subjunctive.
    fn de_cue_clause(
        &self,
        para: &Para,
        lo: usize,
        hi: usize,
        quoted: &[Span],
        direct: &[Span],
        out: &mut Vec<Reported>,
    ) {
        let t = &para.tokens;
        let Some(k) = (lo..hi).find(|&k| {
            t[k].is_word() && !any_contains(quoted, t[k].span) && self.german_cue_at(para, k)
        }) else {
            return;
        };
        let Some(comma) = (k + 1..hi.min(k + CUE_REACH)).find(|&j| t[j].is_punct(',')) else {
            return;
        };
        // (`, so X`, `, sagte er`: no clause of its own after the comma.)
        if comma + 1 >= hi || any_contains(quoted, t[comma + 1].span) {
            return;
        }
        let first = self.word(para, comma + 1);
        // (`verwies auf Studien, nach denen …`: a relative clause tells of a noun.)
        let relative = |j: usize| {
            matches!(
                self.word(para, j),
                "denen" | "deren" | "dessen" | "welche" | "welcher" | "welches"
            )
        };
        if relative(comma + 1) || is(&GERMAN_PREPOSITIONS, first) && relative(comma + 2) {
            return;
        }
        let rule = if matches!(first, "dass" | "ob") {
            &rules::REPORTED_DASS
        } else {
            // The clause up to its next comma holds the subjunctive
            // (`sagte, die Lage sei ernst`, not `sagte, als er ankam, …`).
            if is(&GERMAN_SUBORDINATORS, first) {
                return;
            }
            let end = (comma + 1..hi).find(|&j| t[j].is_punct(',')).unwrap_or(hi);
            if self.de_subjunctive(para, comma + 1, end, quoted).is_none() {
                return;
            }
            &rules::REPORTED_SUBJUNCTIVE
        };
        let Some(content) = self.de_content(para, comma + 1, hi, direct) else {
            return;
        };
        // (`Als Grund wurde genannt, dass …`: a passive's subject is not who
        // speaks; the words are still reported, by no one named.)
        // (`X wird mit den Worten zitiert, …`: the one quoted is the subject.)
        let passive = !matches!(self.word(para, k), "zitiert")
            && (lo..k)
                .any(|j| matches!(self.word(para, j), "worden" | "wurde" | "wurden" | "wird"));
        let np = if passive {
            None
        } else {
            let Some(np) = self.german_subject(para, k, lo, comma) else {
                return;
            };
            Some(np)
        };
        out.push(Reported {
            content,
            np,
            cue: t[k].span,
            rule,
        });
    }

    /// `Die Lage sei ernst, sagte der Minister.`: the reported clause first, the
    /// cue and its subject after the comma.
    fn de_inverted(
        &self,
        para: &Para,
        lo: usize,
        hi: usize,
        quoted: &[Span],
        direct: &[Span],
        out: &mut Vec<Reported>,
    ) {
        let t = &para.tokens;
        // (`Als er ankam, sagte der Minister …`: a subordinate clause is no content.)
        let f = (lo..hi).find(|&j| t[j].is_word());
        if f.is_none_or(|f| is(&GERMAN_SUBORDINATORS, &self.word(para, f).to_lowercase())) {
            return;
        }
        let Some(k) = (lo + 2..hi).find(|&k| {
            t[k - 1].is_punct(',')
                && t[k].is_word()
                && !any_contains(quoted, t[k].span)
                && self.german_cue_at(para, k)
        }) else {
            return;
        };
        let after = para.first_from(self.cue_span(para, k).end);
        let Some(np) = self.german_subject_after(para, after, hi) else {
            return;
        };
        // (`…, veröffentlichte X folgenden Kommentar: „…“`: a cue whose clause goes on
        // to a colon or a quotation reports that, not the words before it.)
        let rest = (np.end + 1..hi).filter(|&j| {
            t[j].is_punct(':') || any_contains(quoted, t[j].span) || closes_mark(self.word(para, j))
        });
        if rest.count() > 0 {
            return;
        }
        // (`…, gab X nicht bekannt`: what was not said.)
        if (after..hi).any(|j| matches!(self.word(para, j), "nicht" | "nie")) {
            return;
        }
        // (`Wohin die Maschine flog, gab X bekannt`: a question alone is the
        // verb's object, no statement.)
        let question = matches!(
            self.word(para, f.unwrap_or(lo)).to_lowercase().as_str(),
            "wohin"
                | "woher"
                | "wo"
                | "wie"
                | "was"
                | "warum"
                | "weshalb"
                | "wann"
                | "ob"
                | "welche"
                | "welcher"
                | "welches"
        );
        if question && !(lo..k - 1).any(|j| t[j].is_punct(',')) {
            return;
        }
        let Some(content) = self.de_content(para, lo, k - 1, direct) else {
            return;
        };
        out.push(Reported {
            content,
            np: Some(np),
            cue: t[k].span,
            rule: &rules::REPORTED_INVERTED,
        });
    }

    /// `Laut Polizei wurde niemand verletzt.`, `Nach Angaben X …`, `X zufolge
    /// …`, `Die Preise steigen, so der Sprecher.`: a source named without a verb.
    fn de_according(
        &self,
        para: &Para,
        lo: usize,
        hi: usize,
        direct: &[Span],
        out: &mut Vec<Reported>,
    ) {
        let t = &para.tokens;
        let a_opens = |a: usize| a == self.first_word(para, lo, hi);
        // (`seitens X` is no source of words: the next source in the sentence.)
        let mut from_tok = lo;
        let found = loop {
            match self.german_according(para, from_tok, hi) {
                Some(f) if f.cue.is_some_and(|c| c.get(self.text) == "seitens") => {
                    from_tok = f.cue.map_or(hi, |c| para.first_from(c.end));
                }
                other => break other,
            }
        };
        let Some(found) = found
            .or_else(|| self.de_nach_source(para, lo, hi))
            .or_else(|| self.de_so_at_end(para, lo, hi))
        else {
            return;
        };
        let (Some(np), Some(cue)) = (found.np, found.cue) else {
            return;
        };
        // (`wonach` stands for a source named elsewhere; `die Kritik der CDU`
        // names none for a clause.)
        let sources = [
            rules::NACH_ANGABEN.name,
            rules::ZUFOLGE.name,
            rules::REPORTED_ACCORDING.name,
        ];
        // (`Demnach …` opening the sentence: what the source named before says.)
        if found.rule.name == rules::DEMNACH.name && a_opens(para.first_from(cue.start)) {
            if let Some(content) = self.de_content(para, para.first_from(cue.end), hi, direct) {
                out.push(Reported {
                    content,
                    np: Some(np),
                    cue,
                    rule: &rules::REPORTED_ACCORDING,
                });
            }
            return;
        }
        if !sources.contains(&found.rule.name) {
            return;
        }
        // (`laut geworden`: `laut` as an adjective has no source right after it.)
        let a = para.first_from(cue.start);
        let after = para.first_from(cue.end);
        if np.first > a && (np.first > after + 6 || (after..np.first).any(|j| !t[j].is_word())) {
            return;
        }
        let from = a.min(np.first);
        let to = found.last.max(a);
        // The source at the end: `…, so der Sprecher.`; else the rest of the
        // sentence around it.
        let content =
            if from > lo + 1 && t[from - 1].is_punct(',') && self.source_ends(para, to, hi) {
                self.de_content(para, lo, from - 1, direct)
            } else if from <= self.first_word(para, lo, hi) {
                self.de_content(para, to + 1, hi, direct)
            } else {
                self.de_content(para, lo, hi, direct)
            };
        let Some(content) = content else {
            return;
        };
        out.push(Reported {
            content,
            np: Some(np),
            cue,
            rule: &rules::REPORTED_ACCORDING,
        });
    }

    /// `Nach ersten Informationen …`, `Nach einem Bericht der Zeitung X …`,
    /// `Nach Medienangaben …`: `nach` and a noun for words (a compound ending in
    /// one too), its source in the genitive or `von` when it has one.
    fn de_nach_source(&self, para: &Para, lo: usize, hi: usize) -> Option<Found> {
        let t = &para.tokens;
        let a = (lo..hi).find(|&a| self.word(para, a).eq_ignore_ascii_case("nach"))?;
        // Up to two words before the noun (`einem`, `ersten`, `deren`, `eigener`).
        let n = (a + 1..hi.min(a + 4)).find(|&n| {
            t[n].is_word()
                && self
                    .word(para, n)
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
        })?;
        if (a + 1..n).any(|j| {
            !t[j].is_word()
                || self
                    .word(para, j)
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
        }) {
            return None;
        }
        let noun = self.word(para, n).to_lowercase();
        let words = super::ACCORDING_NOUNS
            .iter()
            .chain(WORD_NOUNS)
            .any(|w| noun.ends_with(w));
        if !words {
            return None;
        }
        // The source after the noun (`der Polizei`, `von n24`), else the noun's phrase.
        let genitive = matches!(self.word(para, n + 1), "der" | "des" | "von");
        let from = if self.word(para, n + 1) == "von" {
            n + 2
        } else {
            n + 1
        };
        let np = genitive
            .then(|| self.np_forward(para, from, hi))
            .flatten()
            .filter(|np| np.first <= from + 1)
            .or_else(|| self.np_forward(para, a + 1, hi).filter(|np| np.first <= n))?;
        self.found(
            &rules::REPORTED_ACCORDING,
            Some(np),
            Some(t[a].span),
            np.end,
        )
    }

    /// `…, so der Sprecher.`: `so` and a source that ends the sentence.
    fn de_so_at_end(&self, para: &Para, lo: usize, hi: usize) -> Option<Found> {
        let t = &para.tokens;
        let a = (lo + 1..hi).find(|&a| t[a - 1].is_punct(',') && self.word(para, a) == "so")?;
        let np = self
            .np_forward(para, a + 1, hi)
            .filter(|np| np.first == a + 1 && self.source_ends(para, np.end, hi))?;
        self.found(
            &rules::REPORTED_ACCORDING,
            Some(np),
            Some(t[a].span),
            np.end,
        )
    }

    /// The first word of tokens `lo..hi`, or `hi`.
    fn first_word(&self, para: &Para, lo: usize, hi: usize) -> usize {
        (lo..hi).find(|&j| para.tokens[j].is_word()).unwrap_or(hi)
    }

    /// Whether a source ending at token `to` ends its sentence, but for a few
    /// words and no clause (`so Lankarani weiter.`, `so die Polizei am Montag.`).
    fn source_ends(&self, para: &Para, to: usize, hi: usize) -> bool {
        let t = &para.tokens;
        (to + 1..hi).filter(|&j| t[j].is_word()).count() <= 4
            && !(to + 1..hi).any(|j| t[j].is_punct(',') || t[j].is_punct(':'))
    }

    /// `Das bestätigte die Polizei.`: a demonstrative, a cue and its subject make
    /// a sentence of their own, reporting the sentence before (`prev`).
    fn de_das(
        &self,
        para: &Para,
        prev: (usize, usize),
        (lo, hi): (usize, usize),
        quoted: &[Span],
        direct: &[Span],
        out: &mut Vec<Reported>,
    ) {
        let t = &para.tokens;
        let f = self.first_word(para, lo, hi);
        let k = f + 1;
        if k >= hi
            || !matches!(self.word(para, f), "Das" | "Dies" | "Dieses")
            || !self.german_cue_at(para, k)
            || any_contains(quoted, t[k].span)
        {
            return;
        }
        let after = para.first_from(self.cue_span(para, k).end);
        let Some(np) = self.german_subject_after(para, after, hi) else {
            return;
        };
        if !self.source_ends(para, np.end, hi) {
            return;
        }
        let Some(content) = self.de_content(para, prev.0, prev.1, direct) else {
            return;
        };
        // (A sentence that is a quotation is its own.)
        if any_overlaps(quoted, content) {
            return;
        }
        out.push(Reported {
            content,
            np: Some(np),
            cue: t[k].span,
            rule: &rules::REPORTED_DAS,
        });
    }

    /// `Wie die Polizei mitteilte, wurde …`, `…, wie EADS gestern mitteilte.`: a
    /// clause with `wie` and a cue names the source of the sentence's main clause.
    fn de_wie(
        &self,
        para: &Para,
        lo: usize,
        hi: usize,
        quoted: &[Span],
        direct: &[Span],
        out: &mut Vec<Reported>,
    ) {
        let t = &para.tokens;
        let f = self.first_word(para, lo, hi);
        // The `wie` clause: opening the sentence, or after its last comma.
        let last_comma = (lo..hi).rev().find(|&j| t[j].is_punct(','));
        // (`Denn wie X berichtete, …`: after a conjunction too.)
        let f = self.vorfeld(para, lo).max(f);
        let (w, end) = if f < hi && self.word(para, f).eq_ignore_ascii_case("wie") {
            let Some(c) = (f + 1..hi).find(|&j| t[j].is_punct(',')) else {
                return;
            };
            (f, c)
        } else if let Some(c) = last_comma.filter(|&c| self.word(para, c + 1) == "wie") {
            (c + 1, hi)
        } else {
            return;
        };
        // (`wie es hieß`, `wie bekannt wurde`: a cue, and a subject to say it.)
        let Some(k) = (w + 1..end).find(|&k| {
            t[k].is_word() && !any_contains(quoted, t[k].span) && self.german_cue_at(para, k)
        }) else {
            return;
        };
        let Some(np) = self.german_nominative(para, w + 1, k) else {
            return;
        };
        let content = if w == f {
            self.de_content(para, end + 1, hi, direct)
        } else {
            self.de_content(para, lo, w - 1, direct)
        };
        let Some(content) = content else {
            return;
        };
        out.push(Reported {
            content,
            np: Some(np),
            cue: t[k].span,
            rule: &rules::REPORTED_WIE,
        });
    }

    /// `Die Lage sei ernst.` right after reported speech by `np`: a sentence in the
    /// subjunctive, with no quotation and no attribution of its own, goes on with
    /// that speaker (consecutive ones make one report). Whether it did.
    fn de_continues(
        &self,
        para: &Para,
        lo: usize,
        hi: usize,
        quoted: &[Span],
        np: Np,
        out: &mut Vec<Reported>,
    ) -> bool {
        let t = &para.tokens;
        let f = self.first_word(para, lo, hi);
        if f >= hi || any_overlaps(quoted, Span::new(t[lo].span.start, t[hi - 1].span.end)) {
            return false;
        }
        // The subjunctive in the main clause: before any comma.
        let end = (f..hi).find(|&j| t[j].is_punct(',')).unwrap_or(hi);
        let Some(v) = self.de_subjunctive(para, f, end, quoted) else {
            return false;
        };
        let last = (f..hi).rev().find(|&j| t[j].is_word()).unwrap_or(f);
        if (f..=last).filter(|&j| t[j].is_word()).count() < MIN_WORDS {
            return false;
        }
        // (The sentence's end mark belongs to it.)
        let end_tok = if hi > last + 1 { hi - 1 } else { last };
        let span = Span::new(t[f].span.start, t[end_tok].span.end);
        match out.last_mut() {
            Some(r) if r.rule.name == rules::REPORTED_CONTINUES.name && r.np == Some(np) => {
                r.content = Span::new(r.content.start, span.end);
            }
            _ => out.push(Reported {
                content: span,
                np: Some(np),
                cue: t[v].span,
                rule: &rules::REPORTED_CONTINUES,
            }),
        }
        true
    }
}
