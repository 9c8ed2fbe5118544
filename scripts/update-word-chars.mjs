#!/usr/bin/env node
// Writes src/core/text/word_chars.rs: the tokenizer's word class `[\p{L}\p{N}\p{M}\u{AD}]`
// beyond ASCII as a table of ranges, read from regex-syntax's Unicode tables (the version
// Cargo.lock holds) by examples/word_chars.rs. The wasm then carries this table (a few KB)
// instead of regex-syntax and all its Unicode tables (~70 KB gzip). regex-syntax stays a
// dev-dependency: `text::tests` checks the table against it over all of Unicode. To update
// (after `cargo update -p regex-syntax`): `node scripts/update-word-chars.mjs`, then
// `cargo test --lib text`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'src/core/text/word_chars.rs');

const meta = spawnSync('cargo', ['metadata', '--format-version', '1'], {
  cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
});
if (meta.status !== 0) throw new Error(`cargo metadata failed: ${meta.stderr}`);
const syntax = JSON.parse(meta.stdout).packages.find((p) => p.name === 'regex-syntax');
if (!syntax) throw new Error('regex-syntax is not in Cargo.lock (it is a dev-dependency)');

const run = spawnSync('cargo', ['run', '--quiet', '--example', 'word_chars', '--', syntax.version], {
  cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'],
});
if (run.status !== 0) throw new Error('cargo run --example word_chars failed');
fs.mkdirSync(path.dirname(OUT), { recursive: true });
fs.writeFileSync(OUT, run.stdout);
const rows = run.stdout.match(/\('/g)?.length ?? 0;
console.log(`[update-word-chars] ${path.relative(ROOT, OUT)}: ${rows} ranges from regex-syntax ${syntax.version}`);
