//! The clause procedure English, German and the fallback share: the cue
//! nearest a quotation's opening mark with its subject, or the attribution
//! clause after its closing mark, each language supplying its cues, subjects
//! and the rules that come before or instead of the shared ones ([`Clauses`]).

use super::grammar::Close;
use super::{AFTER_FALLBACK, Ctx, Found, Np, NpKind, Para};
use crate::core::mentions::RunKind;
use crate::core::quotes::MarkedQuote;

/// What a language that reads cue clauses tells the shared procedure.
pub(super) trait Clauses {
    /// Rules that come before the cue's: `according to X, “…”`, a list's label.
    fn before_cue(&self, ctx: &Ctx, para: &Para, lo: usize, o: usize) -> Option<Found>;

    /// Whether token `k` is a cue.
    fn cue_at(&self, ctx: &Ctx, para: &Para, k: usize) -> bool;

    /// The last token of a clause opening the sentence whose cue is not the
    /// quotation's (a subordinate clause), if there is one.
    fn cue_floor(&self, ctx: &Ctx, para: &Para, lo: usize, o: usize) -> Option<usize>;

    /// The subject of cue `c` in tokens `lo..o`.
    fn subject_before(&self, ctx: &Ctx, para: &Para, c: usize, lo: usize, o: usize) -> Option<Np>;

    /// An attribution of cue `c` that has no subject (`hieß es`).
    fn no_subject(&self, _ctx: &Ctx, _para: &Para, _c: usize) -> Option<Found> {
        None
    }

    /// The rules after the cue's and a dash's: a clause ending in a comma or a
    /// colon, a label.
    fn without_cue(&self, ctx: &Ctx, para: &Para, lo: usize, o: usize) -> Option<Found>;

    /// Rules after the closing mark that decide before the shared ones
    /// (`Some`), or leave it to them (`None`); `k` is the first token after
    /// the mark and its comma or dash.
    fn after_first(
        &self,
        _ctx: &Ctx,
        _q: &MarkedQuote,
        _close: Close,
        _k: usize,
    ) -> Option<Option<Found>> {
        None
    }

    /// Whether a quotation that ends its sentence is attributed by the next only
    /// when that is all an attribution (`“….” Smith said.`).
    fn next_sentence_must_be_attribution(&self) -> bool {
        false
    }
}

impl Ctx<'_> {
    /// The attribution in tokens `lo..o` of `para`, which end where the quote
    /// begins, read with grammar `g`.
    pub(super) fn clause_introduced_by(
        &self,
        g: &impl Clauses,
        para: &Para,
        o: usize,
        lo: usize,
    ) -> Option<Found> {
        let t = &para.tokens;
        if let Some(found) = g.before_cue(self, para, lo, o) {
            return Some(found);
        }
        // The nearest cue before the mark that has a subject: `X said: “…”`,
        // `X called it “…”`, `He explained the headline by saying: “…”`.
        // (A cue in a clause that opens the sentence before the quote's own is
        // not the quote's: `After Brown criticized Clinton, Hillary shot back, “…”`.)
        let floor = g.cue_floor(self, para, lo, o);
        for c in (lo..o)
            .rev()
            .filter(|&k| g.cue_at(self, para, k) && floor.is_none_or(|e| k > e))
        {
            let Some(np) = g.subject_before(self, para, c, lo, o) else {
                if let Some(found) = g.no_subject(self, para, c) {
                    return Some(found);
                }
                continue;
            };
            if self.noun_use(para, c, np) {
                continue;
            }
            let gap = o - c - 1;
            let confidence = if gap <= 3 {
                0.85
            } else if gap <= 10 {
                0.7
            } else {
                0.55
            };
            return Some(Found {
                np: Some(np),
                cue: Some(self.cue_span(para, c)),
                confidence,
                last: np.end,
            });
        }
        // `Hillary Clinton - “…”` (a transcript's speaker line).
        if matches!(t[o - 1].text(self.text), "-" | "—" | "―" | "–") && o - 1 > lo {
            if let Some(np) = self.np_backward(para, o - 1, lo) {
                if matches!(np.kind, NpKind::Name(r) if para.runs[r].kind != RunKind::Org)
                    && np.first == lo
                {
                    return Some(Found {
                        np: Some(np),
                        cue: Some(t[o - 1].span),
                        confidence: 0.6,
                        last: np.end,
                    });
                }
            }
        }
        g.without_cue(self, para, lo, o)
    }

    /// The attribution right after the closing mark, in its sentence, read
    /// with grammar `g`.
    pub(super) fn clause_after(
        &self,
        g: &impl Clauses,
        q: &MarkedQuote,
        close: Close,
    ) -> Option<Found> {
        let Close {
            para, last: c, hi, ..
        } = close;
        let t = &para.tokens;
        let (k, dash) = close.first_after(self)?;
        if let Some(decided) = g.after_first(self, q, close, k) {
            return decided;
        }
        if let Some(found) = self.clause_attribution(para, k, hi, dash) {
            // A quotation that ends its sentence is attributed by the next one only
            // when that is an attribution (`“….” Smith said.`, `He asked of the
            // plan`), not a sentence of its own (`“….” She noted a rally on …`).
            let ended = g.next_sentence_must_be_attribution()
                && k == c + 1
                && t[k].is_capitalized(self.text)
                && q.parts
                    .last()
                    .is_some_and(|p| p.get(self.text).trim_end().ends_with(['.', '!', '?', '…']));
            if ended && !self.attribution_ends(para, found.last, hi) {
                return None;
            }
            return Some(found);
        }
        // A quotation that ends its sentence with a full stop leaves the next
        // sentence's attribution to that sentence.
        let full_stop = q
            .parts
            .last()
            .is_some_and(|p| p.get(self.text).trim_end().ends_with('.'));
        if full_stop {
            return None;
        }
        // `“…” to hold up on their plans, Indyk said.`: the sentence's last clause.
        // The clause must end the sentence, give or take a few words (`… in a statement.`).
        (k + 1..hi)
            .rev()
            .filter(|&j| t[j].is_punct(','))
            .find_map(|j| self.clause_attribution(para, j + 1, hi, None))
            .filter(|f| hi.saturating_sub(f.last) <= 6)
            .map(|f| Found {
                confidence: f.confidence.min(AFTER_FALLBACK - 0.01),
                ..f
            })
    }
}
