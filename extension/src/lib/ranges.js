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

/** The node and offset at text offset `offset`. */
function locate(nodes, offset) {
  const { node, start } = nodes[indexAt(nodes, offset)];
  return [node, Math.max(0, Math.min(offset - start, node.data.length))];
}

/** What the collector made of a text node's data (collect.js: newlines and tabs become spaces). */
const NEWLINES = /[\n\r\t\f\v]/g;

/**
 * A Range over text offsets `[start, end)`, or null when the nodes no longer
 * hold the text the core was given (the page changed): such items are dropped,
 * never painted in the wrong place. Text the collector skipped inside the range
 * (a hidden element in a quotation) does not count.
 * @param {{node: Text, start: number}[]} nodes
 * @param {string} text the collected text
 */
export function rangeFor(nodes, text, start, end) {
  if (!nodes.length || end <= start) return null;
  // Every text node under the span still holds what was collected from it. (Text the
  // collector skipped between them, hidden or not rendered, is no part of the check.)
  for (let i = indexAt(nodes, start); i < nodes.length && nodes[i].start < end; i++) {
    const { node, start: at } = nodes[i];
    const from = Math.max(start, at);
    const to = Math.min(end, at + node.data.length);
    if (!node.isConnected) return null;
    if (to <= from) continue;
    const got = node.data.slice(from - at, to - at);
    const want = text.slice(from, to);
    // (Equal as they are, the usual case, they are equal with newlines as spaces too: the
    // collected text has none inside a node's stretch.)
    if (got !== want && got.replace(NEWLINES, ' ') !== want) return null;
  }
  const [sn, so] = locate(nodes, start);
  const [en, eo] = locate(nodes, end);
  const range = sn.ownerDocument.createRange();
  try {
    range.setStart(sn, so);
    range.setEnd(en, eo);
  } catch {
    return null;
  }
  return range;
}
