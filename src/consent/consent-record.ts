import type { ConsentConfig, PrivacyConfig } from '../config/types.js';

/** What the visitor decided, as stored. */
export type Decision = 'accept-all' | 'reject-all' | 'custom';

/** The stored answer. Everything here is strictly necessary storage (PECR Sch A1 para 4). */
export interface ConsentRecord {
  /** Format of this record, so a later release can read (or refuse) older ones. */
  schema: 1;
  decision: Decision;
  /** Granted state of every category, by id. */
  categories: Record<string, boolean>;
  /** Granted state of every service, by id. */
  services: Record<string, boolean>;
  /** The config's `version` when the choice was made. */
  version: string;
  /** Fingerprint of the categories and services the choice was made about. */
  fingerprint: string;
  /** ISO 8601 time of the decision. */
  decidedAt: string;
  /** ISO 8601 time after which the banner asks again. */
  expiresAt: string;
  /** A random identifier of this decision, for the organisation's consent records. */
  consentId: string;
}

/**
 * Whether a stored answer still answers the question the current config asks.
 * `undecided`: nothing stored; `outdated`: the version or the set of categories changed;
 * `expired`: past its lifetime; `current`: valid.
 */
export type ConsentStatus = 'undecided' | 'outdated' | 'expired' | 'current';

export const DEFAULT_EXPIRY_DAYS = 182;
export const DAY = 86_400_000;

/**
 * `map[key]` when `key` is the map's own property, else `undefined`. Every lookup by id goes
 * through it: with `Object.prototype.analytics = true` on a hostile or careless page, a plain
 * `choices.analytics` would read `true` from the prototype and grant (CWE-1321, prototype pollution).
 */
export function own<T>(map: Record<string, T> | object, key: string): T | undefined {
  return Object.hasOwn(map, key) ? (map as Record<string, T>)[key] : undefined;
}

/** Whether a category is strictly necessary: its own `required` is `true` (never the prototype's). */
export function isRequired(category: object): boolean {
  return own(category, 'required') === true;
}

/**
 * A fingerprint of what a choice was made about: category ids with their `required` flags and
 * service ids. Wording is left out on purpose: rewording must not re-prompt, a new purpose must.
 */
export function fingerprint(consent: ConsentConfig): string {
  const canonical = consent.categories
    .map((c) => `${c.id}${isRequired(c) ? '!' : ''}[${(c.services ?? []).map((s) => s.id).sort().join(',')}]`)
    .sort()
    .join(';');
  // FNV-1a: a short, stable digest. Not a security measure: it only detects change.
  let hash = 0x811c9dc5;
  for (let i = 0; i < canonical.length; i++) {
    hash ^= canonical.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36) + canonical.length.toString(36);
}

/** Whether a stored value is a record this release wrote. Anything else counts as no decision. */
export function isConsentRecord(value: unknown): value is ConsentRecord {
  if (!value || typeof value !== 'object') return false;
  // Own properties only (a prototype-free copy): a polluted prototype must not complete a partial record.
  const r: Record<string, unknown> = { __proto__: null, ...value };
  const isBooleanMap = (m: unknown) =>
    !!m && typeof m === 'object' && !Array.isArray(m) && Object.values(m).every((v) => typeof v === 'boolean');
  return (
    r.schema === 1 &&
    (r.decision === 'accept-all' || r.decision === 'reject-all' || r.decision === 'custom') &&
    isBooleanMap(r.categories) &&
    isBooleanMap(r.services) &&
    ['version', 'fingerprint', 'consentId'].every((k) => typeof r[k] === 'string') &&
    ['decidedAt', 'expiresAt'].every((k) => typeof r[k] === 'string' && !Number.isNaN(Date.parse(r[k] as string)))
  );
}

/**
 * Whether a stored answer still answers the question the current config asks. The stored
 * `expiresAt` is capped as when writing: no later than the config's `expiryDays` after the
 * decision, so a record that claims to last 100 years, written by an old release or by another
 * script, still asks again on time.
 */
export function consentStatus(record: ConsentRecord | undefined, config: PrivacyConfig & { consent: ConsentConfig }, now: Date): ConsentStatus {
  if (!record) return 'undecided';
  if (record.version !== config.version || record.fingerprint !== fingerprint(config.consent)) return 'outdated';
  const time = now.getTime();
  const decided = Date.parse(record.decidedAt);
  const expires = Math.min(Date.parse(record.expiresAt), decided + (config.consent.expiryDays ?? DEFAULT_EXPIRY_DAYS) * DAY);
  // A decision dated more than a day ahead (a clock far off, or a record this release did not
  // write) cannot be shown to be recent: ask again.
  return time >= expires || decided > time + DAY ? 'expired' : 'current';
}

/** Choices keyed by category id, service id or `category/service`. */
export type Choices = Record<string, boolean>;

/**
 * Turns choices into a full set of grants. Required categories are always granted; anything not
 * chosen is refused; a service follows its category unless chosen on its own, and is never
 * granted when its category is refused.
 */
export function resolveGrants(consent: ConsentConfig, choices: Choices): Pick<ConsentRecord, 'categories' | 'services'> {
  const categories: Record<string, boolean> = {};
  const services: Record<string, boolean> = {};
  for (const category of consent.categories) {
    const required = isRequired(category);
    const granted = required || own(choices, category.id) === true;
    categories[category.id] = granted;
    for (const service of category.services ?? []) {
      const chosen = own(choices, service.id) ?? own(choices, `${category.id}/${service.id}`);
      services[service.id] = required || (granted && chosen !== false);
    }
  }
  return { categories, services };
}

