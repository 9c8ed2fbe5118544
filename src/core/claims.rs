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

use super::attribution::Quote;
use super::lang::Lang;
use super::links::{Relation, SourceLink};
use super::mentions::{Entity, EntityKind};
use super::span::{OverlapIndex, Span};

/// A sentence flagged as an unbacked claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Claim {
    /// The sentence.
    pub sentence: Span,
    /// The words that make it a claim (`are not thought to`, `reportedly`).
    pub cue: Span,
}

/// Claim cues, matched over the text once, ASCII case-insensitively, between
/// ASCII word boundaries: hedging adverbs; agentless passives of saying and
/// thinking (`are not widely thought to`); vague sources (`widespread
/// references`, `unconfirmed reports`). Written out rather than as a regex: the
/// same matches as `(?i-u)\b(?:HEDGE|AUX\s+(?:MODIFIER\s+)*VERB\s+(?:to|that)|VAGUE\s+SOURCE)\b`
/// (a test checks it against that pattern), without a regex engine in the wasm.
/// The opening words (HEDGE, AUX, VAGUE) are in [`opening`]; these follow an auxiliary.
const MODIFIERS: &[&str] = &[
    "not",
    "widely",
    "generally",
    "commonly",
    "often",
    "also",
    "long",
    "now",
    "still",
];
/// The verbs of an agentless passive (`is … thought to`).
const PASSIVE_VERBS: &[&str] = &[
    "thought",
    "believed",
    "said",
    "reported",
    "understood",
    "alleged",
    "claimed",
    "rumored",
    "rumoured",
    "considered",
    "expected",
    "estimated",
    "feared",
    "suspected",
    "described",
];
/// What a vague quantifier makes a vague source of (`unconfirmed reports`).
const VAGUE_SOURCES: &[&str] = &[
    "references",
    "reports",
    "claims",
    "allegations",
    "rumors",
    "rumours",
    "speculation",
    "suggestions",
    "accounts",
    "sources",
];
/// Object pronouns: `described to us` names a hearer, not a hedge.
const HEARERS: &[&str] = &["me", "us", "him", "her", "them"];

/// A word character for an ASCII word boundary (`\b` without Unicode).
fn word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// Whether an ASCII word boundary is at byte `i` of `b`.
fn boundary(b: &[u8], i: usize) -> bool {
    let before = i > 0 && word_byte(b[i - 1]);
    let after = b.get(i).is_some_and(|&c| word_byte(c));
    before != after
}

/// The end of `word` if `b[at..]` starts with it (ASCII case-insensitively).
fn literal(b: &[u8], at: usize, word: &str) -> Option<usize> {
    let end = at + word.len();
    b.get(at..end)
        .filter(|s| s.eq_ignore_ascii_case(word.as_bytes()))
        .map(|_| end)
}

/// The end of the first of `words` that starts at `at` and is followed by what `then` accepts.
fn one_of(
    b: &[u8],
    at: usize,
    words: &[&str],
    then: impl Fn(usize) -> Option<usize>,
) -> Option<usize> {
    words.iter().find_map(|w| literal(b, at, w).and_then(&then))
}

/// The end of one or more ASCII spaces (`\s+`: tab, newline, vertical tab, form feed, return, space).
fn spaces(b: &[u8], at: usize) -> Option<usize> {
    let n = b[at.min(b.len())..]
        .iter()
        .take_while(|c| matches!(c, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' '))
        .count();
    (n > 0).then_some(at + n)
}

/// What the first word of a claim cue can be.
enum Opening {
    /// A hedging adverb: the cue.
    Hedge,
    /// An auxiliary that may open an agentless passive.
    Auxiliary,
    /// A vague quantifier that may open a vague source.
    Vague,
}

/// The kind of cue `word` (lower-case ASCII) may open.
fn opening(word: &[u8]) -> Option<Opening> {
    match word {
        b"allegedly" | b"reportedly" | b"purportedly" | b"supposedly" | b"reputedly"
        | b"ostensibly" => Some(Opening::Hedge),
        b"is" | b"are" | b"was" | b"were" | b"been" | b"be" => Some(Opening::Auxiliary),
        b"widespread" | b"unconfirmed" | b"unverified" | b"some" | b"many" | b"numerous"
        | b"persistent" | b"growing" | b"anonymous" | b"various" | b"several" => {
            Some(Opening::Vague)
        }
        _ => None,
    }
}

/// The end of a claim cue whose first word is `b[at..end]` (a whole ASCII word), if one is there.
fn cue_at(b: &[u8], at: usize, end: usize) -> Option<usize> {
    let mut lower = [0u8; 11];
    let word = lower.get_mut(..end - at)?;
    word.copy_from_slice(&b[at..end]);
    word.make_ascii_lowercase();
    let ends_word = |e: usize| boundary(b, e).then_some(e);
    match opening(word)? {
        Opening::Hedge => Some(end),
        Opening::Auxiliary => {
            let mut i = spaces(b, end)?;
            while let Some(next) = one_of(b, i, MODIFIERS, |e| spaces(b, e)) {
                i = next;
            }
            let i = one_of(b, i, PASSIVE_VERBS, |e| spaces(b, e))?;
            one_of(b, i, &["to", "that"], ends_word)
        }
        Opening::Vague => one_of(b, spaces(b, end)?, VAGUE_SOURCES, ends_word),
    }
}

/// Every claim cue of `text`, leftmost first, none overlapping. A cue opens
/// with a whole word, so the scan goes word by word.
fn claim_cues(text: &str) -> Vec<Span> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if !word_byte(b[i]) {
            i += 1;
            continue;
        }
        let end = i + b[i..].iter().take_while(|&&c| word_byte(c)).count();
        match cue_at(b, i, end) {
            Some(cue_end) => {
                out.push(Span::new(i, cue_end));
                i = cue_end;
            }
            None => i = end,
        }
    }
    out
}

/// Whether `rest` (the text after a cue) opens with a hearer: `… described to us`.
fn names_hearer(rest: &str) -> bool {
    let b = rest.as_bytes();
    spaces(b, 0).is_some_and(|i| one_of(b, i, HEARERS, |e| boundary(b, e).then_some(e)).is_some())
}

/// The unbacked claims of the body `paragraphs` (sorted), whose sentence ends
/// are `ends` ([`super::text::sentence_ends`], one list per paragraph).
pub fn unbacked(
    text: &str,
    paragraphs: &[Span],
    ends: &[Vec<usize>],
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
    let mut cues: Vec<Span> = claim_cues(text)
        .into_iter()
        .filter(|m| !names_hearer(&text[m.end..]))
        .chain(quotes.iter().filter(|q| unnamed(q)).filter_map(|q| q.cue))
        .collect();
    super::sort::by_key(&mut cues, |s| super::sort::pair(s.start, s.end));
    if cues.is_empty() {
        return Vec::new();
    }
    // A sentence is linked when a body link overlaps it, and named when a part
    // or the cue of a quotation with a named speaker does: looked up in an
    // index, not by a scan of every link and quotation for each cue.
    let linked_spans = OverlapIndex::new(
        links
            .iter()
            .filter(|l| l.relation != Relation::Navigation)
            .map(|l| (l.span, 0)),
    );
    let named_spans = OverlapIndex::new(
        quotes
            .iter()
            .filter(|q| !unnamed(q) && q.speaker.and_then(|sp| sp.entity).is_some())
            .flat_map(|q| q.parts.iter().chain(q.cue.iter()).map(|&p| (p, 0))),
    );
    let linked = |s: Span| linked_spans.overlapping(s).next().is_some();
    let named = |s: Span| named_spans.overlapping(s).next().is_some();
    let mut out: Vec<Claim> = Vec::new();
    for cue in cues {
        let at = paragraphs.partition_point(|p| p.end <= cue.start);
        let Some(&para) = paragraphs.get(at).filter(|p| p.contains(cue)) else {
            continue;
        };
        let ends = ends.get(at).map_or(&[][..], Vec::as_slice);
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
    /// The claim cues are the matches of the pattern they replaced (with the
    /// hearer check), on tricky strings and on every text in ../shared/eval.
    #[test]
    fn claim_cues_match_the_pattern_they_replaced() {
        let hedges = "allegedly|reportedly|purportedly|supposedly|reputedly|ostensibly";
        let passive = "(?:is|are|was|were|been|be)\\s+(?:(?:not|widely|generally|commonly|often|also|long|now|still)\\s+)*\
            (?:thought|believed|said|reported|understood|alleged|claimed|rumou?red|considered|expected|\
            estimated|feared|suspected|described)\\s+(?:to|that)";
        let vague = "(?:widespread|unconfirmed|unverified|some|many|numerous|persistent|growing|\
            anonymous|various|several)\\s+(?:references|reports|claims|allegations|rumou?rs|\
            speculation|suggestions|accounts|sources)";
        let cues =
            regex::Regex::new(&format!("(?i-u)\\b(?:{hedges}|{passive}|{vague})\\b")).unwrap();
        let hearer = regex::Regex::new("(?i-u)^\\s+(?:me|us|him|her|them)\\b").unwrap();
        let check = |text: &str| {
            let want: Vec<(usize, usize, bool)> = cues
                .find_iter(text)
                .map(|m| (m.start(), m.end(), hearer.is_match(&text[m.end()..])))
                .collect();
            let got: Vec<(usize, usize, bool)> = super::claim_cues(text)
                .iter()
                .map(|m| (m.start, m.end, super::names_hearer(&text[m.end..])))
                .collect();
            assert_eq!(got, want, "{text:.200}");
        };
        for text in [
            "It is widely thought that X. Reportedly, Y. ALLEGEDLY z. _allegedly reportedly_",
            "They were not\t widely  thought to be. Was\nsaid that. been rumoured to; be rumored that",
            "is thought tomorrow, is thought to_x, is now still long also reported that.",
            "Some reports, many rumours, several sources_ numerous accounts. somereports",
            "éreportedly ñis said to be. It was described to us. It was described to them all.",
            "was described to here, is said to\u{00a0}me, cannot island",
            "",
            "is",
            "is said to",
        ] {
            check(text);
        }
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval");
        for file in ["polnear_dev.jsonl", "german_dev.jsonl"] {
            let Ok(data) = std::fs::read_to_string(dir.join(file)) else {
                eprintln!("skipped: {file} is absent (../shared beside the clone)");
                continue;
            };
            for line in data.lines() {
                if let Ok(v) = serde_json::from_str::<serde_json::Value>(line) {
                    check(v["text"].as_str().unwrap_or(""));
                }
            }
        }
    }

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
