/**
 * The package as a site installs it: `npm pack` makes the tarball, which is installed offline into
 * an empty project (its dependencies taken from this repository's own node_modules, so no
 * registry is needed), and used there the documented ways: the drop-in files served to a browser,
 * the ESM import through "exports", the TypeScript types, the JSON Schema path, and the
 * `privacy-consent` command through npx. Needs the build (npm test builds first).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium.mjs';
import { startServer } from '../../scripts/serve.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const DEMO = join(root, 'demo');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

let scratch: string;
let consumer: string;
let installed: string;
let packed: string[];
let installLog: string;

/** Runs a command in the consumer project; returns its output, exit code and both streams. */
function run(command: string, args: string[], cwd = consumer) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  if (!existsSync(join(root, 'dist/privacy-consent.js'))) execFileSync(npm, ['run', '-s', 'build'], { cwd: root, stdio: 'pipe' });
  scratch = mkdtempSync(join(tmpdir(), 'privacy-pack-'));
  // --ignore-scripts: the build is already there (`prepack` builds it for a real release).
  const [pack] = JSON.parse(execFileSync(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', scratch], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })) as {
    filename: string;
    files: { path: string }[];
  }[];
  packed = pack!.files.map((f) => f.path);

  consumer = join(scratch, 'site');
  cpSync(join(root, 'test/fixtures/package/consumer'), consumer, { recursive: true });
  // The package's dependencies, from this repository's node_modules (every package of the lock
  // file that is not a development one), so that the offline install finds them all in place.
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean; devOptional?: boolean; optional?: boolean }> };
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (!path || entry.dev || entry.devOptional || entry.optional) continue;
    const from = join(root, path);
    cpSync(from, join(consumer, path), { recursive: true, dereference: true, filter: (src) => !src.slice(from.length).includes('/node_modules/') });
  }
  const install = run(npm, ['install', '--offline', '--no-audit', '--no-fund', join(scratch, pack!.filename)]);
  if (install.code !== 0) throw new Error(`npm install of the tarball failed:\n${install.stdout}\n${install.stderr}`);
  installLog = `${install.stdout}${install.stderr}`;
  installed = join(consumer, 'node_modules/privacy-consent');
}, 120_000);

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('npm pack', () => {
  it('ships the drop-in script and every chunk it loads, the schema, the types, the manifest and the command line', () => {
    expect(packed).toEqual(
      expect.arrayContaining([
        'package.json',
        'README.md',
        'bin/privacy-consent.js',
        'dist/privacy-consent.js',
        'dist/debug-report.js',
        'dist/privacy-consent.schema.json',
        'dist/custom-elements.json',
        'dist/types/embed.d.ts',
        'dist/cli.js',
        'dist/cli-import.js',
      ]),
    );
    const chunks = readdirSync(join(root, 'dist/chunks')).filter((f) => f.endsWith('.js'));
    expect(packed).toEqual(expect.arrayContaining(chunks.map((f) => `dist/chunks/${f}`)));
  });

  it('leaves out the demo’s own bundles, their declarations and source maps', () => {
    expect(packed.filter((path) => /playground|import-demo|demo-configs|\.map$/.test(path))).toEqual([]);
  });
});

describe('installed into an empty project, offline', () => {
  it('installs without engine warnings on this Node', () => {
    const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    expect(pkg.engines.node).toBe('^20.19.0 || >=22.12.0');
    // npm checks the installed package's engines against this Node, and its dependencies' too.
    expect(installLog).not.toMatch(/EBADENGINE|npm warn/i);
  });

  it('resolves the ESM import, the schema and the manifest through "exports"', () => {
    const resolved = run(process.execPath, ['--input-type=module', '-e', `
      for (const spec of ['privacy-consent', 'privacy-consent/schema.json', 'privacy-consent/custom-elements.json', 'privacy-consent/package.json']) {
        console.log(import.meta.resolve(spec));
      }`]);
    expect(resolved.code, resolved.stderr).toBe(0);
    expect(resolved.stdout.trim().split('\n').map((url) => url.replace(/^.*node_modules\/privacy-consent\//, ''))).toEqual([
      'dist/privacy-consent.js',
      'dist/privacy-consent.schema.json',
      'dist/custom-elements.json',
      'package.json',
    ]);
  });

  it('bundles for a site that imports it as a module (a bundler follows "exports")', () => {
    const out = join(consumer, 'bundle.js');
    const esbuild = join(root, 'node_modules/.bin/esbuild');
    const built = run(esbuild, ['app.js', '--bundle', '--format=esm', `--outfile=${out}`, '--log-level=error']);
    expect(built.code, built.stderr).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('privacy-consent-config');
  });

  it('type-checks a site’s config and code against the published types', () => {
    const tsc = run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json']);
    expect(tsc.code, `${tsc.stdout}${tsc.stderr}`).toBe(0);
  });

  it('gives editors the JSON Schema at the documented path', () => {
    const schema = JSON.parse(readFileSync(join(installed, 'dist/privacy-consent.schema.json'), 'utf8'));
    expect(schema.title).toBe('privacy-consent configuration');
    expect(schema.$defs.PrivacyConfig).toBeDefined();
    expect(JSON.parse(readFileSync(join(consumer, 'privacy.json'), 'utf8')).$schema).toBe('./node_modules/privacy-consent/dist/privacy-consent.schema.json');
  });

  it('runs `npx privacy-consent check` on a config', () => {
    const good = run(npx, ['--offline', '--no-install', 'privacy-consent', 'check', 'privacy.json']);
    expect(good.code, `${good.stdout}${good.stderr}`).toBe(0);
    expect(good.stdout).toMatch(/privacy\.json: (no problems found|0 errors)/);
    writeFileSync(join(consumer, 'broken.json'), JSON.stringify({ version: '1' }, null, 2));
    const bad = run(npx, ['--offline', '--no-install', 'privacy-consent', 'check', 'broken.json']);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toMatch(/"organisation" is missing from the config/);
    expect(`${bad.stdout}${bad.stderr}`).not.toMatch(/\n\s+at .*\.js:\d+:\d+/);
  });
});

describe('the drop-in files, hosted as the README says', () => {
  let browser: Browser | undefined;
  let server: { url: string; close(): Promise<void> } | undefined;
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('show the banner and gate a script from privacy-consent.js and chunks/ copied out of node_modules', async () => {
    const site = join(scratch, 'public');
    cpSync(join(installed, 'dist/privacy-consent.js'), join(site, 'privacy-consent.js'));
    cpSync(join(installed, 'dist/chunks'), join(site, 'chunks'), { recursive: true });
    server = await startServer({ roots: [site, DEMO] });
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.url}/analytics.html`);
    await page.locator('cookie-consent [part~="accept-button"]').click({ timeout: 20_000 });
    await page.waitForFunction('window.fakeAnalyticsRuns === 1', undefined, { timeout: 20_000 });
    expect(errors).toEqual([]);
  });
});
