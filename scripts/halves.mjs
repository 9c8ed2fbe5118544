#!/usr/bin/env node
// The fixed split of the dev data into a tuning half and a check half (issue 20), in one place.
// A document goes to a half by a stable hash of its identity, not by its position, so the split
// never moves and a new gold document falls in a half deterministically:
//   - polnear_dev and german_dev documents by their `id`;
//   - the hand-annotated pages by their name (the gold file's name without `.json`, as
//     score_pages.py prints it: `cnn-thanksgiving-weather`);
//   half(id) = "tuning" when the first byte of SHA-256(id, UTF-8) is even, else "check".
// Change the rules while looking only at the tuning half's errors; the check half says whether
// a change was learned (it helps both) or fitted (it helps the tuning half only).
// Used by scripts/eval.mjs, scripts/eval-rules.mjs and (through the command line) by
// scripts/eval-errors.py. As a command: reads a JSON array of ids on standard input and prints
// a JSON object {id: half}.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const HALVES = ['tuning', 'check'];

/** The half ("tuning" or "check") of a document id or page name. */
export function half(id) {
  return createHash('sha256').update(String(id), 'utf8').digest()[0] % 2 === 0 ? 'tuning' : 'check';
}

/**
 * Splits the lines of a JSON-lines file (documents with an `id`) by half:
 * returns {tuning: [lines], check: [lines]}.
 */
export function splitLines(text) {
  const out = { tuning: [], check: [] };
  for (const line of text.split('\n')) {
    if (line.trim()) out[half(JSON.parse(line).id)].push(line);
  }
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const ids = JSON.parse(fs.readFileSync(0, 'utf8'));
  process.stdout.write(JSON.stringify(Object.fromEntries(ids.map((id) => [id, half(id)]))) + '\n');
}
