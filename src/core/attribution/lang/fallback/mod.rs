//! The fallback grammar, for the languages no grammar reads yet: the shared
//! clause procedure with the English cue list (which holds the commonest cues
//! of the other Latin-script languages too) and the English rules that hold
//! across languages, and none that rest on English words alone.

pub(crate) mod lexicon;

use crate::core::attribution::clause::Clauses;
use crate::core::attribution::grammar::{Close, Grammar};
use crate::core::attribution::lang::en;
use crate::core::attribution::rules::Rule;
use crate::core::attribution::{Ctx, Found, Np, Para, QuoteKind};
use crate::core::quotes::MarkedQuote;
use crate::core::text::is_cue_at;

pub(in crate::core::attribution) struct Fallback;

impl Grammar for Fallback {
    fn rules(&self) -> &'static [&'static Rule] {
        en::rules::RULES
    }

    /// Marks after words and a colon, after a cue, or before one: the signs of
    /// someone's words every convention shares.
    fn keeps_unattributed(&self, ctx: &Ctx, q: &MarkedQuote, _kind: QuoteKind) -> bool {
        ctx.after_colon(q) || ctx.after_cue(q) || ctx.cue_right_after(q)
    }

    fn introduced_by(&self, ctx: &Ctx, para: &Para, o: usize, lo: usize) -> Option<Found> {
        ctx.clause_introduced_by(self, para, o, lo)
    }

    fn after(&self, ctx: &Ctx, q: &MarkedQuote, close: Close) -> Option<Found> {
        ctx.clause_after(self, q, close)
    }
}

impl Clauses for Fallback {
    fn before_cue(&self, ctx: &Ctx, para: &Para, lo: usize, o: usize) -> Option<Found> {
        en::according_before(ctx, para, lo, o)
    }

    fn cue_at(&self, ctx: &Ctx, para: &Para, k: usize) -> bool {
        is_cue_at(ctx.text, &para.tokens, k)
    }

    fn cue_floor(&self, _ctx: &Ctx, _para: &Para, _lo: usize, _o: usize) -> Option<usize> {
        None
    }

    fn subject_before(&self, ctx: &Ctx, para: &Para, c: usize, lo: usize, o: usize) -> Option<Np> {
        en::subject_before(ctx, para, c, lo, o)
    }

    fn without_cue(&self, ctx: &Ctx, para: &Para, lo: usize, o: usize) -> Option<Found> {
        en::without_cue(ctx, para, lo, o, false)
    }
}
