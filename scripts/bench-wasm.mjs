#!/usr/bin/env node
// The wasm core's throughput in Node, for `npm run bench` (scripts/bench.mjs), on the
// inputs the native bench reads: the texts of ../shared/eval/polnear_dev.jsonl (each a
// plain-text page object) and the page object of stress-large-article.html that
// `cargo bench --bench core_throughput -- --page-json FILE` writes. Each call is what the
// background runs on a click: `analyzeJson(page object as JSON text, { full: false })` → the report as
// JSON text, through wasm-bindgen (the texts made JSON before the timing, as the content
// script sends them; the reports read after it, as the content script reads them).
//
//   node scripts/bench-wasm.mjs [--pkg DIR] [--page-json FILE] [--passes N]
//
// DIR holds wasm-bindgen's `--target web` output (whosaid.js, whosaid_bg.wasm); default build/pkg.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = path.resolve(ROOT, '../shared');
const utf8 = (s) => Buffer.byteLength(s, 'utf8');

/** The polnear_dev texts as page objects, or null when ../shared is absent. */
export function polnearPages() {
  const file = path.join(SHARED, 'eval/polnear_dev.jsonl');
  if (!fs.existsSync(file)) return null;
  return fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim())
    .map((l) => JSON.parse(l)).filter((d) => typeof d.text === 'string')
    .map((d) => ({ url: '', title: '', text: d.text, blocks: [] }));
}

/** Times `passes` passes of `analyzeJson` over `pages`: median seconds and MB/s (10^6 bytes of UTF-8 text). */
function time(analyzeJson, pages, passes) {
  const bytes = pages.reduce((n, p) => n + utf8(p.text), 0);
  const json = pages.map((p) => JSON.stringify(p));
  const seconds = [];
  const cpu = [];
  let quotes = 0;
  for (let i = 0; i < passes; i++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const reports = json.map((p) => analyzeJson(p, { full: false }));
    seconds.push((performance.now() - t0) / 1000);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1e6);
    // (The lean report goes as [report, quotations, links]: src/core/report.rs, wire_json.)
    quotes = reports.reduce((n, r) => n + JSON.parse(r)[1].length, 0);
  }
  const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
  const wall = median(seconds);
  // (CPU time: Node's own threads, the garbage collector's among them, are counted too.)
  return {
    pages: pages.length, bytes, quotes, passes, seconds, median_s: wall, mb_per_s: bytes / 1e6 / wall,
    cpu_s: median(cpu), cpu_mb_per_s: bytes / 1e6 / median(cpu),
  };
}

/**
 * Loads the wasm from `pkg` and times it. Also reports the compile time and the
 * wasm's linear memory after the stress page (it only grows: the peak).
 */
export async function benchWasm({ pkg = path.join(ROOT, 'build/pkg'), pageJson, passes = 5 } = {}) {
  const glue = await import(`${pathToFileURL(path.join(pkg, 'whosaid.js')).href}?t=${Date.now()}`);
  const bytes = fs.readFileSync(path.join(pkg, 'whosaid_bg.wasm'));
  const t0 = performance.now();
  const module = new WebAssembly.Module(bytes);
  const compileMs = performance.now() - t0;
  const exports = glue.initSync({ module });
  const out = { passes, compile_ms: compileMs };
  glue.analyzeJson(JSON.stringify({ text: '“We will rebuild the bridge,” said Jane Doe.', blocks: [] }), { full: false }); // warm-up
  const polnear = polnearPages();
  if (polnear) out.polnear = time(glue.analyzeJson, polnear, passes);
  else console.error('bench-wasm: ../shared/eval/polnear_dev.jsonl is missing: skipped');
  if (pageJson && fs.existsSync(pageJson)) {
    const page = JSON.parse(fs.readFileSync(pageJson, 'utf8'));
    const before = exports.memory.buffer.byteLength;
    out.stress = time(glue.analyzeJson, [page], passes);
    out.memory = { linear_before_bytes: before, linear_after_bytes: exports.memory.buffer.byteLength };
  } else {
    console.error('bench-wasm: no stress page object (--page-json): skipped');
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { pkg: { type: 'string' }, 'page-json': { type: 'string' }, passes: { type: 'string' } } });
  const result = await benchWasm({
    pkg: values.pkg && path.resolve(values.pkg),
    pageJson: values['page-json'],
    passes: Number(values.passes ?? 3),
  });
  console.log(JSON.stringify(result));
}
