// Reading an import file as hostile input: an export (whosaid/1 JSON or W3C Web
// Annotation) is checked for size, shape, item count and every field's type and
// length before anything of it is used, and turned into the items re-anchoring
// needs (anchor.js `reanchor`), nothing else: the file's page address, title,
// publisher, generator and any field WhoSaid does not know are dropped (the page
// being imported on gives its own: `pageIdentity`). A file that cannot be an export
// is rejected with an `ImportError` that names a translated reason; an item that is
// malformed is left out and listed (`skipped`). docs/export-format.md, "Import".

import { KIND_KEYS } from './report.js';
import { hostOf, httpUrl } from './urls.js';

/** What an import accepts. */
export const IMPORT_LIMITS = Object.freeze({
  /** The file, in bytes (and the text, in UTF-16 units, when given as text). */
  fileBytes: 16 * 1024 * 1024,
  /** Nesting of objects and arrays (an export needs 7). */
  depth: 32,
  /** Objects and arrays in the whole file (an export has about 15 per item). */
  structures: 200_000,
  /** Quotations, links and claims (or annotations) together. */
  items: 5_000,
  /** A quotation's, link's or claim's text, and a TextQuoteSelector's `exact`, in UTF-16 units. */
  text: 20_000,
  /** A TextQuoteSelector's `prefix` and `suffix` keep at most this many units next to the quote. */
  context: 64,
  /** Names, roles, titles, media, outlets, mentions. */
  name: 300,
  /** A cue (`said`, `according to`). */
  cue: 100,
  /** A link's address. */
  href: 2048,
  /** Parts of one quotation, selectors of one item, bodies of one annotation, ids in `sources`, outlet mentions. */
  parts: 64,
  selectors: 8,
  bodies: 32,
  /** Largest offset (the collector reads at most 8,000,000 UTF-16 units). */
  offset: 8_000_000,
});

const L = IMPORT_LIMITS;

/** A file that cannot be imported: `key` and `subs` are the translated reason (`t(key, ...subs)`). */
export class ImportError extends Error {
  constructor(key, subs = [], message = key) {
    super(message);
    this.name = 'ImportError';
    this.key = key;
    this.subs = subs.map(String);
  }
}

/** The reason for a failed import in the reader's language (`t` from i18n.js). */
export function importErrorText(error, t) {
  if (error instanceof ImportError) return t(error.key, ...error.subs);
  return String(error?.message ?? error);
}

/** The lines listing the items of an import that are not shown, in the reader's language. */
export function importFailures(failed, t) {
  const label = { invalid: 'importSkippedList', budget: 'importBudgetList' };
  return failed.map((f) => `${t(label[f.reason] ?? 'importFailedList')} “${f.text.slice(0, 120)}”`);
}

const mb = (bytes) => (bytes / (1024 * 1024)).toFixed(1);

// ---- The file -----------------------------------------------------------------------------

/**
 * How deep and how many objects and arrays a JSON text has, without parsing it
 * (JSON.parse takes seconds over a few MB of `[[[[…`). Stops counting past the limits.
 */
function shape(source) {
  let depth = 0;
  let deepest = 0;
  let structures = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 0x22) {
      // A string: skip to its closing quote.
      for (i++; i < source.length; i++) {
        const d = source.charCodeAt(i);
        if (d === 0x5c) i++;
        else if (d === 0x22) break;
      }
    } else if (c === 0x5b || c === 0x7b) {
      structures++;
      if (++depth > deepest) deepest = depth;
      if (deepest > L.depth || structures > L.structures) break;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return { deepest, structures };
}

/**
 * Reads an export from its text. Throws an ImportError when it is too big, too
 * deep or too complex, not JSON, not an export, or has too many items.
 * @returns {{report: object, unit: 'utf-16'|'code-point', format: string, skipped: object[]}} as `readExport`
 */
export function readImportText(source) {
  if (typeof source !== 'string') throw new ImportError('importUnreadable');
  if (source.length > L.fileBytes) throw new ImportError('importTooBig', [mb(source.length), mb(L.fileBytes)]);
  const { deepest, structures } = shape(source);
  if (deepest > L.depth || structures > L.structures) throw new ImportError('importTooComplex', [L.structures, L.depth]);
  let doc;
  try {
    doc = JSON.parse(source.charCodeAt(0) === 0xfeff ? source.slice(1) : source);
  } catch {
    throw new ImportError('importNotJson');
  }
  return readExport(doc);
}

/**
 * Reads an export from a File (or anything with `size` and `text()`): its size is
 * checked before it is read.
 */
export async function readImportFile(file) {
  const size = file?.size;
  if (typeof size !== 'number' || typeof file.text !== 'function') throw new ImportError('importUnreadable');
  if (size > L.fileBytes) throw new ImportError('importTooBig', [mb(size), mb(L.fileBytes)]);
  let source;
  try {
    source = await file.text();
  } catch {
    throw new ImportError('importUnreadable');
  }
  return readImportText(source);
}

// ---- Fields ------------------------------------------------------------------------------

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const own = (o, key) => (isObject(o) && Object.hasOwn(o, key) ? o[key] : undefined);
/** A string field, cut to `max` units; undefined when it is not a string or is empty. */
const text = (v, max) => (typeof v === 'string' && v.length ? v.slice(0, max) : undefined);
const offset = (v) => (Number.isSafeInteger(v) && v >= 0 && v <= L.offset ? v : undefined);
/** A {start, end} span no longer than `max`, or null. */
function span(v, max = L.text) {
  const start = offset(own(v, 'start'));
  const end = offset(own(v, 'end'));
  return start !== undefined && end !== undefined && start <= end && end - start <= max ? { start, end } : null;
}
/** At most `max` elements of an array (none if it is not one). */
const list = (v, max) => (Array.isArray(v) ? v.slice(0, max) : []);
const ID = /^[A-Za-z0-9_-]{1,32}$/;
const id = (v) => (typeof v === 'string' && ID.test(v) ? v : null);

const QUOTE_KINDS = new Set(['direct', 'mixed', 'indirect']);
const SPEAKER_KINDS = new Set(['person', 'organization', 'unnamed']);
const RELATIONS = new Set(['internal', 'external']);
/** The kinds of source (src/core/links/kind.rs). */
const LINK_KINDS = new Set(KIND_KEYS);

/**
 * The quote an item is anchored by: its TextQuoteSelector (prefix and suffix cut to
 * the `context` units next to the quote), else `fallback` as the exact text; and its
 * TextPositionSelector when valid. Null when there is no usable exact text.
 */
function selectorsOf(selectors, fallback) {
  const all = list(selectors, L.selectors).filter(isObject);
  const tq = all.find((s) => own(s, 'type') === 'TextQuoteSelector');
  const exact = tq ? own(tq, 'exact') : fallback;
  if (typeof exact !== 'string' || !exact.length || exact.length > L.text) return null;
  const prefix = typeof own(tq, 'prefix') === 'string' ? tq.prefix.slice(-L.context) : '';
  const suffix = typeof own(tq, 'suffix') === 'string' ? tq.suffix.slice(0, L.context) : '';
  const tp = all.find((s) => own(s, 'type') === 'TextPositionSelector');
  return { quote: { exact, prefix, suffix }, position: tp ? span(tp, L.offset) : null };
}

/**
 * Ids unique within their kind: each valid id in `items` is kept by the first item
 * that has it; an item with a missing, malformed or repeated one gets the next
 * `q<n>`/`l<n>` that no item has.
 */
function ids(letter, items) {
  const taken = new Set(items.map((item) => id(own(item, 'id'))).filter(Boolean));
  const given = new Set();
  let n = 0;
  return (v) => {
    let out = id(v);
    if (!out || given.has(out)) {
      do out = `${letter}${++n}`;
      while (taken.has(out) || given.has(out));
    }
    given.add(out);
    return out;
  };
}

const skippedItem = (kind, item, exact) => ({
  kind,
  id: typeof own(item, 'id') === 'string' ? item.id.slice(0, 32) : '',
  text: typeof exact === 'string' ? exact.slice(0, 200) : '',
  reason: 'invalid',
});

function speakerOf(s) {
  const name = text(own(s, 'name'), L.name);
  if (!name) return null;
  const out = { name, mention: text(own(s, 'mention'), L.name) ?? name };
  const at = span(own(s, 'span'), L.name);
  if (at) out.span = at;
  out.resolved = own(s, 'resolved') === true;
  out.id = id(own(s, 'id'));
  out.kind = SPEAKER_KINDS.has(own(s, 'kind')) ? s.kind : 'person';
  const title = text(own(s, 'title'), L.name);
  if (title) out.title = title;
  const role = text(own(s, 'role'), L.name);
  if (role) out.role = role;
  return out;
}

/** A checked quotation: only known fields, each of its type and size; null when it cannot be anchored. */
function quoteOf(q, nextId) {
  if (!isObject(q) || !QUOTE_KINDS.has(own(q, 'kind'))) return null;
  const anchor = selectorsOf(own(q, 'selectors'), own(q, 'text'));
  if (!anchor) return null;
  const out = { id: nextId(own(q, 'id')), kind: q.kind, anchor, parts: list(own(q, 'parts'), L.parts).map((p) => span(p)).filter(Boolean) };
  const content = span(own(q, 'content'));
  if (content) out.content = content;
  out.speaker = speakerOf(own(q, 'speaker'));
  out.cue = text(own(q, 'cue'), L.cue) ?? null;
  const cueSpan = span(own(q, 'cue_span'), L.cue);
  if (cueSpan && out.cue) out.cue_span = cueSpan;
  out.medium = text(own(q, 'medium'), L.name) ?? null;
  // (Only the two acts the report knows; anything else is speech.)
  out.act = own(q, 'act') === 'belief' ? 'belief' : 'speech';
  const confidence = own(q, 'confidence');
  out.confidence = typeof confidence === 'number' && confidence >= 0 && confidence <= 1 ? confidence : 1;
  const sources = list(own(q, 'sources'), L.parts).map(id).filter(Boolean);
  if (sources.length) out.sources = sources;
  return out;
}

/** A checked link: an http(s) address, known relation and kind; null otherwise. */
function linkOf(l, nextId) {
  if (!isObject(l)) return null;
  const href = httpUrl(own(l, 'href'), L.href);
  const relation = own(l, 'relation');
  if (!href || !RELATIONS.has(relation)) return null;
  const anchor = selectorsOf(own(l, 'selectors'), own(l, 'text'));
  if (!anchor) return null;
  const out = { id: nextId(own(l, 'id')), href, relation, kind: LINK_KINDS.has(own(l, 'kind')) ? l.kind : 'web', anchor };
  const format = own(l, 'format');
  if (typeof format === 'string' && /^[a-z0-9]{1,8}$/.test(format)) out.format = format;
  out.domain = hostOf(href);
  const outlet = text(own(l, 'outlet'), L.name);
  if (outlet) out.outlet = outlet;
  const claim = span(own(l, 'claim'));
  if (claim) out.claim = claim;
  const backs = id(own(l, 'backs'));
  if (backs) out.backs = backs;
  const mentions = list(own(l, 'outlet_mentions'), L.parts).map((m) => span(m, L.name)).filter(Boolean);
  if (mentions.length) out.outlet_mentions = mentions;
  return out;
}

/** A checked unbacked claim. */
function claimOf(c) {
  if (!isObject(c)) return null;
  const at = span(own(c, 'span'));
  const selectors = own(c, 'selectors') ?? [{ type: 'TextQuoteSelector', exact: own(c, 'text') }, { type: 'TextPositionSelector', ...(at ?? {}) }];
  const anchor = selectorsOf(selectors, own(c, 'text'));
  if (!anchor) return null;
  const out = { anchor, cue: text(own(c, 'cue'), L.cue) ?? '' };
  const cueSpan = span(own(c, 'cue_span'), L.cue);
  if (cueSpan && out.cue) out.cue_span = cueSpan;
  return out;
}

/** Checks every item of a whosaid/1-shaped document: what can be used, and what was left out. */
function checkItems(doc) {
  const skipped = [];
  const quotes = [];
  const links = [];
  const unbacked = [];
  const quoteList = list(own(doc, 'quotes'), L.items);
  const linkList = list(own(doc, 'links'), L.items);
  const quoteId = ids('q', quoteList);
  const linkId = ids('l', linkList);
  for (const q of quoteList) {
    const out = quoteOf(q, quoteId);
    if (out) quotes.push(out);
    else skipped.push(skippedItem('quote', q, own(q, 'text')));
  }
  for (const l of linkList) {
    // The page's navigation links are never painted nor looked for: an import leaves them out.
    if (own(l, 'relation') === 'navigation') continue;
    const out = linkOf(l, linkId);
    if (out) links.push(out);
    else skipped.push(skippedItem('link', l, own(l, 'text')));
  }
  for (const c of list(own(doc, 'unbacked'), L.items)) {
    const out = claimOf(c);
    if (out) unbacked.push(out);
    else skipped.push(skippedItem('claim', c, own(c, 'text')));
  }
  // References that point at nothing are dropped.
  const quoteIds = new Set(quotes.map((q) => q.id));
  const linkIds = new Set(links.map((l) => l.id));
  for (const l of links) if (l.backs && !quoteIds.has(l.backs)) delete l.backs;
  for (const q of quotes) {
    if (!q.sources) continue;
    q.sources = q.sources.filter((s) => linkIds.has(s));
    if (!q.sources.length) delete q.sources;
  }
  return { report: { quotes, links, unbacked }, skipped };
}

// ---- Web Annotation -------------------------------------------------------------------------

/** The annotations of a Web Annotation document: a collection, a page, an array or one annotation; null if none of these. */
function annotations(doc) {
  if (Array.isArray(doc)) return doc.some((a) => own(a, 'type') === 'Annotation') ? doc : null;
  const type = own(doc, 'type');
  if (type === 'AnnotationCollection') return Array.isArray(own(own(doc, 'first'), 'items')) ? doc.first.items : [];
  if (type === 'AnnotationPage') return Array.isArray(own(doc, 'items')) ? doc.items : [];
  if (type === 'Annotation') return [doc];
  return null;
}

const bodies = (a) => {
  const body = own(a, 'body');
  return (Array.isArray(body) ? body.slice(0, L.bodies) : [body]).filter(isObject);
};
const values = (a, purpose) => bodies(a).filter((b) => own(b, 'purpose') === purpose).map((b) => own(b, 'value')).filter((v) => typeof v === 'string');
const valueAfter = (vs, label) => vs.find((v) => v.startsWith(label))?.slice(label.length) ?? null;

/** A Web Annotation document as whosaid/1-shaped items (then checked like one). */
function fromAnnotations(list) {
  const quotes = [];
  const links = [];
  const unbacked = [];
  for (const a of list) {
    if (!isObject(a)) {
      quotes.push(a); // (left out, and listed, by the check)
      continue;
    }
    const targets = own(a, 'target');
    const target = Array.isArray(targets) ? targets[0] : targets;
    const selector = own(target, 'selector');
    const selectors = Array.isArray(selector) ? selector.slice(0, L.selectors) : [selector];
    const quote = selectors.find((s) => own(s, 'type') === 'TextQuoteSelector');
    const position = selectors.find((s) => own(s, 'type') === 'TextPositionSelector');
    const exact = own(quote, 'exact');
    const at = span(position, L.offset);
    const annotationId = own(a, 'id');
    const itemId = typeof annotationId === 'string' ? annotationId.split(':').pop() : null;
    const tags = values(a, 'tagging');
    const described = values(a, 'describing');
    if (own(a, 'motivation') === 'linking') {
      const relation = /\((internal|external)\)/.exec(tags.find((t) => t.startsWith('source link')) ?? '')?.[1] ?? 'external';
      links.push({
        id: itemId, href: own(bodies(a).find((b) => own(b, 'type') === 'SpecificResource'), 'id'), text: exact, relation,
        kind: valueAfter(tags, 'source:'), selectors, backs: valueAfter(described, 'Source of '),
      });
    } else if (tags.includes('unbacked claim')) {
      unbacked.push({ text: exact, span: at, cue: /“(.*)”/.exec(described[0] ?? '')?.[1] ?? '', selectors });
    } else {
      const name = valueAfter(described, 'Speaker: ');
      quotes.push({
        id: itemId, kind: tags.includes('reported speech') ? 'indirect' : 'direct', text: exact, parts: at ? [at] : [], selectors,
        cue: valueAfter(described, 'Cue: '), medium: valueAfter(described, 'Medium: '),
        speaker: name ? { name, mention: name, kind: valueAfter(tags, 'speaker-kind:'), role: valueAfter(described, 'Role: ') } : null,
      });
    }
  }
  return { quotes, links, unbacked };
}

// ---- The export ----------------------------------------------------------------------------

/**
 * The checked items of an export's parsed JSON: a whosaid/1 report, or a Web
 * Annotation document (quotations, reported speech, source links and unbacked
 * claims, with their speakers, cues and media). Nothing else of the file is kept.
 * Throws an ImportError when the document is neither, or has too many items.
 * @returns {{report: {quotes: object[], links: object[], unbacked: object[]}, unit: 'utf-16'|'code-point', format: string, skipped: {kind: string, id: string, text: string, reason: 'invalid'}[]}}
 */
export function readExport(doc) {
  if (own(doc, 'schema') === 'whosaid/1') {
    const parts = ['quotes', 'links', 'unbacked'].map((k) => own(doc, k));
    if (!Array.isArray(parts[0]) || parts.slice(1).some((p) => p !== undefined && !Array.isArray(p))) throw new ImportError('importNotExport');
    const count = parts.reduce((n, p) => n + (p?.length ?? 0), 0);
    if (count > L.items) throw new ImportError('importTooMany', [count, L.items]);
    const { report, skipped } = checkItems(doc);
    return { report, unit: own(doc, 'offsets') === 'code-point' ? 'code-point' : 'utf-16', format: 'whosaid/1', skipped };
  }
  const found = doc !== null && typeof doc === 'object' ? annotations(doc) : null;
  if (!found) throw new ImportError('importNotExport');
  if (found.length > L.items) throw new ImportError('importTooMany', [found.length, L.items]);
  const { report, skipped } = checkItems(fromAnnotations(found));
  return { report, unit: own(doc, 'whosaid:offsets') === 'utf-16' ? 'utf-16' : 'code-point', format: 'Web Annotation', skipped };
}

// ---- The page ------------------------------------------------------------------------------

/**
 * What an imported report says about its page, taken from the page itself: the
 * report of its analysis when there is one, else the page object the collector read
 * (collect.js). Never from the file.
 * @param {{url?: string, title?: string, lang?: string, canonical?: string, siteName?: string}} [page]
 * @param {object} [report] the page's own report (the panel's, `PanelView`'s `report`)
 * @returns {{url: string, title: string, generator: string, lang: string|null, publisher: {url: string, domain: string, name: string|null}, truncated: boolean}}
 */
export function pageIdentity(page = {}, report = null) {
  const pick = (key) => (typeof own(report, key) === 'string' ? report[key] : typeof own(page, key) === 'string' ? page[key] : null);
  const url = (pick('url') ?? '').slice(0, 8192);
  const publisher = own(report, 'publisher');
  const publisherUrl = text(own(publisher, 'url'), 8192) ?? text(own(page, 'canonical'), 8192) ?? url;
  return {
    url,
    title: (pick('title') ?? '').slice(0, 2000),
    generator: (text(own(report, 'generator'), 100) ?? 'WhoSaid'),
    lang: text(pick('lang'), 35) ?? null,
    publisher: {
      url: publisherUrl,
      domain: text(own(publisher, 'domain'), 300) ?? hostOf(publisherUrl),
      name: text(own(publisher, 'name'), L.name) ?? text(own(page, 'siteName'), L.name) ?? null,
    },
    truncated: own(report, 'truncated') === true,
  };
}
