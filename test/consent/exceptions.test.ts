import { describe, expect, it } from 'vitest';
import { basisWithoutOptIn } from '../../src/config/exception-opt-in.js';
import type { PrivacyConfig } from '../../src/config/types.js';
import { effectiveBasis, exceptionCategories, objectionChoices } from '../../src/consent/choices.js';
import { fingerprint, runsBeforeChoice } from '../../src/consent/consent-record.js';
import { ConsentStore, type ConsentingConfig } from '../../src/consent/consent-store.js';
import { uniformChoices } from '../../src/consent/decision.js';
import { MemoryStorage } from '../../src/consent/storage.js';
import { clone, makeConfig } from './fixtures.js';

/** The fixture with its analytics under the UK statistics exception (PECR Sch A1 para 5), opted in. */
function statisticsConfig(optIn = true): ConsentingConfig {
  const config = makeConfig(optIn ? { exceptions: 'uk-duaa-2025' } : {});
  config.consent.categories[1]!.basis = 'statistics';
  return config;
}

async function loaded(config: ConsentingConfig, options: { gpc?: boolean; stored?: unknown } = {}) {
  const store = new ConsentStore({ config, storage: new MemoryStorage(options.stored), gpc: options.gpc, randomId: () => 'id' });
  await store.load();
  return store;
}

describe('a category under a UK exception, before any choice', () => {
  it('runs (granted with its services) when the config opts in, and the banner still shows', async () => {
    const store = await loaded(statisticsConfig());
    expect(store.state).toMatchObject({ status: 'undecided', decision: null, categories: { necessary: true, analytics: true, marketing: false } });
    expect(store.granted('analytics/matomo')).toBe(true);
    expect(store.needsDecision).toBe(true);
  });
  it('is consent-based without the opt-in: refused until the visitor says yes', async () => {
    const store = await loaded(statisticsConfig(false));
    expect(store.state.categories.analytics).toBe(false);
    expect(store.granted('matomo')).toBe(false);
  });
  it.each([['an unknown basis', 'legitimate-interest'], ['an explicit consent basis', 'consent']])('is refused with %s', async (_, basis) => {
    const config = statisticsConfig();
    config.consent.categories[1]!.basis = basis as 'consent';
    expect((await loaded(config)).state.categories.analytics).toBe(false);
  });
  it('is objected to by Global Privacy Control, with no banner', async () => {
    const store = await loaded(statisticsConfig(), { gpc: true });
    expect(store.state.categories.analytics).toBe(false);
    expect(store.needsDecision).toBe(false);
  });
});

describe('deciding about exception categories', () => {
  it('Reject refuses consent and objects to the exception categories too', async () => {
    const store = await loaded(statisticsConfig());
    await store.decide('reject-all', uniformChoices(store.config!.consent, false));
    expect(store.state.categories).toEqual({ necessary: true, analytics: false, marketing: false });
  });
  it('an objection switches off the exception categories and keeps every other choice', async () => {
    const store = await loaded(statisticsConfig());
    await store.decide('accept-all', uniformChoices(store.config!.consent, true));
    const detail = await store.decide('save', objectionChoices(store.config!, store.state), 'custom', { method: 'banner' });
    expect(detail).toMatchObject({ action: 'withdraw', categories: { analytics: false, marketing: true }, services: { matomo: false, youtube: true } });
    const receipt = store.record!.receipts![0]!;
    expect(receipt['dpv:hasProcess'].find((p) => p['dct:identifier'] === 'analytics')).toMatchObject({
      'dpv:hasLegalBasis': 'https://www.legislation.gov.uk/uksi/2003/2426/schedule/A1/paragraph/5',
      'pc:objected': true,
      'pc:active': false,
    });
    expect(receipt['dpv:hasConsentStatus']['@type']).toBe('dpv:ConsentGiven');
  });
  it('the objection outlives the page: the next load keeps the category off', async () => {
    const storage = new MemoryStorage();
    const store = new ConsentStore({ config: statisticsConfig(), storage, randomId: () => 'id' });
    await store.load();
    await store.decide('save', objectionChoices(store.config!, store.state), 'custom');
    const next = new ConsentStore({ config: statisticsConfig(), storage });
    expect((await next.load()).categories.analytics).toBe(false);
    expect(next.needsDecision).toBe(false);
  });
  it('objects to one category when named, leaving another exception category on', () => {
    const config = statisticsConfig();
    config.consent.categories.push({ id: 'display', title: 'Display settings', basis: 'appearance' });
    const state = { categories: { necessary: true, analytics: true, marketing: false, display: true }, services: { matomo: true, youtube: false } };
    expect(objectionChoices(config, state, ['display'])).toEqual({ necessary: true, analytics: true, marketing: false, display: false, matomo: true, youtube: false });
    expect(exceptionCategories(config).map((c) => c.id)).toEqual(['analytics', 'display']);
  });
});

describe('the question a stored choice answers', () => {
  it('changes when a category moves between consent and an exception, so no grant outlives its basis', () => {
    const exception = statisticsConfig();
    expect(fingerprint(exception.consent, exception.exceptions)).not.toBe(fingerprint(exception.consent));
    const consent = makeConfig();
    expect(fingerprint(consent.consent)).toBe(fingerprint(statisticsConfig(false).consent, undefined));
  });
  it('stays when only the wording or the kind of exception changes', () => {
    const config = statisticsConfig();
    const other = clone(config);
    other.consent.categories[1]!.basis = 'appearance';
    other.consent.categories[1]!.description = 'Other words.';
    expect(fingerprint(other.consent, other.exceptions)).toBe(fingerprint(config.consent, config.exceptions));
  });
  it('asks again a visitor whose grant came from an exception the config no longer opts in to', async () => {
    const storage = new MemoryStorage();
    const store = new ConsentStore({ config: statisticsConfig(), storage, randomId: () => 'id' });
    await store.load();
    await store.decide('save', { analytics: true }, 'custom');
    const withoutOptIn = new ConsentStore({ config: statisticsConfig(false), storage });
    expect((await withoutOptIn.load()).status).toBe('outdated');
    expect(withoutOptIn.granted('analytics')).toBe(false);
  });
});

describe('bases', () => {
  it('tells each category’s basis, and a basis without the opt-in is consent', () => {
    const config: PrivacyConfig = statisticsConfig();
    expect(config.consent!.categories.map((c) => effectiveBasis(config, c))).toEqual(['required', 'statistics', 'consent']);
    expect(config.consent!.categories.map((c) => effectiveBasis({}, c))).toEqual(['required', 'consent', 'consent']);
    expect(runsBeforeChoice('uk-duaa-2025', { id: 'x', title: 'X', basis: 'appearance' })).toBe(true);
  });
  it('lists the categories that use a basis without the opt-in, with their paths', () => {
    expect(basisWithoutOptIn(statisticsConfig(false))).toMatchObject([{ path: '$.consent.categories[1].basis' }]);
    expect(basisWithoutOptIn(statisticsConfig())).toEqual([]);
  });
});
