// One WhoSaid session on one article, the page's side of it: reads the page, has it
// analysed, paints the result, hit-tests the pointer, and does what the panel asks
// (scroll to an item, filter, re-analyse, paint an import, stop). `stop()` removes every
// trace it added; it adds nothing to the page's DOM.
//
// It speaks to the panel only in plain-data messages (`send` out, `handle` in), so the
// panel can be in another process (the browser's side panel, for the extension) or in
// the same page (the demo). The messages (lib/view.js is the other side):
//
//   page → panel
//     {type: 'working'}                          reading and analysing
//     {type: 'report', wire | report, text, placed, dropped, shown, page, timing, scope, imported?}
//                                                what is painted: the core's answer (`wire`,
//                                                lean, as the background sent it; or a whole
//                                                `report`), the page's text it is about, the
//                                                ids placed on the page, the page's metadata,
//                                                what was read as the article (`scope`)
//     {type: 'error', message}
//     {type: 'notice', key}                      nothing done, and why (`noSelection`): the
//                                                panel says so, the report shown stays
//     {type: 'hover', kind, id}                  the pointer is over an item (kind null: none)
//   panel → page
//     {type: 'hello'}                            send what is shown (a panel opened late)
//     {type: 'select', kind, id}                 scroll to an item and flash it
//     {type: 'filter', category, on}             show or hide a category
//     {type: 'reanalyse', scope?}                read the page again: the article as the core
//                                                finds it (`article`, the default), the whole
//                                                page (`page`), or the reader's selection in
//                                                the page (`selection`), each read as the body
//     {type: 'show', report, imported}           paint an imported report (UTF-16 offsets)
//     {type: 'stop'}                             turn WhoSaid off on this page

import { collectPageInSlices } from './collect.js';
import { canPaint, clear, focusItem, hitTest, paint, paintInSlices, restore, setShown } from './paint.js';
import { onlySpans, selectionSpans } from './ranges.js';
import { CATEGORIES } from './settings.js';

/** The article's publication date from its metadata, when it gives one. */
function publishedDate(doc) {
  const meta = doc.querySelector(
    'meta[property="article:published_time"], meta[name="article:published_time"], meta[itemprop="datePublished"], meta[name="date"], meta[name="DC.date.issued"]',
  );
  const value = meta?.getAttribute('content') ?? doc.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime');
  return value?.trim() || null;
}

/** Right-to-left scripts a page may be written in. */
const RTL = /^(ar|he|iw|fa|ur|yi|ps|sd|ckb|dv|ug)\b/i;
const isRtl = (lang, dir) => dir === 'rtl' || RTL.test(lang ?? '');

/** The direction the article is written in: 'rtl' or 'ltr'. */
function pageDir(doc) {
  const docEl = doc.documentElement;
  return isRtl(docEl.getAttribute('lang'), doc.dir || doc.body?.dir || docEl.dir) ? 'rtl' : 'ltr';
}

/** Whether the page looks dark: its painted background, else its color-scheme with the reader's preference. */
function pageScheme(doc) {
  const win = doc.defaultView;
  for (const node of [doc.body, doc.documentElement]) {
    if (!node) continue;
    const m = win.getComputedStyle(node).backgroundColor.match(/^rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)(?:,? \/? ?([\d.]+))?\)$/);
    if (!m || (m[4] !== undefined && Number(m[4]) < 0.5)) continue;
    const [r, g, b] = [m[1], m[2], m[3]].map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.2 ? 'dark' : 'light';
  }
  const scheme = win.getComputedStyle(doc.documentElement).colorScheme ?? '';
  if (/\bdark\b/.test(scheme) && (!/\blight\b/.test(scheme) || win.matchMedia('(prefers-color-scheme: dark)').matches)) return 'dark';
  return 'light';
}

const epoch = () => performance.timeOrigin + performance.now();
const ITEM_KINDS = new Set(['quote', 'link', 'claim']);
const isId = (v) => typeof v === 'string' && v.length > 0 && v.length <= 64;

/** What can be read as the article: the core's choice, the whole page, the reader's selection. */
const SCOPES = new Set(['article', 'page', 'selection']);

/** The reader's selection in `doc`: its ranges that hold something. */
function selectedRanges(doc) {
  const selection = doc.getSelection?.();
  const ranges = [];
  for (let i = 0; i < (selection?.rangeCount ?? 0); i++) {
    const range = selection.getRangeAt(i);
    if (!range.collapsed) ranges.push(range);
  }
  return ranges;
}

export class PageSession {
  /**
   * @param {object} o
   * @param {{CSS: any, Highlight: any}} o.realm where the article's highlights live
   * @param {Document} o.doc the article's document
   * @param {(page: object, options: {wholePage: boolean}) => Promise<{report: object, wire?: any, ms?: number, init?: number}>} o.analyze
   *   the page object to the core (`wholePage`: every block of it is the body); `report` is
   *   what to paint (lean: positions and ids are enough), `wire` what the panel gets instead
   *   of `report` when given
   * @param {(message: object) => void} o.send to the panel
   * @param {Record<string, boolean>} o.shown the categories shown at first
   * @param {object} [o.collect] options for collectPage (url, base)
   * @param {Function} [o.onStop] asked by the panel to stop
   * @param {(report: object) => void} [o.onReport] a report was painted
   */
  constructor(o) {
    this.o = o;
    this.realm = o.realm;
    this.doc = o.doc;
    this.shown = { ...o.shown };
    this.painted = null;
    this.last = { type: 'working' };
    this.listeners = [];
    this.hovered = null;
    this.listen(o.doc, 'mousemove', (e) => this.hover(e));
    // The pointer left the article's document (its window, or the demo's frame): over nothing.
    const out = (e) => {
      if (e.isTrusted && !e.relatedTarget && this.hovered) {
        this.hovered = null;
        this.o.send({ type: 'hover', kind: null, id: null });
      }
    };
    o.doc.addEventListener('mouseout', out, { passive: true });
    this.listeners.push(() => o.doc.removeEventListener('mouseout', out));
  }

  listen(target, type, handler) {
    // Pointer moves are hit-tested once a frame, with the last position.
    let frame = 0;
    let last = null;
    const throttled = (e) => {
      // (The pointer's own moves only: the page can make up events, not move the reader's pointer.)
      if (!e.isTrusted) return;
      last = { clientX: e.clientX, clientY: e.clientY };
      if (frame) return;
      frame = this.realm.requestAnimationFrame(() => {
        frame = 0;
        if (!this.stopped) handler(last);
      });
    };
    target.addEventListener(type, throttled, { passive: true });
    this.listeners.push(() => target.removeEventListener(type, throttled));
  }

  /** Sends `message` to the panel and keeps it as what the panel is shown (`hello`). */
  tell(message) {
    this.last = message;
    if (!this.stopped) this.o.send(message);
  }

  /**
   * Reads the page, has it analysed, paints it, and sends the panel the result. `scope`: what
   * is read as the article: the core's choice (`article`), every block of the page (`page`),
   * or the text of the reader's selection (`selection`; with none, the panel is told so and
   * what is shown stays).
   */
  async analyse(scope = 'article') {
    // (Taken now: the selection is the reader's as they asked, before anything is awaited.)
    const selected = scope === 'selection' ? selectedRanges(this.doc) : null;
    if (selected && !selected.length) {
      this.o.send({ type: 'notice', key: 'noSelection' });
      return;
    }
    const generation = (this.generation = (this.generation ?? 0) + 1);
    const current = () => !this.stopped && this.generation === generation;
    const t0 = epoch();
    const before = this.last;
    this.tell({ type: 'working' });
    try {
      if (!canPaint(this.realm)) throw new Error('noPaint');
      const collected = await collectPageInSlices(this.doc, this.o.collect);
      if (!current()) return;
      const { nodes } = collected;
      let { page } = collected;
      if (selected) {
        const spans = selectionSpans(nodes, selected);
        // (Selected text the collector does not read, in a form field or hidden: nothing to read.)
        if (!spans.length) {
          this.tell(before.type === 'report' && this.painted ? { ...before, shown: { ...this.painted.shown } } : before);
          this.o.send({ type: 'notice', key: 'noSelection' });
          return;
        }
        page = onlySpans(page, spans);
      }
      const t1 = epoch();
      const answer = await this.o.analyze(page, { wholePage: scope !== 'article' });
      if (!current()) return;
      const t2 = epoch();
      const painted = await paintInSlices(this.realm, nodes, page.text, answer.report, { ...this.shown });
      if (!current()) {
        // (Painting registers its highlights: put back what is shown, or nothing once stopped.)
        clear(this.realm);
        if (!this.stopped) restore(this.realm, this.painted);
        return;
      }
      this.apply(painted, nodes, page.text);
      const t3 = epoch();
      this.tell({
        type: 'report',
        ...(answer.wire !== undefined ? { wire: answer.wire } : { report: answer.report }),
        text: page.text,
        ...this.placed(),
        page: this.metadata(),
        timing: { start: t0, collect: t1 - t0, answer: t2 - t1, analysis: answer.ms ?? null, phases: answer.phases ?? null, init: answer.init ?? null, paint: t3 - t2, end: t3 },
        scope,
      });
      this.o.onReport?.(answer.report);
      // The frame that shows the highlights runs after this task: its end, for `npm run bench`.
      this.realm.requestAnimationFrame(() => this.realm.setTimeout(() => {
        if (current()) this.o.send({ type: 'frame', at: epoch() });
      }, 0));
    } catch (error) {
      if (!current()) return;
      clear(this.realm);
      this.painted = null;
      this.tell({ type: 'error', message: String(error?.message ?? error) });
    }
  }

  apply(painted, nodes, text) {
    this.painted = painted;
    this.nodes = nodes;
    this.text = text;
    this.hovered = null;
  }

  /** Which items are on the page (the panel lists the others as not placed). */
  placed() {
    const p = this.painted;
    return {
      placed: { quotes: [...p.quotes.keys()], links: [...p.links.keys()], claims: [...p.claims.keys()] },
      dropped: p.dropped,
      shown: { ...p.shown },
    };
  }

  metadata() {
    return { dir: pageDir(this.doc), scheme: pageScheme(this.doc), published: publishedDate(this.doc) };
  }

  /** What the panel asks; anything else is ignored. */
  handle(message) {
    if (this.stopped || !message || typeof message !== 'object') return;
    // (The page may have deleted the highlights from the document's registry: they come back.)
    restore(this.realm, this.painted);
    switch (message.type) {
      case 'hello':
        // (What is shown now: the filters may have changed since the report was sent.)
        this.o.send(this.last.type === 'report' && this.painted ? { ...this.last, shown: { ...this.painted.shown } } : this.last);
        break;
      case 'select':
        if (ITEM_KINDS.has(message.kind) && isId(message.id) && this.painted) focusItem(this.realm, this.painted, message.kind, message.id);
        break;
      case 'filter':
        if (CATEGORIES.includes(message.category) && typeof message.on === 'boolean') {
          this.shown[message.category] = message.on;
          if (this.painted) setShown(this.realm, this.painted, message.category, message.on);
        }
        break;
      case 'reanalyse':
        this.analyse(SCOPES.has(message.scope) ? message.scope : 'article');
        break;
      case 'show':
        this.showImport(message);
        break;
      case 'stop':
        this.o.onStop?.();
        break;
      default:
    }
  }

  /** Paints an imported report (re-anchored by the panel on the text it was sent). */
  showImport({ report, imported }) {
    if (!this.nodes || !report || !Array.isArray(report.quotes) || !Array.isArray(report.links)) return;
    this.generation = (this.generation ?? 0) + 1; // an analysis still running is dropped
    clear(this.realm);
    try {
      this.apply(paint(this.realm, this.nodes, this.text, report, { ...this.shown }), this.nodes, this.text);
    } catch (error) {
      this.tell({ type: 'error', message: String(error?.message ?? error) });
      return;
    }
    this.tell({ type: 'report', report, text: this.text, ...this.placed(), page: this.metadata(), imported: imported ?? true });
  }

  /** @param {{clientX: number, clientY: number}} e where the pointer is */
  hover(e) {
    if (!this.painted) return;
    restore(this.realm, this.painted);
    const hit = hitTest(this.realm, this.painted, e.clientX, e.clientY);
    const key = hit ? `${hit.kind}:${hit.id}` : null;
    if (key === this.hovered) return;
    this.hovered = key;
    this.o.send({ type: 'hover', kind: hit?.kind ?? null, id: hit?.id ?? null });
  }

  stop() {
    this.stopped = true;
    clear(this.realm);
    for (const off of this.listeners) off();
    this.listeners = [];
    this.painted = null;
  }
}
