/**
 * Cookies that common services set, so that a cookie the config does not declare gets a draft
 * entry with a provider, a purpose and a usual duration. The built-in list is
 * `data/known-cookies.json` (written for this project from the providers' documentation; see
 * data/README.md). `--known-cookies <file>` adds a list of the same shape, or the Open Cookie
 * Database's `open-cookie-database.json` (Apache-2.0, github.com/jkwakman/Open-Cookie-Database),
 * which a user may download and keep next to their scans. Nothing is fetched at run time.
 */
import builtIn from './data/known-cookies.json';

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
      const name = text(item.cookie);
      const category = OCD_CATEGORIES[String(item.category ?? '').toLowerCase()];
      if (!name || !category) continue;
      const provider = text(item.dataController);
      const privacyUrl = text(item.privacyLink);
      const domain = text(item.domain)?.replace(/\s*\(3rd party\)\s*/i, '');
      entries.push({
        name,
        prefix: String(item.wildcardMatch) === '1',
        category,
        ...(text(item.description) ? { purpose: text(item.description) } : {}),
        ...(text(item.retentionPeriod) ? { duration: text(item.retentionPeriod) } : {}),
        ...(domain ? { domain } : {}),
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

/**
 * The entry for a cookie or storage name: an exact name first, then the longest matching prefix.
 * `lists` are searched in order, so a list given with `--known-cookies` wins over the built-in one.
 */
export function findKnownCookie(name: string, lists: readonly (readonly KnownCookie[])[]): KnownCookie | undefined {
  for (const list of lists) {
    const exact = list.find((entry) => !entry.prefix && entry.name === name);
    if (exact) return exact;
    let best: KnownCookie | undefined;
    for (const entry of list) {
      if (entry.prefix && name.startsWith(entry.name) && entry.name.length > (best?.name.length ?? 0)) best = entry;
    }
    if (best) return best;
  }
  return undefined;
}
