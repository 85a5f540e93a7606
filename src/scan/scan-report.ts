/**
 * The scan report: what `privacy-consent scan` saw on each page in each journey, and what it
 * found when it compared that with the site's config. `--format json` prints this object as it
 * is; its shape is the stable, documented schema of docs/scan.md (`schemaVersion` changes when a
 * field is removed or changes meaning; new fields may be added at any time).
 */

/** Bumped when a field is removed or changes meaning (additions keep the version). */
export const SCAN_SCHEMA_VERSION = 1;

/**
 * One visit to a page, in a browser profile of its own:
 * - `first-visit`: no choice yet (the state every visitor starts in);
 * - `after-reject`: our banner's "Reject all", then the rest of that page view;
 * - `after-accept`: "Accept all", then the rest of that page view (fresh profile);
 * - `returning`: the page opened again in the profile that rejected (is the choice remembered?).
 */
export type JourneyName = 'first-visit' | 'after-reject' | 'after-accept' | 'returning';

/** The journeys in the order they run and are reported. */
export const JOURNEYS: readonly JourneyName[] = ['first-visit', 'after-reject', 'after-accept', 'returning'];

/** What set a cookie or storage key, when the scanner could tell. */
export interface SetBy {
  /** `response`: a `Set-Cookie` header; `script`: `document.cookie`, `cookieStore` or `Storage.setItem`. */
  kind: 'response' | 'script';
  /** The response's URL, or the script's URL (the page's own URL for an inline script). */
  url: string;
}

/** A cookie in the browser at the end of a journey. */
export interface ObservedCookie {
  name: string;
  domain: string;
  path: string;
  /** Expiry (ISO 8601), or `null` for a session cookie. */
  expires: string | null;
  /** `first` when the cookie's domain belongs to the scanned site, else `third`. */
  party: 'first' | 'third';
  httpOnly: boolean;
  secure: boolean;
  sameSite: string;
  setBy?: SetBy;
}

/** A Web Storage key (localStorage or sessionStorage) of the page's own origin. */
export interface ObservedStorageKey {
  name: string;
  setBy?: SetBy;
}

/** Requests of one journey to one third-party origin (another site than the scanned one). */
export interface ThirdPartyRequests {
  origin: string;
  /** How many requests went there. */
  count: number;
  /** The first request's URL and its resource type (`script`, `image`, `xhr`…). */
  firstUrl: string;
  resourceType: string;
}

/** A `data-consent` script or embed the page holds, and whether it ran or loaded in this journey. */
export interface GatedElement {
  /** `script` or the embed's tag name (`iframe`, `img`…). */
  tag: string;
  /** The `data-consent` value: `analytics`, `marketing/youtube`. */
  consent: string;
  /** Its `data-src`, resolved against the page, or `null` for an inline script. */
  src: string | null;
  /** Whether it ran (our gate marked it activated) or its `data-src` was requested. */
  ran: boolean;
}

/** What the scanner recorded in one journey. */
export interface JourneyResult {
  name: JourneyName;
  /** Whether the network went quiet before the page time limit (otherwise the result may be incomplete). */
  settled: boolean;
  /** Why the journey did not go as it should (the widget did not record the choice), when so. */
  skipped?: string;
  /**
   * The consent state our widget reported at the end of the journey, when it is on the page;
   * `null` when the page has our config or script but `window.PrivacyConsent` never appeared.
   */
  consent?: { status: string; decision: string | null } | null;
  cookies: ObservedCookie[];
  localStorage: ObservedStorageKey[];
  sessionStorage: ObservedStorageKey[];
  /** Names of the IndexedDB databases of the page's origin. */
  indexedDB: string[];
  /**
   * Third-party requests of the journey; for `after-reject` and `after-accept`, only those made
   * after the choice (the ones before it are the first visit's).
   */
  thirdPartyRequests: ThirdPartyRequests[];
  gated: GatedElement[];
  /** `after-reject` and `after-accept`: the names already there just before the choice. */
  beforeChoice?: { cookies: string[]; localStorage: string[]; sessionStorage: string[]; indexedDB: string[] };
}

/** The config a page uses, as our entry reads it, or as given with `--config`. */
export interface PageConfigSummary {
  /** `#privacy-consent-config` (inline), the `data-config` URL, or the `--config` file. */
  source: string;
  /** The result of `privacy-consent check` on it (`null` when it could not be read). */
  check: { errors: number; warnings: number } | null;
  /** Why it could not be read or used, when it could not. */
  problem?: string;
}

/** One scanned page. */
export interface PageResult {
  /** The URL asked for. */
  url: string;
  /** The URL the browser ended on (after redirects). */
  finalUrl: string;
  /** The HTTP status of the page, or `null` when no response came. */
  status: number | null;
  title: string;
  /** `privacy-consent` when our widget is on the page, the name of another consent tool, or `null`. */
  consentTool: string | null;
  /** The page's config (our widget only). */
  config: PageConfigSummary | null;
  journeys: JourneyResult[];
  /** Why the page could not be scanned, or not to the end, when so (journeys recorded before are kept). */
  error?: string;
  /** Whether the scan's time limit ended this page's journeys. */
  interrupted?: boolean;
}

export type Severity = 'error' | 'warning' | 'info';

/** A draft config entry for an undeclared cookie or storage key, to paste into the config. */
export interface DraftEntry {
  /** The category to put it in: a category id of the config, or a suggested one. */
  category: string;
  /** The service it belongs to, when the known-cookie list names one. */
  service?: { name: string; provider?: string; privacyUrl?: string };
  cookie: { name: string; provider?: string; purpose?: string; duration?: string; domain?: string };
  /** Where the provider, purpose and duration came from. */
  source: string;
}

/** A problem, or a note, from comparing what the site does with what its config says. */
export interface ScanFinding {
  /** Stable id of the rule (docs/scan.md lists them). */
  rule: string;
  severity: Severity;
  /** What `subject` is. */
  kind: 'cookie' | 'localStorage' | 'sessionStorage' | 'indexedDB' | 'request' | 'script' | 'page' | 'config' | 'scan';
  /** What the finding is about: a cookie or storage name, an origin, a script URL, a page URL or a config. */
  subject: string;
  /** One sentence in plain words. */
  message: string;
  /** What to do about it. */
  advice: string;
  /** The pages it was seen on (URLs), in scan order. */
  pages: string[];
  /** The journeys it was seen in. */
  journeys: JourneyName[];
  /** Evidence lines: the script or response that set it, the request, the config path. */
  evidence: string[];
  draft?: DraftEntry;
}

/** The whole report. */
export interface ScanReport {
  schemaVersion: number;
  tool: { name: string; version: string; userAgent: string };
  /** The start URL. */
  target: string;
  startedAt: string;
  finishedAt: string;
  /** Whether every page that was to be scanned was scanned. */
  complete: boolean;
  /** Why the scan stopped early, in one line, when it did. */
  stopped?: string;
  options: { pages: number; settleMs: number; pageTimeoutS: number; timeoutS: number; delayMs: number; config: string | null };
  pages: PageResult[];
  /** Same-origin links found but not scanned: over `--pages`, excluded by robots.txt, or past the time limit. */
  notScanned: { url: string; reason: 'page-limit' | 'robots.txt' | 'time-limit' }[];
  findings: ScanFinding[];
  summary: { pages: number; errors: number; warnings: number; infos: number };
  /** 0 clean (infos only), 1 warnings, 2 errors (the process exit code). */
  exitCode: 0 | 1 | 2;
}

/** The exit code for a set of findings, as `check` has it: 2 errors, 1 warnings, 0 otherwise. */
export function exitCodeOf(findings: readonly ScanFinding[]): 0 | 1 | 2 {
  if (findings.some((f) => f.severity === 'error')) return 2;
  return findings.some((f) => f.severity === 'warning') ? 1 : 0;
}

/** Counts findings by severity. */
export function summarise(pages: number, findings: readonly ScanFinding[]): ScanReport['summary'] {
  const count = (severity: Severity) => findings.filter((f) => f.severity === severity).length;
  return { pages, errors: count('error'), warnings: count('warning'), infos: count('info') };
}
