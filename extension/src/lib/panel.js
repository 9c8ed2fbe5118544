// The WhoSaid panel: the quotations grouped by speaker, the source links, and
// the export buttons, in a shadow root so the page's CSS cannot reach it (and
// its own CSS cannot reach the page). Page text is only ever set as text
// (textContent, attributes), never parsed as markup.

const STYLE = `
:host { all: initial; }
.panel {
  --bg: #ffffff; --fg: #1d1d1f; --muted: #5b5b66; --line: #d8d8df; --accent: #0072b2;
  --quote: rgb(240 228 66 / 0.45); --reported: rgb(204 121 167); --speaker: #00785a; --chip: #eef1f6;
  box-sizing: border-box; width: 22rem; max-height: calc(100vh - 24px); overflow: auto;
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg);
  background: var(--bg); border: 1px solid var(--line); border-radius: 10px;
  box-shadow: 0 6px 24px rgb(0 0 0 / 0.18); padding: 0.75rem 0.9rem;
}
.panel.floating { position: fixed; top: 12px; right: 12px; z-index: 2147483647; }
@media (prefers-color-scheme: dark) {
  .panel { --bg: #1f2126; --fg: #f1f1f3; --muted: #b4b4bd; --line: #3a3d45; --accent: #56b4e9;
           --speaker: #3fd0a4; --chip: #2b2e35; }
}
header { display: flex; align-items: center; justify-content: space-between; gap: 0.5rem; }
header strong { font-size: 1rem; letter-spacing: 0.01em; }
button { font: inherit; color: inherit; cursor: pointer; }
button:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.close { border: 0; background: transparent; font-size: 1.3rem; line-height: 1; padding: 0.1rem 0.35rem; border-radius: 6px; }
.close:hover { background: var(--chip); }
.summary { margin: 0.35rem 0 0.6rem; color: var(--muted); }
h2 { font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.06em; color: var(--muted); margin: 0.8rem 0 0.3rem; }
h3 { font-size: 0.95rem; margin: 0.55rem 0 0.2rem; color: var(--speaker); display: flex; gap: 0.5rem; align-items: baseline; }
h3 .who { flex: 1; }
h3 .role { color: var(--muted); font-weight: normal; font-size: 0.85rem; }
h3 .count { color: var(--muted); font-weight: normal; font-size: 0.8rem; white-space: nowrap; }
ul { list-style: none; margin: 0; padding: 0; }
li + li { margin-top: 0.3rem; }
.item { display: block; width: 100%; text-align: left; background: transparent; border: 1px solid var(--line);
        border-radius: 8px; padding: 0.4rem 0.55rem; }
.item:hover { background: var(--chip); }
.quote-text { border-left: 4px solid var(--quote); padding-left: 0.45rem; display: block; }
.reported-text { border-left: 4px dashed var(--reported); padding-left: 0.45rem; display: block; font-style: italic; }
.meta { display: block; color: var(--muted); font-size: 0.8rem; margin-top: 0.2rem; }
.domain { color: var(--muted); font-size: 0.8rem; }
.badge { display: inline-block; font-size: 0.72rem; padding: 0 0.4rem; border-radius: 999px; background: var(--chip); margin-left: 0.3rem; }
.badge.external { text-decoration: underline double; }
.badge.kind { background: transparent; border: 1px solid var(--line); }
.counts { margin: 0 0 0.4rem; color: var(--muted); font-size: 0.85rem; }
.claims-toggle { display: flex; gap: 0.4rem; align-items: center; margin-top: 0.5rem; font-size: 0.85rem; color: var(--muted); }
.claim-text { border-left: 4px dotted #999; padding-left: 0.45rem; display: block; }
footer { display: flex; gap: 0.4rem; flex-wrap: wrap; margin-top: 0.8rem; padding-top: 0.6rem; border-top: 1px solid var(--line); }
footer button { border: 1px solid var(--line); background: var(--chip); border-radius: 6px; padding: 0.25rem 0.6rem; font-size: 0.85rem; }
.error { color: #b00020; }
@media (prefers-color-scheme: dark) { .error { color: #ff8a80; } }
.empty { color: var(--muted); font-style: italic; }
`;

/** Builds an element with text; never interprets `text` as markup. */
function el(doc, tag, props = {}, ...children) {
  const node = doc.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null) continue;
    if (key === 'text') node.textContent = value;
    else if (key === 'class') node.className = value;
    else node.setAttribute(key, value);
  }
  node.append(...children.filter(Boolean));
  return node;
}

const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;
const clip = (s, n) => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);

/** Whether a report item is reported speech (no quotation marks) rather than a quotation. */
export const isReported = (q) => q.kind === 'indirect';

/** What each kind of source is called in the panel. */
export const KIND_LABELS = {
  news: 'news outlet',
  wire: 'news agency',
  government: 'government',
  legal: 'court or law',
  academic: 'research',
  data: 'data',
  press_release: 'press release',
  social: 'social media',
  video: 'video',
  document: 'document',
  reference: 'reference',
  archive: 'web archive',
  shortener: 'short link',
  sponsored: 'sponsored',
  publisher: "publisher's own page",
  web: 'website',
};

/** The article body's source links (not the page's navigation). */
export const sourceLinks = (report) => report.links.filter((l) => l.relation !== 'navigation');

/**
 * The summary line: "1 quotation from 1 speaker · 2 reported statements · 2 source
 * links (1 internal, 1 external)".
 */
export function summary(report) {
  const quoted = report.quotes.filter((q) => !isReported(q));
  const reported = report.quotes.length - quoted.length;
  const speakers = new Set(quoted.map((q) => q.speaker?.name).filter(Boolean)).size;
  const links = sourceLinks(report);
  const external = links.filter((l) => l.relation === 'external').length;
  const internal = links.length - external;
  const quotes = `${plural(quoted.length, 'quotation', 'quotations')} from ${plural(speakers, 'speaker', 'speakers')}`;
  const said = plural(reported, 'reported statement', 'reported statements');
  const linked = `${plural(links.length, 'source link', 'source links')} (${internal} internal, ${external} external)`;
  return `${quotes} · ${said} · ${linked}`;
}

/** Source links counted by kind, most frequent first: "1 news agency · 1 publisher's own page". */
export function kindCounts(links) {
  const counts = new Map();
  for (const l of links) counts.set(l.kind, (counts.get(l.kind) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([kind, n]) => `${n} ${KIND_LABELS[kind] ?? kind}`)
    .join(' · ');
}

/** Items grouped by speaker, most quoted first; unattributed ones last. */
export function groupBySpeaker(quotes) {
  const groups = new Map();
  for (const q of quotes) {
    const key = q.speaker ? q.speaker.id ?? `mention:${q.speaker.name}` : '';
    if (!groups.has(key)) {
      groups.set(key, { name: q.speaker?.name ?? null, title: q.speaker?.title, role: q.speaker?.role, quotes: [] });
    }
    groups.get(key).quotes.push(q);
  }
  return [...groups.values()].sort(
    (a, b) => (a.name === null) - (b.name === null) || b.quotes.length - a.quotes.length,
  );
}

export class Panel {
  /**
   * Mounts a panel in a new shadow root under `parent`.
   * @param {Document} doc
   * @param {Element} parent where the host element goes
   * @param {{floating?: boolean, onSelect?: Function, onExport?: Function, onClose?: Function,
   *   onClaims?: Function}} options `onSelect(kind, id)` for a clicked quote, link or
   *   claim; `onClaims(on)` when the reader asks to see unbacked claims
   */
  constructor(doc, parent, { floating = false, onSelect, onExport, onClose, onClaims } = {}) {
    this.onClaims = onClaims;
    this.doc = doc;
    this.host = doc.createElement('whosaid-panel');
    const root = this.host.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLE);
    root.adoptedStyleSheets = [sheet];
    this.root = root;
    this.body = el(doc, 'div');
    this.summaryLine = el(doc, 'p', { class: 'summary', role: 'status', 'aria-live': 'polite' });
    const close = el(doc, 'button', { class: 'close', type: 'button', 'aria-label': 'Close WhoSaid', title: 'Close (Esc)', text: '×' });
    close.addEventListener('click', () => onClose?.());
    this.panel = el(
      doc,
      'div',
      { class: floating ? 'panel floating' : 'panel', role: 'complementary', 'aria-label': 'WhoSaid' },
      el(doc, 'header', {}, el(doc, 'strong', { text: 'WhoSaid' }), onClose ? close : null),
      this.summaryLine,
      this.body,
    );
    this.panel.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') onClose?.();
    });
    this.panel.addEventListener('click', (e) => {
      const target = e.target.closest?.('[data-quote],[data-link],[data-claim],[data-export]');
      if (!target) return;
      const { quote, link, claim } = target.dataset;
      if (target.dataset.export) onExport?.(target.dataset.export);
      else if (quote) onSelect?.('quote', quote);
      else if (link) onSelect?.('link', link);
      else if (claim) onSelect?.('claim', claim);
    });
    root.append(this.panel);
    this.setState('working');
    this.summaryLine.textContent = 'Reading the article…';
    parent.append(this.host);
  }

  /** `working`, `ready` or `error`, on the host for tests and styling. */
  setState(state) {
    this.host.dataset.state = state;
  }

  showError(message) {
    this.setState('error');
    this.summaryLine.textContent = '';
    this.body.replaceChildren(el(this.doc, 'p', { class: 'error', role: 'alert', text: message }));
  }

  /** Lists the report. `painted` tells which items could be placed on the page. */
  showReport(report, painted = null, note = '') {
    const d = this.doc;
    this.summaryLine.textContent = summary(report);
    const quoted = report.quotes.filter((q) => !isReported(q));
    const reported = report.quotes.filter(isReported);
    const quotes = this.itemSection(quoted, painted, {
      title: 'Quotations', empty: 'No quotations found in the article body.', groupAttr: 'data-speaker', marks: true,
    });
    const said = this.itemSection(reported, painted, {
      title: 'Reported speech', empty: 'No reported speech found.', groupAttr: 'data-reported-speaker', marks: false,
    });
    const sources = this.sourcesSection(report, painted);
    const footer = el(d, 'footer', {},
      el(d, 'button', { type: 'button', 'data-export': 'json', text: 'Export JSON' }),
      el(d, 'button', { type: 'button', 'data-export': 'webannotation', text: 'Export Web Annotation' }));
    const extra = [];
    if (note) extra.push(el(d, 'p', { class: 'summary', text: note }));
    if (report.truncated) extra.push(el(d, 'p', { class: 'error', text: 'This page is very long: only its beginning was analysed.' }));
    this.body.replaceChildren(quotes, said, sources, ...extra, footer);
    this.setState('ready');
  }

  /**
   * The Sources section: the body's links counted by kind and by relation, each
   * with its domain, kind and what it backs; then, on request, the sentences
   * that make a claim with neither a named source nor a link.
   */
  sourcesSection(report, painted) {
    const d = this.doc;
    const links = sourceLinks(report);
    const section = el(d, 'section', { 'aria-label': 'Sources', 'data-sources': '' }, el(d, 'h2', { text: 'Sources' }));
    if (!links.length) section.append(el(d, 'p', { class: 'empty', text: 'No links in the article body.' }));
    else {
      const external = links.filter((l) => l.relation === 'external').length;
      section.append(
        el(d, 'p', { class: 'counts', 'data-kind-counts': '', text: kindCounts(links) }),
        el(d, 'p', { class: 'counts', 'data-relation-counts': '', text: `${links.length - external} internal · ${external} external` }),
      );
    }
    const byId = new Map(report.quotes.map((q) => [q.id, q]));
    const list = el(d, 'ul');
    for (const l of links) {
      const backed = l.backs ? byId.get(l.backs) : null;
      const meta = [
        l.outlet && l.outlet !== l.domain ? l.outlet : null,
        l.format ? l.format.toUpperCase() : null,
        backed ? `source of ${isReported(backed) ? 'reported speech' : 'a quotation'}${backed.speaker ? ` by ${backed.speaker.name}` : ''}` : null,
      ].filter(Boolean).join(' · ');
      const placed = !painted || painted.links.has(l.id);
      list.append(
        el(d, 'li', {},
          el(d, 'button', {
            type: 'button', class: 'item', 'data-link': l.id, 'data-href': l.href, 'data-relation': l.relation,
            'data-kind': l.kind, title: l.href, ...(placed ? {} : { disabled: '' }),
          },
          el(d, 'span', { text: clip(l.text, 120) }), ' ',
          el(d, 'span', { class: 'domain', text: l.domain }),
          el(d, 'span', { class: 'badge kind', text: KIND_LABELS[l.kind] ?? l.kind }),
          el(d, 'span', { class: `badge ${l.relation}`, text: l.relation }),
          meta ? el(d, 'span', { class: 'meta', text: meta }) : null)),
      );
    }
    section.append(list);
    const claims = report.unbacked ?? [];
    if (claims.length) {
      const box = el(d, 'input', { type: 'checkbox', 'data-claims-toggle': '' });
      const claimList = el(d, 'ul', { hidden: '' });
      claims.forEach((c, i) => {
        const placed = !painted || painted.claims?.has(`c${i + 1}`);
        claimList.append(
          el(d, 'li', {},
            el(d, 'button', { type: 'button', class: 'item', 'data-claim': `c${i + 1}`, title: c.text, ...(placed ? {} : { disabled: '' }) },
              el(d, 'span', { class: 'claim-text', text: clip(c.text, 220) }),
              el(d, 'span', { class: 'meta', text: `“${c.cue}”, no named source or link` }))),
        );
      });
      box.addEventListener('change', () => {
        claimList.hidden = !box.checked;
        this.onClaims?.(box.checked);
      });
      section.append(
        el(d, 'label', { class: 'claims-toggle' }, box, `Flag claims without a named source or link (${claims.length})`),
        claimList,
      );
    }
    return section;
  }

  /**
   * A section listing `items` grouped by speaker. Quotations are shown in
   * quotation marks; reported speech is not, since it is the writer's words.
   */
  itemSection(items, painted, { title, empty, groupAttr, marks }) {
    const d = this.doc;
    const section = el(d, 'section', { 'aria-label': title }, el(d, 'h2', { text: title }));
    if (!items.length) section.append(el(d, 'p', { class: 'empty', text: empty }));
    const unit = marks ? ['quote', 'quotes'] : ['statement', 'statements'];
    for (const group of groupBySpeaker(items)) {
      const who = el(
        d,
        'h3',
        {},
        el(d, 'span', { class: 'who' },
          group.name ?? 'Speaker not found',
          group.role || group.title ? el(d, 'span', { class: 'role', text: `, ${group.role ?? group.title}` }) : null),
        el(d, 'span', { class: 'count', text: plural(group.quotes.length, ...unit) }),
      );
      const list = el(d, 'ul');
      for (const q of group.quotes) {
        const details = [q.speaker && q.speaker.mention !== q.speaker.name ? `“${q.speaker.mention}”` : null,
          q.cue, q.medium ? `via ${q.medium}` : null, q.kind === 'mixed' ? 'partial quotation' : null,
          q.confidence < 0.6 ? 'unsure' : null].filter(Boolean).join(' · ');
        const placed = !painted || painted.quotes.has(q.id);
        const text = clip(q.text, 220);
        list.append(
          el(d, 'li', {},
            el(d, 'button', { type: 'button', class: 'item', 'data-quote': q.id, 'data-kind': q.kind, title: q.text, ...(placed ? {} : { disabled: '' }) },
              el(d, 'span', { class: marks ? 'quote-text' : 'reported-text', text: marks ? `“${text}”` : text }),
              details ? el(d, 'span', { class: 'meta', text: details }) : null)),
        );
      }
      section.append(el(d, 'div', { class: 'speaker', [groupAttr]: group.name ?? '' }, who, list));
    }
    return section;
  }

  destroy() {
    this.host.remove();
  }
}
