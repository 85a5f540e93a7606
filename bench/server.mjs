// Serves the benchmark's pages on loopback: the generated pages first, then the built drop-in
// script (dist/), then node_modules, so each competitor's own dist files are served locally.
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../scripts/serve.mjs';
import { BENCH_HOST } from './browser.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Writes `pages` (a map of URL path → content; a path ending in `/` is its index.html) into `dir`. */
export function writePages(dir, pages) {
  for (const [path, html] of Object.entries(pages)) {
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, html);
  }
}

/**
 * Writes `pages` (a map of URL path → HTML) to a temporary directory and serves it with `dist`
 * and node_modules. Resolves with `{ url, close }`; `close` also removes the directory.
 */
export async function serveBench(pages, { dist = join(root, 'dist') } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'privacy-consent-bench-'));
  writePages(dir, pages);
  // Removed on close, and on exit should the run end early.
  const remove = () => rmSync(dir, { recursive: true, force: true });
  process.once('exit', remove);
  const server = await startServer({ roots: [dir, dist, join(root, 'node_modules')] });
  return {
    // Reached through the host name the benchmark's browser maps to loopback.
    url: server.url.replace('127.0.0.1', BENCH_HOST),
    close: async () => {
      await server.close();
      remove();
      process.off('exit', remove);
    },
  };
}
