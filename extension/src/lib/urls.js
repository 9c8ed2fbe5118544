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

/**
 * An absolute http(s) address for the JSON export, or null: `value` as the report
 * has it when it holds no character a URL may not show raw (white space, control
 * characters, quotes, angle brackets, backslash, braces, `|`, `^`, backtick), so a link
 * to `…/wiki/Affäre` stays so, not `…/wiki/Aff%C3%A4re`; else `httpUrl`'s
 * normalised form.
 */
export function httpAddress(value, max = 8192) {
  const url = httpUrl(value, max);
  // eslint-disable-next-line no-control-regex
  return url === null || /[\s\u0000-\u001f\u007f"'<>\\{}|^`]/u.test(value) ? url : value;
}

/** The host name of an http(s) address, or ''. */
export function hostOf(value) {
  const href = httpUrl(value);
  return href ? new URL(href).hostname : '';
}
