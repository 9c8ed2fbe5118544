//! Dutch before the quotation: its cues, and the subject of a verb-second
//! clause. The finite verb is the second constituent of a main clause:
//! - `Jansen zei: "…"`: the subject is the first;
//! - `Dinsdag zei Jansen: "…"`, `Toen hem werd gevraagd, zei Jansen: "…"`:
//!   something else is, and the subject follows the verb;
//! - `Jansen heeft gezegd: "…"`: a participle speaks through the subject of
//!   its auxiliary;
//! - `zoals Jansen zei`: a subordinate clause ends in its verb, its subject
//!   right after the conjunction.

use crate::core::attribution::{Ctx, Found, Np, NpKind, Para, is_open_mark};
use crate::core::text::TokenKind;

use super::lexicon::{
    AUXILIARIES, FINITE_VERBS, SUBORDINATORS, finite_verb, joined_verb, participle_verb,
};
use super::rules;

/// Conjunctions that stand before a main clause's first constituent.
const CONJUNCTIONS: &[&str] = &["en", "maar", "want", "of"];

/// Particles that are as often prepositions (`merkt … op`, `op de markt`):
/// one closes its clause, or comes before its `dat`.
const PREPOSITION_PARTICLES: &[&str] = &["op", "uit", "aan"];

impl Ctx<'_> {
    /// Whether the separable verb at token `k` has its particle `particle` in
    /// its clause (`voegde hij eraan toe`, `liet Jansen dinsdag weten`).
    pub(super) fn nl_particle_closes(&self, para: &Para, k: usize, particle: &str) -> bool {
        let t = &para.tokens;
        let limit = t.len().min(k + 25);
        let end = (k + 1..limit)
            .find(|&j| {
                matches!(
                    t[j].kind,
                    TokenKind::Punct(',' | '.' | ';' | ':' | '!' | '?' | '(' | ')')
                ) || is_open_mark(t[j], self.text)
            })
            .unwrap_or(limit);
        let ambiguous = PREPOSITION_PARTICLES.contains(&particle);
        (k + 1..end).any(|j| {
            self.nl_word(para, j) == particle
                && (!ambiguous
                    || j + 1 == end
                    || matches!(self.nl_word(para, j + 1).as_str(), "dat" | "of"))
        })
    }

    /// Whether token `k` is a Dutch verb of speech: a finite form (a separable
    /// one with its particle in its clause), a participle, or a separable verb
    /// written as one word at a subordinate clause's end. Capitalised only
    /// opening its sentence; not after an article (`de vraag`, `het antwoord`).
    pub(super) fn nl_cue_at(&self, para: &Para, k: usize) -> bool {
        let t = &para.tokens;
        let Some(token) = t.get(k).filter(|t| t.is_word()) else {
            return false;
        };
        let opens = k == 0 || para.ends.contains(&t[k - 1].span.end);
        if token.is_capitalized(self.text) && !opens {
            return false;
        }
        // (`nl_word` gives nothing before the paragraph's first token.)
        let before = self.nl_word(para, k.wrapping_sub(1));
        if matches!(before.as_str(), "de" | "het" | "een") {
            return false;
        }
        let w = self.nl_word(para, k);
        if let Some(verb) = finite_verb(&w) {
            return verb
                .particle
                .is_none_or(|p| self.nl_particle_closes(para, k, p));
        }
        // (`laten weten`: the participle is two words.)
        participle_verb(&w).is_some_and(|v| !v.participle.contains(' ') || before == "laten")
            || joined_verb(&w)
    }

    /// The subject of cue `c` in tokens `lo..o` (`o`, the opening mark).
    pub(super) fn nl_subject_before(
        &self,
        para: &Para,
        c: usize,
        lo: usize,
        o: usize,
    ) -> Option<Np> {
        let t = &para.tokens;
        let w = self.nl_word(para, c);
        let finite = finite_verb(&w).is_some();
        // The clause's finite verb: the cue, or the auxiliary before its participle.
        let f = if finite {
            c
        } else {
            (lo..c)
                .rev()
                .take(12)
                .find(|&k| t[k].is_word() && AUXILIARIES.has(t[k].text(self.text)))
                .unwrap_or(c)
        };
        let mut s = lo;
        while s < f && CONJUNCTIONS.contains(&self.nl_word(para, s).as_str()) {
            s += 1;
        }
        // A subordinate clause with no comma before its verb: the verb ends it,
        // its subject right after the conjunction (`zoals Jansen zei`).
        let conjunction = (s..f)
            .rev()
            .find(|&b| SUBORDINATORS.has(t[b].text(self.text)))
            .filter(|&b| !(b + 1..f).any(|k| t[k].is_punct(',')));
        if let Some(b) = conjunction {
            if let Some(np) = self.nl_phrase(para, b + 1, f).filter(|np| np.end < f) {
                return Some(np);
            }
        }
        // (A participle with no auxiliary before it, or a verb written as one
        // word, is no main clause's verb.)
        if !finite && (f == c || joined_verb(&w)) {
            return None;
        }
        self.nl_main_clause_subject(para, s, f, o)
    }

    /// The subject of the main clause from token `s` whose finite verb is `f`:
    /// the first constituent if it is a speaker's phrase, else right after the
    /// verb; a nominative pronoun after the verb is the subject whatever comes
    /// first (`Dat plan noemde hij …`).
    pub(super) fn nl_main_clause_subject(
        &self,
        para: &Para,
        s: usize,
        f: usize,
        hi: usize,
    ) -> Option<Np> {
        let after = self.nl_subject_after(para, f + 1, hi);
        let nominative = after.filter(|np| {
            np.kind == NpKind::Pronoun
                && matches!(
                    self.nl_word(para, np.first).as_str(),
                    "hij" | "zij" | "ik" | "wij" | "we"
                )
        });
        if nominative.is_some() {
            return nominative;
        }
        let first = (s < f)
            .then(|| self.nl_phrase(para, s, f))
            .flatten()
            .filter(|np| np.end + 1 == f);
        first.or(after)
    }

    /// `Toen hem werd gevraagd, zei Jansen: "…"`: a clause opening the sentence
    /// with a subordinating conjunction ends at its comma, and a cue in it is
    /// not the quotation's (not `zoals`: `Zoals Jansen zei, …` is).
    pub(super) fn nl_cue_floor(&self, para: &Para, lo: usize, o: usize) -> Option<usize> {
        let first = self.nl_word(para, lo);
        (first != "zoals" && first != "dat" && SUBORDINATORS.has(&first))
            .then(|| (lo + 1..o).find(|&k| para.tokens[k].is_punct(',')))
            .flatten()
    }

    /// `Volgens Jansen is het plan "…"`: a source named without a verb, in
    /// tokens `lo..o`.
    pub(super) fn nl_volgens(&self, para: &Para, lo: usize, o: usize) -> Option<Found> {
        let t = &para.tokens;
        let v = (lo..o).find(|&k| self.nl_word(para, k) == "volgens")?;
        let np = self.nl_phrase(para, v + 1, o)?;
        self.found(&rules::VOLGENS, Some(np), Some(t[v].span), np.end)
    }

    /// `De burgemeester was duidelijk: "…"`: a sentence in tokens `lo..colon`
    /// that introduces a quotation speaks through its subject, whatever its
    /// verb. The verb is second: after a subordinate clause's comma, after a
    /// subject, or the first finite verb known.
    pub(super) fn nl_colon_clause(&self, para: &Para, lo: usize, colon: usize) -> Option<Found> {
        let t = &para.tokens;
        let mut s = lo;
        while s < colon && CONJUNCTIONS.contains(&self.nl_word(para, s).as_str()) {
            s += 1;
        }
        let speaker = |np: &Np| match np.kind {
            NpKind::Name(r) => para.runs[r].kind != crate::core::mentions::RunKind::Org,
            _ => true,
        };
        // `Minister De Wit: "…"`: a name, and nothing else.
        if let Some(np) = self
            .nl_phrase(para, s, colon)
            .filter(|np| np.first == s && np.end + 1 == colon)
            .filter(|np| matches!(np.kind, NpKind::Name(_)) && speaker(np))
        {
            return self.found(&rules::NAME_COLON, Some(np), Some(t[colon].span), np.end);
        }
        let comma = SUBORDINATORS
            .has(&self.nl_word(para, s))
            .then(|| (s + 1..colon).find(|&k| t[k].is_punct(',')))
            .flatten();
        let np = if let Some(m) = comma {
            self.nl_subject_after(para, m + 2, colon)
        } else if let Some(np) = self
            .nl_phrase(para, s, colon)
            .filter(|np| np.end + 1 < colon && t[np.end + 1].is_word())
        {
            // (A nominative pronoun after the verb is the subject: `Dat plan
            // noemde hij …`.)
            self.nl_main_clause_subject(para, s, np.end + 1, colon)
                .or(Some(np))
        } else {
            let f = (s + 1..colon).find(|&k| {
                let w = self.nl_word(para, k);
                FINITE_VERBS.has(&w) || finite_verb(&w).is_some()
            })?;
            self.nl_subject_after(para, f + 1, colon)
        }
        .filter(speaker)?;
        self.found(&rules::COLON_CLAUSE, Some(np), Some(t[colon].span), np.end)
    }
}
