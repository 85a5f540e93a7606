/**
 * The consent core under attack and under faults, as classes: a polluted `Object.prototype`,
 * stored records from the far future, cookies on other paths, cookie access that throws.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadPageConfig } from '../../src/config/load-config.js';
import { consentStatus, isConsentRecord, readRecord, resolveGrants } from '../../src/consent/consent-record.js';
import { ConsentStore } from '../../src/consent/consent-store.js';
import { candidatePaths, deleteCookies, writeMirrorCookie } from '../../src/consent/cookies.js';
import { createRecord, uniformChoices } from '../../src/consent/decision.js';
import type { ConsentState } from '../../src/consent/events.js';
import { isAllowed } from '../../src/consent/gating.js';
import { MemoryStorage } from '../../src/consent/storage.js';
import { makeConfig } from './fixtures.js';

const NOW = new Date('2026-11-23T12:00:00Z');
const DAY = 86_400_000;
const proto = Object.prototype as Record<string, unknown>;

/** Sets keys on `Object.prototype` for one test; they are deleted after it. */
function usePollution(): (values: Record<string, unknown>) => void {
  const polluted: string[] = [];
  afterEach(() => {
    for (const key of polluted.splice(0)) delete proto[key];
  });
  return (values) => {
    for (const [key, value] of Object.entries(values)) {
      polluted.push(key);
      proto[key] = value;
    }
  };
}

describe('prototype pollution never grants', () => {
  const pollute = usePollution();

  // The class: every id the config, a choice or the page could name, and `required` itself.
  const PAYLOADS: Record<string, unknown>[] = [
    { analytics: true },
    { analytics: true, matomo: true, marketing: true, youtube: true },
    { 'analytics/matomo': true },
    { required: true },
    { anything: true },
  ];

  it.each(PAYLOADS)('with Object.prototype carrying %j, a first visit grants nothing optional', async (values) => {
    pollute(values);
    const store = new ConsentStore({ config: makeConfig(), storage: new MemoryStorage(), now: () => NOW });
    const state = await store.load();
    expect(state.status).toBe('undecided');
    expect(store.needsDecision).toBe(true);
    for (const id of ['analytics', 'marketing', 'matomo', 'youtube', 'analytics/matomo', 'marketing/youtube', 'anything', 'toString', '__proto__', 'constructor']) {
      expect(store.granted(id), id).toBe(false);
    }
    expect(isAllowed('analytics', (id) => store.granted(id))).toBe(false);
    expect(resolveGrants(makeConfig().consent, {})).toEqual({
      categories: { necessary: true, analytics: false, marketing: false },
      services: { matomo: false, youtube: false },
    });
  });

  it('a refusal stays a refusal under pollution', async () => {
    const storage = new MemoryStorage();
    const config = makeConfig();
    const store = new ConsentStore({ config, storage, now: () => NOW });
    await store.load();
    pollute({ analytics: true, youtube: true });
    await store.decide('reject-all', {});
    expect(store.granted('analytics')).toBe(false);
    expect(store.granted('marketing/youtube')).toBe(false);
    expect((await storage.read()) as { categories: object }).toMatchObject({ categories: { analytics: false } });
  });

  it('a polluted prototype cannot complete a partial stored record', () => {
    const config = makeConfig();
    const record = createRecord(config, 'accept-all', uniformChoices(config.consent, true), NOW, 'id');
    const { schema, decision, ...partial } = record;
    pollute({ schema, decision });
    expect(isConsentRecord(partial)).toBe(false);
    expect(isConsentRecord(record)).toBe(true);
  });
});

/**
 * The class beyond lookups by id: any optional field a config, a stored record or the page's own
 * bookkeeping may leave out, which a page could fill in through `Object.prototype`.
 */
describe('prototype pollution never fills a field that was left out', () => {
  const pollute = usePollution();

  /** The config as the drop-in reads it: inline JSON, through `loadPageConfig`. */
  const load = (text: string) =>
    loadPageConfig({ querySelector: () => ({ textContent: text }) } as unknown as Document, null).then((loaded) => loaded!);
  /** A config whose analytics has a statistics basis, without the site opting in to the UK exceptions. */
  const STATISTICS_WITHOUT_OPT_IN = (() => {
    const config = makeConfig();
    (config.consent.categories[1] as { basis?: string }).basis = 'statistics';
    return JSON.stringify(config);
  })();

  // Each field is optional where it appears, so the config, record or bookkeeping may lack it.
  const PAYLOADS: Record<string, unknown>[] = [
    { exceptions: 'uk-duaa-2025' },
    { exceptions: 'uk-duaa-2025', basis: 'statistics', required: true },
    { integrations: { googleConsentMode: {} }, expiryDays: 1, cookie: { name: 'x' }, services: [{ id: 'analytics', name: 'x' }] },
  ];

  it.each(PAYLOADS)('with Object.prototype carrying %j, a config read from JSON has none of it', async (values) => {
    pollute(values);
    const { config } = await load(STATISTICS_WITHOUT_OPT_IN);
    expect(config).toBeDefined();
    const store = new ConsentStore({ config: config as ReturnType<typeof makeConfig>, storage: new MemoryStorage(), now: () => NOW });
    const state = await store.load();
    expect(state.status).toBe('undecided');
    expect(state.categories).toEqual({ necessary: true, analytics: false, marketing: false });
    expect(store.granted('analytics')).toBe(false);
    expect(store.granted('analytics/matomo')).toBe(false);
    expect(config!.exceptions).toBeUndefined();
    expect(config!.consent!.integrations).toBeUndefined();
    expect(config!.consent!.expiryDays).toBeUndefined();
    expect(config!.consent!.categories[0]!.services).toBeUndefined();
  });

  it('the objects the consent code reads fields from lose their prototype; lists and text keep theirs', async () => {
    const { config, raw } = await load(STATISTICS_WITHOUT_OPT_IN);
    expect(raw).toBe(config);
    const category = config!.consent!.categories[1]!;
    const service = category.services![0]!;
    for (const object of [config, config!.organisation, config!.consent, category, service, service.cookies![0]]) {
      expect(Object.getPrototypeOf(object)).toBeNull();
    }
    expect(Object.getPrototypeOf(config!.consent!.categories)).toBe(Array.prototype);
    expect(String(category.description)).toBe('How the site is used.');
  });

  it('a list nested 5,000 deep in a description still leaves a usable config', async () => {
    const config = JSON.parse(STATISTICS_WITHOUT_OPT_IN);
    config.consent.categories[1].description = '__deep__';
    const text = JSON.stringify(config).replace('"__deep__"', `${'['.repeat(5000)}"x"${']'.repeat(5000)}`);
    expect((await load(text)).config).toBeDefined();
  });

  it('an unusable config is not replaced by one on the prototype', async () => {
    pollute({ config: makeConfig(), raw: makeConfig() });
    const notJson = await load('{ not json');
    expect(notJson.config).toBeUndefined();
    expect(notJson.raw).toBeUndefined();
    const unusable = await load(JSON.stringify({ version: 1 }));
    expect(unusable.config).toBeUndefined();
  });

  it('a stored record is read through its own fields only', async () => {
    const config = makeConfig();
    const record = createRecord(config, 'reject-all', uniformChoices(config.consent, false), NOW, 'id');
    pollute({ unsent: true, replaces: 'someone-else' });
    const read = readRecord(record)!;
    expect(Object.getPrototypeOf(read)).toBeNull();
    expect(read.unsent).toBeUndefined();
    expect(read.consentId).toBe('id');
    const store = new ConsentStore({ config, storage: new MemoryStorage(), stored: Promise.resolve(record), now: () => NOW });
    await store.load();
    expect(store.record!.unsent).toBeUndefined();
    // A record from another tab too.
    await store.receive(record, 'reject-all');
    expect(store.record!.unsent).toBeUndefined();
    expect(store.granted('analytics')).toBe(false);
  });
});

describe('stored records from the far future', () => {
  const config = makeConfig();
  const record = createRecord(config, 'accept-all', uniformChoices(config.consent, true), NOW, 'id');

  it('caps a stored expiry of 100 years at the config’s expiry, as when writing', () => {
    const forever = { ...record, expiresAt: new Date(NOW.getTime() + 100 * 365 * DAY).toISOString() };
    expect(consentStatus(forever, config, new Date(NOW.getTime() + 181 * DAY))).toBe('current');
    expect(consentStatus(forever, config, new Date(NOW.getTime() + 182 * DAY))).toBe('expired');
    const short = { ...config, consent: { ...config.consent, expiryDays: 30 } };
    expect(consentStatus(forever, short, new Date(NOW.getTime() + 30 * DAY))).toBe('expired');
  });

  it('asks again when the decision is dated in the future (beyond a day of clock difference)', () => {
    const future = { ...record, decidedAt: new Date(NOW.getTime() + 50 * 365 * DAY).toISOString(), expiresAt: new Date(NOW.getTime() + 100 * 365 * DAY).toISOString() };
    expect(consentStatus(future, config, NOW)).toBe('expired');
    const skewed = { ...record, decidedAt: new Date(NOW.getTime() + 3_600_000).toISOString() };
    expect(consentStatus(skewed, config, NOW)).toBe('current');
  });

  it('leaves an honest record alone', () => {
    expect(consentStatus(record, config, new Date(NOW.getTime() + 181 * DAY))).toBe('current');
  });

  it('asks a returning visitor again once the cap has passed', async () => {
    const forever = { ...record, expiresAt: '2126-11-23T12:00:00.000Z' };
    const store = new ConsentStore({ config, storage: new MemoryStorage(forever), now: () => new Date(NOW.getTime() + 200 * DAY) });
    expect((await store.load()).status).toBe('expired');
    expect(store.granted('analytics')).toBe(false);
  });
});

/**
 * A document whose `cookie` behaves like a browser's cookie jar for one host: cookies keyed by
 * name, domain and path; reading shows those whose path path-matches the page (RFC 6265 §5.1.4).
 */
function cookieJar(pathname: string, hostname = 'www.example.nhs.uk') {
  const jar = new Map<string, { name: string; value: string; path: string; domain: string }>();
  const matches = (cookiePath: string) => pathname === cookiePath || pathname.startsWith(cookiePath.endsWith('/') ? cookiePath : `${cookiePath}/`);
  const doc = {
    location: { pathname, hostname, protocol: 'https:' },
    get cookie() {
      return [...jar.values()].filter((c) => matches(c.path)).map((c) => `${c.name}=${c.value}`).join('; ');
    },
    set cookie(text: string) {
      const [pair, ...attributes] = text.split(';').map((part) => part.trim());
      const [name, value] = pair!.split('=');
      const attribute = (key: string) => attributes.find((a) => a.toLowerCase().startsWith(`${key}=`))?.split('=')[1];
      const path = attribute('path') ?? pathname.slice(0, pathname.lastIndexOf('/') + 1);
      const domain = attribute('domain') ?? '';
      const key = `${name}|${domain.replace(/^\./, '')}|${path}`;
      if (attributes.some((a) => /^expires=.*1970/i.test(a))) jar.delete(key);
      else jar.set(key, { name: name!, value: value!, path, domain: domain.replace(/^\./, '') });
    },
  };
  return { doc: doc as unknown as Document, jar };
}

describe('cookie deletion across paths', () => {
  it('lists the current path’s ancestors, with and without a trailing slash', () => {
    expect(candidatePaths('/a/b/page.html')).toEqual(['/', '/a', '/a/', '/a/b', '/a/b/', '/a/b/page.html']);
    expect(candidatePaths('/sub/')).toEqual(['/', '/sub', '/sub/']);
    expect(candidatePaths('/')).toEqual(['/']);
  });

  it.each([
    ['/sub', '/sub/page.html'],
    ['/sub/', '/sub/page.html'],
    ['/sub/deeper', '/sub/deeper/page.html'],
    ['/', '/sub/page.html'],
    ['/sub/page.html', '/sub/page.html'],
  ])('deletes a cookie set with path=%s, seen from %s', (cookiePath, page) => {
    const { doc, jar } = cookieJar(page);
    doc.cookie = `_pk_id.1=abc; path=${cookiePath}`;
    doc.cookie = `_pk_ses.1=1; path=${cookiePath}; domain=.example.nhs.uk`;
    expect(deleteCookies(['_pk_id.*', '_pk_ses.*'], doc).sort()).toEqual(['_pk_id.1', '_pk_ses.1']);
    expect(jar.size).toBe(0);
  });

  it('reports only what was really deleted', () => {
    const { doc } = cookieJar('/sub/page.html');
    doc.cookie = '_ga=1; path=/';
    // A cookie the page sees but cannot delete (as with one set by a server on a domain it cannot name).
    const real = Object.getOwnPropertyDescriptor(doc, 'cookie')!;
    Object.defineProperty(doc, 'cookie', { get: () => `${real.get!.call(doc)}; stubborn=1`, set: real.set!.bind(doc) });
    expect(deleteCookies(['_ga', 'stubborn'], doc)).toEqual(['_ga']);
  });
});

describe('cookie access that throws (a sandboxed iframe)', () => {
  const sandboxed = () =>
    ({
      location: { pathname: '/', hostname: 'example.org', protocol: 'https:' },
      get cookie(): string {
        throw new DOMException('The document is sandboxed and lacks the allow-same-origin flag.', 'SecurityError');
      },
      set cookie(_: string) {
        throw new DOMException('The document is sandboxed and lacks the allow-same-origin flag.', 'SecurityError');
      },
    }) as unknown as Document;

  it('deletes nothing, reports nothing deleted, and never throws', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(deleteCookies(['_ga'], sandboxed())).toEqual([]);
    const state = { decision: 'reject-all', expiresAt: NOW.toISOString(), version: '1', consentId: 'x', categories: {} } as unknown as ConsentState;
    expect(() => writeMirrorCookie({}, state, sandboxed())).not.toThrow();
    expect(warn.mock.calls.flat().join('\n')).toMatch(/cannot use cookies \(SecurityError\)/);
    warn.mockRestore();
  });
});
