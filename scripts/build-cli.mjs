// Bundles the command line (src/cli, TypeScript) for Node into dist/cli.js, and the import
// command into dist/cli-import.js when src/cli/import-command.ts exists (and scan into dist/cli-scan.js).
// Run by postbuild.mjs.
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const entryPoints = [{ in: `${root}src/cli/main.ts`, out: 'cli' }];
if (existsSync(`${root}src/cli/import-command.ts`)) entryPoints.push({ in: `${root}src/cli/import-command.ts`, out: 'cli-import' });
if (existsSync(`${root}src/cli/scan-command.ts`)) entryPoints.push({ in: `${root}src/cli/scan-command.ts`, out: 'cli-scan' });

await build({
  entryPoints,
  outdir: process.env.PRIVACY_CLI_OUTDIR ?? `${root}dist`,
  bundle: true,
  splitting: true,
  chunkNames: 'cli-chunks/[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Packages the import command reads .docx with, and playwright-core for scan, stay in
  // node_modules, as dependencies.
  packages: 'external',
  define: { __VERSION__: JSON.stringify(version) },
  logLevel: 'warning',
});
