// Paints a report onto a document with the CSS Custom Highlight API: the page's
// DOM is never changed, and clearing removes every trace. Styles for the
// highlight names are generated from the reader's settings (settings.js) and
// inserted by the extension, or adopted by the demo. The Highlight API has no
// events: what is under the pointer is found by hit-testing (`hitTest`).

import { rangeMaker } from './ranges.js';
import { SLICE_MS, runInSlices } from './tasks.js';

/** The highlight names, one per category, each styled distinctly (not by colour alone). */
export const NAMES = {
  quote: 'whosaid-quote',
  reported: 'whosaid-reported',
  speaker: 'whosaid-speaker',
  cue: 'whosaid-cue',
  link: 'whosaid-link',
  claim: 'whosaid-claim',
  focus: 'whosaid-focus',
};

/** Painting order when highlights overlap: higher wins. */
const PRIORITY = { claim: 0, reported: 1, quote: 2, link: 3, cue: 4, speaker: 5, focus: 6 };

/**
 * Whether a realm (a window, or the content script's global) can paint.
 * @param {{CSS?: any, Highlight?: any}} realm
 */
export function canPaint(realm) {
  return Boolean(realm.CSS?.highlights && typeof realm.Highlight === 'function');
}

/**
 * Paints `report` over the text collected into `nodes`, showing the categories
 * `shown` says (all but unbacked claims by default). Links outside the article
 * body (`navigation`) are not painted.
 * @param {{CSS: any, Highlight: any}} realm where CSS.highlights and Highlight live
 * @returns {{quotes: Map<string, Range[]>, links: Map<string, Range[]>, claims: Map<string, Range[]>,
 *   sets: Record<string, Range[]>, index: {range: Range, category: string, kind: string, id: string}[],
 *   shown: Record<string, boolean>, dropped: number}}
 */
export function paint(realm, nodes, text, report, shown = {}) {
  const steps = paintSteps(realm, nodes, text, report, shown);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Spans placed between two chances to pause (see `paintInSlices`). */
const SPANS_PER_STEP = 200;

/**
 * Paints like `paint`, in slices of about `sliceMs` ms with the event loop run
 * between them, so that a report with tens of thousands of items leaves the page
 * responsive. (The highlights are registered at the end, at once.)
 * @returns {Promise<ReturnType<typeof paint>>}
 */
export function paintInSlices(realm, nodes, text, report, shown = {}, { sliceMs = SLICE_MS } = {}) {
  return runInSlices(paintSteps(realm, nodes, text, report, shown), sliceMs);
}

function* paintSteps(realm, nodes, text, report, shown) {
  let placed = 0;
  const sets = { quote: [], reported: [], speaker: [], cue: [], link: [], claim: [] };
  const quotes = new Map();
  const links = new Map();
  const claims = new Map();
  const index = [];
  let dropped = 0;
  const rangeFor = rangeMaker(nodes, text);
  const add = (category, span, owner, into) => {
    if (!span) return;
    placed++;
    const range = rangeFor(span.start, span.end);
    if (!range) {
      dropped++;
      return;
    }
    sets[category].push(range);
    index.push({ range, category, ...owner });
    into?.push(range);
  };
  for (const q of report.quotes) {
    if (placed >= SPANS_PER_STEP) {
      placed = 0;
      yield;
    }
    const own = [];
    const owner = { kind: 'quote', id: q.id };
    // Reported speech is painted apart from words in quotation marks; a mixed
    // quotation's whole reported clause too, under its quoted fragment.
    for (const part of q.parts) add(q.kind === 'indirect' ? 'reported' : 'quote', part, owner, own);
    if (q.content) add('reported', q.content, owner);
    if (!own.length) continue;
    quotes.set(q.id, own);
    if (q.speaker) add('speaker', q.speaker.span, owner);
    if (q.cue_span) add('cue', q.cue_span, owner);
  }
  for (const l of report.links) {
    if (l.relation === 'navigation' || !l.span) continue;
    if (placed >= SPANS_PER_STEP) {
      placed = 0;
      yield;
    }
    const own = [];
    add('link', l.span, { kind: 'link', id: l.id }, own);
    if (own.length) links.set(l.id, own);
  }
  (report.unbacked ?? []).forEach((c, i) => {
    const range = rangeFor(c.span.start, c.span.end);
    if (!range) return;
    claims.set(`c${i + 1}`, [range]);
    sets.claim.push(range);
    index.push({ range, category: 'claim', kind: 'claim', id: `c${i + 1}` });
  });
  const painted = { quotes, links, claims, sets, index, shown: { claim: false, ...shown }, registered: new Set(), dropped };
  for (const category of Object.keys(sets)) setShown(realm, painted, category, painted.shown[category] !== false);
  return painted;
}

/** Shows or hides one category's highlights (the panel's filters). */
export function setShown(realm, painted, category, on) {
  if (!painted?.sets[category]) return;
  painted.shown[category] = on;
  const old = realm.CSS.highlights.get(NAMES[category]);
  if (old) painted.registered.delete(old);
  if (!on || !painted.sets[category].length) {
    realm.CSS.highlights.delete(NAMES[category]);
    return;
  }
  const highlight = new realm.Highlight(...painted.sets[category]);
  highlight.priority = PRIORITY[category];
  realm.CSS.highlights.set(NAMES[category], highlight);
  painted.registered.add(highlight);
}

/**
 * Registers again any shown category whose highlight is no longer the one `paint` registered
 * (the page's script can see the document's highlight registry, and delete from it). Returns
 * how many it put back.
 */
export function restore(realm, painted) {
  if (!painted) return 0;
  let restored = 0;
  for (const category of Object.keys(painted.sets)) {
    if (painted.shown[category] === false || !painted.sets[category].length) continue;
    if (painted.registered.has(realm.CSS.highlights.get(NAMES[category]))) continue;
    setShown(realm, painted, category, true);
    restored++;
  }
  return restored;
}

/** Shows `ranges` in the focus style for a moment. */
export function flash(realm, ranges, ms = 1600) {
  const highlight = new realm.Highlight(...ranges);
  highlight.priority = PRIORITY.focus;
  realm.CSS.highlights.set(NAMES.focus, highlight);
  setTimeout(() => {
    if (realm.CSS.highlights.get(NAMES.focus) === highlight) realm.CSS.highlights.delete(NAMES.focus);
  }, ms);
}

/** Removes every WhoSaid highlight. */
export function clear(realm) {
  for (const name of Object.values(NAMES)) realm.CSS.highlights?.delete(name);
}

/** The painted ranges of a quote, link or claim (`kind` 'quote', 'link' or 'claim'). */
function rangesOf(painted, kind, id) {
  const maps = { quote: painted?.quotes, link: painted?.links, claim: painted?.claims };
  return maps[kind]?.get(id) ?? [];
}

/**
 * Scrolls a painted quote, link or claim into the middle of the view and
 * flashes it: what choosing it in the panel does. Returns its ranges.
 */
export function focusItem(realm, painted, kind, id, { smooth = false } = {}) {
  const ranges = rangesOf(painted, kind, id);
  if (!ranges.length) return ranges;
  const reduce = realm.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  ranges[0].startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: smooth && !reduce ? 'smooth' : 'instant' });
  flash(realm, ranges);
  return ranges;
}

const inside = (rects, x, y) => [...rects].some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);

/**
 * The painted item under the point (`x`, `y`: viewport coordinates), or null:
 * `{category, kind, id, range}`, the most specific one (a speaker or cue before
 * its quotation). The Highlight API has no pointer events: where the browser has
 * `CSS.highlights.highlightsFromPoint`, it says whether one of WhoSaid's
 * highlights is there at all; elsewhere the caret position does. Then the
 * candidate ranges' boxes are checked.
 */
export function hitTest(realm, painted, x, y) {
  if (!painted?.index.length) return null;
  const registry = realm.CSS.highlights;
  const shown = (e) => painted.shown[e.category] !== false;
  let candidates = painted.index.filter(shown);
  if (typeof registry.highlightsFromPoint === 'function') {
    const hits = [...registry.highlightsFromPoint(x, y)].map((h) => h.highlight ?? h);
    if (!hits.some((h) => painted.registered.has(h))) return null;
  } else {
    const doc = painted.index[0].range.startContainer.ownerDocument;
    const caret = doc.caretPositionFromPoint?.(x, y);
    const node = caret ? caret.offsetNode : doc.caretRangeFromPoint?.(x, y)?.startContainer;
    const offset = caret ? caret.offset : doc.caretRangeFromPoint?.(x, y)?.startOffset;
    if (!node) return null;
    candidates = candidates.filter((e) => {
      try {
        return e.range.isPointInRange(node, offset);
      } catch {
        return false;
      }
    });
  }
  const hit = candidates.filter((e) => inside(e.range.getClientRects(), x, y));
  hit.sort((a, b) => PRIORITY[b.category] - PRIORITY[a.category]);
  return hit[0] ?? null;
}
