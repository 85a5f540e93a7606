// Builds dist/privacy-consent-defaults.js: the classic script that sets the consent defaults of
// the tags a config names, in the <head>, before the site's tags (src/consent/integrations/
// defaults.ts, docs/integrations.md). An IIFE for every browser that runs classic scripts, with
// no trailing newline, so that a copy pasted inline has the same CSP hash, which is written
// beside it (privacy-consent-defaults.js.sha256) for `script-src 'sha256-…'`. Run by postbuild.mjs.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = process.env.PRIVACY_DIST ?? `${root}dist`;
const outfile = `${outdir}/privacy-consent-defaults.js`;

await build({
  entryPoints: [`${root}src/consent/integrations/defaults-script.ts`],
  outfile,
  bundle: true,
  format: 'iife',
  // Object spread and the like as written; older browsers, which cannot run the module entry either, get a syntax error here.
  target: 'es2018',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
});
const code = readFileSync(outfile, 'utf8').replace(/\n+$/, '');
writeFileSync(outfile, code);
const hash = `sha256-${createHash('sha256').update(code).digest('base64')}`;
writeFileSync(`${outfile}.sha256`, `${hash}\n`);
console.log(`privacy-consent-defaults.js: ${code.length} bytes; inline, allow it with script-src '${hash}'`);
