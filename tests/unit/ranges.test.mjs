// From the collected text's offsets back to the page's nodes (extension/src/lib/ranges.js):
// a range where the nodes still hold the text collected from them, none where the page
// changed since. Fake text nodes stand in for the DOM (the e2e tests use real pages).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { onlySpans, rangeMaker, selectionSpans } from '../../extension/src/lib/ranges.js';

/** A fake document whose ranges record their boundaries (setStart refuses a bad offset, as the DOM does). */
const doc = {
  createRange: () => ({
    setStart(node, offset) {
      if (offset > node.data.length) throw new RangeError('IndexSizeError');
      this.start = [node.name, offset];
    },
    setEnd(node, offset) {
      if (offset > node.data.length) throw new RangeError('IndexSizeError');
      this.end = [node.name, offset];
    },
  }),
};

/** Text nodes for `parts` (strings), and the collector's text and node map: blocks joined by "\n\n". */
function collected(...parts) {
  const nodes = [];
  let text = '';
  for (const [i, data] of parts.entries()) {
    if (i) text += '\n\n';
    const node = { name: `n${i}`, data, isConnected: true, ownerDocument: doc };
    nodes.push({ node, start: text.length, end: text.length + data.length });
    text += data.replace(/[\n\r\t\f\v]/g, ' ');
  }
  return { nodes, text };
}

test('a span inside one node, and one across nodes, become ranges over those nodes', () => {
  const { nodes, text } = collected('“We will,” said Ana.', 'She left\tearly.');
  const rangeFor = rangeMaker(nodes, text);
  const r1 = rangeFor(1, 8);
  assert.deepEqual([r1.start, r1.end], [['n0', 1], ['n0', 8]]);
  // From the first node into the second (the separator between is no node's).
  const r2 = rangeFor(16, text.indexOf('left') + 4);
  assert.deepEqual([r2.start, r2.end], [['n0', 16], ['n1', 8]]);
  // A tab in the node is a space in the text: still the same text.
  assert.ok(rangeFor(text.indexOf('left'), text.length));
  assert.equal(rangeFor(5, 5), null, 'an empty span');
});

test('a node whose text changed, or that left the page, gives no range; the others still do', () => {
  const { nodes, text } = collected('“We will,” said Ana.', 'She left early.', 'Nothing else.');
  const rangeFor = rangeMaker(nodes, text);
  nodes[1].node.data = 'She stayed.';
  nodes[2].node.isConnected = false;
  assert.equal(rangeFor(text.indexOf('left'), text.indexOf('left') + 4), null);
  assert.equal(rangeFor(text.indexOf('Nothing'), text.length), null);
  assert.ok(rangeFor(1, 8), 'the first node is as it was');
  // A span that ends before a removed node does not need it.
  const { nodes: n2, text: t2 } = collected('One.', 'Two.');
  n2[1].node.isConnected = false;
  assert.ok(rangeMaker(n2, t2)(0, 4));
});

test('each node is read once, however many spans cross it', () => {
  const { nodes, text } = collected('“We will,” said Ana. “Never,” said Bo.');
  let reads = 0;
  const node = nodes[0].node;
  const data = node.data;
  Object.defineProperty(node, 'data', { get: () => (reads++, data) });
  const rangeFor = rangeMaker(nodes, text);
  for (let i = 0; i < 10; i++) assert.ok(rangeFor(i, i + 5));
  assert.equal(reads, 1 + 2 * 10, 'one check, then only the fake DOM setStart/setEnd read it');
});

/**
 * A fake selection range from (node `a`, offset) to (node `b`, offset) over `nodes` in document
 * order: it intersects the nodes from `a` to `b`.
 */
function fakeRange(nodes, [a, from], [b, to]) {
  const order = nodes.map((n) => n.node);
  const [i, j] = [order.indexOf(nodes[a].node), order.indexOf(nodes[b].node)];
  return {
    collapsed: a === b && from === to,
    startContainer: nodes[a].node, startOffset: from,
    endContainer: nodes[b].node, endOffset: to,
    intersectsNode: (node) => order.indexOf(node) >= i && order.indexOf(node) <= j,
  };
}

test('a selection becomes the spans of the collected text it covers, merged and in order', () => {
  const { nodes, text } = collected('Menu Home', '“We will,” said Ana.', 'She left early.', 'Footer');
  // From inside the second node to inside the third, and (a second range) part of the first.
  const spans = selectionSpans(nodes, [
    fakeRange(nodes, [1, 0], [2, 8]),
    fakeRange(nodes, [0, 5], [0, 9]),
    fakeRange(nodes, [3, 2], [3, 2]), // collapsed: nothing
  ]);
  assert.deepEqual(spans.map((s) => text.slice(s.start, s.end)), ['Home', '“We will,” said Ana.', 'She left']);
  // Two ranges over the same text are one span.
  const twice = selectionSpans(nodes, [fakeRange(nodes, [1, 0], [1, 10]), fakeRange(nodes, [1, 4], [1, 20])]);
  assert.deepEqual(twice.map((s) => text.slice(s.start, s.end)), ['“We will,” said Ana.']);
  assert.deepEqual(selectionSpans(nodes, []), []);
});

test('a page cut to spans keeps its text and offsets, with only the parts of blocks inside them', () => {
  const { nodes, text } = collected('Menu Home', '“We will,” said Ana.', 'She left early.', 'Footer');
  const blocks = nodes.map((n, i) => ({ start: n.start, end: n.end, element: i + 1 }));
  const page = { text, blocks, links: [], elements: [] };
  const cut = onlySpans(page, selectionSpans(nodes, [fakeRange(nodes, [1, 0], [2, 8])]));
  assert.equal(cut.text, text);
  assert.deepEqual(cut.blocks.map((b) => [text.slice(b.start, b.end), b.element]), [['“We will,” said Ana.', 2], ['She left', 3]]);
  assert.deepEqual(page.blocks, blocks, 'the page given is left as it was');
  assert.deepEqual(onlySpans(page, []).blocks, []);
});
