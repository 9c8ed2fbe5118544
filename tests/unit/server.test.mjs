// The loopback server behind `npm start` and the e2e tests (scripts/static-server.mjs),
// sent raw requests over node:net, so the request line and Host header are exactly
// what a hostile page (or DNS rebinding) would send: it answers only loopback Host
// names, only GET and HEAD, only plain paths to files under its root or given to it,
// and it keeps answering whatever it is sent.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { MAX_TARGET, serve } from '../../scripts/static-server.mjs';

/** Sends `text` on a new connection; resolves with everything answered until the server closes it. */
function raw(port, text) {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    const chunks = [];
    socket.setTimeout(5000, () => socket.destroy(new Error(`no answer to ${JSON.stringify(text.slice(0, 80))}`)));
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('end', () => resolve(Buffer.concat(chunks).toString('latin1')));
    socket.on('error', reject);
    // (write, not end: Node drops a response still being prepared once the client half-closes.)
    socket.write(text, 'latin1');
  });
}

/** The answer's status code, headers (lower-cased names) and body. */
function parse(answer) {
  const split = answer.indexOf('\r\n\r\n');
  const [statusLine, ...lines] = answer.slice(0, split).split('\r\n');
  const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
  return { status: Number(statusLine.split(' ')[1]), headers, body: answer.slice(split + 4) };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-server-test-'));
const real = path.join(dir, 'www');
const root = path.join(dir, 'www-link'); // the root is itself reached through a symlink
const outside = path.join(dir, 'secret.txt');
const given = path.join(dir, 'given.html');
const big = path.join(dir, 'big.html');
let server;
let host;

before(async () => {
  fs.mkdirSync(path.join(real, 'sub'), { recursive: true });
  fs.writeFileSync(path.join(real, 'index.html'), '<p>index</p>');
  fs.writeFileSync(path.join(real, 'sub', 'index.html'), '<p>sub</p>');
  fs.writeFileSync(path.join(real, 'sub', 'a b.txt'), 'spaced');
  fs.writeFileSync(outside, 'SECRET');
  fs.writeFileSync(given, '<p>given</p>');
  fs.writeFileSync(big, 'x'.repeat(8 << 20));
  fs.symlinkSync(real, root);
  fs.symlinkSync(outside, path.join(real, 'link.txt')); // a file symlink out of the root
  fs.symlinkSync(dir, path.join(real, 'up')); // a folder symlink out of the root
  fs.symlinkSync('sub/index.html', path.join(real, 'inside.html')); // one that stays inside
  if (process.platform !== 'win32') fs.symlinkSync('/etc/passwd', path.join(real, 'passwd'));
  server = await serve({
    root,
    files: { '/given/page.html': given, '/big.html': big, '/boom.html': given },
    headers: (p) => {
      if (p === '/boom.html') throw new Error('a headers callback that fails');
      return p.startsWith('/given/') ? { 'x-test': 'given' } : {};
    },
  });
  host = `127.0.0.1:${server.port}`;
});

after(async () => {
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The answer to `method target` with Host `hostHeader` (null: none), parsed. */
async function request(target, { method = 'GET', hostHeader = host, extra = '', version = 'HTTP/1.1' } = {}) {
  const hostLine = hostHeader === null ? '' : `Host: ${hostHeader}\r\n`;
  return parse(await raw(server.port, `${method} ${target} ${version}\r\n${hostLine}${extra}Connection: close\r\n\r\n`));
}

/** A good request still gets the index. */
async function stillServes() {
  const { status, body } = await request('/');
  assert.equal(status, 200);
  assert.equal(body, '<p>index</p>');
}

describe('good requests', () => {
  test('files under the root, folder indexes, the given files, with the headers callback', async () => {
    for (const [target, body] of [
      ['/', '<p>index</p>'],
      ['/index.html', '<p>index</p>'],
      ['/index.html?page=%2Fpage%2Fa.html&x=%zz', '<p>index</p>'], // the query is not the server's to read
      ['/sub/', '<p>sub</p>'],
      ['/sub/a%20b.txt', 'spaced'],
      ['/inside.html', '<p>sub</p>'],
      ['/given/page.html', '<p>given</p>'],
    ]) {
      const answer = await request(target);
      assert.equal(answer.status, 200, target);
      assert.equal(answer.body, body, target);
    }
    const answer = await request('/given/page.html');
    assert.equal(answer.headers['x-test'], 'given');
    assert.equal(answer.headers['content-type'], 'text/html; charset=utf-8');
  });

  test('every loopback name at the port is accepted, in any case', async () => {
    for (const name of [host, `localhost:${server.port}`, `LocalHost:${server.port}`, `[::1]:${server.port}`]) {
      assert.equal((await request('/', { hostHeader: name })).status, 200, name);
    }
  });

  test('absolute-form naming this server is served (HTTP/1.1 servers must accept it)', async () => {
    assert.equal((await request(`http://${host}/index.html`)).status, 200);
    assert.equal((await request(`http://localhost:${server.port}`)).status, 200);
  });

  test('HEAD answers the length and no body', async () => {
    const answer = await request('/index.html', { method: 'HEAD' });
    assert.equal(answer.status, 200);
    assert.equal(answer.headers['content-length'], String('<p>index</p>'.length));
    assert.equal(answer.body, '');
  });

  test('the log records every request, refused ones too', async () => {
    await request('/%zz');
    assert.equal(server.log.at(-1), 'GET /%zz');
  });
});

describe('refused requests, and the server answers afterwards', () => {
  const cases = {
    'a Host that is not loopback at this port: 421': [
      ['/', { hostHeader: 'evil.example' }],
      ['/', { hostHeader: '127.0.0.1.evil.example' }],
      ['/', { hostHeader: '127.0.0.1.evil.example:PORT' }],
      ['/', { hostHeader: 'attacker.com:PORT' }], // DNS rebinding: the attacker's name, our port
      ['/', { hostHeader: 'localhost.:PORT' }],
      ['/', { hostHeader: '127.0.0.1' }], // no port (the server is not on 80)
      ['/', { hostHeader: '127.0.0.1:1' }],
      ['/', { hostHeader: '127.0.0.1:0PORT' }],
      ['/', { hostHeader: '127.1:PORT' }],
      ['/', { hostHeader: '0.0.0.0:PORT' }],
      ['/', { hostHeader: 'user@127.0.0.1:PORT' }],
      ['/', { hostHeader: '' }],
    ].map(([t, o]) => [t, { ...o, status: 421 }]),
    'absolute-form naming another server: 421': [
      'http://evil.example/',
      'http://attacker.com:PORT/index.html',
      'http://127.0.0.1.evil.example:PORT/',
      'http://user@127.0.0.1:PORT/',
      'https://127.0.0.1:PORT/',
      'file:///etc/passwd',
    ].map((t) => [t, { status: 421 }]),
    'no Host, or two: 400': [
      ['/', { hostHeader: null, version: 'HTTP/1.0' }],
      ['/', { hostHeader: null }],
      ['/', { extra: 'Host: evil.example\r\n' }],
    ].map(([t, o]) => [t, { ...o, status: 400 }]),
    'a method other than GET and HEAD: 405': ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND'].map((method) => [
      '/index.html',
      { method, extra: 'Content-Length: 0\r\n', status: 405 },
    ]),
    'a malformed or odd path: 400': [
      '/%zz',
      '/%',
      '/%4',
      '/%00',
      '/index.html%00.txt',
      '/%0a',
      '/%7f',
      '/%ff',
      '/%C0%AE%C0%AE/secret.txt', // overlong UTF-8 for "."
      '/%ED%A0%80', // a lone surrogate
      '/a\\b',
      '/..\\secret.txt',
      '/%5c..%5csecret.txt',
      '/a#b',
      '/<script>',
      '/"',
      '/\u00e9', // raw non-ASCII (as latin1 bytes)
      '//etc/passwd',
      '/sub//index.html',
      '*',
      'evil.example:80',
      'index.html',
    ].map((t) => [t, { status: 400 }]),
    'traversal, raw or encoded: 400': [
      '/..',
      '/../secret.txt',
      '/../../../../etc/passwd',
      '/sub/../index.html',
      '/./index.html',
      '/sub/.',
      '/%2e%2e/secret.txt',
      '/%2E%2E/secret.txt',
      '/.%2e/secret.txt',
      '/sub/%2e%2e/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e%2fsecret.txt',
      '/%2fetc%2fpasswd',
      '/given/../secret.txt',
      `/${outside}`, // absolute paths
      `/${encodeURIComponent(outside)}`,
      `http://127.0.0.1:PORT/../secret.txt`,
    ].map((t) => [t, { status: 400 }]),
    'outside the root, or not a regular file: 404': [
      '/link.txt', // a symlink out of the root
      '/up/secret.txt', // through a folder symlink out of the root
      '/passwd',
      '/sub', // a folder
      '/secret.txt',
      '/etc/passwd', // read as a path under the root
      '/big.html/x',
    ].map((t) => [t, { status: 404 }]),
    'a very long path: 414, or Node’s own 431 past its header limit': [
      [`/${'a'.repeat(MAX_TARGET)}`, { status: 414 }],
      [`/${'%2e%2e/'.repeat(2000)}`, { status: 414 }],
      [`/${'a'.repeat(100_000)}`, { status: 431 }],
    ],
  };
  for (const [name, list] of Object.entries(cases)) {
    test(name, async () => {
      for (const [target, { status, ...options }] of list) {
        const port = String(server.port);
        const sub = (s) => (typeof s === 'string' ? s.replaceAll('PORT', port) : s);
        const t = sub(target);
        const hostHeader = typeof options.hostHeader === 'string' ? sub(options.hostHeader) : options.hostHeader;
        const answer = await request(t, { ...options, ...(options.hostHeader !== undefined ? { hostHeader } : {}) });
        assert.equal(answer.status, status, `${options.method ?? 'GET'} ${t.slice(0, 80)} Host: ${hostHeader ?? host}`);
        assert.ok(!answer.body.includes('SECRET') && !answer.body.includes('root:'), t);
        await stillServes();
      }
    });
  }

  test('CONNECT: 405', async () => {
    const answer = parse(await raw(server.port, `CONNECT 127.0.0.1:22 HTTP/1.1\r\nHost: ${host}\r\n\r\n`));
    assert.equal(answer.status, 405);
    await stillServes();
  });

  test('bytes that are not HTTP: Node answers 400', async () => {
    for (const text of ['\0\0\0\r\n\r\n', 'GET /\0 HTTP/1.1\r\n\r\n', 'GET / HTTP/9.9\r\n\r\n', 'GET / HTTP/1.1\r\nHost: a\0b\r\n\r\n']) {
      assert.equal(parse(await raw(server.port, text)).status, 400, JSON.stringify(text));
      await stillServes();
    }
  });

  test('a failing headers callback answers 500, and the server lives on', async (t) => {
    t.mock.method(console, 'error', () => {});
    assert.equal((await request('/boom.html')).status, 500);
    await stillServes();
  });

  test('a client that leaves in the middle of a big file, and many at once', async () => {
    await new Promise((resolve) => {
      const socket = net.connect(server.port, '127.0.0.1');
      socket.write(`GET /big.html HTTP/1.1\r\nHost: ${host}\r\n\r\n`);
      socket.once('data', () => {
        socket.destroy();
        resolve();
      });
    });
    const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => request(i % 2 ? '/%zz' : '/index.html')));
    assert.deepEqual(answers.map((a) => a.status), Array.from({ length: 50 }, (_, i) => (i % 2 ? 400 : 200)));
    await stillServes();
  });
});
