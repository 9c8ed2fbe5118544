// A small static file server on loopback, for the demo (`npm start`) and the
// end-to-end tests. It logs every request it receives, so a test can prove
// nothing was fetched while WhoSaid ran.
//
// Any web page open in the user's browser can send requests here, and a page
// on a name that re-resolves to 127.0.0.1 (DNS rebinding) could read the
// answers. So it answers only what it was given, and nothing else:
// - Host must be loopback at this server's port: 127.0.0.1, localhost or [::1]
//   (any case; the port may be left out only when it is 80). Any other name gets
//   421 Misdirected Request: this server is not that host, and a rebinding
//   page's requests carry the page's own name. No Host, or two: 400.
// - GET and HEAD only; anything else gets 405 (with Allow).
// - The request target is origin-form (/path?query), or absolute-form naming
//   http://<loopback>:<port> (HTTP/1.1 servers must accept it); absolute-form
//   naming anything else gets 421 like a foreign Host. Longer than MAX_TARGET: 414.
// - The path must be plain: RFC 3986 path characters only (no backslash, no
//   "#", nothing non-ASCII unencoded), well-formed percent-encoding of UTF-8, no
//   empty, "." or ".." segment (raw or encoded), and no decoded "/", "\" or
//   control character (NUL included). Anything else gets 400.
// - Files are the `files` map (by decoded path, exactly) or regular files under
//   `root` whose real path (symlinks resolved) is still under root's real path.
//   Anything else gets 404.
// - A failure inside the handler answers 500 (or drops the connection if the
//   answer had begun); it never reaches the process.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** Longest request target answered (UTF-16 units of the raw target); Node answers 431 past ~16 KB itself. */
export const MAX_TARGET = 4096;

/** A path of RFC 3986 path characters: unreserved, sub-delims, ":", "@", "/" and "%" (checked when decoded). */
const PATH_CHARS = /^[A-Za-z0-9\-._~!$&'()*+,;=:@%/]*$/;
/** What no decoded segment may hold: a separator, or a C0 or DEL control character (NUL included). */
// eslint-disable-next-line no-control-regex
const BAD_DECODED = /[/\\\u0000-\u001f\u007f]/;
const LOOPBACK = ['127.0.0.1', 'localhost', '[::1]'];
const METHODS = new Set(['GET', 'HEAD']);
// Open without following a final symlink (files under root were resolved already), and without
// blocking on a FIFO; both flags are absent on Windows, where they are skipped.
const { O_RDONLY, O_NOFOLLOW = 0, O_NONBLOCK = 0 } = fs.constants;

class Refusal extends Error {
  constructor(status, message, headers = {}) {
    super(message);
    this.status = status;
    this.headers = headers;
  }
}

/** The URL path a request target names, decoded (e.g. "/news/a b.html"), or a Refusal. */
function targetPath(target, isLoopback) {
  if (target.length > MAX_TARGET) throw new Refusal(414, 'request target too long');
  let rest = target;
  if (!target.startsWith('/')) {
    const absolute = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)(.*)$/is.exec(target);
    if (!absolute) throw new Refusal(400, 'request target is not a path');
    if (absolute[1].toLowerCase() !== 'http' || !isLoopback(absolute[2])) throw new Refusal(421, 'not this server');
    rest = absolute[3] || '/';
    if (!rest.startsWith('/')) throw new Refusal(400, 'request target is not a path');
  }
  if (rest.includes('#')) throw new Refusal(400, 'fragment in request target');
  const rawPath = rest.split('?', 1)[0];
  if (!PATH_CHARS.test(rawPath)) throw new Refusal(400, 'bad character in path');
  const segments = rawPath.slice(1).split('/');
  const decoded = segments.map((segment, i) => {
    let text;
    try {
      text = decodeURIComponent(segment);
    } catch {
      throw new Refusal(400, 'bad percent-encoding in path');
    }
    // Only the last segment may be empty ("/" and "/dir/" name a folder's index.html).
    if ((text === '' && i < segments.length - 1) || text === '.' || text === '..' || BAD_DECODED.test(text)) {
      throw new Refusal(400, 'bad segment in path');
    }
    return text;
  });
  return `/${decoded.join('/')}`;
}

/** Whether `child` is strictly inside folder `parent` (both absolute, symlinks resolved). */
function isInside(parent, child) {
  const rel = path.relative(parent, child);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
}

/**
 * Opens the regular file `urlPath` names: from `files`, or under `root` (its real path inside
 * root's real path). Null when there is none.
 */
async function openFile(urlPath, root, files) {
  let file = Object.hasOwn(files, urlPath) ? files[urlPath] : undefined;
  let name = file; // what its content type is read from
  let flags = O_RDONLY | O_NONBLOCK;
  if (!file && root) {
    const rel = urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath;
    const realRoot = await fs.promises.realpath(root).catch(() => null);
    const real = realRoot && (await fs.promises.realpath(path.join(realRoot, ...rel.split('/'))).catch(() => null));
    if (!real || !isInside(realRoot, real)) return null;
    file = real;
    name = rel;
    flags |= O_NOFOLLOW;
  }
  if (!file) return null;
  const handle = await fs.promises.open(file, flags).catch(() => null);
  if (!handle) return null;
  const stat = await handle.stat().catch(() => null);
  if (!stat?.isFile()) {
    await handle.close().catch(() => {});
    return null;
  }
  return { handle, name, size: stat.size };
}

/**
 * Starts a server on 127.0.0.1.
 * @param {object} options
 * @param {string} [options.root] folder served as /
 * @param {Record<string, string>} [options.files] extra routes: URL path (decoded) -> file
 * @param {(urlPath: string) => Record<string, string>} [options.headers] extra headers per path
 * @param {number} [options.port] 0 picks a free port
 * @param {boolean} [options.record] false keeps no `log` (a long-running demo server)
 * @returns {Promise<{url: string, port: number, log: string[], close: () => Promise<void>}>}
 */
export async function serve({ root, files = {}, headers = () => ({}), port = 0, record = true } = {}) {
  const log = [];
  let hosts = new Set();
  const isLoopback = (host) => hosts.has(host.toLowerCase());

  const refuse = (res, { status, message, headers: extra = {} }) => {
    res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff', 'cache-control': 'no-store', ...extra });
    res.end(`${message}\n`);
  };

  async function answer(req, res) {
    const hostLines = req.rawHeaders.filter((_, i) => i % 2 === 0 && req.rawHeaders[i].toLowerCase() === 'host');
    if (hostLines.length !== 1) throw new Refusal(400, 'one Host header is required');
    if (!isLoopback(req.headers.host)) throw new Refusal(421, 'not this server');
    if (!METHODS.has(req.method)) throw new Refusal(405, 'method not allowed', { allow: 'GET, HEAD' });
    const urlPath = targetPath(req.url, isLoopback);
    const opened = await openFile(urlPath, root, files);
    if (!opened) throw new Refusal(404, 'not found');
    const { handle, name, size } = opened;
    let extra;
    try {
      extra = headers(urlPath);
    } catch (error) {
      await handle.close().catch(() => {});
      throw error;
    }
    res.writeHead(200, {
      'content-type': TYPES[path.extname(name).toLowerCase()] ?? 'application/octet-stream',
      'content-length': size,
      'cache-control': 'no-store',
      ...extra,
    });
    if (req.method === 'HEAD') {
      await handle.close().catch(() => {});
      res.end();
      return;
    }
    // (pipeline, not pipe: an error reading the file ends the response instead of being thrown.)
    pipeline(handle.createReadStream(), res, () => {});
  }

  const server = http.createServer((req, res) => {
    if (record) log.push(`${req.method} ${req.url.length > MAX_TARGET ? `${req.url.slice(0, MAX_TARGET)}…` : req.url}`);
    answer(req, res).catch((error) => {
      if (!(error instanceof Refusal)) console.error('static-server:', error);
      if (res.headersSent) res.destroy();
      else refuse(res, error instanceof Refusal ? error : { status: 500, message: 'internal error' });
    });
  });
  // CONNECT is not a request event: answer it here rather than leave Node to drop it.
  server.on('connect', (req, socket) => {
    if (record) log.push(`CONNECT ${req.url.slice(0, MAX_TARGET)}`);
    socket.on('error', () => {});
    socket.end('HTTP/1.1 405 Method Not Allowed\r\nAllow: GET, HEAD\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const actual = server.address().port;
  hosts = new Set(LOOPBACK.flatMap((name) => (actual === 80 ? [name, `${name}:80`] : [`${name}:${actual}`])));
  return {
    url: `http://127.0.0.1:${actual}`,
    port: actual,
    log,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
