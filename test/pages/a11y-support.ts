/**
 * Shared set-up of the language and accessibility page tests: one Chromium, the demo server with
 * `test/fixtures/i18n/` as an extra root, and pages written on the fly around a config, so a test
 * can choose `<html lang>`, `dir` and the page's content without a file per case.
 */
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium.mjs';
import { DEFAULT_ROOTS, startServer } from '../../scripts/serve.mjs';

export const FIXTURES = fileURLToPath(new URL('../fixtures/i18n/', import.meta.url));
export const AXE = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export interface Harness {
  browser: Browser;
  url: string;
  close(): Promise<void>;
}

/** Starts the server (demo, build, fixtures) and one browser for a test file. */
export async function startHarness(): Promise<Harness> {
  const server = await startServer({ roots: [...DEFAULT_ROOTS, FIXTURES] });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  return {
    browser,
    url: server.url,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

export interface PageOptions {
  /** URL of the config, served from the demo or `test/fixtures/i18n/`. */
  config: string;
  /** `<html lang>`; omitted when null. */
  lang?: string | null;
  /** `<html dir>`. */
  dir?: 'ltr' | 'rtl';
  /** Content of `<main>`. */
  body?: string;
  /** Extra `<head>` content. */
  head?: string;
  /** The page has its own dark theme (default true); false for a page that stays light in dark mode. */
  darkPage?: boolean;
}

/** A page around a config, as a site would write it: the drop-in script, a heading, `body`. */
export function pageHtml({ config, lang = 'en-GB', dir, body = '', head = '', darkPage = true }: PageOptions): string {
  return `<!doctype html>
<html${lang === null ? '' : ` lang="${lang}"`}${dir ? ` dir="${dir}"` : ''}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Test page</title>
<link rel="icon" href="data:,">
<style>
  body { font-family: system-ui, sans-serif; margin: 0; padding: 1rem; color: #0b0c0c; background: #fff; }
  main { max-width: 60rem; }
  ${darkPage ? '@media (prefers-color-scheme: dark) { body { color: #f3f2f1; background: #1b1b1b; } a { color: #8fc3ff; } }' : ''}
</style>
${head}
<script type="module" src="/privacy-consent.js" data-config="${config}"></script>
</head>
<body>
<main id="main">
<h1>Test page</h1>
<p>Some page content, with <a href="#main">a link</a>.</p>
${body}
</main>
</body>
</html>`;
}

let pages = 0;

/** Opens `options` as a page at a fresh address in `context`; resolves once the page has loaded. */
export async function openPage(context: BrowserContext, base: string, options: PageOptions): Promise<Page> {
  const page = await context.newPage();
  const path = `/__test/${++pages}.html`;
  await page.route(`${base}${path}`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: pageHtml(options) }));
  await page.goto(`${base}${path}`);
  return page;
}

/** Text of the first element matching a selector inside an element's open shadow root. */
export function shadowText(page: Page, host: string, selector: string): Promise<string | null> {
  return page.evaluate(
    ([h, s]) => document.querySelector(h!)?.shadowRoot?.querySelector(s!)?.textContent?.replace(/\s+/g, ' ').trim() ?? null,
    [host, selector],
  );
}

/** An attribute of the first element matching a selector inside an element's open shadow root. */
export function shadowAttribute(page: Page, host: string, selector: string, name: string): Promise<string | null> {
  return page.evaluate(
    ([h, s, n]) => document.querySelector(h!)?.shadowRoot?.querySelector(s!)?.getAttribute(n!) ?? null,
    [host, selector, name],
  );
}
