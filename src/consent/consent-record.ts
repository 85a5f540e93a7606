import type { Category, ConsentConfig, PrivacyConfig } from '../config/types.js';
import type { ReceiptRecord } from './receipt-record.js';

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
  /**
   * Receipts of this decision and of the few before it on this device, newest first (src/consent/receipt.ts):
   * what was decided, how, on which page, about which wording. Not read to grant anything.
   */
  receipts?: ReceiptRecord[];
  /** Set when this decision's receipt may not have reached `consent.receipts.endpoint`: the next page sends it once more. */
  unsent?: boolean;
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
 * Whether a category runs before the visitor chooses: it rests on a UK exception to consent
 * (`basis` `statistics` or `appearance`, PECR Sch A1 paras 5 and 6) and the config opts in with
 * `"exceptions": "uk-duaa-2025"`. Anything else (no opt-in, an unknown basis) means consent;
 * `false` for `exceptions` stands for an objection to them all (Global Privacy Control).
 */
export function runsBeforeChoice(exceptions: PrivacyConfig['exceptions'] | false, category: Category): boolean {
  const basis = own(category, 'basis');
  return exceptions === 'uk-duaa-2025' && (basis === 'statistics' || basis === 'appearance');
}

/**
 * A fingerprint of what a choice was made about: category ids with their `required` flags and
 * whether they run before a choice under a UK exception (`exceptions` is the config's opt-in),
 * and service ids. Wording is left out on purpose: rewording must not re-prompt, a new purpose or
 * basis must (a category moved from an exception back to consent must not keep a grant nobody gave).
 */
export function fingerprint(consent: ConsentConfig, exceptions?: PrivacyConfig['exceptions']): string {
  const canonical = consent.categories
    .map((c) => `${c.id}${isRequired(c) ? '!' : ''}${runsBeforeChoice(exceptions, c) ? '~' : ''}[${(c.services ?? []).map((s) => s.id).sort().join(',')}]`)
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

/**
 * A stored value (from IndexedDB or another tab) as a record this release wrote, or `undefined`
 * for anything else, which counts as no decision. The record returned is a copy of the value's own
 * properties with a null prototype: a field a page added to `Object.prototype` (prototype
 * pollution, `Object.prototype.unsent = true`) neither completes a partial record nor is read later
 * as one of its optional fields.
 */
export function readRecord(value: unknown): ConsentRecord | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const r: Record<string, unknown> = { __proto__: null, ...value };
  const isBooleanMap = (m: unknown) => !!m && typeof m === 'object' && !Array.isArray(m) && Object.values(m).every((v) => typeof v === 'boolean');
  const isText = (k: string) => typeof r[k] === 'string';
  return (
    r.schema === 1 &&
    ['accept-all', 'reject-all', 'custom'].includes(r.decision as string) &&
    isBooleanMap(r.categories) &&
    isBooleanMap(r.services) &&
    ['version', 'fingerprint', 'consentId'].every(isText) &&
    ['decidedAt', 'expiresAt'].every((k) => isText(k) && Date.parse(r[k] as string) >= 0)
  )
    ? (r as unknown as ConsentRecord)
    : undefined;
}

/** Whether a stored value is a record this release wrote (`readRecord`). */
export function isConsentRecord(value: unknown): value is ConsentRecord {
  return readRecord(value) !== undefined;
}

/**
 * Whether a stored answer still answers the question the current config asks. The stored
 * `expiresAt` is capped as when writing: no later than the config's `expiryDays` after the
 * decision, so a record that claims to last 100 years, written by an old release or by another
 * script, still asks again on time.
 */
export function consentStatus(record: ConsentRecord | undefined, config: PrivacyConfig & { consent: ConsentConfig }, now: Date): ConsentStatus {
  if (!record) return 'undecided';
  if (record.version !== config.version || record.fingerprint !== fingerprint(config.consent, config.exceptions)) return 'outdated';
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
 * Turns choices into a full set of grants. Required categories are always granted; a category not
 * chosen is refused unless `byDefault` grants it (a UK exception category before any choice); a
 * service follows its category unless chosen on its own: switched off inside a granted category,
 * or allowed on its own inside a refused one (a placeholder's "Always allow YouTube",
 * docs/placeholders.md), which grants that service and nothing else of its category.
 */
export function resolveGrants(
  consent: ConsentConfig,
  choices: Choices,
  byDefault?: (category: Category) => boolean,
): Pick<ConsentRecord, 'categories' | 'services'> {
  const categories: Record<string, boolean> = {};
  const services: Record<string, boolean> = {};
  for (const category of consent.categories) {
    const required = isRequired(category);
    const granted = required || (own(choices, category.id) ?? byDefault?.(category)) === true;
    categories[category.id] = granted;
    for (const service of category.services ?? []) {
      const chosen = own(choices, service.id) ?? own(choices, `${category.id}/${service.id}`);
      services[service.id] = required || (chosen ?? granted) === true;
    }
  }
  return { categories, services };
}

