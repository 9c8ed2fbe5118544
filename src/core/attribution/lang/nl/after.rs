//! Dutch after the quotation. A quotation that opens its sentence is its
//! first constituent, so the finite verb comes right after it and the subject
//! after the verb (`"…", zei Jansen`; never `"…", Jansen zei`): a verb of
//! speech, a separable one whose particle closes the clause (`voegde hij eraan
//! toe`, `laat X weten`), or an auxiliary whose participle does (`heeft de
//! minister gezegd`). `aldus X` and `volgens X` name a source without a verb.
//! A quotation that ends its own sentence may be named by the next: `Dat zei
//! Jansen.`

use crate::core::attribution::grammar::Close;
use crate::core::attribution::rules::Rule;
use crate::core::attribution::{Ctx, Found, Np, Para};
use crate::core::quotes::MarkedQuote;
use crate::core::span::Span;

use super::lexicon::{AUXILIARIES, finite_verb, participle_verb};
use super::rules;

/// How an inverted attribution clause is built.
enum Inverted {
    /// A verb of speech, then its subject.
    Cue,
    /// A separable verb, its subject, its particle.
    Separable,
    /// An auxiliary, its subject, the participle.
    Participle,
}

impl Ctx<'_> {
    /// The attribution right after quotation `q`'s closing mark, in its sentence.
    pub(super) fn nl_after(&self, q: &MarkedQuote, close: Close) -> Option<Found> {
        let Close {
            para, last: c, hi, ..
        } = close;
        let t = &para.tokens;
        let (k, _) = close.first_after(self)?;
        let ends_sentence = q
            .parts
            .last()
            .and_then(|p| p.get(self.text).trim_end().chars().last())
            .is_some_and(|e| matches!(e, '.' | '!' | '?' | '…'));
        // A quotation that ends its sentence, then a capital: the next sentence,
        // which names the speaker only as `Dat zei X`.
        if ends_sentence && k == c + 1 && t[k].is_capitalized(self.text) {
            if !matches!(self.nl_word(para, k).as_str(), "dat" | "dit") {
                return None;
            }
            let (np, cue, last, _) = self.nl_inverted(para, k + 1, hi)?;
            return self.found(&rules::DAT_CUE, Some(np), Some(cue), last);
        }
        match self.nl_word(para, k).as_str() {
            // `"…", aldus de minister.`, `"…", volgens Jansen.`
            w @ ("aldus" | "volgens") => {
                let np = self.nl_phrase(para, k + 1, hi)?;
                let rule = if w == "aldus" {
                    &rules::ALDUS
                } else {
                    &rules::VOLGENS
                };
                self.found(rule, Some(np), Some(t[k].span), np.end)
            }
            // `"…", zo zegt Jansen.`: `zo` before the verb stands for the quotation.
            "zo" => self.nl_inverted_found(para, k + 1, hi),
            _ => self.nl_inverted_found(para, k, hi),
        }
    }

    /// [`Ctx::nl_inverted`] found by its rule.
    fn nl_inverted_found(&self, para: &Para, v: usize, hi: usize) -> Option<Found> {
        let (np, cue, last, how) = self.nl_inverted(para, v, hi)?;
        let rule: &'static Rule = match how {
            Inverted::Cue => &rules::CUE_AFTER,
            Inverted::Separable => &rules::SEPARABLE_AFTER,
            Inverted::Participle => &rules::PARTICIPLE_AFTER,
        };
        self.found(rule, Some(np), Some(cue), last)
    }

    /// An inverted clause from its finite verb at token `v` (before `hi`): the
    /// subject, the cue's span and the clause's last token.
    fn nl_inverted(&self, para: &Para, v: usize, hi: usize) -> Option<(Np, Span, usize, Inverted)> {
        let t = &para.tokens;
        let verb = t.get(v).filter(|w| {
            w.is_word()
                && w.text(self.text)
                    .chars()
                    .next()
                    .is_some_and(char::is_lowercase)
        })?;
        let w = self.nl_word(para, v);
        if let Some(cue) = finite_verb(&w) {
            let np = self.nl_subject_after(para, v + 1, hi)?;
            let Some(particle) = cue.particle else {
                return Some((np, verb.span, np.end, Inverted::Cue));
            };
            // The particle closes the clause (`voegde hij eraan toe`, `laat de
            // minister dinsdag weten`), perhaps before a complement.
            let j =
                (np.end + 1..hi.min(np.end + 8)).find(|&j| self.nl_word(para, j) == particle)?;
            return self.nl_particle_closes(para, v, particle).then_some((
                np,
                verb.span,
                j,
                Inverted::Separable,
            ));
        }
        if AUXILIARIES.has(&w) {
            let np = self.nl_subject_after(para, v + 1, hi)?;
            // (`zou hij hebben gezegd`, `heeft hij laten weten`.)
            let j = (np.end + 1..hi.min(np.end + 8)).find(|&j| {
                participle_verb(&self.nl_word(para, j)).is_some_and(|p| {
                    !p.participle.contains(' ') || self.nl_word(para, j - 1) == "laten"
                })
            })?;
            let first = if self.nl_word(para, j) == "weten" {
                j - 1
            } else {
                j
            };
            let cue = Span::new(t[first].span.start, t[j].span.end);
            return Some((np, cue, j, Inverted::Participle));
        }
        None
    }
}
