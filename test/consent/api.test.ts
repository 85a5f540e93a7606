import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApi } from '../../src/consent/api.js';
import type { ConsentRuntime } from '../../src/consent/consent-runtime.js';
import { ConsentStore, StoreChangeEvent } from '../../src/consent/consent-store.js';
import { MemoryStorage } from '../../src/consent/storage.js';
import { makeConfig } from './fixtures.js';

/** A runtime stand-in: the real store, and the decision path the real runtime takes. */
function fakeRuntime() {
  const store = new ConsentStore({ config: makeConfig(), storage: new MemoryStorage(), randomId: () => 'id' });
  const runtime = new EventTarget() as EventTarget & Partial<ConsentRuntime>;
  store.addEventListener('change', (e) => runtime.dispatchEvent(new StoreChangeEvent((e as StoreChangeEvent).detail)));
  Object.assign(runtime, {
    store,
    ui: { showBanner: vi.fn(async () => {}), showPreferences: vi.fn(async () => {}), confirm: vi.fn(async () => {}) },
    start: () => store.load(),
    decide: async (action: 'api', choices: Record<string, boolean>, decision?: 'accept-all' | 'reject-all') => (
      await store.decide(action, choices, decision), store.state
    ),
    reset: async () => (await store.reset(), store.state),
  });
  return runtime as unknown as ConsentRuntime;
}

describe('the JS API', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('refuses everything while loading, then reports the stored state', async () => {
    const api = createApi(Promise.resolve(fakeRuntime()));
    expect(api.get().status).toBe('loading');
    expect(api.granted('analytics')).toBe(false);
    expect((await api.ready()).status).toBe('undecided');
  });

  it('accepts, rejects and updates some choices while keeping the others', async () => {
    const api = createApi(Promise.resolve(fakeRuntime()));
    await api.acceptAll();
    expect(api.granted('analytics') && api.granted('marketing')).toBe(true);
    expect(api.get().decision).toBe('accept-all');
    await api.update({ marketing: false });
    expect(api.granted('analytics')).toBe(true);
    expect(api.granted('marketing')).toBe(false);
    await api.rejectAll();
    expect(api.granted('analytics')).toBe(false);
    expect(api.get().decision).toBe('reject-all');
    await api.reset();
    expect(api.get().status).toBe('undecided');
  });

  it('keeps calling listeners after one throws, and reports the error', async () => {
    const reportError = vi.fn();
    vi.stubGlobal('reportError', reportError);
    const api = createApi(Promise.resolve(fakeRuntime()));
    const seen: string[] = [];
    api.on('change', () => {
      throw new Error('site bug');
    });
    const off = api.on('change', (detail) => seen.push(detail.action));
    await api.acceptAll();
    expect(seen).toEqual(['api']);
    expect(reportError).toHaveBeenCalledOnce();
    off();
    await api.rejectAll();
    expect(seen).toEqual(['api']);
  });

  it('works without a consent section: everything refused, calls resolve', async () => {
    const api = createApi(Promise.resolve(undefined));
    expect((await api.ready()).status).toBe('unavailable');
    expect((await api.acceptAll()).categories).toEqual({});
    expect(api.granted('analytics')).toBe(false);
  });

  it('rejects an unknown event name', () => {
    const api = createApi(Promise.resolve(undefined));
    expect(() => api.on('ready' as 'change', () => {})).toThrow(/unknown event "ready"/);
  });
});

describe('the JS API with an invalid config', () => {
  it('grants nothing and never throws', async () => {
    const store = new ConsentStore({ config: undefined, storage: new MemoryStorage() });
    const runtime = Object.assign(new EventTarget(), {
      store,
      ui: { showBanner: async () => {}, showPreferences: async () => {}, confirm: async () => {} },
      start: () => store.load(),
      decide: async () => store.state,
      reset: async () => store.state,
    }) as unknown as ConsentRuntime;
    const api = createApi(Promise.resolve(runtime));
    expect((await api.ready()).status).toBe('unavailable');
    expect((await api.acceptAll()).categories).toEqual({});
    expect((await api.update({ analytics: true })).status).toBe('unavailable');
    expect(api.granted('analytics')).toBe(false);
  });
});
