// Drives the built extension in real headless Chromium (Playwright over CDP)
// and Firefox ESR (Selenium over geckodriver) behind one small interface, and
// provides a proxy that blocks and records every request to the outside world.
// How each browser's toolbar click is triggered is measured in
// ../shared/docs/BROWSER-RECIPE.md §3. `browser.eval` runs in the page's own world;
// `browser.panel` and the other panel methods reach WhoSaid's side panel (./sidepanel.mjs).
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';
import { unzipSync } from 'fflate';
import { PNG } from 'pngjs';
import { chromium } from 'playwright-core';
import { Builder, Origin } from 'selenium-webdriver';
import firefox from 'selenium-webdriver/firefox.js';
import { serve } from '../../scripts/static-server.mjs';
import { chromiumPanel, firefoxPanel } from './sidepanel.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SHARED = path.resolve(ROOT, '../shared');
export const GECKO_ID = JSON.parse(fs.readFileSync(path.join(ROOT, 'extension/manifest.json'), 'utf8'))
  .browser_specific_settings.gecko.id;

/** A proxy that answers every request with 403 and logs it: the browsers' only way out. */
export async function startProxy() {
  const log = [];
  const server = http.createServer((req, res) => {
    log.push(`${req.method} ${req.url}`);
    res.writeHead(403).end();
  });
  server.on('connect', (req, socket) => {
    log.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: server.address().port, log, close: () => new Promise((r) => server.close(() => r())) };
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `fn` until it returns a truthy value. */
export async function waitFor(fn, { timeout = 15000, what = 'condition' } = {}) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await fn();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

/**
 * How many pixels of `png` inside the viewport box `rect` are within `tolerance` of the colour
 * `[r, g, b]` (what a highlight paints: its colour blended over the page's).
 */
export function pixelsNear(png, rect, [r, g, b], tolerance = 24) {
  const image = PNG.sync.read(png);
  let n = 0;
  for (let y = Math.max(0, Math.floor(rect.top)); y < Math.min(image.height, Math.ceil(rect.bottom)); y++) {
    for (let x = Math.max(0, Math.floor(rect.left)); x < Math.min(image.width, Math.ceil(rect.right)); x++) {
      const i = (y * image.width + x) * 4;
      if (Math.abs(image.data[i] - r) <= tolerance && Math.abs(image.data[i + 1] - g) <= tolerance && Math.abs(image.data[i + 2] - b) <= tolerance) n++;
    }
  }
  return n;
}

/** Two PNG pictures side by side, the first on the left, with a 1-pixel grey line between. */
function besideEachOther(leftPng, rightPng) {
  const [a, b] = [PNG.sync.read(leftPng), PNG.sync.read(rightPng)];
  const out = new PNG({ width: a.width + 1 + b.width, height: Math.max(a.height, b.height) });
  out.data.fill(0xc9);
  PNG.bitblt(a, out, 0, 0, a.width, a.height, 0, 0);
  PNG.bitblt(b, out, 0, 0, b.width, b.height, a.width + 1, 0);
  return PNG.sync.write(out);
}

/**
 * Chromium with the unpacked extension. The toolbar click is CDP
 * `Extensions.triggerAction` on the tab target: like a real click, it grants activeTab.
 */
export async function launchChromium(extDir, { proxyPort, downloads, colorScheme } = {}) {
  const blockOutside = Boolean(proxyPort); // Firefox goes through the proxy; Chromium needs none
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-chromium-'));
  const args = [
    `--disable-extensions-except=${extDir}`,
    `--load-extension=${extDir}`,
    '--enable-unsafe-extension-debugging',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-features=Translate,OptimizationHints,MediaRouter',
  ];
  // Outside requests fail: no host name but loopback resolves. (Requests are still
  // reported to `requests()` below, which is what the tests check.)
  if (blockOutside) args.push('--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1');
  // (Playwright's colorScheme reaches the tab only: the side panel follows the browser's theme.)
  if (colorScheme === 'dark') args.push('--force-dark-mode');
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 900 },
    ...(colorScheme ? { colorScheme } : {}),
    acceptDownloads: true,
    downloadsPath: downloads,
    args,
  });
  const worker = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  const extId = new URL(worker.url()).host;
  const cdp = await ctx.browser().newBrowserCDPSession();
  const page = ctx.pages()[0] ?? (await ctx.newPage());
  // Every request a page or the extension's service worker starts (the browser's own
  // background traffic is not reported here); extension package files are not network.
  const requests = [];
  ctx.on('request', (r) => {
    if (/^(chrome-extension|data|blob):/.test(r.url())) return;
    requests.push({ url: r.url(), by: r.serviceWorker() ? 'extension' : 'page' });
  });
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && m.text().includes('[whosaid]') && errors.push(m.text()));
  // The window around the tab: as tall as the tab's viewport (the side panel fills its height).
  const { targetInfos: tabs } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  if (tabs[0]) {
    const { windowId } = await cdp.send('Browser.getWindowForTarget', { targetId: tabs[0].targetId }).catch(() => ({}));
    if (windowId) await cdp.send('Browser.setWindowBounds', { windowId, bounds: { width: 1280 + 420, height: 900 + 135 } }).catch(() => {});
  }
  const panel = chromiumPanel(cdp, extId);
  if (downloads) await panel.downloadsTo(downloads);
  return {
    name: 'chromium',
    page,
    errors,
    ...panelMethods(panel, downloads),
    async requests() {
      return [...requests];
    },
    async goto(url) {
      await page.goto(url, { waitUntil: 'load' });
    },
    async eval(fn, ...args) {
      return page.evaluate(({ src, args }) => (0, eval)(`(${src})`)(...args), { src: fn.toString(), args });
    },
    /** Moves the pointer to viewport point (x, y). */
    async hover(x, y) {
      await page.mouse.move(x, y);
    },
    /** Drags with the main button from one viewport point to another. */
    async drag(from, to) {
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 4 });
      await page.mouse.move(to.x, to.y, { steps: 4 });
      await page.mouse.up();
    },
    /** The address of one of the extension's own pages. */
    async extensionUrl(file) {
      return `chrome-extension://${extId}/${file}`;
    },
    /** The addresses of the open tabs other than the test's own, once there are some. */
    async otherTabs() {
      return ctx.pages().filter((p) => p !== page).map((p) => p.url());
    },
    /** Runs `fn(evalThere)` on `url` opened in a new tab, then closes it and comes back. */
    async inNewTab(url, fn) {
      const other = await ctx.newPage();
      try {
        await other.goto(url);
        return await fn((f, ...args) => other.evaluate(({ src, args }) => (0, eval)(`(${src})`)(...args), { src: f.toString(), args }));
      } finally {
        await other.close();
        await page.bringToFront();
      }
    },
    /** Closes every tab but the test's own. */
    async closeOtherTabs() {
      for (const p of ctx.pages()) if (p !== page) await p.close();
      await page.bringToFront();
    },
    /** The text on the clipboard (read by the page, with the permission granted for the test). */
    async readClipboard() {
      await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
      return page.evaluate(() => navigator.clipboard.readText());
    },
    /** Clicks the toolbar action; returns when it was sent (ms since the epoch, for timings). */
    async clickAction() {
      const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
      const tab = targetInfos.find((t) => t.url === page.url());
      if (!tab) throw new Error(`no tab target for ${page.url()}`);
      const at = performance.timeOrigin + performance.now();
      await cdp.send('Extensions.triggerAction', { id: extId, targetId: tab.targetId });
      return at;
    },
    /** The tab's viewport as a PNG (for what the page paints). */
    tabPicture: () => page.screenshot(),
    /**
     * The tab and, when it is open, the side panel beside it, as the browser window shows them
     * (headless Chromium draws the two apart: the pictures are set side by side here).
     */
    async screenshot(file) {
      const tab = await page.screenshot();
      const side = (await panel.isOpen()) ? await panel.screenshot() : null;
      fs.writeFileSync(file, side ? besideEachOther(tab, side) : tab);
    },
    /** The toolbar button's badge text on the active tab. */
    async badge() {
      // (Runs in the service worker, where the extension API is `chrome`.)
      return worker.evaluate(async () => {
        const chrome = globalThis.chrome;
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return chrome.action.getBadgeText({ tabId: tab.id });
      });
    },
    async close() {
      await ctx.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Firefox ESR with the extension as a temporary add-on. The toolbar click goes
 * through the browser's own action code (`triggerAction`), which needs
 * geckodriver's --allow-system-access.
 */
export async function launchFirefox(extDir, { proxyPort, downloads, colorScheme } = {}) {
  const options = new firefox.Options().setBinary('/usr/bin/firefox-esr').addArguments('-headless');
  options.windowSize({ width: 1280, height: 900 });
  if (colorScheme) {
    options.setPreference('layout.css.prefers-color-scheme.content-override', colorScheme === 'dark' ? 0 : 1);
    options.setPreference('ui.systemUsesDarkTheme', colorScheme === 'dark' ? 1 : 0);
  }
  if (downloads) {
    options.setPreference('browser.download.folderList', 2);
    options.setPreference('browser.download.dir', downloads);
    options.setPreference('browser.download.useDownloadDir', true);
    options.setPreference('browser.download.always_ask_before_handling_new_types', false);
    options.setPreference('browser.download.alwaysOpenPanel', false);
  }
  if (proxyPort) {
    for (const [k, v] of Object.entries({
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
      'network.proxy.allow_hijacking_localhost': false,
    })) {
      options.setPreference(k, v);
    }
  }
  const driver = await new Builder()
    .forBrowser('firefox')
    .setFirefoxOptions(options)
    .setFirefoxService(new firefox.ServiceBuilder('geckodriver').addArguments('--allow-system-access'))
    .build();
  const id = await driver.installAddon(extDir, true);
  if (id !== GECKO_ID) throw new Error(`installed ${id}, expected ${GECKO_ID}`);
  // Every HTTP request Firefox opens, with who triggered it: the browser itself (system
  // principal), an add-on (its principal, or a content script's expanded principal) or a page.
  await driver.setContext('chrome');
  await driver.executeScript(`
    const log = (window.__whosaidRequests = []);
    window.__whosaidObserver = {
      observe(subject) {
        try {
          const channel = subject.QueryInterface(Ci.nsIHttpChannel);
          const p = channel.loadInfo?.triggeringPrincipal;
          const by = !p || p.isSystemPrincipal ? 'browser'
            : p.isAddonOrExpandedAddonPrincipal ? 'extension' : 'page';
          log.push({ url: channel.URI.spec, by });
        } catch (e) {
          log.push({ url: String(subject), by: 'unknown' });
        }
      },
    };
    Services.obs.addObserver(window.__whosaidObserver, 'http-on-opening-request');`);
  await driver.setContext('content');
  const panel = firefoxPanel(driver, GECKO_ID);
  return {
    name: 'firefox',
    driver,
    errors: [],
    ...panelMethods(panel, downloads),
    async hover(x, y) {
      await driver.actions().move({ x: Math.round(x), y: Math.round(y), origin: Origin.VIEWPORT }).perform();
    },
    async drag(from, to) {
      const at = (p) => ({ x: Math.round(p.x), y: Math.round(p.y), origin: Origin.VIEWPORT });
      await driver.actions()
        .move(at(from)).press()
        .move({ ...at({ x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 }), duration: 100 })
        .move({ ...at(to), duration: 100 }).release()
        .perform();
    },
    async otherTabs() {
      await driver.setContext('chrome');
      try {
        return await driver.executeScript(`const win = Services.wm.getMostRecentWindow('navigator:browser');
          return win.gBrowser.tabs.filter((t) => t !== win.gBrowser.tabs[0]).map((t) => t.linkedBrowser.currentURI.spec);`);
      } finally {
        await driver.setContext('content');
      }
    },
    async inNewTab(url, fn) {
      const original = await driver.getWindowHandle();
      await driver.switchTo().newWindow('tab');
      try {
        await driver.get(url);
        return await fn((f, ...args) => driver.executeScript(`return (${f.toString()})(...arguments)`, ...args));
      } finally {
        await driver.close();
        await driver.switchTo().window(original);
      }
    },
    async closeOtherTabs() {
      await driver.setContext('chrome');
      try {
        await driver.executeScript(`const win = Services.wm.getMostRecentWindow('navigator:browser');
          for (const t of win.gBrowser.tabs.slice(1)) win.gBrowser.removeTab(t);
          win.gBrowser.selectedTab = win.gBrowser.tabs[0];`);
      } finally {
        await driver.setContext('content');
      }
    },
    /** The text on the clipboard (read by the browser's own window, which needs no permission). */
    async readClipboard() {
      await driver.setContext('chrome');
      try {
        return await driver.executeAsyncScript('navigator.clipboard.readText().then(arguments[0], (e) => arguments[0](`error: ${e}`))');
      } finally {
        await driver.setContext('content');
      }
    },
    async extensionUrl(file) {
      await driver.setContext('chrome');
      try {
        return await driver.executeScript('return WebExtensionPolicy.getByID(arguments[0]).getURL(arguments[1]);', GECKO_ID, file);
      } finally {
        await driver.setContext('content');
      }
    },
    async requests() {
      await driver.setContext('chrome');
      try {
        const all = await driver.executeScript('return window.__whosaidRequests;');
        return all.filter((r) => r.by !== 'browser');
      } finally {
        await driver.setContext('content');
      }
    },
    async goto(url) {
      await driver.get(url);
    },
    async eval(fn, ...args) {
      return driver.executeScript(`return (${fn.toString()})(...arguments)`, ...args);
    },
    /** Clicks the toolbar action; returns when the browser triggered it (ms since the epoch). */
    async clickAction() {
      await driver.setContext('chrome');
      try {
        return await driver.executeScript(
          `const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
           const win = Services.wm.getMostRecentWindow('navigator:browser');
           const ext = WebExtensionPolicy.getByID(arguments[0]).extension;
           const at = performance.timeOrigin + performance.now();
           ExtensionParent.apiManager.global.browserActionFor(ext).triggerAction(win);
           return at;`,
          GECKO_ID,
        );
      } finally {
        await driver.setContext('content');
      }
    },
    /** The tab's viewport as a PNG (for what the page paints). */
    async tabPicture() {
      return Buffer.from(await driver.takeScreenshot(), 'base64');
    },
    /** The browser window: the tab and, when it is open, the sidebar beside it. */
    async screenshot(file) {
      await driver.setContext('chrome');
      try {
        fs.writeFileSync(file, Buffer.from(await driver.takeScreenshot(), 'base64'));
      } finally {
        await driver.setContext('content');
      }
    },
    /** The toolbar button's badge text on the active tab (the browser's own action state). */
    async badge() {
      await driver.setContext('chrome');
      try {
        return await driver.executeScript(
          `const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
           const win = Services.wm.getMostRecentWindow('navigator:browser');
           const ext = WebExtensionPolicy.getByID(arguments[0]).extension;
           const action = ExtensionParent.apiManager.global.browserActionFor(ext).action;
           return action.getProperty(win.gBrowser.selectedTab, 'badgeText') ?? '';`,
          GECKO_ID,
        );
      } finally {
        await driver.setContext('content');
      }
    },
    async close() {
      await driver.quit();
    },
  };
}

/**
 * What the tests do in WhoSaid's side panel (./sidepanel.mjs), the same in both browsers:
 * evaluate there, click, type, choose a file, download.
 */
function panelMethods(panel, downloads) {
  const clickPanel = (selector) => panel.click(selector);
  return {
    /** Runs `fn(...args)` in the side panel's page; its result must be JSON. */
    panel: (fn, ...args) => panel.evaluate(fn, ...args),
    /** The panel's state (working, ready, error, off), or null when the side panel is not open. */
    async panelState() {
      if (!(await panel.isOpen())) return null;
      return panel.evaluate(panelState).catch(() => null);
    },
    panelOpen: () => panel.isOpen(),
    /** Closes the side panel as its own close button does. */
    closePanel: () => panel.close(),
    panelScreenshot: () => panel.screenshot?.(),
    /** Clicks a button in the panel (a real pointer click). */
    clickPanel,
    /** Clicks a panel button that downloads, and returns the file's text. */
    async downloadFrom(selector) {
      if (!downloads) throw new Error('a session with {downloads: true} is needed to download');
      // (Emptied first: a browser may write a file of the same name over the last one.)
      for (const f of fs.readdirSync(downloads)) fs.rmSync(path.join(downloads, f), { force: true, recursive: true });
      await clickPanel(selector);
      // (Firefox may first write the file under a temporary name and rename it:
      // a name seen once can be gone when read, so the read waits for the next.)
      for (let attempt = 0; ; attempt += 1) {
        const file = await waitFor(() => fs.readdirSync(downloads).find((f) => !/\.(part|crdownload)$/.test(f)), {
          what: 'the download',
        });
        await sleep(200);
        try {
          return fs.readFileSync(path.join(downloads, file), 'utf8');
        } catch (e) {
          if (e.code !== 'ENOENT' || attempt >= 20) throw e;
        }
      }
    },
    /** Chooses `file` in the panel's file input `selector`. */
    upload: (selector, file) => panel.upload(selector, file, fs.readFileSync(file, 'utf8')),
    /** Presses a key ('j', 'ArrowDown', 'Tab', 'Escape') where the panel's focus is. */
    press: (key) => panel.press(key),
  };
}

/**
 * Clicks the toolbar action on a page where WhoSaid is off, and waits until it has started
 * there (the side panel shows anything but "off"). Chromium, right after a browser starts, now
 * and then drops a click that `Extensions.triggerAction` delivers (nothing happens at all,
 * about 1 start in 4 here); a click that left no trace (no side panel opened, nothing started)
 * is sent once more. Returns when the click that counted was sent (ms since the epoch).
 */
export async function startWhoSaid(browser) {
  const wasOpen = await browser.panelOpen();
  let clicked = await browser.clickAction();
  const started = async () => {
    const s = await browser.panelState();
    return s && s !== 'off' ? s : null;
  };
  try {
    await waitFor(started, { what: 'WhoSaid to start', timeout: 5000 });
  } catch {
    if (!wasOpen && !(await browser.panelOpen())) clicked = await browser.clickAction();
  }
  return clicked;
}

/** Starts WhoSaid (`startWhoSaid`) and waits for the panel to show the page's analysis; returns its state. */
export async function openPanel(browser, { timeout = 15000 } = {}) {
  await startWhoSaid(browser);
  return waitFor(
    async () => {
      const s = await browser.panelState();
      return s && s !== 'working' && s !== 'off' ? s : null;
    },
    { what: 'the panel', timeout },
  );
}

/** Clicks the toolbar action on a page where WhoSaid is on, and waits until it is off. */
export async function turnOff(browser) {
  await browser.clickAction();
  await waitFor(async () => (await browser.panelState()) === 'off', { what: 'WhoSaid to go off' });
  await waitFor(async () => Object.keys(await browser.eval(highlightTexts)).length === 0, { what: 'the highlights to go' });
}

/** Waits until the page has made no new request for `quiet` ms (its own loads and retries). */
export async function settle(browser, { quiet = 700, timeout = 8000 } = {}) {
  const end = Date.now() + timeout;
  let count = (await browser.requests()).length;
  let since = Date.now();
  while (Date.now() < end) {
    await sleep(100);
    const now = (await browser.requests()).length;
    if (now !== count) {
      count = now;
      since = Date.now();
    } else if (Date.now() - since >= quiet) {
      return;
    }
  }
}

/**
 * The packaged extension the tests install (`npm run package` makes it): the
 * Firefox zip as is (a temporary add-on), the Chrome zip unpacked into a fresh
 * folder (Chromium loads unpacked extensions only from a folder).
 */
export function packaged(browser) {
  const version = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
  const zip = path.join(ROOT, 'dist', `whosaid-${browser}-${version}.zip`);
  if (!fs.existsSync(zip)) throw new Error(`${zip} is missing: run npm run package (npm test does)`);
  if (browser === 'firefox') return zip;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `whosaid-${browser}-package-`));
  for (const [name, bytes] of Object.entries(unzipSync(fs.readFileSync(zip)))) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), bytes);
  }
  return dir;
}

export const BROWSERS = {
  chromium: (opts) => launchChromium(packaged('chrome'), opts),
  firefox: (opts) => launchFirefox(packaged('firefox'), opts),
};

/**
 * For a test suite: before its tests, a loopback server (`serve` options), the
 * blocking proxy and one browser with the extension (with a downloads folder if
 * asked); after them, all closed. Returns the object those land in.
 */
export function session(browserName, serveOptions, { downloads = false, colorScheme } = {}) {
  const s = {};
  before(async () => {
    s.server = await serve(serveOptions);
    s.proxy = await startProxy();
    if (downloads) s.downloads = fs.mkdtempSync(path.join(os.tmpdir(), `whosaid-downloads-${browserName}-`));
    s.browser = await BROWSERS[browserName]({ proxyPort: s.proxy.port, downloads: s.downloads, colorScheme });
  });
  after(async () => {
    await s.browser?.close();
    await s.server?.close();
    await s.proxy?.close();
    if (s.downloads) fs.rmSync(s.downloads, { recursive: true, force: true });
  });
  return s;
}

// ---- What the page shows, read from the page's own world ------------------------------

/** The text of the focus highlight and whether it is in the viewport, once it is. */
export function focusInView() {
  const highlight = CSS.highlights.get('whosaid-focus');
  if (!highlight) return null;
  const [range] = [...highlight];
  const rect = range.getBoundingClientRect();
  return { text: range.toString(), inView: rect.top >= 0 && rect.bottom <= innerHeight };
}

/** In the panel: scrolls it to its Sources section. */
export function showSources() {
  document.querySelector('whosaid-panel').shadowRoot.querySelector('[data-sources]').scrollIntoView({ block: 'start' });
}

/** In the page: scrolls to the first flagged claim. */
export function showFirstClaim() {
  const claim = [...(CSS.highlights.get('whosaid-claim') ?? [])][0];
  claim?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
}

/** Scrolls the first range of highlight `name` containing `text` into view; returns a point on it. */
export function pointOn(name, text) {
  const range = [...CSS.highlights.get(name)].find((r) => r.toString().includes(text));
  range.startContainer.parentElement.scrollIntoView({ block: 'center' });
  const box = range.getClientRects()[0];
  return { x: box.left + Math.min(box.width / 2, 20), y: box.top + box.height / 2 };
}

/** Whether the panel shows an item's details (on hover or when chosen). */
export const detailsShown = () => document.querySelector('whosaid-panel')?.shadowRoot.querySelector('.details')?.hidden === false;

/** Whether the options page has read the settings and drawn itself. */
export const optionsReady = () => document.body?.dataset.ready === 'true';

/** The state of the WhoSaid panel host, or null when there is none. */
export const panelState = () => document.querySelector('whosaid-panel')?.dataset.state ?? null;

/** The text of every range of each WhoSaid highlight. */
export function highlightTexts() {
  const out = {};
  for (const [name, highlight] of CSS.highlights) {
    if (name.startsWith('whosaid-')) out[name] = [...highlight].map((r) => r.toString());
  }
  return out;
}

/** What the panel lists: speakers with their quotes, reported speech, and the source links. */
export function panelContent() {
  const root = document.querySelector('whosaid-panel')?.shadowRoot;
  if (!root) return null;
  return {
    state: root.host.dataset.state,
    summary: root.querySelector('.summary')?.textContent ?? '',
    error: root.querySelector('.error')?.textContent ?? null,
    speakers: [...root.querySelectorAll('[data-speaker]')].map((g) => ({
      name: g.dataset.speaker,
      quotes: [...g.querySelectorAll('[data-quote]')].map((b) => b.title),
    })),
    // Reported speech: its section's groups, then what unnamed sources are reported to have said
    // (listed in their own section).
    reported: [
      ...[...root.querySelectorAll('[data-reported-speaker]')].map((g) => [g.dataset.reportedSpeaker, g.querySelectorAll('[data-quote]')]),
      ...[...root.querySelectorAll('[data-unnamed-speaker]')].map((g) => [g.dataset.unnamedSpeaker, g.querySelectorAll('[data-quote][data-kind="indirect"]')]),
    ].filter(([, items]) => items.length).map(([name, items]) => ({
      name,
      items: [...items].map((b) => ({ text: b.title, meta: b.querySelector('.meta')?.textContent ?? '' })),
    })),
    links: [...root.querySelectorAll('[data-link]')].map((b) => ({
      href: b.dataset.href,
      relation: b.dataset.relation,
      kind: b.dataset.kind,
      meta: b.querySelector('.meta')?.textContent ?? '',
    })),
    kindCounts: root.querySelector('[data-kind-counts]')?.textContent ?? null,
    relationCounts: root.querySelector('[data-relation-counts]')?.textContent ?? null,
    claims: [...root.querySelectorAll('[data-claim]')].map((b) => b.title),
  };
}

/** The whole document serialised: WhoSaid adds nothing to it (its panel is the browser's side panel). */
export const pageDom = () => document.documentElement.outerHTML;

/** The whole document serialised. */
export const fullDom = () => document.documentElement.outerHTML;

/** Elements a WhoSaid panel would be hosted in: none on a page. */
export const whosaidHosts = () =>
  [...document.querySelectorAll('whosaid-panel')].map((el) => el.parentElement?.localName ?? null);
