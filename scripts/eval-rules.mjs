// npm run eval -- --rules: what each attribution rule is worth on the dev data.
// For every rule (`whosaid rules`), on polnear_dev (all kinds) and german_dev (all kinds: it has reported speech since issue 20):
//   - n: how many predictions it makes (`whosaid jsonl --rules` names each one's rule);
//   - P: the speaker precision of its predictions alone (score.py on them only: of its
//     predictions with a speaker, the share whose quotation and speaker match the gold), on the
//     whole set and on its tuning and check halves (scripts/halves.mjs; n is split likewise);
//   - ΔF1: the speaker F1 lost when it is switched off (`--without RULE`, rescored), in
//     points: positive means the rule helps. A rule switched off lets the next rule try,
//     as if it had not matched.
// Rules that make no prediction on a set are not rerun there (their ΔF1 is 0 by definition).
// Printed, with the five rules worth least (smallest summed ΔF1) at the end; nothing written.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { HALVES, half, splitLines } from './halves.mjs';

/** The sets, as `npm run eval` scores them: file, CLI arguments, scorer kinds. */
const SETS = [
  { name: 'polnear_dev', file: 'polnear_dev.jsonl', args: [], kinds: null },
  { name: 'german_dev', file: 'german_dev.jsonl', args: ['--per-quote'], kinds: null },
];

/** Runs `bin` with `args` on `input`, resolving with its standard output. */
function run(bin, args, input) {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args);
    const out = [];
    const err = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(Buffer.concat(out)) : reject(new Error(`${bin} ${args.join(' ')}: ${Buffer.concat(err)}`)),
    );
    child.stdin.end(input);
  });
}

/** score.py's results (its --json) for a prediction file (against `gold`, by default the whole set). */
function score(evalDir, set, pred, tmp, gold = path.join(evalDir, set.file)) {
  const json = path.join(tmp, `score-${process.pid}-${Math.random().toString(36).slice(2)}.json`);
  const args = [path.join(evalDir, 'score.py'), gold, pred, '--json', json];
  if (set.kinds) args.push('--kinds', set.kinds);
  execFileSync('python3', args, { stdio: 'ignore' });
  const result = JSON.parse(fs.readFileSync(json, 'utf8'));
  fs.rmSync(json);
  return result;
}

/** Runs `jobs` (functions returning promises) two at a time (the machines have two cores or more). */
async function pool(jobs, width = Math.max(1, Math.min(4, os.availableParallelism() - 0))) {
  const results = new Array(jobs.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < jobs.length) {
        const i = next++;
        results[i] = await jobs[i]();
      }
    }),
  );
  return results;
}

const pct = (x) => (x === null || Number.isNaN(x) ? '    -' : (100 * x).toFixed(1).padStart(5));
/** Speaker precision from score.py's counts (null without predicted speakers). */
const precision = (...rs) => {
  const pred = rs.reduce((s, r) => s + (r.counts?.pred_speaker ?? 0), 0);
  return pred ? rs.reduce((s, r) => s + (r.counts?.speaker_ok ?? 0), 0) / pred : null;
};
const delta = (x) => (x === null ? '    -' : (x >= 0 ? '+' : '') + x.toFixed(2));

/** Prints the rules table. */
export async function rulesReport({ bin, evalDir, tmp }) {
  const rules = execFileSync(bin, ['rules'], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
  const per = {};
  for (const set of SETS) {
    const input = fs.readFileSync(path.join(evalDir, set.file));
    const base = await run(bin, ['jsonl', '--rules', ...set.args], input);
    const basePath = path.join(tmp, `${set.name}.rules.jsonl`);
    fs.writeFileSync(basePath, base);
    const lines = base.toString('utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
    const baseF1 = score(evalDir, set, basePath, tmp).speaker[2];
    // The halves' gold: the scorer ignores predictions of documents not in the gold it is given.
    const split = splitLines(fs.readFileSync(path.join(evalDir, set.file), 'utf8'));
    const gold = {};
    for (const h of HALVES) {
      gold[h] = path.join(tmp, `${set.name}.${h}.gold.jsonl`);
      fs.writeFileSync(gold[h], split[h].join('\n') + '\n');
    }
    const stats = {};
    for (const rule of rules) {
      const only = lines.map((l) => ({ id: l.id, quotes: (l.quotes ?? []).filter((q) => q.rule === rule.name) }));
      const n = only.reduce((s, l) => s + l.quotes.length, 0);
      const nHalf = Object.fromEntries(HALVES.map((h) => [h, 0]));
      for (const l of only) nHalf[half(l.id)] += l.quotes.length;
      if (n === 0) {
        stats[rule.name] = { n, nHalf, precision: null, pHalf: { tuning: null, check: null }, lost: 0 };
        continue;
      }
      const onlyPath = path.join(tmp, `${set.name}.only.jsonl`);
      fs.writeFileSync(onlyPath, only.map((l) => JSON.stringify(l)).join('\n') + '\n');
      // The halves partition the documents, so the whole set's counts are the halves' sums.
      const r = Object.fromEntries(HALVES.map((h) => [h, score(evalDir, set, onlyPath, tmp, gold[h])]));
      const pHalf = Object.fromEntries(HALVES.map((h) => [h, precision(r[h])]));
      stats[rule.name] = { n, nHalf, precision: precision(r.tuning, r.check), pHalf, lost: null };
    }
    const fired = rules.filter((r) => stats[r.name].n > 0);
    await pool(
      fired.map((rule) => async () => {
        const out = await run(bin, ['jsonl', '--without', rule.name, ...set.args], input);
        const p = path.join(tmp, `${set.name}.without.${rule.name.replace(/\W/g, '_')}.jsonl`);
        fs.writeFileSync(p, out);
        stats[rule.name].lost = 100 * (baseF1 - score(evalDir, set, p, tmp).speaker[2]);
        fs.rmSync(p);
      }),
    );
    per[set.name] = { stats, baseF1 };
  }
  const cols = (name) => `${`${name}: n`.padStart(11)}     P   n tun/chk  P tun  P chk   ΔF1`;
  const cells = (x) =>
    `${String(x.n).padStart(11)} ${pct(x.precision)} ${`${x.nHalf.tuning}/${x.nHalf.check}`.padStart(11)} ` +
    `${pct(x.pHalf.tuning)}  ${pct(x.pHalf.check)} ${delta(x.lost).padStart(5)}`;
  const head = `${'rule'.padEnd(34)} ${'kinds'.padEnd(20)} conf | ${cols('polnear')} | ${cols('german')}`;
  console.log(
    `\nattribution rules: n = predictions made, P = their speaker precision (%) on the whole set, P tun / P chk on its ` +
      `tuning / check half (scripts/halves.mjs), ΔF1 = speaker F1 lost when the rule is off (points, whole set)`,
  );
  console.log(
    `baseline speaker F1: polnear_dev all kinds ${(100 * per.polnear_dev.baseF1).toFixed(2)}, german_dev all kinds ${(100 * per.german_dev.baseF1).toFixed(2)}\n`,
  );
  console.log(head);
  console.log('-'.repeat(head.length));
  for (const rule of rules) {
    console.log(
      `${rule.name.padEnd(34)} ${rule.kinds.join(',').padEnd(20)} ${rule.confidence.toFixed(2)} | ` +
        `${cells(per.polnear_dev.stats[rule.name])} | ${cells(per.german_dev.stats[rule.name])}`,
    );
  }
  const worth = (r) => per.polnear_dev.stats[r.name].lost + per.german_dev.stats[r.name].lost;
  const fired = rules.filter((r) => per.polnear_dev.stats[r.name].n + per.german_dev.stats[r.name].n > 0);
  const silent = rules.filter((r) => !fired.includes(r));
  const least = [...fired].sort((a, b) => worth(a) - worth(b)).slice(0, 5);
  console.log(`\nworth least on the dev data (summed ΔF1, of the ${fired.length} rules that fire there):`);
  for (const r of least) console.log(`  ${r.name.padEnd(34)} ${delta(worth(r))}  ${r.description}`);
  console.log(
    `\n${silent.length} rules make no prediction on either set (languages or forms the dev data lacks): ${silent.map((r) => r.name).join(', ')}`,
  );
}
