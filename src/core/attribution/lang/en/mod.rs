//! English: its cues, the subjects before and after them, the clauses that end
//! in a colon or a comma, titles, media, and its reported speech
//! (`reported.rs`). The fallback grammar (`lang/fallback.rs`) reads other
//! languages with the parts of these rules that need no English word.

pub(crate) mod lexicon;
mod marks;
mod medium;
pub(in crate::core::attribution) mod phrases;
pub(in crate::core::attribution) mod reported;
pub(in crate::core::attribution) mod rules;
mod subject;

use crate::core::attribution::clause::Clauses;
use crate::core::attribution::grammar::{Close, Grammar, Phrases};
use crate::core::attribution::rules::Rule;
use crate::core::attribution::{Ctx, Found, Np, NpKind, Para, QuoteKind, q_opens_after_label};
use crate::core::lexicon::{SUBORDINATORS, is};
use crate::core::mentions::RunKind;
use crate::core::quotes::MarkedQuote;
use crate::core::span::Span;
use crate::core::text::{TokenKind, is_cue_at};

pub(in crate::core::attribution) struct English;

impl Grammar for English {
    fn rules(&self) -> &'static [&'static Rule] {
        rules::RULES
    }

    fn phrases(&self) -> &dyn Phrases {
        self
    }

    fn lower_case_fragment_after_cue_is_mixed(&self) -> bool {
        true
    }

    fn writer_goes_on(&self, ctx: &Ctx, q: &MarkedQuote) -> bool {
        ctx.writer_goes_on(q)
    }

    fn is_title(&self, ctx: &Ctx, q: &MarkedQuote) -> bool {
        ctx.is_title(q)
    }

    /// A direct quotation right after a verb of speech (`chanting “…”`).
    fn keeps_unattributed(&self, ctx: &Ctx, q: &MarkedQuote, kind: QuoteKind) -> bool {
        kind == QuoteKind::Direct && ctx.after_cue(q)
    }

    fn checks_fragments(&self) -> bool {
        true
    }

    fn introduced_by(&self, ctx: &Ctx, para: &Para, o: usize, lo: usize) -> Option<Found> {
        ctx.clause_introduced_by(self, para, o, lo)
    }

    fn after(&self, ctx: &Ctx, q: &MarkedQuote, close: Close) -> Option<Found> {
        ctx.clause_after(self, q, close)
    }

    fn reads_next_block(&self) -> bool {
        true
    }

    fn reads_pull_quotes(&self) -> bool {
        true
    }

    fn clause_content(
        &self,
        ctx: &Ctx,
        q: &MarkedQuote,
        cue: Span,
        next_open: Option<usize>,
    ) -> Option<Span> {
        ctx.clause_after_cue(q, cue, next_open)
    }

    fn groups_unattributed_paragraphs(&self) -> bool {
        true
    }

    fn thought(&self, cue: &str) -> bool {
        cue.split(|c: char| !c.is_alphabetic())
            .any(|w| lexicon::THOUGHT_CUES.has(w))
    }

    fn reported(
        &self,
        ctx: &Ctx,
        para: &Para,
        quoted: &[Span],
        direct: &[Span],
    ) -> Vec<reported::Reported> {
        ctx.reported(para, quoted, direct)
    }
}

impl Clauses for English {
    fn before_cue(&self, ctx: &Ctx, para: &Para, lo: usize, o: usize) -> Option<Found> {
        according_before(ctx, para, lo, o)
    }

    fn cue_at(&self, ctx: &Ctx, para: &Para, k: usize) -> bool {
        is_cue_at(ctx.text, &para.tokens, k)
    }

    /// `After Brown criticized Clinton, Hillary shot back, “…”`: a cue in a
    /// subordinate clause opening the sentence is not the quote's.
    fn cue_floor(&self, ctx: &Ctx, para: &Para, lo: usize, o: usize) -> Option<usize> {
        let t = &para.tokens;
        is(&SUBORDINATORS, t[lo].text(ctx.text))
            .then(|| (lo + 1..o.saturating_sub(2)).find(|&k| t[k].is_punct(',')))
            .flatten()
    }

    fn subject_before(&self, ctx: &Ctx, para: &Para, c: usize, lo: usize, o: usize) -> Option<Np> {
        subject_before(ctx, para, c, lo, o)
    }

    fn without_cue(&self, ctx: &Ctx, para: &Para, lo: usize, o: usize) -> Option<Found> {
        without_cue(ctx, para, lo, o, true)
    }

    fn next_sentence_must_be_attribution(&self) -> bool {
        true
    }
}

/// `according to X, “…”`
pub(in crate::core::attribution) fn according_before(
    ctx: &Ctx,
    para: &Para,
    lo: usize,
    o: usize,
) -> Option<Found> {
    let t = &para.tokens;
    // `according to X, “…”`
    if let Some(a) = (lo..o.saturating_sub(1)).find(|&k| {
        t[k].text(ctx.text).eq_ignore_ascii_case("according") && t[k + 1].text(ctx.text) == "to"
    }) {
        if let Some(np) = ctx.np_forward(para, a + 2, o) {
            if let Some(found) = ctx.found(
                &rules::ACCORDING_TO_BEFORE,
                Some(np),
                Some(Span::new(t[a].span.start, t[a + 1].span.end)),
                np.end,
            ) {
                return Some(found);
            }
        }
    }
    None
}

/// The subject of cue `c` in tokens `lo..o`: the phrase before it, or, for a
/// cue opening its clause, after it (`Said Dorothy Poynter, who grew up
/// nearby, “…”`, `…, added Trump: “…”`).
pub(in crate::core::attribution) fn subject_before(
    ctx: &Ctx,
    para: &Para,
    c: usize,
    lo: usize,
    o: usize,
) -> Option<Np> {
    let t = &para.tokens;
    let verb_first = c == lo || t[c - 1].is_punct(',');
    ctx.english_subject(para, c, lo).or_else(|| {
        verb_first
            .then(|| ctx.np_forward(para, para.first_from(ctx.cue_span(para, c).end), o))
            .flatten()
    })
}

/// The rules for a quotation after a clause with no cue: one ending in a comma
/// or a colon, `As X put it,` (with `as_clauses`), a transcript's or a
/// roundup's label, `X: “…”`.
pub(in crate::core::attribution) fn without_cue(
    ctx: &Ctx,
    para: &Para,
    lo: usize,
    o: usize,
    as_clauses: bool,
) -> Option<Found> {
    let t = &para.tokens;
    // `He sighed: “…”`, `Sanders made the following comment: “…”`: a clause
    // ending in a colon speaks through its subject, whatever its verb.
    // `Hillary shot back, “…”`: a short clause of a person and a verb, right
    // before the quote and after the sentence's other clauses.
    if t[o - 1].is_punct(',') {
        let s = (lo..o - 1)
            .rev()
            .find(|&j| t[j].is_punct(','))
            .map_or(lo, |j| j + 1);
        if o - 1 - s <= 5 {
            let verb_last = ctx
                .clause_subject(para, s, o - 1)
                .filter(|&(np, verb)| np.first == s && verb + 3 >= o);
            if let Some((np, verb)) = verb_last {
                if let Some(found) = ctx.found(
                    &rules::SHORT_CLAUSE_COMMA,
                    Some(np),
                    Some(t[verb].span),
                    np.end,
                ) {
                    return Some(found);
                }
            }
        }
    }
    // `As John Cornyn put it: “…”`, `As the band sang in 1985, “…”`.
    let as_clause = as_clauses
        && t[lo].text(ctx.text).eq_ignore_ascii_case("as")
        && matches!(t[o - 1].kind, TokenKind::Punct(',' | ':'));
    if as_clause {
        if let Some((np, verb)) = ctx.clause_subject(para, lo + 1, o - 1) {
            if let Some(found) = ctx.found(&rules::AS_CLAUSE, Some(np), Some(t[verb].span), np.end)
            {
                return Some(found);
            }
        }
    }
    if t[o - 1].is_punct(':') {
        if let Some((np, verb)) = ctx.clause_subject(para, lo, o - 1) {
            if let Some(found) =
                ctx.found(&rules::COLON_CLAUSE, Some(np), Some(t[verb].span), np.end)
            {
                return Some(found);
            }
        }
    }
    // `WALLACE: …`: a transcript's turn, after its speaker's label.
    if t[o - 1].is_punct(':') && q_opens_after_label(ctx.text, para, lo, o) {
        let words: Vec<usize> = (lo..o - 1).filter(|&k| t[k].is_word()).collect();
        if let (Some(&first), Some(&last)) = (words.first(), words.last()) {
            let np = match para.run_at.get(first).copied().flatten() {
                Some(r) if para.runs[r].first == first && para.runs[r].last == last => {
                    ctx.name_np(para, r)
                }
                _ => Np {
                    span: Span::new(t[first].span.start, t[last].span.end),
                    kind: NpKind::Unnamed,
                    para: para.index,
                    end: last,
                    first,
                    last,
                },
            };
            if let Some(found) = ctx.found(
                &rules::TRANSCRIPT_TURN,
                Some(np),
                Some(t[o - 1].span),
                np.end,
            ) {
                return Some(found);
            }
        }
    }
    // `Peggy Drexler, CNN: “…”`, `Jeremy Lott, author: “…”`: a roundup's label,
    // a person's name and what they are.
    if t[o - 1].is_punct(':') && o - 1 - lo <= 14 {
        if let Some(r) = para.run_at.get(lo).copied().flatten() {
            let run = &para.runs[r];
            let labelled = run.kind != RunKind::Org
                && t.get(run.last + 1).is_some_and(|c| c.is_punct(','))
                && (run.last + 2..o - 1).all(|k| {
                    !is_cue_at(ctx.text, t, k) && !t[k].is_punct('.') && !t[k].is_punct(':')
                });
            if labelled {
                let np = ctx.name_np(para, r);
                if let Some(found) =
                    ctx.found(&rules::ROUNDUP_LABEL, Some(np), Some(t[o - 1].span), np.end)
                {
                    return Some(found);
                }
            }
        }
    }
    // `X: “…”`. German capitalises every noun, so there the name must be all
    // there is before the colon (not `… kommt iRights zum Schluss:`).
    if t[o - 1].is_punct(':') {
        if let Some(np) = ctx.np_backward(para, o - 1, lo) {
            if matches!(np.kind, NpKind::Name(r) if para.runs[r].kind != RunKind::Org) {
                if let Some(found) =
                    ctx.found(&rules::NAME_COLON, Some(np), Some(t[o - 1].span), np.end)
                {
                    return Some(found);
                }
            }
        }
    }
    None
}
