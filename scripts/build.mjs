#!/usr/bin/env node
// Builds everything from source into build/:
//   build/pkg/        the wasm core (cargo -> wasm-bindgen --target web -> wasm-opt -Oz --gufa -Oz)
//   build/chrome/     the extension for Chromium (manifest: service_worker), with its options page and _locales
//   build/firefox/    the extension for Firefox (manifest: background.scripts + gecko settings)
//   build/www/        the demo page
// One source (extension/manifest.json, extension/src/), patched per browser here.
// wasm-opt is the npm `binaryen` package's: Debian's binaryen 108 corrupts wasm-bindgen output.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BUILD = path.join(ROOT, 'build');
const PKG = path.join(BUILD, 'pkg');
const version = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', ...opts });
  if (r.status !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} failed${r.error ? `: ${r.error.message}` : ''}`);
  }
}

function cargoVersion() {
  const toml = fs.readFileSync(path.join(ROOT, 'Cargo.toml'), 'utf8');
  return toml.match(/^version = "([^"]+)"/m)[1];
}

function lockedBindgenVersion() {
  const lock = fs.readFileSync(path.join(ROOT, 'Cargo.lock'), 'utf8');
  return lock.match(/name = "wasm-bindgen"\nversion = "([^"]+)"/)[1];
}

const sha256 = (file) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

function buildWasm() {
  const want = lockedBindgenVersion();
  const have = spawnSync('wasm-bindgen', ['--version'], { encoding: 'utf8' }).stdout?.trim();
  if (have !== `wasm-bindgen ${want}`) {
    throw new Error(`wasm-bindgen ${want} is needed (found: ${have || 'none'}); run: npm run setup`);
  }
  run('cargo', ['build', '--lib', '--profile', 'wasm', '--target', 'wasm32-unknown-unknown']);
  const raw = path.join(BUILD, 'wasm-bindgen');
  fs.rmSync(raw, { recursive: true, force: true });
  run('wasm-bindgen', [
    '--target', 'web', '--no-typescript', '--out-dir', raw,
    path.join(ROOT, 'target/wasm32-unknown-unknown/wasm/whosaid.wasm'),
  ]);
  fs.mkdirSync(PKG, { recursive: true });
  fs.copyFileSync(path.join(raw, 'whosaid.js'), path.join(PKG, 'whosaid.js'));
  // -Oz, then GUFA (whole-program flow analysis: constants and unreachable code across
  // functions) and -Oz once more: ~1 KB gzip less than -Oz alone for ~5 s. --low-memory-unused:
  // nothing lives in the first 1 KB of memory (Rust's stack comes first and grows down from
  // 1 MB), so constant offsets fold into loads and stores: ~2.7 KB gzip. The producers and
  // target-features sections are for tools, not browsers (docs/performance.md, "The wasm's size").
  const opt = ['--low-memory-unused', '-Oz', '--gufa', '-Oz', '--strip-producers', '--strip-target-features'];
  // wasm-opt takes ~15 s: skip it when wasm-bindgen's output and the options did not change.
  const source = `${sha256(path.join(raw, 'whosaid_bg.wasm'))} ${opt.join(' ')}`;
  const stamp = path.join(PKG, '.source-sha256');
  const out = path.join(PKG, 'whosaid_bg.wasm');
  if (fs.existsSync(out) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === source) return;
  run(path.join(ROOT, 'node_modules/.bin/wasm-opt'), [...opt, path.join(raw, 'whosaid_bg.wasm'), '-o', out]);
  fs.writeFileSync(stamp, source);
}

/** The manifest for one browser, from the one source manifest. */
function manifestFor(browser) {
  const m = JSON.parse(fs.readFileSync(path.join(ROOT, 'extension/manifest.json'), 'utf8'));
  m.version = version;
  if (browser === 'chrome') {
    delete m.background.scripts;
    delete m.browser_specific_settings;
    delete m.author; // (Chrome reads `author` as an object with an email; the store asks elsewhere.)
    delete m.sidebar_action; // (Chromium's side panel is `side_panel`, with the sidePanel permission.)
  } else {
    delete m.background.service_worker;
    delete m.side_panel; // (Firefox's is `sidebar_action`, which needs no permission.)
    m.permissions = m.permissions.filter((p) => p !== 'sidePanel');
  }
  return m;
}

async function buildExtension(browser) {
  const out = path.join(BUILD, browser);
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(path.join(out, 'pkg'), { recursive: true });
  const common = {
    bundle: true,
    target: browser === 'chrome' ? 'chrome120' : 'firefox140',
    legalComments: 'none',
    logLevel: 'warning',
    alias: { 'whosaid-wasm': path.join(PKG, 'whosaid.js') },
  };
  await esbuild.build({
    ...common,
    entryPoints: [path.join(ROOT, 'extension/src/content.js')],
    outfile: path.join(out, 'content.js'),
    format: 'iife',
  });
  await esbuild.build({
    ...common,
    entryPoints: [path.join(ROOT, 'extension/src/background.js')],
    outfile: path.join(out, 'background.js'),
    format: 'esm',
  });
  for (const page of ['options', 'sidepanel']) {
    await esbuild.build({
      ...common,
      entryPoints: [path.join(ROOT, `extension/src/${page}.js`)],
      outfile: path.join(out, `${page}.js`),
      format: 'esm',
    });
    for (const ext of ['html', 'css']) fs.copyFileSync(path.join(ROOT, `extension/src/${page}.${ext}`), path.join(out, `${page}.${ext}`));
  }
  fs.cpSync(path.join(ROOT, 'extension/_locales'), path.join(out, '_locales'), { recursive: true });
  fs.copyFileSync(path.join(PKG, 'whosaid_bg.wasm'), path.join(out, 'pkg/whosaid_bg.wasm'));
  // The icons the manifest names, rendered from extension/icons/whosaid.svg (npm run icons).
  fs.mkdirSync(path.join(out, 'icons'), { recursive: true });
  for (const f of fs.readdirSync(path.join(ROOT, 'extension/icons')).filter((f) => f.endsWith('.png'))) {
    fs.copyFileSync(path.join(ROOT, 'extension/icons', f), path.join(out, 'icons', f));
  }
  fs.writeFileSync(path.join(out, 'manifest.json'), `${JSON.stringify(manifestFor(browser), null, 2)}\n`);
}

async function buildWww() {
  const out = path.join(BUILD, 'www');
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(path.join(out, 'pkg'), { recursive: true });
  await esbuild.build({
    entryPoints: [path.join(ROOT, 'www/app.js')],
    outfile: path.join(out, 'app.js'),
    bundle: true,
    format: 'esm',
    target: 'es2022',
    legalComments: 'none',
    logLevel: 'warning',
    alias: { 'whosaid-wasm': path.join(PKG, 'whosaid.js') },
  });
  for (const f of ['index.html', 'style.css', 'favicon.svg', 'sample-article.html']) {
    fs.copyFileSync(path.join(ROOT, 'www', f), path.join(out, f));
  }
  fs.copyFileSync(path.join(PKG, 'whosaid_bg.wasm'), path.join(out, 'pkg/whosaid_bg.wasm'));
}

const t0 = Date.now();
if (cargoVersion() !== version) {
  throw new Error(`Cargo.toml version ${cargoVersion()} differs from package.json ${version}: keep them equal`);
}
buildWasm();
await Promise.all([buildExtension('chrome'), buildExtension('firefox'), buildWww()]);
const kb = (f) => `${(fs.statSync(f).size / 1024).toFixed(0)} KB`;
console.log(
  `[build] whosaid ${version}: wasm ${kb(path.join(PKG, 'whosaid_bg.wasm'))}; ` +
    `build/chrome, build/firefox, build/www in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
);
