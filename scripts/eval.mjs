#!/usr/bin/env node
// npm run eval: how well WhoSaid attributes quotations, measured with the scorers of
// ../shared/eval, printed and written to docs/accuracy.md with the date and commit.
//   - polnear_dev (all kinds, direct+mixed, direct) and german_dev (all kinds, direct) through
//     `whosaid jsonl`, scored by score.py (PolNeAR marks quotations sharing one
//     attribution as one, german_dev each apart: `--per-quote` for the latter);
//   - the hand-annotated pages through the real, packaged extension (`export-pages`), scored by
//     score_pages.py;
//   - every line on the whole set, on the tuning half and on the check half (scripts/halves.mjs:
//     the scorers run on each half's gold), with the gap check - tuning, flagged over 1.5 points;
//   - the calibration on the check half: speaker accuracy per confidence band
//     (scripts/eval-calibration.py), for polnear_dev and german_dev, all kinds;
//   - the native core's throughput over polnear_dev (examples/throughput.rs, one thread).
// Options: --no-pages skips the browser part; --quick (while working on the rules)
// uses the fast-building dev binary once, skips the pages and the throughput, and
// writes nothing; --calibrate first learns the confidence shown from the tuning half
// (scripts/calibrate.py, src/core/attribution/data/calibration.tsv); --rules prints what each attribution rule is worth instead
// (scripts/eval-rules.mjs; with --quick, on the dev binary).
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rulesReport } from './eval-rules.mjs';
import { HALVES, half, splitLines } from './halves.mjs';

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

/** score.py's numbers (its --json) and headline lines (quote overlap, speaker, cue) for one run. */
function score(gold, pred, kinds, threshold) {
  const json = path.join(tmp, 'score.json');
  const args = [path.join(EVAL, 'score.py'), gold, pred, '--json', json];
  if (kinds) args.push('--kinds', kinds);
  if (threshold) args.push('--threshold', String(threshold));
  const text = execFileSync('python3', args, { encoding: 'utf8' });
  const result = JSON.parse(fs.readFileSync(json, 'utf8'));
  fs.rmSync(json);
  result.lines = text.split('\n').filter((l) => /^(quote span, overlap|speaker \(quote matched|cue \(quote matched)/.test(l));
  return result;
}

/** Docs per half and set, for the table's header. */
const sizes = {};

/**
 * Writes the gold lines of each half of an eval file (scripts/halves.mjs) to `tmp`; returns
 * the {whole, tuning, check} gold paths and notes the halves' sizes. Predictions need no
 * splitting: the scorers ignore prediction ids that are not in the gold they are given.
 */
function goldHalves(name) {
  const split = splitLines(fs.readFileSync(path.join(EVAL, name), 'utf8'));
  const files = { whole: path.join(EVAL, name) };
  for (const h of HALVES) {
    files[h] = path.join(tmp, name.replace('.jsonl', `.${h}.gold.jsonl`));
    fs.writeFileSync(files[h], split[h].join('\n') + '\n');
  }
  sizes[name.replace('.jsonl', '')] = Object.fromEntries(HALVES.map((h) => [h, split[h].length]));
  return files;
}

/** The table's rows: [line, measure, {whole, tuning, check}] (percent). */
const rows = [];
/** The scorers' whole-set lines, as before the split (for docs/accuracy.md). */
const sections = [];
/** Where the pages' line comes from, printed under the table. */
const notes = [];

/** Scores one line of the table (an eval file, a kind filter) on the whole set and on each half. */
function scoreLine(label, gold, pred, kinds) {
  const r = Object.fromEntries(['whole', ...HALVES].map((h) => [h, score(gold[h], pred, kinds)]));
  const pick = (key) => Object.fromEntries(Object.entries(r).map(([h, x]) => [h, 100 * x[key][2]]));
  rows.push([label, 'quote F1', pick('quote_overlap')], ['', 'speaker F1', pick('speaker')], ['', 'cue F1', pick('cue')]);
  sections.push([label, r.whole.lines]);
}

const polnearGold = goldHalves('polnear_dev.jsonl');
const germanGold = goldHalves('german_dev.jsonl');
if (process.argv.includes('--calibrate')) {
  // The confidence shown is learned on the tuning half only (scripts/calibrate.py), then
  // the core is rebuilt with it; the eval below measures it on the check half.
  const table = path.join(ROOT, 'src/core/attribution/data/calibration.tsv');
  const p = predict('polnear_dev.jsonl', ['--rules']);
  const g = predict('german_dev.jsonl', ['--per-quote', '--rules']);
  execFileSync('python3', [path.join(ROOT, 'scripts/calibrate.py'), table, polnearGold.tuning, p.out, germanGold.tuning, g.out], { stdio: 'inherit' });
  execFileSync('cargo', ['build', ...(quick ? [] : ['--release']), '--bin', 'whosaid'], { cwd: ROOT, stdio: 'inherit' });
}
const polnear = predict('polnear_dev.jsonl');
for (const [label, kinds] of [['all kinds', null], ['direct+mixed', 'direct,mixed'], ['direct', 'direct']]) {
  scoreLine(`polnear_dev, ${label}`, polnearGold, polnear.out, kinds);
}
const german = predict('german_dev.jsonl', ['--per-quote']);
scoreLine('german_dev, all kinds', germanGold, german.out, null);
scoreLine('german_dev, direct', germanGold, german.out, 'direct');

/** Scores a directory of page exports on all hand-annotated pages and on each half of them. */
function scorePages(title, out) {
  notes.push(`pages: ${title}`);
  const goldDir = path.join(EVAL, 'pages');
  const names = fs.readdirSync(goldDir).filter((f) => f.endsWith('.json'));
  const dirs = { whole: goldDir };
  for (const h of HALVES) {
    // The half's gold files, linked into a directory of their own.
    dirs[h] = path.join(tmp, `pages-gold-${h}`);
    fs.rmSync(dirs[h], { recursive: true, force: true });
    fs.mkdirSync(dirs[h]);
    for (const f of names.filter((n) => half(n.replace(/\.json$/, '')) === h)) fs.symlinkSync(path.join(goldDir, f), path.join(dirs[h], f));
  }
  sizes.pages = Object.fromEntries(HALVES.map((h) => [h, fs.readdirSync(dirs[h]).length]));
  const r = {};
  let lines = [];
  for (const h of ['whole', ...HALVES]) {
    const json = path.join(tmp, 'score-pages.json');
    const text = execFileSync('python3', [path.join(EVAL, 'score_pages.py'), dirs[h], out, '--json', json], { encoding: 'utf8' });
    r[h] = JSON.parse(fs.readFileSync(json, 'utf8')).summary;
    fs.rmSync(json);
    if (h === 'whole') lines = text.split('\n').filter((l) => /^(quotes|speaker|links)\s/.test(l));
  }
  const pick = (key) => Object.fromEntries(Object.entries(r).map(([h, x]) => [h, 100 * x[key]]));
  rows.push(['hand-annotated pages', 'quote F1', pick('quote_f1')], ['', 'speaker acc.', pick('speaker_acc')], ['', 'link F1', pick('link_f1')]);
  sections.push([title, lines]);
}

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
  scorePages('hand-annotated pages (../shared/eval/pages, through the packaged extension)', out);
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
  scorePages(`hand-annotated pages (native core on build/golden-pages; ${out}; score_pages.py --verbose for details)`, out);
}

const GAP = 1.5;
const num = (x) => x.toFixed(2).padStart(7);
const width = Math.max(...rows.map(([l]) => l.length));
const head = `${''.padEnd(width)}  ${''.padEnd(12)}${['whole', 'tuning', 'check', 'gap'].map((h) => h.padStart(8)).join('')}`;
const table = [head, '-'.repeat(head.length + 2)];
for (const [label, measure, v] of rows) {
  const gap = v.check - v.tuning;
  const sign = gap >= 0 ? '+' : '-';
  table.push(
    `${label.padEnd(width)}  ${measure.padEnd(12)} ${num(v.whole)} ${num(v.tuning)} ${num(v.check)} ${(sign + Math.abs(gap).toFixed(2)).padStart(7)}` +
      (Math.abs(gap) > GAP ? `  gap > ${GAP}` : ''),
  );
}
const size = (h) => Object.entries(sizes).map(([set, n]) => `${set} ${n[h]}`).join(', ');
const splitNote = [
  `tuning half: ${size('tuning')}; check half: ${size('check')} (documents; scripts/halves.mjs).`,
  `gap = check - tuning, in points; flagged when over ${GAP} either way.`,
  ...notes,
];

// Calibration, on the check half: speaker accuracy of the matched quotations per confidence band.
const CALIBRATION = [
  ['polnear_dev, all kinds', polnearGold.check, polnear.out],
  ['german_dev, all kinds', germanGold.check, german.out],
];
const calib = CALIBRATION.map(([label, gold, pred]) => [
  label,
  JSON.parse(execFileSync('python3', [path.join(ROOT, 'scripts/eval-calibration.py'), gold, pred], { encoding: 'utf8' })),
]);
const cell = (b) => `${b.n ? ((100 * b.right) / b.n).toFixed(1) : '-'} % (${b.right}/${b.n})`.padEnd(24);
const calibTable = [`${'confidence'.padEnd(12)}${calib.map(([l]) => l.padEnd(24)).join('')}`];
calibTable.push('-'.repeat(calibTable[0].length));
calib[0][1].bands.forEach((b, i) => calibTable.push(`${b.band.padEnd(12)}${calib.map(([, c]) => cell(c.bands[i])).join('')}`.trimEnd()));
calibTable[0] = calibTable[0].trimEnd();
const verdict = calib.map(([label, c]) => {
  const acc = c.bands.filter((b) => b.n).map((b) => b.right / b.n);
  const top = c.bands[0].n ? c.bands[0].right / c.bands[0].n : 0;
  const ordered = acc.every((a, i) => i === 0 || a < acc[i - 1]);
  return `${label}: >= 0.9 right ${(100 * top).toFixed(1)} % (target >= 97: ${top >= 0.97 ? 'met' : 'NOT met'}); bands ordered: ${ordered ? 'yes' : 'NO'}`;
});
verdict.push(
  `not counted: matched quotations showing a speaker where the gold has none (${calib.map(([label, c]) => `${label.split(',')[0]} ${c.gold_without_speaker}`).join(', ')})`,
);

// Reported speech's precision, on the check half, all kinds: at the scorer's overlap and at looser
// ones (how much of what is left is where a span starts and ends), and what keeping only the more
// confident reports would give (precision against F1).
const pct = (x) => (100 * x).toFixed(1).padStart(5);
const prf = (r) => `P ${pct(r.quote_overlap[0])}  R ${pct(r.quote_overlap[1])}  F1 ${pct(r.quote_overlap[2])}`;
const precisionLines = [];
for (const t of [0.5, 0.25, 0.01]) {
  precisionLines.push([`word-token overlap >= ${t}`, prf(score(polnearGold.check, polnear.out, null, t))]);
}
const filtered = path.join(tmp, 'polnear_dev.confident.jsonl');
const predLines = fs.readFileSync(polnear.out, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
for (const t of [0.45, 0.5, 0.6, 0.7, 0.8, 1.01]) {
  const kept = predLines.map((d) => ({ ...d, quotes: d.quotes.filter((q) => q.kind !== 'indirect' || (q.confidence ?? 0) >= t) }));
  fs.writeFileSync(filtered, kept.map((d) => JSON.stringify(d)).join('\n') + '\n');
  const label = t > 1 ? 'no reported speech at all' : `only reports with confidence >= ${t}`;
  precisionLines.push([`overlap >= 0.5, ${label}`, prf(score(polnearGold.check, filtered, null))]);
}
fs.rmSync(filtered);
const labelWidth = Math.max(...precisionLines.map(([l]) => l.length));
precisionLines.forEach(([l, v], i) => (precisionLines[i] = `${l.padEnd(labelWidth)}  ${v}`));

function print() {
  console.log(`\ntuning half and check half\n${[...table, ...splitNote].map((l) => `  ${l}`).join('\n')}`);
  console.log(`\ncalibration on the check half: speaker accuracy by confidence band (right/n)\n${[...calibTable, ...verdict].map((l) => `  ${l}`).join('\n')}`);
  console.log(`\nprecision, polnear_dev check half, all kinds (quote spans)\n${precisionLines.map((l) => `  ${l}`).join('\n')}`);
}

if (quick) {
  print();
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
const throughput = `native throughput (cargo run --release --example throughput: analyze + report, one thread, best of ${runs[0]?.reps ?? '?'})`;

const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src'], { cwd: ROOT, encoding: 'utf8' }).trim();
const date = new Date().toISOString().slice(0, 10);
const block = (lines) => `\n\`\`\`\n${lines.join('\n')}\n\`\`\`\n`;
let md = `# Accuracy\n\nWritten by \`npm run eval\` on ${date} at commit ${commit}${dirty ? ' (with uncommitted changes in src/)' : ''}.\n`;
md += 'Scorers and data: `../shared/eval` (F1 %, "overlap >= 0.5" criterion).\n';
md += `
## How to work

The dev data is split, once and for all, into a **tuning half** and a **check half** (\`scripts/halves.mjs\`:
a document goes to the tuning half when the first byte of SHA-256 of its id, or of a page's name, is even).
Change the rules while looking only at the tuning half's errors (\`python3 scripts/eval-errors.py\` shows
only those). Keep a change only if the check half improves too: one that helps the tuning half and not the
check half is fitted, not learned. Keep the gap (check - tuning) under ${GAP} points on every line.

## Tuning half and check half
${block([...table, ...splitNote])}
## Calibration (check half)

Speaker accuracy per confidence band: over the check half's matched quotations (score.py's pairing, no
kind filter: word-token overlap >= 0.5 of the longer span, greedy and one-to-one) whose prediction shows a
speaker and whose gold quotation has one, the share whose speaker spans share a word token (score.py's
speaker-correctness), by the prediction's \`confidence\` (\`scripts/eval-calibration.py\`). The aim: >= 97 %
in the top band, and each band right less often than the one above it.

The confidence shown is learned, not set by hand: \`npm run eval -- --calibrate\` counts, on the tuning half
only, how often each rule was right for each form of the speaker's mention (a name, a word that refers
to a named person, a description, a pronoun), and writes \`src/core/attribution/data/calibration.tsv\`;
\`src/core/attribution/calibration.rs\` turns a rule's engine confidence and the form into the value
shown, shrunk towards the rule's prior where the table has few rows, and capped at 0.85 for a rule the
table has not measured. A value of 0.9 or more is meant as "right at least 97 times in 100 on held-out text"
(the table below shows how far that holds);
below 0.6 the panel and the exports call the speaker a guess.
${block([...calibTable, ...verdict])}`;
md += `
## Precision of reported speech (check half)

The target is all-kinds precision >= 85 % on polnear_dev while F1 rises. The first lines score the check
half at the scorer's criterion and at looser ones: what separates them is predictions that meet a gold
quotation but disagree on where its span starts or ends. The last lines keep only the reports
(\`indirect\`) shown with at least the given confidence: the precision each filter buys, and its cost in F1.
${block(precisionLines)}`;
md += '\n## Whole sets, as the scorers print them\n';
for (const [title, lines] of sections) md += `\n### ${title}\n${block(lines)}`;
md += `\n## ${throughput}\n${block(speed)}`;
print();
console.log(`\n${throughput}\n${speed.map((l) => `  ${l}`).join('\n')}`);
fs.writeFileSync(path.join(ROOT, 'docs/accuracy.md'), md);
fs.rmSync(tmp, { recursive: true, force: true });
console.log('\nwritten: docs/accuracy.md');
