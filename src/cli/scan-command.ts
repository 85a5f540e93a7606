/**
 * `privacy-consent scan <url>`: opens the site in a headless Chromium as new visitors would (no
 * choice, "Reject all", "Accept all", the next visit), records what each journey stores and which
 * other sites it contacts, and compares that with the site's config. Built as its own module
 * (`dist/cli-scan.js`), loaded only for this command, so `check` never loads playwright-core.
 *
 * Exit codes, as `check`: 0 clean (notes only), 1 warnings, 2 errors or a scan that could not run.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { findBrowser, NO_BROWSER } from '../scan/browser.js';
import { formatHtml } from '../scan/format-html.js';
import { formatText } from '../scan/format-text.js';
import { parseKnownCookies, SHIPPED_LISTS, type KnownCookie } from '../scan/known-cookies.js';
import { isNoticePath, resolveConfigText, type ResolvedConfig } from '../scan/page-config.js';
import { BrowserLaunchError, scanSite } from '../scan/scan.js';
import type { ScanReport } from '../scan/scan-report.js';
import { parseArgs } from './args.js';
import { checkFile } from './check-command.js';
import { EXIT, type CliIo } from './io.js';

declare const __VERSION__: string;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : 'development';

export const SCAN_USAGE = `Usage: privacy-consent scan <url> [options]

Opens the site in a headless Chromium as a new visitor would, in a fresh profile for each
journey: a first visit with no choice, after "Reject all", after "Accept all", and the next visit
after "Reject all" (the last three where the page uses privacy-consent). It records the cookies,
storage and requests to other sites of each, and compares them with the site's config: what is
stored before a choice or after "Reject all", what the config does not declare (with a draft
entry), what it declares but no journey saw.

Options:
  --config <file>         compare with this config instead of the one each page loads
  --pages <n>             the most pages to scan, following same-origin links (default 10)
  --urls <file>           scan the pages listed in this file (one URL a line), without crawling
  --format <format>       text (default), json or html
  -o, --output <file>     write the report to this file (default: standard output)
  --known-cookies <file>  more known cookies, searched before the two shipped lists (ours and the
                          Open Cookie Database): a list shaped like ours, or a newer
                          open-cookie-database.json
  --settle <ms>           wait after the network goes quiet (default 2000)
  --page-timeout <s>      the longest a page may take to load and go quiet (default 30)
  --timeout <s>           the longest the whole scan may take (default 300)
  --delay <ms>            the least time between two page starts (default 1000)
  -q, --quiet             no progress lines on standard error
  --help                  show this help

It follows robots.txt (user agent "privacy-consent-scan") when crawling, scans at most two pages
at a time, and needs Chromium or Chrome installed (CHROMIUM_PATH); it never downloads a browser.

Exit codes: 0 clean (notes only); 1 warnings; 2 errors, or the scan could not run.
`;

/** Integer options: name, default, least and greatest value. */
const NUMBERS = {
  pages: [10, 1, 1000],
  settle: [2000, 0, 60_000],
  'page-timeout': [30, 1, 600],
  timeout: [300, 5, 86_400],
  delay: [1000, 0, 60_000],
} as const satisfies Record<string, readonly [number, number, number]>;

type NumberOption = keyof typeof NUMBERS;

function readNumber(name: NumberOption, raw: string | undefined): number | string {
  const [fallback, min, max] = NUMBERS[name];
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) return `--${name} must be a whole number from ${min} to ${max}, not "${raw}"`;
  return value;
}

/** An http(s) URL, or why not. */
function readUrl(raw: string): URL | string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return `"${raw}" is not a URL: give the full address, such as https://www.example.nhs.uk/`;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url : `"${raw}" is not an http or https address`;
}

/** Reads a text file, or says why it cannot. */
async function readText(file: string, cwd: string): Promise<{ text: string } | { problem: string }> {
  try {
    return { text: await readFile(resolve(cwd, file), 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { problem: code === 'ENOENT' ? `cannot find ${file}: no such file` : code === 'EISDIR' ? `${file} is a directory` : `cannot read ${file}: ${(error as Error).message}` };
  }
}

/**
 * Reads `--config` and checks it as `privacy-consent check` does: a config with errors outside its
 * notice stops the scan; errors in the notice's text only are reported as a note (`notice-problem`).
 */
async function loadConfig(file: string, cwd: string): Promise<ResolvedConfig | string> {
  const report = await checkFile(file, cwd);
  if (report.problem) return report.problem;
  const errors = report.findings.filter((f) => f.severity === 'error' && !isNoticePath(f.path));
  if (errors.length > 0) {
    const first = errors[0]!;
    return `the config ${file} fails check with ${errors.length} error${errors.length === 1 ? '' : 's'} (first, line ${first.line}, column ${first.column}: ${first.path}: ${first.message}); run "privacy-consent check ${file}" and fix it first`;
  }
  const read = await readText(file, cwd);
  return 'problem' in read ? read.problem : resolveConfigText(read.text, file);
}

/** Reads `--urls`: one URL a line; blank lines and `#` comments are skipped. */
async function loadUrls(file: string, cwd: string): Promise<string[] | string> {
  const read = await readText(file, cwd);
  if ('problem' in read) return read.problem;
  const urls: string[] = [];
  for (const [i, rawLine] of read.text.split(/\r?\n/).entries()) {
    const line = rawLine.trim();
    if (!line || line.startsWith('#')) continue;
    const url = readUrl(line);
    if (typeof url === 'string') return `${file}, line ${i + 1}: ${url}`;
    urls.push(url.href);
  }
  return urls.length ? urls : `${file} lists no URLs`;
}

/** Reads `--known-cookies`. */
async function loadKnown(file: string, cwd: string): Promise<KnownCookie[] | string> {
  const read = await readText(file, cwd);
  if ('problem' in read) return read.problem;
  try {
    return parseKnownCookies(JSON.parse(read.text), file);
  } catch (error) {
    return error instanceof SyntaxError ? `${file} is not valid JSON: ${error.message}` : (error as Error).message;
  }
}

/** Runs `scan`. Never throws for bad input: every problem is one line and an exit code. */
export async function runScan(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(
    argv.map((a) => (a === '-o' ? '--output' : a.startsWith('-o=') ? `--output=${a.slice(3)}` : a === '-q' ? '--quiet' : a)),
    { flags: ['help', 'quiet'], options: ['config', 'pages', 'urls', 'format', 'output', 'known-cookies', 'settle', 'page-timeout', 'timeout', 'delay'] },
  );
  if (args.flags.has('help')) {
    io.stdout(SCAN_USAGE);
    return EXIT.ok;
  }
  const fail = (message: string, usage = false) => {
    io.stderr(`privacy-consent scan: ${message}\n${usage ? `\n${SCAN_USAGE}` : ''}`);
    return EXIT.errors;
  };
  if (args.error) return fail(args.error, true);
  const format = args.options.get('format') ?? 'text';
  if (!['text', 'json', 'html'].includes(format)) return fail(`--format must be "text", "json" or "html", not "${format}"`, true);
  const numbers = {} as Record<NumberOption, number>;
  for (const name of Object.keys(NUMBERS) as NumberOption[]) {
    const value = readNumber(name, args.options.get(name));
    if (typeof value === 'string') return fail(value, true);
    numbers[name] = value;
  }
  if (args.positionals.length > 1) return fail('give one start URL (or a list with --urls)', true);
  const urlsFile = args.options.get('urls');
  if (!args.positionals.length && !urlsFile) return fail('give the URL of the site to scan', true);
  let start: string | undefined;
  if (args.positionals[0]) {
    const url = readUrl(args.positionals[0]);
    if (typeof url === 'string') return fail(url);
    start = url.href;
  }
  let urls: string[] | undefined;
  if (urlsFile) {
    const loaded = await loadUrls(urlsFile, io.cwd);
    if (typeof loaded === 'string') return fail(loaded);
    urls = start ? [start, ...loaded.filter((u) => u !== start)] : loaded;
  }
  let config: ResolvedConfig | undefined;
  const configFile = args.options.get('config');
  if (configFile) {
    const loaded = await loadConfig(configFile, io.cwd);
    if (typeof loaded === 'string') return fail(loaded);
    config = loaded;
  }
  const known: (readonly KnownCookie[])[] = [];
  const knownFile = args.options.get('known-cookies');
  if (knownFile) {
    const loaded = await loadKnown(knownFile, io.cwd);
    if (typeof loaded === 'string') return fail(loaded);
    known.push(loaded);
  }
  known.push(...SHIPPED_LISTS);
  const browserPath = findBrowser(process.env, existsSync);
  if (!browserPath) return fail(NO_BROWSER);

  let report: ScanReport;
  try {
    report = await scanSite({
      url: start ?? urls![0]!,
      ...(urls ? { urls } : {}),
      pages: numbers.pages,
      settleMs: numbers.settle,
      pageTimeoutS: numbers['page-timeout'],
      timeoutS: numbers.timeout,
      delayMs: numbers.delay,
      ...(config ? { config } : {}),
      known,
      version: VERSION,
      browserPath,
      isRoot: process.getuid?.() === 0,
      ...(args.flags.has('quiet') ? {} : { progress: (line: string) => io.stderr(`privacy-consent scan: ${line}\n`) }),
    });
  } catch (error) {
    if (error instanceof BrowserLaunchError) return fail(error.message);
    throw error;
  }

  const output = format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : format === 'html' ? formatHtml(report) : formatText(report);
  const outFile = args.options.get('output');
  if (outFile && outFile !== '-') {
    try {
      await writeFile(resolve(io.cwd, outFile), output);
    } catch (error) {
      return fail(`cannot write ${outFile}: ${(error as Error).message}`);
    }
  } else {
    io.stdout(output);
  }
  // The reason a scan stopped early is said once more where a person looks, whatever the format.
  if (report.stopped) io.stderr(`privacy-consent scan: ${report.stopped}\n`);
  if (outFile && outFile !== '-') {
    const { errors, warnings, infos } = report.summary;
    io.stderr(`privacy-consent scan: wrote ${outFile}: ${errors} errors, ${warnings} warnings, ${infos} notes\n`);
  }
  return report.exitCode;
}
