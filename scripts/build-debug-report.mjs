// Bundles the `data-debug` console report (src/check/debug-report.ts: the schema and every
// compliance rule) into dist/debug-report.js, beside the drop-in script, which imports it by URL
// only on pages whose script tag has `data-debug`. It is built apart from the drop-in's module
// graph on purpose: modules the checks share with the banner (the URL policy, the built-in
// wording) would otherwise be split into a chunk of their own, one more request before every
// first-visit banner. Run by postbuild.mjs.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

await build({
  entryPoints: { 'debug-report': `${root}src/check/debug-report.ts` },
  outdir: process.env.PRIVACY_DEBUG_OUTDIR ?? `${root}dist`,
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  sourcemap: false,
  logLevel: 'warning',
});
