// The one place that knows Firefox says `browser` and Chrome says `chrome` (both return
// promises in Manifest V3). Only an own property of the global object is the browser's: in
// Chromium's content scripts an element's id is a property of the global too (found on its
// prototype chain), so `<div id="browser">` on a page would make `globalThis.browser` that
// element. Chromium always defines `chrome` as its own.
export const api = Object.hasOwn(globalThis, 'browser') ? globalThis.browser : globalThis.chrome;
