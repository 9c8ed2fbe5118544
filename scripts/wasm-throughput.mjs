// Core throughput through the wasm build, in Node, one thread:
//   npm run build && node scripts/wasm-throughput.mjs [--reps N] [--pkg DIR] [--json]
// The 602 texts of ../shared/eval/polnear_dev.jsonl, each as a page object whose
// blocks are its lines (UTF-16 offsets, as the collector sends them), through
// the binding's analyzeJson() (the page object as JSON text in, made before the
// timing; the lean whosaid/1 report as JSON text out, as the extension's
// background calls it: report::wire_json). Prints best and median MB/s (10^6 bytes of
// UTF-8 text per second) and the mean CPU time. docs/performance.md, "Core throughput".
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const reps = Math.max(1, Number(opt('--reps', 5)));
const pkg = path.resolve(opt('--pkg', path.join(ROOT, 'build/pkg')));
const data = path.join(ROOT, '../shared/eval/polnear_dev.jsonl');
if (!fs.existsSync(data)) {
  console.log(`skipped: ${data} is absent`);
  process.exit(0);
}

const wasm = await import(path.join(pkg, 'whosaid.js'));
wasm.initSync({ module: fs.readFileSync(path.join(pkg, 'whosaid_bg.wasm')) });

/** A page object for plain text: one block per line (UTF-16 offsets). */
function pageOf(text) {
  const blocks = [];
  let start = 0;
  for (const line of text.split('\n')) {
    blocks.push({ start, end: start + line.length });
    start += line.length + 1;
  }
  return { url: '', title: '', text, blocks };
}

const texts = fs
  .readFileSync(data, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l).text);
const pages = texts.map((t) => JSON.stringify(pageOf(t)));
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);

const times = [];
let cpu = 0; // seconds of this process's CPU time (the machine may be shared)
for (let r = 0; r < reps; r++) {
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (const page of pages) wasm.analyzeJson(page, { full: false });
  times.push(Number(process.hrtime.bigint() - t0) / 1e9);
  const c = process.cpuUsage(c0);
  cpu += (c.user + c.system) / 1e6;
}
cpu /= reps;
times.sort((a, b) => a - b);
const [best, median] = [times[0], times[Math.floor(times.length / 2)]];
const mb = bytes / 1e6;
if (args.includes('--json')) {
  console.log(JSON.stringify({ input: 'polnear_dev', runtime: 'wasm', pages: pages.length, bytes, reps, best_s: best, median_s: median, mb_per_s_best: mb / best, mb_per_s_median: mb / median, cpu_s_mean: cpu, mb_per_s_cpu: mb / cpu }));
} else {
  console.log(
    `polnear_dev (wasm) ${pages.length} pages ${mb.toFixed(2)} MB  best ${best.toFixed(3)} s = ${(mb / best).toFixed(1)} MB/s  median ${median.toFixed(3)} s = ${(mb / median).toFixed(1)} MB/s  CPU ${cpu.toFixed(3)} s = ${(mb / cpu).toFixed(1)} MB/s  (${reps} runs)`,
  );
}
