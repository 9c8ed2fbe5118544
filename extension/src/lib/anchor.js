// Import: re-anchors an export (whosaid/1 JSON or W3C Web Annotation) on the page
// as it is now. Each item is found by its quote (TextQuoteSelector: exact text and
// its context), with its position (TextPositionSelector) as a hint, as Hypothesis
// does: first the position if the text there is still the quote, then every exact
// occurrence scored by context and distance, then approximate matches
// (approx-string-match, the library Hypothesis uses). What cannot be found is
// reported, never painted elsewhere.

import search from 'approx-string-match';

/** UTF-16 offset of a code-point offset into `text`. */
export function utf16Counter(text) {
  const at = [0];
  for (let i = 0; i < text.length; ) {
    const c = text.codePointAt(i);
    i += c > 0xffff ? 2 : 1;
    at.push(i);
  }
  return (cp) => at[Math.max(0, Math.min(cp, at.length - 1))];
}

/** 0..1: how closely the end of `a` (prefix) or start (suffix) matches `b`. */
function contextScore(text, str) {
  if (!str) return 1;
  if (text === str) return 1;
  const [best] = search(text, str, str.length).sort((x, y) => x.errors - y.errors);
  return best ? 1 - best.errors / str.length : 0;
}

/**
 * Where `selector` ({exact, prefix, suffix}) is in `text`, or null. `hint` is the
 * old position ({start, end}, UTF-16), when known.
 * @returns {{start: number, end: number, exact: boolean} | null}
 */
export function anchorQuote(text, { exact, prefix = '', suffix = '' }, hint = null) {
  if (!exact) return null;
  if (hint && text.slice(hint.start, hint.end) === exact) return { start: hint.start, end: hint.end, exact: true };
  const near = (start) => (hint ? 1 - Math.min(1, Math.abs(start - hint.start) / Math.max(1, text.length)) : 0);
  const score = (start, end, quoteScore) =>
    50 * quoteScore
    + 20 * contextScore(text.slice(Math.max(0, start - prefix.length), start), prefix)
    + 20 * contextScore(text.slice(end, end + suffix.length), suffix)
    + 2 * near(start);
  let best = null;
  for (let i = text.indexOf(exact); i !== -1; i = text.indexOf(exact, i + 1)) {
    const s = score(i, i + exact.length, 1);
    if (!best || s > best.score) best = { start: i, end: i + exact.length, exact: true, score: s };
  }
  if (best) return { start: best.start, end: best.end, exact: true };
  const maxErrors = Math.min(256, Math.floor(exact.length / 8));
  if (!maxErrors) return null;
  for (const m of search(text, exact, maxErrors)) {
    const s = score(m.start, m.end, 1 - m.errors / exact.length);
    if (!best || s > best.score) best = { start: m.start, end: m.end, exact: false, score: s };
  }
  return best && { start: best.start, end: best.end, exact: false };
}

const TAG = (a, purpose) => (a.body ?? []).filter((b) => b.purpose === purpose).map((b) => b.value ?? '');
const valueAfter = (values, label) => values.find((v) => v.startsWith(label))?.slice(label.length) ?? null;

/** The annotations of a Web Annotation document: a collection, a page, an array or one annotation. */
function annotations(doc) {
  if (Array.isArray(doc)) return doc;
  if (doc.type === 'AnnotationCollection') return [...(doc.first?.items ?? [])];
  if (doc.type === 'AnnotationPage') return doc.items ?? [];
  if (doc.type === 'Annotation') return [doc];
  return null;
}

/**
 * A whosaid/1 report from an export's parsed JSON: a whosaid/1 report as it is,
 * or one built from a Web Annotation document (quotations, reported speech,
 * source links and unbacked claims, with their speakers, cues and media).
 * Throws when the document is neither.
 * @returns {{report: object, unit: 'utf-16'|'code-point', format: string}}
 */
export function readExport(doc) {
  if (doc?.schema === 'whosaid/1') {
    return { report: doc, unit: doc.offsets === 'code-point' ? 'code-point' : 'utf-16', format: 'whosaid/1' };
  }
  const list = doc && typeof doc === 'object' ? annotations(doc) : null;
  if (!list) throw new Error('This file is neither a WhoSaid JSON export nor a Web Annotation document.');
  const unit = doc['whosaid:offsets'] === 'utf-16' ? 'utf-16' : 'code-point';
  const report = {
    schema: 'whosaid/1', url: doc.first?.items?.[0]?.target?.source ?? '', title: (doc.label ?? '').replace(/^WhoSaid: /, ''),
    generator: doc.generator?.name ?? 'unknown', quotes: [], links: [], unbacked: [], speakers: [],
  };
  for (const a of list) {
    const target = Array.isArray(a.target) ? a.target[0] : a.target;
    const selectors = [].concat(target?.selector ?? []);
    const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
    if (!quote) continue;
    const position = selectors.find((s) => s.type === 'TextPositionSelector');
    const span = position ? { start: position.start, end: position.end } : null;
    const id = String(a.id ?? '').split(':').pop() || `a${report.quotes.length + report.links.length + 1}`;
    const tags = TAG(a, 'tagging');
    const described = TAG(a, 'describing');
    if (a.motivation === 'linking') {
      const href = (a.body ?? []).find((b) => b.type === 'SpecificResource')?.id ?? '';
      const relation = /\((internal|external)\)/.exec(tags.find((t) => t.startsWith('source link')) ?? '')?.[1] ?? 'external';
      report.links.push({
        id, href, text: quote.exact, relation, kind: valueAfter(tags, 'source:') ?? 'web', domain: safeHost(href),
        span, selectors, backs: valueAfter(described, 'Source of '),
      });
    } else if (tags.includes('unbacked claim')) {
      report.unbacked.push({ text: quote.exact, span, cue: /“(.*)”/.exec(described[0] ?? '')?.[1] ?? '', selectors });
    } else {
      const name = valueAfter(described, 'Speaker: ');
      report.quotes.push({
        id, kind: tags.includes('reported speech') ? 'indirect' : 'direct', text: quote.exact.replace(/\s+/g, ' ').trim(),
        parts: span ? [span] : [], selectors, cue: valueAfter(described, 'Cue: '), medium: valueAfter(described, 'Medium: '),
        speaker: name ? { name, mention: name, id: `speaker:${name}`, kind: valueAfter(tags, 'speaker-kind:') ?? 'person', role: valueAfter(described, 'Role: ') } : null,
        confidence: 1,
      });
    }
  }
  return { report, unit, format: 'Web Annotation' };
}

function safeHost(href) {
  try {
    return new URL(href).hostname;
  } catch {
    return '';
  }
}

const squash = (s) => (s ?? '').replace(/\s+/g, '');

/**
 * Re-anchors an imported report on `text` (the page's text as collected now).
 * Returns the report with every position moved to where its item is now, the
 * number anchored, and the items that could not be.
 * @returns {{report: object, anchored: number, total: number, failed: {kind: string, id: string, text: string}[]}}
 */
export function reanchor(imported, unit, text) {
  const toUtf16 = unit === 'code-point' ? utf16Counter(text) : (n) => n;
  const failed = [];
  let anchored = 0;
  const place = (item, kind, exactText) => {
    const tq = item.selectors?.find((s) => s.type === 'TextQuoteSelector') ?? { exact: exactText };
    const tp = item.selectors?.find((s) => s.type === 'TextPositionSelector');
    const hint = tp ? { start: toUtf16(tp.start), end: toUtf16(tp.end) } : null;
    const found = anchorQuote(text, tq, hint);
    if (!found) {
      failed.push({ kind, id: item.id ?? '', text: tq.exact ?? exactText });
      return null;
    }
    anchored++;
    // Spans inside the item move with it, when the text matched exactly and is still there.
    const delta = found.start - (hint?.start ?? found.start);
    const shift = (span, expect) => {
      if (!span || !found.exact || !hint) return null;
      const moved = { start: toUtf16(span.start) + delta, end: toUtf16(span.end) + delta };
      return expect === undefined || squash(text.slice(moved.start, moved.end)) === squash(expect) ? moved : null;
    };
    const selectors = [
      { type: 'TextQuoteSelector', exact: text.slice(found.start, found.end), prefix: text.slice(Math.max(0, found.start - 32), found.start), suffix: text.slice(found.end, found.end + 32) },
      { type: 'TextPositionSelector', start: found.start, end: found.end },
    ];
    return { found, shift, selectors };
  };
  const quotes = [];
  for (const q of imported.quotes ?? []) {
    const p = place(q, 'quote', q.text);
    if (!p) continue;
    const inside = (s) => s && s.start >= p.found.start && s.end <= p.found.end;
    const parts = (q.parts ?? []).map((part) => p.shift(part)).filter(inside);
    const speaker = q.speaker ? { ...q.speaker, span: p.shift(q.speaker.span, q.speaker.mention) } : null;
    if (speaker && !speaker.span) delete speaker.span;
    quotes.push({
      ...q, parts: parts.length === (q.parts ?? []).length && parts.length ? parts : [{ start: p.found.start, end: p.found.end }],
      content: p.shift(q.content) ?? undefined, speaker, cue_span: p.shift(q.cue_span, q.cue) ?? undefined, selectors: p.selectors,
    });
  }
  const links = [];
  for (const l of imported.links ?? []) {
    if (l.relation === 'navigation') {
      links.push({ ...l, span: null });
      continue;
    }
    const p = place(l, 'link', l.text);
    if (p) links.push({ ...l, span: { start: p.found.start, end: p.found.end }, claim: p.shift(l.claim) ?? undefined, selectors: p.selectors });
  }
  const unbacked = [];
  for (const c of imported.unbacked ?? []) {
    const p = place({ ...c, selectors: c.selectors ?? [{ type: 'TextQuoteSelector', exact: c.text }, { type: 'TextPositionSelector', ...c.span }] }, 'claim', c.text);
    if (p) unbacked.push({ ...c, span: { start: p.found.start, end: p.found.end }, cue_span: p.shift(c.cue_span, c.cue) ?? undefined });
  }
  const total = (imported.quotes ?? []).length + (imported.links ?? []).filter((l) => l.relation !== 'navigation').length + (imported.unbacked ?? []).length;
  return { report: { ...imported, offsets: 'utf-16', quotes, links, unbacked }, anchored, total, failed };
}
