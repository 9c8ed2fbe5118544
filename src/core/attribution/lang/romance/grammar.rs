//! The Romance grammars' place in the engine (French, Spanish, Portuguese,
//! Italian share their rules, `mod.rs`, each with its own words).

use crate::core::attribution::grammar::{Close, Grammar, Phrases};
use crate::core::attribution::lang::en::reported::Reported;
use crate::core::attribution::rules::Rule;
use crate::core::attribution::{Ctx, Found, Np, Para, QuoteKind};
use crate::core::lang::Lang;
use crate::core::lexicon::romance::{
    ROMANCE_FEMALE_PRONOUNS, ROMANCE_MALE_PRONOUNS, ROMANCE_ORG_REFERENCES,
};
use crate::core::lexicon::{ORG_REFERENCES, is};
use crate::core::mentions::{Gender, Registry};
use crate::core::quotes::MarkedQuote;
use crate::core::span::Span;

/// The grammar of one of the Romance languages.
pub(in crate::core::attribution) struct Romance(pub Lang);

impl Grammar for Romance {
    fn rules(&self) -> &'static [&'static Rule] {
        super::rules::RULES
    }

    fn phrases(&self) -> &dyn Phrases {
        self
    }

    /// A short fragment in title case is a name even after a cue
    /// (`a annoncé un plan « France Avenir »`).
    fn name_in_marks(&self, ctx: &Ctx, q: &MarkedQuote, kind: QuoteKind) -> bool {
        kind == QuoteKind::Mixed && ctx.romance_title_case(q)
    }

    fn checks_fragments(&self) -> bool {
        true
    }

    fn introduced_by(&self, ctx: &Ctx, para: &Para, o: usize, lo: usize) -> Option<Found> {
        ctx.romance_introduced_by(para, o, lo)
    }

    fn after(&self, ctx: &Ctx, _q: &MarkedQuote, close: Close) -> Option<Found> {
        let (k, _) = close.first_after(ctx)?;
        ctx.romance_after(close.para, k, close.hi)
    }

    /// A fragment in a paragraph about a document is the document's words; a
    /// quotation may hold its own attribution (`« A, dit-il, B »`).
    fn elsewhere(
        &self,
        ctx: &Ctx,
        q: &MarkedQuote,
        kind: QuoteKind,
        prev_close: Option<usize>,
        _next_open: Option<usize>,
        _registry: &Registry,
    ) -> Option<Found> {
        (kind == QuoteKind::Mixed)
            .then(|| ctx.romance_document_context(q, prev_close))
            .flatten()
            .or_else(|| ctx.romance_inside(q))
    }

    fn zero_subject(&self, ctx: &Ctx, np: Np) -> bool {
        ctx.zero_subject_np(np)
    }

    fn subject_agrees(&self, ctx: &Ctx, np: Np, mention: Span) -> bool {
        ctx.zero_subject_agrees(np, mention)
    }

    fn resolve(&self, ctx: &Ctx, registry: &mut Registry, np: Np) -> Option<Option<usize>> {
        ctx.romance_document(registry, np)
            .or_else(|| ctx.romance_role_antecedent(registry, np))
    }

    fn speakers_are_salient(&self) -> bool {
        true
    }

    /// A verb standing for a dropped subject (`dijo`), or `je`, `on`, refers to
    /// someone of either gender.
    fn pronoun_gender(&self, w: &str) -> Option<Gender> {
        if is(&ROMANCE_MALE_PRONOUNS, w) {
            Some(Gender::Male)
        } else if is(&ROMANCE_FEMALE_PRONOUNS, w) {
            Some(Gender::Female)
        } else {
            (!w.ends_with('s') && w != "on").then_some(Gender::Unknown)
        }
    }

    /// `la ministre`, `la députée`: the article tells.
    fn description_gender(&self, ctx: &Ctx, para: &Para, np: Np, _head: &str) -> Gender {
        match para.tokens[np.first].text(ctx.text) {
            "la" | "La" | "a" | "A" => Gender::Female,
            "le" | "Le" | "el" | "El" | "il" | "Il" | "o" | "O" => Gender::Male,
            _ => Gender::Unknown,
        }
    }

    /// `pense`, `cree`, `acha`, `ritiene` (data/belief.tsv, class `belief`).
    fn thought(&self, cue: &str) -> bool {
        use crate::core::lexicon::romance::{
            FRENCH_BELIEF, ITALIAN_BELIEF, PORTUGUESE_BELIEF, SPANISH_BELIEF,
        };
        let list = match self.0 {
            Lang::Es => &SPANISH_BELIEF,
            Lang::Pt => &PORTUGUESE_BELIEF,
            Lang::It => &ITALIAN_BELIEF,
            _ => &FRENCH_BELIEF,
        };
        cue.split(|c: char| !c.is_alphabetic()).any(|w| is(list, w))
    }

    fn reported(&self, ctx: &Ctx, para: &Para, quoted: &[Span], direct: &[Span]) -> Vec<Reported> {
        ctx.romance_reported(para, quoted, direct)
    }

    fn org_reference(&self, head: &str) -> bool {
        is(&ORG_REFERENCES, head) || is(&ROMANCE_ORG_REFERENCES, head)
    }
}
