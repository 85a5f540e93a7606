// Bundles the command line (src/cli, TypeScript) for Node into dist/cli.js, and the import
// command into dist/cli-import.js when src/cli/import-command.ts exists (and scan into dist/cli-scan.js).
// Also the server render for build tools and servers, dist/render.js (`privacy-consent/render`,
// src/render/), which `privacy-consent render` shares. Run by postbuild.mjs.
import { build } from 'esbuild';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { minifyTemplates } from './minify-templates.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { version, dependencies = {} } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const entryPoints = [
  { in: `${root}src/cli/main.ts`, out: 'cli' },
  { in: `${root}src/render/render-notice.ts`, out: 'render' },
];
if (existsSync(`${root}src/cli/import-command.ts`)) entryPoints.push({ in: `${root}src/cli/import-command.ts`, out: 'cli-import' });
if (existsSync(`${root}src/cli/scan-command.ts`)) entryPoints.push({ in: `${root}src/cli/scan-command.ts`, out: 'cli-scan' });

// The server render writes the elements' templates as the browser build has them (vite.config.ts
// minifies them with the same plugin), so the static notice's white space is the element's own.
const templates = {
  name: 'privacy-consent:minify-templates',
  setup(esbuild) {
    esbuild.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async ({ path }) => ({ contents: minifyTemplates(await readFile(path, 'utf8')), loader: 'ts' }));
  },
};

await build({
  entryPoints,
  outdir: process.env.PRIVACY_CLI_OUTDIR ?? `${root}dist`,
  bundle: true,
  splitting: true,
  chunkNames: 'cli-chunks/[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // The package's dependencies (mammoth and markdown-it for import, playwright-core and tldts for scan,
  // lit and @lit-labs/ssr for the server render, which must load as Node's own builds) are installed
  // beside dist/, so they stay in node_modules; dev-time packages (jsonc-parser) are bundled in.
  external: Object.keys(dependencies),
  // jsonc-parser's `main` is a UMD build whose require() calls an ES bundle cannot keep.
  mainFields: ['module', 'main'],
  define: { __VERSION__: JSON.stringify(version) },
  plugins: [templates],
  logLevel: 'warning',
});

// The Open Cookie Database is bundled into the scan (src/scan/known-cookies.ts); its licence
// (Apache-2.0) and credit travel with the package beside it.
if (existsSync(`${root}src/scan/data/open-cookie-database`)) {
  for (const file of ['LICENSE', 'README.md']) {
    cpSync(`${root}src/scan/data/open-cookie-database/${file}`, `${process.env.PRIVACY_CLI_OUTDIR ?? `${root}dist`}/open-cookie-database/${file}`);
  }
}
