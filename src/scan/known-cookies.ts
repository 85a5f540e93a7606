/**
 * Cookies that common services set, so that a cookie the config does not declare gets a draft
 * entry with a provider, a purpose and a usual duration. Two lists ship with the scan, searched in
 * this order: `data/known-cookies.json` (written for this project from the providers'
 * documentation, UK public-sector wording; see data/README.md), then the Open Cookie Database
 * (`data/open-cookie-database/`, Apache-2.0, by jkwakman and its contributors, unmodified; about
 * 2,260 cookies of 350 services). `--known-cookies <file>` adds a list searched first. Nothing is
 * fetched at run time.
 */
import builtIn from './data/known-cookies.json';
import openCookieDatabase from './data/open-cookie-database/open-cookie-database.json';
import { siteOf } from './same-site.js';

/**
 * What a cookie is for, in PECR's terms: `necessary` is strictly necessary for a service the
 * visitor asked for (security, load balancing, sessions, remembering consent: PECR reg 6(4));
 * everything else needs consent.
 */
export type KnownCategory = 'necessary' | 'preferences' | 'analytics' | 'marketing';

/** One known cookie name (or name prefix). */
export interface KnownCookie {
  name: string;
  /** Whether `name` is a prefix (`_ga_` matches `_ga_ABC123`). */
  prefix: boolean;
  /**
   * For a prefix that ends in a letter or digit: the rest of the name must not start with a letter
   * (`mp_` matches `mp_abc_mixpanel`, but the Open Cookie Database's `_s` must not match `_session`).
   */
  boundary?: boolean;
  /**
   * The sites (registrable domains) the list says it is set on, when it names them: it then matches
   * only a cookie of one of those sites. The Open Cookie Database lists generic names ("uid", "A",
   * "ID") for other sites' domains, which a site's own cookie of that name must not inherit.
   */
  sites?: string[];
  category: KnownCategory;
  purpose?: string;
  duration?: string;
  /** The domain it is usually set on, when it is a third party's. */
  domain?: string;
  service?: { name: string; provider?: string; privacyUrl?: string };
  /** Where the entry came from, for the draft's `source`. */
  source: string;
}

interface ListFile {
  services: Record<string, { name: string; provider?: string; privacyUrl?: string; docs?: string }>;
  cookies: { name: string; prefix?: boolean; service: string; category: KnownCategory; purpose?: string; duration?: string; domain?: string }[];
}

const CATEGORIES: readonly KnownCategory[] = ['necessary', 'preferences', 'analytics', 'marketing'];

/** The Open Cookie Database's categories, mapped to ours (its README defines them). */
const OCD_CATEGORIES: Record<string, KnownCategory> = {
  functional: 'necessary',
  security: 'necessary',
  necessary: 'necessary',
  personalization: 'preferences',
  preferences: 'preferences',
  analytics: 'analytics',
  marketing: 'marketing',
};

const isRecord = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);
const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/** Reads a list in this project's shape (`{ services, cookies }`). */
function fromListFile(file: ListFile, source: string): KnownCookie[] {
  return file.cookies.flatMap((entry) => {
    const service = file.services[entry.service];
    if (!text(entry.name) || !CATEGORIES.includes(entry.category)) return [];
    const docs = service?.docs ? ` (${service.docs})` : '';
    return [
      {
        name: entry.name,
        prefix: entry.prefix === true,
        category: entry.category,
        ...(entry.purpose ? { purpose: entry.purpose } : {}),
        ...(entry.duration ? { duration: entry.duration } : {}),
        ...(entry.domain ? { domain: entry.domain } : {}),
        ...(service ? { service: { name: service.name, ...(service.provider ? { provider: service.provider } : {}), ...(service.privacyUrl ? { privacyUrl: service.privacyUrl } : {}) } } : {}),
        source: `${source}${docs}`,
      },
    ];
  });
}

/** Reads the Open Cookie Database's JSON: `{ "<platform>": [{ cookie, category, description, retentionPeriod, … }] }`. */
function fromOpenCookieDatabase(value: Record<string, unknown>, source: string): KnownCookie[] {
  const entries: KnownCookie[] = [];
  for (const [platform, list] of Object.entries(value)) {
    if (!Array.isArray(list)) continue;
    for (const item of list) {
      if (!isRecord(item)) continue;
      // Names as the database writes them: "SCM*" is a prefix too; a stray tab is not part of a name.
      const written = text(item.cookie);
      const starred = !!written && written.endsWith('*');
      const name = written?.replace(/\*+$/, '');
      const category = OCD_CATEGORIES[String(item.category ?? '').toLowerCase()];
      if (!name || !category || /\s/.test(name)) continue;
      const prefix = starred || String(item.wildcardMatch) === '1';
      // A prefix of one or two characters ("_s", "tp") would claim unrelated names.
      if (prefix && name.length < 3) continue;
      const provider = text(item.dataController);
      const privacyUrl = text(item.privacyLink);
      const domain = text(item.domain)?.replace(/\s*\(3rd party\)\s*/gi, ' ').trim();
      const sites = [...new Set((domain ?? '').toLowerCase().split(/[\s,]+/).filter((host) => /^\.?[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host)).map(siteOf))];
      entries.push({
        name,
        prefix,
        ...(prefix && /[A-Za-z0-9]$/.test(name) ? { boundary: true } : {}),
        category,
        ...(text(item.description) ? { purpose: text(item.description) } : {}),
        ...(text(item.retentionPeriod) ? { duration: text(item.retentionPeriod) } : {}),
        ...(domain ? { domain } : {}),
        ...(sites.length ? { sites } : {}),
        service: { name: platform, ...(provider ? { provider } : {}), ...(privacyUrl ? { privacyUrl } : {}) },
        source,
      });
    }
  }
  return entries;
}

/**
 * Reads a known-cookie list: this project's shape, or the Open Cookie Database's JSON.
 * Throws a `TypeError` with a plain message when it is neither.
 */
export function parseKnownCookies(value: unknown, source: string): KnownCookie[] {
  if (isRecord(value) && isRecord(value.services) && Array.isArray(value.cookies)) return fromListFile(value as unknown as ListFile, source);
  if (isRecord(value) && Object.values(value).some((v) => Array.isArray(v) && v.some((item) => isRecord(item) && 'cookie' in item))) {
    return fromOpenCookieDatabase(value, source);
  }
  throw new TypeError(`${source} is not a known-cookie list (expected { "services", "cookies" } or the Open Cookie Database's open-cookie-database.json)`);
}

/** The built-in list. */
export const BUILT_IN_COOKIES: readonly KnownCookie[] = parseKnownCookies(builtIn, 'privacy-consent built-in list');

/** The Open Cookie Database as shipped (data/open-cookie-database/README.md says which version). */
export const OPEN_COOKIE_DATABASE: readonly KnownCookie[] = parseKnownCookies(openCookieDatabase, 'Open Cookie Database (Apache-2.0)');

/** The lists every scan searches, in order, after any `--known-cookies` list. */
export const SHIPPED_LISTS: readonly (readonly KnownCookie[])[] = [BUILT_IN_COOKIES, OPEN_COOKIE_DATABASE];

/**
 * The entry for a cookie or storage name: an exact name first, then the longest matching prefix.
 * `lists` are searched in order, so a list given with `--known-cookies` wins over the shipped ones.
 * `cookieDomain` is the cookie's domain (none for a storage key): an entry bound to other sites
 * (`sites`) does not match it.
 */
export function findKnownCookie(name: string, lists: readonly (readonly KnownCookie[])[], cookieDomain?: string): KnownCookie | undefined {
  const site = cookieDomain ? siteOf(cookieDomain) : undefined;
  const placed = (entry: KnownCookie) => !entry.sites || (site !== undefined && entry.sites.includes(site));
  for (const list of lists) {
    const exact = list.find((entry) => !entry.prefix && entry.name === name && placed(entry));
    if (exact) return exact;
    let best: KnownCookie | undefined;
    for (const entry of list) {
      if (!entry.prefix || !name.startsWith(entry.name) || entry.name.length <= (best?.name.length ?? 0) || !placed(entry)) continue;
      if (entry.boundary && /^[A-Za-z]/.test(name.slice(entry.name.length))) continue;
      best = entry;
    }
    if (best) return best;
  }
  return undefined;
}
