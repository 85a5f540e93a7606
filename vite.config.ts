/// <reference types="vitest/config" />
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import minifyTemplates from './scripts/minify-templates.mjs';

/**
 * The bundler's helper that builds a chunk's export object walks the exports with `for…in`, which
 * also visits keys a page added to `Object.prototype` (`Object.prototype.analytics = true`, by a
 * hostile script or a careless library) and then throws "Getter must be a function": the banner
 * would never load. Rewritten here to walk own keys only; test/pages/hardening.test.ts fails
 * without it.
 */
function ownKeysInRuntime(): Plugin {
  const forIn = /for\s*\(\s*var\s+(\w+)\s+in\s+(\w+)\s*\)(\s*\{?\s*\w+\(\s*\w+\s*,\s*\1\s*,\s*\{\s*get\s*:\s*\2\[\1\])/g;
  return {
    name: 'privacy-consent:own-keys-runtime',
    apply: 'build',
    generateBundle(_, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk') file.code = file.code.replace(forIn, 'for (var $1 of Object.keys($2))$3');
      }
    },
  };
}

/** Names each lazily loaded chunk after its element folder (`chunks/cookie-consent-[hash].js`) or language. */
function chunkName(info: { name: string; facadeModuleId: string | null; moduleIds?: string[] }): string {
  const ids = [info.facadeModuleId ?? '', ...(info.moduleIds ?? [])];
  const element = ids.map((id) => /elements\/([^/]+)\/define\.ts$/.exec(id)).find(Boolean);
  // Strings of one language live in i18n/<lang>/: `chunks/cy-notice-[hash].js`.
  const language = /i18n\/([^/]+)\/([^/]+)\.ts$/.exec(info.facadeModuleId ?? '');
  return `chunks/${element ? element[1] : language ? `${language[1]}-${language[2]}` : info.name}-[hash:6].js`;
}

/**
 * Names the chunk `name` for every module `entry` imports statically. Used twice (below):
 *
 * - the drop-in entry keeps its own modules: the banner's chunk is a second entry of the build,
 *   and it imports some of the same modules (the consent record, the events); without this the
 *   bundler would move those into a chunk shared by both, which the entry would then have to
 *   fetch before it could run;
 * - the banner's chunk keeps everything else it imports (Lit, the shared styles, the wording),
 *   even what the notice and the cookie choices also use, so a first visit loads the entry and
 *   one chunk, in one round trip. Split out into a chunk of their own, those shared modules cost
 *   every first visit 600 bytes gzip more (12.91 against 12.13 kB measured, over the 12 KiB
 *   budget) and a second request; kept here, the notice page loads the banner's own code
 *   (about 2.4 kB gzip) with them. Every new visitor sees the banner; few open the notice.
 */
function entryGraph(entry: string, name: string) {
  let graph: Set<string> | undefined;
  return (id: string, context: { getModuleInfo(id: string): { importedIds: readonly string[] } | null }) => {
    if (!graph) {
      const seen = new Set<string>();
      const visit = (module: string) => {
        if (seen.has(module)) return;
        seen.add(module);
        // A method of the bundler's context: called on it, not detached.
        for (const imported of context.getModuleInfo(module)?.importedIds ?? []) visit(imported);
      };
      visit(entry);
      graph = seen;
    }
    return graph.has(id) ? name : null;
  };
}

// The drop-in script `dist/privacy-consent.js` and its lazily loaded UI chunks in `dist/chunks/`.
// Library mode: unlike an app build it adds no module-preload helper to the entry (returning
// visitors must not pay for UI code), and `output.minify` minifies the ES output fully.
export default defineConfig({
  publicDir: false,
  plugins: [minifyTemplates(), ownKeysInRuntime()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    // Maps are written but not referenced from the files: the comment would cost every visitor bytes.
    sourcemap: 'hidden',
    // dist/.vite/manifest.json: which chunk imports which, read by `npm run size` (.size-limit.mjs).
    manifest: true,
    minify: true,
    // The banner's code (`<cookie-consent>` and the UI loader) is an entry of its own, loaded with
    // import() by the drop-in: a dynamically imported module in a chunk that other chunks import
    // from (Lit, the styles) reaches its importer through a module namespace object, whose helper
    // is a chunk of its own: 200 bytes gzip more on every first visit (measured with
    // `npm run size`). An entry's chunk is its own namespace, so the drop-in gets `loadUi` as is.
    // The code that records a decision likewise (imported by the entry and the banner): the first
    // visit after a click then needs no namespace helper either (215 bytes less).
    lib: {
      entry: { 'privacy-consent': 'src/embed.ts', 'cookie-consent': 'src/elements/cookie-consent/define.ts', decision: 'src/consent/decision.ts' },
      formats: ['es'],
      fileName: (_format, name) => (name === 'privacy-consent' ? 'privacy-consent.js' : `chunks/${name}-[hash].js`),
    },
    rollupOptions: {
      // Lets shared code live in the entry, which the UI chunks then import, rather than in a
      // separate shared chunk that would cost every visitor one more request.
      preserveEntrySignatures: 'allow-extension',
      output: {
        chunkFileNames: chunkName,
        codeSplitting: {
          groups: [
            { name: entryGraph(resolve('src/embed.ts'), 'privacy-consent'), debugName: 'entry graph', priority: 2 },
            { name: entryGraph(resolve('src/elements/cookie-consent/define.ts'), 'cookie-consent'), debugName: 'banner graph', priority: 1 },
          ],
        },
        minify: true,
        // No /*@__PURE__*/ annotations in the output: they are for bundlers, and visitors pay for their bytes.
        comments: { annotation: false, legal: true },
      },
    },
  },
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/{config,consent,i18n,notice,check,render,scan,cli,scripts}/**/*.test.ts'],
          environment: 'node',
          // Vitest's default in a run is one worker fewer than the cores: one on CI's 2-core
          // machine, which left a core idle through the whole suite (283 s; 183 s with both). The
          // tests are CPU-bound and the runner's own process sleeps while they run: a worker a core.
          maxWorkers: '100%',
        },
      },
      {
        // The importer's tests, apart because they run without isolation: each file imports the
        // importer (most of the unit tests' module loading), and its modules are pure functions,
        // with no mocks and no state a test could leave behind. Sharing one load a worker took the
        // unit step from 202 s to 151 s. `npm test` runs both projects in one invocation.
        test: {
          name: 'import',
          include: ['test/import/**/*.test.ts'],
          environment: 'node',
          maxWorkers: '100%',
          isolate: false,
        },
      },
      {
        test: {
          name: 'pages',
          include: ['test/pages/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // A page under test waits on storage, chunk loading and rendering; on a loaded 2-core CI
          // machine that took over vitest's default second (a stored choice shown after a reload
          // failed a CI run so). Polls still fail fast when the expected state never comes.
          expect: { poll: { timeout: 10_000 } },
          // One more try for a page test that fails: a whole browser on a loaded 2-core machine
          // has timing no test can fully pin down. A test that passed only on its second try is
          // listed by name at the end of `npm test` (scripts/test.mjs), so it is seen, not hidden.
          retry: 1,
          // Each file starts its own Chromium; two at a time suits a 2-core machine.
          maxWorkers: 2,
        },
      },
    ],
  },
});
