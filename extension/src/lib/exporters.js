// Turns a whosaid/1 report into the files a reader downloads or copies: the
// report itself (JSON), W3C Web Annotation JSON-LD, Markdown, CSV, and a
// citation for one quotation. Each export keeps the categories the reader shows
// and the colours they chose (settings.js): JSON and Web Annotation record them,
// Markdown and CSV carry them as a legend and a column.
//
// `context` (all optional): `text`, the article text the positions count into
// (to give Web Annotation positions in code points); `settings`, the reader's
// settings; `shown`, the categories shown now (default: the settings'); `published`,
// the article's date.
//
// Every string of a report comes from the page (or, for an import, from the page
// and the checked file): the exports keep it data. Markdown escapes it and links
// only http(s) addresses; CSV neutralises every cell a spreadsheet could run; JSON
// and Web Annotation carry the page's and the links' addresses only when they are
// http(s). docs/export-format.md says what each export escapes.

import Papa from 'papaparse';
import { categoryOf, counts, groupBySpeaker, isReported, sections, sourceLinks, speakerIsGuess } from './report.js';
import { CATEGORY_NAMES, DEFAULTS, declarations, normalize, styleRecord } from './settings.js';
import { httpAddress, httpUrl } from './urls.js';

/** A file name from the page title: `whosaid-<title>.<ext>`. */
function fileName(report, ext) {
  const slug = String(report.title || 'page')
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .toLowerCase()
    .slice(0, 60);
  return `whosaid-${slug || 'page'}.${ext}`;
}

/** The settings and shown categories an export uses. */
function display(context = {}) {
  const settings = normalize(context.settings ?? DEFAULTS);
  const shown = { ...settings.show, ...(context.shown ?? {}) };
  return { settings, shown };
}

/** The report's items and links in the categories shown. */
function kept(report, shown) {
  return {
    quotes: report.quotes.filter((q) => shown[categoryOf(q)]),
    links: shown.link ? sourceLinks(report) : [],
    claims: shown.claim ? report.unbacked ?? [] : [],
  };
}

/**
 * The `whosaid/1` JSON export (docs/export-format.md), with the reader's display
 * choices. Addresses are kept, as the report has them, only when they are
 * http(s) (else null).
 */
export function toJson(report, context = {}) {
  const { settings, shown } = display(context);
  const out = { ...report, url: httpAddress(report.url), display: styleRecord(settings, shown) };
  if (report.publisher) out.publisher = { ...report.publisher, url: httpAddress(report.publisher.url) };
  out.links = report.links.map((l) => ({ ...l, href: httpAddress(l.href) }));
  if (context.published) out.published = context.published;
  return `${JSON.stringify(out, null, 2)}\n`;
}

/** A short stable hash, for annotation ids. */
function hash(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/** UTF-16 offsets into `text` -> code points (what the Web Annotation model counts). */
function codePointCounter(text) {
  if (!text) return null;
  const at = new Uint32Array(text.length + 1);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    at[i] = n;
    const c = text.charCodeAt(i);
    if (!(c >= 0xdc00 && c <= 0xdfff && i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff)) n++;
    else at[i] = n - 1;
  }
  at[text.length] = n;
  return (offset) => at[Math.max(0, Math.min(offset, text.length))];
}

const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Where WhoSaid's own terms in the Web Annotation export are defined. */
const WHOSAID_NS = 'https://github.com/whosaid/whosaid/blob/main/docs/export-format.md#';

/**
 * The report as a W3C Web Annotation AnnotationCollection (JSON-LD): one
 * annotation per quotation (tagged "quotation" or "reported speech", described
 * with its speaker, role, cue and medium) and per source link of the article
 * body (motivation "linking", the link target as body). Each target is a
 * SpecificResource with a styleClass and its annotation a CssStylesheet giving
 * the reader's colour. TextPositionSelector positions are Unicode code points
 * into the article text as WhoSaid reads it when `context.text` is given (as the
 * model defines them), UTF-16 code units otherwise; the collection says which
 * (`whosaid:offsets`). The TextQuoteSelector re-anchors anywhere.
 */
export function toWebAnnotation(report, context = {}) {
  const { settings, shown } = display(context);
  const { quotes, links, claims } = kept(report, shown);
  const cp = codePointCounter(context.text);
  const unit = cp ? 'code-point' : 'utf-16';
  const base = `urn:whosaid:${hash(String(report.url ?? ''))}`;
  // The page: its address when it is http(s), else this collection's own name for it.
  const source = httpUrl(report.url) ?? `${base}:page`;
  const css = (category) => ({ type: 'CssStylesheet', value: `.whosaid-${category} { ${declarations(settings, category)} }` });
  const selectors = (list) => list.map((s) => (s.type === 'TextPositionSelector' && cp ? { ...s, start: cp(s.start), end: cp(s.end) } : s));
  const target = (list, category) => ({ type: 'SpecificResource', source, styleClass: `whosaid-${category}`, selector: selectors(list) });
  const tag = (value) => ({ type: 'TextualBody', purpose: 'tagging', value });
  const describe = (value) => ({ type: 'TextualBody', purpose: 'describing', value });
  const items = [];
  for (const q of quotes) {
    const category = categoryOf(q);
    const body = [tag(isReported(q) ? 'reported speech' : 'quotation')];
    if (q.speaker) {
      body.push(describe(`Speaker: ${q.speaker.name}`), tag(`speaker:${q.speaker.name}`));
      if (q.speaker.kind) body.push(tag(`speaker-kind:${q.speaker.kind}`));
      if (q.speaker.role || q.speaker.title) body.push(describe(`Role: ${q.speaker.role ?? q.speaker.title}`));
    }
    if (q.cue) body.push(describe(`Cue: ${q.cue}`));
    if (q.medium) body.push(describe(`Medium: ${q.medium}`));
    items.push({ id: `${base}:${q.id}`, type: 'Annotation', motivation: 'highlighting', body, target: target(q.selectors, category), stylesheet: css(category) });
  }
  for (const l of links) {
    const href = httpUrl(l.href);
    const body = [...(href ? [{ id: href, type: 'SpecificResource' }] : []), tag(`source link (${l.relation})`), tag(`source:${l.kind}`)];
    if (l.backs) body.push(describe(`Source of ${l.backs}`));
    items.push({ id: `${base}:${l.id}`, type: 'Annotation', motivation: 'linking', body, target: target(l.selectors, 'link'), stylesheet: css('link') });
  }
  claims.forEach((c, i) => {
    const position = { type: 'TextPositionSelector', start: c.span.start, end: c.span.end };
    items.push({
      id: `${base}:c${i + 1}`, type: 'Annotation', motivation: 'questioning',
      body: [tag('unbacked claim'), describe(`No named source or link (“${c.cue}”)`)],
      target: target([{ type: 'TextQuoteSelector', exact: c.text }, position], 'claim'), stylesheet: css('claim'),
    });
  });
  const collection = {
    '@context': [ANNO_CONTEXT, { whosaid: WHOSAID_NS }],
    id: base,
    type: 'AnnotationCollection',
    label: `WhoSaid: ${report.title}`,
    generator: { type: 'Software', name: report.generator },
    'whosaid:offsets': unit,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}

// ---- Markdown ---------------------------------------------------------------------------

/**
 * Page text as Markdown text, on one line: control characters dropped, white space
 * collapsed, and every character Markdown (CommonMark, GFM) could read as syntax
 * escaped: emphasis, code, links and images, raw HTML and autolinks (`<`), entities
 * (`&`), headings, lists, tables, strikethrough, math (`$`).
 */
function mdText(s) {
  return String(s ?? '')
    .replace(/\p{Cc}/gu, (c) => (/\s/.test(c) ? ' ' : ''))
    .replace(/\s+/g, ' ')
    .replace(/([\\`*_{}[\]()<>#+!|~^&$-])/g, '\\$1');
}

/**
 * A link destination in angle brackets, which CommonMark reads whole, for an
 * http(s) address only (null for anything else: `javascript:`, `data:`…).
 */
const mdUrl = (url) => {
  const href = httpUrl(url);
  return href && `<${href.replace(/[<>\s]/g, encodeURIComponent)}>`;
};

/** `[label](<url>)` when `url` is http(s); else the label alone, and the address as escaped text when `shown`. */
function mdLink(label, url, shown = false) {
  const dest = mdUrl(url);
  if (dest) return `[${label}](${dest})`;
  return shown && url ? `${label} (${mdText(url)})` : label;
}

const fragmentPart = (s) => encodeURIComponent(s).replace(/-/g, '%2D');
const squash = (s) => s.replace(/\s+/g, ' ').trim();

/**
 * The page's text squashed, for the last text asked about: an export asks for each of its
 * quotations, on one text (squashed per quotation, a 2 MB page took seconds per export).
 */
let squashed = { text: '', page: '' };
function squashedPage(text) {
  if (squashed.text !== text) squashed = { text, page: squash(text) };
  return squashed.page;
}

function occurrences(haystack, needle) {
  let n = 0;
  for (let i = haystack.indexOf(needle); i !== -1 && n < 2; i = haystack.indexOf(needle, i + 1)) n++;
  return n;
}

/**
 * A text fragment (`#:~:text=`) that opens the page at `quote`: the whole text
 * when short, else its first and last words (as many first words as it takes to
 * be unique in `text`, when known).
 */
function textFragment(quote, text = '') {
  const words = squash(quote).split(' ');
  if (words.length <= 8) return `:~:text=${fragmentPart(words.join(' '))}`;
  const page = squashedPage(text);
  let n = 4;
  while (page && n < Math.min(12, words.length - 4) && occurrences(page, words.slice(0, n).join(' ')) > 1) n++;
  return `:~:text=${fragmentPart(words.slice(0, n).join(' '))},${fragmentPart(words.slice(-4).join(' '))}`;
}

/** The page address with a text fragment for `quote`; null when the page's address is not http(s). */
export function quoteLink(report, quote, text) {
  const href = httpUrl(report.url);
  if (!href) return null;
  const url = new URL(href);
  url.hash = '';
  return `${url.href.replace(/#$/, '')}#${textFragment(quote, text)}`;
}

const pct = (share) => `${Math.round(share * 100)}%`;
const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;

/** The summary line, in English (the panel shows it in the reader's language). */
function summaryText(report) {
  const c = counts(report);
  return [
    `${plural(c.quotations, 'quotation', 'quotations')} from ${plural(c.speakers, 'speaker', 'speakers')}`,
    c.unnamed ? plural(c.unnamed, 'unnamed source', 'unnamed sources') : null,
    c.reported ? plural(c.reported, 'reported statement', 'reported statements') : null,
    plural(c.links, 'source link', 'source links'),
    `${c.external} external`,
  ].filter(Boolean).join(', ');
}

/**
 * Markdown: the summary, the colours, then quotations grouped by speaker (each
 * quote a link back that opens the page at it), reported speech, unnamed
 * sources, the source links and (when shown) the unbacked claims.
 */
export function toMarkdown(report, context = {}) {
  const { settings, shown } = display(context);
  const { quotes, links, claims } = kept(report, shown);
  const text = context.text ?? '';
  const style = styleRecord(settings, shown);
  const s = sections({ ...report, quotes });
  const out = [`# ${mdText(`WhoSaid: ${report.title || report.url || ''}`)}`, ''];
  const by = [report.publisher?.name ?? report.publisher?.domain, context.published].filter(Boolean);
  const address = mdUrl(report.url) ?? mdText(report.url);
  out.push(`${address}${by.length ? `${address ? ' · ' : ''}${mdText(by.join(' · '))}` : ''}`, '', `${summaryText(report)}.`, '');
  const legend = Object.entries(style).filter(([, v]) => v.shown)
    .map(([, v]) => `${v.label} ${v.color} (${v.style === 'background' && !/dash|dot|wavy/.test(v.decoration) ? 'background, ' : ''}${v.decoration})`);
  out.push(`Colours: ${legend.join('; ')}.`, '');
  const item = (q) => {
    const meta = [q.cue, q.medium ? `via ${q.medium}` : null, q.kind === 'mixed' ? 'partial quotation' : null,
      q.act === 'belief' ? 'belief, not words said' : null, speakerIsGuess(q) ? 'speaker is a guess' : null].filter(Boolean).join(' · ');
    const said = isReported(q) ? mdText(q.text) : `“${mdText(q.text)}”`;
    return `- ${mdLink(said, quoteLink(report, q.text, text))}${meta ? ` — ${mdText(meta)}` : ''}`;
  };
  const group = (g, unit) => {
    const who = g.name ? mdText(g.name) : 'Speaker not found';
    const role = g.role || g.title ? `, ${mdText(g.role ?? g.title)}` : '';
    out.push(`### ${who}${role}`, '', `${plural(g.quotes.length, ...unit)}${unit[0] === 'quotation' ? `, ${pct(g.share)} of the quoted words` : ''}`, '');
    out.push(...g.quotes.map(item), '');
  };
  if (shown.quote) {
    out.push('## Quotations', '');
    if (!s.quotations.length) out.push('None found.', '');
    for (const g of groupBySpeaker(s.quotations, s.quoted)) group(g, ['quotation', 'quotations']);
  }
  if (shown.reported) {
    out.push('## Reported speech', '');
    if (!s.reported.length) out.push('None found.', '');
    for (const g of groupBySpeaker(s.reported)) group(g, ['statement', 'statements']);
  }
  if (s.unnamed.length) {
    out.push('## Unnamed sources', '');
    for (const g of groupBySpeaker(s.unnamed)) group(g, ['item', 'items']);
  }
  if (shown.link) {
    out.push('## Sources', '');
    if (!links.length) out.push('No links in the article body.', '');
    const byId = new Map(report.quotes.map((q) => [q.id, q]));
    for (const l of links) {
      const backed = l.backs ? byId.get(l.backs) : null;
      const meta = [l.domain, l.kind, l.relation, backed ? `source of ${backed.speaker ? `${backed.speaker.name}’s` : 'a'} ${isReported(backed) ? 'statement' : 'quotation'}` : null]
        .filter(Boolean).join(' · ');
      out.push(`- ${mdLink(mdText(l.text || l.href), l.href, true)} — ${mdText(meta)}`);
    }
    out.push('');
  }
  if (claims.length) {
    out.push('## Claims without a named source or link', '');
    for (const c of claims) out.push(`- ${mdLink(mdText(c.text), quoteLink(report, c.text, text))} — ${mdText(`“${c.cue}”`)}`);
    out.push('');
  }
  out.push(`Exported by ${mdText(report.generator)}.`, '');
  return out.join('\n');
}

// ---- CSV --------------------------------------------------------------------------------

const CSV_FIELDS = [
  'category', 'id', 'kind', 'text', 'speaker', 'speaker_kind', 'role', 'cue', 'medium', 'act', 'confidence',
  'href', 'domain', 'source_kind', 'relation', 'backs', 'start', 'end', 'color', 'link',
];

/**
 * A cell a spreadsheet could run as a formula: one of its lines starts, after any
 * white space, with = + - @ or their full-width forms ＝ ＋ － ＠, or starts with a
 * tab or a carriage return. (papaparse's own test, /^[=+\-@\t\r].*$/, misses a
 * formula cell holding a newline, the full-width forms, and leading spaces.)
 */
export const FORMULA = /(?:^|[\r\n])(?:[\t\r]|[^\S\r\n]*[=+\-@\uff1d\uff0b\uff0d\uff20])/;

/**
 * CSV (RFC 4180, by papaparse): one row per quotation, reported statement,
 * source link and (when shown) unbacked claim, with its category's colour.
 * Cells that a spreadsheet could run (`FORMULA`) are neutralised by papaparse
 * with a leading apostrophe, and quoted.
 */
export function toCsv(report, context = {}) {
  const { settings, shown } = display(context);
  const { quotes, links, claims } = kept(report, shown);
  const text = context.text ?? '';
  const span = (q) => ({ start: q.parts[0]?.start ?? '', end: q.parts.at(-1)?.end ?? '' });
  const rows = [
    ...quotes.map((q) => ({
      category: CATEGORY_NAMES[categoryOf(q)], id: q.id, kind: q.kind, text: q.text, speaker: q.speaker?.name ?? '',
      speaker_kind: q.speaker?.kind ?? '', role: q.speaker?.role ?? q.speaker?.title ?? '', cue: q.cue ?? '',
      medium: q.medium ?? '', act: q.act ?? 'speech', confidence: q.confidence, ...span(q), color: settings.colors[categoryOf(q)],
      link: quoteLink(report, q.text, text) ?? '',
    })),
    ...links.map((l) => ({
      category: CATEGORY_NAMES.link, id: l.id, kind: 'link', text: l.text, href: l.href, domain: l.domain,
      source_kind: l.kind, relation: l.relation, backs: l.backs ?? '', start: l.span.start, end: l.span.end,
      color: settings.colors.link,
    })),
    ...claims.map((c, i) => ({
      category: CATEGORY_NAMES.claim, id: `c${i + 1}`, kind: 'unbacked', text: c.text, cue: c.cue,
      start: c.span.start, end: c.span.end, color: settings.colors.claim, link: quoteLink(report, c.text, text) ?? '',
    })),
  ];
  return `${Papa.unparse({ fields: CSV_FIELDS, data: rows.map((r) => CSV_FIELDS.map((f) => r[f] ?? '')) }, { newline: '\r\n', escapeFormulae: FORMULA })}\r\n`;
}

// ---- Citation ---------------------------------------------------------------------------

function day(published) {
  if (!published) return null;
  const d = new Date(published);
  return Number.isNaN(d.getTime()) ? published : d.toISOString().slice(0, 10);
}

/** “…” — Speaker, role, via Medium, Title, Publisher, date, URL (missing parts left out). */
export function citation(report, q, context = {}) {
  const said = isReported(q) ? squash(q.text) : `“${squash(q.text)}”`;
  const parts = [
    q.speaker?.name, q.speaker?.role ?? q.speaker?.title, q.medium ? `via ${q.medium}` : null, report.title,
    report.publisher?.name ?? report.publisher?.domain, day(context.published), httpUrl(report.url),
  ].filter(Boolean);
  return `${said} — ${parts.join(', ')}`;
}

/**
 * The formats the panel offers, in the order of its buttons: each button shows `label` and
 * has the message `title` (extension/_locales) as its tooltip.
 */
export const FORMATS = {
  json: { label: 'JSON', title: 'exportJson', ext: 'json', type: 'application/json', render: toJson },
  webannotation: { label: 'Web Annotation', title: 'exportWebAnnotation', ext: 'jsonld', type: 'application/ld+json', render: toWebAnnotation },
  markdown: { label: 'Markdown', title: 'exportMarkdown', ext: 'md', type: 'text/markdown', render: toMarkdown },
  csv: { label: 'CSV', title: 'exportCsv', ext: 'csv', type: 'text/csv', render: toCsv },
};

/**
 * Saves `report` in `format` as a download, through a link placed in
 * `container` (the panel's own shadow root, never the page's DOM).
 */
export function download(doc, container, report, format, context = {}) {
  const { ext, type, render } = FORMATS[format];
  const url = URL.createObjectURL(new Blob([render(report, context)], { type: `${type};charset=utf-8` }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = fileName(report, ext);
  a.hidden = true;
  container.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
