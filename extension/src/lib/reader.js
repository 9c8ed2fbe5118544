// One WhoSaid session on one article, shared by the extension's content script
// and the demo: reads the page, has it analysed, paints it, and wires the panel:
// choosing and stepping through items (scroll, flash, details, the panel moved off
// the text), hover details on the page, filters, exports, copies, import and
// re-analysis. `stop()` removes every trace it added.

import { reanchor } from './anchor.js';
import { collectPageInSlices } from './collect.js';
import { citation, download, toMarkdown } from './exporters.js';
import { importErrorText, importFailures, pageIdentity, readImportFile } from './importcheck.js';
import { KIND_KEYS, Panel, isRtl, pageScheme } from './panel.js';
import { canPaint, clear, focusItem, hitTest, paint, paintInSlices, setShown } from './paint.js';
import { isReported, withSelectors } from './report.js';

/** The article's publication date from its metadata, when it gives one. */
export function publishedDate(doc) {
  const meta = doc.querySelector(
    'meta[property="article:published_time"], meta[name="article:published_time"], meta[itemprop="datePublished"], meta[name="date"], meta[name="DC.date.issued"]',
  );
  const value = meta?.getAttribute('content') ?? doc.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime');
  return value?.trim() || null;
}

/**
 * The phases of the last analysis, as `whosaid:*` entries of the performance timeline
 * (durations only: no text, no address, nothing sent anywhere), for DevTools and for
 * `npm run bench`. On a page they are in the page's timeline while WhoSaid is on there;
 * stop() clears them. `whosaid:collect` reads the DOM; `whosaid:answer` waits for the
 * analysis (its detail: the core's own milliseconds, and the wasm's load when this
 * answer waited for it); `whosaid:paint` registers the highlights; `whosaid:panel` lists
 * them; `whosaid:frame` marks the end of the first frame after (highlights painted).
 */
const TIMING = ['whosaid:collect', 'whosaid:answer', 'whosaid:paint', 'whosaid:panel'];

function clearTiming() {
  for (const name of TIMING) performance.clearMeasures(name);
  performance.clearMarks('whosaid:frame');
}

function recordTiming(t0, t1, t2, t3, detail, stopped) {
  const t4 = performance.now();
  performance.measure('whosaid:collect', { start: t0, end: t1 });
  performance.measure('whosaid:answer', { start: t1, end: t2, detail });
  performance.measure('whosaid:paint', { start: t2, end: t3 });
  performance.measure('whosaid:panel', { start: t3, end: t4 });
  // The frame that paints the highlights runs after this task; the mark is set once it is done.
  globalThis.requestAnimationFrame(() => setTimeout(() => stopped() || performance.mark('whosaid:frame'), 0));
}

export class Reader {
  /**
   * @param {object} o
   * @param {{CSS: any, Highlight: any}} o.realm where the article's highlights live
   * @param {Document} o.doc the article's document
   * @param {Document} o.panelDoc the document the panel goes in, under `o.panelParent`
   * @param {(page: object) => Promise<{report: object, ms: number}>} o.analyze
   * @param {Function} o.t translator; `o.settings` the reader's settings
   * @param {object} [o.collect] options for collectPage (url, base)
   * @param {() => {x: number, y: number}} [o.offset] where the article's viewport is in the panel's
   * @param {Function} [o.onClose]
   */
  constructor(o) {
    this.o = o;
    this.t = o.t;
    this.realm = o.realm;
    this.doc = o.doc;
    this.report = null;
    this.painted = null;
    this.text = '';
    this.listeners = [];
    const docEl = o.doc.documentElement;
    const dir = isRtl(docEl.lang, o.doc.dir || o.doc.body?.dir || docEl.dir) ? 'rtl' : 'ltr';
    this.panel = new Panel(o.panelDoc, o.panelParent, {
      floating: o.floating, t: o.t, settings: o.settings, dir, scheme: o.scheme ?? pageScheme(o.doc),
      onClose: o.onClose,
      onSelect: (kind, id) => this.select(kind, id),
      onFilter: (category, on) => setShown(this.realm, this.painted, category, on),
      onClaims: (on) => setShown(this.realm, this.painted, 'claim', on),
      onExport: (format) => this.report && download(o.panelDoc, this.panel.root, this.exported(), format, this.context()),
      onCopyAll: () => this.copy(toMarkdown(this.exported(), this.context()), this.t('copiedAll', this.report.quotes.length)),
      onCite: (id) => {
        const q = this.report.quotes.find((x) => x.id === id);
        if (q) this.copy(citation(this.exported(), q, this.context()));
      },
      onImport: (file) => this.import(file),
      onReanalyse: () => this.analyse(),
    });
    this.listen(o.doc, 'mousemove', (e) => this.hover(e));
    this.listen(o.doc, 'scroll', () => this.pinnedDetails(), true);
    // The pointer left the article's document (its window, or the demo's frame).
    this.listen(o.doc, 'mouseout', (e) => {
      if (!e.relatedTarget && !this.pinned) this.panel.showDetails(null);
    });
  }

  listen(target, type, handler, capture = false) {
    let frame = 0;
    // Pointer moves are handled once a frame, with what was true when the event came
    // (an event's composedPath() is empty once its dispatch is over).
    let last = null;
    const throttled = type === 'mousemove'
      ? (e) => {
        last = { clientX: e.clientX, clientY: e.clientY, overPanel: e.composedPath().includes(this.panel.host) };
        if (frame) return;
        frame = globalThis.requestAnimationFrame(() => {
          frame = 0;
          handler(last);
        });
      }
      : handler;
    target.addEventListener(type, throttled, { passive: true, capture });
    this.listeners.push(() => target.removeEventListener(type, throttled, { capture }));
  }

  /**
   * The report as the exports give it: with its selectors, which the extension's background
   * leaves out (they only repeat the page's text) and which are written back on the first export.
   */
  exported() {
    return withSelectors(this.report, this.text);
  }

  /** What the exports need besides the report. */
  context() {
    return { text: this.text, settings: this.o.settings, shown: this.painted?.shown ?? this.panel.shown, published: this.published };
  }

  /** Reads the page, has it analysed, paints and lists the result. */
  async analyse() {
    const t = this.t;
    clearTiming();
    const t0 = performance.now();
    this.panel.setState('working');
    try {
      if (!canPaint(this.realm)) throw new Error(t('noPaint'));
      const { page, nodes } = await collectPageInSlices(this.doc, this.o.collect);
      if (this.stopped) return;
      this.published = publishedDate(this.doc);
      const t1 = performance.now();
      const { report, ms, init } = await this.o.analyze(page);
      if (this.stopped) return;
      const t2 = performance.now();
      const painted = await paintInSlices(this.realm, nodes, page.text, report, { ...this.shown() });
      if (this.stopped) {
        clear(this.realm);
        return;
      }
      this.show(report, nodes, page.text, painted);
      const t3 = performance.now();
      const note = t('timing', Math.round(t1 - t0), Math.round(ms ?? t2 - t1), Math.round(t3 - t2));
      this.panel.showReport(report, this.painted, this.painted.dropped ? `${note} ${t('dropped', this.painted.dropped)}` : note, this.shown());
      recordTiming(t0, t1, t2, t3, { analysis: ms ?? null, init: init ?? null }, () => this.stopped);
    } catch (error) {
      console.error('[whosaid]', error);
      clear(this.realm);
      this.panel.showError(t('failed', error.message ?? error));
    }
  }

  /** The categories shown: the panel's filters once it has them, else the settings'. */
  shown() {
    return this.painted?.shown ?? this.panel.shown ?? this.o.settings.show;
  }

  /** Paints `report` (or shows what `painted` already holds) in place of what was shown. */
  show(report, nodes, text, painted = null) {
    const shown = { ...this.shown() };
    if (!painted) clear(this.realm);
    this.report = report;
    this.text = text;
    this.painted = painted ?? paint(this.realm, nodes, text, report, shown);
  }

  /** Scrolls to an item, flashes it, moves the panel off it and shows its details. */
  select(kind, id) {
    const ranges = focusItem(this.realm, this.painted, kind, id);
    if (!ranges.length) return;
    const off = this.o.offset?.() ?? { x: 0, y: 0 };
    const rects = ranges.flatMap((r) => [...r.getClientRects()]).map((r) => ({
      left: r.left + off.x, right: r.right + off.x, top: r.top + off.y, bottom: r.bottom + off.y,
    }));
    this.panel.avoid(rects);
    this.pinned = { kind, id, ranges };
    this.pinnedDetails();
  }

  /** The chosen item's details, beside it where it is now (after a scroll too); none if none. */
  pinnedDetails() {
    if (!this.pinned) {
      this.panel.showDetails(null);
      return;
    }
    const off = this.o.offset?.() ?? { x: 0, y: 0 };
    const rects = this.pinned.ranges.flatMap((r) => [...r.getClientRects()]);
    const last = rects.at(-1);
    if (!last) return;
    this.panel.showDetails(this.details(this.pinned.kind, this.pinned.id), last, off);
  }

  /** @param {{clientX: number, clientY: number, overPanel: boolean}} e where the pointer is */
  hover(e) {
    if (!this.painted) return;
    // (Browsers send a mousemove after a scroll; over the panel it says nothing about the page.)
    if (e.overPanel) return;
    const hit = hitTest(this.realm, this.painted, e.clientX, e.clientY);
    if (!hit) {
      this.pinned = null;
      this.panel.showDetails(null);
      return;
    }
    this.pinned = null;
    const rect = [...hit.range.getClientRects()].find((r) => e.clientX >= r.left && e.clientX <= r.right && e.clientY >= r.top && e.clientY <= r.bottom)
      ?? hit.range.getBoundingClientRect();
    this.panel.showDetails(this.details(hit.kind, hit.id), rect, this.o.offset?.() ?? { x: 0, y: 0 });
  }

  /** The details of a quote, link or claim, as [label, value] rows. */
  details(kind, id) {
    const t = this.t;
    const r = this.report;
    if (kind === 'quote') {
      const q = r.quotes.find((x) => x.id === id);
      if (!q) return null;
      const rows = [];
      if (q.speaker) {
        rows.push([t('detailSpeaker'), q.speaker.mention && q.speaker.mention !== q.speaker.name ? `${q.speaker.name} (“${q.speaker.mention}”)` : q.speaker.name]);
        if (q.speaker.role || q.speaker.title) rows.push([t('detailRole'), q.speaker.role ?? q.speaker.title]);
      } else rows.push([t('detailSpeaker'), t('noSpeaker')]);
      if (q.cue) rows.push([t('detailCue'), q.cue]);
      if (q.medium) rows.push([t('detailMedium'), q.medium]);
      rows.push([t('detailKind'), [t(`kind_${q.kind}`), q.speaker?.kind ? t(`speakerKind_${q.speaker.kind}`) : null].filter(Boolean).join(' · ')]);
      if (typeof q.confidence === 'number') rows.push([t('detailConfidence'), `${Math.round(q.confidence * 100)}%`]);
      return rows;
    }
    if (kind === 'link') {
      const l = r.links.find((x) => x.id === id);
      if (!l) return null;
      const rows = [[t('detailLink'), l.href], [t('detailSourceKind'), KIND_KEYS.includes(l.kind) ? t(`kind_${l.kind}`) : l.kind], [t('detailRelation'), t(`relation_${l.relation}`)]];
      const backed = l.backs && r.quotes.find((q) => q.id === l.backs);
      if (backed) rows.push([t('detailBacks'), `${backed.speaker?.name ?? t('noSpeaker')} · ${t(isReported(backed) ? 'kind_indirect' : `kind_${backed.kind}`)}`]);
      return rows;
    }
    const c = (r.unbacked ?? [])[Number(id.slice(1)) - 1];
    return c ? [[t('detailClaim'), t('claimMeta', c.cue)]] : null;
  }

  /**
   * New settings while the panel is open: its colours, and the categories whose
   * "show" setting changed are shown or hidden as the settings now say.
   */
  applySettings(settings) {
    const before = this.o.settings;
    this.o.settings = settings;
    this.panel.settings = settings;
    this.panel.applyColors();
    if (!this.report || !this.painted) return;
    for (const [category, on] of Object.entries(settings.show)) {
      if (before.show[category] !== on && category !== 'claim') setShown(this.realm, this.painted, category, on);
    }
    this.panel.showReport(this.report, this.painted, '', this.painted.shown);
  }

  /** Copies `text`, and says so (with the text) in the panel's status line. */
  async copy(text, message = this.t('copied', text)) {
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      // Older rules (or no focus): a selected textarea inside the panel's shadow root.
      const area = this.o.panelDoc.createElement('textarea');
      area.value = text;
      area.setAttribute('aria-hidden', 'true');
      area.style.cssText = 'position:fixed;opacity:0;pointer-events:none';
      this.panel.root.append(area);
      area.select();
      const ok = this.o.panelDoc.execCommand?.('copy');
      area.remove();
      if (!ok) {
        this.panel.say(this.t('copyFailed', text));
        return;
      }
    }
    this.panel.say(message);
  }

  /** Loads an export of this page and shows its items where they are now. */
  async import(file) {
    const t = this.t;
    try {
      const imported = await readImportFile(file);
      const { page, nodes } = await collectPageInSlices(this.doc, this.o.collect);
      const result = reanchor(imported, page.text, pageIdentity(page, this.report));
      this.show(result.report, nodes, page.text);
      this.panel.showReport(result.report, this.painted, t('importedNote', file.name), this.shown());
      this.panel.say(t('imported', file.name, result.format, result.anchored, result.total), importFailures(result.failed, t));
      this.panel.host.dataset.imported = `${result.anchored}/${result.total}`;
    } catch (error) {
      console.error('[whosaid]', error);
      this.panel.say(t('importError', file.name, importErrorText(error, t)));
    }
  }

  stop() {
    this.stopped = true;
    clearTiming();
    clear(this.realm);
    for (const off of this.listeners) off();
    this.listeners = [];
    this.panel.destroy();
  }
}
