/**
 * The check of `consent.integrations` that the visitor's browser runs before it tells any vendor
 * anything (and the compliance rules reuse): every key known, every value of the expected type,
 * every mapping naming a category or service of the config. Unknown keys are errors here, unlike
 * elsewhere in the config: a misspelt signal or vendor would silently never be sent. When it
 * finds anything, the widget sends every integration it knows `denied` and never `granted`.
 *
 * Small on purpose (it ships in `privacy-consent-defaults.js` and the integrations chunk); its
 * table must match the JSON Schema generated from `integrations.ts`, which a unit test checks.
 */
import type { ConsentConfig } from './types.js';
import type { Integrations } from './integrations.js';
import type { Finding } from './validate.js';

/** A mapping to an optional purpose: mapping it to a `required` category is an error. */
const CONSENT = 'consent';
/** A mapping that may be strictly necessary (functionality the visitor asked for, such as a language choice). */
const ANY = 'consent-or-necessary';

type Kind = typeof CONSENT | typeof ANY | 'boolean' | 'milliseconds' | 'regions' | 'event' | readonly string[] | { readonly [signal: string]: typeof CONSENT | typeof ANY };

/** The name of a vendor the widget knows. */
export type IntegrationName = keyof Integrations;

/** Every vendor the widget knows, in the order they are told. */
export const INTEGRATION_NAMES: readonly IntegrationName[] = ['googleConsentMode', 'dataLayerEvent', 'matomo', 'clarity', 'metaPixel', 'microsoftUet', 'hubspot', 'tiktok'];

/** Each integration's fields and what they hold; a name ending in `!` is required. */
export const INTEGRATION_FIELDS: { readonly [vendor in IntegrationName]-?: { readonly [field: string]: Kind } } = {
  googleConsentMode: {
    'signals!': {
      ad_storage: CONSENT,
      ad_user_data: CONSENT,
      ad_personalization: CONSENT,
      analytics_storage: CONSENT,
      // Not strictly necessary either: it is the Google tag's storage, not a service the visitor asked for.
      functionality_storage: CONSENT,
      personalization_storage: CONSENT,
    },
    mode: ['basic', 'advanced'],
    acknowledgeAdvancedMode: 'boolean',
    gatedBy: ANY,
    waitForUpdate: 'milliseconds',
    region: 'regions',
    adsDataRedaction: 'boolean',
    urlPassthrough: 'boolean',
  },
  dataLayerEvent: { event: 'event' },
  matomo: { 'consent!': CONSENT, require: ['tracking', 'cookies'] },
  clarity: { 'signals!': { analytics_Storage: CONSENT, ad_Storage: CONSENT } },
  metaPixel: { 'consent!': CONSENT },
  microsoftUet: { 'consent!': CONSENT },
  hubspot: { 'signals!': { analytics: CONSENT, advertisement: CONSENT, functionality: ANY } },
  tiktok: { 'consent!': CONSENT },
};

/** A problem the guard found: `shape` (a value of the wrong type or a missing key), `key` (an unknown vendor, field or signal), `id` (a mapping to no category or service), `necessary` (a consent signal mapped to a required category). */
export interface IntegrationFinding extends Finding {
  problem: 'shape' | 'key' | 'id' | 'necessary';
}

/** One mapping in the config: a consent requirement and where it is. */
export interface IntegrationMapping {
  vendor: IntegrationName;
  /** The field (`consent`, `gatedBy`) or signal (`ad_storage`) it sets. */
  signal: string;
  path: string;
  requirement: string;
  /** Whether it may name a `required` category (it is not an optional purpose). */
  mayBeNecessary: boolean;
}

const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);
// Not `Object.hasOwn`: this also runs in privacy-consent-defaults.js, a classic script that old browsers run too.
const has = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);

/** Every mapping of a structurally valid integrations object that holds a string. */
export function integrationMappings(integrations: unknown): IntegrationMapping[] {
  const out: IntegrationMapping[] = [];
  if (!isObject(integrations)) return out;
  for (const vendor of INTEGRATION_NAMES) {
    const options = integrations[vendor];
    if (!isObject(options)) continue;
    for (const [key, kind] of Object.entries(INTEGRATION_FIELDS[vendor])) {
      const field = key.replace('!', '');
      const path = `$.consent.integrations.${vendor}.${field}`;
      const add = (signal: string, at: string, requirement: unknown, k: unknown) =>
        typeof requirement === 'string' && out.push({ vendor, signal, path: at, requirement, mayBeNecessary: k === ANY });
      if (kind === CONSENT || kind === ANY) add(field, path, options[field], kind);
      else if (isObject(kind) && isObject(options[field])) {
        for (const [signal, k] of Object.entries(kind)) add(signal, `${path}.${signal}`, (options[field] as Record<string, unknown>)[signal], k);
      }
    }
  }
  return out;
}

/** What a consent requirement names: the ids that are neither a category nor a service, and whether it is always granted. */
export function resolveRequirement(consent: ConsentConfig, requirement: string): { unknown: string[]; necessary: boolean } {
  const ids = requirement.trim().split(/\s+/).filter(Boolean);
  const unknown: string[] = [];
  let necessary = ids.length > 0;
  for (const id of ids) {
    const [categoryId, serviceId] = id.split('/');
    const category = consent.categories.find((c) =>
      serviceId === undefined ? c.id === categoryId || c.services?.some((s) => s.id === categoryId) : c.id === categoryId && c.services?.some((s) => s.id === serviceId),
    );
    if (!category) unknown.push(id);
    necessary &&= category?.required === true;
  }
  return { unknown, necessary: necessary && unknown.length === 0 };
}

const got = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'a list' : `a ${typeof value}`);

/** Checks a value against one field's kind; returns what was expected, or nothing when it fits. */
function misfit(kind: Kind, value: unknown): string | undefined {
  if (Array.isArray(kind)) return kind.includes(value as string) ? undefined : `expected one of ${kind.map((k) => JSON.stringify(k)).join(', ')}`;
  switch (kind) {
    case CONSENT:
    case ANY:
      return typeof value === 'string' && /^\S+( +\S+)*$/.test(value) ? undefined : 'expected category or service ids, as in data-consent';
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'expected true or false';
    case 'milliseconds':
      return typeof value === 'number' && value >= 0 && value <= 10_000 ? undefined : 'expected milliseconds from 0 to 10000';
    case 'regions':
      return Array.isArray(value) && value.every((r) => typeof r === 'string' && /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/.test(r)) ? undefined : 'expected a list of ISO 3166-2 codes such as "GB"';
    case 'event':
      return typeof value === 'string' && /^[A-Za-z0-9_.:-]+$/.test(value) ? undefined : 'expected an event name (letters, digits, "_", ".", ":", "-")';
    default:
      return isObject(value) ? undefined : 'expected an object';
  }
}

/**
 * Checks `consent.integrations` of a config whose consent section the entry guard accepted.
 * Every problem is an error with its JSON path: the integrations are then all sent `denied`.
 */
export function guardIntegrations(consent: ConsentConfig): IntegrationFinding[] {
  const out: IntegrationFinding[] = [];
  const error = (path: string, message: string, problem: IntegrationFinding['problem'] = 'shape') => void out.push({ path, severity: 'error', message, problem });
  const integrations: unknown = consent.integrations;
  const root = '$.consent.integrations';
  if (integrations === undefined) return out;
  if (!isObject(integrations)) return [{ path: root, severity: 'error', message: `expected an object, got ${got(integrations)}`, problem: 'shape' }];
  for (const [vendor, options] of Object.entries(integrations)) {
    const at = `${root}.${vendor}`;
    const fields = INTEGRATION_FIELDS[vendor as IntegrationName];
    if (!has(INTEGRATION_FIELDS, vendor)) {
      error(at, `unknown integration "${vendor}" (known: ${INTEGRATION_NAMES.join(', ')}); until it is fixed every integration is sent "denied"`, 'key');
      continue;
    }
    if (!isObject(options)) {
      error(at, `expected an object, got ${got(options)}`);
      continue;
    }
    for (const [key, kind] of Object.entries(fields)) {
      const field = key.replace('!', '');
      const value = options[field];
      if (value === undefined) {
        if (key.endsWith('!')) error(`${at}.${field}`, 'is required');
        continue;
      }
      const expected = misfit(kind, value);
      if (expected) error(`${at}.${field}`, `${expected}, got ${typeof value === 'string' ? JSON.stringify(value) : got(value)}`);
      else if (isObject(kind)) {
        for (const [signal, inner] of Object.entries(value as Record<string, unknown>)) {
          const problem = kind[signal] ? misfit(kind[signal], inner) : `unknown signal "${signal}" (known: ${Object.keys(kind).join(', ')})`;
          if (problem) error(`${at}.${field}.${signal}`, kind[signal] ? `${problem}, got ${got(inner)}` : problem, kind[signal] ? 'shape' : 'key');
        }
      }
    }
    for (const field of Object.keys(options)) {
      if (!has(fields, field) && !has(fields, `${field}!`)) {
        error(`${at}.${field}`, `unknown key "${field}" (known: ${Object.keys(fields).map((k) => k.replace('!', '')).join(', ')})`, 'key');
      }
    }
  }
  for (const mapping of integrationMappings(integrations)) {
    if (out.some((f) => f.path === mapping.path)) continue;
    const { unknown, necessary } = resolveRequirement(consent, mapping.requirement);
    if (unknown.length) error(mapping.path, `no category or service has the id ${unknown.map((id) => `"${id}"`).join(', ')}`, 'id');
    else if (necessary && !mapping.mayBeNecessary) {
      error(mapping.path, `"${mapping.requirement}" is strictly necessary (always on), so ${mapping.signal} would be granted before any choice: map it to an optional category`, 'necessary');
    }
  }
  return out;
}
