import { describe, expect, it } from 'vitest';
import { ConsentStore, StoreChangeEvent } from '../../src/consent/consent-store.js';
import type { ConsentChangeDetail } from '../../src/consent/events.js';
import { MemoryStorage } from '../../src/consent/storage.js';
import { clone, makeConfig } from './fixtures.js';

const DAY = 86_400_000;

/** A store over memory storage with a clock the test moves. */
function setUp(options: { config?: ReturnType<typeof makeConfig> | null; stored?: unknown; gpc?: boolean } = {}) {
  let now = new Date('2026-11-23T12:00:00Z');
  let ids = 0;
  const storage = new MemoryStorage(options.stored);
  const make = (config = options.config === null ? undefined : (options.config ?? makeConfig())) =>
    new ConsentStore({ config, storage, now: () => now, randomId: () => `consent-${++ids}`, gpc: options.gpc });
  const changes: ConsentChangeDetail[] = [];
  const store = make();
  store.addEventListener('change', (e) => changes.push((e as StoreChangeEvent).detail));
  return { store, storage, changes, make, advance: (days: number) => (now = new Date(now.getTime() + days * DAY)) };
}

describe('ConsentStore', () => {
  it('asks on a first visit and grants nothing optional', async () => {
    const { store } = setUp();
    const state = await store.load();
    expect(state.status).toBe('undecided');
    expect(store.needsDecision).toBe(true);
    expect(state.categories).toEqual({ necessary: true, analytics: false, marketing: false });
    expect(store.granted('analytics')).toBe(false);
    expect(store.granted('necessary')).toBe(true);
  });

  it('saves an acceptance and stops asking on the next page load', async () => {
    const { store, make, changes } = setUp();
    await store.load();
    const detail = await store.decide('accept-all', { necessary: true, analytics: true, marketing: true });
    expect(detail).toMatchObject({ action: 'accept-all', origin: 'this-tab', decision: 'accept-all', consentId: 'consent-1' });
    expect(detail!.changed).toEqual({ categories: ['analytics', 'marketing'], services: ['matomo', 'youtube'] });
    expect(changes).toHaveLength(1);
    const next = make();
    expect((await next.load()).status).toBe('current');
    expect(next.needsDecision).toBe(false);
    expect(next.granted('analytics/matomo')).toBe(true);
  });

  it('saves a rejection and stops asking', async () => {
    const { store, make } = setUp();
    await store.load();
    await store.decide('reject-all', {});
    const next = make();
    await next.load();
    expect(next.needsDecision).toBe(false);
    expect(next.state.decision).toBe('reject-all');
    expect(next.granted('marketing')).toBe(false);
  });

  it('saves a custom choice per category and per service', async () => {
    const { store } = setUp();
    await store.load();
    await store.decide('save', { analytics: true, marketing: true, youtube: false });
    expect(store.state.decision).toBe('custom');
    expect(store.granted('analytics')).toBe(true);
    expect(store.granted('youtube')).toBe(false);
    expect(store.granted('marketing/youtube')).toBe(false);
    expect(store.granted('unknown')).toBe(false);
  });

  it('grants a service allowed on its own, by itself and as category/service, and nothing else of its category', async () => {
    const { store } = setUp();
    await store.load();
    await store.decide('placeholder', { youtube: true });
    expect(store.state.decision).toBe('custom');
    expect(store.granted('youtube')).toBe(true);
    expect(store.granted('marketing/youtube')).toBe(true);
    expect(store.granted('marketing')).toBe(false);
    // A category the config does not declare is refused, even paired with a granted service.
    expect(store.granted('videos/youtube')).toBe(false);
  });

  it('asks again when the policy version changes, refusing everything meanwhile', async () => {
    const { store, make } = setUp();
    await store.load();
    await store.decide('accept-all', { analytics: true, marketing: true });
    const next = make({ ...makeConfig(), version: '2026-12-01' });
    expect((await next.load()).status).toBe('outdated');
    expect(next.needsDecision).toBe(true);
    expect(next.granted('analytics')).toBe(false);
  });

  it('asks again when a category is added without a version bump, but not after rewording', async () => {
    const { store, make } = setUp();
    await store.load();
    await store.decide('accept-all', { analytics: true, marketing: true });
    const reworded = clone(makeConfig());
    reworded.consent.categories[1]!.title = 'Statistics';
    expect((await make(reworded).load()).status).toBe('current');
    const extended = clone(makeConfig());
    extended.consent.categories.push({ id: 'social', title: 'Social media' });
    expect((await make(extended).load()).status).toBe('outdated');
  });

  it('asks again once the choice has expired', async () => {
    const { store, make, advance } = setUp();
    await store.load();
    await store.decide('reject-all', {});
    advance(181);
    expect((await make().load()).status).toBe('current');
    advance(1);
    const later = make();
    expect((await later.load()).status).toBe('expired');
    expect(later.needsDecision).toBe(true);
  });

  it('treats a corrupt or foreign stored record as no decision, and leaves it alone', async () => {
    const junk = { analytics: true, accepted: 'yes' };
    const { store, storage } = setUp({ stored: junk });
    expect((await store.load()).status).toBe('undecided');
    expect(store.granted('analytics')).toBe(false);
    expect(await storage.read()).toBe(junk);
  });

  it('refuses everything and never asks when the config is invalid', async () => {
    const { store } = setUp({ config: null });
    const state = await store.load();
    expect(state.status).toBe('unavailable');
    expect(store.needsDecision).toBe(false);
    expect(store.granted('necessary')).toBe(false);
    expect(await store.decide('accept-all', { analytics: true })).toBeUndefined();
  });

  it('does not ask when Global Privacy Control answers, yet allows an explicit opt-in', async () => {
    const { store } = setUp({ gpc: true });
    const state = await store.load();
    expect(state.gpc).toBe(true);
    expect(store.needsDecision).toBe(false);
    expect(store.granted('analytics')).toBe(false);
    await store.decide('save', { analytics: true });
    expect(store.granted('analytics')).toBe(true);
  });

  it('calls a change that turns off a grant a withdrawal', async () => {
    const { store, changes } = setUp();
    await store.load();
    await store.decide('accept-all', { analytics: true, marketing: true });
    await store.decide('save', { analytics: true, marketing: false });
    expect(changes[1]).toMatchObject({ action: 'withdraw', changed: { categories: ['marketing'], services: ['youtube'] } });
    const reset = await store.reset();
    expect(reset).toMatchObject({ action: 'withdraw', status: 'undecided', decision: null });
    expect(store.needsDecision).toBe(true);
  });

  it('keeps "api" as the action of an API call, even when it withdraws', async () => {
    const { store } = setUp();
    await store.load();
    await store.decide('accept-all', { analytics: true });
    expect((await store.decide('api', {}))!.action).toBe('api');
  });

  it('takes a decision made in another tab', async () => {
    const { store, make } = setUp();
    await store.load();
    const other = make();
    await other.load();
    await other.decide('accept-all', { analytics: true, marketing: true });
    const detail = await store.receive(other.record, 'accept-all');
    expect(detail).toMatchObject({ origin: 'other-tab', status: 'current' });
    expect(store.granted('analytics')).toBe(true);
    expect((await store.receive({ bogus: true }, 'accept-all'))!.categories.analytics).toBe(false);
  });
});
