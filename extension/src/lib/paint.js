// Paints a report onto a document with the CSS Custom Highlight API: the page's
// DOM is never changed, and clearing removes every trace. Styles for the
// highlight names come from highlight.css (inserted by the extension, adopted
// by the demo).

import { rangeFor } from './ranges.js';

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
 * Paints `report` over the text collected into `nodes`. Links outside the
 * article body (`navigation`) are not painted; unbacked claims are placed but
 * shown only on request (`showClaims`).
 * @param {{CSS: any, Highlight: any}} realm where CSS.highlights and Highlight live
 * @returns {{quotes: Map<string, Range[]>, links: Map<string, Range[]>, claims: Map<string, Range[]>, dropped: number}}
 */
export function paint(realm, nodes, text, report) {
  const sets = { quote: [], reported: [], speaker: [], cue: [], link: [] };
  const quotes = new Map();
  const links = new Map();
  let dropped = 0;
  const add = (kind, span, into) => {
    if (!span) return;
    const range = rangeFor(nodes, text, span.start, span.end);
    if (!range) {
      dropped++;
      return;
    }
    sets[kind].push(range);
    into?.push(range);
  };
  for (const q of report.quotes) {
    const own = [];
    // Reported speech is painted apart from words in quotation marks; a mixed
    // quotation's whole reported clause too, under its quoted fragment.
    const kind = q.kind === 'indirect' ? 'reported' : 'quote';
    for (const part of q.parts) add(kind, part, own);
    if (q.content) add('reported', q.content);
    if (!own.length) continue;
    quotes.set(q.id, own);
    if (q.speaker) add('speaker', q.speaker.span);
    if (q.cue_span) add('cue', q.cue_span);
  }
  for (const l of report.links) {
    if (l.relation === 'navigation') continue;
    const own = [];
    add('link', l.span, own);
    if (own.length) links.set(l.id, own);
  }
  const claims = new Map();
  (report.unbacked ?? []).forEach((c, i) => {
    const range = rangeFor(nodes, text, c.span.start, c.span.end);
    if (range) claims.set(`c${i + 1}`, [range]);
  });
  for (const [kind, ranges] of Object.entries(sets)) {
    const highlight = new realm.Highlight(...ranges);
    highlight.priority = PRIORITY[kind];
    realm.CSS.highlights.set(NAMES[kind], highlight);
  }
  return { quotes, links, claims, dropped };
}

/** Shows or hides the unbacked claims placed by `paint`. */
export function showClaims(realm, painted, on) {
  if (!on || !painted?.claims.size) {
    realm.CSS.highlights.delete(NAMES.claim);
    return;
  }
  const highlight = new realm.Highlight(...[...painted.claims.values()].flat());
  highlight.priority = PRIORITY.claim;
  realm.CSS.highlights.set(NAMES.claim, highlight);
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

/**
 * Scrolls a painted quote, link or claim (`kind` 'quote', 'link' or 'claim', its
 * id) into the middle of the view and flashes it: what clicking it in the panel does.
 */
export function focusItem(realm, painted, kind, id) {
  const maps = { quote: painted?.quotes, link: painted?.links, claim: painted?.claims };
  const ranges = maps[kind]?.get(id);
  if (!ranges?.length) return;
  ranges[0].startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  flash(realm, ranges);
}
