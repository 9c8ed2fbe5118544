// Turns a whosaid/1 report into the files a reader downloads. The report
// itself (built by the core) is the JSON export; the W3C Web Annotation
// export is derived from it here.

/** A file name from the page title: `whosaid-<title>.<ext>`. */
export function fileName(report, ext) {
  const slug = (report.title || 'page')
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .toLowerCase()
    .slice(0, 60);
  return `whosaid-${slug || 'page'}.${ext}`;
}

/** The `whosaid/1` JSON export (docs/export-format.md). */
export function toJson(report) {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** A short stable hash, for annotation ids. */
function hash(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/**
 * The report as a W3C Web Annotation AnnotationCollection (JSON-LD): one
 * annotation per quotation (tagged "quotation", described with its speaker)
 * and per source link of the article body (motivation "linking", the link
 * target as body, tagged with its relation and `source:<kind>`).
 * TextPositionSelector offsets are UTF-16 code units into the article text as
 * WhoSaid reads it; the TextQuoteSelector re-anchors anywhere.
 */
export function toWebAnnotation(report) {
  const base = `urn:whosaid:${hash(report.url)}`;
  const target = (selectors) => ({ source: report.url, selector: selectors });
  const quotes = report.quotes.map((q) => {
    const body = [{ type: 'TextualBody', purpose: 'tagging', value: q.kind === 'indirect' ? 'reported speech' : 'quotation' }];
    if (q.speaker) {
      body.push({ type: 'TextualBody', purpose: 'describing', value: `Speaker: ${q.speaker.name}` });
      body.push({ type: 'TextualBody', purpose: 'tagging', value: `speaker:${q.speaker.name}` });
    }
    if (q.cue) body.push({ type: 'TextualBody', purpose: 'describing', value: `Cue: ${q.cue}` });
    return { id: `${base}:${q.id}`, type: 'Annotation', motivation: 'highlighting', body, target: target(q.selectors) };
  });
  // The article body's source links (navigation links are in the JSON export only).
  const links = report.links.filter((l) => l.relation !== 'navigation').map((l) => {
    const body = [
      { id: l.href, type: 'SpecificResource' },
      { type: 'TextualBody', purpose: 'tagging', value: `source link (${l.relation})` },
      { type: 'TextualBody', purpose: 'tagging', value: `source:${l.kind}` },
    ];
    if (l.backs) body.push({ type: 'TextualBody', purpose: 'describing', value: `Source of ${l.backs}` });
    return { id: `${base}:${l.id}`, type: 'Annotation', motivation: 'linking', body, target: target(l.selectors) };
  });
  const items = [...quotes, ...links];
  const collection = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: base,
    type: 'AnnotationCollection',
    label: `WhoSaid: ${report.title}`,
    generator: { type: 'Software', name: report.generator },
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}

/** The formats the panel offers. */
export const FORMATS = {
  json: { ext: 'json', type: 'application/json', render: toJson },
  webannotation: { ext: 'jsonld', type: 'application/ld+json', render: toWebAnnotation },
};

/**
 * Saves `report` in `format` as a download, through a link placed in
 * `container` (the panel's own shadow root, never the page's DOM).
 */
export function download(doc, container, report, format) {
  const { ext, type, render } = FORMATS[format];
  const url = URL.createObjectURL(new Blob([render(report)], { type }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = fileName(report, ext);
  a.hidden = true;
  container.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
