import { describe, expect, it } from 'vitest';
import { consentStatus, fingerprint, isConsentRecord, resolveGrants } from '../../src/consent/consent-record.js';
import { createRecord, currentChoices, uniformChoices } from '../../src/consent/decision.js';
import { clone, makeConfig } from './fixtures.js';

const NOW = new Date('2026-11-23T12:00:00Z');
const DAY = 86_400_000;

describe('fingerprint', () => {
  it('ignores wording, so rewording a category does not ask again', () => {
    const config = makeConfig();
    const reworded = clone(config);
    reworded.consent.categories[1]!.title = 'Statistics';
    reworded.consent.categories[1]!.description = 'Other words.';
    reworded.consent.categories[1]!.services![0]!.name = 'Matomo Analytics';
    expect(fingerprint(reworded.consent)).toBe(fingerprint(config.consent));
  });

  it('ignores the order of categories and services', () => {
    const config = makeConfig();
    const reordered = clone(config);
    reordered.consent.categories.reverse();
    expect(fingerprint(reordered.consent)).toBe(fingerprint(config.consent));
  });

  it.each([
    ['a new category', (c: ReturnType<typeof makeConfig>) => c.consent.categories.push({ id: 'social', title: 'Social' })],
    ['a removed service', (c: ReturnType<typeof makeConfig>) => (c.consent.categories[2]!.services = [])],
    ['a new service', (c: ReturnType<typeof makeConfig>) => c.consent.categories[1]!.services!.push({ id: 'hotjar', name: 'Hotjar' })],
    ['a category made required', (c: ReturnType<typeof makeConfig>) => (c.consent.categories[1]!.required = true)],
    ['a renamed id', (c: ReturnType<typeof makeConfig>) => (c.consent.categories[2]!.id = 'advertising')],
  ])('changes with %s', (_name, change) => {
    const config = makeConfig();
    const changed = clone(config);
    change(changed);
    expect(fingerprint(changed.consent)).not.toBe(fingerprint(config.consent));
  });
});

describe('consentStatus', () => {
  const config = makeConfig();
  const record = createRecord(config, 'accept-all', uniformChoices(config.consent, true), NOW, 'id-1');

  it('is undecided with nothing stored', () => {
    expect(consentStatus(undefined, config, NOW)).toBe('undecided');
  });
  it('is current for a record of this version and fingerprint', () => {
    expect(consentStatus(record, config, NOW)).toBe('current');
  });
  it('is outdated when the policy version changes', () => {
    expect(consentStatus(record, { ...config, version: '2026-12-01' }, NOW)).toBe('outdated');
  });
  it('is outdated when the categories change without a version bump', () => {
    const changed = clone(config);
    changed.consent.categories.push({ id: 'social', title: 'Social' });
    expect(consentStatus(record, changed, NOW)).toBe('outdated');
  });
  it('expires after 182 days by default', () => {
    expect(consentStatus(record, config, new Date(NOW.getTime() + 181 * DAY))).toBe('current');
    expect(consentStatus(record, config, new Date(NOW.getTime() + 182 * DAY))).toBe('expired');
  });
  it('expires after the configured number of days', () => {
    const short = clone(config);
    short.consent.expiryDays = 30;
    const shortRecord = createRecord(short, 'reject-all', {}, NOW, 'id-2');
    expect(shortRecord.expiresAt).toBe(new Date(NOW.getTime() + 30 * DAY).toISOString());
    expect(consentStatus(shortRecord, short, new Date(NOW.getTime() + 30 * DAY))).toBe('expired');
  });
});

describe('isConsentRecord', () => {
  const config = makeConfig();
  const record = createRecord(config, 'custom', { analytics: true }, NOW, 'id-1');

  it('accepts a record this release wrote', () => {
    expect(isConsentRecord(clone(record))).toBe(true);
  });
  it.each([
    ['null', null],
    ['a string', 'accepted'],
    ['an old cookie-banner value', { consent: true }],
    ['another schema', { ...record, schema: 2 }],
    ['an unknown decision', { ...record, decision: 'yes' }],
    ['a non-boolean grant', { ...record, categories: { analytics: 'true' } }],
    ['a grants list', { ...record, categories: ['analytics'] }],
    ['a missing consent id', { ...record, consentId: undefined }],
    ['an unreadable date', { ...record, expiresAt: 'next year' }],
  ])('rejects %s, so it never counts as consent', (_name, value) => {
    expect(isConsentRecord(value)).toBe(false);
  });
});

describe('resolveGrants', () => {
  const { consent } = makeConfig();

  it('refuses everything optional when nothing is chosen, and grants required categories', () => {
    expect(resolveGrants(consent, {})).toEqual({
      categories: { necessary: true, analytics: false, marketing: false },
      services: { matomo: false, youtube: false },
    });
  });
  it('lets a service follow its category unless switched off on its own', () => {
    const grants = resolveGrants(consent, { analytics: true, marketing: true, youtube: false });
    expect(grants.services).toEqual({ matomo: true, youtube: false });
  });
  it('accepts category/service keys', () => {
    expect(resolveGrants(consent, { marketing: true, 'marketing/youtube': false }).services.youtube).toBe(false);
  });
  it('grants a service allowed on its own, and nothing else of its refused category', () => {
    const grants = resolveGrants(consent, { youtube: true });
    expect(grants.categories.marketing).toBe(false);
    expect(grants.services).toEqual({ matomo: false, youtube: true });
  });
  it('refuses a service whose category is refused unless it is chosen on its own', () => {
    expect(resolveGrants(consent, { analytics: false }).services.matomo).toBe(false);
    expect(resolveGrants(consent, { 'analytics/matomo': true }).services.matomo).toBe(true);
  });
  it('counts only true as a choice to allow', () => {
    expect(resolveGrants(consent, { youtube: 'yes' as unknown as boolean }).services.youtube).toBe(false);
  });
  it('cannot refuse a required category', () => {
    expect(resolveGrants(consent, { necessary: false }).categories.necessary).toBe(true);
  });
});

describe('createRecord', () => {
  it('stores the decision, grants, version, fingerprint, times and id', () => {
    const config = makeConfig();
    const record = createRecord(config, 'custom', { analytics: true }, NOW, 'abc');
    expect(record).toMatchObject({
      schema: 1,
      decision: 'custom',
      categories: { necessary: true, analytics: true, marketing: false },
      version: '2026-11-01',
      fingerprint: fingerprint(config.consent),
      decidedAt: NOW.toISOString(),
      expiresAt: new Date(NOW.getTime() + 182 * DAY).toISOString(),
      consentId: 'abc',
    });
  });
});

describe('currentChoices', () => {
  it('reproduces a stored custom choice, including a service switched off', () => {
    const { consent } = makeConfig();
    const grants = resolveGrants(consent, { analytics: true, marketing: true, youtube: false });
    expect(resolveGrants(consent, currentChoices(consent, grants))).toEqual(grants);
  });
  it('reproduces a service allowed on its own inside a refused category', () => {
    const { consent } = makeConfig();
    const grants = resolveGrants(consent, { analytics: true, youtube: true });
    expect(currentChoices(consent, grants)).toEqual({ necessary: true, analytics: true, marketing: false, youtube: true });
    expect(resolveGrants(consent, currentChoices(consent, grants))).toEqual(grants);
  });
});
