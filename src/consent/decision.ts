import type { ConsentConfig, PrivacyConfig } from '../config/types.js';
import { DAY, DEFAULT_EXPIRY_DAYS, fingerprint, own, resolveGrants, type Choices, type ConsentRecord, type Decision } from './consent-record.js';
import type { ConsentState } from './events.js';

// Making a new decision is kept apart from reading one: a returning visitor's page only reads,
// so this module loads with the banner and dialog (which import it) or on the first API decision.

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
    fingerprint: fingerprint(config.consent),
    decidedAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + days * DAY).toISOString(),
    consentId,
  };
}

/** A random consent id (UUID v4 where the browser has it). */
export function randomConsentId(): string {
  return crypto.randomUUID?.() ?? Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The current grants as choices that `createRecord` would reproduce: categories, plus the
 * services switched off inside a granted category. The preferences start from these, and
 * `PrivacyConsent.update()` changes them.
 */
export function currentChoices(consent: ConsentConfig, state: Pick<ConsentState, 'categories' | 'services'>): Choices {
  const choices: Choices = { ...state.categories };
  for (const category of consent.categories) {
    for (const service of category.services ?? []) {
      if (own(state.categories, category.id) && !own(state.services, service.id)) choices[service.id] = false;
    }
  }
  return choices;
}

/** Every category granted (`true`) or every optional one refused (`false`). */
export function uniformChoices(consent: ConsentConfig, granted: boolean): Choices {
  return Object.fromEntries(consent.categories.map((c) => [c.id, granted]));
}
