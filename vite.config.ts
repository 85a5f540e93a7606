/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import minifyTemplates from './scripts/minify-templates.mjs';

/** Names each lazily loaded chunk after its element folder (`chunks/cookie-consent-[hash].js`) or language. */
function chunkName(info: { name: string; facadeModuleId: string | null; moduleIds?: string[] }): string {
  const ids = [info.facadeModuleId ?? '', ...(info.moduleIds ?? [])];
  const element = ids.map((id) => /elements\/([^/]+)\/define\.ts$/.exec(id)).find(Boolean);
  // Strings of one language live in i18n/<lang>/: `chunks/cy-notice-[hash].js`.
  const language = /i18n\/([^/]+)\/([^/]+)\.ts$/.exec(info.facadeModuleId ?? '');
  return `chunks/${element ? element[1] : language ? `${language[1]}-${language[2]}` : info.name}-[hash].js`;
}

// The drop-in script `dist/privacy-consent.js` and its lazily loaded UI chunks in `dist/chunks/`.
// Library mode: unlike an app build it adds no module-preload helper to the entry (returning
// visitors must not pay for UI code), and `output.minify` minifies the ES output fully.
export default defineConfig({
  publicDir: false,
  plugins: [minifyTemplates()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    // Maps are written but not referenced from the files: the comment would cost every visitor bytes.
    sourcemap: 'hidden',
    minify: true,
    lib: { entry: 'src/embed.ts', formats: ['es'], fileName: () => 'privacy-consent.js' },
    rollupOptions: {
      // Lets shared code live in the entry, which the UI chunks then import, rather than in a
      // separate shared chunk that would cost every visitor one more request.
      preserveEntrySignatures: 'allow-extension',
      output: {
        chunkFileNames: chunkName,
        minify: true,
        // The UI loader travels with the banner it always needs: a first visit fetches one chunk,
        // not the loader and then the banner it imports.
        advancedChunks: { groups: [{ name: 'cookie-consent', test: /src\/elements\/(load-ui\.ts|cookie-consent\/)/ }] },
      },
    },
  },
  test: {
    projects: [
      {
        test: { name: 'unit', include: ['test/{config,consent,i18n,notice,check,render,import,cli,scripts}/**/*.test.ts'], environment: 'node' },
      },
      {
        test: {
          name: 'pages',
          include: ['test/pages/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Each file starts its own Chromium; two at a time suits a 2-core machine.
          maxWorkers: 2,
        },
      },
    ],
  },
});
