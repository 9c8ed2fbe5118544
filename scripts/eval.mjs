#!/usr/bin/env node
// npm run eval: how well WhoSaid attributes quotations, measured with the scorers of
// ../shared/eval, printed and written to docs/accuracy.md with the date and commit.
//   - polnear_dev (all kinds, direct+mixed, direct) and german_dev (direct) through
//     `whosaid jsonl`, scored by score.py (PolNeAR marks quotations sharing one
//     attribution as one, german_dev each apart: `--per-quote` for the latter);
//   - the hand-annotated pages through the real, packaged extension (`export-pages`), scored by
//     score_pages.py;
//   - the native core's throughput over polnear_dev (examples/throughput.rs, one thread).
// Options: --no-pages skips the browser part; --quick (while working on the rules)
// uses the fast-building dev binary once, skips the pages and the throughput, and
// writes nothing; --rules prints what each attribution rule is worth instead
// (scripts/eval-rules.mjs; with --quick, on the dev binary).
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rulesReport } from './eval-rules.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const EVAL = path.resolve(ROOT, '../shared/eval');
const CORPUS = path.resolve(ROOT, '../shared/corpus/pages');
const quick = process.argv.includes('--quick');
const BIN = path.join(ROOT, quick ? 'target/debug/whosaid' : 'target/release/whosaid');
const withPages = !quick && !process.argv.includes('--no-pages');

if (!fs.existsSync(EVAL)) {
  console.log(`eval: skipped, ${EVAL} is absent`);
  process.exit(0);
}
execFileSync('cargo', ['build', ...(quick ? [] : ['--release']), '--bin', 'whosaid'], { cwd: ROOT, stdio: 'inherit' });
if (process.argv.includes('--rules')) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-rules-'));
  await rulesReport({ bin: BIN, evalDir: EVAL, tmp });
  fs.rmSync(tmp, { recursive: true, force: true });
  process.exit(0);
}
// (--quick keeps its predictions in target/eval/ for scripts/eval-errors.py.)
const tmp = quick ? path.join(ROOT, 'target/eval') : fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-eval-'));
fs.mkdirSync(tmp, { recursive: true });

/**
 * Runs the CLI over an eval file; returns the prediction file and the best time.
 * `args`: extra CLI arguments (german_dev marks each quotation apart: --per-quote).
 */
function predict(name, args = []) {
  const input = fs.readFileSync(path.join(EVAL, name));
  const out = path.join(tmp, name.replace('.jsonl', '.pred.jsonl'));
  let best = Infinity;
  for (let i = 0; i < (quick ? 1 : 3); i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(BIN, ['jsonl', ...args], { input, maxBuffer: 1 << 30 });
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e9);
    if (r.status !== 0) throw new Error(`whosaid jsonl failed on ${name}: ${r.stderr}`);
    fs.writeFileSync(out, r.stdout);
  }
  const bytes = input
    .toString('utf8')
    .split('\n')
    .filter(Boolean)
    .reduce((n, line) => n + Buffer.byteLength(JSON.parse(line).text ?? ''), 0);
  return { out, seconds: best, bytes };
}

/** The scorer's headline lines (quote overlap, speaker, cue) for one run. */
function score(gold, pred, kinds) {
  const args = [path.join(EVAL, 'score.py'), path.join(EVAL, gold), pred];
  if (kinds) args.push('--kinds', kinds);
  const text = execFileSync('python3', args, { encoding: 'utf8' });
  return text
    .split('\n')
    .filter((l) => /^(quote span, overlap|speaker \(quote matched|cue \(quote matched)/.test(l));
}

const sections = [];
const polnear = predict('polnear_dev.jsonl');
for (const [label, kinds] of [['all kinds', null], ['direct+mixed', 'direct,mixed'], ['direct', 'direct']]) {
  sections.push([`polnear_dev, ${label}`, score('polnear_dev.jsonl', polnear.out, kinds)]);
}
const german = predict('german_dev.jsonl', ['--per-quote']);
sections.push(['german_dev, direct', score('german_dev.jsonl', german.out, 'direct')]);

if (withPages) {
  // The pages go through the built extension: build it from the current source first.
  execFileSync('node', [path.join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  execFileSync('node', [path.join(ROOT, 'scripts/package.mjs')], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const golds = fs.readdirSync(path.join(EVAL, 'pages')).filter((f) => f.endsWith('.json'));
  const pages = golds.map((g) => path.join(CORPUS, g.replace(/\.json$/, '.html')));
  const out = path.join(tmp, 'pages');
  execFileSync('node', [path.join(ROOT, 'scripts/export-pages.mjs'), '--out', out, ...pages], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const text = execFileSync('python3', [path.join(EVAL, 'score_pages.py'), path.join(EVAL, 'pages'), out], {
    encoding: 'utf8',
  });
  sections.push([
    'hand-annotated pages (../shared/eval/pages, through the extension)',
    text.split('\n').filter((l) => /^(quotes|speaker|links)\s/.test(l)),
  ]);
}

// --quick: the same pages through the native core, from the page objects the
// extension's collector wrote (`npm run golden-inputs`), when they are there.
const PAGE_OBJECTS = path.join(ROOT, 'build/golden-pages');
if (quick && fs.existsSync(PAGE_OBJECTS)) {
  const out = path.join(tmp, 'pages');
  fs.mkdirSync(out, { recursive: true });
  for (const g of fs.readdirSync(path.join(EVAL, 'pages')).filter((f) => f.endsWith('.json'))) {
    const object = path.join(PAGE_OBJECTS, g.replace(/\.json$/, '.page.json'));
    if (!fs.existsSync(object)) continue;
    const r = spawnSync(BIN, ['page', object], { maxBuffer: 1 << 30 });
    if (r.status !== 0) throw new Error(`whosaid page failed on ${object}: ${r.stderr}`);
    fs.writeFileSync(path.join(out, g), r.stdout);
  }
  const text = execFileSync('python3', [path.join(EVAL, 'score_pages.py'), path.join(EVAL, 'pages'), out], {
    encoding: 'utf8',
  });
  sections.push([
    `hand-annotated pages (native core on build/golden-pages; ${out}; score_pages.py --verbose for details)`,
    text.split('\n').filter((l) => /^(quotes|speaker|links)\s/.test(l)),
  ]);
}

if (quick) {
  for (const [title, lines] of sections) console.log(`\n${title}\n${lines.map((l) => `  ${l}`).join('\n')}`);
  console.log(`\npredictions: ${polnear.out}, ${german.out} (--quick: docs/accuracy.md not written)`);
  process.exit(0);
}
// The core itself (analysis and report, one thread, no JSON in or out): examples/throughput.rs.
const runs = execFileSync('cargo', ['run', '-q', '--release', '--example', 'throughput', '--', '--json', '--only', 'polnear_dev'], {
  cwd: ROOT,
  encoding: 'utf8',
})
  .split('\n')
  .filter((l) => l.startsWith('{'))
  .map((l) => JSON.parse(l));
const speed = runs.map(
  (r) =>
    `${r.input}: ${(r.bytes / 1e6).toFixed(2)} MB of text, ${r.pages} pages: best ${r.best_s.toFixed(3)} s = ${r.mb_per_s_best.toFixed(1)} MB/s; ` +
    `CPU time ${r.cpu_s_mean.toFixed(3)} s = ${r.mb_per_s_cpu.toFixed(1)} MB/s (target >= 10)`,
);
const mbps = (r) => (r.bytes / 1e6 / r.seconds).toFixed(1);
speed.push(`whosaid jsonl, all cores, JSON in and out: polnear_dev ${mbps(polnear)} MB/s, german_dev ${mbps(german)} MB/s (best of 3)`);
sections.push([`native throughput (cargo run --release --example throughput: analyze + report, one thread, best of ${runs[0]?.reps ?? '?'})`, speed]);

const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src'], { cwd: ROOT, encoding: 'utf8' }).trim();
const date = new Date().toISOString().slice(0, 10);
let md = `# Accuracy\n\nWritten by \`npm run eval\` on ${date} at commit ${commit}${dirty ? ' (with uncommitted changes in src/)' : ''}.\n`;
md += 'Scorers and data: `../shared/eval` (F1 %, "overlap >= 0.5" criterion).\n';
for (const [title, lines] of sections) {
  md += `\n## ${title}\n\n\`\`\`\n${lines.join('\n')}\n\`\`\`\n`;
  console.log(`\n${title}\n${lines.map((l) => `  ${l}`).join('\n')}`);
}
fs.writeFileSync(path.join(ROOT, 'docs/accuracy.md'), md);
fs.rmSync(tmp, { recursive: true, force: true });
console.log('\nwritten: docs/accuracy.md');
