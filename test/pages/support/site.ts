/**
 * The one harness of the whole-page tests (test/pages/): one Chromium and one server per test
 * file, a fresh browser context (so fresh cookies and IndexedDB) per test, and page objects for
 * what a visitor and a site see: the banner, the preferences dialog, consent events, the
 * console, axe-core; and pages written on the fly around a config (`openPage`).
 *
 * The server serves, in order: what the test file writes with `serve` (a temporary directory,
 * removed afterwards), the build (`PRIVACY_DIST` or `dist/`), `demo/`, then the test-only pages
 * in `test/fixtures/pages/` and the language configs in `test/fixtures/i18n/`. Pages whose name
 * starts with `csp-` get a strict Content-Security-Policy with the nonce `CSP_NONCE`.
 *
 * Code passed to the page is plain (no imports, no helpers) so that it runs as written.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Locator, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { CHROMIUM_ARGS, chromiumPath } from '../../../scripts/chromium.mjs';
import { DEFAULT_ROOTS, startServer } from '../../../scripts/serve.mjs';
import type { ConsentChangeDetail, ConsentState } from '../../../src/consent/events.js';

export type { ConsentChangeDetail, ConsentState };

const FIXTURES = fileURLToPath(new URL('../../fixtures/pages/', import.meta.url));
const LANGUAGE_FIXTURES = fileURLToPath(new URL('../../fixtures/i18n/', import.meta.url));
/** axe-core's browser build, for `page.addScriptTag({ path: AXE })`. */
export const AXE = fileURLToPath(new URL('../../../node_modules/axe-core/axe.min.js', import.meta.url));
/** The axe-core rule tags every page test runs: WCAG 2.0 to 2.2 A and AA, and best practice. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const DEMO_CONFIG = fileURLToPath(new URL('../../../demo/site.json', import.meta.url));

export const CSP_NONCE = 'r4nd0m-n0nce-for-tests';
export const STRICT_CSP = `default-src 'self'; script-src 'self' 'nonce-${CSP_NONCE}'; style-src 'self'`;

/** The demo site's config, parsed afresh (tests change copies of it). */
export function demoConfig(): any {
  return JSON.parse(readFileSync(DEMO_CONFIG, 'utf8'));
}

export interface Site {
  /** The server's origin, `http://127.0.0.1:port`. */
  readonly url: string;
  readonly browser: Browser;
  /** A fresh context (fresh storage, reduced motion unless asked otherwise); closed after the test. */
  context(options?: BrowserContextOptions): Promise<BrowserContext>;
  /** A page in a fresh context, with consent events recorded and the console watched. */
  visit(path: string, options?: VisitOptions): Promise<Visit>;
}

export interface VisitOptions extends BrowserContextOptions {
  /** Scripts run in the page before any of its own (addInitScript). */
  init?: string[];
  /** Serve this config at `/site.json` instead of the demo's. */
  config?: unknown;
  /** An existing context to open the page in. */
  in?: BrowserContext;
  /** Runs on the new page before it navigates (to route or hold requests). */
  before?: (page: Page) => Promise<unknown>;
}

export interface SiteOptions {
  /** Extra Chromium arguments (`--host-resolver-rules=…`). */
  args?: string[];
  /**
   * Writes files the test serves into `dir`, a fresh temporary directory served before
   * everything else (so it can also replace a built file); runs once, before the first test.
   */
  serve?: (dir: string) => void | Promise<void>;
}

/** Starts one Chromium and one server for the file (call it at the top level of the file). */
export function useSite({ args = [], serve }: SiteOptions = {}): Site {
  let browser: Browser | undefined;
  let server: { url: string; close(): Promise<void> } | undefined;
  let served: string | undefined;
  const contexts: BrowserContext[] = [];

  // Generous: `serve` may bundle a script (the import demo), on a machine busy with other suites.
  beforeAll(async () => {
    if (serve) {
      served = mkdtempSync(join(tmpdir(), 'privacy-consent-site-'));
      await serve(served);
    }
    server = await startServer({
      roots: [...(served ? [served] : []), ...DEFAULT_ROOTS, FIXTURES, LANGUAGE_FIXTURES],
      headers: (pathname): Record<string, string> =>
        /\/csp-[^/]*\.html$/.test(pathname) ? { 'content-security-policy': STRICT_CSP } : {},
    });
    browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS, ...args] });
  }, 120_000);
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close()));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (served) rmSync(served, { recursive: true, force: true });
  });

  const site: Site = {
    get url() {
      return server!.url;
    },
    get browser() {
      return browser!;
    },
    async context(options = {}) {
      const context = await browser!.newContext({ reducedMotion: 'reduce', ...options });
      contexts.push(context);
      return context;
    },
    async visit(path, options = {}) {
      const { init = [], config, in: existing, before, ...contextOptions } = options;
      const context = existing ?? (await site.context(contextOptions));
      const page = await context.newPage();
      const visit = new Visit(page);
      await page.addInitScript(RECORD_EVENTS);
      for (const script of init) await page.addInitScript(script);
      if (config !== undefined) await serveConfig(page, config);
      await before?.(page);
      await visit.goto(path.startsWith('http') ? path : `${server!.url}${path}`);
      return visit;
    },
  };
  return site;
}

/** Serves `config` (an object, or raw text) at `/site.json` for this page. */
export async function serveConfig(page: Page, config: unknown): Promise<void> {
  await page.unroute('**/site.json');
  await page.route('**/site.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: typeof config === 'string' ? config : JSON.stringify(config) }),
  );
}

/**
 * Records consent events, CSP violations and layout shifts from the first moment of each page.
 * `shifts` holds every layout shift as `{ value, recent, at }` (`at`: its time on the page's
 * clock); CLS counts those not `recent` (not within 500 ms of the visitor's input).
 */
const RECORD_EVENTS = `(() => {
  window.__consent = { events: [], shifts: [], violations: [] };
  for (const type of ['consent-ready', 'consent-change']) {
    document.addEventListener(type, (event) => {
      window.__consent.events.push({ type, detail: JSON.parse(JSON.stringify(event.detail)), target: event.target && event.target.localName });
    });
  }
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__consent.violations.push(event.violatedDirective + ' ' + event.blockedURI + ' ' + (event.sample || ''));
  });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__consent.shifts.push({ value: entry.value, recent: entry.hadRecentInput, at: entry.startTime });
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {}
})();`;

export interface ConsoleEntry {
  type: string;
  text: string;
}

/** One page as a visitor and the site see it. */
export class Visit {
  readonly console: ConsoleEntry[] = [];
  readonly pageErrors: string[] = [];
  readonly requests: string[] = [];

  constructor(readonly page: Page) {
    page.on('console', (message) => this.console.push({ type: message.type(), text: message.text() }));
    page.on('pageerror', (error) => this.pageErrors.push(error.message));
    page.on('request', (request) => this.requests.push(new URL(request.url()).pathname));
  }

  async goto(url: string): Promise<void> {
    const response = await this.page.goto(url);
    if (!response?.ok()) throw new Error(`could not load ${url}: HTTP ${response?.status()}`);
  }

  /** Reloads, forgetting the console, requests and events recorded so far. */
  async reload(): Promise<void> {
    // Let the current load finish its requests first (on loopback the drop-in fetches its
    // development config report after the banner shows), so none is counted for the next load.
    await this.page.waitForLoadState('networkidle');
    this.console.length = 0;
    this.pageErrors.length = 0;
    this.requests.length = 0;
    await this.page.reload();
  }

  /** Console messages of a type (`error`, `warning`…), leaving out the browser's own network messages. */
  messages(type: string): string[] {
    return this.console.filter((m) => m.type === type && !m.text.startsWith('Failed to load resource')).map((m) => m.text);
  }

  /** Waits for a console message of a type (see `messages`) and returns the first. */
  async message(type: string, timeout = 20_000): Promise<string> {
    const deadline = Date.now() + timeout;
    while (!this.messages(type).length) {
      if (Date.now() > deadline) throw new Error(`no console ${type} within ${timeout} ms`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    return this.messages(type)[0]!;
  }

  /** Every consent event of this page load so far. */
  events(): Promise<{ type: string; detail: any; target: string }[]> {
    return this.page.evaluate('window.__consent.events');
  }

  /**
   * Waits until `expression` is truthy in the page and returns its value. Polls from the test
   * rather than with `waitForFunction`, which a page's strict CSP (no `unsafe-eval`) blocks.
   */
  async until<T = unknown>(expression: string, timeout = 20_000): Promise<T> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const value = await this.page.evaluate(expression);
      if (value) return value as T;
      if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${expression}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  /** Waits for the `n`th event of a type (1-based) and returns its detail. */
  async event<T = ConsentChangeDetail>(type: 'consent-ready' | 'consent-change', n = 1): Promise<T> {
    await this.until(`window.__consent.events.filter((e) => e.type === ${JSON.stringify(type)}).length >= ${n}`);
    const events = await this.events();
    return events.filter((e) => e.type === type)[n - 1]!.detail as T;
  }

  /** The `consent-ready` detail of this page load. */
  ready(): Promise<ConsentState> {
    return this.event<ConsentState>('consent-ready');
  }

  async changes(): Promise<ConsentChangeDetail[]> {
    return (await this.events()).filter((e) => e.type === 'consent-change').map((e) => e.detail);
  }

  /** Evaluates an expression in the page. */
  eval<T = any>(expression: string): Promise<T> {
    return this.page.evaluate(expression) as Promise<T>;
  }

  state(): Promise<ConsentState> {
    return this.eval('window.PrivacyConsent.get()');
  }

  granted(id: string): Promise<boolean> {
    return this.eval(`window.PrivacyConsent.granted(${JSON.stringify(id)})`);
  }

  get banner(): Banner {
    return new Banner(this.page);
  }

  get dialog(): Dialog {
    return new Dialog(this.page);
  }

  /** Cookie names visible to the page. */
  async cookieNames(): Promise<string[]> {
    const cookie: string = await this.eval('document.cookie');
    return cookie
      .split(';')
      .map((c) => c.split('=')[0]!.trim())
      .filter(Boolean)
      .sort();
  }

  /** The names of this origin's IndexedDB databases. */
  databases(): Promise<string[]> {
    return this.eval('indexedDB.databases().then((list) => list.map((db) => db.name))');
  }

  /** Reads what is stored under our key, or `undefined` when the database does not exist. */
  readStored(): Promise<unknown> {
    return this.eval(`indexedDB.databases().then((list) => list.some((db) => db.name === 'privacy-consent') && new Promise((resolve, reject) => {
      const open = indexedDB.open('privacy-consent');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains('consent')) { db.close(); resolve(undefined); return; }
        const get = db.transaction('consent').objectStore('consent').get('record');
        get.onsuccess = () => { db.close(); resolve(get.result); };
        get.onerror = () => reject(get.error);
      };
    })).then((value) => value === false ? undefined : value)`);
  }

  /** Writes a value under our key in our database, as another script (or an old release) might. */
  writeStored(value: unknown): Promise<void> {
    return this.eval(`new Promise((resolve, reject) => {
      const open = indexedDB.open('privacy-consent');
      open.onupgradeneeded = () => open.result.createObjectStore('consent');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        const tx = db.transaction('consent', 'readwrite');
        tx.objectStore('consent').put(${JSON.stringify(value)}, 'record');
        tx.oncomplete = () => { db.close(); resolve(); };
        tx.onerror = () => reject(tx.error);
      };
    })`);
  }

  /** The element that has focus, looking inside shadow roots: a short description for messages. */
  focused(): Promise<FocusInfo | null> {
    return this.eval(FOCUSED);
  }

  /**
   * Runs axe-core on the document, or only on the elements matching `include` (selectors, each
   * with its shadow content); returns the violations as readable lines.
   */
  async axe(include?: string[]): Promise<string[]> {
    if (!(await this.eval('!!window.axe'))) await this.page.addScriptTag({ content: readFileSync(AXE, 'utf8') });
    const context = include ? JSON.stringify({ include: include.map((selector) => [selector]) }) : 'document';
    return this.eval(`axe.run(${context}, { runOnly: { type: 'tag', values: ${JSON.stringify(AXE_TAGS)} } })
      .then((result) => result.violations.map((v) => v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)).join(', ')))`);
  }
}

export interface FocusInfo {
  /** `tag#id.class "text"`, for messages. */
  label: string;
  /** Whether it is inside the banner (`<cookie-consent>`), the dialog, or the page. */
  where: 'banner' | 'dialog' | 'page';
  part: string | null;
  role: string | null;
  rect: { top: number; bottom: number; left: number; right: number };
}

const FOCUSED = `(() => {
  let active = document.activeElement;
  const hosts = [];
  while (active && active.shadowRoot && active.shadowRoot.activeElement) { hosts.push(active.localName); active = active.shadowRoot.activeElement; }
  if (!active || active === document.body) return null;
  const r = active.getBoundingClientRect();
  const text = (active.getAttribute('aria-label') || active.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 40);
  return {
    label: active.localName + (active.id ? '#' + active.id : '') + ' "' + text + '"',
    where: hosts.includes('cookie-consent') ? 'banner' : hosts.includes('cookie-preferences') ? 'dialog' : 'page',
    part: active.getAttribute('part'),
    role: active.getAttribute('role'),
    rect: { top: r.top, bottom: r.bottom, left: r.left, right: r.right },
  };
})()`;

type BannerButton = 'accept' | 'reject' | 'preferences' | 'hide';

/** The first layer and its confirmation, inside `<cookie-consent>`. */
export class Banner {
  constructor(readonly page: Page) {}

  get region(): Locator {
    return this.page.locator('cookie-consent [part~="banner"]');
  }

  button(name: BannerButton): Locator {
    return this.page.locator(`cookie-consent [part~="${name}-button"]`);
  }

  get confirmation(): Locator {
    return this.page.locator('cookie-consent [part~="confirmation"]');
  }

  async click(name: BannerButton): Promise<void> {
    await this.button(name).click();
  }

  /** Waits until the question (with its three buttons) is shown. */
  async shown(): Promise<void> {
    await this.button('accept').waitFor({ state: 'visible', timeout: 20_000 });
  }

  /** Waits until nothing of the banner is shown. */
  async gone(): Promise<void> {
    await this.region.waitFor({ state: 'detached', timeout: 20_000 });
  }

  /** Whether `<cookie-consent>` has rendered anything at all. */
  rendersNothing(): Promise<boolean> {
    return this.page.evaluate(`(() => {
      const host = document.querySelector('cookie-consent');
      const root = host && host.shadowRoot;
      return !root || root.children.length === 0;
    })()`) as Promise<boolean>;
  }
}

/** The preferences dialog, `<cookie-preferences modal>`. */
export class Dialog {
  constructor(readonly page: Page) {}

  get element(): Locator {
    return this.page.locator('cookie-preferences[modal] dialog');
  }

  /** A category's switch, found by the category's title. */
  switch(title: string): Locator {
    return this.page.locator('cookie-preferences[modal] [part~="category"]').filter({ hasText: title }).locator('[part~="switch"]');
  }

  button(name: 'save' | 'accept' | 'reject' | 'close'): Locator {
    return this.page.locator(`cookie-preferences[modal] [part~="${name}-button"]`);
  }

  async opened(): Promise<void> {
    await this.page.locator('cookie-preferences[modal] dialog[open]').waitFor({ state: 'visible', timeout: 20_000 });
  }

  async closed(): Promise<void> {
    await this.page.locator('cookie-preferences[modal] dialog[open]').waitFor({ state: 'detached', timeout: 20_000 });
  }

  isOpen(): Promise<boolean> {
    return this.page.evaluate(`!!document.querySelector('cookie-preferences[modal]')?.shadowRoot?.querySelector('dialog[open]')`) as Promise<boolean>;
  }
}

/** Makes the page see `navigator.globalPrivacyControl === true`. */
export const GPC_ON = `Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { configurable: true, get: () => true });`;

/**
 * Runs in the page: whether the page's `<privacy-notice>` is the element's own render. A demo
 * notice page is sent with the notice already rendered (HTML first, `privacy-consent render`),
 * a declarative shadow root that always starts with its `<style>`; the element's render adopts
 * its styles instead, and takes the static notice's place in one frame.
 */
export const NOTICE_UPGRADED = `(() => {
  const root = document.querySelector('privacy-notice')?.shadowRoot;
  return !!root && !Array.from(root.children).some((el) => el.localName === 'style') && !!root.querySelector('[part~="notice"]');
})()`;

/** Waits until the page's `<privacy-notice>` is the interactive element (see `NOTICE_UPGRADED`). */
export async function noticeUpgraded(page: Page, timeout = 20_000): Promise<void> {
  const deadline = Date.now() + timeout;
  // Polled from the test, not with waitForFunction, which a strict CSP (no `unsafe-eval`) blocks.
  while (!(await page.evaluate(NOTICE_UPGRADED))) {
    if (Date.now() > deadline) throw new Error(`<privacy-notice> did not take over its page within ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Waits for the browser to have painted twice (lets renders and observers settle without a fixed sleep). */
export function frames(page: Page, n = 2): Promise<void> {
  return page.evaluate(
    (count) => new Promise<void>((resolve) => {
      let left = count;
      const tick = () => (--left <= 0 ? resolve() : requestAnimationFrame(tick));
      requestAnimationFrame(tick);
    }),
    n,
  );
}

/** A locator's text with white space collapsed, as a reader hears it. */
export async function textOf(locator: Locator): Promise<string> {
  return ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
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

/** A loopback server that stands for the organisation's receipts endpoint (issue 14). */
export interface Receiver {
  /** Its address, `http://127.0.0.1:port/receipts`. */
  readonly url: string;
  /** Every POST body received, parsed, in order. */
  readonly bodies: unknown[];
  /** The `content-type` of each POST. */
  readonly types: string[];
  /** The status to answer the next POSTs with (default 204). */
  status: number;
  close(): Promise<void>;
}

/**
 * Starts a receipts endpoint on another loopback port (the same site as the page server, another
 * origin): answers CORS preflights for any origin, records each POST's JSON body.
 */
export async function startReceiver(): Promise<Receiver> {
  const { createServer } = await import('node:http');
  const bodies: unknown[] = [];
  const types: string[] = [];
  const server = createServer((request, response) => {
    const cors = {
      'access-control-allow-origin': request.headers.origin ?? '*',
      'access-control-allow-methods': 'POST',
      'access-control-allow-headers': 'content-type',
    };
    if (request.method === 'OPTIONS') return void response.writeHead(204, cors).end();
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (body += chunk));
    request.on('end', () => {
      types.push(String(request.headers['content-type'] ?? ''));
      try {
        bodies.push(JSON.parse(body));
      } catch {
        bodies.push(body);
      }
      response.writeHead(receiver.status, cors).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const receiver: Receiver = {
    url: `http://127.0.0.1:${port}/receipts`,
    bodies,
    types,
    status: 204,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  return receiver;
}

/** A port on the loopback address where nothing listens: a dead receipts endpoint. */
export async function deadEndpoint(): Promise<string> {
  const { createServer } = await import('node:net');
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}/receipts`;
}
