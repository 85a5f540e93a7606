import type { ConsentConfig, PrivacyConfig } from '../config/types.js';
import { DAY, DEFAULT_EXPIRY_DAYS, fingerprint, own, readRecord, resolveGrants, type Choices, type ConsentRecord, type Decision } from './consent-record.js';
import type { ConsentStorage } from './storage.js';
import type { ConsentAction, ConsentChangeDetail, ConsentState } from './events.js';
import {
  buildReceiptRecord,
  defaultLanguage,
  keptHistory,
  noticeHash,
  RECEIPT_HISTORY,
  receiptOf,
  storedReceipts,
  wasInEffect,
  type ConsentReceipt,
  type DecisionContext,
} from './receipt.js';
import type { ReceiptTransport } from './receipt-endpoint.js';

// Making a new decision is kept apart from reading one: a returning visitor's page only reads,
// so this module loads with the banner and dialog (which import it) or on the first API decision.
// A decision's receipt is part of recording it, so the receipt code comes with it.

/** Builds the record for a decision made now. */
export function createRecord(
  config: PrivacyConfig & { consent: ConsentConfig },
  decision: Decision,
  choices: Choices,
  now: Date,
  consentId: string,
): ConsentRecord {
  const days = config.consent.expiryDays ?? DEFAULT_EXPIRY_DAYS;
  return {
    schema: 1,
    decision,
    ...resolveGrants(config.consent, choices),
    version: config.version,
    fingerprint: fingerprint(config.consent, config.exceptions),
    decidedAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + days * DAY).toISOString(),
    consentId,
  };
}

/** The parts of the page a receipt records, passed in so tests can set them. */
export interface ReceiptEnvironment {
  /** The page's path (default `location.pathname`). */
  page?: string;
  /** Where to send receipts (default: the browser's beacon and fetch). */
  transport?: ReceiptTransport;
}

/**
 * Builds the record of a decision made now, with its receipt: the receipts of the decisions
 * before it on this device (`previous`, the stored record, current or not) are kept (a few), and
 * the new one is sent to the organisation's endpoint when the config has one. Hashing or sending
 * never fails the decision: a receipt without a hash says why, and a receipt the browser would
 * not queue is marked `unsent` so the next page tries once more.
 */
export async function recordDecision(
  config: PrivacyConfig & { consent: ConsentConfig },
  decision: Decision,
  choices: Choices,
  now: Date,
  consentId = randomConsentId(),
  previous?: ConsentRecord,
  context: DecisionContext = {},
  environment: ReceiptEnvironment = {},
): Promise<ConsentRecord> {
  const record = createRecord(config, decision, choices, now, consentId);
  const lang = context.lang || defaultLanguage(config);
  const receipt = buildReceiptRecord({
    config,
    record,
    before: wasInEffect(previous, config, now) ? previous : undefined,
    replaces: readRecord(previous)?.consentId,
    method: context.method ?? 'api',
    lang,
    page: environment.page ?? globalThis.location?.pathname ?? '',
    hash: await noticeHash(config, lang),
  });
  record.receipts = [receipt, ...keptHistory(previous)];
  const endpoint = config.consent.receipts?.endpoint;
  if (endpoint) {
    // The sending code loads only for configs with an endpoint. A beacon is queued at once; when
    // the browser refuses it, the fallback fetch runs on its own and the receipt counts as unsent
    // until the next page has tried again (the server tells a repeat by its id). Nothing here
    // waits for the network.
    const { sendReceipt } = await import('./receipt-endpoint.js');
    if (typeof sendReceipt(endpoint, receiptOf([receipt])!, environment.transport) !== 'string') record.unsent = true;
  }
  return record;
}

/**
 * The receipt for the page's consent state: the stored decisions' receipts, newest first; under
 * Global Privacy Control with no decision of the visitor's own in effect, first a receipt of the
 * refusal the signal makes (issued on request, not stored). `null` when there is nothing to show.
 */
export async function currentReceipt(
  store: { config: (PrivacyConfig & { consent: ConsentConfig }) | undefined; record: ConsentRecord | undefined; state: ConsentState; gpc: boolean } | undefined,
  now = new Date(),
  environment: ReceiptEnvironment = {},
): Promise<ConsentReceipt | null> {
  const config = store?.config;
  if (!store || !config) return null;
  const stored = storedReceipts(store.record);
  if (!store.gpc || store.state.status === 'current') return receiptOf(stored);
  const lang = defaultLanguage(config);
  const signal = buildReceiptRecord({
    config,
    record: { ...store.state, consentId: randomConsentId(), decision: 'reject-all', decidedAt: now.toISOString(), expiresAt: now.toISOString() },
    method: 'gpc',
    lang,
    page: environment.page ?? globalThis.location?.pathname ?? '',
    hash: await noticeHash(config, lang),
  });
  return receiptOf([signal, ...stored].slice(0, RECEIPT_HISTORY));
}

/**
 * Sends the stored decision's receipt once more, when it may not have reached the endpoint on the
 * page where it was made; then clears the mark, unless another decision has been stored since.
 * Loaded by the store on the next page, only for a record marked `unsent`.
 */
export async function retryReceipt(
  config: PrivacyConfig & { consent: ConsentConfig },
  record: ConsentRecord,
  storage: ConsentStorage,
  transport?: ReceiptTransport,
): Promise<void> {
  const endpoint = config.consent.receipts?.endpoint;
  const [receipt] = storedReceipts(record, 1);
  if (endpoint && receipt) await (await import('./receipt-endpoint.js')).sendReceipt(endpoint, receiptOf([receipt])!, transport);
  // Own fields only (`readRecord`): a polluted `Object.prototype.unsent` is no unsent receipt.
  const stored = readRecord(await storage.read());
  if (stored?.consentId === record.consentId && stored.unsent) {
    const { unsent: _, ...cleared } = stored;
    await storage.write(cleared);
  }
}

/** A random consent id (UUID v4 where the browser has it). */
export function randomConsentId(): string {
  return crypto.randomUUID?.() ?? Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

// The choices the preferences start from and those of Accept all / Reject all are in choices.ts,
// which the preferences load without this module's decision and receipt code.
import { currentChoices, uniformChoices } from './choices.js';
export { currentChoices, uniformChoices };

/**
 * The choices `PrivacyConsent.acceptAll()`, `rejectAll()` and `update(choices)` record: every
 * category for a `decision`, else the current state with `choices` over it. Here rather than in
 * the API, so the entry every visitor downloads carries only the calls.
 */
export function apiChoices(consent: ConsentConfig, state: Pick<ConsentState, 'categories' | 'services'>, decision?: Decision, choices?: Choices): Choices {
  return decision ? uniformChoices(consent, decision === 'accept-all') : { ...currentChoices(consent, state), ...choices };
}

/**
 * What a change of state changed, as `consent-change` reports it, and whether it withdrew
 * anything (turned off something that was granted: then its cookies are deleted). A withdrawal
 * made through the UI reads as `withdraw`; the API's own action name is kept.
 */
export function describeChange(
  before: ConsentState,
  after: ConsentState,
  action: ConsentAction,
  origin: ConsentChangeDetail['origin'],
): [ConsentChangeDetail, boolean] {
  let withdrew = false;
  const diff = (kind: 'categories' | 'services') =>
    Object.keys(after[kind]).filter((id) => after[kind][id] !== before[kind][id] && ((withdrew ||= !after[kind][id]), true));
  const changed = { categories: diff('categories'), services: diff('services') };
  return [{ ...after, action: withdrew && action !== 'api' ? 'withdraw' : action, changed, origin, deletedCookies: [] }, withdrew];
}
