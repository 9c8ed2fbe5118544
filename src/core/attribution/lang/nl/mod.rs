//! Dutch attributions. Dutch is verb-second like German: the finite verb is a
//! main clause's second constituent, and whatever comes first decides where
//! the subject is.
//! - `Jansen zei: "…"`: the subject opens the sentence;
//! - `Dinsdag zei Jansen: "…"`, `"…", zei Jansen.`: something else does (a
//!   quotation that opens its sentence is its first constituent), and the
//!   subject follows the verb; never `"…", Jansen zei.`;
//! - `"…", voegde hij eraan toe.`, `"…", laat X weten.`: a separable verb's
//!   particle closes its clause;
//! - `"…", heeft de minister gezegd.`: a participle speaks through the subject
//!   of its auxiliary;
//! - `zoals Jansen zei`: a subordinate clause ends in its verb;
//! - `volgens X`, `aldus X`: a source named without a verb;
//! - `"…." Dat zei Jansen.`: the next sentence names the speaker of one that
//!   ends its own.
//!
//! Before the quotation it shares the clause procedure (`clause.rs`) with
//! Dutch cues and subjects; its words are in `lexicon.rs`, its speaker phrases
//! in `phrase.rs`. `De minister zei dat …`, reported speech with no marks, is
//! not read.

mod after;
mod before;
pub(crate) mod lexicon;
mod medium;
mod phrase;
pub(in crate::core::attribution) mod rules;

use std::borrow::Cow;

use crate::core::attribution::clause::Clauses;
use crate::core::attribution::grammar::{Close, Grammar};
use crate::core::attribution::rules::Rule;
use crate::core::attribution::{Ctx, Found, Np, Para, QuoteKind, words};
use crate::core::mentions::{Gender, NameRun, Registry};
use crate::core::quotes::MarkedQuote;
use crate::core::span::Span;
use crate::core::text::Token;

/// The Dutch grammar.
pub(in crate::core::attribution) struct Dutch;

impl Grammar for Dutch {
    fn rules(&self) -> &'static [&'static Rule] {
        rules::RULES
    }

    /// A run loses the words that open its sentence (`Volgens Jansen`) and
    /// keeps a role opening it as a title (`Burgemeester Halsema`).
    fn speaker_run<'r>(
        &self,
        text: &str,
        tokens: &[Token],
        run: &'r NameRun,
    ) -> Option<Cow<'r, NameRun>> {
        let dutch = phrase::dutch_run(text, tokens, run)?;
        Some(if dutch == *run {
            Cow::Borrowed(run)
        } else {
            Cow::Owned(dutch)
        })
    }

    /// A Dutch cue right before the marks introduces the words (`Jansen zei
    /// "…"`), unless they go on in lower case as a fragment (`noemde het
    /// "onzin"`).
    fn kind(&self, ctx: &Ctx, q: &MarkedQuote) -> QuoteKind {
        let kind = ctx.kind(q);
        let para = &ctx.paras[q.first_paragraph];
        let cue_before = para
            .token_at(q.open.start)
            .is_some_and(|o| o > 0 && ctx.nl_cue_at(para, o - 1));
        let sentence = q
            .parts
            .first()
            .and_then(|p| p.get(ctx.text).chars().find(|c| c.is_alphabetic()))
            .is_some_and(char::is_uppercase)
            || words(q, ctx.text) > 6;
        if kind == QuoteKind::Mixed && cue_before && sentence {
            QuoteKind::Direct
        } else {
            kind
        }
    }

    /// `het boek "De ontdekking van de hemel"`: a capitalised title after a
    /// noun for a work.
    fn is_title(&self, ctx: &Ctx, q: &MarkedQuote) -> bool {
        let para = &ctx.paras[q.first_paragraph];
        let capital = q
            .parts
            .first()
            .and_then(|p| p.get(ctx.text).chars().next())
            .is_some_and(char::is_uppercase);
        capital
            && para
                .token_at(q.open.start)
                .is_some_and(|o| o > 0 && lexicon::is_work(para.tokens[o - 1].text(ctx.text)))
    }

    fn introduced_by(&self, ctx: &Ctx, para: &Para, o: usize, lo: usize) -> Option<Found> {
        ctx.clause_introduced_by(self, para, o, lo)
    }

    fn after(&self, ctx: &Ctx, q: &MarkedQuote, close: Close) -> Option<Found> {
        ctx.nl_after(q, close)
    }

    /// `de „Week van het Geld”` is no one who speaks.
    fn speaker_outside_marks(&self) -> bool {
        true
    }

    fn medium(
        &self,
        ctx: &Ctx,
        q: &MarkedQuote,
        prev_close: Option<usize>,
        next_open: Option<usize>,
    ) -> Option<Span> {
        ctx.nl_medium(q, prev_close, next_open)
    }

    fn resolve(&self, ctx: &Ctx, registry: &mut Registry, np: Np) -> Option<Option<usize>> {
        ctx.nl_resolve(registry, np)
    }

    /// A named speaker is whom a later `hij` or `ze` most likely means.
    fn speakers_are_salient(&self) -> bool {
        true
    }

    /// `hij` is a man; `zij` and `ze` a woman (or they, with a plural verb:
    /// [`Ctx::nl_resolve`]).
    fn pronoun_gender(&self, w: &str) -> Option<Gender> {
        match w {
            "hij" => Some(Gender::Male),
            "zij" | "ze" => Some(Gender::Female),
            _ => None,
        }
    }

    /// `de woordvoerster` is a woman, `de woordvoerder` a man; `de minister`,
    /// `de burgemeester` either.
    fn description_gender(&self, _ctx: &Ctx, _para: &Para, _np: Np, head: &str) -> Gender {
        match lexicon::role_is_feminine(head) {
            Some(true) => Gender::Female,
            Some(false) => Gender::Male,
            None => Gender::Unknown,
        }
    }

    /// `de gemeente`, `het ministerie`.
    fn org_reference(&self, head: &str) -> bool {
        lexicon::is_org(head)
    }
}

impl Clauses for Dutch {
    fn before_cue(&self, _ctx: &Ctx, _para: &Para, _lo: usize, _o: usize) -> Option<Found> {
        None
    }

    fn cue_at(&self, ctx: &Ctx, para: &Para, k: usize) -> bool {
        ctx.nl_cue_at(para, k)
    }

    fn cue_floor(&self, ctx: &Ctx, para: &Para, lo: usize, o: usize) -> Option<usize> {
        ctx.nl_cue_floor(para, lo, o)
    }

    fn subject_before(&self, ctx: &Ctx, para: &Para, c: usize, lo: usize, o: usize) -> Option<Np> {
        ctx.nl_subject_before(para, c, lo, o)
    }

    /// `Volgens Jansen is het plan "…"`; a sentence ending in a colon.
    fn without_cue(&self, ctx: &Ctx, para: &Para, lo: usize, o: usize) -> Option<Found> {
        ctx.nl_volgens(para, lo, o).or_else(|| {
            para.tokens[o - 1]
                .is_punct(':')
                .then(|| ctx.nl_colon_clause(para, lo, o - 1))
                .flatten()
        })
    }
}
