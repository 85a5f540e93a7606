/**
 * A scan of a site: the start page first (it fixes the site and its robots.txt), then its
 * same-origin links, breadth first, up to the page limit, at most two pages at a time with a
 * polite delay between page starts, within an overall time limit. Each page goes through the
 * journeys of journeys.ts; the findings come from compare.ts. A failure is a finding and a line
 * in the report, never an exception: whatever was scanned before it is still reported.
 */
import { chromium, request, type APIRequestContext, type Browser } from 'playwright-core';
import { compareWithConfig } from './compare.js';
import { pageLinks } from './crawl.js';
import { launchArgs, PRODUCT_TOKEN, scannerUserAgent } from './browser.js';
import { scanPage, type ConfigResolver, type JourneyOptions } from './journeys.js';
import type { KnownCookie } from './known-cookies.js';
import { configSource, fetchConfig, resolveConfigText, unreadableConfig, type ResolvedConfig } from './page-config.js';
import { getWithRetry } from './request.js';
import { ALLOW_ALL, DISALLOW_ALL, isAllowedByRobots, parseRobots, type RobotsRules } from './robots.js';
import { siteOf } from './same-site.js';
import { exitCodeOf, SCAN_SCHEMA_VERSION, summarise, type PageResult, type ScanReport } from './scan-report.js';

/** What to scan and how. */
export interface ScanOptions {
  /** The start URL. */
  url: string;
  /** Scan exactly these pages (no crawling), instead of crawling from `url`. */
  urls?: string[];
  /** The most pages to scan when crawling. */
  pages: number;
  settleMs: number;
  pageTimeoutS: number;
  timeoutS: number;
  /** Least time between two page starts (a larger robots.txt `Crawl-delay` wins). */
  delayMs: number;
  /** A config given with `--config` (already checked), compared with every page. */
  config?: ResolvedConfig;
  /** Known-cookie lists, searched in order. */
  known: readonly (readonly KnownCookie[])[];
  /** The tool's version, for the user agent and the report. */
  version: string;
  /** The Chromium or Chrome to drive. */
  browserPath: string;
  /** Whether the process runs as root (Chromium then needs `--no-sandbox`). */
  isRoot: boolean;
  /** Progress lines (no newline), for the terminal. */
  progress?: (line: string) => void;
}

/** The browser could not be started: the scan cannot begin. */
export class BrowserLaunchError extends Error {}

/** Waits `ms` milliseconds. */
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, ms)));

/** Fetches and parses robots.txt for an origin (RFC 9309 §2.3: 4xx allows all, else unreachable disallows; a reset connection is tried again). */
async function fetchRobots(origin: string, api: APIRequestContext): Promise<RobotsRules> {
  try {
    const response = await getWithRetry(api, `${origin}/robots.txt`, { timeout: 10_000 });
    if (response.status() >= 400 && response.status() < 500) return ALLOW_ALL;
    if (!response.ok()) return DISALLOW_ALL;
    return parseRobots(await response.text(), PRODUCT_TOKEN);
  } catch {
    return DISALLOW_ALL;
  }
}

async function launch(path: string, isRoot: boolean): Promise<Browser> {
  try {
    return await chromium.launch({ executablePath: path, args: launchArgs(isRoot), headless: true, timeout: 60_000 });
  } catch (error) {
    throw new BrowserLaunchError(`could not start the browser at ${path}: ${String((error as Error).message).split('\n')[0]}`);
  }
}

/** Runs a scan and returns its report. Throws only `BrowserLaunchError`. */
export async function scanSite(options: ScanOptions): Promise<ScanReport> {
  const startedAt = new Date();
  const deadline = startedAt.getTime() + options.timeoutS * 1000;
  const browser = await launch(options.browserPath, options.isRoot);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    // Closing the browser ends every journey in flight; each page then reports what it has.
    void browser.close().catch(() => undefined);
  }, Math.max(0, deadline - Date.now()));

  const explicit = options.urls !== undefined;
  const limit = explicit ? options.urls!.length : options.pages;
  const pages: { order: number; page: PageResult }[] = [];
  const notScanned: ScanReport['notScanned'] = [];
  const pageConfigs = new Map<string, ResolvedConfig>();
  const configCache = new Map<string, Promise<ResolvedConfig>>();
  let userAgent = '';
  let stopped: string | undefined;
  // robots.txt and data-config files go through Playwright's request context (closed at the
  // end, so no idle connection keeps the process alive), with the scanner's user agent.
  let api: APIRequestContext | undefined;

  try {
    const probe = await browser.newPage();
    userAgent = scannerUserAgent(await probe.evaluate(() => navigator.userAgent), options.version);
    await probe.close();
    api = await request.newContext({ userAgent });
    const fetcher = api;

    const resolveConfig: ConfigResolver = async (found, pageUrl) => {
      let resolved: ResolvedConfig;
      if (options.config) {
        resolved = options.config;
      } else {
        const source = configSource(found.widget);
        const key = found.widget.inline !== null ? `inline\n${found.widget.inline}` : (source ?? 'none');
        let pending = configCache.get(key);
        if (!pending) {
          pending =
            found.widget.inline !== null
              ? Promise.resolve(resolveConfigText(found.widget.inline, `${source} on ${pageUrl}`))
              : source
                ? fetchConfig(source, fetcher, Math.min(10_000, options.pageTimeoutS * 1000))
                : Promise.resolve(unreadableConfig(`privacy-consent.js on ${pageUrl}`, 'the page loads the widget without a config (no #privacy-consent-config script and no data-config attribute)'));
          configCache.set(key, pending);
        }
        resolved = await pending;
      }
      pageConfigs.set(pageUrl, resolved);
      return resolved.summary;
    };

    let site = '';
    const journeyOptions = (): JourneyOptions => ({
      browser,
      userAgent,
      settleMs: options.settleMs,
      // Never past the overall deadline.
      pageTimeoutMs: Math.max(1000, Math.min(options.pageTimeoutS * 1000, deadline - Date.now())),
      site,
    });

    const queue: { url: string; order: number }[] = [];
    const known = new Set<string>();
    let planned = 0;
    let robots: RobotsRules = ALLOW_ALL;
    let origin = '';
    const enqueue = (url: string, crawled: boolean) => {
      if (known.has(url)) return;
      known.add(url);
      if (crawled && !isAllowedByRobots(new URL(url), robots)) return void notScanned.push({ url, reason: 'robots.txt' });
      if (planned >= limit) return void notScanned.push({ url, reason: 'page-limit' });
      queue.push({ url, order: planned++ });
    };
    for (const url of explicit ? options.urls! : [options.url]) enqueue(url, false);

    let started = 0;
    const scanOne = async (item: { url: string; order: number }) => {
      options.progress?.(`[${++started}/${planned}] ${item.url}`);
      const result = await scanPage(item.url, journeyOptions(), resolveConfig);
      if (timedOut && result.page.error) Object.assign(result.page, { error: `the time limit (${options.timeoutS} s) ended the scan of ${item.url}`, interrupted: true });
      // The final URL is the page's own address from now on (a redirect to an address already known is not scanned twice).
      known.add(result.page.finalUrl);
      pages.push({ order: item.order, page: result.page });
      return result;
    };

    // The start page alone: its final address fixes the site, the origin crawled and robots.txt.
    const start = queue.shift()!;
    site = siteOf(new URL(start.url).hostname);
    const first = await scanOne(start);
    // Crawling needs the start page; a list of pages goes on without it.
    if (first.failure && !explicit) {
      stopped = first.page.error;
    } else {
      origin = new URL(first.page.finalUrl).origin;
      site = siteOf(new URL(first.page.finalUrl).hostname);
      if (!explicit) robots = await fetchRobots(origin, fetcher);
      const delay = Math.max(options.delayMs, Math.min(30, robots.crawlDelay ?? 0) * 1000);
      if (!explicit) for (const link of pageLinks(first.links, origin)) enqueue(link, true);

      let nextSlot = Date.now() + delay;
      let active = 0;
      let wake: () => void = () => undefined;
      const worker = async () => {
        while (!timedOut) {
          const item = queue.shift();
          if (!item) {
            if (active === 0) return;
            await new Promise<void>((resolve) => (wake = resolve));
            continue;
          }
          active++;
          const slot = Math.max(Date.now(), nextSlot);
          nextSlot = slot + delay;
          await sleep(slot - Date.now());
          const result = timedOut ? undefined : await scanOne(item);
          if (result && !explicit && !result.failure) for (const link of pageLinks(result.links, origin)) enqueue(link, true);
          if (!result) queue.unshift(item);
          active--;
          wake();
        }
      };
      // At most two pages at a time: polite to the site, and fits a small machine.
      await Promise.all([worker(), worker()]);
    }
    if (timedOut) {
      for (const rest of queue.splice(0)) notScanned.push({ url: rest.url, reason: 'time-limit' });
      stopped ??= `stopped at the time limit (${options.timeoutS} s) after ${pages.filter((p) => !p.page.error).length} of ${planned} pages`;
    }
  } finally {
    clearTimeout(timer);
    await api?.dispose().catch(() => undefined);
    await browser.close().catch(() => undefined);
  }

  const ordered = pages.sort((a, b) => a.order - b.order).map((p) => p.page);
  const now = new Date();
  const findings = compareWithConfig(ordered, {
    configFor: (page) => pageConfigs.get(page.finalUrl) ?? options.config,
    known: options.known,
    now: startedAt,
    ...(timedOut ? { timeLimit: stopped! } : {}),
  });
  return {
    schemaVersion: SCAN_SCHEMA_VERSION,
    tool: { name: 'privacy-consent', version: options.version, userAgent },
    target: explicit ? options.urls![0]! : options.url,
    startedAt: startedAt.toISOString(),
    finishedAt: now.toISOString(),
    complete: !stopped && ordered.every((p) => !p.error),
    ...(stopped ? { stopped } : {}),
    options: {
      pages: limit,
      settleMs: options.settleMs,
      pageTimeoutS: options.pageTimeoutS,
      timeoutS: options.timeoutS,
      delayMs: options.delayMs,
      config: options.config?.summary.source ?? null,
    },
    pages: ordered,
    notScanned: notScanned.slice(0, 200),
    findings,
    summary: summarise(ordered.length, findings),
    exitCode: exitCodeOf(findings),
  };
}
