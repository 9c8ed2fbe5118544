#!/usr/bin/env node
// npm run package: the store packages, from the builds in build/ (`npm run build`):
//   dist/whosaid-chrome-<version>.zip    for the Chrome Web Store (or "Load unpacked" after unzipping)
//   dist/whosaid-firefox-<version>.zip   for addons.mozilla.org (or about:debugging, "Load Temporary Add-on")
// Each holds only the files on the allow-list below, with fixed timestamps (the same
// build gives the same bytes). The Firefox package is checked with addons-linter, the
// linter `web-ext lint` runs: any error fails; the warnings left are explained in
// docs/permissions.md.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'dist');
export const VERSION = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
export const BROWSERS = ['chrome', 'firefox'];

/** Every file a package may hold: the extension, its core and its icons; nothing else. */
export const ALLOWED = [
  /^manifest\.json$/,
  /^background\.js$/,
  /^content\.js$/,
  /^highlight\.css$/,
  /^pkg\/whosaid_bg\.wasm$/,
  /^icons\/icon-(16|32|48|96|128)\.png$/,
  /^_locales\/[a-z]{2}(_[A-Z]{2})?\/messages\.json$/,
  /^options\.(html|js|css)$/,
  /^sidepanel\.(html|js|css)$/,
];

export const packagePath = (browser) => path.join(DIST, `whosaid-${browser}-${VERSION}.zip`);

/** The files under `dir`, as paths relative to it with `/` separators. */
function files(dir, prefix = '') {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}

/** Zips build/<browser> into dist/, refusing any file off the allow-list. */
export function pack(browser) {
  const dir = path.join(ROOT, 'build', browser);
  if (!fs.existsSync(path.join(dir, 'manifest.json'))) {
    throw new Error(`${dir} is not built: run npm run build first`);
  }
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
  if (manifest.version !== VERSION) {
    throw new Error(`build/${browser} is version ${manifest.version}, package.json says ${VERSION}: rebuild`);
  }
  const entries = {};
  const mtime = new Date('2024-01-01T00:00:00Z');
  for (const name of files(dir).sort()) {
    if (!ALLOWED.some((re) => re.test(name))) throw new Error(`build/${browser}/${name} is not on the package allow-list`);
    entries[name] = [fs.readFileSync(path.join(dir, name)), { mtime, level: name.endsWith('.png') ? 0 : 9 }];
  }
  fs.mkdirSync(DIST, { recursive: true });
  const out = packagePath(browser);
  fs.writeFileSync(out, zipSync(entries));
  return out;
}

/** addons-linter's findings on a Firefox package: {errors, warnings, notices}. */
export async function lintFirefox(file) {
  const { createInstance } = await import('addons-linter');
  const linter = createInstance({
    config: { _: [file], logLevel: 'fatal', stack: false, pretty: false, warningsAsErrors: false, metadata: false, output: 'none', boring: true, selfHosted: false, privileged: false },
    runAsBinary: false,
  });
  const result = await linter.run();
  return { errors: result.errors, warnings: result.warnings, notices: result.notices };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const browser of BROWSERS) {
    const file = pack(browser);
    console.log(`[package] ${path.relative(ROOT, file)}: ${(fs.statSync(file).size / 1024).toFixed(0)} KB`);
  }
  const lint = await lintFirefox(packagePath('firefox'));
  for (const w of lint.warnings) console.log(`[package] addons-linter warning ${w.code}: ${w.message}`);
  console.log(`[package] addons-linter: ${lint.errors.length} errors, ${lint.warnings.length} warnings, ${lint.notices.length} notices`);
  if (lint.errors.length) {
    for (const e of lint.errors) console.error(`[package] addons-linter error ${e.code}: ${e.message} (${e.file ?? ''})`);
    process.exit(1);
  }
}
