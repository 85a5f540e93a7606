// Builds dist/privacy-consent-defaults.js: the classic script that sets the consent defaults of
// the tags a config names, in the <head>, before the site's tags (src/consent/integrations/
// defaults.ts, docs/integrations.md). An IIFE for every browser that runs classic scripts, with
// no trailing newline, so that a copy pasted inline has the same CSP hash, which is written
// beside it (privacy-consent-defaults.js.sha256) for `script-src 'sha256-…'`. Run by postbuild.mjs,
// after `vite build`: the script names the entry's integration chunks it should start fetching.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = process.env.PRIVACY_DIST ?? `${root}dist`;
const outfile = `${outdir}/privacy-consent-defaults.js`;
const VENDORS = ['googleConsentMode', 'dataLayerEvent', 'matomo', 'clarity', 'metaPixel', 'microsoftUet', 'hubspot', 'tiktok'];

/** A built file's static imports, followed: the files a browser fetches with it. */
function withImports(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(`${outdir}/${file}`, 'utf8');
  const dir = file.slice(0, file.lastIndexOf('/') + 1);
  for (const [, path] of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["'`](\.\/[^"'`]+)["'`]/g)) withImports(dir + path.slice(2), seen);
  return seen;
}

/** The chunks each integration needs, from the built entry: `''` the integrations chunk, then one entry per vendor. */
function integrationChunks() {
  const entry = readFileSync(`${outdir}/privacy-consent.js`, 'utf8');
  const connect = /import\(\s*["'`]\.\/(chunks\/connect-integrations-[^"'`]+)["'`]\s*\)/.exec(entry)?.[1];
  if (!connect) throw new Error('build-defaults: the entry imports no chunks/connect-integrations-*.js');
  const shared = withImports(connect);
  const chunks = { '': [...shared] };
  const code = readFileSync(`${outdir}/${connect}`, 'utf8');
  for (const [, vendor, path] of code.matchAll(/(\w+):\(\)=>import\(\s*["'`]\.\/([^"'`]+)["'`]\s*\)/g)) {
    chunks[vendor] = [...withImports(`chunks/${path}`)].filter((file) => !shared.has(file));
  }
  const missing = VENDORS.filter((vendor) => !chunks[vendor]);
  if (missing.length) throw new Error(`build-defaults: no chunk found for ${missing.join(', ')} in ${connect}`);
  return chunks;
}

await build({
  entryPoints: [`${root}src/consent/integrations/defaults-script.ts`],
  outfile,
  bundle: true,
  format: 'iife',
  // Object spread and the like as written; older browsers, which cannot run the module entry either, get a syntax error here.
  target: 'es2018',
  minify: true,
  legalComments: 'none',
  define: { __PRELOAD__: JSON.stringify(integrationChunks()) },
  logLevel: 'warning',
});
const code = readFileSync(outfile, 'utf8').replace(/\n+$/, '');
writeFileSync(outfile, code);
const hash = `sha256-${createHash('sha256').update(code).digest('base64')}`;
writeFileSync(`${outfile}.sha256`, `${hash}\n`);
console.log(`privacy-consent-defaults.js: ${code.length} bytes; inline, allow it with script-src '${hash}'`);
