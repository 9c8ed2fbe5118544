// Reading a whosaid/1 report the way the panel and the exports present it: what
// counts as a quotation, who is unnamed, the summary numbers, the groups by
// speaker with their share of the quoted words. Pure functions, no DOM.

/** Reported speech (no quotation marks) rather than a quotation. */
export const isReported = (q) => q.kind === 'indirect';

/** Said by an unnamed source ("officials", "a spokesperson for the ministry"). */
export const isUnnamed = (q) => q.speaker?.kind === 'unnamed';

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
