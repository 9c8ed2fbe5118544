// From the collected text's offsets back to the page's nodes (extension/src/lib/ranges.js):
// a range where the nodes still hold the text collected from them, none where the page
// changed since. Fake text nodes stand in for the DOM (the e2e tests use real pages).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rangeMaker } from '../../extension/src/lib/ranges.js';

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
