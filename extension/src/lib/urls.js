// Addresses that the exports may write as links and the import may keep.

/**
 * `value` as an absolute http(s) address (normalised by the URL parser: no raw
 * spaces, quotes or angle brackets), or null for anything else (`javascript:`,
 * `data:`, `file:`, relative, not a string, longer than `max`).
 */
export function httpUrl(value, max = 8192) {
  if (typeof value !== 'string' || value.length > max) return null;
  let url;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}

/** The host name of an http(s) address, or ''. */
export function hostOf(value) {
  const href = httpUrl(value);
  return href ? new URL(href).hostname : '';
}
