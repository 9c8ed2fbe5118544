//! Unbacked claims: sentences that present something as said or believed
//! without saying who says it and without a link to back it. A signal for the
//! reader, off by default in the panel.
//!
//! A sentence is flagged when it has a claim cue and neither a named speaker
//! nor a source link:
//! - an agentless passive of saying or thinking (`are not thought to be`,
//!   `is widely believed`, `was reported to`);
//! - a hedging adverb (`allegedly`, `reportedly`, `purportedly`, `supposedly`);
//! - a vague source (`widespread references`, `unconfirmed reports`, `some say`);
//! - an attribution to someone unnamed (`officials said`, `critics say`).
//!
//! English only for now.

use std::sync::LazyLock;

use regex::Regex;

use super::attribution::Quote;
use super::lang::Lang;
use super::links::{Relation, SourceLink};
use super::mentions::{Entity, EntityKind};
use super::span::Span;
use super::text::{sentence_ends, tokenize};

/// A sentence flagged as an unbacked claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Claim {
    /// The sentence.
    pub sentence: Span,
    /// The words that make it a claim (`are not thought to`, `reportedly`).
    pub cue: Span,
}

/// Claim cues, in one pattern (matched once over the text): hedging adverbs;
/// agentless passives of saying and thinking (`are not widely thought to`);
/// vague sources (`widespread references`, `unconfirmed reports`).
static CLAIM_CUES: LazyLock<Regex> = LazyLock::new(|| {
    let hedges = "allegedly|reportedly|purportedly|supposedly|reputedly|ostensibly";
    let passive = "(?:is|are|was|were|been|be)\\s+(?:(?:not|widely|generally|commonly|often|also|long|now|still)\\s+)*\
        (?:thought|believed|said|reported|understood|alleged|claimed|rumou?red|considered|expected|\
        estimated|feared|suspected|described)\\s+(?:to|that)";
    let vague = "(?:widespread|unconfirmed|unverified|some|many|numerous|persistent|growing|\
        anonymous|various|several)\\s+(?:references|reports|claims|allegations|rumou?rs|\
        speculation|suggestions|accounts|sources)";
    Regex::new(&format!("(?i-u)\\b(?:{hedges}|{passive}|{vague})\\b")).expect("claim cue pattern")
});

/// Object pronouns: `described to us` names a hearer, not a hedge.
static HEARER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new("(?i-u)^\\s+(?:me|us|him|her|them)\\b").expect("hearer pattern"));

/// The unbacked claims of the body `paragraphs` (sorted). Only the few
/// paragraphs with a claim cue are split into sentences.
pub fn unbacked(
    text: &str,
    paragraphs: &[Span],
    quotes: &[Quote],
    links: &[SourceLink],
    entities: &[Entity],
    lang: Lang,
) -> Vec<Claim> {
    if lang != Lang::En {
        return Vec::new();
    }
    let unnamed = |q: &Quote| {
        q.speaker
            .and_then(|sp| sp.entity)
            .and_then(|e| entities.get(e))
            .is_some_and(|e| e.kind == EntityKind::Unnamed)
    };
    // Claim cues: hedges and agentless passives in the text, and the cues of
    // attributions to someone unnamed.
    let mut cues: Vec<Span> = CLAIM_CUES
        .find_iter(text)
        .filter(|m| !HEARER.is_match(&text[m.end()..]))
        .map(|m| Span::new(m.start(), m.end()))
        .chain(quotes.iter().filter(|q| unnamed(q)).filter_map(|q| q.cue))
        .collect();
    cues.sort();
    let overlaps = |a: Span, b: Span| a.start < b.end && b.start < a.end;
    let linked = |s: Span| {
        links
            .iter()
            .any(|l| l.relation != Relation::Navigation && overlaps(l.span, s))
    };
    let named = |s: Span| {
        quotes.iter().any(|q| {
            let inside = q.parts.iter().chain(q.cue.iter()).any(|&p| overlaps(p, s));
            inside && !unnamed(q) && q.speaker.and_then(|sp| sp.entity).is_some()
        })
    };
    let mut out: Vec<Claim> = Vec::new();
    let mut sentences: Option<(Span, Vec<usize>)> = None;
    for cue in cues {
        let at = paragraphs.partition_point(|p| p.end <= cue.start);
        let Some(&para) = paragraphs.get(at).filter(|p| p.contains(cue)) else {
            continue;
        };
        if sentences.as_ref().is_none_or(|(p, _)| *p != para) {
            let tokens = tokenize(text, para);
            sentences = Some((para, sentence_ends(text, &tokens, para)));
        }
        let ends = sentences.as_ref().map_or(&[][..], |(_, e)| e.as_slice());
        let start = ends
            .iter()
            .rev()
            .find(|&&e| e <= cue.start)
            .copied()
            .unwrap_or(para.start);
        let end = ends
            .iter()
            .find(|&&e| e >= cue.end)
            .copied()
            .unwrap_or(para.end);
        let sentence = Span::new(start, end).trimmed(text);
        if out.last().is_some_and(|c| c.sentence == sentence) || linked(sentence) || named(sentence)
        {
            continue;
        }
        out.push(Claim { sentence, cue });
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::core::analyze;
    use crate::core::page::Page;

    fn flagged(text: &str) -> Vec<String> {
        let page = Page::from_text(text);
        let a = analyze(&page).unwrap();
        a.unbacked
            .iter()
            .map(|c| c.cue.get(&page.text).to_string())
            .collect()
    }

    #[test]
    fn agentless_passives_hedges_and_vague_sources_are_unbacked() {
        assert_eq!(
            flagged(
                "Such skills are not thought to be common in the country. The plan was \
                 reportedly dropped in the spring. Widespread references in the press to a \
                 second plan have fuelled the debate. The mayor opened the bridge on Monday."
            ),
            ["are not thought to", "reportedly", "Widespread references"]
        );
    }

    #[test]
    fn unnamed_sources_are_unbacked_named_ones_are_not() {
        assert_eq!(
            flagged("Officials said the bridge would reopen before the winter of that year."),
            ["said"]
        );
        assert!(
            flagged("Mayor Jane Doe said the bridge would reopen before the winter of that year.")
                .is_empty()
        );
    }
}
