/**
 * `privacy-consent scan` against small sites on loopback (test/fixtures/scan-sites/), driving
 * Debian's Chromium: the exact findings and exit codes for each, in JSON and in text, the demo
 * site scanning clean, and bad input (unreachable, redirect loop, a site refusing the scanner,
 * a page that never settles, a config that fails check) as one line and the right exit code.
 *
 * The command runs in-process (`runScan` with a captured io); one case runs the built bin, to
 * show the bundle loads playwright-core and prints no stack trace. Short settle and page time
 * limits keep the file fast; the sites are a page or two each; tests run concurrently, at most
 * two scans (two Chromiums) at a time, which suits a 2-core machine.
 */
import { createServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium.mjs';
import { DEFAULT_ROOTS, startServer } from '../../scripts/serve.mjs';
import { runScan } from '../../src/cli/scan-command.js';
import { formatHtml } from '../../src/scan/format-html.js';
import { formatText } from '../../src/scan/format-text.js';
import type { ScanFinding, ScanReport } from '../../src/scan/scan-report.js';
import { hasStackTrace, root, runCli } from '../cli/run-cli.js';

const SITES = fileURLToPath(new URL('../fixtures/scan-sites/', import.meta.url));
const DIST = DEFAULT_ROOTS[0]!;
const AXE = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));
const CONSENT_TOOL = fileURLToPath(new URL('../../node_modules/vanilla-cookieconsent/dist/', import.meta.url));
/** Fast enough for loopback sites of static files. */
const FAST = ['--settle', '100', '--delay', '0', '--page-timeout', '10', '--timeout', '60', '--quiet'];
/** Generous: a test may wait for a free scan slot before its own scan starts. */
const TIMEOUT = 120_000;

interface Served {
  url: string;
  close(): Promise<void>;
}
const servers: Served[] = [];
const sites: Record<string, string> = {};
let scratch: string;

beforeAll(async () => {
  if (!existsSync(join(DIST, 'privacy-consent.js'))) throw new Error(`the scan tests serve the built widget: run "npm run -s build" first (${DIST} has no privacy-consent.js)`);
  process.env.CHROMIUM_PATH ??= chromiumPath();
  scratch = mkdtempSync(join(tmpdir(), 'privacy-scan-'));
  for (const site of ['clean', 'analytics-before-consent', 'undeclared-cookie', 'other-consent-tool', 'third-party']) {
    const server = await startServer({ roots: [DIST, join(SITES, site), CONSENT_TOOL] });
    servers.push(server);
    sites[site] = `${server.url}/`;
  }
  // The third party: another site (127.0.0.2) on the same port, so the page can name it without templating.
  const port = new URL(sites['third-party']!).port;
  servers.push(await startServer({ host: '127.0.0.2', port: Number(port), roots: [join(SITES, 'third-party-origin')] }));
  const demo = await startServer();
  servers.push(demo);
  sites.demo = `${demo.url}/`;
}, TIMEOUT);

afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  rmSync(scratch, { recursive: true, force: true });
});

let running = 0;
const waiting: (() => void)[] = [];

/** Runs `fn` when fewer than two scans are running. */
async function inTurn<T>(fn: () => Promise<T>): Promise<T> {
  while (running >= 2) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await fn();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

/** Runs `privacy-consent scan` in-process, at once (for input refused before any browser starts). */
async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runScan(args, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd: scratch });
  return { code, stdout, stderr };
}

/** Runs a scan in-process, in turn. */
const scan = (args: string[]) => inTurn(() => run(args));

/** Scans as JSON and returns the parsed report with the exit code. */
async function scanJson(url: string, extra: string[] = []): Promise<{ code: number; report: ScanReport; stderr: string }> {
  const result = await scan([url, '--format', 'json', ...FAST, ...extra]);
  return { code: result.code, report: JSON.parse(result.stdout) as ScanReport, stderr: result.stderr };
}

/** The parts of a finding that must not vary from run to run. */
const brief = (f: ScanFinding) => ({ rule: f.rule, severity: f.severity, kind: f.kind, subject: f.subject, journeys: f.journeys, pages: f.pages, evidence: f.evidence });

describe.concurrent('privacy-consent scan: fixture sites', () => {
  it(
    'finds nothing on a clean site, follows its links, and honours robots.txt',
    async () => {
      const { code, report } = await scanJson(sites.clean!, ['--pages', '5']);
      expect(report.findings).toEqual([]);
      expect(code).toBe(0);
      expect(report.exitCode).toBe(0);
      expect(report.pages.map((p) => p.url)).toEqual([sites.clean, `${sites.clean}about.html`]);
      expect(report.notScanned).toEqual([{ url: `${sites.clean}private/secret.html`, reason: 'robots.txt' }]);
      const [home] = report.pages;
      expect(home).toMatchObject({ status: 200, consentTool: 'privacy-consent', config: { source: `${sites.clean}site.json`, check: { errors: 0, warnings: 0 } } });
      expect(home!.journeys.map((j) => [j.name, j.cookies.map((c) => c.name), j.indexedDB, j.consent?.decision ?? null])).toEqual([
        ['first-visit', [], [], null],
        ['after-reject', [], ['privacy-consent'], 'reject-all'],
        ['after-accept', ['_pk_id.7.c1ea', '_pk_ses.7.c1ea'], ['privacy-consent'], 'accept-all'],
        ['returning', [], ['privacy-consent'], 'reject-all'],
      ]);
      const accepted = home!.journeys[2]!.cookies[0]!;
      expect(accepted).toMatchObject({ party: 'first', setBy: { kind: 'script', url: `${sites.clean}matomo.js` } });
      expect(formatText(report)).toContain('No problems found');
    },
    TIMEOUT,
  );

  it(
    'errs on analytics cookies set before any choice, and on the gated script that also runs ungated',
    async () => {
      const { code, report } = await scanJson(sites['analytics-before-consent']!);
      const page = sites['analytics-before-consent']!;
      expect(report.findings.map(brief)).toEqual([
        { rule: 'storage-before-choice', severity: 'error', kind: 'cookie', subject: '_pk_id.1.a1b2', journeys: ['first-visit'], pages: [page], evidence: [`set by the script ${page}matomo.js`] },
        { rule: 'storage-before-choice', severity: 'error', kind: 'cookie', subject: '_pk_ses.1.a1b2', journeys: ['first-visit'], pages: [page], evidence: [`set by the script ${page}matomo.js`] },
        { rule: 'gated-without-consent', severity: 'error', kind: 'script', subject: `${page}matomo.js`, journeys: ['first-visit', 'returning'], pages: [page], evidence: ['data-consent="analytics/matomo" on <script>'] },
      ]);
      expect(report.findings[0]!.message).toContain('declared at $.consent.categories[1].services[0].cookies[0] in the optional category "analytics"');
      expect(code).toBe(2);
      expect(report.pages[0]!.config).toEqual({ source: `#privacy-consent-config on ${page}`, check: { errors: 0, warnings: 0 } });

      // The text report of the same site, through the command: the same findings, the same exit code.
      const text = await scan([page, ...FAST]);
      expect(text.code).toBe(2);
      expect(text.stdout).toBe(formatText(report));
      expect(text.stdout).toContain(`1 page scanned: 3 errors, 0 warnings, 0 notes

Errors (3)

1. The cookie "_pk_id.1.a1b2" was stored before the visitor made any choice, and it is not strictly necessary (declared at $.consent.categories[1].services[0].cookies[0] in the optional category "analytics").
   rule: storage-before-choice
   pages: ${page}
   seen: first visit, no choice
   evidence: set by the script ${page}matomo.js
`);
      expect(text.stdout).toContain('Result: errors found (exit code 2).');
    },
    TIMEOUT,
  );

  it(
    'warns on a cookie after Accept all that the config does not declare, with a draft entry',
    async () => {
      const { code, report } = await scanJson(sites['undeclared-cookie']!);
      expect(report.findings.map(brief)).toEqual([
        { rule: 'undeclared-storage', severity: 'warning', kind: 'cookie', subject: '_ga', journeys: ['after-accept'], pages: [sites['undeclared-cookie']], evidence: ['known-cookie list: Google Analytics, analytics'] },
      ]);
      expect(report.findings[0]!.draft).toEqual({
        category: 'analytics',
        service: { name: 'Google Analytics', provider: 'Google', privacyUrl: 'https://policies.google.com/privacy' },
        cookie: { name: '_ga', purpose: 'Tells visitors apart, to count them.', duration: '2 years' },
        source: 'privacy-consent built-in list (https://support.google.com/analytics/answer/11397207)',
      });
      expect(code).toBe(1);
      expect(formatText(report)).toContain(`   draft config entry, in the category "analytics", service "Google Analytics" (Google):
     {"name":"_ga","purpose":"Tells visitors apart, to count them.","duration":"2 years"}`);

      // The HTML report of it passes axe-core (WCAG 2.2 AA and best practice).
      const violations = await inTurn(async () => {
        const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH, args: CHROMIUM_ARGS });
        try {
          const page = await browser.newPage();
          await page.setContent(formatHtml(report));
          await page.addScriptTag({ path: AXE });
          return await page.evaluate(
            `axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'] } }).then((r) => r.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', ')))`,
          );
        } finally {
          await browser.close();
        }
      });
      expect(violations).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'on a site with another consent tool, runs the first visit only and judges cookies by the known-cookie list',
    async () => {
      const { code, report } = await scanJson(sites['other-consent-tool']!);
      const page = sites['other-consent-tool']!;
      expect(report.pages[0]).toMatchObject({ consentTool: 'CookieConsent (orestbida)', config: null });
      expect(report.pages[0]!.journeys.map((j) => j.name)).toEqual(['first-visit']);
      expect(report.findings.map(brief)).toEqual([
        { rule: 'storage-before-choice', severity: 'error', kind: 'cookie', subject: '_ga', journeys: ['first-visit'], pages: [page], evidence: [`set by the script ${page}stats.js`] },
        { rule: 'unknown-storage-before-choice', severity: 'warning', kind: 'cookie', subject: 'visitor_ref', journeys: ['first-visit'], pages: [page], evidence: [`set by the script ${page}stats.js`] },
      ]);
      expect(report.findings[0]!.message).toContain('the known-cookie list has it as analytics (Google Analytics)');
      expect(code).toBe(2);
      const text = formatText(report);
      expect(text).toContain('Errors (1)');
      expect(text).toContain('Warnings (1)');
      expect(text).toContain('HTTP 200; CookieConsent (orestbida); first visit, no choice: 2 cookies');
    },
    TIMEOUT,
  );

  it(
    'warns on a request to another site before any choice',
    async () => {
      const { code, report } = await scanJson(sites['third-party']!);
      const other = `http://127.0.0.2:${new URL(sites['third-party']!).port}`;
      expect(report.findings.map(brief)).toEqual([
        { rule: 'third-party-before-choice', severity: 'warning', kind: 'request', subject: other, journeys: ['first-visit'], pages: [sites['third-party']], evidence: [`${other}/pixel.gif (image)`] },
      ]);
      expect(code).toBe(1);
      expect(formatText(report)).toContain(`1. The page contacted ${other} before the visitor made any choice`);
    },
    TIMEOUT,
  );

  it(
    'scans the demo site clean (notes only): a page of each kind',
    async () => {
      // The home page and the analytics page (Matomo); an embed gated on a required category (it
      // may load before a choice); a notice page whose config has no consent part (nothing to
      // choose: first visit only; its imported notice's own gaps are a note); the Welsh site; and
      // Google Consent Mode through a tag manager.
      const paths = ['analytics.html', 'videos.html', 'notices/nhs-icb-coproduction-team.html', 'cy/', 'integrations.html'];
      const list = join(scratch, 'demo-urls.txt');
      writeFileSync(list, paths.map((path) => `${sites.demo}${path}`).join('\n'));
      const { code, report } = await scanJson(sites.demo!, ['--urls', list]);
      expect(report.pages.map((p) => [p.url, p.consentTool, p.error ?? null, p.journeys.length])).toEqual([
        [sites.demo, 'privacy-consent', null, 4],
        ...paths.map((path) => [`${sites.demo}${path}`, 'privacy-consent', null, path.startsWith('notices/') ? 1 : 4]),
      ]);
      expect(report.findings.filter((f) => f.severity !== 'info')).toEqual([]);
      expect(report.findings.filter((f) => f.rule === 'notice-problem').map((f) => f.subject)).toEqual([`${sites.demo}notices/nhs-icb-coproduction-team.json`]);
      expect(code).toBe(0);
      // The demo's analytics page sets the declared Matomo cookies after Accept all, and nothing before.
      const analytics = report.pages[1]!.journeys;
      expect(analytics.find((j) => j.name === 'first-visit')!.cookies).toEqual([]);
      expect(analytics.find((j) => j.name === 'after-accept')!.cookies.map((c) => c.name)).toEqual(['_pk_id.1.demo', '_pk_ses.1.demo']);
    },
    TIMEOUT,
  );
});

/** A one-route server on loopback, for the bad-input cases. */
async function serve(handler: Parameters<typeof createServer>[1]): Promise<{ url: string; server: Server }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  servers.push({ url: '', close: () => new Promise((done) => server.close(() => done())) });
  return { url: `http://127.0.0.1:${address.port}/`, server };
}

describe.concurrent('privacy-consent scan: bad input', () => {
  it(
    'names a redirect loop',
    async () => {
      const { url } = await serve((request, response) => {
        response.writeHead(302, { location: request.url === '/a' ? '/b' : '/a' });
        response.end();
      });
      const result = await scan([url, ...FAST]);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(`privacy-consent scan: cannot load ${url}: it redirects in a loop (ERR_TOO_MANY_REDIRECTS)\n`);
      expect(result.stdout).toContain('rule: site-unreachable');
    },
    TIMEOUT,
  );

  it(
    'names a TLS certificate no browser trusts',
    async () => {
      const tls = join(SITES, 'tls');
      const server = createHttpsServer({ key: readFileSync(join(tls, 'key.pem')), cert: readFileSync(join(tls, 'cert.pem')) }, (_request, response) => {
        response.writeHead(200, { 'content-type': 'text/html' });
        response.end('<!doctype html><title>Home</title>');
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      servers.push({ url: '', close: () => new Promise((done) => server.close(() => done())) });
      const url = `https://127.0.0.1:${(server.address() as { port: number }).port}/`;
      const result = await scan([url, ...FAST]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(new RegExp(`^privacy-consent scan: cannot load ${url.replace(/[.]/g, '\\.')}: its TLS \\(HTTPS\\) certificate or connection is not valid \\(ERR_CERT_[A-Z_]+\\)\n$`));
      expect(result.stdout).toContain('rule: site-unreachable');
    },
    TIMEOUT,
  );

  it(
    'says when a site refuses automated browsers',
    async () => {
      const { url } = await serve((request, response) => {
        const headless = /HeadlessChrome|privacy-consent-scan/.test(request.headers['user-agent'] ?? '');
        response.writeHead(headless ? 403 : 200, { 'content-type': 'text/html' });
        response.end(headless ? '<!doctype html><title>Access denied</title><p>Bots are not allowed.' : '<!doctype html><title>Home</title>');
      });
      const result = await scan([url, ...FAST]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^privacy-consent scan: cannot scan http:\/\/127\.0\.0\.1:\d+\/: the site refused the scanner \(HTTP 403 Forbidden\); it may block automated browsers: allow the user agent "privacy-consent-scan" or scan a staging copy\n$/);
    },
    TIMEOUT,
  );

  it(
    'reports a page that never settles as a warning, with what it saw by the page time limit',
    async () => {
      const { url } = await serve((request, response) => {
        if (request.url === '/forever') return; // never answers
        response.writeHead(200, { 'content-type': 'text/html' });
        response.end('<!doctype html><title>Live feed</title><img src="/forever" alt="">');
      });
      const { code, report } = await scanJson(url, ['--page-timeout', '2']);
      expect(report.findings.map(brief)).toEqual([{ rule: 'page-not-settled', severity: 'warning', kind: 'page', subject: url, journeys: ['first-visit'], pages: [url], evidence: [] }]);
      expect(code).toBe(1);
    },
    TIMEOUT,
  );

  it('refuses a --config that fails check in one line, before starting a browser', async () => {
    const file = join(scratch, 'broken.json');
    writeFileSync(file, '{ "version": 2026, "organisation": { "name": "Example" } }');
    const result = await run([sites.clean!, '--config', file]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `privacy-consent scan: the config ${file} fails check with 1 error (first, line 1, column 3: $.version: expected text, got a whole number); run "privacy-consent check ${file}" and fix it first\n`,
    );
  });

  it('refuses bad options with the usage', async () => {
    const result = await run(['ftp://example.org/']);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toBe('privacy-consent scan: "ftp://example.org/" is not an http or https address\n');
    const numbers = await run([sites.clean!, '--pages', '0']);
    expect(numbers.code).toBe(2);
    expect(numbers.stderr).toMatch(/^privacy-consent scan: --pages must be a whole number from 1 to 1000, not "0"\n\nUsage: privacy-consent scan/);
  });

  it(
    'through the built bin: says in one line that the site cannot be reached, exits 2, still writes the report',
    async () => {
      // The build's own dist/cli.js: a bundle elsewhere could not resolve playwright-core from node_modules.
      const cli = join(root, 'dist', 'cli.js');
      const { url, server } = await serve(() => undefined);
      await new Promise((done) => server.close(done));
      const out = join(scratch, 'unreachable.json');
      const result = await inTurn(() => runCli(cli, ['scan', url, '--format', 'json', '-o', out, ...FAST], { timeout: TIMEOUT }));
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(`privacy-consent scan: cannot load ${url}: the connection was refused (is the server running on that port?) (ERR_CONNECTION_REFUSED)\nprivacy-consent scan: wrote ${out}: 1 errors, 0 warnings, 0 notes\n`);
      expect(hasStackTrace(result.stdout + result.stderr)).toBe(false);
      const report = JSON.parse(readFileSync(out, 'utf8')) as ScanReport;
      expect(report).toMatchObject({ complete: false, exitCode: 2, findings: [{ rule: 'site-unreachable', severity: 'error' }] });
    },
    TIMEOUT,
  );
});
