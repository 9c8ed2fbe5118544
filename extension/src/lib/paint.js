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
  focus: 'whosaid-focus',
};

/** Painting order when highlights overlap: higher wins. */
const PRIORITY = { reported: 0, quote: 1, link: 2, cue: 3, speaker: 4, focus: 5 };

/**
 * Whether a realm (a window, or the content script's global) can paint.
 * @param {{CSS?: any, Highlight?: any}} realm
 */
export function canPaint(realm) {
  return Boolean(realm.CSS?.highlights && typeof realm.Highlight === 'function');
}

/**
 * Paints `report` over the text collected into `nodes`.
 * @param {{CSS: any, Highlight: any}} realm where CSS.highlights and Highlight live
 * @returns {{quotes: Map<string, Range[]>, links: Map<string, Range[]>, dropped: number}}
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
    const own = [];
    add('link', l.span, own);
    if (own.length) links.set(l.id, own);
  }
  for (const [kind, ranges] of Object.entries(sets)) {
    const highlight = new realm.Highlight(...ranges);
    highlight.priority = PRIORITY[kind];
    realm.CSS.highlights.set(NAMES[kind], highlight);
  }
  return { quotes, links, dropped };
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
 * Scrolls a painted quote or link (`kind` 'quote' or 'link', its report id) into
 * the middle of the view and flashes it: what clicking it in the panel does.
 */
export function focusItem(realm, painted, kind, id) {
  const ranges = (kind === 'quote' ? painted?.quotes : painted?.links)?.get(id);
  if (!ranges?.length) return;
  ranges[0].startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  flash(realm, ranges);
}
