// Generated inputs for hostile-io.test.mjs: a long article text and import files
// written as an attacker would; and the span helpers the import and export tests share
// (no test runs from this file).
import assert from 'node:assert/strict';

/** A small deterministic random number generator (0..1). */
export function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return (s >>> 1) / 0x80000000;
  };
}

const WORDS = ('the a of said minister government would people year officials bridge valley report told reuters statement '
  + 'budget president election court police city council water energy Ana Ruiz mayor “We will help,” spokesperson').split(' ');

/** About `length` UTF-16 units of article-like text: words, sentences, paragraphs. */
export function article(length, seed = 1) {
  const rnd = random(seed);
  const out = [];
  let n = 0;
  while (n < length) {
    const w = WORDS[Math.floor(rnd() * WORDS.length)] + (rnd() < 0.08 ? '.\n\n' : ' ');
    out.push(w);
    n += w.length;
  }
  return out.join('').slice(0, length);
}

/**
 * A whosaid/1 file of `count` quotations meant to make re-anchoring slow, in six
 * kinds: the (a common word with 1,000 characters of context either side, in
 * letters the page does not have),
 * long garbled quotes that are nowhere (4,000 and 300 characters, with long
 * contexts), a 15,000-character quote, short garbled quotes with a wrong position,
 * and one letter with 5,000-character contexts. Its address and title are hostile.
 */
export function adversarialImport(text, count, seed = 99) {
  const rnd = random(seed);
  const pick = (length) => {
    const at = Math.floor(rnd() * (text.length - length));
    return text.slice(at, at + length);
  };
  const garble = (s) => s.replace(/[aeiou]/g, (c) => (rnd() < 0.3 ? 'x' : c));
  const quotes = [];
  for (let i = 0; i < count; i++) {
    let exact;
    let prefix = '';
    let suffix = '';
    let position = null;
    switch (i % 6) {
      case 0:
        // Contexts in letters the page does not have: every end ties, and each tie was searched again.
        exact = 'the';
        prefix = 'ж'.repeat(1000);
        suffix = 'ж'.repeat(1000);
        break;
      case 1:
        exact = garble(pick(4000));
        prefix = pick(64);
        break;
      case 2:
        exact = `said ${'x'.repeat(15000)}`;
        position = { start: 0, end: exact.length };
        break;
      case 3:
        exact = garble(pick(60));
        position = Math.floor(rnd() * text.length);
        position = { start: position, end: position + exact.length };
        break;
      case 4:
        exact = 'a';
        prefix = 'b'.repeat(5000);
        suffix = 'c'.repeat(5000);
        break;
      default:
        exact = garble(pick(300)).toUpperCase();
        prefix = pick(2000);
    }
    const selectors = [{ type: 'TextQuoteSelector', exact, prefix, suffix }];
    if (position) selectors.push({ type: 'TextPositionSelector', ...position });
    quotes.push({ id: `q${i + 1}`, kind: 'direct', text: exact, parts: position ? [position] : [], speaker: null, cue: 'said', confidence: 1, selectors });
  }
  return {
    schema: 'whosaid/1', url: 'javascript:alert(document.domain)', title: '<img src=x onerror=alert(1)>', generator: '<script>alert(1)</script>',
    publisher: { url: 'javascript:alert(2)', domain: 'evil.example', name: '<b>Evil</b>' }, offsets: 'utf-16', quotes, links: [], unbacked: [],
  };
}

/** A repetitive text ("abab…"), where naive string search is quadratic, and quotes that nearly match it. */
export function periodic(length) {
  return 'ab'.repeat(Math.ceil(length / 2)).slice(0, length);
}

export function periodicImport(count) {
  const quotes = [];
  for (let i = 0; i < count; i++) {
    const exact = i % 3 === 0 ? `${'ab'.repeat(2000)}b` : i % 3 === 1 ? `b${'ab'.repeat(40)}` : `${'ab'.repeat(30)}x${'ab'.repeat(30)}`;
    quotes.push({ id: `q${i + 1}`, kind: 'direct', text: exact, parts: [], speaker: null, confidence: 1,
      selectors: [{ type: 'TextQuoteSelector', exact, prefix: 'ab'.repeat(32), suffix: 'ba'.repeat(32) }, { type: 'TextPositionSelector', start: 1_000_001, end: 1_000_001 + exact.length }] });
  }
  return { schema: 'whosaid/1', url: 'https://evil.example/', title: 'x', offsets: 'utf-16', quotes, links: [], unbacked: [] };
}

/**
 * Span helpers over one test text: `at(s, from)` is where `s` first stands (from `from`),
 * failing the test when it is absent; `sel(span)` its W3C selectors, as the exports write them.
 */
export function spansOf(text) {
  const at = (s, from = 0) => {
    const start = text.indexOf(s, from);
    assert.ok(start >= 0, s);
    return { start, end: start + s.length };
  };
  const sel = ({ start, end }) => [
    { type: 'TextQuoteSelector', exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32) },
    { type: 'TextPositionSelector', start, end },
  ];
  return { at, sel };
}
