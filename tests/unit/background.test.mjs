// The background (service worker / event page) holds no analysis state between clicks:
// its only module-level binding that changes is the promise of the loaded wasm module, and
// each analysis's page and report live only inside the message handler
// (docs/performance.md, "The background between clicks").
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const source = fs.readFileSync(path.join(ROOT, 'extension/src/background.js'), 'utf8');
// Top-level statements only (no indentation), comments dropped.
const topLevel = source.split('\n').filter((l) => /^\S/.test(l) && !l.startsWith('//'));

test('the only mutable module-level binding of the background is the wasm module', () => {
  const mutable = topLevel.map((l) => l.match(/^(?:let|var)\s+([\w$]+)/)?.[1]).filter(Boolean);
  assert.deepEqual(mutable, ['ready']);
  assert.match(source, /^const wasm = \(\) => \(ready \?\?= init\(/m, '`ready` is set once, to the loaded module');
  assert.equal((source.match(/\bready\b/g) ?? []).length, 2, '`ready` is not written anywhere else');
});

test('the background keeps no collections at module level', () => {
  const collections = topLevel.filter((l) => /^const\s+[\w$]+\s*=\s*(?:new\s+(?:Map|Set|WeakMap|WeakSet|Array)\b|\[|\{)/.test(l));
  assert.deepEqual(collections, []);
});

test('the report is answered, not kept: analysis results are never stored', () => {
  // What the background stores is the per-tab stylesheet text (storage.session), nothing from a report.
  for (const call of source.matchAll(/storage\.session\.set\(([^)]*)\)/g)) {
    assert.doesNotMatch(call[1], /report|page|quote/i, call[0]);
  }
  assert.doesNotMatch(source, /globalThis\.[\w$]+\s*=/, 'no globals are set');
});

test('stylesheet changes run one at a time (a Web Lock), so none is left behind', () => {
  // Two settings changes close together fire two storage events: interleaved, each would
  // insert a sheet while the tab's record keeps one (the reader e2e test saw the leftover).
  assert.match(source, /^const styling = \(fn\) => navigator\.locks\.request\(/m);
  const calls = [...source.matchAll(/^.*\b(?:insertStyles|removeStyles)\(tab(?:Id|\.id)\).*$/gm)].map((m) => m[0]);
  assert.ok(calls.length >= 4, calls.join('\n'));
  const restyle = source.slice(source.indexOf('function restyle('), source.indexOf('api.storage.onChanged'));
  assert.match(restyle, /return styling\(async \(\) => \{/);
  const toggle = source.slice(source.indexOf('async function toggle('), source.indexOf('function restyle('));
  for (const line of toggle.split('\n').filter((l) => /\b(?:insertStyles|removeStyles)\(/.test(l))) {
    assert.match(line, /styling\(\(\) => /, line.trim());
  }
  // The sheet goes in with the first analysis of a click (ensureStyles), and comes out when
  // the panel is closed: both under the lock too.
  const uses = [...source.matchAll(/^.*\b(?:ensureStyles|removeStyles)\((?:tabId|sender\.tab\.id)\).*$/gm)].map((m) => m[0]);
  assert.ok(uses.length >= 2, uses.join('\n'));
  for (const line of uses.filter((l) => !/^\s*await |\bfunction /.test(l))) assert.match(line, /styling\(\(\) => /, line.trim());
});
