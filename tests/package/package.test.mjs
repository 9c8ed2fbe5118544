// The store packages (`npm run package`): one version everywhere, only allowed
// files, small enough, and addons-linter (what `web-ext lint` runs) without errors
// and without warnings other than those docs/permissions.md explains.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { unzipSync } from 'fflate';
import { ALLOWED, BROWSERS, VERSION, lintFirefox, packagePath } from '../../scripts/package.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const read = (browser) => unzipSync(fs.readFileSync(packagePath(browser)));

test('one version: package.json, Cargo.toml and both manifests', () => {
  const cargo = fs.readFileSync(path.join(ROOT, 'Cargo.toml'), 'utf8').match(/^version = "([^"]+)"/m)[1];
  assert.equal(cargo, VERSION);
  for (const browser of BROWSERS) {
    const manifest = JSON.parse(new TextDecoder().decode(read(browser)['manifest.json']));
    assert.equal(manifest.version, VERSION, browser);
  }
});

test('the packages hold only the extension: allow-listed files, no test data, no source maps', () => {
  for (const browser of BROWSERS) {
    const names = Object.keys(read(browser));
    for (const name of names) assert.ok(ALLOWED.some((re) => re.test(name)), `${browser}: ${name}`);
    assert.ok(!names.some((n) => /\.map$|shared|corpus|seed|golden|eval/.test(n)), names.join(', '));
    for (const needed of ['manifest.json', 'background.js', 'content.js', 'pkg/whosaid_bg.wasm', 'icons/icon-128.png']) {
      assert.ok(names.includes(needed), `${browser} lacks ${needed}`);
    }
    assert.ok(fs.statSync(packagePath(browser)).size <= 1024 * 1024, `${browser} package over 1 MB`);
  }
});

test('manifests: icons, minimal permissions, each browser\'s side panel, Firefox declares no data collection', () => {
  for (const browser of BROWSERS) {
    const files = read(browser);
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json']));
    for (const size of ['16', '32', '48', '96', '128']) assert.ok(files[manifest.icons[size]], `${browser} icon ${size}`);
    // (Chromium's side panel needs its permission; Firefox's sidebar needs none.)
    assert.deepEqual([...manifest.permissions].sort(), browser === 'chrome' ? ['activeTab', 'scripting', 'sidePanel', 'storage'] : ['activeTab', 'scripting', 'storage']);
    assert.equal(manifest.host_permissions, undefined);
    // Each browser's panel key, and not the other's, naming a page the package holds.
    const panel = browser === 'chrome' ? manifest.side_panel?.default_path : manifest.sidebar_action?.default_panel;
    assert.ok(panel && files[panel], `${browser} side panel page ${panel}`);
    assert.equal(browser === 'chrome' ? manifest.sidebar_action : manifest.side_panel, undefined);
    if (browser === 'firefox') assert.equal(manifest.sidebar_action.open_at_install, false);
    if (browser === 'firefox') {
      assert.deepEqual(manifest.browser_specific_settings.gecko.data_collection_permissions, { required: ['none'] });
      assert.ok(manifest.browser_specific_settings.gecko.id);
    }
  }
});

test('addons-linter: no error, and only the warnings docs/permissions.md explains', async () => {
  const { errors, warnings } = await lintFirefox(packagePath('firefox'));
  assert.deepEqual(errors.map((e) => `${e.code}: ${e.message}`), []);
  const doc = fs.readFileSync(path.join(ROOT, 'docs/permissions.md'), 'utf8');
  for (const w of warnings) assert.ok(doc.includes(w.code), `warning ${w.code} is not explained in docs/permissions.md`);
});
