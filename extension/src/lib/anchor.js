// Import: re-anchors an export (whosaid/1 JSON or W3C Web Annotation), read and
// checked by importcheck.js, on the page as it is now. Each item is found by its
// quote (TextQuoteSelector: exact text and its context), with its position
// (TextPositionSelector) as a hint, as Hypothesis does: first the position if the
// text there is still the quote, then the exact occurrences nearest that position
// scored by context and distance, then approximate matches (fuzzy.js). What cannot
// be found is reported, never painted elsewhere.
//
// The work is bounded, whatever the file and the page: contexts are cut to
// IMPORT_LIMITS.context units, at most ANCHOR_LIMITS.candidates occurrences are
// scored per item, the approximate search allows at most ANCHOR_LIMITS.errors
// errors, looks only in windows (near the old position, and around exact pieces of
// the quote) unless the whole text fits the budget, and every scan and match is paid
// from one budget per import (`workBudget`). An item left when the budget is spent is
// only looked for at its old position. The report returned is made from the page's
// text and the page's own identity (importcheck.js `pageIdentity`), never the file's.

import { bestMatch, editDistance, matchCost } from './fuzzy.js';
import { IMPORT_LIMITS } from './importcheck.js';
import { collapse, selectorsOf } from './report.js';

/** The bounds of re-anchoring (work is counted in characters scanned; see `workBudget`). */
export const ANCHOR_LIMITS = Object.freeze({
  /** Exact occurrences scored per item, nearest the old position first. */
  candidates: 32,
  /** Errors an approximate match may have: one per eight characters, at most this many. */
  errors: 64,
  /** Shortest and longest quote looked for approximately (UTF-16 units). */
  fuzzyMin: 8,
  fuzzyMax: 4_000,
  /** How far around its old position an approximate match is looked for first. */
  slack: 2_048,
  /** Exact pieces of the quote looked for to find windows for the approximate search, and occurrences used per piece. */
  seeds: 8,
  seedHits: 2,
  /**
   * Work, in units of about a nanosecond here: a character scanned by indexOf costs
   * 2 (0.3-0.8 ns on a natural text, up to 3.7 ns on a repetitive one), a character of
   * the reversed text (made once, for scans backwards) 12, a cell of a context
   * comparison 4, a step of the approximate matcher (fuzzy.js) 10 (5-15 ns).
   */
  scanCost: 2,
  reverseCost: 12,
  cellCost: 4,
  stepCost: 10,
  /** An import's budget: `workBase` + `workPerItem` per item searched, at most `workMax`. */
  workBase: 10_000_000,
  workPerItem: 5_000_000,
  workMax: 1_000_000_000,
});

const A = ANCHOR_LIMITS;

/**
 * The work budget of an import of `items` items: about 5 ms per item (enough to
 * scan a 2 MB page for each), 1 s at most, on the machine this was measured on.
 * @returns {{left: number, cut: boolean}}
 */
export function workBudget(items) {
  return { left: Math.min(A.workMax, A.workBase + A.workPerItem * Math.max(0, items)), cut: false };
}

/** UTF-16 offset of a code-point offset into `text`. */
function utf16Counter(text) {
  const at = new Uint32Array(text.length + 1);
  let n = 0;
  for (let i = 0; i < text.length; n++) {
    at[n] = i;
    const c = text.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  at[n] = text.length;
  return (cp) => at[Math.max(0, Math.min(cp, n))];
}

/** 0..1: how closely `page` (the text next to a candidate) matches `stored` (the selector's context). */
function contextScore(page, stored, budget) {
  if (!stored || page === stored) return 1;
  budget.left -= A.cellCost * (page.length + 1) * (stored.length + 1);
  return Math.max(0, 1 - editDistance(page, stored) / stored.length);
}

/** `s` with its UTF-16 units in reverse order (lone surrogates kept as they are). */
function reversed(s) {
  const n = s.length;
  const units = new Uint16Array(n);
  for (let i = 0; i < n; i++) units[n - 1 - i] = s.charCodeAt(i);
  let out = '';
  for (let i = 0; i < n; i += 8192) out += String.fromCharCode.apply(null, units.subarray(i, i + 8192));
  return out;
}

/** The longest needle String#indexOf is given: V8 searches longer ones in time that grows with their length (quadratic on a repetitive text). */
const INDEXOF_MAX = 200;

/**
 * The first occurrence of `needle` in `hay` at or after `from` (-1: none, or the
 * budget ran out), paid from `budget`: a long needle is looked for by its first
 * INDEXOF_MAX units, each place they are at then compared whole.
 */
function find(hay, needle, from, budget) {
  const m = needle.length;
  const head = m > INDEXOF_MAX ? needle.slice(0, INDEXOF_MAX) : needle;
  for (let at = from; budget.left > 0; at++) {
    const found = hay.indexOf(head, at);
    budget.left -= A.scanCost * ((found === -1 ? hay.length : found + head.length) - at);
    if (found === -1 || head === needle) return found;
    // (A slice compared whole is compared as memory; String#startsWith goes a character at a time.)
    budget.left -= m;
    if (hay.slice(found, found + m) === needle) return found;
    at = found;
  }
  budget.cut = true;
  return -1;
}

/**
 * The occurrences of `needle` in `text` in order of distance from `origin`, both
 * ways, at most `limit`, each scan paid from `budget` (which is marked `cut` when it
 * stops them); `visit(start)` returns true to stop. Backwards is forwards in the
 * reversed text (made once per budget): String#lastIndexOf compares naively, which
 * a repetitive text makes take seconds.
 */
function nearest(text, needle, origin, budget, limit, visit) {
  const n = text.length;
  const m = needle.length;
  const forward = (from) => (from > n - m ? -1 : find(text, needle, from, budget));
  let back = null;
  const backward = (before) => {
    if (before <= 0 || budget.left <= 0) {
      if (before > 0) budget.cut = true;
      return -1;
    }
    if (budget.reversed?.text !== text) {
      budget.reversed = { text, back: reversed(text) };
      budget.left -= A.reverseCost * n;
    }
    back ??= reversed(needle);
    // An occurrence at p < before is one at n - p - m in the reversed text.
    const from = Math.max(0, n - before - m + 1);
    const q = from > n - m ? -1 : find(budget.reversed.back, back, from, budget);
    return q === -1 ? -1 : n - q - m;
  };
  let fwd = forward(origin);
  let bwd = backward(origin);
  for (let k = 0; k < limit && (fwd !== -1 || bwd !== -1); k++) {
    const takeFwd = bwd === -1 || (fwd !== -1 && fwd - origin <= origin - bwd);
    if (visit(takeFwd ? fwd : bwd)) return;
    if (takeFwd) fwd = forward(fwd + 1);
    else bwd = backward(bwd);
  }
}

/** The selector as searched: contexts cut to the units next to the quote; the hint dropped when outside the text. */
function prepare(text, { exact, prefix = '', suffix = '' }, hint) {
  if (typeof exact !== 'string' || !exact) return null;
  return {
    exact,
    prefix: String(prefix).slice(-IMPORT_LIMITS.context),
    suffix: String(suffix).slice(0, IMPORT_LIMITS.context),
    hint: hint && hint.start >= 0 && hint.start <= text.length ? hint : null,
    // Where it was (the spans inside the item move with it from there), even when the page
    // is now shorter than that.
    origin: hint && hint.start >= 0 ? hint : null,
  };
}

/** Scores a candidate [start, end) by its quote score (1: exact), its context and its distance from the hint. */
function scorer(text, { prefix, suffix, hint }, budget) {
  const near = (start) => (hint ? 1 - Math.min(1, Math.abs(start - hint.start) / Math.max(1, text.length)) : 0);
  return (start, end, quoteScore) => 50 * quoteScore
    + 20 * contextScore(text.slice(Math.max(0, start - prefix.length), start), prefix, budget)
    + 20 * contextScore(text.slice(end, end + suffix.length), suffix, budget)
    + 2 * near(start);
}

/**
 * The exact part of `anchorQuote`: the hint if the quote is still there, else the
 * best of the exact occurrences nearest it. Sets `budget.cut` when the budget stopped it.
 */
function anchorExact(text, sel, budget) {
  const { exact, hint } = sel;
  const m = exact.length;
  if (hint && text.slice(hint.start, hint.start + m) === exact) return { start: hint.start, end: hint.start + m, exact: true };
  if (budget.left <= 0) {
    budget.cut = true;
    return null;
  }
  const score = scorer(text, sel, budget);
  let best = null;
  // Nearest the old position first: the first whose context is whole is the best.
  nearest(text, exact, hint?.start ?? 0, budget, A.candidates, (start) => {
    const s = score(start, start + m, 1);
    if (!best || s > best.score) best = { start, end: start + m, score: s };
    return s >= 90;
  });
  return best && { start: best.start, end: best.end, exact: true };
}

/**
 * The approximate part of `anchorQuote`: near the old position, else around the
 * exact pieces of the quote, then anywhere when the pieces cannot rule a match out
 * and the budget allows. Sets `budget.cut` when the budget stopped it.
 */
function anchorFuzzy(text, sel, budget) {
  const { exact, hint } = sel;
  const m = exact.length;
  if (m < A.fuzzyMin || m > A.fuzzyMax) return null;
  const k = Math.min(A.errors, Math.floor(m / 8));
  const score = scorer(text, sel, budget);
  let best = null;
  const look = (from, to) => {
    const cost = A.stepCost * matchCost(m, to - from, k);
    if (cost > budget.left) {
      budget.cut = true;
      return;
    }
    budget.left -= cost;
    const found = bestMatch(text, exact, k, from, to, hint ? hint.start + m : from);
    if (!found) return;
    const s = score(found.start, found.end, 1 - found.errors / m);
    if (!best || s > best.score) best = { ...found, score: s };
  };
  const clamp = ([from, to]) => [Math.max(0, from), Math.min(text.length, to)];
  // Near the old position first: where an edited quote usually is.
  const near = hint && clamp([hint.start - A.slack, hint.start + m + k + A.slack]);
  if (near) look(...near);
  if (best) return { start: best.start, end: best.end, exact: false };
  // Any match with at most k errors holds one of k + 1 disjoint pieces of the quote unchanged.
  const windows = [];
  const pieces = Math.min(k + 1, A.seeds);
  const piece = Math.floor(m / pieces);
  let complete = pieces === k + 1;
  for (let i = 0; i < pieces; i++) {
    if (budget.left <= 0) {
      budget.cut = true;
      return null;
    }
    const at = i * piece;
    let hits = 0;
    nearest(text, exact.slice(at, at + piece), hint?.start ?? 0, budget, A.seedHits + 1, (start) => {
      if (++hits > A.seedHits) {
        complete = false;
        return true;
      }
      windows.push(clamp([start - at - k - 1, start - at + m + k + 1]));
      return false;
    });
  }
  const merged = [];
  for (const [from, to] of windows.sort((a, b) => a[0] - b[0])) {
    const last = merged.at(-1);
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else if (to > from) merged.push([from, to]);
  }
  // (The window near the old position was looked at already.)
  for (const [from, to] of merged) if (!near || from < near[0] || to > near[1]) look(from, to);
  if (!best && !complete && !(near && near[0] === 0 && near[1] === text.length)) look(0, text.length);
  return best && { start: best.start, end: best.end, exact: false };
}

/**
 * Where `selector` ({exact, prefix, suffix}) is in `text`, or null. `hint` is the
 * old position ({start, end}, UTF-16), when known. `budget` (from `workBudget`) is
 * what the search may spend: a spent budget leaves only the check at `hint`, and
 * sets `budget.cut`.
 * @returns {{start: number, end: number, exact: boolean} | null}
 */
export function anchorQuote(text, selector, hint = null, budget = workBudget(1)) {
  const sel = prepare(text, selector, hint);
  return sel && (anchorExact(text, sel, budget) ?? anchorFuzzy(text, sel, budget));
}

const squash = (s) => s.replace(/\s+/g, '');

/**
 * Re-anchors an import on `text` (the page's text as collected now) and makes the
 * report the reader is shown: every item where it is now, its text read from the
 * page, and the page's own address, title, publisher, language and generator from
 * `page` (importcheck.js `pageIdentity`): nothing of the file but the checked items.
 * @param {{report: object, unit: string, format: string, skipped?: object[]}} imported what `readExport`/`readImportFile` returned
 * @param {string} text
 * @param {ReturnType<import('./importcheck.js').pageIdentity>} page
 * @returns {{report: object, format: string, anchored: number, total: number,
 *   failed: {kind: string, id: string, text: string, reason: 'missing'|'budget'|'invalid'}[]}}
 */
export function reanchor(imported, text, page = {}) {
  const { report: items, unit, format, skipped = [] } = imported;
  const toUtf16 = unit === 'code-point' ? utf16Counter(text) : (n) => n;
  const searched = items.quotes.length + items.links.length + items.unbacked.length;
  const budget = workBudget(searched);
  const failed = [];
  let anchored = 0;
  // First every item's exact search, then the approximate ones with what is left of the budget.
  const all = [...items.quotes, ...items.links, ...items.unbacked].map((item) => {
    const { quote, position } = item.anchor;
    const sel = prepare(text, quote, position ? { start: toUtf16(position.start), end: toUtf16(position.end) } : null);
    budget.cut = false;
    return { sel, found: anchorExact(text, sel, budget), cut: budget.cut };
  });
  for (const a of all) {
    if (a.found) continue;
    budget.cut = false;
    a.found = anchorFuzzy(text, a.sel, budget);
    a.cut ||= budget.cut;
  }
  const located = new Map([...items.quotes, ...items.links, ...items.unbacked].map((item, i) => [item, all[i]]));
  const place = (item, kind) => {
    const { sel: { exact, origin }, found, cut } = located.get(item);
    if (!found) {
      failed.push({ kind, id: item.id ?? '', text: exact.slice(0, 200), reason: cut ? 'budget' : 'missing' });
      return null;
    }
    anchored++;
    // Spans inside the item move with it, when the text matched exactly and is still there.
    const delta = found.start - (origin?.start ?? found.start);
    const shift = (span, expect) => {
      if (!span || !found.exact || !origin) return null;
      const moved = { start: toUtf16(span.start) + delta, end: toUtf16(span.end) + delta };
      if (moved.start < 0 || moved.end > text.length || moved.end < moved.start || moved.end - moved.start > IMPORT_LIMITS.text) return null;
      return expect === undefined || squash(text.slice(moved.start, moved.end)) === squash(expect) ? moved : null;
    };
    return { found, shift, selectors: selectorsOf(text, found.start, found.end) };
  };
  const quotes = [];
  for (const q of items.quotes) {
    const p = place(q, 'quote');
    if (!p) continue;
    const inside = (s) => s && s.start >= p.found.start && s.end <= p.found.end;
    const moved = q.parts.map((part) => p.shift(part)).filter(inside);
    const parts = moved.length === q.parts.length && moved.length ? moved : [{ start: p.found.start, end: p.found.end }];
    const out = { id: q.id, kind: q.kind, text: collapse(parts.map((s) => text.slice(s.start, s.end)).join(' ')), parts };
    const content = p.shift(q.content);
    if (content) out.content = content;
    out.speaker = null;
    if (q.speaker) {
      const at = p.shift(q.speaker.span, q.speaker.mention);
      out.speaker = { ...q.speaker, mention: at ? collapse(text.slice(at.start, at.end)) : q.speaker.mention };
      delete out.speaker.span;
      if (at) out.speaker.span = at;
    }
    const cueSpan = p.shift(q.cue_span, q.cue);
    out.cue = cueSpan ? collapse(text.slice(cueSpan.start, cueSpan.end)) : q.cue;
    if (cueSpan) out.cue_span = cueSpan;
    out.medium = q.medium;
    out.act = q.act;
    out.confidence = q.confidence;
    if (q.sources) out.sources = q.sources;
    out.selectors = p.selectors;
    quotes.push(out);
  }
  const links = [];
  for (const l of items.links) {
    const p = place(l, 'link');
    if (!p) continue;
    const out = { id: l.id, href: l.href, text: collapse(text.slice(p.found.start, p.found.end)), relation: l.relation, kind: l.kind };
    if (l.format) out.format = l.format;
    out.domain = l.domain;
    if (l.outlet) out.outlet = l.outlet;
    out.span = { start: p.found.start, end: p.found.end };
    out.selectors = p.selectors;
    const claim = p.shift(l.claim);
    if (claim) out.claim = claim;
    if (l.backs) out.backs = l.backs;
    const mentions = (l.outlet_mentions ?? []).map((s) => p.shift(s)).filter(Boolean);
    if (mentions.length) out.outlet_mentions = mentions;
    links.push(out);
  }
  const unbacked = [];
  for (const c of items.unbacked) {
    const p = place(c, 'claim');
    if (!p) continue;
    const span = { start: p.found.start, end: p.found.end };
    const cueSpan = p.shift(c.cue_span, c.cue);
    const out = { text: collapse(text.slice(span.start, span.end)), span, cue: cueSpan ? collapse(text.slice(cueSpan.start, cueSpan.end)) : c.cue };
    if (cueSpan) out.cue_span = cueSpan;
    unbacked.push(out);
  }
  failed.push(...skipped);
  const report = {
    schema: 'whosaid/1', url: String(page.url ?? ''), title: String(page.title ?? ''), generator: String(page.generator ?? 'WhoSaid'),
    lang: page.lang ?? null, publisher: page.publisher ?? null, offsets: 'utf-16', truncated: page.truncated === true,
    quotes, links, unbacked, speakers: speakersOf(quotes),
  };
  return { report, format, anchored, total: searched + skipped.length, failed };
}

/** Everyone quoted, most quoted first (as the core lists them), from the anchored quotations. */
function speakersOf(quotes) {
  const byKey = new Map();
  for (const q of quotes) {
    if (!q.speaker) continue;
    const key = q.speaker.id ?? `mention:${q.speaker.name}`;
    const s = byKey.get(key);
    if (s) s.quotes++;
    else {
      const entry = { id: q.speaker.id, name: q.speaker.name, kind: q.speaker.kind, quotes: 1 };
      if (q.speaker.title) entry.title = q.speaker.title;
      if (q.speaker.role) entry.role = q.speaker.role;
      byKey.set(key, entry);
    }
  }
  return [...byKey.values()].sort((a, b) => b.quotes - a.quotes);
}
