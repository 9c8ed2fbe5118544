// Reads a document's visible text for the analysis core: one string of the
// <body>'s text blocks in document order, the block-level element each block
// sits in (with its ancestors, so the core can tell the article from menus and
// footers), and the links. Shared by the extension's content script and the
// demo page. Never changes the document.
//
// Offsets are UTF-16 code units into `page.text` (what String#slice counts).
// Block boundaries become "\n\n" and <br> becomes "\n": synthetic characters
// that belong to no text node. Inside a text node, newlines and tabs become
// spaces one for one, so every other offset maps straight back to its node:
// see `nodes` and ranges.js.
//
// The command line has a twin of this file for saved HTML pages: src/html.rs
// (`whosaid html`). Both take their tag lists (skipped, code and block-level
// elements) from one file, vocab/collector-elements.json. Keep the rest in
// step: the same walk, the same element registration order, links, <q> spans
// and metadata. tests/html_agreement.rs compares them on tests/html/ and on
// the corpus (npm test).

import ELEMENTS from '../../../vocab/collector-elements.json' with { type: 'json' };
import { SLICE_MS, runInSlices } from './tasks.js';

/** Elements whose content is never read. */
const SKIP = new Set(ELEMENTS.skip);

/** Elements whose text is code: read, and sent as `code` so its quotation marks are no one's (`pre` and `code` are skipped). */
const CODE = new Set(ELEMENTS.code);

/** Elements that start a new block of text. */
const BLOCK = new Set(ELEMENTS.block);

/** Text past this many UTF-16 units is not read; the page is reported as truncated. */
const MAX_CHARS = 8_000_000;

const NEWLINES = /[\n\r\t\f\v]/g;

/** An element's attributes sent besides its id and class, where it has them. */
const ATTRIBUTES = ['role', 'itemprop', 'lang'];

/**
 * Whether an element and everything in it is not rendered: `hidden`,
 * `aria-hidden`, `display: none` (but not `display: contents`, which has no box
 * of its own while its children are shown).
 */
function isPruned(el) {
  if (el.hidden || el.getAttribute('aria-hidden') === 'true') return true;
  if (typeof el.checkVisibility !== 'function' || el.checkVisibility()) return false;
  const view = el.ownerDocument.defaultView;
  return view ? view.getComputedStyle(el).display !== 'contents' : false;
}

/**
 * Whether an element's own text is invisible (`visibility: hidden`). Its
 * children may override it, so this hides text, not the subtree.
 */
function isInvisible(el) {
  return typeof el.checkVisibility === 'function' && !el.checkVisibility({ visibilityProperty: true });
}

function meta(doc, property) {
  const el = doc.querySelector(`meta[property="${property}"], meta[name="${property}"]`);
  return el?.getAttribute('content')?.trim() || null;
}

function absolute(href, base) {
  try {
    return new URL(href, base).href;
  } catch {
    return null;
  }
}

/** Nodes visited between two chances to pause (see `collectPageInSlices`). */
const NODES_PER_STEP = 500;

/**
 * Reads `doc` into a page object for the core, in one go.
 * @param {Document} doc
 * @param {{base?: string, url?: string, maxChars?: number}} [options] `base` resolves
 *   relative links and `url` names the page, for documents without an address
 *   of their own (the demo's).
 * @returns {{page: object, nodes: {node: Text, start: number, end: number}[]}}
 */
export function collectPage(doc, options = {}) {
  const walk = walkPage(doc, options);
  for (;;) {
    const step = walk.next();
    if (step.done) return step.value;
  }
}

/**
 * Reads `doc` like `collectPage`, but in slices of about `sliceMs` ms with the
 * event loop run between them, so a huge page stays responsive while it is read.
 * (Text the page changes meanwhile is caught when painting: ranges.js checks
 * every range against the text it should cover.)
 * @returns {Promise<{page: object, nodes: {node: Text, start: number, end: number}[]}>}
 */
export function collectPageInSlices(doc, options = {}, { sliceMs = SLICE_MS } = {}) {
  return runInSlices(walkPage(doc, options), sliceMs);
}

/** The walk behind both: yields every `NODES_PER_STEP` nodes, returns the page object. */
function* walkPage(doc, { base, url, maxChars = MAX_CHARS } = {}) {
  const chunks = [];
  let length = 0;
  const nodes = [];
  const elements = [];
  const indexOf = new Map();
  const blocks = [];
  const links = [];
  const quotes = []; // <q> elements' text: the browser draws their marks
  const code = []; // code elements' text, runs next to each other joined
  let codeDepth = 0; // open code elements
  let block = null; // {start, element}
  let pending = ''; // separator owed before the next text
  let truncated = false;

  const baseUrl = base || doc.baseURI;
  // Bring style and layout up to date first: Firefox answers checkVisibility() with
  // false for an element added since the last layout (a paragraph a script just appended).
  doc.documentElement.getBoundingClientRect();
  // The parent in the flat tree, as rendered: a slotted element's slot, a shadow
  // root's host (src/html.rs does the same). <body> is the top.
  const parentOf = (el) => (el !== doc.body ? el.assignedSlot ?? el.parentElement ?? el.parentNode?.host ?? null : null);
  // An element's index in `elements`, registering it and its unregistered ancestors
  // first, outermost first (so a parent's index is below its children's). A loop up the
  // ancestors, not recursion: a script can nest elements deeper than the stack goes.
  const register = (el) => {
    if (!el || indexOf.has(el)) return indexOf.get(el) ?? null;
    const chain = []; // el and its unregistered ancestors, innermost first
    let above = el;
    while (above && !indexOf.has(above)) {
      chain.push(above);
      above = parentOf(above);
    }
    let parent = above ? indexOf.get(above) : null;
    for (let i = chain.length - 1; i >= 0; i--) {
      const node = chain[i];
      // Attributes only where the element has them (most have none: on a 2 MB page, empty
      // ones were a sixth of the page object the browser copies to the background).
      const element = { tag: node.localName };
      if (node.id) element.id = node.id;
      if (typeof node.className === 'string' && node.className) element.class = node.className;
      for (const name of ATTRIBUTES) {
        const value = node.getAttribute(name);
        if (value) element[name] = value;
      }
      element.parent = parent;
      elements.push(element);
      parent = elements.length - 1;
      indexOf.set(node, parent);
    }
    return parent;
  };
  const closeBlock = (separator) => {
    if (block) {
      blocks.push({ start: block.start, end: length, element: block.element });
      block = null;
    }
    if (length > 0 && separator.length > pending.length) pending = separator;
  };

  // Iterative walk (pages nest deeply); frames remember what to do on leaving.
  const blockStack = []; // innermost block-level ancestors
  const linkStack = []; // open links: {el, start}
  const quoteStack = []; // open <q> elements: {el, start}
  // The open links and <q> elements still waiting for their first text are always the last
  // ones opened: these say where they begin in each stack, so that a text node sets only
  // theirs (looking at every open one, a page that nests thousands would take quadratic time).
  let linksWaiting = 0;
  let quotesWaiting = 0;
  // (Two arrays side by side, not an object per node: a big page has ~60,000 nodes, and each
  // object was garbage to collect while the page waits.)
  const stack = [doc.body];
  const leaving = [false];
  const invisible = []; // per open element: is its own text invisible?
  // A page whose whole <body> is `visibility: hidden` is waiting for a script to
  // show it (anti-flicker snippets); readers see it once the script runs, so
  // `visibility` is not a signal on such a page.
  const visibilityMatters = !isInvisible(doc.body);
  let steps = 0;
  while (stack.length && !truncated) {
    if (++steps % NODES_PER_STEP === 0) yield;
    const node = stack.pop();
    const leave = leaving.pop();
    if (leave) {
      const name = node.localName;
      invisible.pop();
      if (name === 'a' && linkStack.length && linkStack.at(-1).el === node) {
        const link = linkStack.pop();
        linksWaiting = Math.min(linksWaiting, linkStack.length);
        if (link.start !== null && link.href) {
          const rel = node.getAttribute('rel');
          links.push({
            start: link.start,
            end: length,
            href: link.href,
            ...(rel ? { rel } : {}),
            element: register(blockStack.at(-1)),
          });
        }
      }
      if (name === 'q' && quoteStack.length && quoteStack.at(-1).el === node) {
        const q = quoteStack.pop();
        quotesWaiting = Math.min(quotesWaiting, quoteStack.length);
        if (q.start !== null && length > q.start) quotes.push({ start: q.start, end: length });
      }
      if (CODE.has(name)) codeDepth--;
      if (BLOCK.has(name)) {
        blockStack.pop();
        closeBlock('\n\n');
      }
      continue;
    }
    if (node.nodeType === Node.TEXT_NODE) {
      if (invisible.at(-1)) continue;
      let data = node.data;
      if (!block && !data.trim()) continue;
      if (length + data.length > maxChars) {
        truncated = true;
        break;
      }
      if (!block) {
        if (pending) {
          chunks.push(pending);
          length += pending.length;
          pending = '';
        }
        block = { start: length, element: register(blockStack.at(-1)) };
      }
      data = data.replace(NEWLINES, ' ');
      for (; linksWaiting < linkStack.length; linksWaiting++) linkStack[linksWaiting].start = length;
      for (; quotesWaiting < quoteStack.length; quotesWaiting++) quoteStack[quotesWaiting].start = length;
      if (codeDepth > 0) {
        if (code.at(-1)?.end === length) code.at(-1).end += data.length;
        else code.push({ start: length, end: length + data.length });
      }
      nodes.push({ node, start: length, end: length + data.length });
      chunks.push(data);
      length += data.length;
      continue;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) continue;
    const name = node.localName;
    if (SKIP.has(name) || node.isContentEditable) continue;
    // One visibility check answers both questions below for an element that is shown (nearly
    // all of them): neither pruned nor invisible. Only the others are looked at closer.
    const shown = typeof node.checkVisibility !== 'function' || node.checkVisibility({ visibilityProperty: true });
    if ((shown ? node.hidden || node.getAttribute('aria-hidden') === 'true' : isPruned(node))) continue;
    if (name === 'br') {
      closeBlock('\n');
      continue;
    }
    if (BLOCK.has(name)) {
      closeBlock('\n\n');
      blockStack.push(node);
    }
    if (name === 'q') quoteStack.push({ el: node, start: null });
    if (CODE.has(name)) codeDepth++;
    if (name === 'a' && node.hasAttribute('href')) {
      linkStack.push({ el: node, start: null, href: absolute(node.getAttribute('href'), baseUrl) });
    }
    invisible.push(visibilityMatters && !shown); // (!shown: isInvisible(node), as checked above)
    stack.push(node);
    leaving.push(true);
    // Open shadow roots are read as rendered: the shadow tree, with slots filled.
    const slotted = name === 'slot' ? node.assignedNodes() : [];
    const kids = slotted.length ? slotted : (node.shadowRoot ?? node).childNodes;
    for (let i = kids.length - 1; i >= 0; i--) {
      stack.push(kids[i]);
      leaving.push(false);
    }
  }
  closeBlock('');

  const canonical = doc.querySelector('link[rel~="canonical"][href]');
  return {
    page: {
      url: url ?? doc.URL,
      title: doc.title || '',
      lang: doc.documentElement.getAttribute('lang') || null,
      canonical: canonical ? absolute(canonical.getAttribute('href'), baseUrl) : null,
      ogUrl: meta(doc, 'og:url'),
      siteName: meta(doc, 'og:site_name'),
      text: chunks.join(''),
      blocks,
      elements,
      links,
      quotes,
      code,
      truncated,
    },
    nodes,
  };
}
