// The vocabularies the core and the extension share (vocab/, ARCHITECTURE.md "Vocabularies"):
// each is written once, and what is still written beside it by hand (the locales' messages,
// the format doc) names every entry. The Rust side has its own tests (src/core/links/kind.rs,
// src/core/vocab.rs, src/html.rs); collect.test.mjs checks the collector's tag lists.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { FORMATS } from '../../extension/src/lib/exporters.js';
import { KIND_KEYS } from '../../extension/src/lib/report.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const read = (file) => fs.readFileSync(path.join(ROOT, file), 'utf8');
const LOCALES = ['en', 'fr', 'de', 'es'];
const messages = (l) => JSON.parse(read(`extension/_locales/${l}/messages.json`));

test('the link kinds are the vocabulary file\'s, and each has its name in every locale', () => {
  assert.deepEqual(KIND_KEYS, JSON.parse(read('vocab/link-kinds.json')).kinds);
  assert.ok(KIND_KEYS.includes('press_release') && KIND_KEYS.at(-1) === 'web');
  // `kind_<name>` is also the message of the quotations' kinds (`quotes[].kind`).
  const quoteKinds = ['direct', 'mixed', 'indirect'];
  for (const l of LOCALES) {
    const m = messages(l);
    for (const k of KIND_KEYS) assert.ok(m[`kind_${k}`]?.message, `${l}: no kind_${k}`);
    const stray = Object.keys(m).filter((key) => key.startsWith('kind_')).map((key) => key.slice(5));
    assert.deepEqual(stray.filter((k) => !KIND_KEYS.includes(k) && !quoteKinds.includes(k)), [], `${l}: messages of no kind`);
  }
});

test('the export format lists the link kinds, in their order', () => {
  const row = read('docs/export-format.md').split('\n').find((l) => l.startsWith('| `links[].kind` |'));
  assert.ok(row, 'docs/export-format.md has a `links[].kind` row');
  const listed = [...row.split('The rules')[0].matchAll(/`([a-z_]+)`/g)].map((m) => m[1]);
  assert.deepEqual(listed, KIND_KEYS);
});

test('each export format has a button label and its tooltip in every locale', () => {
  assert.deepEqual(Object.keys(FORMATS), ['json', 'webannotation', 'markdown', 'csv']);
  for (const [format, f] of Object.entries(FORMATS)) {
    assert.ok(f.label && f.ext && f.type && typeof f.render === 'function', format);
    for (const l of LOCALES) assert.ok(messages(l)[f.title]?.message, `${l}: no ${f.title} for ${format}`);
  }
});
