// The WhoSaid panel: the summary, filters per category, the quotations grouped by
// speaker (with each speaker's share of the quoted words), reported speech,
// unnamed sources, the source links, the details of the item chosen or under the
// pointer, and export, copy and import. When the part of the page read as the article is
// in doubt (the report's `body_doubt`), a notice says what was read and offers the whole
// page or the reader's selection instead. The extension shows it in the browser's
// side panel (an extension page: no page can reach it), the demo beside its article.
// It lives in a shadow root so that the styles of the document around it cannot
// reach it. Page text is only ever set as text (textContent, attributes), never
// parsed as markup. Fully usable by keyboard: Tab order follows the reading
// order; j/k or the arrow keys go to the next or previous item; Esc turns WhoSaid off.

import { FORMATS } from './exporters.js';
import { KIND_KEYS, counts, groupBySpeaker, isReported, sections, speakerIsGuess } from './report.js';
import { CATEGORIES, DEFAULTS, LINES, normalize } from './settings.js';
import { translator } from './i18n.js';

const STYLE = `
:host { all: initial; display: block; height: 100%; }
.panel {
  --bg: #ffffff; --fg: #1d1d1f; --muted: #54545e; --line: #c9c9d2; --accent: #005a8e;
  --speaker: #00704f; --chip: #eef1f6; --error: #b00020; --bar: #0072b2;
  box-sizing: border-box; width: 100%; height: var(--whosaid-height, 100vh); overflow: auto;
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg);
  background: var(--bg); padding: 0.6rem 0.9rem 0; text-align: start;
  display: flex; flex-direction: column;
}
.body { flex: 1 0 auto; }
.panel[data-scheme="dark"] {
  --bg: #1f2126; --fg: #f1f1f3; --muted: #b9b9c3; --line: #4a4d57; --accent: #7cc4ee;
  --speaker: #5fd9b0; --chip: #2d3038; --error: #ff9a8f; --bar: #56b4e9;
}
header { display: flex; align-items: center; gap: 0.25rem; margin: -0.6rem -0.9rem 0; padding: 0.6rem 0.6rem 0.2rem; position: sticky; top: -0.6rem; z-index: 1; background: var(--bg); }
header .grip { flex: 1; font-size: 1rem; font-weight: 700; letter-spacing: 0.01em; padding: 0.2rem 0.3rem; user-select: none; }
button, input, label { font: inherit; color: inherit; }
button { cursor: pointer; }
:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.tool { border: 1px solid transparent; background: transparent; font-size: 1.05rem; line-height: 1; padding: 0.25rem 0.4rem; border-radius: 6px; min-width: 1.9rem; }
.tool:hover { background: var(--chip); border-color: var(--line); }
.summary { margin: 0.3rem 0 0.5rem; color: var(--fg); }
.note { margin: 0.4rem 0; color: var(--muted); font-size: 0.82rem; }
.filters { display: flex; flex-wrap: wrap; gap: 0.3rem; border: 0; padding: 0; margin: 0 0 0.3rem; }
.filters legend { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
.filter { display: inline-flex; align-items: center; gap: 0.3rem; border: 1px solid var(--line); border-radius: 999px; padding: 0.1rem 0.5rem 0.1rem 0.3rem; font-size: 0.8rem; cursor: pointer; }
.filter input { margin: 0; accent-color: var(--accent); }
.swatch { display: inline-block; width: 1.4rem; height: 0.9rem; text-decoration-thickness: 2px; line-height: 0.9rem; font-size: 0.7rem; text-align: center; }
h2 { font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.06em; color: var(--muted); margin: 0.8rem 0 0.3rem; }
h3 { font-size: 0.95rem; margin: 0.55rem 0 0.2rem; color: var(--speaker); display: flex; flex-wrap: wrap; column-gap: 0.5rem; align-items: baseline; }
h3 .who { flex: 1 1 100%; }
h3 .role { color: var(--muted); font-weight: normal; font-size: 0.85rem; }
h3 .count { color: var(--muted); font-weight: normal; font-size: 0.8rem; white-space: nowrap; }
.share { display: block; height: 4px; background: var(--chip); border-radius: 2px; margin: 0.05rem 0 0.3rem; overflow: hidden; }
.share > span { display: block; height: 100%; background: var(--bar); }
ul { list-style: none; margin: 0; padding: 0; }
li { display: flex; gap: 0.3rem; align-items: stretch; }
li + li { margin-top: 0.3rem; }
li.more { height: 1px; margin: 0; }
.item { display: block; flex: 1; min-width: 0; text-align: start; background: transparent; border: 1px solid var(--line);
        border-radius: 8px; padding: 0.4rem 0.55rem; }
.item:hover, .item[aria-current="true"], .item.hovered { background: var(--chip); }
.item.hovered { border-color: var(--muted); }
.item[aria-current="true"] { border-color: var(--accent); }
.item[disabled] { opacity: 0.6; cursor: default; }
.cite { border: 1px solid var(--line); background: transparent; border-radius: 8px; padding: 0 0.45rem; font-size: 1rem; color: var(--muted); }
.cite:hover { background: var(--chip); }
.quote-text { border-inline-start: 4px solid var(--c-quote); padding-inline-start: 0.45rem; display: block; }
.reported-text { border-inline-start: 4px dashed var(--c-reported); padding-inline-start: 0.45rem; display: block; font-style: italic; }
.claim-text { border-inline-start: 4px dotted var(--c-claim); padding-inline-start: 0.45rem; display: block; }
.link-text { border-inline-start: 4px double var(--c-link); padding-inline-start: 0.45rem; }
.meta { display: block; color: var(--muted); font-size: 0.8rem; margin-top: 0.2rem; }
.domain { color: var(--muted); font-size: 0.8rem; }
.badge { display: inline-block; font-size: 0.72rem; padding: 0 0.4rem; border-radius: 999px; background: var(--chip); margin-inline-start: 0.3rem; }
.badge.external { text-decoration: underline double; }
.badge.kind { background: transparent; border: 1px solid var(--line); }
.counts { margin: 0 0 0.4rem; color: var(--muted); font-size: 0.85rem; }
.claims-toggle { display: flex; gap: 0.4rem; align-items: center; margin-top: 0.5rem; font-size: 0.85rem; color: var(--muted); }
.actions { margin: 0.4rem 0 0.2rem; padding-bottom: 0.5rem; border-bottom: 1px solid var(--line); }
.actions .row { display: flex; gap: 0.35rem; flex-wrap: wrap; align-items: center; }
.actions .row + .row { margin-top: 0.4rem; }
.actions .label { color: var(--muted); font-size: 0.8rem; margin-inline-end: 0.2rem; }
.actions button, .import { border: 1px solid var(--line); background: var(--chip); border-radius: 6px; padding: 0.2rem 0.55rem; font-size: 0.83rem; cursor: pointer; }
.import:focus-within { outline: 2px solid var(--accent); outline-offset: 2px; }
.import input { position: absolute; width: 1px; height: 1px; opacity: 0; overflow: hidden; }
.scope { margin: 0.2rem 0 0.6rem; padding: 0.45rem 0.6rem; border: 1px solid var(--line); border-inline-start: 4px solid var(--accent); border-radius: 6px; background: var(--chip); font-size: 0.85rem; }
.scope p { margin: 0 0 0.35rem; }
.scope .row { display: flex; gap: 0.35rem; flex-wrap: wrap; }
.scope button { border: 1px solid var(--line); background: var(--bg); border-radius: 6px; padding: 0.2rem 0.55rem; font-size: 0.83rem; }
.scope button:hover { border-color: var(--accent); }
.status { margin: 0.4rem 0 0.75rem; font-size: 0.82rem; color: var(--muted); overflow-wrap: anywhere; }
.off { color: var(--muted); }
.status:empty { display: none; }
.failed { margin: 0.2rem 0 0; padding-inline-start: 1rem; list-style: disc; font-size: 0.8rem; color: var(--muted); }
.failed li { display: list-item; }
.error { color: var(--error); }
.empty { color: var(--muted); font-style: italic; }
.panel.hide-quote [data-category="quote"], .panel.hide-reported [data-category="reported"],
.panel.hide-link [data-category="link"] { display: none; }
.details { position: sticky; bottom: 0; z-index: 1; margin: 0 -0.9rem; padding: 0.45rem 0.9rem 0.6rem; box-sizing: border-box;
  font-size: 13px; line-height: 1.35; color: var(--fg); background: var(--bg); border-top: 1px solid var(--line);
  box-shadow: 0 -4px 12px rgb(0 0 0 / 0.08); }
.details[hidden] { display: none; }
.details dl { margin: 0; display: grid; grid-template-columns: auto 1fr; gap: 0.1rem 0.6rem; }
.details dt { color: var(--muted); }
.details dd { margin: 0; overflow-wrap: anywhere; }
/* Each piece of text takes its own direction from its content (a Hebrew quote in an English
   panel, English labels in a right-to-left panel), while the panel's layout follows the page. */
.panel p, .panel h2, .panel h3, .panel span, .panel label, .panel button, .panel li, .details dt, .details dd { unicode-bidi: plaintext; }
.panel[dir="rtl"], .panel[dir="rtl"] .item { text-align: right; }
@media (prefers-reduced-motion: no-preference) { .item { transition: background-color 0.1s; } }
@media (forced-colors: active) { .item[aria-current="true"] { outline: 2px solid Highlight; } }
`;

/**
 * `handler` for the reader's own input only: events a script made up (`isTrusted` false)
 * are not acted on.
 */
const trusted = (handler) => (e) => {
  if (e.isTrusted) handler(e);
};

/** Builds an element with text; never interprets `text` as markup. */
function el(doc, tag, props = {}, ...children) {
  const node = doc.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'text') node.textContent = value;
    else if (key === 'class') node.className = value;
    else node.setAttribute(key, value === true ? '' : value);
  }
  node.append(...children.filter((c) => c !== null && c !== undefined && c !== false));
  return node;
}

/**
 * Items listed at once over the whole panel (a page with thousands of quotations); past
 * them, each list shows the rest `ITEMS_PER_LOAD` at a time as its end scrolls into view.
 */
const ITEMS_AT_ONCE = 300;
const ITEMS_PER_LOAD = 200;

const clip = (s, n) => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);

const english = translator();

/**
 * The summary line: "14 quotations from 6 speakers, 2 unnamed sources, 3 reported statements,
 * 9 source links, 4 external" (unnamed sources and reported statements only when there are some).
 */
export function summary(report, t = english) {
  const c = counts(report);
  return [
    t('summaryQuotes', t.n('nQuotations', c.quotations), t.n('nSpeakers', c.speakers)),
    c.unnamed ? t.n('nUnnamed', c.unnamed) : null,
    c.reported ? t.n('nReported', c.reported) : null,
    t.n('nLinks', c.links),
    t.n('nExternal', c.external),
  ].filter(Boolean).join(t('listSeparator'));
}

/** Source links counted by kind, most frequent first: "1 news agency · 1 publisher's own page". */
function kindCounts(links, t = english) {
  const by = new Map();
  for (const l of links) by.set(l.kind, (by.get(l.kind) ?? 0) + 1);
  return [...by.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([kind, n]) => `${n} ${KIND_KEYS.includes(kind) ? t(`kind_${kind}`) : kind}`)
    .join(' · ');
}

export class Panel {
  /**
   * Mounts a panel in a new shadow root under `parent`.
   * @param {Document} doc
   * @param {Element} parent where the host element goes
   * @param {object} options `t` (translator), `settings` (colours, shown categories), `dir`,
   *   `scheme` ('light' or 'dark'), and callbacks: `onSelect(kind, id)` when an
   *   item is chosen, `onFilter(category, on)`, `onClaims(on)`, `onExport(format)`,
   *   `onCopyAll()`, `onCite(id)`, `onImport(file)`, `onReanalyse()`, `onClose()` (turn off),
   *   `onScope(scope)` (read `article`, the whole `page` or the `selection` as the article)
   */
  constructor(doc, parent, options = {}) {
    const { t = english, dir = 'ltr', scheme = 'light' } = options;
    this.options = options;
    this.t = t;
    this.doc = doc;
    this.settings = normalize(options.settings ?? DEFAULTS);
    this.shown = { ...this.settings.show };
    this.waiting = new Map(); // lists with items not shown yet (`defer`)
    this.host = doc.createElement('whosaid-panel');
    const root = this.host.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLE);
    root.adoptedStyleSheets = [sheet];
    this.root = root;
    this.body = el(doc, 'div', { class: 'body' });
    this.summaryLine = el(doc, 'p', { class: 'summary', role: 'status', 'aria-live': 'polite' });
    this.status = el(doc, 'p', { class: 'status', role: 'status', 'aria-live': 'polite', 'data-status': '' });
    const tool = (name, label, glyph, handler) => {
      const b = el(doc, 'button', { type: 'button', class: 'tool', 'data-tool': name, 'aria-label': label, title: label, text: glyph });
      b.addEventListener('click', trusted(handler));
      return b;
    };
    this.tools = {
      prev: tool('prev', t('previousItem'), '‹', () => this.step(-1)),
      next: tool('next', t('nextItem'), '›', () => this.step(1)),
      reanalyse: options.onReanalyse ? tool('reanalyse', t('reanalyse'), '⟳', () => options.onReanalyse()) : null,
      close: options.onClose ? tool('close', t('turnOff'), '×', () => options.onClose()) : null,
    };
    this.grip = el(doc, 'span', { class: 'grip', text: t('appName') });
    this.header = el(doc, 'header', {}, this.grip, ...Object.values(this.tools));
    // The details of the item chosen or under the pointer, at the foot of the panel.
    this.details = el(doc, 'section', { class: 'details', id: 'whosaid-details', 'aria-label': t('detailsLabel'), 'aria-live': 'polite', hidden: true });
    this.panel = el(doc, 'div', { class: 'panel', role: 'complementary', 'aria-label': t('appName'), dir, 'data-scheme': scheme },
      this.header, this.summaryLine, this.body, this.status, this.details);
    this.setDir(dir);
    this.applyColors();
    this.panel.addEventListener('keydown', trusted((e) => this.onKey(e)));
    this.panel.addEventListener('click', trusted((e) => this.onClick(e)));
    root.append(this.panel);
    this.setState('working');
    this.summaryLine.textContent = t('reading');
    parent.append(this.host);
  }

  /** The reader's colours as CSS variables (for the list's markers and the filters' swatches). */
  applyColors() {
    for (const c of CATEGORIES) this.panel.style.setProperty(`--c-${c}`, this.settings.colors[c]);
  }

  /** `working`, `ready`, `error` or `off`, on the host for tests and styling. */
  setState(state) {
    this.host.dataset.state = state;
  }

  /** 'light' or 'dark'. */
  setScheme(scheme) {
    this.panel.dataset.scheme = scheme;
  }

  /** The article's direction: the panel's layout follows it ('rtl' or 'ltr'). */
  setDir(dir) {
    this.panel.setAttribute('dir', dir);
    this.tools.prev.textContent = dir === 'rtl' ? '›' : '‹';
    this.tools.next.textContent = dir === 'rtl' ? '‹' : '›';
  }

  /** Nothing to show: WhoSaid is off on the page in view, or cannot read it (`message` says). */
  showOff(message) {
    this.setState('off');
    this.observer?.disconnect();
    this.waiting = new Map();
    this.report = null;
    this.showDetails(null);
    this.summaryLine.textContent = '';
    this.status.replaceChildren();
    this.body.replaceChildren(el(this.doc, 'p', { class: 'off', 'data-off': '', text: message }));
  }

  showError(message) {
    this.setState('error');
    this.summaryLine.textContent = '';
    this.body.replaceChildren(el(this.doc, 'p', { class: 'error', role: 'alert', text: message }));
  }

  /** Says something in the panel's live status line (copies, imports). */
  say(message, list = []) {
    this.status.replaceChildren(message);
    if (list.length) this.status.append(el(this.doc, 'ul', { class: 'failed' }, ...list.map((s) => el(this.doc, 'li', { text: s }))));
  }

  onKey(e) {
    const typing = e.target?.localName === 'input' && e.target.type !== 'checkbox';
    if (e.key === 'Escape') {
      this.options.onClose?.();
    } else if (!typing && !e.altKey && !e.ctrlKey && !e.metaKey && (e.key === 'j' || (e.key === 'ArrowDown' && e.target?.classList?.contains('item')))) {
      e.preventDefault();
      this.step(1);
    } else if (!typing && !e.altKey && !e.ctrlKey && !e.metaKey && (e.key === 'k' || (e.key === 'ArrowUp' && e.target?.classList?.contains('item')))) {
      e.preventDefault();
      this.step(-1);
    }
  }

  onClick(e) {
    const target = e.target.closest?.('[data-quote],[data-link],[data-claim],[data-export],[data-cite],[data-copy-all],[data-scope-choice]');
    if (!target) return;
    const { quote, link, claim, cite, scopeChoice } = target.dataset;
    if (scopeChoice) this.options.onScope?.(scopeChoice);
    else if (target.dataset.export) this.options.onExport?.(target.dataset.export);
    else if (target.hasAttribute('data-copy-all')) this.options.onCopyAll?.();
    else if (cite) this.options.onCite?.(cite);
    else this.choose(target, quote ? 'quote' : link ? 'link' : 'claim', quote ?? link ?? claim);
  }

  /** The list items a reader can step through: visible and placed on the page. */
  items() {
    return [...this.root.querySelectorAll('.item:not([disabled])')].filter((b) => b.getClientRects().length > 0);
  }

  choose(button, kind, id) {
    for (const b of this.root.querySelectorAll('.item[aria-current]')) b.removeAttribute('aria-current');
    button.setAttribute('aria-current', 'true');
    this.options.onSelect?.(kind, id);
  }

  /** Goes to the next (1) or previous (-1) item, focusing it in the list and showing it on the page. */
  step(by) {
    const target = () => {
      const items = this.items();
      const at = items.findIndex((b) => b.getAttribute('aria-current') === 'true');
      return items.length ? items[at === -1 ? (by > 0 ? 0 : items.length - 1) : (at + by + items.length) % items.length] : null;
    };
    let next = target();
    if (!next) return;
    // A list not fully shown yet: forward off its last item shown, the next ones are listed
    // first; back into it from below, all of it, so that its true last item comes next.
    const from = this.root.querySelector('.item[aria-current="true"]')?.closest('ul');
    const into = next.closest('ul');
    if (by > 0 && from && from !== into && this.waiting.has(from)) this.more(from);
    else if (by < 0 && into !== from && this.waiting.has(into)) this.more(into, Infinity);
    next = target();
    next.focus();
    next.scrollIntoView?.({ block: 'nearest' });
    const { quote, link, claim } = next.dataset;
    this.choose(next, quote ? 'quote' : link ? 'link' : 'claim', quote ?? link ?? claim);
  }

  /** Shows `rows` ([label, value] pairs) at the foot of the panel, or hides the details when `rows` is null. */
  showDetails(rows) {
    const d = this.doc;
    const current = this.root.querySelector('.item[aria-current="true"]');
    if (!rows) {
      this.details.hidden = true;
      this.details.replaceChildren();
      current?.removeAttribute('aria-describedby');
      return;
    }
    // The chosen item is described by its details, for screen readers.
    current?.setAttribute('aria-describedby', 'whosaid-details');
    const list = el(d, 'dl', {});
    for (const [label, value] of rows) list.append(el(d, 'dt', { text: label }), el(d, 'dd', { text: value }));
    this.details.replaceChildren(list);
    this.details.hidden = false;
  }

  /** Marks the item the pointer is over on the page (`kind` null: none) and brings it into the list's view. */
  markHovered(kind, id) {
    for (const b of this.root.querySelectorAll('.item.hovered')) b.classList.remove('hovered');
    if (!kind) return;
    const attr = { quote: 'data-quote', link: 'data-link', claim: 'data-claim' }[kind];
    const item = attr ? [...this.root.querySelectorAll(`[${attr}]`)].find((b) => b.getAttribute(attr) === id) : null;
    if (!item) return;
    item.classList.add('hovered');
    item.scrollIntoView?.({ block: 'nearest' });
  }

  /** The filters: one checkbox per category, with its colour and line style. */
  filters() {
    const d = this.doc;
    const t = this.t;
    const box = el(d, 'fieldset', { class: 'filters', 'data-filters': '' }, el(d, 'legend', { text: t('filtersLegend') }));
    for (const c of ['quote', 'reported', 'speaker', 'cue', 'link']) {
      const input = el(d, 'input', { type: 'checkbox', 'data-filter': c, checked: this.shown[c] !== false });
      input.checked = this.shown[c] !== false;
      input.addEventListener('change', trusted(() => this.filter(c, input.checked)));
      const swatch = el(d, 'span', { class: 'swatch', 'aria-hidden': 'true', text: 'Ab' });
      const color = this.settings.colors[c];
      swatch.style.textDecoration = `${LINES[c]} ${color}`;
      if (this.settings.style === 'background' && (c === 'quote' || c === 'speaker' || c === 'link')) swatch.style.background = `${color}55`;
      box.append(el(d, 'label', { class: 'filter' }, input, swatch, t(`category_${c}`)));
    }
    return box;
  }

  filter(category, on) {
    this.shown[category] = on;
    this.panel.classList.toggle(`hide-${category}`, !on);
    this.options.onFilter?.(category, on);
  }

  /**
   * What was read as the article, when the reader may want to choose: `scope` is `article` (the
   * core's choice: said only when the report's `body_doubt` is there), `page` or `selection`
   * (the reader's choice: said always, with the way back). Null when there is nothing to say
   * (an import, or an article not in doubt).
   */
  scopeNotice(report, scope) {
    const d = this.doc;
    const t = this.t;
    const doubt = scope === 'article' ? report.body_doubt : null;
    if (scope === 'article' && !(doubt && typeof doubt === 'object')) return null;
    if (scope !== 'article' && scope !== 'page' && scope !== 'selection') return null;
    const number = (n) => (Number.isFinite(n) ? new Intl.NumberFormat(t.lang ?? 'en').format(n) : '?');
    let said;
    if (scope === 'page') said = t('readWholePage');
    else if (scope === 'selection') said = t('readSelection');
    else if (doubt.reason === 'no-quotations') said = t('doubtNoQuotations');
    else said = t('doubtSmall', number(doubt.body_words), number(doubt.page_words));
    const choice = (to, label, title) => el(d, 'button', { type: 'button', 'data-scope-choice': to, text: label, title });
    const choices = [
      scope !== 'article' ? choice('article', t('analyseArticle')) : null,
      scope !== 'page' ? choice('page', t('analyseWholePage')) : null,
      choice('selection', t('analyseSelection'), t('analyseSelectionHelp')),
    ];
    return el(d, 'div', { class: 'scope', role: 'note', 'data-scope': scope, 'data-doubt': doubt ? doubt.reason : null },
      el(d, 'p', { text: said }),
      el(d, 'div', { class: 'row', role: 'group', 'aria-label': t('scopeGroup') }, ...choices));
  }

  /**
   * Lists the report. `painted` tells which items could be placed on the page;
   * `note` is shown under the lists; `shown` gives the categories shown; `scope` what was
   * read as the article (`scopeNotice`).
   */
  showReport(report, painted = null, note = '', shown = this.settings.show, scope = null) {
    const d = this.doc;
    const t = this.t;
    this.generation = (this.generation ?? 0) + 1;
    this.rendered = 0;
    this.observer?.disconnect();
    this.waiting = new Map();
    this.report = report;
    this.shown = { ...shown };
    for (const c of CATEGORIES) this.panel.classList.toggle(`hide-${c}`, this.shown[c] === false && c !== 'claim');
    this.summaryLine.textContent = summary(report, t);
    const s = sections(report);
    const quotes = this.itemSection(s.quotations, painted, {
      title: t('sectionQuotations'), empty: t('noQuotations'), groupAttr: 'data-speaker', unit: 'nQuotes', share: s.quoted, category: 'quote',
    });
    const said = this.itemSection(s.reported, painted, {
      title: t('sectionReported'), empty: t('noReported'), groupAttr: 'data-reported-speaker', unit: 'nStatements', category: 'reported',
    });
    const unnamed = s.unnamed.length
      ? this.itemSection(s.unnamed, painted, { title: t('sectionUnnamed'), groupAttr: 'data-unnamed-speaker', unit: 'nItems' })
      : null;
    const sources = this.sourcesSection(report, painted);
    const extra = [];
    if (note) extra.push(el(d, 'p', { class: 'note', text: note }));
    if (report.truncated) extra.push(el(d, 'p', { class: 'error', text: t('truncated') }));
    // The exports and the import come first, under the filters: at the end of a long list
    // they would move away as more of it is listed.
    this.scope = scope;
    this.body.replaceChildren(this.scopeNotice(report, scope) ?? '', this.filters(), this.actions(), quotes, said, unnamed ?? '', sources, ...extra);
    this.setState('ready');
    this.watchWaiting();
  }

  /** The exports, the copy of all and the import. */
  actions() {
    const d = this.doc;
    const t = this.t;
    const input = el(d, 'input', { type: 'file', accept: '.json,.jsonld,application/json,application/ld+json', 'data-import': '' });
    input.addEventListener('change', trusted(() => {
      const [file] = input.files;
      if (file) this.options.onImport?.(file);
      input.value = '';
    }));
    return el(d, 'div', { class: 'actions' },
      el(d, 'div', { class: 'row', role: 'group', 'aria-label': t('exportGroup') },
        el(d, 'span', { class: 'label', text: t('exportLabel') }),
        ...Object.entries(FORMATS).map(([format, f]) => el(d, 'button', { type: 'button', 'data-export': format, text: f.label, title: t(f.title) }))),
      el(d, 'div', { class: 'row' },
        this.options.onCopyAll ? el(d, 'button', { type: 'button', 'data-copy-all': '', text: t('copyAll') }) : null,
        this.options.onImport ? el(d, 'label', { class: 'import', title: t('importHelp') }, t('importLabel'), input) : null));
  }

  /**
   * The Sources section: the body's links counted by kind and by relation, each
   * with its domain, kind and what it backs; then, on request, the sentences
   * that make a claim with neither a named source nor a link.
   */
  sourcesSection(report, painted) {
    const d = this.doc;
    const t = this.t;
    const { links } = sections(report);
    const section = el(d, 'section', { 'aria-labelledby': 'whosaid-sources', 'data-sources': '' }, el(d, 'h2', { id: 'whosaid-sources', text: t('sectionSources') }));
    if (!links.length) section.append(el(d, 'p', { class: 'empty', text: t('noLinks') }));
    else {
      const external = links.filter((l) => l.relation === 'external').length;
      section.append(
        el(d, 'p', { class: 'counts', 'data-kind-counts': '', text: kindCounts(links, t) }),
        el(d, 'p', { class: 'counts', 'data-relation-counts': '', text: t('relationCounts', links.length - external, external) }),
      );
    }
    const byId = new Map(report.quotes.map((q) => [q.id, q]));
    const list = el(d, 'ul', { 'data-category': 'link' });
    for (const l of links) {
      const backed = l.backs ? byId.get(l.backs) : null;
      const meta = [
        l.outlet && l.outlet !== l.domain ? l.outlet : null,
        l.format ? l.format.toUpperCase() : null,
        backed ? t(isReported(backed) ? (backed.speaker ? 'sourceOfReportedBy' : 'sourceOfReported') : (backed.speaker ? 'sourceOfQuoteBy' : 'sourceOfQuote'), backed.speaker?.name ?? '') : null,
      ].filter(Boolean).join(' · ');
      const placed = !painted || painted.links.has(l.id);
      this.defer(list, () =>
        el(d, 'li', {},
          el(d, 'button', {
            type: 'button', class: 'item', 'data-link': l.id, 'data-href': l.href, 'data-relation': l.relation,
            'data-kind': l.kind, title: l.href, disabled: !placed,
          },
          el(d, 'span', { class: 'link-text', text: clip(l.text, 120) }), ' ',
          el(d, 'span', { class: 'domain', text: l.domain }),
          el(d, 'span', { class: 'badge kind', text: KIND_KEYS.includes(l.kind) ? t(`kind_${l.kind}`) : l.kind }),
          el(d, 'span', { class: `badge ${l.relation}`, text: t(`relation_${l.relation}`) }),
          meta ? el(d, 'span', { class: 'meta', text: meta }) : null)));
    }
    section.append(list);
    const claims = report.unbacked ?? [];
    if (claims.length) {
      const box = el(d, 'input', { type: 'checkbox', 'data-claims-toggle': '' });
      box.checked = Boolean(this.shown.claim);
      const claimList = el(d, 'ul', { hidden: !box.checked });
      claims.forEach((c, i) => {
        const placed = !painted || painted.claims?.has(`c${i + 1}`);
        this.defer(claimList, () =>
          el(d, 'li', {},
            el(d, 'button', { type: 'button', class: 'item', 'data-claim': `c${i + 1}`, title: c.text, disabled: !placed },
              el(d, 'span', { class: 'claim-text', text: clip(c.text, 220) }),
              el(d, 'span', { class: 'meta', text: t('claimMeta', c.cue) }))));
      });
      box.addEventListener('change', trusted(() => {
        claimList.hidden = !box.checked;
        this.shown.claim = box.checked;
        this.options.onClaims?.(box.checked);
      }));
      section.append(el(d, 'label', { class: 'claims-toggle' }, box, t('claimsToggle', claims.length)), claimList);
    }
    return section;
  }

  /**
   * A section listing `items` grouped by speaker. Quotations are shown in
   * quotation marks; reported speech is not, since it is the writer's words.
   * With `share`, each group says its part of the words quoted in `share`.
   */
  itemSection(items, painted, { title, empty, groupAttr, unit, share, category }) {
    const d = this.doc;
    const t = this.t;
    const id = `whosaid-${groupAttr}`;
    const section = el(d, 'section', { 'aria-labelledby': id, 'data-category': category }, el(d, 'h2', { id, text: title }));
    if (!items.length && empty) section.append(el(d, 'p', { class: 'empty', text: empty }));
    for (const group of groupBySpeaker(items, share ?? items)) {
      const pct = Math.round(group.share * 100);
      const who = el(d, 'h3', {},
        el(d, 'span', { class: 'who' },
          group.name ?? t('noSpeaker'),
          group.role || group.title ? el(d, 'span', { class: 'role', text: `, ${group.role ?? group.title}` }) : null),
        el(d, 'span', { class: 'count', 'data-count': group.quotes.length, 'data-share': share ? pct : null,
          text: share ? t('countShare', t.n(unit, group.quotes.length), pct) : t.n(unit, group.quotes.length) }));
      const bar = share ? el(d, 'span', { class: 'share', 'aria-hidden': 'true' }, el(d, 'span', {})) : null;
      if (bar) bar.firstChild.style.width = `${pct}%`;
      const list = el(d, 'ul');
      for (const q of group.quotes) this.defer(list, () => this.item(q, painted));
      section.append(el(d, 'div', { class: 'speaker', [groupAttr]: group.name ?? '' }, who, bar, list));
    }
    return section;
  }

  /** One quotation or reported statement in a list. */
  item(q, painted) {
    const d = this.doc;
    const t = this.t;
    const quoted = !isReported(q);
    const details = [q.speaker && q.speaker.mention && q.speaker.mention !== q.speaker.name ? `“${q.speaker.mention}”` : null,
      q.cue, q.medium ? t('via', q.medium) : null, q.kind === 'mixed' ? t('partialQuotation') : null,
      q.act === 'belief' ? t('actBelief') : null, speakerIsGuess(q) ? t('speakerGuess') : null].filter(Boolean).join(' · ');
    const placed = !painted || painted.quotes.has(q.id);
    const text = clip(q.text, 220);
    return el(d, 'li', { 'data-category': quoted ? 'quote' : 'reported' },
      el(d, 'button', { type: 'button', class: 'item', 'data-quote': q.id, 'data-kind': q.kind, title: q.text, disabled: !placed },
        el(d, 'span', { class: quoted ? 'quote-text' : 'reported-text', text: quoted ? `“${text}”` : text }),
        details ? el(d, 'span', { class: 'meta', text: details }) : null),
      this.options.onCite ? el(d, 'button', { type: 'button', class: 'cite', 'data-cite': q.id, 'aria-label': t('copyCitation'), title: t('copyCitation'), text: '❝' }) : null);
  }

  /**
   * Appends the item `make()` builds to `list`: at once for the first `ITEMS_AT_ONCE` items
   * of the panel (quotations, statements, links and claims together); past them, the list
   * waits (`watchWaiting`). Not in the background in slices: in Chromium every change to the
   * DOM makes the next frame re-register every highlight range of the page (~40,000 on a
   * 2 MB article, a third of a second each time), so the panel changes only when the reader
   * asks for more.
   */
  defer(list, make) {
    if (this.rendered++ < ITEMS_AT_ONCE) {
      list.append(make());
      return;
    }
    if (!this.waiting.has(list)) this.waiting.set(list, { makers: [], at: 0, marker: null });
    this.waiting.get(list).makers.push(make);
  }

  /**
   * Ends each list with items waiting with an empty marker, watched: when it comes within
   * a screen of the panel's view, the list's next `ITEMS_PER_LOAD` items are listed. (Where
   * there is no IntersectionObserver, every list is completed at once.)
   */
  watchWaiting() {
    if (!this.waiting.size) return;
    const Observer = globalThis.IntersectionObserver;
    if (typeof Observer !== 'function') {
      for (const list of [...this.waiting.keys()]) this.more(list, Infinity);
      return;
    }
    this.observer = new Observer((entries) => {
      for (const e of entries) if (e.isIntersecting) this.more(e.target.parentElement);
    }, { root: this.panel, rootMargin: '0px 0px 100% 0px' });
    for (const [list, w] of this.waiting) {
      w.marker = el(this.doc, 'li', { class: 'more', 'aria-hidden': 'true', 'data-more': w.makers.length - w.at });
      list.append(w.marker);
      this.observer.observe(w.marker);
    }
  }

  /** Lists up to `n` more of the items waiting in `list`. */
  more(list, n = ITEMS_PER_LOAD) {
    const w = this.waiting.get(list);
    if (!w) return;
    const end = Math.min(w.makers.length, w.at + n);
    const items = [];
    while (w.at < end) items.push(w.makers[w.at++]());
    if (w.marker) w.marker.before(...items);
    else list.append(...items);
    if (w.at >= w.makers.length) {
      this.waiting.delete(list);
      this.observer?.unobserve(w.marker);
      w.marker?.remove();
      return;
    }
    w.marker.dataset.more = w.makers.length - w.at;
    // (Watched anew: it may still be in view, and the observer speaks only of changes.)
    this.observer?.unobserve(w.marker);
    this.observer?.observe(w.marker);
  }

  destroy() {
    this.generation = (this.generation ?? 0) + 1;
    this.observer?.disconnect();
    this.host.remove();
  }
}
