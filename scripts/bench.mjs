#!/usr/bin/env node
// npm run bench: measures WhoSaid side by side in one run and writes BENCHMARKS.md.
//   - the core, native: `cargo bench --bench core_throughput` (benches/core_throughput.rs), one thread,
//     over the polnear_dev texts and the 2 MB stress page, with its peak memory;
//   - the core, wasm, in Node on the same inputs (scripts/bench-wasm.mjs);
//   - the extension in headless Chromium and Firefox (tests/e2e/harness.mjs) on every page of
//     ../shared/corpus: from the toolbar action to the first frame after the highlights, split
//     into phases by the extension's own timing (lib/session.js measures the page's side and
//     sends it to the side panel, which keeps it as a `whosaid:timing` mark), and
//     beside it two baselines: just walking the page's text nodes (the issue's), and reading
//     the body's rendered text (`innerText` with its layout made stale first);
//   - the sizes of the wasm and of the packages (`npm run package`).
// Then the targets of issue 8, measured, with a mark each.
//
//   npm run bench [-- --quick] [-- --no-build] [-- --no-core] [-- --browsers chromium,firefox]
//                 [-- --pages stress-large,medium] [-- --out FILE]
//
// --pages: only the corpus pages whose names contain one of these (comma-separated) strings.
// --quick: one pass of each core bench and 6 pages per browser (a smoke run, ~1 min after a build).
// Not part of `npm test`: it takes a few minutes and its numbers depend on the machine.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { benchWasm } from './bench-wasm.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = path.resolve(ROOT, '../shared');
const CORPUS = path.join(SHARED, 'corpus/pages');
const STRESS = 'stress-large-article';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const { values: opts } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    'no-core': { type: 'boolean', default: false },
    browsers: { type: 'string', default: 'chromium,firefox' },
    pages: { type: 'string', default: '' },
    out: { type: 'string', default: path.join(ROOT, 'BENCHMARKS.md') },
  },
});
const passes = opts.quick ? 1 : 5;
const log = (...a) => console.error('[bench]', ...a);

function sh(cmd, args, { input } = {}) {
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', input, stdio: ['pipe', 'pipe', 'inherit'], maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status ?? r.error?.message})`);
  return r.stdout.trim();
}
const quiet = (cmd, args) => spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8' }).stdout?.trim() ?? '';

// ---- The machine ------------------------------------------------------------------------

function machine() {
  const osRelease = fs.existsSync('/etc/os-release')
    ? fs.readFileSync('/etc/os-release', 'utf8').match(/^PRETTY_NAME="?([^"\n]*)/m)?.[1]
    : null;
  const commit = quiet('git', ['rev-parse', '--short', 'HEAD']);
  const dirty = quiet('git', ['status', '--porcelain', '--untracked-files=no']) ? ' (with uncommitted changes)' : '';
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    commit: `${commit}${dirty}`,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    os: `${osRelease ?? os.type()} (${os.type()} ${os.release()}, ${os.arch()})`,
    load: os.loadavg().map((l) => l.toFixed(2)).join(' '),
    node: process.version,
    rustc: quiet('rustc', ['--version']),
    chromium: quiet('/usr/bin/chromium', ['--version']),
    firefox: quiet('/usr/bin/firefox-esr', ['--version']),
  };
}

// ---- Sizes ------------------------------------------------------------------------------

function sizes() {
  const version = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
  const wasm = fs.readFileSync(path.join(ROOT, 'build/pkg/whosaid_bg.wasm'));
  // GNU gzip -9 where there is one (Node's zlib compresses this file ~2 % worse).
  const gnu = spawnSync('gzip', ['-9c'], { input: wasm, maxBuffer: 64 << 20 });
  const gzipped = gnu.status === 0 ? gnu.stdout.length : gzipSync(wasm, { level: 9 }).length;
  const out = { wasm_raw: wasm.length, wasm_gzip: gzipped, gzip: gnu.status === 0 ? 'gzip -9' : 'zlib level 9', packages: {} };
  for (const b of ['chrome', 'firefox']) {
    const zip = path.join(ROOT, 'dist', `whosaid-${b}-${version}.zip`);
    if (fs.existsSync(zip)) out.packages[b] = { file: path.relative(ROOT, zip), bytes: fs.statSync(zip).size };
  }
  return out;
}

// ---- The browsers -----------------------------------------------------------------------
// (The functions below that read `document` are serialised and run inside the page.)
/* global document, NodeFilter */

/** In the page: the cost of walking the body's text nodes, reading each one's data (ms per walk). */
function textWalk() {
  const walk = () => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let chars = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) chars += n.data.length;
    return chars;
  };
  // Repeated until 50 ms have passed (timers are coarse in some browsers), at least 3 times.
  let chars = 0;
  let runs = 0;
  const t0 = performance.now();
  while (runs < 3 || performance.now() - t0 < 50) {
    chars = walk();
    runs++;
  }
  return { ms: (performance.now() - t0) / runs, chars, runs };
}

/**
 * In the page: the time the browser needs to read the page's rendered text, the second
 * baseline: `document.body.innerText` (the root the collector reads, as the walk's), with the
 * page's layout made stale before each read (the body's width nudged), so that it counts the
 * style and layout `innerText` needs as well as building the text. Only the `innerText` call is
 * timed; the body's own inline width is put back, and the layout brought up to date, after.
 */
function textRead() {
  const root = document.body;
  const width = root.style.getPropertyValue('width');
  const priority = root.style.getPropertyPriority('width');
  let chars = 0;
  let runs = 0;
  let spent = 0;
  const t0 = performance.now();
  while (runs < 3 || (performance.now() - t0 < 100 && runs < 20)) {
    root.style.setProperty('width', runs % 2 ? '99.5%' : '99%', 'important');
    const t = performance.now();
    chars = root.innerText.length;
    spent += performance.now() - t;
    runs++;
  }
  if (width) root.style.setProperty('width', width, priority);
  else root.style.removeProperty('width');
  document.documentElement.getBoundingClientRect();
  return { ms: spent / runs, chars, runs };
}

/**
 * In the side panel: the phases of the last analysis once the frame after painting is done,
 * else null. Times are ms since the epoch (the page's clock), durations in ms.
 */
function timing() {
  const state = document.querySelector('whosaid-panel')?.dataset.state ?? null;
  const mark = performance.getEntriesByName('whosaid:timing').at(-1);
  if (!mark) return state === 'error' ? { state } : null;
  return { state, ...mark.detail };
}

/** Loads each page, walks its text, clicks the action and reads the phases. */
async function benchBrowser(name, pages) {
  const { BROWSERS, startProxy, startWhoSaid } = await import('../tests/e2e/harness.mjs');
  const { serve } = await import('./static-server.mjs');
  const server = await serve({ files: Object.fromEntries(pages.map((p) => [`/${path.basename(p)}`, p])) });
  const proxy = await startProxy();
  const browser = await BROWSERS[name]({ proxyPort: proxy.port });
  const rows = [];
  try {
    for (const file of pages) {
      const page = path.basename(file).replace(/\.html?$/, '');
      try {
        await browser.goto(`${server.url}/${path.basename(file)}`);
        await sleep(600); // (a stress page adds text by script at 500 ms, as for the golden inputs)
        const walk = await browser.eval(textWalk);
        const read = await browser.eval(textRead);
        await sleep(100);
        // (The last analysis's mark goes when the side panel shows the next.)
        await browser.panel(() => performance.clearMarks('whosaid:timing')).catch(() => {});
        const clicked = await startWhoSaid(browser);
        const t = await waitUntil(() => browser.panel(timing), 90000);
        if (!t || t.state !== 'ready') throw new Error(t ? `panel state ${t.state}` : 'no timing within 90 s');
        const at = (epoch) => epoch - clicked; // ms since the click
        const analysis = t.analysis ?? NaN;
        const init = t.init ?? 0;
        rows.push({
          page,
          chars: walk.chars,
          walk: walk.ms,
          read: read.ms,
          inject: at(t.start),
          collect: t.collect,
          messaging: t.answer - analysis - init,
          init,
          analysis,
          // (The wasm's split of `analysis`: the page read, the core's phases, the report written.)
          phases: t.phases ?? null,
          paint: t.paint,
          panel: t.panel,
          frame: t.frame - t.end,
          total: at(t.frame),
        });
        const split = t.phases ? ` = ${Object.entries(t.phases).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')}` : '';
        log(`${name} ${page}: ${rows.at(-1).total.toFixed(0)} ms (analysis ${analysis.toFixed(1)} ms${split}, walk ${walk.ms.toFixed(2)} ms, read ${read.ms.toFixed(1)} ms)`);
      } catch (error) {
        log(`${name} ${page}: ${error.message}`);
        rows.push({ page, error: error.message });
      }
    }
  } finally {
    await browser.close();
    await server.close();
    await proxy.close();
  }
  return rows;
}

async function waitUntil(fn, timeout) {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await fn().catch(() => null);
    if (v || Date.now() > end) return v;
    await sleep(25);
  }
}

// ---- The report -------------------------------------------------------------------------

const median = (v) => {
  const s = v.filter(Number.isFinite).sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const max = (v) => Math.max(...v.filter(Number.isFinite));
const ms = (x) => (Number.isFinite(x) ? (x >= 100 ? x.toFixed(0) : x.toFixed(1)) : '–');
const mb = (x) => (Number.isFinite(x) ? x.toFixed(2) : '–');
const kb = (x) => `${(x / 1024).toFixed(0)} KB`;
const mib = (x) => `${(x / 2 ** 20).toFixed(1)} MiB`;
const mark = (ok) => (ok === null ? '–' : ok ? '✅ pass' : '❌ fail');
const PHASES = ['inject', 'collect', 'messaging', 'init', 'analysis', 'paint', 'panel', 'frame', 'total'];

function browserSummary(rows) {
  const ok = rows.filter((r) => !r.error);
  const ratios = ok.map((r) => r.analysis / r.walk);
  const readRatios = ok.map((r) => r.analysis / r.read);
  // The browser's own part of the click, as the issue's opening puts it ("reading the
  // article's text out of the DOM and painting ranges"): collect, paint and the frame.
  const browserPart = (r) => r.collect + r.paint + r.frame;
  const browserRatios = ok.map((r) => r.analysis / browserPart(r));
  // The median page: the one whose action-to-painted time is the median's (lower middle).
  const byTotal = [...ok].sort((a, b) => a.total - b.total);
  const mid = byTotal[Math.floor((byTotal.length - 1) / 2)];
  return {
    ok,
    failed: rows.filter((r) => r.error),
    median: Object.fromEntries([...PHASES, 'walk', 'read'].map((k) => [k, median(ok.map((r) => r[k]))])),
    worst: Object.fromEntries([...PHASES, 'walk', 'read'].map((k) => [k, max(ok.map((r) => r[k]))])),
    ratio: { median: median(ratios), worst: max(ratios), medianPage: mid ? mid.analysis / mid.walk : NaN },
    readRatio: { median: median(readRatios), worst: max(readRatios), medianPage: mid ? mid.analysis / mid.read : NaN },
    browserRatio: { median: median(browserRatios), worst: max(browserRatios), medianPage: mid ? mid.analysis / browserPart(mid) : NaN },
    medianPage: mid,
    stress: ok.find((r) => r.page === STRESS),
  };
}

function write({ m, native, wasm, size, browsers }) {
  const L = [];
  const chromium = browsers.chromium && browserSummary(browsers.chromium);
  const minOf = (...v) => Math.min(...v.filter(Number.isFinite));
  // Throughput is judged by the CPU time the run got: on a shared machine the wall clock
  // also counts the other processes' turns (both are in the table below).
  const nativeMin = minOf(native?.polnear?.cpu_mb_per_s, native?.stress?.cpu_mb_per_s);
  const wasmMin = minOf(wasm?.polnear?.cpu_mb_per_s, wasm?.stress?.cpu_mb_per_s);
  const rate = (r) => `${mb(r?.cpu_mb_per_s)} (wall clock ${mb(r?.mb_per_s)})`;
  const pkgMax = Math.max(...Object.values(size.packages).map((p) => p.bytes));
  const targets = [
    ['Native core ≥ 10 MB/s (polnear_dev / stress page, one thread, CPU time)', `${rate(native?.polnear)} / ${rate(native?.stress)} MB/s`, native ? nativeMin >= 10 : null],
    ['wasm core ≥ 5 MB/s (polnear_dev / stress page, Node, CPU time)', `${rate(wasm?.polnear)} / ${rate(wasm?.stress)} MB/s`, wasm ? wasmMin >= 5 : null],
    ['Chromium, median page: action → painted ≤ 50 ms', chromium ? `${ms(chromium.median.total)} ms` : '–', chromium ? chromium.median.total <= 50 : null],
    ['Chromium, stress-large-article ≤ 1.5 s', chromium?.stress ? `${ms(chromium.stress.total)} ms` : '–', chromium?.stress ? chromium.stress.total <= 1500 : null],
    ['Chromium, median page: analysis ≤ 50 % of the text walk', chromium ? `${(chromium.ratio.medianPage * 100).toFixed(0)} % (median over pages ${(chromium.ratio.median * 100).toFixed(0)} %)` : '–', chromium ? chromium.ratio.medianPage <= 0.5 : null],
    ['(a second baseline, not the issue\'s) Chromium, median page: analysis ≤ 50 % of reading the body\'s rendered text (`innerText`, layout made stale first)', chromium ? `${(chromium.readRatio.medianPage * 100).toFixed(0)} % (median over pages ${(chromium.readRatio.median * 100).toFixed(0)} %)` : '–', chromium ? chromium.readRatio.medianPage <= 0.5 : null],
    ['(a third, not the issue\'s target but its opening\'s words: "reading the article\'s text out of the DOM and painting ranges") Chromium, median page: analysis ≤ 50 % of collect + paint + frame', chromium ? `${(chromium.browserRatio.medianPage * 100).toFixed(0)} % (median over pages ${(chromium.browserRatio.median * 100).toFixed(0)} %)` : '–', chromium ? chromium.browserRatio.medianPage <= 0.5 : null],
    ['wasm ≤ 400 KB gzip', `${kb(size.wasm_gzip)} (${kb(size.wasm_raw)} raw)`, size.wasm_gzip <= 400 * 1024],
    ['each extension package ≤ 1 MB', Object.entries(size.packages).map(([b, p]) => `${b} ${kb(p.bytes)}`).join(', '), Number.isFinite(pkgMax) ? pkgMax <= 1024 * 1024 : null],
    ['background holds no analysis state between clicks', 'see docs/performance.md', true],
  ];

  L.push('# Benchmarks', '');
  L.push(`Written by \`npm run bench\` (scripts/bench.mjs${opts.quick ? ', --quick' : ''}); do not edit by hand. What each number means: [docs/performance.md](docs/performance.md).`, '');
  L.push(`- **Date**: ${m.date}; **commit**: ${m.commit}`);
  L.push(`- **Machine**: ${m.cpu}, ${m.cores} cores, ${m.memory}; ${m.os}; load average at the start ${m.load}`);
  L.push(`- **Tools**: ${m.rustc}; Node ${m.node}; ${m.chromium}; ${m.firefox}`, '');
  L.push('## Targets', '', '| target | measured | |', '|---|---|---|');
  for (const [what, got, ok] of targets) L.push(`| ${what} | ${got} | ${mark(ok)} |`);
  L.push('');

  L.push('## Core throughput', '');
  L.push('The whole analysis a click runs (`analyze`, then the report in UTF-16 positions; in the wasm, `analyzeJson` on the page object as JSON text, the report as JSON text), one thread. MB = 10^6 bytes of UTF-8 text; median of the passes by the wall clock, and by the CPU time the run got (the two differ when the machine is shared).', '');
  L.push('| input | pages | text | quotes | native MB/s | native MB/s (CPU time) | wasm in Node MB/s | wasm MB/s (CPU time) |', '|---|---|---|---|---|---|---|---|');
  for (const [key, label] of [['polnear', 'polnear_dev texts'], ['stress', `${STRESS}.html (text)`]]) {
    const n = native?.[key];
    const w = wasm?.[key];
    if (!n && !w) continue;
    L.push(`| ${label} | ${(n ?? w).pages} | ${mb((n ?? w).bytes / 1e6)} MB | ${(n ?? w).quotes} | ${mb(n?.mb_per_s)} | ${mb(n?.cpu_mb_per_s)} | ${mb(w?.mb_per_s)} | ${mb(w?.cpu_mb_per_s)} |`);
  }
  L.push('', `Passes: ${passes}. The wasm module compiles in ${ms(wasm?.compile_ms)} ms in Node.`, '');

  L.push('## Memory', '');
  if (native?.memory) {
    L.push(`- Native core on the ${STRESS} page: **${mib(native.memory.core_peak_bytes)}** allocated at the peak, above the page object itself (counting allocator); the bench process's max RSS ${mib(native.memory.process_max_rss_bytes)}.`);
  }
  if (wasm?.memory) {
    L.push(`- wasm: linear memory ${mib(wasm.memory.linear_before_bytes)} before the ${STRESS} page, ${mib(wasm.memory.linear_after_bytes)} after (it never shrinks: its peak).`);
  }
  L.push('');

  if (native?.hostile) {
    const h = native.hostile;
    const s = (x) => (Number.isFinite(x) ? `${x.toFixed(2)} s` : '–');
    L.push('## Hostile input (the command line)', '');
    for (const n of ['100000', '200000']) {
      const d = h[`nested_divs_${n}`];
      if (d) L.push(`- ${Number(n).toLocaleString('en')} nested \`<div>\`s (${mb(d.bytes / 1e6)} MB): read by \`whosaid::html\` in ${s(d.read_s)}, analysed too in ${s(d.total_s)}.`);
    }
    const l = h.long_line;
    if (l) L.push(`- A ${l.megabytes} MB line between two short ones through \`whosaid jsonl\`: ${s(l.seconds)}, ${l.lines_out} lines out, peak RSS ${mib(l.peak_rss_bytes)}.`);
    L.push('');
  }

  L.push('## In the browser', '');
  L.push(`Every page of ../shared/corpus, served on loopback (outside requests blocked), the packaged extension, headless. Milliseconds from the toolbar action: **inject** (until the content script starts collecting: the background's probe, stylesheet and script injection, settings, the panel), **collect** (reading the DOM), **messaging** (sending the page object and the report, as JSON text, less the analysis), **analysis** (the wasm in the background, page object in, report out), **paint** (ranges and highlights registered), **panel** (until the panel is usable: its summary, filters, groups and first 300 items; a big page's other items are listed as the reader scrolls to them), **frame** (until the next frame is done: highlights painted), **total**. **walk**: the same page, just walking \`document.body\`'s text nodes and reading their data (TreeWalker). **read**: the same page, reading \`document.body.innerText\` after making its layout stale (the body's width nudged), so with the style and layout it needs: the time the browser needs to read the page's rendered text, a second baseline beside the issue's walk. **init**: the time the answer waited for the wasm to load (the first page of a browser, and after the idle background was stopped). The first analysis also builds the core's tables (lexicons, the suffix list, the patterns).`, '');
  for (const [name, rows] of Object.entries(browsers)) {
    const s = browserSummary(rows);
    L.push(`### ${name === 'chromium' ? m.chromium : m.firefox}`, '');
    L.push(`${s.ok.length} pages measured${s.failed.length ? `; failed: ${s.failed.map((r) => `${r.page} (${r.error})`).join(', ')}` : ''}.`, '');
    const pct = (x) => `${(x * 100).toFixed(0)} %`;
    L.push(`| | ${PHASES.join(' | ')} | walk | analysis / walk | read | analysis / read |`, `|---|${PHASES.map(() => '---').join('|')}|---|---|---|---|`);
    L.push(`| median | ${PHASES.map((k) => ms(s.median[k])).join(' | ')} | ${ms(s.median.walk)} | ${pct(s.ratio.median)} | ${ms(s.median.read)} | ${pct(s.readRatio.median)} |`);
    L.push(`| worst | ${PHASES.map((k) => ms(s.worst[k])).join(' | ')} | ${ms(s.worst.walk)} | ${pct(s.ratio.worst)} | ${ms(s.worst.read)} | ${pct(s.readRatio.worst)} |`);
    for (const [label, r] of [[`median page: ${s.medianPage?.page}`, s.medianPage], [STRESS, s.stress]]) {
      if (r) L.push(`| ${label} | ${PHASES.map((k) => ms(r[k])).join(' | ')} | ${ms(r.walk)} | ${pct(r.analysis / r.walk)} | ${ms(r.read)} | ${pct(r.analysis / r.read)} |`);
    }
    L.push('', '<details><summary>Every page</summary>', '');
    L.push(`| page | characters | ${PHASES.join(' | ')} | walk | read |`, `|---|---|${PHASES.map(() => '---').join('|')}|---|---|`);
    for (const r of rows) {
      L.push(r.error ? `| ${r.page} | ${r.error} |` : `| ${r.page} | ${r.chars} | ${PHASES.map((k) => ms(r[k])).join(' | ')} | ${ms(r.walk)} | ${ms(r.read)} |`);
    }
    L.push('', '</details>', '');
  }

  L.push('## Size', '');
  L.push(`- wasm (build/pkg/whosaid_bg.wasm, after wasm-opt -Oz --gufa -Oz): ${kb(size.wasm_raw)} raw, **${kb(size.wasm_gzip)} gzip** (${size.gzip})`);
  for (const p of Object.values(size.packages)) L.push(`- ${p.file}: **${kb(p.bytes)}**`);
  L.push('');
  fs.writeFileSync(opts.out, `${L.join('\n')}\n`);
}

// ---- The run ----------------------------------------------------------------------------

const t0 = Date.now();
const m = machine();
if (!opts['no-build']) {
  log('building (npm run package)…');
  sh('npm', ['run', 'package', '--silent']);
}
fs.mkdirSync(path.join(ROOT, 'build/bench'), { recursive: true });
const pageJson = path.join(ROOT, 'build/bench/stress.page.json');
let native = null;
let wasm = null;
if (!opts['no-core']) {
  log('core, native (cargo bench)…');
  const out = sh('cargo', ['bench', '--quiet', '--bench', 'core_throughput', '--', ...(opts.quick ? ['--quick'] : []), '--page-json', pageJson]);
  native = JSON.parse(out.split('\n').at(-1));
  log('core, wasm in Node…');
  wasm = await benchWasm({ pageJson, passes });
}
const size = sizes();
const browsers = {};
if (!fs.existsSync(CORPUS)) {
  log(`skipped the browsers: ${CORPUS} is absent`);
} else {
  let pages = fs.readdirSync(CORPUS).filter((f) => /\.html?$/.test(f)).sort().map((f) => path.join(CORPUS, f));
  if (opts.quick) pages = [...pages.filter((p) => !p.includes(STRESS)).slice(0, 5), ...pages.filter((p) => p.includes(STRESS))];
  const only = opts.pages.split(',').filter(Boolean);
  if (only.length) pages = pages.filter((p) => only.some((o) => path.basename(p).includes(o)));
  for (const name of opts.browsers.split(',').filter(Boolean)) {
    log(`${name}: ${pages.length} pages…`);
    browsers[name] = await benchBrowser(name, pages);
  }
}
write({ m, native, wasm, size, browsers });
log(`wrote ${path.relative(ROOT, opts.out)} in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
