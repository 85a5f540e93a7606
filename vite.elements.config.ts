// The side-effect-free entry `privacy-consent/elements`: dist/elements/index.js (src/index.ts),
// the element classes and types for sites that bundle their own code. A build of its own, after
// the drop-in's (vite.config.ts): a second entry in that build would let the bundler share
// chunks between the two and change the drop-in's bytes.
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import minifyTemplates from './scripts/minify-templates.mjs';

const { dependencies = {} } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { dependencies?: Record<string, string> };
const packages = Object.keys(dependencies);

export default defineConfig({
  publicDir: false,
  plugins: [minifyTemplates()],
  build: {
    target: 'es2022',
    outDir: 'dist/elements',
    emptyOutDir: true,
    // Readable output: the site's own bundler minifies it.
    minify: false,
    sourcemap: true,
    lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => 'index.js' },
    rollupOptions: {
      // The package's dependencies (lit, idb-keyval, @floating-ui/dom) stay imports, so a site
      // that uses Lit itself gets one copy of it.
      external: (id) => packages.some((name) => id === name || id.startsWith(`${name}/`)),
      output: { chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
