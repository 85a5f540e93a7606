/**
 * The journeys through one page, each in a browser profile of its own (a fresh Playwright
 * context: no cookies, no storage), as a first-time visitor meets the site:
 *
 *   first-visit   open the page, wait until the network is quiet, then the settle time
 *   after-reject  the same, then "Reject all" through `window.PrivacyConsent.rejectAll()`, then wait again
 *   returning     the page opened again in the profile that rejected
 *   after-accept  as after-reject, with `acceptAll()`, in another fresh profile
 *
 * The last three only run where our widget is on the page and has something to ask (its config
 * has a consent part the widget can use): another consent tool's buttons are its own, so there the
 * scanner reports the first visit only.
 */
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { choose, COLLECT, READ_WRITES, readConsentState, RECORD_WRITES, type PageProbe, type RecordedWrite } from './page-probe.js';
import { recogniseConsentTool } from './consent-tools.js';
import { isFirstPartyDomain, isThirdPartyUrl } from './same-site.js';
import { describeHttpStatus, describeLoadError, isChallengePage, type LoadFailure } from './load-errors.js';
import type { GatedElement, JourneyName, JourneyResult, ObservedCookie, ObservedStorageKey, PageConfigSummary, PageResult, SetBy, ThirdPartyRequests } from './scan-report.js';

/** How the journeys run. */
export interface JourneyOptions {
  browser: Browser;
  userAgent: string;
  /** Extra wait once the network is quiet, for timers that set cookies late. */
  settleMs: number;
  /** The longest one page load (or one choice) may take to go quiet. */
  pageTimeoutMs: number;
  /** The scanned site (`siteOf` its host): what is first party. */
  site: string;
}

/** Reads the page's config once our widget is found; returns `null` when there is none. */
export type ConfigResolver = (probe: PageProbe, pageUrl: string) => Promise<PageConfigSummary | null>;

/** A page's result, the links on it, and why it failed when it did. */
export interface PageScan {
  page: PageResult;
  links: string[];
  failure?: LoadFailure;
}

/**
 * Network quiet: no request in flight for this long. Playwright's own `networkidle` uses 500 ms;
 * a settle time below that shortens it too (fast tests of small loopback sites).
 */
const quietMs = (settleMs: number) => Math.min(500, Math.max(100, settleMs));

type Phase = 'before' | 'after' | 'returning';

/** What one profile's network did, and which responses set which cookies. */
class NetworkLog {
  phase: Phase = 'before';
  readonly requests: { url: string; resourceType: string; phase: Phase }[] = [];
  readonly cookieResponses = new Map<string, string>();
  #inFlight = new Set<unknown>();
  #lastChange = Date.now();
  #pending: Promise<void>[] = [];

  constructor(context: BrowserContext) {
    context.on('request', (request) => {
      this.requests.push({ url: request.url(), resourceType: request.resourceType(), phase: this.phase });
      this.#inFlight.add(request);
      this.#lastChange = Date.now();
    });
    const done = (request: unknown) => {
      this.#inFlight.delete(request);
      this.#lastChange = Date.now();
    };
    context.on('requestfinished', done);
    context.on('requestfailed', done);
    context.on('response', (response: Response) => {
      this.#pending.push(
        response.headerValues('set-cookie').then(
          (values) => {
            for (const name of values.flatMap((v) => v.split('\n')).map((v) => v.split(';')[0]!.split('=')[0]!.trim())) {
              if (name && !this.cookieResponses.has(name)) this.cookieResponses.set(name, response.url());
            }
          },
          () => undefined,
        ),
      );
    });
  }

  /** Waits until no request has been in flight for `quietMs`, or `budgetMs` has passed; says which. */
  async quiet(budgetMs: number, quietMs: number): Promise<boolean> {
    const deadline = Date.now() + budgetMs;
    while (Date.now() < deadline) {
      if (this.#inFlight.size === 0 && Date.now() - this.#lastChange >= quietMs) return true;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return this.#inFlight.size === 0;
  }

  /** Waits for the `Set-Cookie` headers read so far. */
  async flush(): Promise<void> {
    await Promise.allSettled(this.#pending.splice(0));
  }
}

/** Opens a page and waits for load, network quiet and the settle time. Throws when no page comes. */
async function open(page: Page, url: string, log: NetworkLog, options: JourneyOptions): Promise<{ response: Response | null; settled: boolean }> {
  const started = Date.now();
  const response = await page.goto(url, { waitUntil: 'domcontentloaded', timeout: options.pageTimeoutMs });
  const left = () => Math.max(1, options.pageTimeoutMs - (Date.now() - started));
  let settled = await page.waitForLoadState('load', { timeout: left() }).then(
    () => true,
    () => false,
  );
  settled = (await log.quiet(left(), quietMs(options.settleMs))) && settled;
  await page.waitForTimeout(options.settleMs);
  return { response, settled };
}

/** Storage names present now: to tell what a choice added. */
interface Snapshot {
  probe: PageProbe;
  cookies: Awaited<ReturnType<BrowserContext['cookies']>>;
  writes: RecordedWrite[];
}

async function snapshot(page: Page, context: BrowserContext, log: NetworkLog): Promise<Snapshot> {
  await log.flush();
  const probe = (await page.evaluate(COLLECT)) as PageProbe;
  const writes: RecordedWrite[] = [];
  for (const frame of page.frames()) {
    writes.push(...((await frame.evaluate(READ_WRITES).catch(() => [])) as RecordedWrite[]));
  }
  return { probe, cookies: await context.cookies(), writes };
}

function setByScript(writes: RecordedWrite[], kind: RecordedWrite['kind'], name: string): SetBy | undefined {
  const write = writes.find((w) => w.kind === kind && w.name === name && w.url);
  return write ? { kind: 'script', url: write.url! } : undefined;
}

/** Builds a journey's record from a snapshot; `phases` are the network phases that belong to it. */
function toJourney(name: JourneyName, snap: Snapshot, log: NetworkLog, phases: Phase[], options: JourneyOptions, settled: boolean): JourneyResult {
  const cookies: ObservedCookie[] = snap.cookies.map((c) => {
    const setBy = setByScript(snap.writes, 'cookie', c.name) ?? (log.cookieResponses.has(c.name) ? { kind: 'response' as const, url: log.cookieResponses.get(c.name)! } : undefined);
    return {
      name: c.name,
      domain: c.domain,
      path: c.path,
      expires: c.expires > 0 ? new Date(c.expires * 1000).toISOString() : null,
      party: isFirstPartyDomain(c.domain, options.site) ? 'first' : 'third',
      httpOnly: c.httpOnly,
      secure: c.secure,
      sameSite: c.sameSite,
      ...(setBy ? { setBy } : {}),
    };
  });
  const keys = (kind: 'localStorage' | 'sessionStorage'): ObservedStorageKey[] =>
    snap.probe[kind].map((key) => {
      const setBy = setByScript(snap.writes, kind, key);
      return { name: key, ...(setBy ? { setBy } : {}) };
    });
  const requests = log.requests.filter((r) => phases.includes(r.phase));
  const thirdParty = new Map<string, ThirdPartyRequests>();
  for (const request of requests) {
    if (!isThirdPartyUrl(request.url, options.site)) continue;
    const origin = new URL(request.url).origin;
    const entry = thirdParty.get(origin);
    if (entry) entry.count++;
    else thirdParty.set(origin, { origin, count: 1, firstUrl: request.url, resourceType: request.resourceType });
  }
  const requested = new Set(requests.map((r) => r.url));
  const gated: GatedElement[] = snap.probe.gated.map((g) => ({ tag: g.tag, consent: g.consent, src: g.src, ran: g.activated || (g.src !== null && requested.has(g.src)) }));
  return {
    name,
    settled,
    cookies: cookies.sort((a, b) => a.name.localeCompare(b.name) || a.domain.localeCompare(b.domain)),
    localStorage: keys('localStorage'),
    sessionStorage: keys('sessionStorage'),
    indexedDB: [...snap.probe.indexedDB].sort(),
    thirdPartyRequests: [...thirdParty.values()],
    gated,
  };
}

/** What was there just before a choice, by kind: what the choice added is the rest. */
function namesOf(snap: Snapshot): NonNullable<JourneyResult['beforeChoice']> {
  return {
    cookies: snap.cookies.map((c) => c.name),
    localStorage: snap.probe.localStorage,
    sessionStorage: snap.probe.sessionStorage,
    indexedDB: snap.probe.indexedDB,
  };
}

async function newProfile(options: JourneyOptions): Promise<{ context: BrowserContext; log: NetworkLog }> {
  const context = await options.browser.newContext({ userAgent: options.userAgent });
  await context.addInitScript(RECORD_WRITES);
  return { context, log: new NetworkLog(context) };
}

/** Runs one journey that makes a choice; the context stays open for the returning visit. */
async function choiceJourney(
  name: 'after-reject' | 'after-accept',
  url: string,
  options: JourneyOptions,
): Promise<{ journey: JourneyResult; context: BrowserContext; log: NetworkLog }> {
  const { context, log } = await newProfile(options);
  const page = await context.newPage();
  const opened = await open(page, url, log, options);
  const before = await snapshot(page, context, log);
  log.phase = 'after';
  const state = (await page.evaluate(choose(name === 'after-reject' ? 'rejectAll' : 'acceptAll', options.pageTimeoutMs))) as { status: string; decision: string | null };
  const quiet = await log.quiet(options.pageTimeoutMs, quietMs(options.settleMs));
  await page.waitForTimeout(options.settleMs);
  const after = await snapshot(page, context, log);
  const journey = toJourney(name, after, log, ['after'], options, opened.settled && quiet);
  journey.beforeChoice = namesOf(before);
  journey.consent = state;
  const expected = name === 'after-reject' ? 'reject-all' : 'accept-all';
  if (state.decision !== expected) journey.skipped = `the widget did not record the choice (status "${state.status}", decision ${JSON.stringify(state.decision)})`;
  await page.close();
  return { journey, context, log };
}

/**
 * Scans one page: the first visit, then, where our widget is, the choices and the returning visit.
 * A page that cannot be loaded comes back with `error` (and `failure`), never as an exception.
 */
export async function scanPage(url: string, options: JourneyOptions, resolveConfig: ConfigResolver): Promise<PageScan> {
  const page: PageResult = { url, finalUrl: url, status: null, title: '', consentTool: null, config: null, journeys: [] };
  const contexts: BrowserContext[] = [];
  try {
    const first = await newProfile(options);
    contexts.push(first.context);
    const tab = await first.context.newPage();
    let opened: Awaited<ReturnType<typeof open>>;
    try {
      opened = await open(tab, url, first.log, options);
    } catch (error) {
      const failure = describeLoadError(error, url, Math.round(options.pageTimeoutMs / 1000));
      return { page: { ...page, error: failure.message }, links: [], failure };
    }
    page.finalUrl = tab.url();
    page.status = opened.response?.status() ?? null;
    const snap = await snapshot(tab, first.context, first.log);
    page.title = snap.probe.title;
    if (opened.response && opened.response.status() >= 400) {
      const failure = describeHttpStatus(opened.response.status(), opened.response.statusText(), url);
      return { page: { ...page, error: failure.message }, links: [], failure };
    }
    if (isChallengePage(snap.probe.title)) {
      const failure: LoadFailure = { kind: 'refused', message: `cannot scan ${url}: the site showed a bot check ("${snap.probe.title}") instead of the page; it blocks automated browsers: scan a staging copy or allow the user agent "privacy-consent-scan"` };
      return { page: { ...page, error: failure.message }, links: [], failure };
    }
    page.journeys.push(toJourney('first-visit', snap, first.log, ['before'], options, opened.settled));
    const ours = snap.probe.widget.api || snap.probe.widget.inline !== null || snap.probe.widget.dataConfig !== null;
    const scriptHosts = first.log.requests.filter((r) => r.resourceType === 'script').map((r) => new URL(r.url).hostname);
    page.consentTool = ours ? 'privacy-consent' : recogniseConsentTool(snap.probe.tools, scriptHosts);
    if (ours) {
      page.journeys[0]!.consent = (await tab.evaluate(readConsentState(2000))) as JourneyResult['consent'];
      page.config = await resolveConfig(snap.probe, page.finalUrl);
    }
    await first.context.close();
    const links = snap.probe.links;
    // No choice to make: not our widget, or a config without a consent part (a notice page) or one
    // the widget refuses (reported as config-problem), where it shows no banner and grants nothing.
    if (!ours || !snap.probe.widget.api || page.journeys[0]!.consent?.status === 'unavailable') return { page, links };

    const reject = await choiceJourney('after-reject', page.finalUrl, options);
    contexts.push(reject.context);
    reject.log.phase = 'returning';
    const again = await reject.context.newPage();
    const reopened = await open(again, page.finalUrl, reject.log, options);
    const returning = toJourney('returning', await snapshot(again, reject.context, reject.log), reject.log, ['returning'], options, reopened.settled);
    returning.consent = (await again.evaluate(readConsentState(2000))) as JourneyResult['consent'];
    await reject.context.close();

    const accept = await choiceJourney('after-accept', page.finalUrl, options);
    contexts.push(accept.context);
    await accept.context.close();
    page.journeys.push(reject.journey, accept.journey, returning);
    return { page, links };
  } catch (error) {
    // A journey broke part-way (the page crashed, navigated away, or the scan ran out of time):
    // keep the journeys already recorded.
    const failure = describeLoadError(error, url, Math.round(options.pageTimeoutMs / 1000));
    return { page: { ...page, error: failure.message }, links: [], failure };
  } finally {
    await Promise.allSettled(contexts.map((c) => c.close()));
  }
}
