// From UTF-16 offsets in the collected text back to DOM Ranges: the one place
// where the core's positions meet the page's nodes.

/** The node and offset at text offset `offset` (binary search over the node map). */
function locate(nodes, offset) {
  let lo = 0;
  let hi = nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (nodes[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  const { node, start } = nodes[lo];
  return [node, Math.max(0, Math.min(offset - start, node.data.length))];
}

const squash = (s) => s.replace(/\s+/g, '');

/**
 * A Range over text offsets `[start, end)`, or null when the nodes no longer
 * hold the text the core was given (the page changed): such items are dropped,
 * never painted in the wrong place.
 * @param {{node: Text, start: number}[]} nodes
 * @param {string} text the collected text
 */
export function rangeFor(nodes, text, start, end) {
  if (!nodes.length || end <= start) return null;
  const [sn, so] = locate(nodes, start);
  const [en, eo] = locate(nodes, end);
  const range = sn.ownerDocument.createRange();
  try {
    range.setStart(sn, so);
    range.setEnd(en, eo);
  } catch {
    return null;
  }
  return squash(range.toString()) === squash(text.slice(start, end)) ? range : null;
}
