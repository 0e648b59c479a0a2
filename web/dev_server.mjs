// Heapscope static file server for the built site (build/web/site): loopback only, correct MIME
// types for .wasm/.mjs, optional URL prefix to prove the site works from a sub-path. No dependencies.
// CLI: node web/dev_server.mjs ROOT [--port N] [--prefix /sub/path/]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.ttf': 'font/ttf',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.py': 'text/plain; charset=utf-8',
  '.data': 'application/octet-stream',
};

/** Starts serving `root` on 127.0.0.1. port 0 picks a free port. Resolves to { server, url, requests }. */
export async function startServer({ root, port = 0, host = '127.0.0.1', prefix = '/' } = {}) {
  const rootDir = resolve(root);
  const requests = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    let status = 200;
    try {
      if (!url.pathname.startsWith(prefix)) throw Object.assign(new Error('outside prefix'), { status: 404 });
      let rel = decodeURIComponent(url.pathname.slice(prefix.length));
      if (rel === '' || rel.endsWith('/')) rel += 'index.html';
      const file = normalize(join(rootDir, rel));
      if (file !== rootDir && !file.startsWith(rootDir + sep)) throw Object.assign(new Error('bad path'), { status: 403 });
      const info = await stat(file);
      if (!info.isFile()) throw Object.assign(new Error('not a file'), { status: 404 });
      const body = await readFile(file);
      res.writeHead(200, {
        'Content-Type': MIME[extname(file)] || 'application/octet-stream',
        'Content-Length': body.length,
        'Cache-Control': 'no-cache',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (error) {
      status = error.status || (error.code === 'ENOENT' ? 404 : 500);
      res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(`${status}\n`);
    }
    requests.push({ path: url.pathname, status });
  });
  await new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolvePromise);
  });
  const address = server.address();
  return { server, requests, url: `http://${host}:${address.port}${prefix}` };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
  };
  const root = args[0];
  if (!root || root.startsWith('--')) {
    console.error('usage: node web/dev_server.mjs ROOT [--port N] [--prefix /path/]');
    process.exit(2);
  }
  const { url } = await startServer({
    root,
    port: Number(option('--port', process.env.PORT || 8000)),
    prefix: option('--prefix', '/'),
  });
  console.log(`Heapscope is being served at ${url}  (Ctrl+C to stop)`);
}
