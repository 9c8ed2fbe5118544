#!/usr/bin/env node
// `npm run test:corpus [-- DIR]`: the corpus suite (tests/e2e/corpus.test.mjs) on a folder of
// saved pages, in both browsers: DIR/*.html, or DIR/<name>/source.html. Without DIR, the
// pages of ../shared/corpus. Prints one line per page and browser, then a summary.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [dir] = process.argv.slice(2);
const env = { ...process.env };
if (dir) {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    console.error(`whosaid: no folder ${dir}`);
    process.exit(2);
  }
  env.WHOSAID_CORPUS = path.resolve(dir);
}
const run = spawnSync(process.execPath, ['--test', '--test-reporter=spec', 'tests/e2e/corpus.test.mjs'], { cwd: ROOT, env, stdio: 'inherit' });
process.exit(run.status ?? 1);
