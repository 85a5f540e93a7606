/**
 * Receipts: the proof of each decision the organisation can show (UK GDPR Art 7(1): the controller
 * "shall be able to demonstrate" consent), and the visitor can keep.
 *
 * Shaped after ISO/IEC TS 27560:2023 (consent record information structure) as W3C DPV publishes it
 * in JSON-LD: the DPV-27560 profile, https://w3id.org/dpv/guides/consent-27560 (CG-FINAL,
 * 2024-08-01). A receipt (`dpv:ConsentReceipt`) carries consent records (`dpv:ConsentRecord`), one
 * per decision: its header (id, schema), the notice the visitor read (version, language and a
 * SHA-256 of its wording), the purposes (our categories and services, each with its lawful basis
 * and state), the parties (the controller) and the event (time, state, method, duration).
 * docs/receipts.md maps every field to its 27560 section; docs/receipt.schema.json validates it.
 *
 * Loaded with `decision.ts`, when a decision is recorded or a receipt is asked for: a page where
 * nobody decides never downloads it.
 */
import type { Category, PrivacyConfig, Service } from '../config/types.js';
import { consentStatus, DEFAULT_EXPIRY_DAYS, runsBeforeChoice, type ConsentRecord, type Decision } from './consent-record.js';

export * from './receipt-record.js';
import type { ConsentReceipt, ConsentStatusIri, DecisionContext, LegalBasis, ReceiptEvent, ReceiptMethod, ReceiptNotice, ReceiptProcess, ReceiptRecord, ReceiptService } from './receipt-record.js';
import { APPLICABLE_LAW, RECEIPT_CONTEXT, RECEIPT_HISTORY, RECEIPT_PROFILE, RECORD_PROFILE, SCHEDULE_A1 } from './receipt-record.js';

/**
 * Canonical JSON (RFC 8785, JCS, for the values a config holds): object keys sorted by UTF-16
 * code units, no white space, strings and numbers as `JSON.stringify` writes them. The same
 * config always gives the same text, whatever the order its keys were written in.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.keys(value)
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The primary language subtag, lower case (`cy` for `cy-GB`). */
const primary = (tag: string) => tag.split(/[-_]/)[0]!.toLowerCase();

/** The config's translation for a language, when the language shown is one of its translations. */
function translationFor(config: PrivacyConfig, lang: string) {
  const key = Object.keys(config.translations ?? {}).find((tag) => primary(tag) === primary(lang));
  return key !== undefined && (!config.lang || primary(config.lang) !== primary(lang)) ? config.translations![key] : undefined;
}

/**
 * The wording the visitor could read in `lang`, as one value: the organisation, the consent
 * section (categories, services, cookies, the banner's own wording overrides) and the notice, and
 * the translation into that language when it is one. Its canonical JSON is what the receipt's
 * hash covers: any rewording gives a new hash, while the question asked (`fingerprint`) and so
 * the visitor's stored choice stay as they are.
 */
export function noticeContent(config: PrivacyConfig, lang: string): unknown {
  return { organisation: config.organisation, consent: config.consent, notice: config.notice, translation: translationFor(config, lang) };
}

const hashes = new WeakMap<PrivacyConfig, Map<string, Promise<Pick<ReceiptNotice, 'pc:sha256' | 'pc:sha256Missing'>>>>();

/**
 * SHA-256 (lower-case hex) of the canonical wording shown in `lang`, through SubtleCrypto. Without
 * SubtleCrypto (browsers offer `crypto.subtle` only in secure contexts: https:, or http://localhost)
 * or when the digest fails, says why instead. Never rejects. `crypto` is injected for tests.
 */
export function noticeHash(
  config: PrivacyConfig,
  lang: string,
  crypto: { subtle?: SubtleCrypto } = globalThis.crypto ?? {},
): Promise<Pick<ReceiptNotice, 'pc:sha256' | 'pc:sha256Missing'>> {
  const { subtle } = crypto;
  // The same wording gives the same hash: computed once per config and language on a page.
  const cacheable = crypto === globalThis.crypto;
  const cached = cacheable ? hashes.get(config)?.get(lang) : undefined;
  if (cached) return cached;
  const hash = (async () => {
    if (!subtle) {
      return {
        'pc:sha256Missing':
          'SubtleCrypto is not available: the page is not a secure context (https: or localhost), so the SHA-256 of the wording could not be computed',
      };
    }
    try {
      const digest = await subtle.digest('SHA-256', new TextEncoder().encode(canonicalJson(noticeContent(config, lang))));
      return { 'pc:sha256': Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('') };
    } catch (error) {
      return { 'pc:sha256Missing': `the SHA-256 of the wording could not be computed (${(error as Error)?.message ?? error})` };
    }
  })();
  if (cacheable) {
    if (!hashes.has(config)) hashes.set(config, new Map());
    hashes.get(config)!.set(lang, hash);
  }
  return hash;
}

/** The lawful basis a category rests on in this config. */
export function legalBasis(config: PrivacyConfig, category: Category): LegalBasis {
  if (category.required) return `${SCHEDULE_A1}4`;
  if (runsBeforeChoice(config.exceptions, category)) return `${SCHEDULE_A1}${category.basis === 'statistics' ? 5 : 6}`;
  return 'dpv:ExpressedConsent';
}

/** The language a decision was read in when the UI did not say: the config's, else the page's, else British English. */
export function defaultLanguage(config: PrivacyConfig): string {
  return config.lang || globalThis.document?.documentElement.lang || 'en-GB';
}

/** What a receipt record is built from. */
export interface ReceiptInput {
  config: PrivacyConfig & { consent: NonNullable<PrivacyConfig['consent']> };
  /** The decision as stored. */
  record: Pick<ConsentRecord, 'consentId' | 'decision' | 'categories' | 'services' | 'decidedAt' | 'expiresAt'>;
  /** The grants in effect before this decision (to tell a withdrawal from a refusal). */
  before?: Pick<ConsentRecord, 'categories' | 'services'>;
  /** The id of the decision this one replaces on this device. */
  replaces?: string;
  method: ReceiptMethod;
  lang: string;
  /** The page's path. */
  page: string;
  hash: Pick<ReceiptNotice, 'pc:sha256' | 'pc:sha256Missing'>;
}

/** The first of `values` that is text: config wording the entry's guard did not check is left out unless it is a string. */
const firstText = (...values: unknown[]): string => (values.find((v) => typeof v === 'string') as string | undefined) ?? '';

/** Builds the receipt record of one decision. Pure: the hash comes in already computed. */
export function buildReceiptRecord(input: ReceiptInput): ReceiptRecord {
  const { config, record, before, method, lang, hash } = input;
  const translation = translationFor(config, lang)?.consent;
  const consent = config.consent;
  const processes = consent.categories.map((category): ReceiptProcess => {
    const words = translation?.categories?.[category.id];
    const active = record.categories[category.id] === true;
    const basis = legalBasis(config, category);
    const services = (category.services ?? []).map((service: Service): ReceiptService => ({
      'dct:identifier': service.id,
      'dct:title': firstText(translation?.services?.[service.id]?.name, service.name),
      ...(typeof service.provider === 'string' ? { 'schema:provider': service.provider } : {}),
      ...(service.processor ? { 'pc:processor': true as const } : {}),
      'pc:active': record.services[service.id] === true,
    }));
    return {
      '@type': 'dpv:Process',
      'dct:identifier': category.id,
      'dct:title': firstText(words?.title, category.title),
      'dpv:hasPurpose': { '@type': 'dpv:Purpose', 'dct:description': firstText(words?.description, category.description, category.title) },
      'dpv:hasLegalBasis': basis,
      ...(basis === 'dpv:ExpressedConsent'
        ? { 'dpv:hasConsentStatus': active ? 'dpv:ConsentGiven' : before?.categories[category.id] ? 'dpv:ConsentWithdrawn' : 'dpv:ConsentRefused' }
        : category.required
          ? {}
          : { 'pc:objected': !active }),
      'pc:active': active,
      ...(services.length ? { 'dpv:hasService': services } : {}),
    };
  });
  const consentBased = processes.filter((p) => p['dpv:hasConsentStatus']);
  const state: ConsentStatusIri = consentBased.some((p) => p['pc:active'])
    ? 'dpv:ConsentGiven'
    : consentBased.some((p) => p['dpv:hasConsentStatus'] === 'dpv:ConsentWithdrawn')
      ? 'dpv:ConsentWithdrawn'
      : 'dpv:ConsentRefused';
  const url = config.organisation.url;
  return {
    '@type': 'dpv:ConsentRecord',
    'dct:identifier': record.consentId,
    'dct:conformsTo': RECORD_PROFILE,
    ...(input.replaces ? { 'dct:replaces': input.replaces } : {}),
    'dpv:hasDataSubject': record.consentId,
    'dpv:hasDataController': { '@type': 'dpv:DataController', 'dpv:hasName': config.organisation.name, ...(url ? { 'schema:url': url } : {}) },
    'dpv:hasJurisdiction': 'loc:GB',
    'dpv:hasApplicableLaw': APPLICABLE_LAW,
    'dpv:hasNotice': {
      '@type': 'dpv:ConsentNotice',
      ...(consent.noticeUrl ? { 'schema:url': consent.noticeUrl } : {}),
      'dct:hasVersion': config.version,
      'dct:language': lang,
      ...hash,
    },
    'dpv:hasProcess': processes,
    'dpv:hasConsentStatus': {
      '@type': state,
      'dpv:isIndicatedAtTime': record.decidedAt,
      'dpv:hasDuration': { '@type': 'dpv:TemporalDuration', 'rdf:value': `P${consent.expiryDays ?? DEFAULT_EXPIRY_DAYS}D` },
      'dct:valid': record.expiresAt,
      'dpv:isIndicatedBy': 'dpv:DataSubject',
      'dpv:hasIndicationMethod': method,
      'pc:decision': record.decision,
      'pc:page': input.page,
    },
  };
}

/** Whether a stored value looks like a receipt record this release wrote (stored history is not trusted blindly). */
export function isReceiptRecord(value: unknown): value is ReceiptRecord {
  const r = value as Partial<ReceiptRecord> | null;
  return !!r && typeof r === 'object' && r['@type'] === 'dpv:ConsentRecord' && typeof r['dct:identifier'] === 'string' && Array.isArray(r['dpv:hasProcess']);
}

/** A receipt carrying `records` (newest first), or `null` when there are none. */
export function receiptOf(records: ReceiptRecord[]): ConsentReceipt | null {
  const [newest] = records;
  if (!newest) return null;
  return {
    '@context': RECEIPT_CONTEXT,
    '@type': 'dpv:ConsentReceipt',
    'dct:conformsTo': RECEIPT_PROFILE,
    'dpv:hasIdentifier': newest['dct:identifier'],
    'dct:created': newest['dpv:hasConsentStatus']['dpv:isIndicatedAtTime'],
    'dpv:hasRecordOfActivity': records,
  };
}

/** The receipts stored with a record, newest first, at most `limit` (entries that do not look like receipts are left out). */
export function storedReceipts(record: ConsentRecord | undefined, limit = RECEIPT_HISTORY): ReceiptRecord[] {
  return (Array.isArray(record?.receipts) ? record.receipts.filter(isReceiptRecord) : []).slice(0, limit);
}

/**
 * The history to keep with a new decision: the previous decision's receipts, newest first, so
 * that a withdrawal keeps the grant it withdrew; with the new one, `RECEIPT_HISTORY` at most.
 */
export function keptHistory(previous: ConsentRecord | undefined): ReceiptRecord[] {
  return storedReceipts(previous, RECEIPT_HISTORY - 1);
}

/** Whether `record` was in effect for `config` at `now` (a withdrawal is only of what was in effect). */
export function wasInEffect(record: ConsentRecord | undefined, config: Parameters<typeof consentStatus>[1], now: Date): boolean {
  return consentStatus(record, config, now) === 'current';
}
