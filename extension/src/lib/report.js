// Reading a whosaid/1 report the way the panel and the exports present it: what
// counts as a quotation, who is unnamed, the summary numbers, the groups by
// speaker with their share of the quoted words. Pure functions, no DOM.

import LINK_KINDS from '../../../vocab/link-kinds.json' with { type: 'json' };

/**
 * The kinds of source a link can be, as the core names them (vocab/link-kinds.json, which
 * src/core/links/kind.rs reads too); the panel's message for each is `kind_<name>`.
 */
export const KIND_KEYS = LINK_KINDS.kinds;

/**
 * Below this `confidence` the speaker the rules gave is a guess: the panel and the exports say
 * "speaker is a guess" beside the item. The one place the threshold is written (the panel and
 * exporters.js read it). docs/accuracy.md, calibration: below it the speaker was right 88.9 % of
 * the time on polnear_dev, against 97.7 % at 0.9 and above.
 */
export const GUESS_BELOW = 0.6;

/** Whether the speaker of `q` is a guess (its confidence is below `GUESS_BELOW`). */
export const speakerIsGuess = (q) => typeof q.confidence === 'number' && q.confidence < GUESS_BELOW;

/** Reported speech (no quotation marks) rather than a quotation. */
export const isReported = (q) => q.kind === 'indirect';

/** Said by an unnamed source ("officials", "a spokesperson for the ministry"). */
const isUnnamed = (q) => q.speaker?.kind === 'unnamed';

/** The article body's source links (not the page's navigation). */
export const sourceLinks = (report) => report.links.filter((l) => l.relation !== 'navigation');

const countWords = (s) => (s.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).length;
// (Each item's count, once: the panel's sections group the same items more than once.)
const counted = new WeakMap();
const wordsOf = (q) => {
  let n = counted.get(q);
  if (n === undefined) counted.set(q, (n = countWords(q.text)));
  return n;
};

const speakerKey = (q) => (q.speaker ? q.speaker.id ?? `mention:${q.speaker.name}` : '');

/**
 * The numbers of the summary line: quotations, the named speakers and unnamed
 * sources they come from, reported statements, source links and how many are external.
 */
export function counts(report) {
  const quoted = report.quotes.filter((q) => !isReported(q));
  const named = new Set(quoted.filter((q) => q.speaker && !isUnnamed(q)).map(speakerKey));
  const unnamed = new Set(report.quotes.filter(isUnnamed).map(speakerKey));
  const links = sourceLinks(report);
  return {
    quotations: quoted.length,
    speakers: named.size,
    unnamed: unnamed.size,
    reported: report.quotes.length - quoted.length,
    links: links.length,
    external: links.filter((l) => l.relation === 'external').length,
  };
}

/**
 * Items grouped by speaker, most quoted first (in reading order when equal), unattributed ones last. Each group
 * has the speaker's name, kind, title and role, its items, and `share`: the part
 * of all the quoted words in `all` (default: the items themselves) that are its.
 */
export function groupBySpeaker(items, all = items) {
  const total = all.reduce((n, q) => n + wordsOf(q), 0);
  const groups = new Map();
  for (const q of items) {
    const key = speakerKey(q);
    if (!groups.has(key)) {
      groups.set(key, { key, name: q.speaker?.name ?? null, kind: q.speaker?.kind ?? null, title: q.speaker?.title, role: q.speaker?.role, quotes: [], words: 0 });
    }
    const g = groups.get(key);
    g.quotes.push(q);
    g.words += wordsOf(q);
  }
  return [...groups.values()]
    .map((g) => ({ ...g, share: total ? g.words / total : 0 }))
    .sort((a, b) => (a.name === null) - (b.name === null) || b.quotes.length - a.quotes.length);
}

/**
 * The report's items in the panel's sections: quotations by a named (or no)
 * speaker, reported speech by a named (or no) speaker, everything said by
 * unnamed sources, and the source links.
 */
export function sections(report) {
  const quoted = report.quotes.filter((q) => !isReported(q));
  return {
    quoted,
    quotations: quoted.filter((q) => !isUnnamed(q)),
    reported: report.quotes.filter((q) => isReported(q) && !isUnnamed(q)),
    unnamed: report.quotes.filter(isUnnamed),
    links: sourceLinks(report),
  };
}

/** The category (as in settings.js) of a report item. */
export const categoryOf = (q) => (isReported(q) ? 'reported' : 'quote');

/** Characters of context a TextQuoteSelector gives on each side (the core's CONTEXT_CHARS). */
const CONTEXT = 32;

const isHigh = (u) => u >= 0xd800 && u <= 0xdbff;
const isLow = (u) => u >= 0xdc00 && u <= 0xdfff;

/** The index `n` code points before `at` in `text` (or 0). */
function back(text, at, n) {
  let i = at;
  for (let k = 0; k < n && i > 0; k++) {
    i--;
    if (i > 0 && isLow(text.charCodeAt(i)) && isHigh(text.charCodeAt(i - 1))) i--;
  }
  return i;
}

/** The index `n` code points after `at` in `text` (or its length). */
function ahead(text, at, n) {
  let i = at;
  for (let k = 0; k < n && i < text.length; k++) {
    i += isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1)) ? 2 : 1;
  }
  return i;
}

// (The core reads lone surrogates as U+FFFD: so do its selectors.)
const wellFormed = (s) => (typeof s.toWellFormed === 'function' ? s.toWellFormed() : s);

/** The W3C selectors of UTF-16 span [start, end) of `text`, as the core writes them (src/core/report.rs). */
export function selectorsOf(text, start, end) {
  return [
    {
      type: 'TextQuoteSelector',
      exact: wellFormed(text.slice(start, end)),
      prefix: wellFormed(text.slice(back(text, start, CONTEXT), start)),
      suffix: wellFormed(text.slice(end, ahead(text, end, CONTEXT))),
    },
    { type: 'TextPositionSelector', start, end },
  ];
}

/** Unicode White_Space, what Rust's `split_whitespace` splits at (JavaScript's `\s` differs: U+0085, U+FEFF). */
const WHITE_SPACE = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;

/** Text `collapse` leaves as it is: no white space but single spaces between words. */
const COLLAPSED = /[\t\n\v\f\r\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]|^ | $| {2}/;
const isWellFormed = (s) => (typeof s.isWellFormed === 'function' ? s.isWellFormed() : !/[\ud800-\udfff]/.test(s));

/** Whitespace runs as one space, ends trimmed: the core's `collapse` (src/core/report.rs). */
export function collapse(s) {
  // (Most spans need nothing done: tested without copying, they are returned as they are.)
  if (!COLLAPSED.test(s) && isWellFormed(s)) return s;
  return wellFormed(s).split(WHITE_SPACE).filter(Boolean).join(' ');
}

/** The collapsed text of UTF-16 span [start, end) of `text`. */
const textOf = (text, span) => collapse(text.slice(span.start, span.end));

const pos = (p) => (p ? { start: p[0], end: p[1] } : null);
const pairs = (flat) => {
  const out = [];
  for (let i = 0; i + 1 < flat.length; i += 2) out.push({ start: flat[i], end: flat[i + 1] });
  return out;
};

/**
 * The lean report from what the background sends (`wire_json` in src/core/report.rs): an
 * array of three, the report with its `quotes` and `links` empty, then each quotation and
 * each link as an array of its fields. Its objects come out as JSON.parse would give the
 * lean report's (the same fields in the same order); `fromLean` then completes them. The
 * wire is not changed.
 */
export function fromWire([lean, quotes, links]) {
  // (A new object: the wire itself is left as it came, to be handed on.)
  const report = { ...lean };
  report.quotes = quotes.map(([id, kind, parts, content, sp, cue, medium, act, confidence, sources]) => {
    const q = { id, kind, text: '', parts: pairs(parts) };
    if (content) q.content = pos(content);
    q.speaker = null;
    if (sp) {
      const [start, end, resolved, sid, name, skind, title, role] = sp;
      q.speaker = { name, mention: '', span: { start, end }, resolved, id: sid, kind: skind };
      if (title != null) q.speaker.title = title;
      if (role != null) q.speaker.role = role;
    }
    q.cue = cue ? '' : null;
    q.cue_span = pos(cue);
    q.medium = medium;
    q.act = act;
    q.confidence = confidence;
    q.selectors = [];
    if (sources.length) q.sources = sources;
    return q;
  });
  report.links = links.map(([id, href, relation, kind, format, domain, outlet, start, end, claim, backs, mentions]) => {
    const l = { id, href, text: '', relation, kind };
    if (format != null) l.format = format;
    l.domain = domain;
    if (outlet != null) l.outlet = outlet;
    l.span = { start, end };
    l.selectors = [];
    if (claim) l.claim = pos(claim);
    if (backs != null) l.backs = backs;
    if (mentions.length) l.outlet_mentions = pairs(mentions);
    return l;
  });
  return report;
}

/**
 * Writes back what the core's lean report (the background's `analyzeJson(page, { full: false })`;
 * `make_lean` in src/core/report.rs) leaves out because `text` or the report itself has it:
 * each quotation's text and cue, its speaker's mention, and name, kind, title and role
 * where they are its `speakers` entry's (or, unresolved, its mention), and each link's
 * text. Changes `report` in place, returns it. (The selectors come later, for the
 * exports: `withSelectors`.)
 */
export function fromLean(report, text) {
  const byId = new Map(report.speakers.map((s) => [s.id, s]));
  for (const q of report.quotes) {
    if (q.text === '') q.text = collapse(q.parts.map((p) => text.slice(p.start, p.end)).join(' '));
    if (q.cue === '' && q.cue_span) q.cue = textOf(text, q.cue_span);
    const sp = q.speaker;
    if (!sp) continue;
    if (sp.mention === '') sp.mention = textOf(text, sp.span);
    if (sp.name !== '') continue;
    const entry = sp.id == null ? null : byId.get(sp.id);
    if (!entry) {
      sp.name = sp.mention;
      continue;
    }
    sp.name = entry.name;
    sp.kind = entry.kind;
    if (entry.title != null) sp.title = entry.title;
    if (entry.role != null) sp.role = entry.role;
  }
  for (const l of report.links) if (l.text === '') l.text = textOf(text, l.span);
  return report;
}

/**
 * Writes back the selectors of a report the core sent without them (the background's
 * `analyzeJson(page, { full: false })`: they only repeat the page's text), for the exports: a
 * quotation's span from its first part to its last, a link's span. Changes `report` in
 * place (a report that has them is left as it is), returns it.
 */
export function withSelectors(report, text) {
  for (const q of report.quotes) {
    if (q.selectors?.length) continue;
    q.selectors = selectorsOf(text, q.parts[0]?.start ?? 0, q.parts.at(-1)?.end ?? 0);
  }
  for (const l of report.links) {
    if (!l.selectors?.length) l.selectors = selectorsOf(text, l.span.start, l.span.end);
  }
  return report;
}
