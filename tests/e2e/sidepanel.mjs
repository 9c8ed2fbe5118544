// The tests' hands and eyes in WhoSaid's side panel, which is an extension page outside
// the tab: the article's scripts cannot reach it, and neither can the usual page-level
// test APIs. Each browser's way in is a privileged one that pages never have:
// - Chromium: the side panel is a target of the DevTools protocol; the tests attach to
//   it and evaluate, click (Input.dispatchMouseEvent: real, trusted input), type and
//   choose files (DOM.setFileInputFiles) there.
// - Firefox: the sidebar's extension page runs in its own process; a frame script
//   (chrome code, through geckodriver's --allow-system-access) evaluates in a sandbox
//   over its window, types with nsITextInputProcessor (real, trusted key events; a button
//   or checkbox is "clicked" by focusing it and pressing Space), and sets an input's files.
// Every selector is looked up inside the panel's shadow root (`whosaid-panel`).

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Finds `selector` in the panel and scrolls it into view; returns its centre, in the panel's
 * viewport, once two frames in a row agree on where it is (a list may still be growing).
 */
async function centreOf(selector) {
  const root = document.querySelector('whosaid-panel')?.shadowRoot;
  const el = root?.querySelector(selector);
  if (!el) return null;
  let last = null;
  for (let i = 0; i < 20; i++) {
    el.scrollIntoView({ block: 'center' });
    await new Promise((resolve) => requestAnimationFrame(() => resolve()));
    const r = el.getBoundingClientRect();
    const at = { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    const hit = root.elementFromPoint(at.x, at.y);
    if (last && last.x === at.x && last.y === at.y && (hit === el || el.contains(hit))) return at;
    last = at;
  }
  return last;
}

const KEYS = {
  j: { key: 'j', code: 'KeyJ', keyCode: 74, text: 'j' },
  k: { key: 'k', code: 'KeyK', keyCode: 75, text: 'k' },
  ArrowDown: { key: 'ArrowDown', code: 'ArrowDown', keyCode: 40 },
  ArrowUp: { key: 'ArrowUp', code: 'ArrowUp', keyCode: 38 },
  Tab: { key: 'Tab', code: 'Tab', keyCode: 9 },
  Escape: { key: 'Escape', code: 'Escape', keyCode: 27 },
  Enter: { key: 'Enter', code: 'Enter', keyCode: 13, text: '\r' },
};

const keyOf = (key) => {
  const k = KEYS[key];
  if (!k) throw new Error(`no key ${key} in the side panel driver`);
  return k;
};

/**
 * Chromium: the side panel page as a DevTools target of the browser session `cdp`
 * (Playwright's), found by its address.
 */
export function chromiumPanel(cdp, extId) {
  const url = `chrome-extension://${extId}/sidepanel.html`;
  let attached = null; // {targetId, sessionId}
  let nextId = 0;
  const waiting = new Map();
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    if (e.sessionId !== attached?.sessionId) return;
    const m = JSON.parse(e.message);
    if (m.id && waiting.has(m.id)) {
      waiting.get(m.id)(m);
      waiting.delete(m.id);
    }
  });
  cdp.on('Target.detachedFromTarget', (e) => {
    if (e.sessionId === attached?.sessionId) attached = null;
  });

  async function target() {
    const { targetInfos } = await cdp.send('Target.getTargets');
    return targetInfos.find((t) => t.url.startsWith(url)) ?? null;
  }

  async function attach() {
    const t = await target();
    if (!t) return null;
    if (attached?.targetId === t.targetId) return attached;
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: t.targetId, flatten: false });
    attached = { targetId: t.targetId, sessionId };
    return attached;
  }

  async function send(method, params = {}) {
    const a = await attach();
    if (!a) throw new Error('the side panel is not open');
    const id = ++nextId;
    const answer = new Promise((resolve) => waiting.set(id, resolve));
    await cdp.send('Target.sendMessageToTarget', { sessionId: a.sessionId, message: JSON.stringify({ id, method, params }) });
    const m = await answer;
    if (m.error) throw new Error(`${method}: ${m.error.message}`);
    return m.result;
  }

  async function evaluate(fn, ...args) {
    const r = await send('Runtime.evaluate', {
      expression: `(${fn.toString()})(...${JSON.stringify(args)})`, returnByValue: true, awaitPromise: true,
    });
    if (r.exceptionDetails) throw new Error(`in the side panel: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
    return r.result.value;
  }

  return {
    /** Whether the side panel is open (its page exists). */
    async isOpen() {
      return Boolean(await target());
    },
    evaluate,
    async click(selector) {
      const at = await evaluate(centreOf, selector);
      if (!at) throw new Error(`no ${selector} in the side panel`);
      for (const type of ['mouseMoved', 'mousePressed', 'mouseReleased']) {
        await send('Input.dispatchMouseEvent', { type, x: at.x, y: at.y, button: type === 'mouseMoved' ? 'none' : 'left', clickCount: 1 });
      }
    },
    async press(key) {
      const k = keyOf(key);
      const common = { key: k.key, code: k.code, windowsVirtualKeyCode: k.keyCode, nativeVirtualKeyCode: k.keyCode };
      await send('Input.dispatchKeyEvent', { type: k.text ? 'keyDown' : 'rawKeyDown', ...common, ...(k.text ? { text: k.text } : {}) });
      await send('Input.dispatchKeyEvent', { type: 'keyUp', ...common });
    },
    async upload(selector, file) {
      const r = await send('Runtime.evaluate', {
        expression: `document.querySelector('whosaid-panel').shadowRoot.querySelector(${JSON.stringify(selector)})`,
      });
      if (!r.result.objectId) throw new Error(`no ${selector} in the side panel`);
      await send('DOM.setFileInputFiles', { files: [file], objectId: r.result.objectId });
    },
    /** Where downloads from the panel go. */
    async downloadsTo(dir) {
      await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: dir, eventsEnabled: true });
    },
    async screenshot() {
      const { data } = await send('Page.captureScreenshot', { format: 'png' });
      return Buffer.from(data, 'base64');
    },
    /** Closes the side panel, as its own close button does. */
    async close() {
      const t = await target();
      if (t) await cdp.send('Target.closeTarget', { targetId: t.targetId });
    },
  };
}

/**
 * Runs in the sidebar's extension page process (a frame script, chrome code): answers
 * `whosaid-test:*` messages. Evaluation is in a sandbox over the page's window, as a
 * content script's is.
 */
const AGENT = `
const reply = (id, data) => sendAsyncMessage('whosaid-test:result', { id, ...data });
const find = (selector) => content.document.querySelector('whosaid-panel')?.shadowRoot?.querySelector(selector) ?? null;
addMessageListener('whosaid-test:eval', async ({ data: { id, src, args } }) => {
  try {
    const sandbox = Cu.Sandbox(content, { sandboxPrototype: content, wantXrays: true, sameZoneAs: content });
    const fn = Cu.evalInSandbox('(' + src + ')', sandbox);
    let value = fn(...Cu.cloneInto(args, sandbox));
    if (value && typeof value.then === 'function') value = await value;
    reply(id, { value: JSON.stringify(value === undefined ? null : value) });
  } catch (e) {
    reply(id, { error: String((e && e.stack) || e) });
  }
});
addMessageListener('whosaid-test:click', ({ data: { id, selector } }) => {
  try {
    const el = find(selector);
    if (!el) throw new Error('no ' + selector + ' in the side panel');
    // Focused, then Space: the browser itself clicks it, as for the reader's own key, with
    // the user activation a click brings (the clipboard asks for it). (Firefox ESR 153 has no
    // windowUtils.sendMouseEvent any more.)
    el.focus();
    const tip = Cc['@mozilla.org/text-input-processor;1'].createInstance(Ci.nsITextInputProcessor);
    if (!tip.beginInputTransactionForTests(content)) throw new Error('no input transaction');
    const event = new content.KeyboardEvent('', { key: ' ', code: 'Space', keyCode: 32 });
    tip.keydown(event);
    tip.keyup(event);
    reply(id, { value: 'null' });
  } catch (e) {
    reply(id, { error: String(e) });
  }
});
addMessageListener('whosaid-test:key', ({ data: { id, key, code, keyCode } }) => {
  try {
    const tip = Cc['@mozilla.org/text-input-processor;1'].createInstance(Ci.nsITextInputProcessor);
    if (!tip.beginInputTransactionForTests(content)) throw new Error('no input transaction');
    const event = new content.KeyboardEvent('', { key, code, keyCode });
    tip.keydown(event);
    tip.keyup(event);
    reply(id, { value: 'null' });
  } catch (e) {
    reply(id, { error: String(e) });
  }
});
addMessageListener('whosaid-test:files', ({ data: { id, selector, name, type, text } }) => {
  try {
    const input = find(selector);
    if (!input) throw new Error('no ' + selector + ' in the side panel');
    input.mozSetFileArray([new content.File([text], name, { type })]);
    input.dispatchEvent(new content.Event('input', { bubbles: true }));
    input.dispatchEvent(new content.Event('change', { bubbles: true }));
    reply(id, { value: 'null' });
  } catch (e) {
    reply(id, { error: String(e) });
  }
});
`;

/** Firefox: the sidebar's extension page, reached from chrome code (`driver` in chrome context). */
export function firefoxPanel(driver, extensionId) {
  const inChrome = async (script, ...args) => {
    await driver.setContext('chrome');
    try {
      return await driver.executeAsyncScript(script, ...args);
    } finally {
      await driver.setContext('content');
    }
  };
  // Sends one message to the agent in the sidebar's page (loading it there first), and
  // waits for the answer.
  const ask = async (kind, payload) => {
    const answer = await inChrome(`
      const [agent, kind, payload, extensionId, done] = arguments;
      const win = Services.wm.getMostRecentWindow('navigator:browser');
      const inner = win.SidebarController?.isOpen
        ? win.SidebarController.browser.contentDocument?.getElementById('webext-panels-browser') : null;
      const policy = WebExtensionPolicy.getByID(extensionId);
      if (!inner || !inner.currentURI?.spec.startsWith(policy.getURL('sidepanel.html'))) return done({ error: 'the side panel is not open' });
      const mm = inner.messageManager;
      // (Input goes to the focused browser: the side panel takes the focus for it, as the
      // reader's click would give it.)
      if (kind === 'click' || kind === 'key') inner.focus();
      win.__whosaidAgents ??= new WeakSet();
      if (!win.__whosaidAgents.has(mm)) {
        mm.loadFrameScript('data:,' + encodeURIComponent(agent), false);
        win.__whosaidAgents.add(mm);
      }
      const id = Math.random();
      const listener = ({ data }) => {
        if (data.id !== id) return;
        mm.removeMessageListener('whosaid-test:result', listener);
        clearTimeout(timer);
        done(data);
      };
      const timer = setTimeout(() => {
        mm.removeMessageListener('whosaid-test:result', listener);
        done({ error: 'the side panel did not answer' });
      }, 20000);
      mm.addMessageListener('whosaid-test:result', listener);
      mm.sendAsyncMessage('whosaid-test:' + kind, { id, ...payload });`, AGENT, kind, payload, extensionId);
    if (answer.error) throw new Error(`in the side panel: ${answer.error}`);
    return JSON.parse(answer.value);
  };
  const evaluate = (fn, ...args) => ask('eval', { src: fn.toString(), args });
  return {
    async isOpen() {
      return inChrome(`const [extensionId, done] = arguments;
        const win = Services.wm.getMostRecentWindow('navigator:browser');
        const inner = win.SidebarController?.isOpen
          ? win.SidebarController.browser.contentDocument?.getElementById('webext-panels-browser') : null;
        done(Boolean(inner?.currentURI?.spec.startsWith(WebExtensionPolicy.getByID(extensionId).getURL('sidepanel.html'))));`, extensionId);
    },
    evaluate,
    async click(selector) {
      const at = await evaluate(centreOf, selector);
      if (!at) throw new Error(`no ${selector} in the side panel`);
      await ask('click', { selector });
    },
    async press(key) {
      const k = keyOf(key);
      await ask('key', { key: k.key, code: k.code, keyCode: k.keyCode });
    },
    async upload(selector, file, text) {
      const name = file.split('/').pop();
      await ask('files', { selector, name, type: name.endsWith('.jsonld') ? 'application/ld+json' : 'application/json', text });
    },
    async downloadsTo() {},
    async close() {
      await inChrome(`const [done] = arguments;
        Services.wm.getMostRecentWindow('navigator:browser').SidebarController.hide();
        done(null);`);
      await sleep(200);
    },
  };
}
