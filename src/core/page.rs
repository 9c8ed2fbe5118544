//! What the core is given: a page's text, its blocks, its elements and its links.
//!
//! The extension (and the demo) build a [`Page`] from the DOM: the text of every
//! visible block of `<body>`, in document order, blocks separated by newlines;
//! each block points at its nearest block-level element; elements form a tree
//! of the ancestors of those blocks. The core decides which blocks are the
//! article body ([`crate::core::body`]). A plain text becomes a page whose
//! blocks are its lines ([`Page::from_text`]).

use serde::{Deserialize, Serialize};

use super::offsets::OffsetMap;
use super::span::Span;

/// An element of the page on the path from `<body>` to a block or link.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Element {
    /// Lower-case tag name (`p`, `article`, `nav`…).
    pub tag: String,
    /// The `id` attribute.
    pub id: String,
    /// The `class` attribute.
    pub class: String,
    /// The `role` attribute.
    pub role: String,
    /// The `itemprop` attribute.
    pub itemprop: String,
    /// The `lang` attribute (empty when the element has none): the language of
    /// the text inside, when it differs from the page's.
    pub lang: String,
    /// The parent element's index; always smaller than this element's own.
    pub parent: Option<usize>,
}

/// A run of text between block boundaries: a paragraph, a heading, a list item.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Block {
    /// Where the block's text lies in [`Page::text`] (bytes).
    pub span: Span,
    /// Its nearest block-level element, an index into [`Page::elements`].
    pub element: Option<usize>,
}

/// A hyperlink: `<a href>` with its anchor text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Link {
    /// The anchor text's place in [`Page::text`] (bytes).
    pub span: Span,
    /// The link target as the page resolved it (absolute when the page had a base).
    pub href: String,
    /// The `rel` attribute.
    pub rel: String,
    /// The block-level element the link sits in.
    pub element: Option<usize>,
}

/// A page to analyse.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Page {
    /// The address the page was read from.
    pub url: String,
    /// The document title.
    pub title: String,
    /// The declared language (`<html lang>`), if any.
    pub lang: Option<String>,
    /// `<link rel="canonical">`, if any.
    pub canonical: Option<String>,
    /// `<meta property="og:url">`, if any.
    pub og_url: Option<String>,
    /// `<meta property="og:site_name">`, if any.
    pub site_name: Option<String>,
    /// The page's text: blocks in document order, separated by newlines.
    pub text: String,
    /// The blocks of [`Page::text`]. Empty means: every line is a block.
    pub blocks: Vec<Block>,
    /// The element tree the blocks and links point into.
    pub elements: Vec<Element>,
    /// The links of the page.
    pub links: Vec<Link>,
    /// The text of each `<q>` element (browsers draw its quotation marks; the
    /// text holds none).
    pub inline_quotes: Vec<Span>,
    /// The text of code (`<kbd>`, `<samp>`, `<var>`, `<tt>`; `<code>` and
    /// `<pre>` are not read): its quotation marks are characters of code.
    pub code: Vec<Span>,
    /// Whether the collector stopped early (the page was larger than its budget).
    pub truncated: bool,
}

impl Page {
    /// A page made of plain text: each non-empty line is a block, all of it article body.
    pub fn from_text(text: impl Into<String>) -> Page {
        let mut page = Page {
            text: text.into(),
            ..Page::default()
        };
        page.blocks = lines(&page.text);
        page
    }

    /// Element `i`'s parent, if it comes before it (as [`Page::sanitize`]
    /// leaves every parent: so a walk up always ends).
    pub fn parent(&self, i: usize) -> Option<usize> {
        self.elements[i].parent.filter(|&p| p < i)
    }

    /// Makes the page safe to analyse whatever the caller sent: spans are clamped to
    /// the text and moved onto character boundaries, element indices that point
    /// nowhere (or at a later element, which could form a cycle) are dropped, and a
    /// page without blocks gets one block per line.
    pub fn sanitize(&mut self) {
        let text = &self.text;
        let fix = |span: Span| {
            let mut start = span.start.min(text.len());
            let mut end = span.end.min(text.len()).max(start);
            while !text.is_char_boundary(start) {
                start -= 1;
            }
            while !text.is_char_boundary(end) {
                end += 1;
            }
            Span::new(start, end)
        };
        let n = self.elements.len();
        for (i, element) in self.elements.iter_mut().enumerate() {
            element.parent = element.parent.filter(|&p| p < i);
        }
        let valid = |e: Option<usize>| e.filter(|&e| e < n);
        for block in &mut self.blocks {
            block.span = fix(block.span);
            block.element = valid(block.element);
        }
        for link in &mut self.links {
            link.span = fix(link.span);
            link.element = valid(link.element);
        }
        for q in &mut self.inline_quotes {
            *q = fix(*q);
        }
        self.inline_quotes.retain(|q| !q.is_empty());
        super::sort::by_key(&mut self.inline_quotes, |q| q.start as u128);
        // Code spans sorted and disjoint (overlapping ones merged).
        for c in &mut self.code {
            *c = fix(*c);
        }
        self.code.retain(|c| !c.is_empty());
        super::sort::by_key(&mut self.code, |c| c.start as u128);
        let mut merged: Vec<Span> = Vec::with_capacity(self.code.len());
        for c in self.code.drain(..) {
            match merged.last_mut() {
                Some(last) if c.start <= last.end => last.end = last.end.max(c.end),
                _ => merged.push(c),
            }
        }
        self.code = merged;
        if self.blocks.is_empty() {
            self.blocks = lines(&self.text);
        }
        // Blocks in text order, none overlapping another (a block that starts
        // inside the one before starts where that one ends).
        super::sort::by_key(&mut self.blocks, |b| {
            super::sort::pair(b.span.start, b.span.end)
        });
        let mut end = 0;
        self.blocks.retain_mut(|b| {
            b.span = Span::new(b.span.start.max(end), b.span.end);
            end = end.max(b.span.end);
            !b.span.is_empty()
        });
    }
}

/// One block per non-blank line (`\n`, `\r\n` or `\r`), trimmed.
fn lines(text: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices().chain([(text.len(), '\n')]) {
        if c == '\n' || c == '\r' {
            let span = Span::new(start, i).trimmed(text);
            if !span.is_empty() {
                blocks.push(Block {
                    span,
                    element: None,
                });
            }
            start = i + 1;
        }
    }
    blocks
}

/// A page as the extension's collector (`extension/src/lib/collect.js`) sends
/// it, in JSON with camelCase keys: every `start`/`end` is in **UTF-16 code
/// units** into `text` (what `String.prototype.slice` counts). Read by the
/// wasm binding and by `whosaid page`; built from HTML by `whosaid html`
/// (`src/html.rs`, the collector's twin); documented in `docs/export-format.md`.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PageInput {
    /// The page's address.
    #[serde(default)]
    pub url: String,
    /// The document title.
    #[serde(default)]
    pub title: String,
    /// `<html lang>`.
    pub lang: Option<String>,
    /// `<link rel="canonical">`, absolute.
    pub canonical: Option<String>,
    /// `<meta property="og:url">`.
    pub og_url: Option<String>,
    /// `<meta property="og:site_name">`.
    pub site_name: Option<String>,
    /// The text of the body's blocks in document order.
    pub text: String,
    /// The blocks of `text`.
    #[serde(default)]
    pub blocks: Vec<BlockInput>,
    /// The elements the blocks and links point into.
    #[serde(default)]
    pub elements: Vec<ElementInput>,
    /// The links.
    #[serde(default)]
    pub links: Vec<LinkInput>,
    /// The text of each `<q>` element.
    #[serde(default)]
    pub quotes: Vec<SpanInput>,
    /// The text of code: `<kbd>`, `<samp>`, `<var>`, `<tt>`.
    #[serde(default)]
    pub code: Vec<SpanInput>,
    /// Whether the collector stopped before the end of the page.
    #[serde(default)]
    pub truncated: bool,
}

/// A stretch of a [`PageInput`]'s text: UTF-16 code units.
#[derive(Clone, Copy, Debug, Default, Deserialize, Serialize)]
pub struct SpanInput {
    /// First unit.
    pub start: usize,
    /// One past the last unit.
    pub end: usize,
}

/// A block of a [`PageInput`]: UTF-16 code units into its text.
#[derive(Clone, Copy, Debug, Default, Deserialize, Serialize)]
pub struct BlockInput {
    /// First unit.
    pub start: usize,
    /// One past the last unit.
    pub end: usize,
    /// Index of its block-level element.
    pub element: Option<usize>,
}

/// An element of a [`PageInput`].
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
pub struct ElementInput {
    /// Tag name.
    pub tag: String,
    /// `id`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub id: String,
    /// `class`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub class: String,
    /// `role`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub role: String,
    /// `itemprop`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub itemprop: String,
    /// `lang`, when the element has one (absent otherwise; older collectors omit it).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub lang: String,
    /// Index of the parent element.
    pub parent: Option<usize>,
}

/// A link of a [`PageInput`]: its anchor text in UTF-16 code units.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
pub struct LinkInput {
    /// First unit of the anchor text.
    pub start: usize,
    /// One past its last unit.
    pub end: usize,
    /// The absolute URL.
    pub href: String,
    /// `rel`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub rel: String,
    /// Index of the block-level element it sits in.
    pub element: Option<usize>,
}

impl PageInput {
    /// Reads a page object from JSON as JavaScript's `JSON.stringify` writes it.
    /// A JavaScript string may hold lone surrogates, which `JSON.stringify`
    /// writes as `\ud800`-style escapes that a Rust string cannot hold: each
    /// becomes U+FFFD, one UTF-16 unit for one, as when wasm-bindgen passes the
    /// string, so the object's offsets still hold.
    ///
    /// # Errors
    /// When the JSON is not a page object.
    pub fn from_json(json: &str) -> serde_json::Result<PageInput> {
        serde_json::from_str(&without_lone_surrogates(json))
    }

    /// The page, with offsets converted to bytes and every span repaired ([`Page::sanitize`]).
    pub fn into_page(self) -> Page {
        let map = OffsetMap::new(&self.text);
        let span = |start: usize, end: usize| {
            Span::new(map.byte_from_utf16(start), map.byte_from_utf16(end))
        };
        let blocks = self
            .blocks
            .iter()
            .map(|b| Block {
                span: span(b.start, b.end),
                element: b.element,
            })
            .collect();
        let links = self
            .links
            .into_iter()
            .map(|l| Link {
                span: span(l.start, l.end),
                href: l.href,
                rel: l.rel,
                element: l.element,
            })
            .collect();
        let elements = self
            .elements
            .into_iter()
            .map(|e| Element {
                tag: e.tag.to_ascii_lowercase(),
                id: e.id,
                class: e.class,
                role: e.role,
                itemprop: e.itemprop,
                lang: e.lang,
                parent: e.parent,
            })
            .collect();
        let inline_quotes = self.quotes.iter().map(|q| span(q.start, q.end)).collect();
        let code = self.code.iter().map(|c| span(c.start, c.end)).collect();
        let mut page = Page {
            url: self.url,
            title: self.title,
            lang: self.lang,
            canonical: self.canonical,
            og_url: self.og_url,
            site_name: self.site_name,
            text: self.text,
            blocks,
            elements,
            links,
            inline_quotes,
            code,
            truncated: self.truncated,
        };
        page.sanitize();
        page
    }
}

/// `json` with every `\uXXXX` escape of a lone surrogate replaced by `\ufffd`
/// (borrowed unchanged when there is none).
fn without_lone_surrogates(json: &str) -> std::borrow::Cow<'_, str> {
    let bytes = json.as_bytes();
    // The surrogate escaped at byte `i` (a `\` that starts `\uD800`…), if any.
    let surrogate = |i: usize| -> Option<u16> {
        let hex = json.get(i + 2..i + 6)?;
        let u = u16::from_str_radix(hex, 16).ok()?;
        (bytes.get(i + 1) == Some(&b'u') && (0xD800..0xE000).contains(&u)).then_some(u)
    };
    let mut out: Option<String> = None;
    let mut copied = 0;
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'\\' {
            i += 1;
            continue;
        }
        let Some(u) = surrogate(i) else {
            i += 2; // an escape of another kind: skip the escaped character
            continue;
        };
        let paired = (0xD800..0xDC00).contains(&u)
            && bytes.get(i + 6) == Some(&b'\\')
            && surrogate(i + 6).is_some_and(|low| (0xDC00..0xE000).contains(&low));
        if paired {
            i += 12;
            continue;
        }
        let o = out.get_or_insert_with(|| String::with_capacity(json.len()));
        o.push_str(&json[copied..i]);
        o.push_str("\\ufffd");
        i += 6;
        copied = i;
    }
    match out {
        Some(mut o) => {
            o.push_str(&json[copied..]);
            std::borrow::Cow::Owned(o)
        }
        None => std::borrow::Cow::Borrowed(json),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_lines_become_blocks() {
        let page = Page::from_text("One.\n\n  Two “x”.\r\nThree");
        let texts: Vec<&str> = page.blocks.iter().map(|b| b.span.get(&page.text)).collect();
        assert_eq!(texts, ["One.", "Two “x”.", "Three"]);
    }

    #[test]
    fn json_with_lone_surrogates_reads_with_one_unit_each() {
        // As JSON.stringify writes "\ud800x😀\\ud800\udc00": a lone high surrogate, a pair
        // escaped as such, an escaped backslash before text that only looks like an escape.
        let json = r#"{"text":"\ud800x\ud83d\ude00\\ud800\udc00 \"q\"","blocks":[{"start":1,"end":4,"element":null}]}"#;
        let input = PageInput::from_json(json).expect("reads");
        assert_eq!(input.text, "\u{FFFD}x😀\\ud800\u{FFFD} \"q\"");
        let page = input.into_page();
        assert_eq!(page.blocks[0].span.get(&page.text), "x😀");
        assert!(PageInput::from_json("{\"text\":\"\\udc00\\ud800\"}").is_ok());
        assert!(PageInput::from_json("not json").is_err());
    }

    #[test]
    fn sanitize_clamps_spans_and_breaks_cycles() {
        let mut page = Page {
            text: "é and more".into(),
            blocks: vec![Block {
                span: Span::new(1, 500),
                element: Some(7),
            }],
            elements: vec![Element {
                parent: Some(0),
                ..Element::default()
            }],
            ..Page::default()
        };
        page.sanitize();
        assert_eq!(page.blocks[0].span, Span::new(0, page.text.len()));
        assert_eq!(page.blocks[0].element, None);
        assert_eq!(page.elements[0].parent, None);
    }

    #[test]
    fn sanitize_makes_overlapping_blocks_follow_each_other() {
        let block = |start, end| Block {
            span: Span::new(start, end),
            element: None,
        };
        let mut page = Page {
            text: "“One,” she said. Two.".into(),
            blocks: vec![block(0, 2), block(0, 26), block(10, 12), block(26, 26)],
            ..Page::default()
        };
        page.sanitize();
        let spans: Vec<Span> = page.blocks.iter().map(|b| b.span).collect();
        assert_eq!(spans, [Span::new(0, 3), Span::new(3, page.text.len())]);
        // (Found by fuzzing: a quote paired across two overlapping blocks panicked.)
        assert!(super::super::analyze(&page).is_ok());
    }
}
