//! Reads a saved HTML page into the page object the core analyses: the command
//! line's twin of the extension's collector, `extension/src/lib/collect.js`.
//!
//! **Keep the two in step.** They build the same [`PageInput`] from the same
//! document: the same text (blocks joined by `"\n\n"`, `<br>` as `"\n"`,
//! newlines and tabs inside a text node read as spaces), the same skipped,
//! code and block-level elements ([`SKIP`], [`CODE`], [`BLOCK`]: one file for
//! both, `vocab/collector-elements.json`), the same element tree (registered in the same order), links, `<q>` spans and
//! metadata. `tests/html_agreement.rs` checks both on test pages and on the
//! corpus; a change to one side goes with the same change to the other.
//!
//! What the collector sees and this cannot: the page's style sheets and
//! scripts. Here an element is hidden when the browser's own style sheet
//! hides it (`<title>`, `<rp>`, a closed `<dialog>`, the content of a closed
//! `<details>`…), when it carries `hidden` or `aria-hidden="true"`, or when its
//! inline `style` says `display: none` or `visibility: hidden`; text hidden by a
//! class in a style sheet is read, and text a script adds or removes is not seen.
//! The document is parsed by html5ever (the WHATWG algorithm, as browsers do,
//! with scripting on, so `<noscript>` holds raw text), through `scraper`'s tree,
//! nested no deeper than browsers nest it ([`MAX_DEPTH`], `html/tree.rs`) and
//! in time linear in the page's length, within a time budget if given
//! ([`read_within`]).
//! Declarative shadow roots (`<template shadowrootmode>`) are read as Chromium
//! renders them: an open one in place of the host's children, with its slots filled.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::time::Instant;

use ego_tree::{NodeId, NodeRef};
use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};
use scraper::Node;
use url::Url;

mod tree;

pub use tree::MAX_DEPTH;

use crate::core::links::{join_url, parse_url};
use crate::core::page::{BlockInput, ElementInput, LinkInput, PageInput, SpanInput};

/// The collector's tag lists, which collect.js imports too.
const ELEMENTS: &str = include_str!("../vocab/collector-elements.json");

/// Elements whose content is never read (`SKIP` in collect.js).
pub const SKIP: &[&str] = &crate::core::vocab::list!(ELEMENTS, "skip");

/// Elements whose text is code, read but marked so (`CODE` in collect.js):
/// quotation marks in it are no one's (`<code>` and `<pre>` are in [`SKIP`]).
pub const CODE: &[&str] = &crate::core::vocab::list!(ELEMENTS, "code");

/// Elements that start a new block of text (`BLOCK` in collect.js).
pub const BLOCK: &[&str] = &crate::core::vocab::list!(ELEMENTS, "block");

/// Elements the browser's own style sheet never displays (HTML § 15.3.1), where
/// collect.js's `checkVisibility()` says so.
const UNDISPLAYED: &[&str] = &[
    "area", "base", "basefont", "datalist", "head", "link", "meta", "noembed", "noframes", "param",
    "rp", "script", "style", "template", "title",
];

/// Elements that can hold a declarative shadow root (DOM § attachShadow).
const SHADOW_HOSTS: &[&str] = &[
    "article",
    "aside",
    "blockquote",
    "body",
    "div",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "main",
    "nav",
    "p",
    "section",
    "span",
];

/// Text past this many UTF-16 units is not read (`MAX_CHARS` in collect.js).
pub const MAX_CHARS: usize = 8_000_000;

/// Decodes a saved page's bytes as a browser opening the file would, with one
/// difference: bytes that are valid UTF-8 are read as UTF-8 whatever the page
/// declares (saved pages are often re-encoded and keep a stale `<meta charset>`).
/// Otherwise: a byte order mark, else the `charset` named in the first 1024
/// bytes, else windows-1252.
pub fn decode(bytes: Vec<u8>) -> String {
    if let Some((encoding, bom)) = Encoding::for_bom(&bytes) {
        return encoding
            .decode_without_bom_handling(&bytes[bom..])
            .0
            .into_owned();
    }
    let bytes = match String::from_utf8(bytes) {
        Ok(text) => return text,
        Err(e) => e.into_bytes(),
    };
    let encoding = declared_charset(&bytes[..bytes.len().min(1024)]).unwrap_or(WINDOWS_1252);
    encoding.decode_without_bom_handling(&bytes).0.into_owned()
}

/// The encoding a page's head declares (`<meta charset="…">` or the `charset=`
/// of an `http-equiv` content type); UTF-16 labels mean UTF-8 there, as in the
/// HTML standard's prescan.
fn declared_charset(head: &[u8]) -> Option<&'static Encoding> {
    let lower = head.to_ascii_lowercase();
    let at = lower.windows(8).position(|w| w == b"charset=")? + 8;
    let label: Vec<u8> = lower[at..]
        .iter()
        .skip_while(|&&b| b == b'"' || b == b'\'' || b == b' ')
        .take_while(|&&b| b.is_ascii_alphanumeric() || b"-_:.".contains(&b))
        .copied()
        .collect();
    let encoding = Encoding::for_label(&label)?;
    Some(
        if encoding.output_encoding() == UTF_8 && encoding != UTF_8 {
            UTF_8
        } else {
            encoding
        },
    )
}

/// Reads `html` into a page object. `url` is the page's address; without one,
/// its `<link rel="canonical">`, else its `og:url`, stands for it (a saved page
/// is read as if at the address it was published at), else `about:blank`.
pub fn read(html: &str, url: Option<&str>) -> PageInput {
    read_with(html, url, MAX_CHARS)
}

/// [`read`] with a text budget (`maxChars` in collect.js).
pub fn read_with(html: &str, url: Option<&str>, max_chars: usize) -> PageInput {
    // (Without a deadline the time cannot run out.)
    read_page(html, url, max_chars, None).unwrap_or_default()
}

/// [`read`], giving up when `deadline` passes.
pub fn read_within(
    html: &str,
    url: Option<&str>,
    deadline: Instant,
) -> Result<PageInput, OutOfTime> {
    read_page(html, url, MAX_CHARS, Some(deadline))
}

/// The time given to read a page ran out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OutOfTime;

impl fmt::Display for OutOfTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the time budget ran out while reading the page")
    }
}

impl std::error::Error for OutOfTime {}

/// The most elements a page of `bytes` bytes may build: the fewest bytes an
/// element takes is 3 (`<b>`), so only misnested formatting tags re-opened
/// over and over (each `<p>` re-opening every `<b>` left open before it, whose
/// count grows with the page) come near it.
fn max_elements(bytes: usize) -> usize {
    bytes / 2 + 65_536
}

fn read_page(
    html: &str,
    url: Option<&str>,
    max_chars: usize,
    deadline: Option<Instant>,
) -> Result<PageInput, OutOfTime> {
    let (doc, ending) = tree::parse(html, deadline, max_elements(html.len()));
    if ending == tree::Ending::OutOfTime {
        return Err(OutOfTime);
    }
    let root = doc.tree.root();
    let html_el = root.children().find(|n| n.value().is_element());
    // The address: given, or what the page says it is. Links resolve against
    // `<base href>` when the page has one, as `document.baseURI` does.
    let given = url.and_then(parse_url);
    let fallback = given.clone().or_else(|| {
        let about = Url::parse("about:blank").ok()?;
        let canonical = canonical_href(root).and_then(|h| join_url(&about, &h));
        canonical.or_else(|| meta(root, "og:url").and_then(|u| parse_url(&u)))
    });
    let doc_url = fallback.clone();
    let base = first_element(root, |e| e.name() == "base" && e.attr("href").is_some())
        .and_then(|e| {
            let href = element(e)?.attr("href")?;
            match &doc_url {
                Some(u) => join_url(u, href),
                None => parse_url(href),
            }
        })
        .or(doc_url.clone());
    let absolute = |href: &str| -> Option<String> {
        match &base {
            Some(b) => join_url(b, href).map(String::from),
            None => parse_url(href).map(String::from),
        }
    };

    let body = html_el.and_then(|h| {
        h.children().find(|n| {
            element(*n).is_some_and(|e| matches!(e.name(), "body" | "frameset") && is_html(e))
        })
    });
    let mut collector = Collector {
        text: String::new(),
        length: 0,
        elements: Vec::new(),
        index_of: HashMap::new(),
        blocks: Vec::new(),
        links: Vec::new(),
        quotes: Vec::new(),
        code: Vec::new(),
        block: None,
        pending: "",
        body: body.map(|b| b.id()),
        flat_parent: HashMap::new(),
    };
    let truncated = match body {
        Some(body) => collector.walk(body, html_el, &absolute, max_chars, deadline)?,
        None => false,
    } || ending == tree::Ending::TooManyElements;
    collector.close_block("");

    let lang = html_el
        .and_then(element)
        .and_then(|e| e.attr("lang"))
        .filter(|l| !l.is_empty())
        .map(String::from);
    Ok(PageInput {
        // An address given that is no URL is kept as given (it names the page).
        url: match (url, given, fallback) {
            (Some(u), None, _) => u.to_string(),
            (_, _, Some(u)) => u.into(),
            (_, _, None) => "about:blank".to_string(),
        },
        title: title(root),
        lang,
        canonical: canonical_href(root).and_then(|h| absolute(&h)),
        og_url: meta(root, "og:url"),
        site_name: meta(root, "og:site_name"),
        text: collector.text,
        blocks: collector.blocks,
        elements: collector.elements,
        links: collector.links,
        quotes: collector.quotes,
        code: collector.code,
        truncated,
    })
}

type Ref<'a> = NodeRef<'a, Node>;

fn element(node: Ref<'_>) -> Option<&scraper::node::Element> {
    node.value().as_element()
}

fn is_html(e: &scraper::node::Element) -> bool {
    &*e.name.ns == "http://www.w3.org/1999/xhtml"
}

/// The document's nodes in tree order, template contents left out (as
/// `querySelector` leaves them out).
fn tree_order(root: Ref<'_>) -> impl Iterator<Item = Ref<'_>> {
    let mut stack = vec![root];
    std::iter::from_fn(move || {
        let node = stack.pop()?;
        if node == root || !matches!(node.value(), Node::Fragment) {
            let kids: Vec<Ref<'_>> = node.children().collect();
            stack.extend(kids.into_iter().rev());
        }
        Some(node)
    })
}

fn first_element<'a>(
    root: Ref<'a>,
    pred: impl Fn(&scraper::node::Element) -> bool,
) -> Option<Ref<'a>> {
    tree_order(root).find(|n| element(*n).is_some_and(|e| is_html(e) && pred(e)))
}

/// `document.title`: the first `<title>`'s text, ASCII whitespace stripped and collapsed.
fn title(root: Ref<'_>) -> String {
    let Some(t) = first_element(root, |e| e.name() == "title") else {
        return String::new();
    };
    let text: String = t
        .children()
        .filter_map(|c| c.value().as_text().map(|t| t.to_string()))
        .collect();
    text.split([' ', '\t', '\n', '\u{c}', '\r'])
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The `href` of the first `link[rel~="canonical"][href]`.
fn canonical_href(root: Ref<'_>) -> Option<String> {
    let link = first_element(root, |e| {
        e.name() == "link"
            && e.attr("href").is_some()
            && e.attr("rel").is_some_and(|rel| {
                rel.split_ascii_whitespace()
                    .any(|t| t.eq_ignore_ascii_case("canonical"))
            })
    })?;
    element(link)?.attr("href").map(String::from)
}

/// The trimmed `content` of the first `meta[property=P], meta[name=P]` (`meta` in collect.js).
fn meta(root: Ref<'_>, property: &str) -> Option<String> {
    let m = first_element(root, |e| {
        e.name() == "meta"
            && (e.attr("property") == Some(property) || e.attr("name") == Some(property))
    })?;
    let content = js_trim(element(m)?.attr("content")?);
    (!content.is_empty()).then(|| content.to_string())
}

/// Whether `c` is whitespace to JavaScript's `String.prototype.trim`.
fn js_space(c: char) -> bool {
    matches!(
        c,
        '\t' | '\n' | '\u{b}' | '\u{c}' | '\r' | ' ' | '\u{a0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200a}'
                | '\u{2028}'
                | '\u{2029}'
                | '\u{202f}'
                | '\u{205f}'
                | '\u{3000}'
                | '\u{feff}'
    )
}

fn js_trim(s: &str) -> &str {
    s.trim_matches(js_space)
}

/// What an element's inline `style` says about `display` and `visibility` (the
/// last declaration of each wins).
#[derive(Default)]
struct InlineStyle {
    display: Option<String>,
    /// `Some(true)` visible, `Some(false)` hidden, `None` inherited.
    visible: Option<bool>,
}

fn inline_style(e: &scraper::node::Element) -> InlineStyle {
    let mut style = InlineStyle::default();
    let Some(css) = e.attr("style") else {
        return style;
    };
    for declaration in css.split(';') {
        let Some((property, value)) = declaration.split_once(':') else {
            continue;
        };
        let value = value.trim().to_ascii_lowercase();
        let value = value.trim_end_matches("!important").trim();
        match property.trim().to_ascii_lowercase().as_str() {
            "display" => style.display = Some(value.to_string()),
            "visibility" => {
                style.visible = match value {
                    "hidden" | "collapse" => Some(false),
                    "visible" | "initial" | "revert" => Some(true),
                    _ => None,
                }
            }
            _ => {}
        }
    }
    style
}

/// The `slot` name a node asks for (text: the default slot).
fn slot_name<'a>(node: Ref<'a>) -> &'a str {
    element(node).and_then(|e| e.attr("slot")).unwrap_or("")
}

/// A declarative shadow root the parser would attach to `host`: its
/// `<template shadowrootmode>` child, and whether it is open.
fn declarative_shadow(host: Ref<'_>) -> Option<(Ref<'_>, bool)> {
    let e = element(host)?;
    if !(is_html(e) && (SHADOW_HOSTS.contains(&e.name()) || e.name().contains('-'))) {
        return None;
    }
    host.children().find_map(|c| {
        let t = element(c)?;
        if t.name() != "template" || !is_html(t) {
            return None;
        }
        let mode = t.attr("shadowrootmode")?;
        if mode.eq_ignore_ascii_case("open") {
            Some((c, true))
        } else if mode.eq_ignore_ascii_case("closed") {
            Some((c, false))
        } else {
            None
        }
    })
}

struct Collector {
    text: String,
    /// `text`'s length in UTF-16 units.
    length: usize,
    elements: Vec<ElementInput>,
    index_of: HashMap<NodeId, usize>,
    blocks: Vec<BlockInput>,
    links: Vec<LinkInput>,
    quotes: Vec<SpanInput>,
    /// The text of code elements ([`CODE`]), runs next to each other joined.
    code: Vec<SpanInput>,
    /// The open block: its start and element.
    block: Option<(usize, Option<usize>)>,
    /// The separator owed before the next text.
    pending: &'static str,
    body: Option<NodeId>,
    /// The parent in the flat tree where it is not the DOM parent: a shadow
    /// root's top elements have their host, slotted elements their slot.
    flat_parent: HashMap<NodeId, NodeId>,
}

/// One step of the walk (`stack` in collect.js).
enum Step<'a> {
    Enter(Ref<'a>),
    Leave(Ref<'a>),
}

impl Collector {
    /// `register` in collect.js: the element's index, registering it and its
    /// ancestors (parents first) when new.
    fn register(&mut self, el: Option<Ref<'_>>) -> Option<usize> {
        let el = el?;
        if let Some(&i) = self.index_of.get(&el.id()) {
            return Some(i);
        }
        let mut chain = vec![el];
        let mut parent = None;
        let mut at = el;
        while Some(at.id()) != self.body {
            // The flat tree's parent (collect.js: `assignedSlot`, or a shadow root's host),
            // else `parentElement`.
            let flat = self
                .flat_parent
                .get(&at.id())
                .and_then(|&id| at.tree().get(id));
            let Some(p) = flat.or_else(|| at.parent().filter(|p| p.value().is_element())) else {
                break;
            };
            if let Some(&i) = self.index_of.get(&p.id()) {
                parent = Some(i);
                break;
            }
            chain.push(p);
            at = p;
        }
        for node in chain.into_iter().rev() {
            let e = element(node).expect("an element");
            self.elements.push(ElementInput {
                tag: e.name().to_string(),
                id: e.attr("id").unwrap_or("").to_string(),
                class: e.attr("class").unwrap_or("").to_string(),
                role: e.attr("role").unwrap_or("").to_string(),
                itemprop: e.attr("itemprop").unwrap_or("").to_string(),
                lang: e.attr("lang").unwrap_or("").to_string(),
                parent,
            });
            parent = Some(self.elements.len() - 1);
            self.index_of.insert(node.id(), self.elements.len() - 1);
        }
        parent
    }

    fn close_block(&mut self, separator: &'static str) {
        if let Some((start, element)) = self.block.take() {
            self.blocks.push(BlockInput {
                start,
                end: self.length,
                element,
            });
        }
        if self.length > 0 && separator.len() > self.pending.len() {
            self.pending = separator;
        }
    }

    /// The walk of collect.js over `body`; returns whether the budget stopped it.
    fn walk<'a>(
        &mut self,
        body: Ref<'a>,
        html_el: Option<Ref<'a>>,
        absolute: &dyn Fn(&str) -> Option<String>,
        max_chars: usize,
        deadline: Option<Instant>,
    ) -> Result<bool, OutOfTime> {
        let mut block_stack: Vec<Ref<'a>> = Vec::new();
        // Open links and `<q>` elements: the element and where its text starts.
        let mut link_stack: Vec<(NodeId, Option<usize>, Option<String>)> = Vec::new();
        let mut quote_stack: Vec<(NodeId, Option<usize>)> = Vec::new();
        // How many of each (from the bottom) have their start: the text since
        // the last one opened is theirs too, so each text node sets only the newer ones.
        let (mut links_started, mut quotes_started) = (0usize, 0usize);
        // The first `<summary>` of each closed `<details>` met.
        let mut summaries: HashMap<NodeId, Option<NodeId>> = HashMap::new();
        let mut steps = 0u32;
        // How many code elements ([`CODE`]) are open.
        let mut code_depth = 0usize;
        // Per open element: is its own text invisible? And its computed visibility.
        let mut invisible: Vec<bool> = Vec::new();
        let root_visible = html_el
            .and_then(element)
            .and_then(|e| inline_style(e).visible)
            .unwrap_or(true);
        let mut visible: Vec<bool> = vec![root_visible];
        // A page whose whole body is `visibility: hidden` waits for a script to show it.
        let visibility_matters = element(body)
            .and_then(|e| inline_style(e).visible)
            .unwrap_or(root_visible);
        // Slots of open shadow roots, with the host children assigned to them.
        let mut assigned: HashMap<NodeId, Vec<Ref<'a>>> = HashMap::new();
        // Children of closed shadow hosts that no slot takes: they have no box.
        let mut unrendered: HashSet<NodeId> = HashSet::new();
        let mut stack = vec![Step::Enter(body)];
        while let Some(step) = stack.pop() {
            steps = steps.wrapping_add(1);
            if steps % 4096 == 0 && deadline.is_some_and(|d| Instant::now() >= d) {
                return Err(OutOfTime);
            }
            let node = match step {
                Step::Leave(node) => {
                    let name = element(node).map_or("", |e| e.name());
                    invisible.pop();
                    visible.pop();
                    if name == "a" && link_stack.last().is_some_and(|l| l.0 == node.id()) {
                        let (_, start, href) = link_stack.pop().expect("an open link");
                        links_started = links_started.min(link_stack.len());
                        if let (Some(start), Some(href)) = (start, href) {
                            let rel = element(node).and_then(|e| e.attr("rel")).unwrap_or("");
                            let element = self.register(block_stack.last().copied());
                            self.links.push(LinkInput {
                                start,
                                end: self.length,
                                href,
                                rel: rel.to_string(),
                                element,
                            });
                        }
                    }
                    if name == "q" && quote_stack.last().is_some_and(|q| q.0 == node.id()) {
                        let start = quote_stack.pop().and_then(|q| q.1);
                        quotes_started = quotes_started.min(quote_stack.len());
                        if let Some(start) = start.filter(|&start| self.length > start) {
                            self.quotes.push(SpanInput {
                                start,
                                end: self.length,
                            });
                        }
                    }
                    if CODE.contains(&name) {
                        code_depth = code_depth.saturating_sub(1);
                    }
                    if BLOCK.contains(&name) {
                        block_stack.pop();
                        self.close_block("\n\n");
                    }
                    continue;
                }
                Step::Enter(node) => node,
            };
            match node.value() {
                Node::Text(t) => {
                    if invisible.last().copied().unwrap_or(false) {
                        continue;
                    }
                    let data: &str = t;
                    if self.block.is_none() && data.chars().all(js_space) {
                        continue;
                    }
                    let units = data.encode_utf16().count();
                    if self.length + units > max_chars {
                        return Ok(true);
                    }
                    if self.block.is_none() {
                        if !self.pending.is_empty() {
                            self.text.push_str(self.pending);
                            self.length += self.pending.len();
                            self.pending = "";
                        }
                        let element = self.register(block_stack.last().copied());
                        self.block = Some((self.length, element));
                    }
                    for link in &mut link_stack[links_started..] {
                        link.1.get_or_insert(self.length);
                    }
                    links_started = link_stack.len();
                    for q in &mut quote_stack[quotes_started..] {
                        q.1.get_or_insert(self.length);
                    }
                    quotes_started = quote_stack.len();
                    if code_depth > 0 {
                        match self.code.last_mut() {
                            Some(c) if c.end == self.length => c.end += units,
                            _ => self.code.push(SpanInput {
                                start: self.length,
                                end: self.length + units,
                            }),
                        }
                    }
                    self.text.extend(data.chars().map(|c| match c {
                        '\n' | '\r' | '\t' | '\u{c}' | '\u{b}' => ' ',
                        c => c,
                    }));
                    self.length += units;
                    continue;
                }
                Node::Element(_) => {}
                _ => continue,
            }
            let e = element(node).expect("an element");
            let name = e.name();
            let style = inline_style(e);
            let boxless = is_boxless(e, &style);
            if SKIP.contains(&name)
                || is_editable(e)
                || is_pruned(node, e, &style, &mut summaries)
                || (unrendered.contains(&node.id()) && !boxless)
            {
                continue;
            }
            if name == "br" {
                self.close_block("\n");
                continue;
            }
            if BLOCK.contains(&name) {
                self.close_block("\n\n");
                block_stack.push(node);
            }
            if name == "q" {
                quote_stack.push((node.id(), None));
            }
            if CODE.contains(&name) {
                code_depth += 1;
            }
            if let Some(href) = e.attr("href").filter(|_| name == "a") {
                link_stack.push((node.id(), None, absolute(href)));
            }
            let parent_visible = visible.last().copied().unwrap_or(true);
            let is_visible = style.visible.unwrap_or(parent_visible);
            visible.push(is_visible);
            // (`checkVisibility` is false for an element without a box of its
            // own, so collect.js leaves out the text right inside a
            // `display: contents` element or a slot; its elements are read.)
            invisible.push(visibility_matters && (!is_visible || boxless));
            stack.push(Step::Leave(node));
            // Open shadow roots are read as rendered: the shadow tree, with slots filled.
            let kids: Vec<Ref<'a>> = if let Some(nodes) = assigned.get(&node.id()) {
                for n in nodes {
                    self.flat_parent.insert(n.id(), node.id());
                }
                nodes.clone()
            } else if let Some((template, open)) = declarative_shadow(node) {
                let light: Vec<Ref<'a>> = node
                    .children()
                    .filter(|c| c.id() != template.id())
                    .collect();
                match template
                    .first_child()
                    .filter(|f| matches!(f.value(), Node::Fragment))
                {
                    Some(shadow) if open => {
                        assign_slots(shadow, &light, &mut assigned);
                        for c in shadow.children() {
                            self.flat_parent.insert(c.id(), node.id());
                        }
                        shadow.children().collect()
                    }
                    Some(shadow) => {
                        // A closed root is not read, but its host's children
                        // that no slot of it takes are not rendered.
                        let mut slotted = HashMap::new();
                        assign_slots(shadow, &light, &mut slotted);
                        let taken: HashSet<NodeId> =
                            slotted.values().flatten().map(|n| n.id()).collect();
                        unrendered.extend(
                            light
                                .iter()
                                .filter(|c| c.value().is_element() && !taken.contains(&c.id()))
                                .map(|c| c.id()),
                        );
                        light
                    }
                    None => light,
                }
            } else {
                node.children().collect()
            };
            stack.extend(kids.into_iter().rev().map(Step::Enter));
        }
        Ok(false)
    }
}

/// Assigns a host's children to the slots of its shadow tree `shadow` (named
/// slot assignment: the first slot whose name matches each child's `slot`).
fn assign_slots<'a>(
    shadow: Ref<'a>,
    light: &[Ref<'a>],
    assigned: &mut HashMap<NodeId, Vec<Ref<'a>>>,
) {
    // The first slot of each name, in tree order.
    let mut slots: HashMap<&'a str, NodeId> = HashMap::new();
    for n in tree_order(shadow).skip(1) {
        if let Some(e) = element(n).filter(|e| e.name() == "slot" && is_html(e)) {
            slots.entry(e.attr("name").unwrap_or("")).or_insert(n.id());
        }
    }
    for &child in light {
        if !matches!(child.value(), Node::Text(_) | Node::Element(_)) {
            continue;
        }
        if let Some(&slot) = slots.get(slot_name(child)) {
            assigned.entry(slot).or_default().push(child);
        }
    }
}

/// Whether an element has no box of its own (`display: contents`, a slot's default).
fn is_boxless(e: &scraper::node::Element, style: &InlineStyle) -> bool {
    match style.display.as_deref() {
        Some(display) => display == "contents",
        None => e.name() == "slot" && is_html(e),
    }
}

/// `isContentEditable` of an element not inside an editable one.
fn is_editable(e: &scraper::node::Element) -> bool {
    e.attr("contenteditable").is_some_and(|v| {
        v.is_empty() || v.eq_ignore_ascii_case("true") || v.eq_ignore_ascii_case("plaintext-only")
    })
}

/// `isPruned` in collect.js, as far as markup tells: `hidden`, `aria-hidden`,
/// and no box (`display: none` from the browser's style sheet or inline, the
/// content of a closed `<details>`), except `display: contents`. `summaries`
/// keeps each closed `<details>`'s summary once found.
fn is_pruned(
    node: Ref<'_>,
    e: &scraper::node::Element,
    style: &InlineStyle,
    summaries: &mut HashMap<NodeId, Option<NodeId>>,
) -> bool {
    if e.attr("hidden").is_some() || e.attr("aria-hidden") == Some("true") {
        return true;
    }
    let name = e.name();
    // (An SVG or MathML element outside `<svg>` or `<math>`, which are not
    // read, is one the browser hung outside them past its depth limit: it has
    // no box there.)
    let undisplayed = UNDISPLAYED.contains(&name)
        || (name == "dialog" && e.attr("open").is_none())
        || !is_html(e)
        || in_closed_details(node, summaries);
    match style.display.as_deref() {
        Some("contents") => false,
        Some("none") => true,
        Some(_) => in_closed_details(node, summaries),
        None => undisplayed,
    }
}

/// Whether an element child of a closed `<details>` other than its summary.
fn in_closed_details(node: Ref<'_>, summaries: &mut HashMap<NodeId, Option<NodeId>>) -> bool {
    let Some(parent) = node.parent() else {
        return false;
    };
    let Some(d) = element(parent) else {
        return false;
    };
    if d.name() != "details" || !is_html(d) || d.attr("open").is_some() {
        return false;
    }
    let summary = *summaries.entry(parent.id()).or_insert_with(|| {
        parent
            .children()
            .find(|c| element(*c).is_some_and(|e| e.name() == "summary" && is_html(e)))
            .map(|s| s.id())
    });
    summary != Some(node.id())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(html: &str) -> PageInput {
        read(html, Some("https://example.org/news/story.html"))
    }

    /// The text of each block.
    fn blocks(p: &PageInput) -> Vec<String> {
        let units: Vec<u16> = p.text.encode_utf16().collect();
        p.blocks
            .iter()
            .map(|b| String::from_utf16_lossy(&units[b.start..b.end]))
            .collect()
    }

    fn tag(p: &PageInput, element: Option<usize>) -> &str {
        &p.elements[element.expect("an element")].tag
    }

    #[test]
    fn the_tag_lists_are_tag_names_each_in_one_list() {
        // (vocab/collector-elements.json: collect.js compares them with `localName`.)
        let all: Vec<&str> = [SKIP, CODE, BLOCK].concat();
        for (i, tag) in all.iter().enumerate() {
            assert!(
                !tag.is_empty()
                    && tag
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()),
                "{tag:?}"
            );
            assert!(!all[..i].contains(tag), "{tag} is listed twice");
        }
        assert!(SKIP.contains(&"pre") && SKIP.contains(&"code"));
    }

    #[test]
    fn blocks_are_separated_by_blank_lines_and_br_by_a_newline() {
        let p = page(
            "<body><h1>Title <em>here</em></h1><p>One\nline,\ttabbed.</p><p> </p>\
             <p>A<br>B<br><br>C</p><div>Loose <span>inline</span></div>",
        );
        assert_eq!(
            p.text,
            "Title here\n\nOne line, tabbed.\n\nA\nB\nC\n\nLoose inline"
        );
        assert_eq!(
            blocks(&p),
            [
                "Title here",
                "One line, tabbed.",
                "A",
                "B",
                "C",
                "Loose inline"
            ]
        );
        assert_eq!(tag(&p, p.blocks[0].element), "h1");
        assert_eq!(tag(&p, p.blocks[5].element), "div");
        // The element tree goes up to <body>, parents first.
        let h1 = p.blocks[0].element.unwrap();
        assert_eq!(tag(&p, p.elements[h1].parent), "body");
        assert!(
            p.elements
                .iter()
                .enumerate()
                .all(|(i, e)| e.parent.is_none_or(|parent| parent < i))
        );
    }

    #[test]
    fn scripts_styles_forms_code_and_hidden_elements_are_not_read() {
        let p = page(
            "<body><p>Kept.</p><script>var a = 'script';</script><style>p{}</style>\
             <noscript>noscript</noscript><template><p>template</p></template>\
             <textarea>textarea</textarea><select><option>option</option></select>\
             <button>button</button><pre>pre</pre><p>x <code>code</code> y</p>\
             <div hidden>hidden</div><div aria-hidden=\"true\">aria</div>\
             <div style=\"display: none\">inline none</div><div contenteditable>editable</div>\
             <div style=\"visibility:hidden\">invisible <b style=\"visibility:visible\">shown</b></div>\
             <details><summary>Summary</summary><p>closed details</p></details>\
             <dialog>closed dialog</dialog><title>body title</title><p>End.</p></body>",
        );
        assert_eq!(blocks(&p), ["Kept.", "x  y", "shown", "Summary", "End."]);
    }

    #[test]
    fn links_resolve_against_base_and_keep_their_anchor_text() {
        let p = read(
            "<head><base href=\"https://example.org/a/b/\"></head><body>\
             <p>See <a href=\"../c.html\" rel=\"nofollow\"><b>the</b> report</a> and \
             <a href=\"https://[bad\">a bad one</a>, <a>no href</a>, <a href=\"x\"></a>.</p></body>",
            None,
        );
        assert_eq!(p.links.len(), 1, "{:?}", p.links);
        let l = &p.links[0];
        assert_eq!(l.href, "https://example.org/a/c.html");
        assert_eq!(l.rel, "nofollow");
        assert_eq!(&p.text[l.start..l.end], "the report");
        assert_eq!(tag(&p, l.element), "p");
        // Without an address, no canonical URL and no og:url, the page is about:blank.
        assert_eq!(p.url, "about:blank");
        // An address that is no URL names the page all the same.
        assert_eq!(read("<p>x</p>", Some("saved page 12")).url, "saved page 12");
    }

    #[test]
    fn q_elements_are_spans_of_text_without_marks() {
        let p = page("<p>She said <q>not <q>now</q></q>, then left.</p>");
        assert_eq!(p.text, "She said not now, then left.");
        let spans: Vec<&str> = p.quotes.iter().map(|q| &p.text[q.start..q.end]).collect();
        assert_eq!(spans, ["now", "not now"]);
    }

    #[test]
    fn code_elements_are_read_and_their_text_marked() {
        let p = page(
            "<p>Press <kbd>\"</kbd>, then <kbd><kbd>Ctrl</kbd>+<kbd>'</kbd></kbd> and \
             <samp>\"ok\"</samp>; <code>never \"read\"</code> <var>x</var>.</p>",
        );
        assert_eq!(p.text, "Press \", then Ctrl+' and \"ok\";  x.");
        let spans: Vec<&str> = p.code.iter().map(|c| &p.text[c.start..c.end]).collect();
        assert_eq!(spans, ["\"", "Ctrl+'", "\"ok\"", "x"]);
    }

    #[test]
    fn metadata_comes_from_the_head() {
        let p = read(
            "<html lang=\"de\"><head><title>\n  A   title\n</title>\
             <link rel=\"alternate Canonical\" href=\"https://example.de/artikel/1\">\
             <meta property=\"og:url\" content=\" https://example.de/og \">\
             <meta name=\"og:site_name\" content=\"Beispiel Zeitung\"></head><body><p>Text.</p></body></html>",
            None,
        );
        assert_eq!(p.title, "A title");
        assert_eq!(p.lang.as_deref(), Some("de"));
        assert_eq!(p.canonical.as_deref(), Some("https://example.de/artikel/1"));
        assert_eq!(p.og_url.as_deref(), Some("https://example.de/og"));
        assert_eq!(p.site_name.as_deref(), Some("Beispiel Zeitung"));
        // A saved page without an address stands at its canonical URL.
        assert_eq!(p.url, "https://example.de/artikel/1");
    }

    #[test]
    fn malformed_markup_is_repaired_as_browsers_repair_it() {
        let p = page(
            "<p>One<p>Two <b>bold <i>both</b> italic</i><table><tr><td>Cell</td></tr>Stray</table>\
             <ul><li>A<li>B</ul></div></span>End",
        );
        // The stray table text is moved before the table (foster parenting).
        assert_eq!(
            blocks(&p),
            ["One", "Two bold both italicStray", "Cell", "A", "B", "End"]
        );
    }

    #[test]
    fn the_text_budget_truncates() {
        let p = read_with("<p>aaaa</p><p>bbbb</p><p>cccc</p>", None, 12);
        assert!(p.truncated);
        assert_eq!(p.text, "aaaa\n\nbbbb");
    }

    #[test]
    fn utf16_offsets_count_astral_characters_twice() {
        let p = page("<p>😀 <a href=\"/x\">link</a></p>");
        assert_eq!((p.links[0].start, p.links[0].end), (3, 7));
        assert_eq!(p.links[0].href, "https://example.org/x");
    }

    #[test]
    fn pages_decode_from_utf8_a_bom_or_their_declared_charset() {
        assert_eq!(decode("<p>é</p>".as_bytes().to_vec()), "<p>é</p>");
        let latin1 = b"<meta charset=\"iso-8859-1\"><p>caf\xe9</p>".to_vec();
        assert!(decode(latin1).ends_with("<p>café</p>"));
        let shift_jis = b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\">\x93\xfa\x96\x7b".to_vec();
        assert!(decode(shift_jis).ends_with("日本"));
        let mut utf16 = vec![0xff, 0xfe];
        utf16.extend("<p>x</p>".encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(decode(utf16), "<p>x</p>");
        // Undeclared and not UTF-8: windows-1252.
        assert_eq!(decode(b"<p>\x93q\x94</p>".to_vec()), "<p>“q”</p>");
    }

    #[test]
    fn a_page_that_reopens_formatting_endlessly_is_cut_short_and_says_so() {
        // Each `<b>` left open is re-opened in every later paragraph: the
        // elements grow with the square of the page (3,000 of these made 4.5
        // million); past half the page's bytes in elements, reading stops.
        let bomb: String = (0..20_000).map(|i| format!("<p><b id={i}>x</p>")).collect();
        let t0 = std::time::Instant::now();
        let p = read(&bomb, None);
        assert!(p.truncated);
        assert!(
            t0.elapsed() < std::time::Duration::from_secs(20),
            "{:?}",
            t0.elapsed()
        );
        // An ordinary page of the same size is read whole.
        let plain: String = (0..20_000)
            .map(|i| format!("<p><b id={i}>x</b></p>"))
            .collect();
        assert!(!read(&plain, None).truncated);
    }

    #[test]
    fn the_time_budget_stops_the_reading() {
        let deep = "<div>".repeat(300_000);
        let r = read_within(&deep, None, Instant::now());
        assert_eq!(r.unwrap_err(), OutOfTime);
        let far = Instant::now() + std::time::Duration::from_secs(3600);
        assert!(read_within("<p>x</p>", None, far).is_ok());
    }

    #[test]
    fn never_panics_on_odd_markup() {
        for html in [
            "",
            "<",
            "<body",
            "<frameset><frame></frameset>",
            "<svg><p>foreign</p></svg>",
            "<template shadowrootmode=open><slot>",
            "<div><template shadowrootmode=\"closed\"><slot name=a></slot></template><b slot=a>x</b>y</div>",
            "\u{0}\u{feff}<p>\u{0}</p>",
        ] {
            let p = read(html, None);
            assert!(p.blocks.iter().all(|b| b.start <= b.end));
        }
    }
}
