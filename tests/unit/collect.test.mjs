// The collector (extension/src/lib/collect.js) on a small fake DOM: just what its walk
// touches (nodeType, localName, childNodes, attributes, the flat tree's parents). The
// e2e tests and npm run golden-inputs run it on real pages in both browsers; here, the
// element registration order and parents, and a page nested far deeper than the
// stack goes (a script can build one; registering its innermost block used to
// recurse once per ancestor).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { collectPage } from '../../extension/src/lib/collect.js';

globalThis.Node ??= { ELEMENT_NODE: 1, TEXT_NODE: 3 };

class FakeText {
  nodeType = 3;
  parentNode = null;
  constructor(data) {
    this.data = data;
  }
}

class FakeElement {
  nodeType = 1;
  parentNode = null;
  childNodes = [];
  shadowRoot = null;
  assignedSlot = null;
  hidden = false;
  constructor(localName, attributes = {}) {
    this.localName = localName;
    this.attributes = attributes;
    this.id = attributes.id ?? '';
    this.className = attributes.class ?? '';
  }
  get parentElement() {
    return this.parentNode instanceof FakeElement ? this.parentNode : null;
  }
  getAttribute(name) {
    return this.attributes[name] ?? null;
  }
  hasAttribute(name) {
    return name in this.attributes;
  }
  append(...kids) {
    for (const kid of kids) {
      const node = typeof kid === 'string' ? new FakeText(kid) : kid;
      node.parentNode = this;
      this.childNodes.push(node);
    }
    return this;
  }
  /** An open shadow root holding `kids`; a <slot> in it shows the host's children. */
  attachShadow(...kids) {
    const root = { host: this, childNodes: [] };
    for (const kid of kids) {
      kid.parentNode = root;
      root.childNodes.push(kid);
    }
    this.shadowRoot = root;
    return root;
  }
  assignedNodes() {
    const host = this.slotHost;
    const slotted = host ? host.childNodes : [];
    for (const node of slotted) node.assignedSlot = this;
    return slotted;
  }
}

const h = (tag, attributes, ...kids) => new FakeElement(tag, attributes).append(...kids);

function fakeDocument(body) {
  const html = h('html', {}, body);
  return {
    body,
    documentElement: Object.assign(html, { getBoundingClientRect: () => ({}) }),
    baseURI: 'https://news.example/story',
    URL: 'https://news.example/story',
    title: 'A story',
    querySelector: () => null,
  };
}

test('elements are registered outermost first, each with its flat-tree parent', () => {
  const slot = h('slot');
  const host = h('div', { id: 'card' }, h('p', { class: 'slotted' }, 'Inside a slot.'));
  const body = h(
    'body',
    {},
    h('main', { role: 'main' }, h('article', { itemprop: 'articleBody', lang: 'en' }, h('section', {}, h('p', { id: 'first' }, 'One ', h('a', { href: '/x', rel: 'nofollow' }, 'link'), '.')))),
    host,
  );
  host.attachShadow(h('aside', { class: 'shadow' }, slot));
  slot.slotHost = host;

  const { page } = collectPage(fakeDocument(body));
  assert.equal(page.text, 'One link.\n\nInside a slot.');
  assert.deepEqual(page.elements, [
    { tag: 'body', parent: null },
    { tag: 'main', role: 'main', parent: 0 },
    { tag: 'article', itemprop: 'articleBody', lang: 'en', parent: 1 },
    { tag: 'section', parent: 2 },
    { tag: 'p', id: 'first', parent: 3 },
    // The slotted <p>: its parent is the slot, in the host's shadow tree, not the host.
    { tag: 'div', id: 'card', parent: 0 },
    { tag: 'aside', class: 'shadow', parent: 5 },
    { tag: 'slot', parent: 6 },
    { tag: 'p', class: 'slotted', parent: 7 },
  ]);
  assert.deepEqual(page.blocks, [
    { start: 0, end: 9, element: 4 },
    { start: 11, end: 25, element: 8 },
  ]);
  assert.deepEqual(page.links, [{ start: 4, end: 8, href: 'https://news.example/x', rel: 'nofollow', element: 4 }]);
});

test('a page nested 100,000 elements deep is read without overflowing the stack', () => {
  const DEPTH = 100_000;
  const body = h('body');
  let innermost = body;
  for (let i = 0; i < DEPTH; i++) {
    const div = h('div', i % 1000 === 0 ? { id: `d${i}` } : {});
    innermost.append(div);
    innermost = div;
  }
  innermost.append('Deep down, “we are fine,” she said.');
  // A second block beside the deepest one: its ancestors are registered already.
  innermost.parentNode.append(h('p', {}, 'Next to it.'));

  const { page } = collectPage(fakeDocument(body));
  assert.equal(page.text, 'Deep down, “we are fine,” she said.\n\nNext to it.');
  assert.equal(page.elements.length, DEPTH + 2); // body, the divs, the <p>
  page.elements.slice(0, DEPTH + 1).forEach((element, i) => {
    assert.equal(element.parent, i === 0 ? null : i - 1);
  });
  assert.deepEqual(page.elements[1], { tag: 'div', id: 'd0', parent: 0 });
  assert.deepEqual(page.elements.at(-1), { tag: 'p', parent: DEPTH - 1 });
  assert.deepEqual(
    page.blocks.map((b) => b.element),
    [DEPTH, DEPTH + 1],
  );
});

test('links and <q> elements nested 200,000 deep: each gets its start and end, in time linear in the depth', () => {
  // Each level holds a word, then the next level: <a href=/0>w0 <q>w1 <a href=/2>w2 …
  const DEPTH = 200_000;
  const body = h('body');
  const p = h('p');
  body.append(p);
  let at = p;
  const opened = [];
  for (let i = 0; i < DEPTH; i++) {
    const el = i % 2 ? h('q', {}) : h('a', { href: `/${i}` });
    el.append(`w${i} `);
    at.append(el);
    opened.push(el);
    at = el;
  }
  const t0 = performance.now();
  const { page } = collectPage(fakeDocument(body));
  const ms = performance.now() - t0;
  // Level i starts where its word does and ends with the text: the innermost closes first.
  const starts = [];
  let length = 0;
  for (let i = 0; i < DEPTH; i++) {
    starts.push(length);
    length += `w${i} `.length;
  }
  assert.equal(page.text.length, length);
  assert.equal(page.links.length, DEPTH / 2);
  assert.equal(page.quotes.length, DEPTH / 2);
  assert.deepEqual(page.links[0], { start: starts[DEPTH - 2], end: length, href: `https://news.example/${DEPTH - 2}`, element: 1 });
  assert.deepEqual(page.links.at(-1), { start: 0, end: length, href: 'https://news.example/0', element: 1 });
  assert.deepEqual(page.quotes[0], { start: starts[DEPTH - 1], end: length });
  assert.deepEqual(page.quotes.at(-1), { start: starts[1], end: length });
  // (A generous bound that only a step growing with the square of the depth misses: each text
  // node used to look at every open link and <q>, 2·10^10 looks here, tens of seconds.)
  assert.ok(ms < 8000, `${ms.toFixed(0)} ms`);
});

test('every element of vocab/collector-elements.json is read as its list says', () => {
  // (The list src/html.rs reads too: the collector keeps no list of its own.)
  const vocab = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../vocab/collector-elements.json'), 'utf8'));
  for (const tag of vocab.skip) {
    const { page } = collectPage(fakeDocument(h('body', {}, h('p', {}, 'Before ', h(tag, {}, 'unread'), ' after.'))));
    assert.equal(page.text, 'Before  after.', tag);
  }
  for (const tag of vocab.code) {
    const { page } = collectPage(fakeDocument(h('body', {}, h('p', {}, 'Run ', h(tag, {}, '"x"'), ' now.'))));
    assert.equal(page.text, 'Run "x" now.', tag);
    assert.deepEqual(page.code, [{ start: 4, end: 7 }], tag);
  }
  for (const tag of vocab.block) {
    const { page } = collectPage(fakeDocument(h('body', {}, h('span', {}, 'One', h(tag, {}, 'two'), 'three'))));
    assert.equal(page.text, 'One\n\ntwo\n\nthree', tag);
  }
  const { page } = collectPage(fakeDocument(h('body', {}, h('span', {}, 'One', h('em', {}, 'two'), 'three'))));
  assert.equal(page.text, 'Onetwothree');
});
