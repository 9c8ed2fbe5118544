//! What the core is given: a page's text, its blocks, its elements and its links.
//!
//! The extension (and the demo) build a [`Page`] from the DOM: the text of every
//! visible block of `<body>`, in document order, blocks separated by newlines;
//! each block points at its nearest block-level element; elements form a tree
//! of the ancestors of those blocks. The core decides which blocks are the
//! article body ([`crate::core::body`]). A plain text becomes a page whose
//! blocks are its lines ([`Page::from_text`]).

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
        if self.blocks.is_empty() {
            self.blocks = lines(&self.text);
        }
        self.blocks.sort_by_key(|b| b.span.start);
    }

    /// The element and its ancestors, nearest first.
    pub fn ancestors(&self, element: Option<usize>) -> impl Iterator<Item = &Element> {
        let mut next = element;
        std::iter::from_fn(move || {
            let e = self.elements.get(next?)?;
            next = e.parent;
            Some(e)
        })
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
}
