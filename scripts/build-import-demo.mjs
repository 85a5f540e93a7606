// Bundles the import demo's script (src/apps/import-demo.ts: the importer, mammoth's browser
// build, markdown-it, htmlparser2, the compliance checker for the review screen and the
// <privacy-notice> element; dev-time code, never the visitor's download) into dist/import-demo.js for
// demo/import.html. Run by postbuild.mjs; the page test calls buildImportDemo() with its own dir.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Writes `import-demo.js` (and its source map) into `outdir`. */
export async function buildImportDemo(outdir = `${root}dist`) {
  await build({
    entryPoints: { 'import-demo': `${root}src/apps/import-demo.ts` },
    outdir,
    bundle: true,
    format: 'esm',
    // mammoth (for .docx only) is a separate chunk, fetched when a Word document is dropped.
    splitting: true,
    chunkNames: 'import-demo-chunks/[name]-[hash]',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    // No source maps: the package ships dist/, and the demo's maps would be several times its size.
    sourcemap: false,
    // mammoth's "browser" field swaps its Node file access for ArrayBuffer input.
    mainFields: ['browser', 'module', 'main'],
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    logLevel: 'warning',
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildImportDemo(process.argv[2]);
