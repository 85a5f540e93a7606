#!/usr/bin/env node
// The `privacy-consent` command. The CLI itself is TypeScript, bundled into dist/cli.js by the build.
// PRIVACY_CONSENT_CLI points at a build elsewhere (the CLI tests build into a temporary directory).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const cli = process.env.PRIVACY_CONSENT_CLI ? pathToFileURL(process.env.PRIVACY_CONSENT_CLI) : new URL('../dist/cli.js', import.meta.url);
if (!existsSync(fileURLToPath(cli))) {
  process.stderr.write(
    `privacy-consent: the command line is not built yet (${fileURLToPath(cli)} is missing).\n` +
      `Run "npm run build" first, in ${fileURLToPath(new URL('..', import.meta.url))}\n`,
  );
  process.exit(2);
}
const { run } = await import(cli.href);
process.exitCode = await run(process.argv.slice(2));
