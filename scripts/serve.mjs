#!/usr/bin/env node
// `npm start [-- FILE.html]`: serves the demo (build/www) on loopback and prints
// its address. With a file, the demo opens that page instead of the sample.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './static-server.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
// PORT picks the port; otherwise 8720, or any free port when 8720 is taken.
const fixedPort = process.env.PORT !== undefined;
const port = Number(process.env.PORT ?? 8720);

if (file && !fs.existsSync(file)) {
  console.error(`whosaid: no such file: ${file}`);
  process.exit(2);
}
const files = {};
let query = '';
if (file) {
  // The route is the file's name, decoded; the demo is given it percent-encoded, so a name
  // with "#", "?", "%" or a space still comes back to the server as this route.
  const name = path.basename(file);
  files[`/page/${name}`] = path.resolve(file);
  query = `?page=${encodeURIComponent(`/page/${encodeURIComponent(name)}`)}`;
}
// The demo's own policy (also in its <meta>): the article frame runs no script and loads nothing.
const csp =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; " +
  "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'";
// Only build/www and the file given are served, to loopback Host names only (static-server.mjs);
// no request log is kept, since nothing reads it and the demo may run for days.
const options = { root: path.join(ROOT, 'build/www'), files, headers: () => ({ 'content-security-policy': csp }), record: false };
const server = await serve({ ...options, port })
  .catch((error) => {
    if (fixedPort || error.code !== 'EADDRINUSE') throw error;
    return serve({ ...options, port: 0 });
  })
  .catch((error) => {
    console.error(`whosaid: cannot listen on 127.0.0.1:${port} (${error.code}); set PORT=<free port>`);
    process.exit(1);
  });
console.log(`\nWhoSaid demo: ${server.url}/${query}\n${file ? `showing ${file}` : 'showing the built-in sample article'} (Ctrl+C to stop)\n`);
