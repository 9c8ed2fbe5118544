// From UTF-16 offsets in the collected text back to DOM Ranges: the one place
// where the core's positions meet the page's nodes.

/** The index of the node holding text offset `offset` (binary search over the node map). */
function indexAt(nodes, offset) {
  let lo = 0;
  let hi = nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (nodes[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** What the collector made of a text node's data (collect.js: newlines and tabs become spaces). */
const NEWLINES = /[\n\r\t\f\v]/g;

/**
 * Ranges over text offsets of the collected text, for many spans at once: `(start, end)`
 * gives a Range over `[start, end)`, or null when the nodes no longer hold the text the
 * core was given (the page changed): such items are dropped, never painted in the wrong
 * place. Text the collector skipped inside the range (a hidden element in a quotation)
 * does not count. Each node's text is checked once, the first time a span reaches it (a
 * big page has ~50,000 spans over ~20,000 nodes).
 * @param {{node: Text, start: number, end: number}[]} nodes
 * @param {string} text the collected text
 * @returns {(start: number, end: number) => Range | null}
 */
export function rangeMaker(nodes, text) {
  const checked = new Uint8Array(nodes.length); // 0: not yet; 1: holds its text; 2: changed
  const holds = (i) => {
    if (!checked[i]) {
      const { node, start, end } = nodes[i];
      const data = node.isConnected ? node.data : null;
      const want = text.slice(start, end);
      // (Equal as they are, the usual case, they are equal with newlines as spaces too.)
      checked[i] = data !== null && data.length === end - start && (data === want || data.replace(NEWLINES, ' ') === want) ? 1 : 2;
    }
    return checked[i] === 1;
  };
  // The node and offset at text offset `offset`, from node `i` on.
  const locate = (i, offset) => {
    let k = i;
    while (k + 1 < nodes.length && nodes[k + 1].start <= offset) k++;
    const { node, start, end } = nodes[k];
    return [node, Math.max(0, Math.min(offset, end) - start)];
  };
  return (start, end) => {
    if (!nodes.length || end <= start) return null;
    const first = indexAt(nodes, start);
    for (let i = first; i < nodes.length && nodes[i].start < end; i++) {
      const { node, start: at, end: to } = nodes[i];
      // A node the span covers part of holds its text; one it only touches is still there.
      if (Math.min(end, to) > Math.max(start, at) ? !holds(i) : !node.isConnected) return null;
    }
    const [sn, so] = locate(first, start);
    const [en, eo] = locate(first, end);
    const range = sn.ownerDocument.createRange();
    try {
      range.setStart(sn, so);
      range.setEnd(en, eo);
    } catch {
      return null;
    }
    return range;
  };
}

/**
 * The other way: where DOM `ranges` (the reader's selection) fall in the collected text, as
 * sorted, merged `[start, end)` spans of text offsets. Only the text nodes the collector read
 * count (a selection over a menu's hidden part or a form field gives nothing there).
 * @param {{node: Text, start: number, end: number}[]} nodes
 * @param {AbstractRange[]} ranges
 * @returns {{start: number, end: number}[]}
 */
export function selectionSpans(nodes, ranges) {
  const spans = [];
  for (const range of ranges) {
    if (range.collapsed) continue;
    for (const { node, start, end } of nodes) {
      if (!range.intersectsNode(node)) continue;
      const from = node === range.startContainer ? Math.min(range.startOffset, end - start) : 0;
      const to = node === range.endContainer ? Math.min(range.endOffset, end - start) : end - start;
      if (to > from) spans.push({ start: start + from, end: start + to });
    }
  }
  spans.sort((a, b) => a.start - b.start);
  const merged = [];
  for (const s of spans) {
    const last = merged.at(-1);
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return merged;
}

/**
 * The page object `page` with its blocks cut to `spans` (what `selectionSpans` gives): the
 * text and its offsets stay as they are, so what the core finds paints where it was; only the
 * parts of blocks inside the spans are left to be read (with `wholePage`, all as the body).
 */
export function onlySpans(page, spans) {
  const blocks = [];
  let i = 0;
  for (const b of page.blocks) {
    while (i < spans.length && spans[i].end <= b.start) i++;
    for (let k = i; k < spans.length && spans[k].start < b.end; k++) {
      const start = Math.max(b.start, spans[k].start);
      const end = Math.min(b.end, spans[k].end);
      if (end > start) blocks.push({ ...b, start, end });
    }
  }
  return { ...page, blocks };
}
