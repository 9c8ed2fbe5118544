// A small static file server on loopback, for the demo (`npm start`) and the
// end-to-end tests. It logs every request it answers, so a test can prove
// nothing was fetched while WhoSaid ran.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

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

/**
 * Starts a server on 127.0.0.1.
 * @param {object} options
 * @param {string} [options.root] folder served as /
 * @param {Record<string, string>} [options.files] extra routes: URL path -> file
 * @param {(urlPath: string) => Record<string, string>} [options.headers] extra headers per path
 * @param {number} [options.port] 0 picks a free port
 * @returns {Promise<{url: string, port: number, log: string[], close: () => Promise<void>}>}
 */
export async function serve({ root, files = {}, headers = () => ({}), port = 0 } = {}) {
  const log = [];
  const server = http.createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    log.push(`${req.method} ${req.url}`);
    let file = files[urlPath];
    if (!file && root) {
      const rel = path.normalize(urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);
      const candidate = path.join(root, rel);
      if (candidate.startsWith(path.resolve(root) + path.sep)) file = candidate;
    }
    if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      ...headers(urlPath),
    });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const actual = server.address().port;
  return {
    url: `http://127.0.0.1:${actual}`,
    port: actual,
    log,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
