/**
 * Compares what the site did with what its config says, and with the law's line: before any
 * choice, and after "Reject all", a site may keep only what is strictly necessary for the service
 * the visitor asked for (PECR reg 6(1) and the exemption of reg 6(4); ICO, "Guidance on the use of
 * storage and access technologies", 2025). What is strictly necessary is what the config declares
 * in a `required` category, plus our widget's own record of the choice. Everything else needs a
 * choice first. Pure: the same observations give the same findings.
 *
 * Rules (ids are stable; docs/scan.md explains each):
 *   storage-before-choice          error    stored before any choice, not strictly necessary
 *   storage-after-reject           error    stored after "Reject all" (or on the next visit), not strictly necessary
 *   gated-without-consent          error    a `data-consent` script or embed ran or loaded without its consent
 *   widget-not-running             error    the page has our config or script, but the widget never started
 *   choice-not-recorded            error    "Reject all" / "Accept all" through the API recorded nothing
 *   choice-not-remembered          error    the next visit after "Reject all" does not find the choice
 *   config-problem                 error    the page's config fails `privacy-consent check` outside its notice, or cannot be used
 *   site-unreachable               error    the start page could not be scanned (to the end)
 *   unknown-storage-before-choice  warning  (a site without our config) stored before any choice; the scanner cannot tell what it is
 *   undeclared-storage             warning  a cookie or storage key the config does not declare (with a draft entry)
 *   third-party-before-choice      warning  a request to another site before any choice
 *   third-party-after-reject       warning  a request to another site, first made after "Reject all"
 *   page-not-settled               warning  the page was still loading at the page time limit
 *   page-failed                    warning  a crawled page could not be scanned
 *   time-limit                     warning  the scan stopped at its time limit
 *   declared-not-seen              info     a declared cookie that no journey saw
 *   notice-problem                 info     the config passes check but for its notice's text (check's job, not the scan's)
 */
import type { Category, Cookie, PrivacyConfig } from '../config/types.js';
import { cookiePattern, MIRROR_COOKIE } from '../consent/cookies.js';
import { DB_NAME } from '../consent/storage.js';
import { effectiveBasis } from '../consent/choices.js';
import { isAllowed } from '../consent/gating.js';
import { findKnownCookie, type KnownCookie } from './known-cookies.js';
import type { ResolvedConfig } from './page-config.js';
import type { DraftEntry, JourneyName, JourneyResult, ObservedCookie, PageResult, ScanFinding, SetBy, Severity } from './scan-report.js';

/** Rule ids in report order within a severity. */
export const RULES: Readonly<Record<string, Severity>> = {
  'site-unreachable': 'error',
  'config-problem': 'error',
  'storage-before-choice': 'error',
  'storage-after-reject': 'error',
  'gated-without-consent': 'error',
  'widget-not-running': 'error',
  'choice-not-recorded': 'error',
  'choice-not-remembered': 'error',
  'unknown-storage-before-choice': 'warning',
  'undeclared-storage': 'warning',
  'third-party-before-choice': 'warning',
  'third-party-after-reject': 'warning',
  'page-not-settled': 'warning',
  'page-failed': 'warning',
  'time-limit': 'warning',
  'declared-not-seen': 'info',
  'notice-problem': 'info',
};

/** What the comparison needs besides the pages. */
export interface CompareContext {
  /** The config each page is compared with (`--config`, else the page's own), when there is one. */
  configFor(page: PageResult): ResolvedConfig | undefined;
  /** Known-cookie lists, searched in order. */
  known: readonly (readonly KnownCookie[])[];
  /** When the scan ran: observed expiry dates become durations from it. */
  now: Date;
  /** Why the scan stopped at its time limit, when it did. */
  timeLimit?: string;
}

type ItemKind = 'cookie' | 'localStorage' | 'sessionStorage' | 'indexedDB';

/** A cookie, storage key or database a journey saw. */
interface Item {
  kind: ItemKind;
  name: string;
  setBy?: SetBy;
  cookie?: ObservedCookie;
}

/** Where a config declares a name. */
interface Declaration {
  category: Category;
  cookie: Cookie;
  path: string;
}

const KIND_WORDS: Record<ItemKind, string> = {
  cookie: 'cookie',
  localStorage: 'localStorage key',
  sessionStorage: 'sessionStorage key',
  indexedDB: 'IndexedDB database',
};

const JOURNEY_WORDS: Record<JourneyName, string> = {
  'first-visit': 'first visit, no choice',
  'after-reject': 'after Reject all',
  'after-accept': 'after Accept all',
  returning: 'next visit after Reject all',
};

/** Plain words for a journey, for reports. */
export function journeyWords(name: JourneyName): string {
  return JOURNEY_WORDS[name];
}

function itemsOf(journey: JourneyResult): Item[] {
  return [
    ...journey.cookies.map((c): Item => ({ kind: 'cookie', name: c.name, cookie: c, ...(c.setBy ? { setBy: c.setBy } : {}) })),
    ...journey.localStorage.map((k): Item => ({ kind: 'localStorage', name: k.name, ...(k.setBy ? { setBy: k.setBy } : {}) })),
    ...journey.sessionStorage.map((k): Item => ({ kind: 'sessionStorage', name: k.name, ...(k.setBy ? { setBy: k.setBy } : {}) })),
    ...journey.indexedDB.map((name): Item => ({ kind: 'indexedDB', name })),
  ];
}

/** Whether an item was already there before the choice of a journey (`beforeChoice`). */
function presentBefore(item: Item, before: JourneyResult['beforeChoice']): boolean {
  if (!before) return false;
  const list = item.kind === 'cookie' ? before.cookies : before[item.kind];
  return list.includes(item.name);
}

/** Every cookie the config declares, with its JSON path. */
function declarations(config: PrivacyConfig | undefined): Declaration[] {
  const out: Declaration[] = [];
  config?.consent?.categories.forEach((category, i) => {
    const at = `$.consent.categories[${i}]`;
    category.cookies?.forEach((cookie, k) => out.push({ category, cookie, path: `${at}.cookies[${k}]` }));
    category.services?.forEach((service, j) => service.cookies?.forEach((cookie, k) => out.push({ category, cookie, path: `${at}.services[${j}].cookies[${k}]` })));
  });
  return out;
}

function declarationOf(name: string, declared: Declaration[]): Declaration | undefined {
  return declared.find((d) => cookiePattern(d.cookie.name).test(name));
}

/**
 * Whether a category may store and run before any choice: a `required` one (strictly necessary,
 * PECR reg 6(4)), or one the config runs under a UK exception until the visitor objects (PECR
 * Sch A1 paras 5-6, Data (Use and Access) Act 2025), as the widget decides it (`effectiveBasis`).
 */
const permittedBeforeChoice = (category: Category, config: PrivacyConfig) => effectiveBasis(config, category) !== 'consent';

/**
 * Whether an element gated on a `data-consent` value may run without a choice, judged as the gate
 * judges it (`isAllowed`): only `required` categories, or, with `beforeChoice` (a first visit, or
 * before "Reject all" objects to them), also those run under a UK exception.
 */
function alwaysGranted(spec: string, config: PrivacyConfig | undefined, beforeChoice: boolean): boolean {
  const categories = config?.consent?.categories ?? [];
  return isAllowed(spec, (id) => {
    const category = categories.find((c) => c.id === id.split('/')[0]);
    return !!category && (beforeChoice ? permittedBeforeChoice(category, config!) : category.required === true);
  });
}

/** Our widget's own storage: the record of the choice (IndexedDB) and the optional mirror cookie. */
function isOurs(item: Item, page: PageResult, config: PrivacyConfig | undefined): boolean {
  if (page.consentTool !== 'privacy-consent') return false;
  if (item.kind === 'indexedDB') return item.name === DB_NAME;
  return item.kind === 'cookie' && item.name === (config?.consent?.cookie?.name ?? MIRROR_COOKIE);
}

/** "2 years", "13 months", "30 minutes", from an observed expiry. */
export function durationFrom(expires: string | null, now: Date): string {
  if (expires === null) return 'When the browser closes';
  const seconds = (Date.parse(expires) - now.getTime()) / 1000;
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (seconds < 3600) return plural(Math.max(1, Math.round(seconds / 60)), 'minute');
  if (seconds < 2 * 86400) return plural(Math.round(seconds / 3600), 'hour');
  const days = seconds / 86400;
  if (days < 60) return plural(Math.round(days), 'day');
  const months = Math.round(days / 30.44);
  return months % 12 === 0 ? plural(months / 12, 'year') : plural(months, 'month');
}

/** Words that suggest a config category is for a known cookie category (matched on id and title). */
const CATEGORY_HINTS: Record<Exclude<KnownCookie['category'], 'necessary'>, RegExp> = {
  analytics: /analytic|statistic|performance|measur|usage/i,
  marketing: /market|advert|embed|video|social|target|track/i,
  preferences: /prefer|function|personal|setting/i,
};

/** The config category a known cookie belongs in: an existing one when one fits, else a suggested id. */
function suggestCategory(known: KnownCookie, config: PrivacyConfig | undefined): string {
  const categories = config?.consent?.categories ?? [];
  if (known.category === 'necessary') return categories.find((c) => c.required)?.id ?? 'necessary';
  const hint = CATEGORY_HINTS[known.category];
  return categories.find((c) => !c.required && (hint.test(c.id) || hint.test(c.title)))?.id ?? known.category;
}

/** A draft entry for an undeclared item, from the known-cookie list and what was observed. */
export function draftEntry(item: Item, known: KnownCookie | undefined, config: PrivacyConfig | undefined, now: Date): DraftEntry {
  // A prefix entry (`_ga_`) matches names that vary by site: declare the pattern.
  const name = known?.prefix && item.name.length > known.name.length ? `${known.name}*` : item.name;
  const observed = item.cookie ? durationFrom(item.cookie.expires, now) : undefined;
  const domain = item.cookie?.party === 'third' ? item.cookie.domain.replace(/^\./, '') : undefined;
  const cookie: DraftEntry['cookie'] = {
    name,
    ...(known?.purpose ? { purpose: known.purpose } : {}),
    ...(known?.duration || observed ? { duration: known?.duration ?? observed } : {}),
    ...(domain ? { domain } : {}),
  };
  return {
    ...(known ? { category: suggestCategory(known, config) } : {}),
    ...(known?.service ? { service: known.service } : {}),
    cookie,
    source: known
      ? known.source
      : `not in the known-cookie list: say what it is for${observed ? '; the duration is the expiry the scan saw' : ' and how long it lasts'}`,
  } as DraftEntry;
}

/** Collects findings, one per rule and subject, with every page, journey and piece of evidence. */
class FindingSet {
  readonly #byKey = new Map<string, ScanFinding>();

  add(rule: string, kind: ScanFinding['kind'], subject: string, page: string | undefined, journey: JourneyName | undefined, make: () => Pick<ScanFinding, 'message' | 'advice'> & { evidence?: string[]; draft?: DraftEntry }): void {
    const key = `${rule}\n${kind}\n${subject}`;
    let finding = this.#byKey.get(key);
    if (!finding) {
      const made = make();
      finding = { rule, severity: RULES[rule]!, kind, subject, message: made.message, advice: made.advice, pages: [], journeys: [], evidence: [], ...(made.draft ? { draft: made.draft } : {}) };
      this.#byKey.set(key, finding);
    }
    if (page && !finding.pages.includes(page)) finding.pages.push(page);
    if (journey && !finding.journeys.includes(journey)) finding.journeys.push(journey);
    for (const line of make().evidence ?? []) if (!finding.evidence.includes(line) && finding.evidence.length < 8) finding.evidence.push(line);
  }

  list(): ScanFinding[] {
    const order = Object.keys(RULES);
    const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
    return [...this.#byKey.values()].sort(
      (a, b) => rank[a.severity] - rank[b.severity] || order.indexOf(a.rule) - order.indexOf(b.rule) || a.subject.localeCompare(b.subject),
    );
  }
}

function setByWords(setBy: SetBy | undefined): string[] {
  if (!setBy) return [];
  return [setBy.kind === 'script' ? `set by the script ${setBy.url}` : `set by the response from ${setBy.url}`];
}

/** Compares every scanned page with its config; returns the findings, most severe first. */
export function compareWithConfig(pages: readonly PageResult[], context: CompareContext): ScanFinding[] {
  const findings = new FindingSet();
  // Names seen anywhere: a cookie declared in one page's config and set on another page counts as seen.
  const seen = new Set<string>();
  const configs = new Set<ResolvedConfig>();
  const acceptRan = new Set<ResolvedConfig>();
  const reportedConfigs = new Set<string>();

  pages.forEach((page, index) => {
    if (page.error) {
      const start = index === 0;
      // A crawled page the time limit ended is the time-limit finding's; the start page is always reported.
      if (start || !page.interrupted) {
        findings.add(start ? 'site-unreachable' : 'page-failed', 'page', page.url, page.url, undefined, () => ({
          message: page.error!,
          advice: page.interrupted
            ? 'Scan again with a larger --timeout.'
            : start
              ? 'Check the address, and that this computer can open it in a browser; then scan again.'
              : 'Check the link on the site; the rest of the scan is not affected.',
        }));
      }
      // The journeys recorded before the failure still count.
      if (!page.journeys.length) return;
    }
    const resolved = context.configFor(page);
    const config = resolved?.config;
    if (resolved && !reportedConfigs.has(resolved.summary.source)) {
      reportedConfigs.add(resolved.summary.source);
      const { summary } = resolved;
      const errors = summary.check?.errors ?? 0;
      if (summary.problem || errors > resolved.noticeErrors) {
        findings.add('config-problem', 'config', summary.source, page.url, undefined, () => ({
          message: config
            ? `The config ${summary.source} fails privacy-consent check: ${errors} error${errors === 1 ? '' : 's'}.`
            : `The widget cannot use the config ${summary.source} (${summary.problem}): it refuses every optional category until it is fixed.`,
          advice: 'Run "npx privacy-consent check" on the config and fix what it reports.',
          evidence: resolved.firstError ? [`first error: ${resolved.firstError}`] : [],
        }));
      } else if (resolved.noticeErrors > 0) {
        findings.add('notice-problem', 'config', summary.source, page.url, undefined, () => ({
          message: `The notice in ${summary.source} has ${resolved.noticeErrors} privacy-consent check error${resolved.noticeErrors === 1 ? '' : 's'} (what visitors read, not what the site stores).`,
          advice: 'Run "npx privacy-consent check" on the config and fix the notice; gate a release on check, which reports it as an error.',
          evidence: resolved.firstNoticeError ? [`first error: ${resolved.firstNoticeError}`] : [],
        }));
      }
    }
    const declared = declarations(config);
    if (resolved) configs.add(resolved);
    const firstVisit = page.journeys.find((j) => j.name === 'first-visit');
    const reject = page.journeys.find((j) => j.name === 'after-reject');
    const firstOrigins = new Set(firstVisit?.thirdPartyRequests.map((r) => r.origin) ?? []);

    for (const journey of page.journeys) {
      if (!journey.settled) {
        findings.add('page-not-settled', 'page', page.url, page.url, journey.name, () => ({
          message: 'The page was still loading at the page time limit: what it stored later is not in this report.',
          advice: 'Scan again with a larger --page-timeout; if it never settles (a chat or live feed keeps a request open), the results stop at the limit.',
        }));
      }
      if (journey.skipped && config) {
        findings.add('choice-not-recorded', 'page', page.url, page.url, journey.name, () => ({
          message: `${journey.name === 'after-reject' ? 'Reject all' : 'Accept all'} through window.PrivacyConsent recorded no choice: ${journey.skipped}.`,
          advice: 'Open the page with data-debug on the script tag and read the console: the widget says why it cannot record a choice.',
        }));
      }
      if (journey.name === 'after-accept' && !journey.skipped && resolved) acceptRan.add(resolved);

      for (const item of itemsOf(journey)) {
        if (isOurs(item, page, config)) continue;
        seen.add(item.name);
        const declaration = declarationOf(item.name, declared);
        const known = findKnownCookie(item.name, context.known, item.cookie?.domain);
        const what = `${KIND_WORDS[item.kind]} "${item.name}"`;
        const evidence = [...setByWords(item.setBy), ...(item.cookie?.party === 'third' ? [`a third-party cookie of ${item.cookie.domain}`] : [])];

        if (config && !declaration) {
          findings.add('undeclared-storage', item.kind, item.name, page.url, journey.name, () => ({
            message: `The ${what} is not declared in the config, so the banner and the cookie list do not tell visitors about it.`,
            advice: known
              ? `Add it to the config: the draft below is from the known-cookie list (${known.service?.name ?? 'provider unknown'}); check it against what the site really does.`
              : 'Add it to the config, in the category it serves (a required one only if it is strictly necessary), saying what it is for.',
            evidence: known ? [`known-cookie list: ${known.service?.name ?? item.name}, ${known.category}`] : [],
            draft: draftEntry(item, known, config, context.now),
          }));
        }

        const necessary = declaration ? declaration.category.required === true : known?.category === 'necessary';
        if (necessary) continue;
        // A category the config runs under a UK exception may store before a choice; "Reject all" objects to it.
        if (journey.name === 'first-visit' && declaration && config && permittedBeforeChoice(declaration.category, config)) continue;
        const because = declaration
          ? `declared at ${declaration.path} in the optional category "${declaration.category.id}"`
          : known
            ? `the known-cookie list has it as ${known.category} (${known.service?.name ?? 'unknown provider'})`
            : undefined;
        const gate = 'Load whatever sets it only with consent: mark its script type="text/plain" data-consent="<category>" (and data-src for an external script), or move it out of the page.';

        if (journey.name === 'first-visit') {
          if (!config && !known) {
            findings.add('unknown-storage-before-choice', item.kind, item.name, page.url, journey.name, () => ({
              message: `The ${what} was stored before the visitor made any choice, and the scanner cannot tell whether it is strictly necessary.`,
              advice: 'Find what sets it (the evidence names the script or response when it could). If it is not strictly necessary for what the visitor asked for, set it only after consent.',
              evidence,
            }));
          } else {
            findings.add('storage-before-choice', item.kind, item.name, page.url, journey.name, () => ({
              message: `The ${what} was stored before the visitor made any choice, and it is not strictly necessary${because ? ` (${because})` : config ? ' (the config does not declare it in a required category)' : ''}.`,
              advice: gate,
              evidence,
            }));
          }
        } else if ((journey.name === 'after-reject' && !presentBefore(item, journey.beforeChoice)) || (journey.name === 'returning' && !presentBefore(item, reject?.beforeChoice))) {
          if (!config) continue;
          findings.add('storage-after-reject', item.kind, item.name, page.url, journey.name, () => ({
            message: `The ${what} was stored after the visitor chose "Reject all", and it is not strictly necessary${because ? ` (${because})` : ' (the config does not declare it in a required category)'}.`,
            advice: gate,
            evidence,
          }));
        }
      }

      for (const request of journey.thirdPartyRequests) {
        const evidence = [`${request.firstUrl} (${request.resourceType}${request.count > 1 ? `, ${request.count} requests` : ''})`];
        if (journey.name === 'first-visit') {
          findings.add('third-party-before-choice', 'request', request.origin, page.url, journey.name, () => ({
            message: `The page contacted ${request.origin} before the visitor made any choice: that site learns the visitor's IP address and which page they read.`,
            advice: 'Host the file on the site itself, or load it only with consent (data-consent). If it is essential (a payment or map the visitor asked for), name the provider in the privacy notice.',
            evidence,
          }));
        } else if ((journey.name === 'after-reject' || journey.name === 'returning') && !firstOrigins.has(request.origin)) {
          findings.add('third-party-after-reject', 'request', request.origin, page.url, journey.name, () => ({
            message: `After "Reject all" the page contacted ${request.origin}, which it had not contacted before the choice.`,
            advice: 'Find the script that loads it (often a tag that reacts to any choice) and make it wait for consent to its own category.',
            evidence,
          }));
        }
      }

      if (page.consentTool === 'privacy-consent' && journey.name !== 'after-accept') {
        for (const gated of journey.gated.filter((g) => g.ran && !alwaysGranted(g.consent, config, journey.name !== 'returning'))) {
          const subject = gated.src ?? `inline ${gated.tag} data-consent="${gated.consent}"`;
          findings.add('gated-without-consent', 'script', subject, page.url, journey.name, () => ({
            message: `The ${gated.tag === 'script' ? 'script' : gated.tag} gated on "${gated.consent}" ${gated.src ? `(${gated.src}) ` : ''}ran or loaded without that consent.`,
            advice: 'Look for a second, ungated copy of the same tag (often in a template or a tag manager) and remove it; only the data-consent copy may load it.',
            evidence: [`data-consent="${gated.consent}" on <${gated.tag}>`],
          }));
        }
      }
    }

    if (page.consentTool === 'privacy-consent' && firstVisit?.consent === null) {
      findings.add('widget-not-running', 'page', page.url, page.url, 'first-visit', () => ({
        message: 'The page has a privacy-consent config or script, but the widget never started (window.PrivacyConsent is missing), so no banner asks and nothing is gated.',
        advice: 'Check that the <script type="module" src="…/privacy-consent.js"> loads (its path, the server, a Content-Security-Policy), in the browser\'s network and console panels.',
      }));
    }

    const returning = page.journeys.find((j) => j.name === 'returning');
    if (returning?.consent && reject && !reject.skipped && (returning.consent.status !== 'current' || returning.consent.decision !== 'reject-all')) {
      findings.add('choice-not-remembered', 'page', page.url, page.url, 'returning', () => ({
        message: `On the next visit after "Reject all" the widget did not find the choice (status "${returning.consent!.status}"), so the banner asks again.`,
        advice: 'Check that the site does not clear IndexedDB or site data on each visit (a Clear-Site-Data header, a script), and that the config version does not change between pages.',
      }));
    }
  });

  if (context.timeLimit) {
    findings.add('time-limit', 'scan', 'time limit', undefined, undefined, () => ({
      message: context.timeLimit!,
      advice: 'Scan again with a larger --timeout, fewer --pages, or a --urls list of the pages that matter most.',
    }));
  }

  for (const resolved of configs) {
    if (!resolved.config || !acceptRan.has(resolved)) continue;
    for (const declaration of declarations(resolved.config)) {
      const pattern = cookiePattern(declaration.cookie.name);
      if ([...seen].some((name) => pattern.test(name))) continue;
      findings.add('declared-not-seen', 'cookie', declaration.cookie.name, undefined, undefined, () => ({
        message: `The config declares "${declaration.cookie.name}" (category "${declaration.category.id}"), and no journey on the pages scanned saw it.`,
        advice: 'Nothing to fix if it is set on a page that was not scanned, or only when the visitor does something (signs in, plays a video). If no part of the site sets it any more, remove it from the config.',
        evidence: [`declared at ${declaration.path} in ${resolved.summary.source}`],
      }));
    }
  }
  return findings.list();
}
