//! Where Dutch words were given: to whom (`zei hij tegen de krant`, `vertelt
//! Jansen aan NRC`), in what (`in een verklaring`, `in een interview met de
//! Volkskrant`), on what (`schreef ze op X`).

use crate::core::attribution::{Ctx, Para};
use crate::core::quotes::MarkedQuote;
use crate::core::span::Span;

use super::lexicon::{DEFINITE, MEDIUM_NOUNS, PLATFORMS, finite_verb};

/// Verbs whose hearer `aan` introduces (`vertelt aan de krant`); `tegen` does
/// after any cue.
const AAN_VERBS: &[&str] = &["vertellen", "melden", "schrijven", "laten"];

impl Ctx<'_> {
    /// The outlet or hearer's phrase from token `k` (before `hi`): a name,
    /// perhaps after its article (`de Volkskrant`, `NRC`), or an article and a
    /// noun (`de krant`).
    fn nl_outlet(&self, para: &Para, k: usize, hi: usize) -> Option<Span> {
        let t = &para.tokens;
        let det = k < hi && DEFINITE.has(t[k].text(self.text));
        let n = k + usize::from(det);
        if n >= hi || !t[n].is_word() {
            return None;
        }
        let last = match para.run_at.get(n).copied().flatten() {
            Some(r) if para.runs[r].first == n => para.runs[r].last.min(hi - 1),
            None if det && t[n].text(self.text).starts_with(char::is_lowercase) => n,
            _ => return None,
        };
        Some(Span::new(t[k].span.start, t[last].span.end))
    }

    /// Where the words of quotation `q` were given, when its sentence says.
    pub(super) fn nl_medium(
        &self,
        q: &MarkedQuote,
        prev_close: Option<usize>,
        next_open: Option<usize>,
    ) -> Option<Span> {
        let (para, lo, hi) = self.quote_sentence(q, prev_close, next_open);
        let t = &para.tokens;
        let outer = q.outer();
        // The nearest cue before token `k`, within six tokens: its verb.
        let cue_before = |k: usize| {
            (k.saturating_sub(6).max(lo)..k)
                .rev()
                .find(|&m| !outer.contains(t[m].span) && self.nl_cue_at(para, m))
        };
        for k in lo..hi {
            if outer.contains(t[k].span) {
                continue;
            }
            let w = self.nl_word(para, k);
            let next = self.nl_word(para, k + 1);
            let found = match w.as_str() {
                "tegen" => cue_before(k).and_then(|_| self.nl_outlet(para, k + 1, hi)),
                "aan" => cue_before(k)
                    .filter(|&c| {
                        let verb = finite_verb(&self.nl_word(para, c));
                        AAN_VERBS
                            .iter()
                            .any(|v| verb.is_some_and(|f| f.finite.split(' ').nth(1) == Some(v)))
                    })
                    .and_then(|_| self.nl_outlet(para, k + 1, hi)),
                // `in een interview met de Volkskrant`: the outlet; `in een verklaring`.
                "in" if k + 2 < hi
                    && next == "een"
                    && MEDIUM_NOUNS.has(&self.nl_word(para, k + 2)) =>
                {
                    let with = self.nl_word(para, k + 3) == "met";
                    with.then(|| self.nl_outlet(para, k + 4, hi))
                        .flatten()
                        .or_else(|| Some(Span::new(t[k + 1].span.start, t[k + 2].span.end)))
                }
                "in" if next == "gesprek" && self.nl_word(para, k + 2) == "met" => {
                    self.nl_outlet(para, k + 3, hi)
                }
                "op" if cue_before(k).is_some() && PLATFORMS.has(&next) => {
                    t.get(k + 1).map(|n| n.span)
                }
                _ => None,
            };
            if found.is_some() {
                return found;
            }
        }
        None
    }
}
