/**
 * Runs the built `privacy-consent` command as a user would: `node bin/privacy-consent.js …`, with
 * the CLI bundled by scripts/build-cli.mjs into a temporary directory (so the test never depends
 * on, or disturbs, whatever is in dist/).
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));

/** Builds the CLI once per test file; returns the path of the bundled cli.js. */
export function buildCli(): string {
  // Inside the repository's node_modules, so Node finds the packages the bundle leaves external
  // (lit and @lit-labs/ssr for `render`) as it does for an installed package.
  const cache = join(root, 'node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  const outdir = mkdtempSync(join(cache, 'privacy-cli-'));
  execFileSync(process.execPath, [join(root, 'scripts/build-cli.mjs')], { env: { ...process.env, PRIVACY_CLI_OUTDIR: outdir }, stdio: 'pipe' });
  return join(outdir, 'cli.js');
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs the bin with `args` in `cwd` (the repository root by default), killing it after `timeout` ms. */
export function runCli(cli: string, args: string[], { cwd = root, timeout = 30_000 } = {}): Promise<CliResult> {
  const started = Date.now();
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(root, 'bin/privacy-consent.js'), ...args],
      { cwd, timeout, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, PRIVACY_CONSENT_CLI: cli, PRIVACY_CONSENT_DEBUG: '' } },
      (error, stdout, stderr) => {
        const code = error ? ((error as { code?: number | string }).code as number | null) ?? null : 0;
        resolve({ code: typeof code === 'number' ? code : null, stdout, stderr, ms: Date.now() - started });
      },
    );
  });
}

/** Whether output contains a JavaScript stack trace. */
export function hasStackTrace(text: string): boolean {
  return /^\s+at .+\(.*:\d+:\d+\)$/m.test(text) || /\bat file:\/\//.test(text) || /node:internal/.test(text);
}
