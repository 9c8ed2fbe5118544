//! German attributions away from the marks: a verb later in the sentence, the
//! subject of a fragment's sentence, the person of the sentence before, and
//! speech reported in the subjunctive.

use super::DOCUMENT_HEADS;
use crate::core::attribution::lang::de::rules;
use crate::core::attribution::{Ctx, Found, MarkedQuote, Np, NpKind, Para};
use crate::core::mentions::{EntityKind, Registry, RunKind, name_words};
use crate::core::span::{Span, any_contains};
use crate::core::text::is_cue_at;

/// Verbs in the subjunctive that reports speech (Konjunktiv I).
pub(super) const SUBJUNCTIVE: &[&str] = &[
    "sei",
    "seien",
    "habe",
    "werde",
    "könne",
    "müsse",
    "solle",
    "dürfe",
    "wolle",
    "möge",
    "gebe",
    "stehe",
    "bestehe",
    "lebe",
    "liege",
    "gehe",
    "komme",
    "wisse",
    "brauche",
    "drohe",
    "fehle",
    "gelte",
    "bleibe",
    "handle",
    "handele",
    "zeige",
    "führe",
    "trage",
    "sehe",
    "stelle",
    "mache",
    "hätte",
    "hätten",
    "wäre",
    "wären",
    "würde",
    "würden",
    "weise",
    "richte",
    "bedeute",
    "benötige",
    "verfüge",
    "erfordere",
    "enthalte",
    "entspreche",
    "erhalte",
    "lasse",
    "lege",
    "reiche",
    "setze",
    "spreche",
    "verstoße",
    "zähle",
    "ziele",
    "befinde",
    "betreffe",
    "gehöre",
    "heiße",
    "kenne",
    "nehme",
    "passe",
    "plane",
    "stimme",
    "treffe",
    "tue",
    "verliere",
    "halte",
    "kämen",
    "käme",
    "gäbe",
    "ginge",
    "müssten",
    "könnten",
    "dürften",
    "bestünde",
    "stünde",
    "hieße",
    "verfolge",
    "versuche",
    "arbeite",
];

/// Whether `w` (lower case) is a plural noun for people: `Meteorologen`,
/// `Experten`, `Demonstranten`, `Rechtsextremisten`.
fn person_plural(w: &str) -> bool {
    [
        "ologen", "isten", "anten", "enten", "experten", "kritiker", "ärzte", "forscher",
    ]
    .iter()
    .any(|e| w.ends_with(e))
}

impl Ctx<'_> {
    /// A cue later in the sentence of a quoted fragment, with its subject:
    /// `Seine Werke werden von Musikkennern als „Meilensteine“ bezeichnet`,
    /// `Die Bundesregierung hatte den Bericht als „falsch“ zurückgewiesen`.
    pub(in crate::core::attribution) fn german_cue_later(
        &self,
        q: &MarkedQuote,
        prev_close: Option<usize>,
        next_open: Option<usize>,
    ) -> Option<Found> {
        let close = q.close?;
        if q.first_paragraph != q.last_paragraph {
            return None;
        }
        let para = &self.paras[q.first_paragraph];
        let lo = para.first_from(para.clause_start(q.open.start, prev_close));
        let c = para.token_at(close.start)?;
        let t = &para.tokens;
        // (Past a coordinated quotation: `Von „…“ oder „…“ sprechen Medien`.)
        let coordinated = next_open.is_some_and(|n| {
            let between = para.first_from(close.end)..para.first_from(n);
            between.len() == 1 && matches!(t[between.start].text(self.text), "und" | "oder")
        });
        let next_open = next_open.filter(|_| !coordinated);
        let hi = para.first_from(para.clause_end(close.end, next_open));
        let cue = (c + 1..hi).find(|&k| is_cue_at(self.text, t, k))?;
        // `von Musikkennern … bezeichnet`: the agent of a passive.
        // (The one nearest the quotation: `die Gefahr von Bränden wird vom
        // Wetterdienst als „…“ eingestuft`.)
        let o = para.token_at(q.open.start).unwrap_or(cue);
        let agent = (lo..o.min(cue))
            .rev()
            .find(|&k| matches!(t[k].text(self.text), "von" | "vom"))
            .and_then(|k| self.np_forward(para, k + 1, o.min(cue)));
        let np = agent
            .or_else(|| self.german_subject(para, cue, lo, hi))
            .filter(|np| !q.outer().contains(np.span))?;
        // `Begriffe wie „Gamer“`, `so genannte „Experten“`: a term, not words.
        let o = para.token_at(q.open.start)?;
        let naming = o > 0
            && matches!(
                t[o - 1].text(self.text),
                "wie" | "sogenannte" | "sogenannten" | "genannte" | "genannten" | "namens"
            );
        if naming {
            return None;
        }
        self.found(&rules::CUE_LATER, Some(np), Some(t[cue].span), np.end)
    }

    /// `Mit den Worten „…“ eröffnete die Ministerin die Sitzung`, `Sie ging mit
    /// dem Satz „…“`, `„…“ – mit diesen Worten wird sie zitiert`: words that
    /// `mit` and a noun for them introduce are the subject's of the sentence
    /// that says so, whatever its verb.
    pub(in crate::core::attribution) fn german_with_words(
        &self,
        q: &MarkedQuote,
        prev_close: Option<usize>,
        next_open: Option<usize>,
    ) -> Option<Found> {
        let close = q.close?;
        if q.first_paragraph != q.last_paragraph {
            return None;
        }
        let para = &self.paras[q.first_paragraph];
        let t = &para.tokens;
        let o = para.token_at(q.open.start)?;
        let c = para.token_at(close.start)?;
        let w = |k: usize| self.word(para, k);
        let words_noun = |k: usize| {
            t[k].is_word()
                && w(k).chars().next().is_some_and(char::is_uppercase)
                && super::marks::SPEECH_NOUNS.contains(&w(k).to_lowercase().as_str())
        };
        // `mit` and its noun right before the marks (`mit den knappen Worten „`).
        let before = (o > 0 && words_noun(o - 1))
            .then(|| {
                (o.saturating_sub(5)..o - 1)
                    .rev()
                    .find(|&k| w(k).eq_ignore_ascii_case("mit"))
            })
            .flatten();
        if let Some(m) = before {
            let lo = para.first_from(para.clause_start(q.open.start, prev_close));
            let hi = para.first_from(para.clause_end(close.end, next_open));
            let f = self.vorfeld(para, lo);
            let np = if f == m {
                // (The phrase opens the sentence: the verb follows the marks,
                // then its subject.)
                let v = c + 1;
                (v < hi && t[v].is_word() && w(v).chars().next().is_some_and(char::is_lowercase))
                    .then(|| self.german_subject_after(para, v + 1, hi))
                    .flatten()
            } else {
                self.sentence_subject(para, lo, m)
            }?;
            let cue = Span::new(t[m].span.start, t[o - 1].span.end);
            return self.found(&rules::WITH_WORDS, Some(np), Some(cue), np.end);
        }
        // `„…“ – mit diesen Worten …`, `„…“ Mit diesen Worten …`: the sentence
        // after the marks says whose they were.
        let mut m = c + 1;
        while m < t.len() && matches!(t[m].text(self.text), "–" | "-" | "—") {
            m += 1;
        }
        let after = m + 2 < t.len()
            && w(m).eq_ignore_ascii_case("mit")
            && matches!(w(m + 1), "diesen" | "den" | "solchen")
            && words_noun(m + 2);
        if !after {
            return None;
        }
        let v = m + 3;
        let hi = para.first_from(para.clause_end(t.get(v)?.span.start, next_open));
        let np = (v < hi && t[v].is_word())
            .then(|| self.german_subject_after(para, v + 1, hi))
            .flatten()?;
        let cue = Span::new(t[m].span.start, t[m + 2].span.end);
        self.found(&rules::WITH_WORDS, Some(np), Some(cue), np.end)
    }

    /// A person (a name or a personal pronoun), a body after `als`, or a text
    /// that is the subject of the sentence of fragment `q`, before the fragment.
    /// Only for words that open in lower case (`„sehr ergiebigen Niederschlägen“`)
    /// or hold some: a title or a name in marks opens with a capital.
    /// (A subject whose verb is in the subjunctive is someone else's report:
    /// that speaker is found before it.)
    pub(in crate::core::attribution) fn german_fragment_subject(
        &self,
        q: &MarkedQuote,
        registry: &Registry,
    ) -> Option<Found> {
        let content = q.parts.first().map_or("", |p| p.get(self.text));
        let lower = content
            .chars()
            .find(|c| c.is_alphabetic())
            .is_some_and(char::is_lowercase);
        // (Or a phrase with a lower-case word in it: `„Angriff gegen die Belegschaft“`.)
        let phrase = content
            .split_whitespace()
            .skip(1)
            .any(|w| w.chars().count() > 3 && w.chars().next().is_some_and(char::is_lowercase));
        if !lower && !phrase {
            return None;
        }
        let para = &self.paras[q.first_paragraph];
        let o = para.token_at(q.open.start)?;
        let lo = para.first_from(para.clause_start(q.open.start, None));
        let np = self.sentence_subject(para, lo, o)?;
        // (`X feierte die Absage als „…“`: whoever calls something so.)
        let als = o > 0 && self.word(para, o - 1) == "als";
        // (A text speaks too: `Das Grundgesetz erlaubt das nur „…“`.)
        let document = !matches!(np.kind, NpKind::Pronoun)
            && DOCUMENT_HEADS
                .iter()
                .any(|d| self.word(para, np.last).to_lowercase().ends_with(d));
        let person = self.is_german_person(para, np, registry)
            || als && !matches!(np.kind, NpKind::Pronoun)
            || document;
        // `Er werde „…“ aushandeln`, `Demnach sei er „…“`: the subject's own verb
        // is in the subjunctive.
        let t = &para.tokens;
        let subjunctive = |k: usize| SUBJUNCTIVE.contains(&t[k].text(self.text));
        let reported =
            np.end + 1 < o && subjunctive(np.end + 1) || np.first > lo && subjunctive(np.first - 1);
        (person && np.end < o && !reported)
            .then(|| self.found(&rules::FRAGMENT_SUBJECT, Some(np), None, np.end))
            .flatten()
    }

    /// The person (a name or er/sie) who is the subject of the sentence right
    /// before quote `q`, in its paragraph, when that sentence holds no quotation.
    pub(in crate::core::attribution) fn german_previous_subject(
        &self,
        q: &MarkedQuote,
        prev_close: Option<usize>,
        registry: &Registry,
    ) -> Option<Found> {
        let para = &self.paras[q.first_paragraph];
        let o = para.token_at(q.open.start)?;
        let t = &para.tokens;
        if o == 0 || !matches!(t[o - 1].text(self.text), "." | "!") {
            return None;
        }
        let lo = para.first_from(para.clause_start(t[o - 1].span.start, None));
        if prev_close.is_some_and(|c| c > t[lo].span.start) {
            return None;
        }
        let np = self.sentence_subject(para, lo, o - 1)?;
        self.is_german_person(para, np, registry)
            .then(|| self.found(&rules::PREVIOUS_SUBJECT, Some(np), None, np.end))
            .flatten()
    }

    /// Whether phrase `np` names a person: er or sie, or a name the text gives a person.
    pub(in crate::core::attribution) fn is_german_person(
        &self,
        para: &Para,
        np: Np,
        registry: &Registry,
    ) -> bool {
        match np.kind {
            NpKind::Pronoun => matches!(self.word(para, np.first), "er" | "sie" | "Er" | "Sie"),
            NpKind::Name(r) => {
                let run = &para.runs[r];
                run.kind == RunKind::Person
                    || run.kind == RunKind::Unknown
                        && (registry
                            .find(&name_words(run.name.get(self.text)))
                            .is_some_and(|e| registry.entities[e].kind == EntityKind::Person)
                            // (`Meteorologen`, `Rechtsextremisten`: nouns for people.)
                            || person_plural(&run.name.get(self.text).to_lowercase()))
            }
            _ => false,
        }
    }

    /// Whether the sentence of quote `q`, outside its marks, has a verb in the
    /// subjunctive of reported speech (`sei`, `habe`, `werde`).
    pub(in crate::core::attribution) fn german_reported_mood(
        &self,
        q: &MarkedQuote,
        prev_close: Option<usize>,
        next_open: Option<usize>,
    ) -> bool {
        let para = &self.paras[q.first_paragraph];
        let lo = para.first_from(para.clause_start(q.open.start, prev_close));
        let end = q.close.map_or(q.open.end, |c| c.end);
        let hi = para.first_from(para.clause_end(end, next_open));
        let outer = q.outer();
        (lo..hi).any(|k| {
            let t = para.tokens[k];
            !outer.contains(t.span) && SUBJUNCTIVE.contains(&t.text(self.text))
        })
    }

    /// The speaker of the nearest German attribution of reported speech before
    /// quote `q` (`Künast sagte, es müsse …`, `X betonte, dass …`, `erklärte
    /// Johnson, …`, `…, sagt der Anwalt.`), outside the quotations (`quoted`,
    /// sorted): in the quote's sentence; else the subject of the cue of the
    /// sentence before it (`X sprach sich gegen Y aus. Zwar sei …`); else
    /// further back in its paragraph or the one before.
    pub(in crate::core::attribution) fn german_last_speaker(
        &self,
        q: &MarkedQuote,
        prev_close: Option<usize>,
        quoted: &[Span],
    ) -> Option<(Np, Option<Span>)> {
        let para = &self.paras[q.first_paragraph];
        let sentence = para.first_from(para.clause_start(q.open.start, None));
        let o = para.first_from(q.open.start);
        if let Some((np, cue)) = self.reporting_subject(para, sentence, o, prev_close, true, quoted)
        {
            return Some((np, Some(cue)));
        }
        if let Some(found) = self.previous_sentence_subject(q, quoted) {
            return Some(found);
        }
        let first = q.first_paragraph.saturating_sub(1);
        for pi in (first..=q.first_paragraph).rev() {
            let para = &self.paras[pi];
            let end = if pi == q.first_paragraph {
                sentence
            } else {
                para.tokens.len()
            };
            let current = pi == q.first_paragraph;
            if let Some((np, cue)) =
                self.reporting_subject(para, 0, end, prev_close, current, quoted)
            {
                return Some((np, Some(cue)));
            }
        }
        None
    }

    /// The subject of the nearest reporting cue in tokens `lo..end` of `para`
    /// (after `prev_close`, when `current`, the quote's paragraph).
    pub(in crate::core::attribution) fn reporting_subject(
        &self,
        para: &Para,
        lo: usize,
        end: usize,
        prev_close: Option<usize>,
        current: bool,
        quoted: &[Span],
    ) -> Option<(Np, Span)> {
        let t = &para.tokens;
        let reporting = (lo..end).rev().filter(|&c| {
            self.german_cue_at(para, c)
                && prev_close.is_none_or(|pc| t[c].span.start > pc || !current)
                && !any_contains(quoted, t[c].span)
        });
        for c in reporting {
            let lo = para.first_from(para.clause_start(t[c].span.start, None));
            let hi = para.first_from(para.clause_end(t[c].span.end, None));
            // `…, sagt der Anwalt.`: the verb after the reported clause, its subject after it.
            if c > lo && t[c - 1].is_punct(',') {
                let cue = self.cue_span(para, c);
                let after = para.first_from(cue.end);
                if let Some(np) = self.german_subject_after(para, after, hi) {
                    return Some((np, cue));
                }
                continue;
            }
            // The reporting clause ends in a comma or colon soon after the verb.
            let stop = (c + 1..hi.min(c + 10)).find(|&k| !t[k].is_word());
            let reports = stop.is_some_and(|k| t[k].is_punct(',') || t[k].is_punct(':'));
            if !reports {
                continue;
            }
            if let Some(np) = self.german_subject(para, c, lo, hi) {
                return Some((np, self.cue_span(para, c)));
            }
        }
        None
    }

    /// The subject of the cue (or `so X`) of the sentence right before quote
    /// `q`'s, if that sentence holds no quotation longer than a title.
    pub(in crate::core::attribution) fn previous_sentence_subject(
        &self,
        q: &MarkedQuote,
        quoted: &[Span],
    ) -> Option<(Np, Option<Span>)> {
        let para = &self.paras[q.first_paragraph];
        let start = para.clause_start(q.open.start, None);
        let (para, end) = if start > para.span.start {
            (para, start)
        } else {
            let p = &self.paras[q.first_paragraph.checked_sub(1)?];
            (p, p.span.end)
        };
        let t = &para.tokens;
        let hi = para.first_from(end);
        let lo = para.first_from(para.clause_start(end.saturating_sub(1), None));
        if lo >= hi
            // (A title in marks there is no quotation: `„The Independent“`.)
            || (lo..hi)
                .filter(|&k| t[k].is_word() && any_contains(quoted, t[k].span))
                .count()
                > 4
        {
            return None;
        }
        match (lo..hi).find(|&c| self.german_cue_at(para, c)) {
            Some(c) => self
                .german_subject(para, c, lo, hi)
                .map(|np| (np, Some(self.cue_span(para, c)))),
            // `Doch sei es, so der Autor X, …`
            None => self
                .german_according(para, lo, hi)
                .and_then(|f| f.np.map(|np| (np, f.cue))),
        }
    }
}
