//! The analysis core: pure Rust, no browser types. Text in, [`Analysis`] out.
//!
//! Data flow: [`page::Page`] (text, blocks, elements, links) →
//! [`body::article_blocks`] (which blocks are the article) → paragraphs →
//! [`quotes::find_quotes`] (spans between marks) → [`attribution::attribute`]
//! (cue, speaker, resolved name) and [`links::source_links`] → [`report::build`].
//! All spans are UTF-8 byte offsets ([`span::Span`]); [`offsets`] converts.

pub mod attribution;
pub mod body;
pub mod claims;
pub mod lang;
pub mod lexicon;
pub mod links;
pub mod mentions;
pub mod offsets;
pub mod page;
pub mod phrase;
pub mod quotes;
pub mod report;
pub mod sort;
pub mod span;
pub mod text;
pub mod transcript;
pub(crate) mod vocab;

use std::fmt;

use attribution::Quote;
use links::SourceLink;
use mentions::Entity;
use page::Page;
use span::Span;

/// The most text the core analyses at once (bytes). The extension stops
/// collecting before this and tells the reader.
pub const MAX_TEXT_BYTES: usize = 32 * 1024 * 1024;

/// The most article text analysed (bytes of paragraphs, in reading order).
/// Paragraphs past it are left out and the report says `truncated`, so the
/// reader is told; the time the core takes stays bounded on any page.
pub const MAX_ANALYSED_BYTES: usize = 4 * 1024 * 1024;

/// The longest paragraph analysed in one piece (bytes). Longer runs of text
/// with no line break (a whole page in one `<div>`, a 5 MB paragraph) are cut
/// into pieces of about this size at sentence ends (or spaces), so the work
/// per paragraph stays bounded; no text is left out.
pub const MAX_PARAGRAPH_BYTES: usize = 8 * 1024;

/// Why an analysis could not run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CoreError {
    /// The text is longer than [`MAX_TEXT_BYTES`].
    TooLarge {
        /// The text's length in bytes.
        bytes: usize,
    },
}

impl fmt::Display for CoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CoreError::TooLarge { bytes } => write!(
                f,
                "the page's text is {:.1} MB, more than the {} MB WhoSaid analyses at once",
                *bytes as f64 / 1e6,
                MAX_TEXT_BYTES / (1024 * 1024)
            ),
        }
    }
}

impl std::error::Error for CoreError {}

/// What the core found on a page.
#[derive(Clone, Debug, Default)]
pub struct Analysis {
    /// The article body's paragraphs, in reading order.
    pub paragraphs: Vec<Span>,
    /// The spans taken as the article body: runs of consecutive body blocks,
    /// in reading order (what the body rules chose, before the analysis
    /// budget cut any of it).
    pub body: Vec<Span>,
    /// The quotations with their attributions, in reading order.
    pub quotes: Vec<Quote>,
    /// The people and organisations named or described.
    pub entities: Vec<Entity>,
    /// The page's links: the article body's source links, and the others as navigation.
    pub links: Vec<SourceLink>,
    /// Sentences that present a claim without a named source or a link.
    pub unbacked: Vec<claims::Claim>,
    /// Whether article text was left out ([`MAX_ANALYSED_BYTES`]).
    pub truncated: bool,
    /// Whether the body the rules chose may not be the article, and why
    /// ([`body::doubt`]); never with [`Options::whole_page`].
    pub body_doubt: Option<body::Doubt>,
}

/// How to analyse: the defaults are what the extension and the command line run.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// The names of attribution rules to switch off ([`attribution::all_rules`]),
    /// to measure what each is worth.
    pub without: Vec<String>,
    /// Analyse the whole page: every block is article body (the rules that choose the
    /// body are not run), as when the reader asks for it because the body was in doubt.
    pub whole_page: bool,
}

/// A phase of [`analyze`], in the order they run ([`analyze_with_laps`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    /// The article's blocks, cut into paragraphs.
    Body,
    /// The quotation marks paired, block quotations, `<q>`, transcripts.
    Quotes,
    /// The languages, then each quotation's cue and speaker, and reported speech.
    Attribution,
    /// The source links and what each backs.
    Links,
    /// The unbacked claims.
    Claims,
}

/// Analyses a page. Never panics, whatever the page holds; spans that do not
/// fit the text are treated as empty (call [`Page::sanitize`] first to repair them).
pub fn analyze(page: &Page) -> Result<Analysis, CoreError> {
    run(page, &Options::default(), |_| {})
}

/// [`analyze`] with `options`.
pub fn analyze_with(page: &Page, options: &Options) -> Result<Analysis, CoreError> {
    run(page, options, |_| {})
}

/// [`analyze_with`], calling `lap` as each [`Phase`] ends: how the wasm times the
/// phases with its host's clock (the core has none).
pub fn analyze_with_laps(
    page: &Page,
    options: &Options,
    lap: impl FnMut(Phase),
) -> Result<Analysis, CoreError> {
    run(page, options, lap)
}

fn run(page: &Page, options: &Options, mut lap: impl FnMut(Phase)) -> Result<Analysis, CoreError> {
    if page.text.len() > MAX_TEXT_BYTES {
        return Err(CoreError::TooLarge {
            bytes: page.text.len(),
        });
    }
    let text = page.text.as_str();
    let is_body = if options.whole_page {
        vec![true; page.blocks.len()]
    } else {
        body::article_blocks(page)
    };
    let body_blocks: Vec<&page::Block> = page
        .blocks
        .iter()
        .zip(&is_body)
        .filter(|&(_, &is_body)| is_body)
        .map(|(b, _)| b)
        .filter(|b| text.get(b.span.start..b.span.end).is_some())
        .collect();
    let body_runs = body::runs(page, &is_body);
    let body: Vec<Span> = body_blocks.iter().map(|b| b.span).collect();
    // Each paragraph, and whether it is set as a quotation (`<blockquote>`).
    let (paragraphs, in_blockquote): (Vec<Span>, Vec<bool>) = body_blocks
        .iter()
        .flat_map(|b| {
            let quoted = body::in_blockquote(page, b.element);
            let mut out = Vec::new();
            let mut start = b.span.start;
            for (i, c) in b.span.get(text).char_indices() {
                if c == '\n' || c == '\r' {
                    out.push((Span::new(start, b.span.start + i), quoted));
                    start = b.span.start + i + 1;
                }
            }
            out.push((Span::new(start, b.span.end), quoted));
            out
        })
        .map(|(s, q)| (s.trimmed(text), q))
        .filter(|(s, _)| !s.is_empty())
        .flat_map(|(s, q)| pieces(text, s).map(move |p| (p, q)))
        .unzip();
    let (paragraphs, in_blockquote, truncated) = within_budget(paragraphs, in_blockquote);
    lap(Phase::Body);
    let mut marked = quotes::find_quotes(text, &paragraphs, &page.code);
    quotes::add_blockquotes(text, &paragraphs, &in_blockquote, &mut marked);
    quotes::add_inline_quotes(&paragraphs, &page.inline_quotes, &mut marked);
    let transcript = transcript::lines(text, &paragraphs);
    quotes::add_transcript(&transcript, &mut marked);
    lap(Phase::Quotes);
    let sample: String = paragraphs
        .iter()
        .take(60)
        .map(|p| p.get(text))
        .collect::<Vec<_>>()
        .join(" ");
    let lang = lang::of_page(page.lang.as_deref(), &sample);
    // Each paragraph is read in its own language: the one its element declares,
    // else the page's unless its text is clearly in another.
    let declared = declared_langs(page);
    let para_langs: Vec<lang::Lang> = paragraphs
        .iter()
        .map(|p| {
            let b = body_blocks.partition_point(|b| b.span.end <= p.start);
            let declared = body_blocks
                .get(b)
                .filter(|b| b.span.start <= p.start)
                .and_then(|b| b.element)
                .and_then(|e| declared.get(e).copied().flatten());
            lang::of_paragraph(declared, p.get(text), lang)
        })
        .collect();
    let (quotes, registry, ends) = attribution::attribute(
        text,
        &paragraphs,
        &para_langs,
        marked,
        &transcript,
        lang,
        &options.without,
    );
    lap(Phase::Attribution);
    let mut links = links::source_links(page, &body);
    links::back(&mut links, text, &paragraphs, &ends, &quotes);
    lap(Phase::Links);
    let unbacked = claims::unbacked(
        text,
        &paragraphs,
        &ends,
        &quotes,
        &links,
        &registry.entities,
        lang,
    );
    lap(Phase::Claims);
    let body_doubt = if options.whole_page {
        None
    } else {
        let quoted = quotes
            .iter()
            .any(|q| q.kind != attribution::QuoteKind::Indirect);
        body::doubt(page, &is_body, quoted)
    };
    Ok(Analysis {
        paragraphs,
        body: body_runs,
        quotes,
        entities: registry.entities,
        links,
        unbacked,
        truncated,
        body_doubt,
    })
}

/// For each element, the `lang` it is in: its own or the nearest ancestor's
/// (trimmed). One pass, parents first (`Page::parent`).
fn declared_langs(page: &Page) -> Vec<Option<&str>> {
    let mut of: Vec<Option<&str>> = Vec::with_capacity(page.elements.len());
    for (i, e) in page.elements.iter().enumerate() {
        let own = Some(e.lang.trim()).filter(|l| !l.is_empty());
        let inherited = page.parent(i).and_then(|p| of[p]);
        of.push(own.or(inherited));
    }
    of
}

/// A paragraph cut into pieces of at most about [`MAX_PARAGRAPH_BYTES`]: after
/// the last sentence end (`.` `!` `?` `…` and their full-width forms, then a
/// space) before the limit, else the last space, else a character boundary.
fn pieces(text: &str, paragraph: Span) -> impl Iterator<Item = Span> + '_ {
    let mut rest = paragraph;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        if rest.len() <= MAX_PARAGRAPH_BYTES {
            let last = rest;
            rest = Span::new(rest.end, rest.end);
            return Some(last);
        }
        let mut limit = rest.start + MAX_PARAGRAPH_BYTES;
        while !text.is_char_boundary(limit) {
            limit -= 1;
        }
        let window = &text[rest.start..limit];
        let floor = MAX_PARAGRAPH_BYTES / 2;
        let sentence = window
            .char_indices()
            .rev()
            .take_while(|&(i, _)| i >= floor)
            .find(|&(i, c)| {
                c.is_whitespace()
                    && window[..i].ends_with(['.', '!', '?', '…', '。', '！', '？', '"', '”', '»'])
            })
            .map(|(i, _)| i);
        let space = || {
            window
                .char_indices()
                .rev()
                .take_while(|&(i, _)| i >= floor)
                .find(|&(_, c)| c.is_whitespace())
                .map(|(i, _)| i)
        };
        let cut = rest.start + sentence.or_else(space).unwrap_or(window.len()).max(1);
        let mut cut = cut.min(rest.end);
        while !text.is_char_boundary(cut) {
            cut += 1;
        }
        let piece = Span::new(rest.start, cut).trimmed(text);
        rest = Span::new(cut, rest.end).trimmed(text);
        Some(piece)
    })
    .filter(|p| !p.is_empty())
}

/// The paragraphs that fit in [`MAX_ANALYSED_BYTES`], and whether any was left out.
fn within_budget(mut paragraphs: Vec<Span>, mut flags: Vec<bool>) -> (Vec<Span>, Vec<bool>, bool) {
    let mut total = 0;
    let keep = paragraphs
        .iter()
        .position(|p| {
            total += p.len();
            total > MAX_ANALYSED_BYTES
        })
        .unwrap_or(paragraphs.len());
    let truncated = keep < paragraphs.len();
    paragraphs.truncate(keep);
    flags.truncate(keep);
    (paragraphs, flags, truncated)
}

#[cfg(test)]
mod tests {
    use super::offsets::Unit;
    use super::*;

    /// A small deterministic generator (xorshift), so the test needs no dependency.
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
        fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
            items[(self.next() % items.len() as u64) as usize]
        }
    }

    const PIECES: &[&str] = &[
        "“",
        "”",
        "\"",
        "'",
        "‘",
        "’",
        "«",
        "»",
        "„",
        "「",
        "」",
        "『",
        "』",
        "‹",
        "›",
        "＂",
        " ",
        " ",
        " ",
        "\n",
        "\n\n",
        ",",
        ".",
        ":",
        "—",
        "?",
        "said",
        "says",
        "told",
        "he",
        "she",
        "they",
        "the official",
        "officials",
        "according to",
        "Gen.",
        "General",
        "Mr.",
        "John",
        "McCain",
        "von der",
        "Leyen",
        "TASS",
        "Ministry of Defence",
        "a spokesperson for",
        "the",
        "called",
        "so-called",
        "😀",
        "é",
        "中文",
        "عربي",
        "\u{AD}",
        "\u{FFFD}",
        "\u{0}",
        "\r",
        "\t",
        "(",
        ")",
        "’s",
        "A.",
        "U.S.",
        "in a statement",
        "speaking to",
    ];

    /// Random text dense in quotation marks, cues and names: the core never
    /// panics, and every reported span lies on character boundaries inside the text.
    #[test]
    fn never_panics_and_spans_stay_in_bounds() {
        let mut rng = Rng(0x5eed_cafe_f00d_1234);
        for _ in 0..3000 {
            let n = (rng.next() % 80) as usize;
            let text: String = (0..n).map(|_| rng.pick(PIECES)).collect();
            let page = Page::from_text(text);
            let analysis = analyze(&page).expect("small input");
            let ok = |s: Span| s.start <= s.end && page.text.get(s.start..s.end).is_some();
            for q in &analysis.quotes {
                assert!(q.parts.iter().all(|&p| ok(p)), "{:?}", page.text);
                assert!(q.speaker.is_none_or(|s| ok(s.mention)));
                assert!(q.cue.is_none_or(ok));
            }
            let report = report::build(&page, &analysis, Unit::Utf16);
            let len = page.text.encode_utf16().count();
            for q in &report.quotes {
                assert!(q.parts.iter().all(|p| p.start <= p.end && p.end <= len));
            }
        }
    }

    #[test]
    fn long_paragraphs_are_cut_at_sentence_ends_and_nothing_is_lost() {
        let text = "“Ça ira,” dit-elle à Zoë. Wir gehen. 😀 ".repeat(1000);
        let whole = Span::new(0, text.len()).trimmed(&text);
        let cut: Vec<Span> = pieces(&text, whole).collect();
        assert!(cut.len() > 1);
        for (i, p) in cut.iter().enumerate() {
            assert!(p.len() <= MAX_PARAGRAPH_BYTES);
            if i + 1 < cut.len() {
                assert!(
                    p.get(&text).ends_with(['.', '😀']),
                    "{:?}",
                    &p.get(&text)[p.len() - 20..]
                );
            }
        }
        let joined: String = cut
            .iter()
            .map(|p| p.get(&text))
            .collect::<Vec<_>>()
            .join(" ");
        assert_eq!(joined, whole.get(&text));
        // Without a space to cut at: a character boundary.
        let text = "é“".repeat(10_000);
        let cut: Vec<Span> = pieces(&text, Span::new(0, text.len())).collect();
        assert_eq!(cut.iter().map(|p| p.len()).sum::<usize>(), text.len());
        assert!(cut.iter().all(|p| p.get(&text).len() == p.len()));
    }

    #[test]
    fn each_phase_ends_once_in_order_and_the_laps_change_nothing() {
        let page = Page::from_text("“We will rebuild the bridge,” said Jane Doe, the mayor.");
        let mut laps = Vec::new();
        let timed = analyze_with_laps(&page, &Options::default(), |p| laps.push(p)).unwrap();
        use Phase::*;
        assert_eq!(laps, [Body, Quotes, Attribution, Links, Claims]);
        let plain = analyze(&page).unwrap();
        assert_eq!(
            report::build(&page, &timed, Unit::Utf16).quotes[0].text,
            report::build(&page, &plain, Unit::Utf16).quotes[0].text
        );
        // Too large: no phase runs.
        let mut laps = 0;
        let big = Page::from_text("a".repeat(MAX_TEXT_BYTES + 1));
        assert!(analyze_with_laps(&big, &Options::default(), |_| laps += 1).is_err());
        assert_eq!(laps, 0);
    }

    #[test]
    fn too_large_is_a_clear_error() {
        let page = Page::from_text("a".repeat(MAX_TEXT_BYTES + 1));
        let err = analyze(&page).unwrap_err();
        assert!(err.to_string().contains("MB"));
    }
}
