//! html5ever's parse of a page into `scraper`'s tree, with the browsers' limit
//! on nesting, a time budget and a bound on the elements built.
//!
//! **Why.** The tree builder of the HTML standard (html5ever follows it to the
//! letter) looks through the stack of open elements for most start tags (is a
//! `<p>` open in button scope? an `<li>`?), so a page of 100,000 nested `<div>`s
//! costs 100,000 × 100,000 / 2 steps: 16–25 s for 1.1 MB. Browsers nest no
//! deeper than 512 elements: Chromium's `HTMLConstructionSite::AttachLater`
//! attaches an element to the current node's parent once the stack of open
//! elements is more than 512 deep (`kMaximumHTMLParserDOMTreeDepth`), and
//! Firefox's `nodeFromStackWithBlinkCompat` does the same (the 512th open
//! element past that depth). Text is still inserted into the current node, and
//! the elements so hung one level up stay open: the text after one of them is
//! closed goes into the one opened before it. Their stacks keep growing; the
//! page's DOM does not.
//!
//! **How.** The tree is what Chromium builds (`tests/html/deep.html` is
//! compared with Chromium's by `tests/html_agreement.rs`), with html5ever's
//! stack kept short so that every page parses in time linear in its length:
//!
//! - [`Sink`] wraps `scraper`'s sink: an element appended to a parent more
//!   than [`MAX_DEPTH`] elements deep is appended to that parent's parent
//!   (Chromium's rule).
//! - [`Filter`] sits between html5ever's tokenizer and tree builder. Once any
//!   element has reached the limit, before each tag it asks the tree builder
//!   for its current node (a comment token that the sink swallows, noting where
//!   it would have gone). An element hung up is closed in html5ever (an end tag
//!   for it) but kept open here, *suspended*, as the browser keeps it open,
//!   above the element html5ever still has open past the limit: the first one
//!   (a real child of the element at the limit), or one that decides how what
//!   follows is parsed (a table or its parts, a `<select>`, a `<template>`, an
//!   `<svg>` or `<math>` in HTML), which stays open in html5ever too. Text the
//!   tree builder then inserts into such an element goes into the last
//!   element suspended above it; an end tag naming a suspended element closes
//!   it (and those opened after it) without reaching html5ever, and `<p>`,
//!   `<li>`, `<dd>`, `<dt>` and heading start tags close a suspended one as
//!   they do in the browser, by the standard's rules over the suspended
//!   elements. When such a search ends among them (or the rule looks at the
//!   current node only), html5ever reads the element they are above as an
//!   `<object>` for that one tag ([`Name::StandIn`]), so that its own search
//!   ends there too; when it goes past them, html5ever's goes on below, as
//!   the browser's does. So html5ever's stack grows past the limit only by
//!   elements that end every scope the tree builder looks through (tables,
//!   templates) or by a run of foreign elements.
//!
//! What differs from a browser, past 512 levels only: html5ever's list of
//! active formatting elements forgets the suspended ones (a formatting
//! element misnested across another is not re-opened), and rules other than
//! those above (`<button>`, `<nobr>`, ruby, the adoption agency) see the
//! suspended elements only as far as the stand-in does. Pages never nest
//! that deep (browsers could not show them as written).

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::time::Instant;

use ego_tree::NodeId;
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{
    BufferQueue, Tag, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};
use html5ever::tree_builder::{
    ElemName, ElementFlags, NodeOrText, QuirksMode, TreeBuilder, TreeBuilderOpts, TreeSink,
};
use html5ever::{Attribute, LocalName, Namespace, QualName, TokenizerResult, ns};
use rustc_hash::FxHashMap;
use scraper::{Html, HtmlTreeSink, Node};

/// The deepest an element is nested (elements counted from `<html>`, which is
/// 1): Chromium's `kMaximumHTMLParserDOMTreeDepth`.
pub const MAX_DEPTH: usize = 512;

/// How the parse ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ending {
    /// The whole page was read.
    Read,
    /// The page built more elements than allowed (misnested formatting tags
    /// re-opened over and over); what follows was not read.
    TooManyElements,
    /// The deadline passed; what follows was not read.
    OutOfTime,
}

/// Parses `html` as a browser would, within `deadline`, building at most
/// `max_elements` elements.
pub fn parse(html: &str, deadline: Option<Instant>, max_elements: usize) -> (Html, Ending) {
    let sink = Sink::new(max_elements);
    let builder = TreeBuilder::new(sink, TreeBuilderOpts::default());
    let filter = Filter {
        builder,
        deadline,
        tokens: Cell::new(0),
        stopped: Cell::new(None),
        raw_text: Cell::new(false),
    };
    let tokenizer = Tokenizer::new(filter, TokenizerOpts::default());
    let queue = BufferQueue::default();
    // Fed in pieces, so that a page stopped half-way is not tokenized to its end.
    let mut rest = html;
    while !rest.is_empty() && tokenizer.sink.stopped.get().is_none() {
        let mut cut = rest.len().min(64 * 1024);
        while !rest.is_char_boundary(cut) {
            cut += 1;
        }
        let (piece, after) = rest.split_at(cut);
        rest = after;
        queue.push_back(StrTendril::from_slice(piece));
        while !matches!(tokenizer.feed(&queue), TokenizerResult::Done) {}
    }
    tokenizer.end();
    let ending = tokenizer.sink.stopped.get().unwrap_or(Ending::Read);
    (tokenizer.sink.builder.sink.html.finish(), ending)
}

/// An element the browser keeps open past the limit and html5ever was told to close.
struct Suspended {
    node: NodeId,
    name: LocalName,
    html: bool,
}

/// An element open in html5ever past the limit, with the elements suspended above it.
struct Level {
    node: NodeId,
    suspended: Stack,
}

/// The elements open in html5ever past the limit, oldest first.
#[derive(Default)]
struct Levels {
    open: Vec<Level>,
    at: FxHashMap<NodeId, usize>,
}

impl Levels {
    fn find(&self, node: NodeId) -> Option<usize> {
        self.at.get(&node).copied()
    }

    fn truncate(&mut self, len: usize) {
        while self.open.len() > len {
            if let Some(l) = self.open.pop() {
                self.at.remove(&l.node);
            }
        }
    }

    /// `node`, kept open in html5ever above `below`: one of them (those
    /// above it are closed), one past the limit that is not (a `<tbody>` the
    /// tree builder added: all stay), or none past the limit (none stays).
    fn push(&mut self, node: NodeId, below: Option<NodeId>, below_is_deep: bool) {
        match below.and_then(|b| self.find(b)) {
            Some(at) => self.truncate(at + 1),
            None if below_is_deep => {}
            None => self.truncate(0),
        }
        self.at.insert(node, self.open.len());
        self.open.push(Level {
            node,
            suspended: Stack::default(),
        });
    }

    fn top(&mut self) -> Option<&mut Stack> {
        self.open.last_mut().map(|l| &mut l.suspended)
    }
}

/// What the standard's rules ask of the elements above one: kinds of element.
#[derive(Clone, Copy)]
enum Kind {
    /// Ends "an element in scope" ([`SCOPE`]).
    Scope,
    /// Ends button scope (a `<p>` is looked for in it).
    ButtonScope,
    /// Ends list item scope (`</li>`).
    ListScope,
    /// A "special" element ([`SPECIAL`]): the end of "any other end tag"'s search.
    Special,
    /// Special but not `address`, `div` or `p`: the end of an `<li>`'s (`<dd>`'s) search.
    ItemStop,
    /// `h1`…`h6`.
    Heading,
    /// `dd` or `dt`.
    Definition,
}

const KINDS: usize = 7;

/// The suspended elements, oldest first, with where the last of each name
/// and kind is, so that every rule over them takes constant time however many
/// there are.
#[derive(Default)]
struct Stack {
    open: Vec<Suspended>,
    by_name: HashMap<String, Vec<usize>>,
    by_kind: [Vec<usize>; KINDS],
}

impl Stack {
    fn kinds(s: &Suspended) -> impl Iterator<Item = Kind> + use<> {
        let name: &str = if s.html { &s.name } else { "" };
        let special = SPECIAL.contains(&name);
        let scope = SCOPE.contains(&name);
        [
            (Kind::Scope, scope),
            (Kind::ButtonScope, scope || name == "button"),
            (Kind::ListScope, scope || matches!(name, "ol" | "ul")),
            (Kind::Special, special),
            (
                Kind::ItemStop,
                special && !matches!(name, "address" | "div" | "p"),
            ),
            (Kind::Heading, HEADINGS.contains(&name)),
            (Kind::Definition, matches!(name, "dd" | "dt")),
        ]
        .into_iter()
        .filter(|&(_, is)| is)
        .map(|(k, _)| k)
    }

    fn push(&mut self, s: Suspended) {
        let at = self.open.len();
        self.by_name
            .entry(str::to_ascii_lowercase(&s.name))
            .or_default()
            .push(at);
        for k in Stack::kinds(&s) {
            self.by_kind[k as usize].push(at);
        }
        self.open.push(s);
    }

    /// Closes the element at `at` and every one above it.
    fn truncate(&mut self, at: usize) {
        while self.open.len() > at {
            let Some(s) = self.open.pop() else { break };
            if let Some(v) = self.by_name.get_mut(&str::to_ascii_lowercase(&s.name)) {
                v.pop();
            }
            for k in Stack::kinds(&s) {
                self.by_kind[k as usize].pop();
            }
        }
    }

    fn last_named(&self, name: &str) -> Option<usize> {
        self.by_name.get(name).and_then(|v| v.last().copied())
    }

    fn last_of(&self, kind: Kind) -> Option<usize> {
        self.by_kind[kind as usize].last().copied()
    }

    /// Closes the last `found` unless an element of kind `stop` is above it;
    /// whether it did.
    fn close_unless(&mut self, found: Option<usize>, stop: Kind) -> bool {
        match found {
            Some(at) if self.last_of(stop).is_none_or(|s| at >= s) => {
                self.truncate(at);
                true
            }
            _ => false,
        }
    }
}

/// An element's name as html5ever reads it: its own, or a stand-in.
#[derive(Debug)]
pub enum Name<'a> {
    /// The element's own name.
    Own(<HtmlTreeSink as TreeSink>::ElemName<'a>),
    /// An `<object>` in its place: while elements are suspended above an
    /// element, the browser's searches of its stack (for an `<li>` to close, a
    /// `<p>` in button scope) meet them first; the stand-in ends those
    /// searches there, where what they would have met is read by
    /// [`Filter::start_tag`].
    StandIn(&'a QualName),
}

impl ElemName for Name<'_> {
    fn ns(&self) -> &Namespace {
        match self {
            Name::Own(n) => &n.ns,
            Name::StandIn(n) => &n.ns,
        }
    }

    fn local_name(&self) -> &LocalName {
        match self {
            Name::Own(n) => &n.local,
            Name::StandIn(n) => &n.local,
        }
    }
}

/// `scraper`'s sink, with Chromium's depth limit, the probe of the current
/// node, and text for a suspended element's parent given to that element.
struct Sink {
    html: HtmlTreeSink,
    /// A comment node never attached: what a probe's comment token creates.
    probe: NodeId,
    probing: Cell<bool>,
    /// Where the last probe's comment would have been inserted.
    probed: Cell<Option<NodeId>>,
    /// Whether some element has reached [`MAX_DEPTH`] (+1): only then are tags watched.
    deep: Cell<bool>,
    /// Elements hung one level up, with the parent html5ever gave them.
    hung: RefCell<FxHashMap<NodeId, NodeId>>,
    /// The elements open in html5ever past the limit, oldest first, each with
    /// the elements suspended above it.
    levels: RefCell<Levels>,
    /// The element html5ever is told is an `<object>` (the current one, for one start tag).
    disguised: Cell<Option<NodeId>>,
    stand_in: QualName,
    /// Elements created so far, and how many may be.
    elements: Cell<usize>,
    max_elements: usize,
    /// The depths found, each with the count of moves when it was: a move
    /// (the adoption agency's) changes the depth of all a node holds.
    depths: RefCell<FxHashMap<NodeId, (usize, u32)>>,
    moves: Cell<u32>,
}

impl Sink {
    fn new(max_elements: usize) -> Sink {
        let mut html = Html::new_document();
        let probe = html
            .tree
            .orphan(Node::Comment(scraper::node::Comment {
                comment: Default::default(),
            }))
            .id();
        Sink {
            html: HtmlTreeSink::new(html),
            probe,
            probing: Cell::new(false),
            probed: Cell::new(None),
            deep: Cell::new(false),
            hung: RefCell::new(FxHashMap::default()),
            levels: RefCell::new(Levels::default()),
            disguised: Cell::new(None),
            stand_in: QualName::new(None, ns!(html), LocalName::from("object")),
            elements: Cell::new(0),
            max_elements,
            depths: RefCell::new(FxHashMap::default()),
            moves: Cell::new(0),
        }
    }

    /// The number of elements among `node` and its ancestors (a template's
    /// contents count from the template).
    fn depth(&self, node: NodeId) -> usize {
        let moves = self.moves.get();
        let mut depths = self.depths.borrow_mut();
        let known = |depths: &FxHashMap<NodeId, (usize, u32)>, n: NodeId| {
            depths.get(&n).filter(|d| d.1 == moves).map(|d| d.0)
        };
        if let Some(d) = known(&depths, node) {
            return d;
        }
        // Up to the nearest node whose depth is known, then down again.
        let html = self.html.0.borrow();
        let mut chain = Vec::new();
        let mut depth = 0;
        let mut at = html.tree.get(node);
        while let Some(n) = at {
            if let Some(d) = known(&depths, n.id()) {
                depth = d;
                break;
            }
            chain.push((n.id(), n.value().is_element()));
            at = n.parent();
        }
        for (id, element) in chain.into_iter().rev() {
            depth += usize::from(element);
            depths.insert(id, (depth, moves));
        }
        depth
    }

    /// A node has moved: the depths found are no longer sure.
    fn moved(&self) {
        self.moves.set(self.moves.get().wrapping_add(1));
    }

    /// Whether `node` is in the tree already: moving it changes the depths
    /// of all it holds. (A node is taken out only by `remove_from_parent`.)
    fn is_attached(&self, node: NodeId) -> bool {
        let html = self.html.0.borrow();
        html.tree.get(node).is_some_and(|n| n.parent().is_some())
    }

    /// For an element, whether it is in the tree already ([`Sink::is_attached`]);
    /// `None` for any other node. (One look at the tree for both.)
    fn element_attached(&self, node: NodeId) -> Option<bool> {
        let html = self.html.0.borrow();
        let n = html.tree.get(node)?;
        n.value().is_element().then(|| n.parent().is_some())
    }

    /// Where an element html5ever appends to `parent` goes, and that node's
    /// depth: `parent`, or its parent when `parent` is more than [`MAX_DEPTH`]
    /// deep (Chromium: `task.parent->parentNode()`, which for a template's
    /// contents is the template's parent: Chromium's parent there is the
    /// template itself).
    fn place(&self, parent: NodeId) -> (NodeId, usize) {
        let depth = self.depth(parent);
        if depth >= MAX_DEPTH {
            self.deep.set(true);
        }
        if depth <= MAX_DEPTH {
            return (parent, depth);
        }
        let up = {
            let html = self.html.0.borrow();
            html.tree
                .get(parent)
                .and_then(|node| match node.value() {
                    Node::Fragment => node.parent(),
                    _ => Some(node),
                })
                .and_then(|node| node.parent())
                .map(|p| p.id())
        };
        match up {
            Some(up) => (up, self.depth(up)),
            None => (parent, depth),
        }
    }
}

impl TreeSink for Sink {
    type Output = Html;
    type Handle = NodeId;
    type ElemName<'a> = Name<'a>;

    fn finish(self) -> Html {
        self.html.finish()
    }

    fn parse_error(&self, msg: std::borrow::Cow<'static, str>) {
        self.html.parse_error(msg);
    }

    fn get_document(&self) -> NodeId {
        self.html.get_document()
    }

    fn elem_name<'a>(&'a self, target: &'a NodeId) -> Name<'a> {
        if self.disguised.get() == Some(*target) {
            return Name::StandIn(&self.stand_in);
        }
        Name::Own(self.html.elem_name(target))
    }

    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, flags: ElementFlags) -> NodeId {
        self.elements.set(self.elements.get() + 1);
        self.html.create_element(name, attrs, flags)
    }

    fn create_comment(&self, text: StrTendril) -> NodeId {
        if self.probing.get() {
            return self.probe;
        }
        self.html.create_comment(text)
    }

    fn create_pi(&self, target: StrTendril, data: StrTendril) -> NodeId {
        self.html.create_pi(target, data)
    }

    fn append(&self, parent: &NodeId, child: NodeOrText<NodeId>) {
        match child {
            NodeOrText::AppendNode(node) if node == self.probe => self.probed.set(Some(*parent)),
            NodeOrText::AppendNode(node) => match self.element_attached(node) {
                Some(attached) => {
                    if attached {
                        self.moved();
                    }
                    let (to, depth) = self.place(*parent);
                    if to != *parent {
                        self.hung.borrow_mut().insert(node, *parent);
                    }
                    self.html.append(&to, NodeOrText::AppendNode(node));
                    // Its own depth, known now: its first child's needs no walk up.
                    self.depths
                        .borrow_mut()
                        .insert(node, (depth + 1, self.moves.get()));
                }
                None => self.html.append(parent, NodeOrText::AppendNode(node)),
            },
            NodeOrText::AppendText(text) => {
                // Above an element open past the limit, the current node in
                // the browser's tree is the last one suspended.
                let levels = self.levels.borrow();
                let top = levels
                    .find(*parent)
                    .and_then(|at| levels.open[at].suspended.open.last())
                    .map(|s| s.node);
                self.html
                    .append(&top.unwrap_or(*parent), NodeOrText::AppendText(text));
            }
        }
    }

    fn append_based_on_parent_node(
        &self,
        element: &NodeId,
        prev_element: &NodeId,
        child: NodeOrText<NodeId>,
    ) {
        match child {
            NodeOrText::AppendNode(node) if node == self.probe => {
                self.probed.set(Some(*prev_element))
            }
            child => {
                if let NodeOrText::AppendNode(node) = &child {
                    if self.is_attached(*node) {
                        self.moved();
                    }
                }
                self.html
                    .append_based_on_parent_node(element, prev_element, child)
            }
        }
    }

    fn append_doctype_to_document(
        &self,
        name: StrTendril,
        public_id: StrTendril,
        system_id: StrTendril,
    ) {
        self.html
            .append_doctype_to_document(name, public_id, system_id);
    }

    fn get_template_contents(&self, target: &NodeId) -> NodeId {
        self.html.get_template_contents(target)
    }

    fn same_node(&self, x: &NodeId, y: &NodeId) -> bool {
        x == y
    }

    fn set_quirks_mode(&self, mode: QuirksMode) {
        self.html.set_quirks_mode(mode);
    }

    fn append_before_sibling(&self, sibling: &NodeId, new_node: NodeOrText<NodeId>) {
        match new_node {
            NodeOrText::AppendNode(node) if node == self.probe => {
                let html = self.html.0.borrow();
                let parent = html.tree.get(*sibling).and_then(|s| s.parent());
                self.probed.set(parent.map(|p| p.id()));
            }
            new_node => {
                if let NodeOrText::AppendNode(node) = &new_node {
                    if self.is_attached(*node) {
                        self.moved();
                    }
                }
                self.html.append_before_sibling(sibling, new_node)
            }
        }
    }

    fn add_attrs_if_missing(&self, target: &NodeId, attrs: Vec<Attribute>) {
        self.html.add_attrs_if_missing(target, attrs);
    }

    fn remove_from_parent(&self, target: &NodeId) {
        self.moved();
        self.html.remove_from_parent(target);
    }

    fn reparent_children(&self, node: &NodeId, new_parent: &NodeId) {
        self.moved();
        self.html.reparent_children(node, new_parent);
    }
}

/// Between html5ever's tokenizer and tree builder: the deadline, the element
/// bound, and the suspended elements past the depth limit.
struct Filter {
    builder: TreeBuilder<NodeId, Sink>,
    deadline: Option<Instant>,
    tokens: Cell<u32>,
    stopped: Cell<Option<Ending>>,
    /// The tree builder reads raw text (`<script>`, `<style>`, `<textarea>`…):
    /// no comment may be sent until its end tag.
    raw_text: Cell<bool>,
}

impl Filter {
    fn sink(&self) -> &Sink {
        &self.builder.sink
    }

    /// The tree builder's current node (as far as a comment tells: in some
    /// modes comments go to the `<html>` element or the document).
    fn current(&self, line: u64) -> Option<NodeId> {
        let sink = self.sink();
        sink.probing.set(true);
        sink.probed.set(None);
        let _ = self
            .builder
            .process_token(Token::CommentToken(StrTendril::new()), line);
        sink.probing.set(false);
        let at = sink.probed.get()?;
        // A template's contents stand for the template.
        let html = sink.html.0.borrow();
        let node = html.tree.get(at)?;
        match node.value() {
            Node::Fragment => node.parent().map(|p| p.id()),
            _ => Some(at),
        }
    }

    /// Closes, in html5ever only, the elements hung up past the depth limit
    /// that can be, suspending them above the element it keeps open there.
    fn settle(&self, line: u64) {
        let sink = self.sink();
        let mut closed = Vec::new();
        let mut current = self.current(line);
        while let Some(node) = current.filter(|&n| sink.depth(n) > MAX_DEPTH) {
            let mut levels = sink.levels.borrow_mut();
            if let Some(at) = levels.find(node) {
                // (html5ever has closed those above it, and so what they held.)
                levels.truncate(at + 1);
                break;
            }
            let Some((name, html)) = self.closable(node) else {
                let below = self.given_parent(node);
                levels.push(
                    node,
                    below,
                    below.is_some_and(|b| sink.depth(b) > MAX_DEPTH),
                );
                break;
            };
            drop(levels);
            let _ = self.builder.process_token(
                Token::TagToken(Tag {
                    kind: TagKind::EndTag,
                    name: name.clone(),
                    self_closing: false,
                    attrs: Vec::new(),
                    had_duplicate_attributes: false,
                }),
                line,
            );
            closed.push(Suspended { node, name, html });
            let after = self.current(line);
            if after == Some(node) {
                // (html5ever kept it open: it stays so.)
                closed.pop();
                let below = self.given_parent(node);
                let deep = below.is_some_and(|b| sink.depth(b) > MAX_DEPTH);
                sink.levels.borrow_mut().push(node, below, deep);
                break;
            }
            current = after;
        }
        let mut levels = sink.levels.borrow_mut();
        if current.is_none_or(|n| sink.depth(n) <= MAX_DEPTH) {
            // Nothing open past the limit any more.
            levels.truncate(0);
        } else if let Some(top) = levels.top() {
            for s in closed.into_iter().rev() {
                top.push(s);
            }
        }
    }

    /// The node html5ever appended `node` to (a template's contents standing
    /// for the template): below it on html5ever's stack.
    fn given_parent(&self, node: NodeId) -> Option<NodeId> {
        let sink = self.sink();
        if let Some(&p) = sink.hung.borrow().get(&node) {
            return Some(p);
        }
        let html = sink.html.0.borrow();
        let parent = html.tree.get(node)?.parent()?;
        match parent.value() {
            Node::Fragment => parent.parent().map(|t| t.id()),
            _ => Some(parent.id()),
        }
    }

    /// The name of a hung element that html5ever may close without changing
    /// how it reads what follows (not a table or its parts, a `<select>`, a
    /// `<template>`, nor an `<svg>` or `<math>` opened in HTML).
    fn closable(&self, node: NodeId) -> Option<(LocalName, bool)> {
        let sink = self.sink();
        let parent = *sink.hung.borrow().get(&node)?;
        let html = sink.html.0.borrow();
        let name = &html.tree.get(node)?.value().as_element()?.name;
        let in_html = name.ns == ns!(html);
        let keep = if in_html {
            KEPT_OPEN.contains(&&*name.local)
        } else {
            let in_foreign = html
                .tree
                .get(parent)
                .and_then(|p| p.value().as_element())
                .is_some_and(|p| p.name.ns != ns!(html));
            matches!(&*name.local, "svg" | "math") && !in_foreign
        };
        (!keep).then(|| (name.local.clone(), in_html))
    }

    /// A start tag past the depth limit: closes the suspended elements it
    /// closes in the browser (a `<p>` before a block, an `<li>` before an
    /// `<li>`…), by the standard's rules over them. Returns the element
    /// html5ever must read as a stand-in while it reads the tag: the one the
    /// suspended elements are above, when the browser's searches for the tag
    /// end among them (or it looks at the current node only).
    fn start_tag(&self, tag: &Tag) -> Option<NodeId> {
        let sink = self.sink();
        let mut levels = sink.levels.borrow_mut();
        let level = levels.open.last_mut()?;
        let suspended = &mut level.suspended;
        if suspended.open.is_empty() {
            return None;
        }
        let name = &*tag.name;
        // Whether each of the tag's searches goes past all of them (then
        // html5ever's own search goes on below).
        fn search(found: Option<usize>, stop: Kind, suspended: &mut Stack) -> bool {
            let passes = found.is_none() && suspended.last_of(stop).is_none();
            suspended.close_unless(found, stop);
            passes
        }
        let mut passes = match name {
            "li" => {
                let li = suspended.last_named("li");
                search(li, Kind::ItemStop, suspended)
            }
            "dd" | "dt" => {
                let item = suspended.last_of(Kind::Definition);
                search(item, Kind::ItemStop, suspended)
            }
            "button" => {
                let button = suspended.last_named("button");
                search(button, Kind::Scope, suspended)
            }
            // (Found, it runs the adoption agency: only its search is kept.)
            "nobr" => {
                suspended.last_named("nobr").is_none() && suspended.last_of(Kind::Scope).is_none()
            }
            _ => true,
        };
        if matches!(name, "li" | "dd" | "dt") || CLOSES_P.contains(&name) {
            let p = suspended.last_named("p");
            passes &= search(p, Kind::ButtonScope, suspended);
        }
        // Rules about the current node: the last suspended one.
        let top = suspended.open.len().checked_sub(1);
        let top_is =
            |kind: Kind, suspended: &Stack| top.is_some() && suspended.last_of(kind) == top;
        let top_named =
            |n: &str, suspended: &Stack| top.is_some() && suspended.last_named(n) == top;
        if HEADINGS.contains(&name) {
            passes = false;
            if top_is(Kind::Heading, suspended) {
                suspended.truncate(top.unwrap_or_default());
            }
        }
        if matches!(name, "option" | "optgroup") {
            passes = false;
            if top_named("option", suspended) {
                suspended.truncate(top.unwrap_or_default());
            }
        }
        let html = {
            let tree = sink.html.0.borrow();
            tree.tree
                .get(level.node)
                .and_then(|n| n.value().as_element())
                .is_some_and(|e| e.name.ns == ns!(html))
        };
        (!passes && html).then_some(level.node)
    }

    /// An end tag past the depth limit: whether a suspended element takes it
    /// (the browser's rules for an end tag, over the suspended elements), or
    /// the browser ignores it there.
    fn takes_end_tag(&self, tag: &Tag) -> bool {
        let sink = self.sink();
        let mut levels = sink.levels.borrow_mut();
        let Some(suspended) = levels.top() else {
            return false;
        };
        if suspended.open.is_empty() {
            return false;
        }
        let name = &*tag.name;
        if matches!(name, "br" | "body" | "html") {
            // (`</br>` is a `<br>`; the others end the body, not an element.)
            return false;
        }
        let stop = match name {
            _ if !SCOPED_END_TAGS.contains(&name) => Kind::Special,
            "p" => Kind::ButtonScope,
            "li" => Kind::ListScope,
            _ => Kind::Scope,
        };
        let found = if HEADINGS.contains(&name) {
            suspended.last_of(Kind::Heading)
        } else {
            suspended.last_named(&name.to_ascii_lowercase())
        };
        // Taken, or ignored where the browser's search ends; else html5ever
        // reads it (and if it closes what they are above, they close too).
        suspended.close_unless(found, stop) || suspended.last_of(stop).is_some()
    }
}

impl TokenSink for Filter {
    type Handle = NodeId;

    fn process_token(&self, token: Token, line: u64) -> TokenSinkResult<NodeId> {
        if self.stopped.get().is_some() {
            return TokenSinkResult::Continue;
        }
        let n = self.tokens.get().wrapping_add(1);
        self.tokens.set(n);
        if n % 256 == 0 && self.deadline.is_some_and(|d| Instant::now() >= d) {
            self.stopped.set(Some(Ending::OutOfTime));
            return TokenSinkResult::Continue;
        }
        let sink = self.sink();
        if sink.elements.get() > sink.max_elements {
            self.stopped.set(Some(Ending::TooManyElements));
            return TokenSinkResult::Continue;
        }
        let tag_kind = match &token {
            Token::TagToken(tag) => Some(tag.kind),
            _ => None,
        };
        if sink.deep.get() && !self.raw_text.get() {
            match &token {
                Token::TagToken(tag) if tag.kind == TagKind::StartTag => {
                    self.settle(line);
                    sink.disguised.set(self.start_tag(tag));
                }
                Token::TagToken(tag) => {
                    self.settle(line);
                    if self.takes_end_tag(tag) {
                        return TokenSinkResult::Continue;
                    }
                }
                _ => {}
            }
        }
        let result = self.builder.process_token(token, line);
        sink.disguised.set(None);
        match tag_kind {
            Some(TagKind::StartTag) => self.raw_text.set(matches!(
                result,
                TokenSinkResult::RawData(_) | TokenSinkResult::Plaintext
            )),
            Some(TagKind::EndTag) => self.raw_text.set(false),
            None => {}
        }
        result
    }

    fn end(&self) {
        self.builder.end();
    }

    fn adjusted_current_node_present_but_not_in_html_namespace(&self) -> bool {
        self.builder
            .adjusted_current_node_present_but_not_in_html_namespace()
    }
}

/// End tags the browser takes only for an element "in scope" (the standard's
/// rules for them in the body), formatting elements' end tags aside.
const SCOPED_END_TAGS: &[&str] = &[
    "address",
    "applet",
    "article",
    "aside",
    "blockquote",
    "button",
    "caption",
    "center",
    "dd",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "li",
    "listing",
    "main",
    "marquee",
    "menu",
    "nav",
    "object",
    "ol",
    "p",
    "pre",
    "search",
    "section",
    "select",
    "summary",
    "table",
    "tbody",
    "td",
    "template",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
];

/// Elements html5ever keeps open past the limit: closing them would change
/// how it reads what follows (its insertion mode).
const KEPT_OPEN: &[&str] = &[
    "body", "caption", "colgroup", "frameset", "head", "html", "select", "table", "tbody", "td",
    "template", "tfoot", "th", "thead", "tr",
];

const HEADINGS: &[&str] = &["h1", "h2", "h3", "h4", "h5", "h6"];

/// Start tags that close an open `<p>` in button scope (HTML § "in body").
const CLOSES_P: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "center",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "listing",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "plaintext",
    "pre",
    "search",
    "section",
    "summary",
    "table",
    "ul",
    "xmp",
];

/// Elements that end a scope (HTML § "has an element in scope").
const SCOPE: &[&str] = &[
    "applet", "caption", "html", "marquee", "object", "table", "td", "template", "th",
];

/// The standard's "special" elements: an end tag for another element stops at them.
const SPECIAL: &[&str] = &[
    "address",
    "applet",
    "area",
    "article",
    "aside",
    "base",
    "basefont",
    "bgsound",
    "blockquote",
    "body",
    "br",
    "button",
    "caption",
    "center",
    "col",
    "colgroup",
    "dd",
    "details",
    "dir",
    "div",
    "dl",
    "dt",
    "embed",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "frame",
    "frameset",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "header",
    "hgroup",
    "hr",
    "html",
    "iframe",
    "img",
    "input",
    "keygen",
    "li",
    "link",
    "listing",
    "main",
    "marquee",
    "menu",
    "meta",
    "nav",
    "noembed",
    "noframes",
    "noscript",
    "object",
    "ol",
    "p",
    "param",
    "plaintext",
    "pre",
    "script",
    "search",
    "section",
    "select",
    "source",
    "style",
    "summary",
    "table",
    "tbody",
    "td",
    "template",
    "textarea",
    "tfoot",
    "th",
    "thead",
    "title",
    "tr",
    "track",
    "ul",
    "wbr",
    "xmp",
];

#[cfg(test)]
mod tests {
    use super::*;

    /// A tree written out: each node's kind, name or text, one line each, indented by depth.
    fn dump(html: &Html) -> String {
        let mut out = String::new();
        let mut stack = vec![(html.tree.root(), 0usize)];
        while let Some((node, depth)) = stack.pop() {
            let line = match node.value() {
                Node::Element(e) => format!("<{}{:?}>", e.name(), e.attrs().collect::<Vec<_>>()),
                Node::Text(t) => format!("{:?}", &**t),
                Node::Comment(c) => format!("<!--{:?}-->", &**c),
                other => format!("{other:?}"),
            };
            out.push_str(&format!("{:width$}{line}\n", "", width = depth.min(1000)));
            let kids: Vec<_> = node.children().collect();
            stack.extend(kids.into_iter().rev().map(|k| (k, depth + 1)));
        }
        out
    }

    fn pages() -> Vec<std::path::PathBuf> {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut pages = Vec::new();
        for dir in [root.join("tests/html"), root.join("../shared/corpus/pages")] {
            if let Ok(entries) = std::fs::read_dir(dir) {
                pages.extend(
                    entries
                        .flatten()
                        .map(|e| e.path())
                        .filter(|p| p.extension().is_some_and(|x| x == "html")),
                );
            }
        }
        pages.sort();
        pages
    }

    #[test]
    fn below_the_limit_the_tree_is_html5evers_own() {
        let mut compared = 0;
        for path in pages() {
            let source = crate::html::decode(std::fs::read(&path).unwrap());
            let (ours, ending) = parse(&source, None, usize::MAX);
            assert_eq!(ending, Ending::Read);
            let theirs = Html::parse_document(&source);
            let (a, b) = (dump(&ours), dump(&theirs));
            if a.lines()
                .all(|l| l.len() - l.trim_start().len() < MAX_DEPTH)
            {
                assert!(a == b, "{} is read differently", path.display());
                compared += 1;
            }
        }
        eprintln!("{compared} pages compared");
    }
}
