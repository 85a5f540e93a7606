// After `vite build`: publish the JSON Schema and the TypeScript declarations beside the script.
import { copyFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

copyFileSync('src/config/schema/privacy-config.schema.json', 'dist/privacy-consent.schema.json');
const tsc = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
if (tsc.status !== 0) process.exit(tsc.status ?? 1);
// The classic head script that sets vendors' consent defaults: dist/privacy-consent-defaults.js.
await import('./build-defaults.mjs');
// The `data-debug` console report: dist/debug-report.js (scripts/build-debug-report.mjs).
await import('./build-debug-report.mjs');
// The `privacy-consent` command line: dist/cli.js, and the server render dist/render.js (scripts/build-cli.mjs).
await import('./build-cli.mjs');
// HTML first: the demo's notice pages with the notice rendered in, dist/demo/ (scripts/build-demo-notices.mjs).
await (await import('./build-demo-notices.mjs')).buildDemoNotices();
// The import demo's script, dist/import-demo.js (scripts/build-import-demo.mjs).
await (await import('./build-import-demo.mjs')).buildImportDemo();
// custom-elements.json for IDEs and docs tools (custom-elements-manifest.config.mjs).
const cem = spawnSync('npx', ['cem', 'analyze', '--litelement', '--quiet', '--config', 'custom-elements-manifest.config.mjs'], { stdio: 'inherit' });
if (cem.status !== 0) process.exit(cem.status ?? 1);
// The config playground's script and its list of demo configs (scripts/build-playground.mjs).
await import('./build-playground.mjs');
