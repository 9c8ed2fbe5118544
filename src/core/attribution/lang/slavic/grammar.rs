//! The Slavic grammars' place in the engine (Russian, Polish, Czech share
//! their rules, `mod.rs`, each with its own words).

use std::borrow::Cow;

use crate::core::attribution::grammar::{Close, Grammar};
use crate::core::attribution::lang::en::reported::Reported;
use crate::core::attribution::rules::Rule;
use crate::core::attribution::{Ctx, Found, Np, Para, QuoteKind};
use crate::core::lang::Lang;
use crate::core::mentions::{NameRun, Registry};
use crate::core::quotes::MarkedQuote;
use crate::core::span::Span;
use crate::core::text::Token;

/// The grammar of one of the Slavic languages.
pub(in crate::core::attribution) struct Slavic(pub Lang);

impl Grammar for Slavic {
    fn rules(&self) -> &'static [&'static Rule] {
        super::rules::RULES
    }

    /// Names are declined: the registry matches their forms.
    fn case_forms(&self) -> bool {
        true
    }

    /// Runs lose the words before the name.
    fn speaker_run<'r>(
        &self,
        text: &str,
        tokens: &[Token],
        run: &'r NameRun,
    ) -> Option<Cow<'r, NameRun>> {
        super::trim_run(text, tokens, run, self.0).map(Cow::Owned)
    }

    fn introduced_by(&self, ctx: &Ctx, para: &Para, o: usize, lo: usize) -> Option<Found> {
        ctx.slavic_introduced_by(para, o, lo)
    }

    fn after(&self, ctx: &Ctx, _q: &MarkedQuote, close: Close) -> Option<Found> {
        let (k, _) = close.first_after(ctx)?;
        ctx.slavic_after(close.para, k, close.hi)
    }

    /// A quotation opening its sentence is the previous sentence's subject's,
    /// whatever the verb: `X to vidí jinak. "…"`.
    fn elsewhere(
        &self,
        ctx: &Ctx,
        q: &MarkedQuote,
        _kind: QuoteKind,
        prev_close: Option<usize>,
        _next_open: Option<usize>,
        _registry: &Registry,
    ) -> Option<Found> {
        ctx.stands_alone(q, prev_close)
            .then(|| ctx.slavic_previous_subject(q, prev_close))
            .flatten()
    }

    /// `считает`, `uważa`, `myslí` ([`slavic_belief`](crate::core::lexicon::slavic::slavic_belief)).
    fn thought(&self, cue: &str) -> bool {
        cue.split(|c: char| !c.is_alphabetic())
            .any(|w| crate::core::lexicon::slavic::slavic_belief(self.0, w))
    }

    /// Reported speech: `заявил, что …`, `…, powiedział X.`, `podle X …`.
    fn reported(&self, ctx: &Ctx, para: &Para, quoted: &[Span], direct: &[Span]) -> Vec<Reported> {
        ctx.slavic_reported(para, quoted, direct)
    }

    fn resolve(&self, ctx: &Ctx, registry: &mut Registry, np: Np) -> Option<Option<usize>> {
        ctx.slavic_resolve(registry, np)
    }
}
