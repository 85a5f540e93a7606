// A small static server for the demo site: `demo/` with the built drop-in script from `dist/`
// at the site root, exactly as a site would host it. Used by `npm start`, the page tests and the
// benchmark. Loopback only.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// PRIVACY_DIST lets a developer serve a build made elsewhere (`vite build --outDir /tmp/x`).
// The build's demo/ holds the demo pages with their notice rendered in (scripts/build-demo-notices.mjs).
const dist = process.env.PRIVACY_DIST ?? join(root, 'dist');
export const DEFAULT_ROOTS = [dist, join(dist, 'demo'), join(root, 'demo')];

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.md': 'text/markdown; charset=utf-8',
};

async function findFile(roots, pathname) {
  for (const dir of roots) {
    let file = normalize(join(dir, pathname));
    if (!file.startsWith(resolve(dir))) return undefined;
    try {
      let info = await stat(file);
      if (info.isDirectory()) {
        file = join(file, 'index.html');
        info = await stat(file);
      }
      if (info.isFile()) return file;
    } catch {
      /* try the next root */
    }
  }
  return undefined;
}

/**
 * Starts the server. `roots` are searched in order; `headers(pathname)` may add response headers
 * (the tests use it for a strict Content-Security-Policy). Resolves with `{ url, close }`.
 */
export function startServer({ port = 0, host = '127.0.0.1', roots = DEFAULT_ROOTS, headers = () => ({}) } = {}) {
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const file = await findFile(roots, decodeURIComponent(pathname));
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(`Not found: ${pathname}\n`);
      return;
    }
    const body = await readFile(file);
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      ...headers(pathname),
    });
    response.end(body);
  });
  return new Promise((resolvePromise) => {
    server.listen(port, host, () => {
      const address = server.address();
      resolvePromise({
        url: `http://${host}:${address.port}`,
        close: () => new Promise((done) => server.close(done)),
        server,
      });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 8080);
  const { url } = await startServer({ port, host: process.env.HOST ?? '127.0.0.1' });
  console.log(`Demo site: ${url}/  (Ctrl+C to stop)`);
}
