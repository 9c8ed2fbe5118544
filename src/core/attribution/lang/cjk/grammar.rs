//! The Chinese and Japanese grammars' place in the engine (their rules,
//! `mod.rs`, are shared: both write no spaces between words).

use crate::core::attribution::grammar::{Close, Grammar};
use crate::core::attribution::lang::en::reported::Reported;
use crate::core::attribution::rules::Rule;
use crate::core::attribution::{Ctx, Found, Np, Para, QuoteKind};
use crate::core::mentions::Registry;
use crate::core::quotes::MarkedQuote;
use crate::core::span::Span;

pub(in crate::core::attribution) struct Cjk;

impl Grammar for Cjk {
    fn rules(&self) -> &'static [&'static Rule] {
        super::rules::RULES
    }

    fn kind(&self, ctx: &Ctx, q: &MarkedQuote) -> QuoteKind {
        ctx.cjk_kind(q)
    }

    fn is_not_a_quotation(&self, ctx: &Ctx, q: &MarkedQuote) -> bool {
        ctx.cjk_not_a_quotation(q)
    }

    /// No spaces: a sentence in marks is enough, however few its "words".
    fn marks_suffice(&self, ctx: &Ctx, q: &MarkedQuote) -> bool {
        !ctx.cjk_not_a_quotation(q)
    }

    fn introduced_by(&self, ctx: &Ctx, para: &Para, o: usize, lo: usize) -> Option<Found> {
        ctx.cjk_introduced_by(para, o, lo)
    }

    fn after(&self, ctx: &Ctx, q: &MarkedQuote, close: Close) -> Option<Found> {
        ctx.cjk_after(q, close.para, close.mark, close.hi)
    }

    /// Reported speech: `市长表示，…`, `据X报道，…`, `Xは…と述べた`.
    fn reported(&self, ctx: &Ctx, para: &Para, _quoted: &[Span], direct: &[Span]) -> Vec<Reported> {
        ctx.cjk_reported(para, direct)
    }

    fn resolve(&self, ctx: &Ctx, registry: &mut Registry, np: Np) -> Option<Option<usize>> {
        ctx.cjk_resolve(registry, np)
    }
}
