// The one place that knows Firefox says `browser` and Chrome says `chrome`
// (both return promises in Manifest V3).
export const api = globalThis.browser ?? globalThis.chrome;
