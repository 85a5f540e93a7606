// Builds the config playground (demo/playground.html) into the build directory: its script,
// dist/playground.js, bundled for browsers from src/apps/playground.ts, and
// dist/demo-configs.json, the demo's config files (paths from the site root) for its menu.
// Run by postbuild.mjs; PRIVACY_PLAYGROUND_OUTDIR writes elsewhere.
import { build } from 'esbuild';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = process.env.PRIVACY_PLAYGROUND_OUTDIR ?? join(root, 'dist');
const demo = join(root, 'demo');

await build({
  entryPoints: [join(root, 'src/apps/playground.ts')],
  outfile: join(outdir, 'playground.js'),
  bundle: true,
  format: 'esm',
  target: 'es2022',
  platform: 'browser',
  minify: true,
  sourcemap: true,
  logLevel: 'warning',
});

/** JSON files under demo/ that are configs (every config has an `organisation`). */
function demoConfigs(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return demoConfigs(path);
    if (!name.endsWith('.json')) return [];
    try {
      const value = JSON.parse(readFileSync(path, 'utf8'));
      return value && typeof value === 'object' && !Array.isArray(value) && 'organisation' in value ? [path] : [];
    } catch {
      return [];
    }
  });
}
const list = demoConfigs(demo).map((path) => `/${relative(demo, path).split(sep).join('/')}`).sort();
writeFileSync(join(outdir, 'demo-configs.json'), `${JSON.stringify(list, null, 2)}\n`);
