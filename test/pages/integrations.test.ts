/**
 * The vendor consent integrations in Chromium, over the built head script and entry, with a
 * recording stub for every vendor (test/fixtures/pages/integrations/recorder.js): the exact
 * commands each vendor receives on a first visit, after Accept, Reject and a saved choice, on a
 * returning visit, on a withdrawal, under GPC and with an invalid config, and where they fall
 * relative to the tag's own first command. Plus the demo pages: GA4 through a local fake Tag
 * Manager container in consent mode basic and advanced.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { GPC_ON, useSite, type Visit } from './support/site.js';

const site = useSite();
const ALL = fileURLToPath(new URL('../fixtures/pages/integrations/all.html', import.meta.url));

/** A fresh context in which `path` serves the every-vendor fixture page changed by `edit`. */
async function variant(path: string, edit: (html: string) => string): Promise<BrowserContext> {
  const context = await site.context();
  const html = edit(readFileSync(ALL, 'utf8'));
  await context.route(`**${path}`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  return context;
}

/** The fixture page with its inline config changed by `edit`. */
const withConfig = (edit: (config: any) => void) => (html: string) =>
  html.replace(/(<script type="application\/json" id="privacy-consent-config">)([\s\S]*?)(<\/script>)/, (_, open: string, json: string, close: string) => {
    const config = JSON.parse(json);
    edit(config);
    return `${open}${JSON.stringify(config)}${close}`;
  });

type Call = [string, ...unknown[]];

const calls = (visit: Visit): Promise<Call[]> => visit.eval('window.calls.slice()');
const count = async (visit: Visit) => (await calls(visit)).length;
const key = (call: unknown[]) => JSON.stringify(call);
/** The position of the first call that starts with `prefix`, or -1. */
const at = (list: Call[], ...prefix: unknown[]) => list.findIndex((call) => prefix.every((part, i) => key([call[i]]) === key([part])));

/** One vendor's calls, without the markers of its script loading (whose moment depends on the network). */
const of = (list: Call[], vendor: string) => list.filter((c) => c[0] === vendor && c[1] !== 'loaded');

/** Waits until every vendor's script has loaded, so later calls are recorded as they are made. */
async function loaded(visit: Visit): Promise<void> {
  await visit.until(`['clarity', 'hubspot'].every((v) => window.calls.some((c) => c[0] === v && c[1] === 'loaded')) && window.calls.some((c) => c[0] === 'meta') && window.fakeGoogle`);
}

/** Waits for a console message of a type matching `pattern`. */
async function logged(visit: Visit, type: string, pattern: RegExp): Promise<string> {
  await visit.until('true');
  for (let i = 0; i < 400 && !visit.messages(type).some((m) => pattern.test(m)); i++) await new Promise((r) => setTimeout(r, 25));
  const found = visit.messages(type).find((m) => pattern.test(m));
  expect(found, `a console ${type} matching ${pattern}; got ${visit.messages(type).join(' | ')}`).toBeDefined();
  return found!;
}

/** Waits until the page's vendors have been told the stored choice (the Tag Manager event is told at every moment). */
async function told(visit: Visit, type: 'consent-ready' | 'consent-change', n = 1): Promise<void> {
  await visit.until(`window.calls.filter((c) => c[0] === 'dataLayer' && c[1].privacyConsent.type === ${JSON.stringify(type)}).length >= ${n}`);
}

const gcm = (state: 'update', analytics: boolean, ads: boolean): Call => [
  'gtag',
  'consent',
  state,
  {
    ad_storage: ads ? 'granted' : 'denied',
    ad_user_data: ads ? 'granted' : 'denied',
    ad_personalization: ads ? 'granted' : 'denied',
    analytics_storage: analytics ? 'granted' : 'denied',
    functionality_storage: 'denied',
    personalization_storage: 'denied',
  },
];

const SERVICES = ['google-analytics', 'matomo', 'clarity', 'google-ads', 'meta', 'microsoft-ads', 'hubspot', 'tiktok'];
const event = (type: string, action: string | null, decision: string | null, analytics: boolean, marketing: boolean): Call => [
  'dataLayer',
  {
    event: 'privacy_consent',
    privacyConsent: {
      type,
      action,
      decision,
      categories: { necessary: true, analytics, marketing },
      services: Object.fromEntries(SERVICES.map((s, i) => [s, i < 3 ? analytics : marketing])),
    },
  },
];

const DEFAULTS: Call[] = [
  [
    'gtag',
    'consent',
    'default',
    {
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
      analytics_storage: 'denied',
      functionality_storage: 'denied',
      personalization_storage: 'denied',
      security_storage: 'granted',
      // The fixture asks for 2 s, more than the 500 ms default, so that a loaded test machine stays within it.
      wait_for_update: 2000,
    },
  ],
  ['matomo', 'requireConsent'],
  ['clarity', 'consentv2', { ad_Storage: 'denied', analytics_Storage: 'denied' }],
  ['uet', 'consent', 'default', { ad_storage: 'denied' }],
  ['hubspot', 'setHubSpotConsent', { analytics: false, advertisement: false, functionality: false }],
  ['tiktok', 'holdConsent'],
];

/** What every vendor is told when everything is granted. */
const ALL_GRANTED = (type: string, action: string | null, decision: string): Call[] => [
  gcm('update', true, true),
  event(type, action, decision, true, true),
  ['matomo', 'setConsentGiven'],
  ['clarity', 'consentv2', { ad_Storage: 'granted', analytics_Storage: 'granted' }],
  ['meta', 'consent', 'grant'],
  ['uet', 'consent', 'update', { ad_storage: 'granted' }],
  ['hubspot', 'setHubSpotConsent', { analytics: true, advertisement: true, functionality: true }],
  ['tiktok', 'grantConsent'],
];

/** Each vendor's default comes before the tag's own first command. */
function expectDefaultsFirst(list: Call[]): void {
  const before = (first: number, then: number, what: string) => {
    expect(first, what).toBeGreaterThanOrEqual(0);
    expect(then, what).toBeGreaterThan(first);
  };
  before(at(list, 'gtag', 'consent', 'default'), at(list, 'gtag', 'js'), 'Google: consent default before the tag’s first command');
  before(at(list, 'gtag', 'consent', 'default'), at(list, 'gtag', 'config'), 'Google: consent default before config');
  before(at(list, 'matomo', 'requireConsent'), at(list, 'matomo', 'trackPageView'), 'Matomo: requireConsent before trackPageView');
  before(at(list, 'meta', 'consent', 'revoke'), at(list, 'meta', 'init'), 'Meta: revoke before init');
  before(at(list, 'uet', 'consent', 'default'), at(list, 'uet', 'pageLoad'), 'UET: default before pageLoad');
  before(at(list, 'hubspot', 'setHubSpotConsent'), at(list, 'hubspot', 'loaded'), 'HubSpot: consent before its code loads');
  before(at(list, 'tiktok', 'holdConsent'), at(list, 'tiktok', 'load'), 'TikTok: holdConsent before load');
  before(at(list, 'clarity', 'consentv2'), at(list, 'clarity', 'loaded'), 'Clarity: consentv2 before its script');
}

/** No vendor was granted anything (security_storage is strictly necessary, HubSpot's functionality is mapped to it). */
function expectNothingGranted(list: Call[]): void {
  for (const call of list.filter((c) => c[0] !== 'dataLayer' && c[0] !== 'gated' && c[1] !== 'loaded')) {
    const text = key(call).replace('"security_storage":"granted"', '').replace('"functionality":true', '');
    expect(text, text).not.toMatch(/granted|grantConsent|setConsentGiven|"grant"|:true/);
  }
}

describe('vendor integrations, every vendor on one page', () => {
  it('first visit: each default before the tag’s first command, and nothing granted', async () => {
    const visit = await site.visit('/integrations/all.html');
    await visit.banner.shown();
    await told(visit, 'consent-ready');
    const list = await calls(visit);
    expect(list.filter((c) => DEFAULTS.some((d) => key(d) === key(c)))).toEqual(DEFAULTS);
    expectDefaultsFirst(list);
    expect(list).toContainEqual(['hubspot', 'loaded', { disableHubSpotCookieBanner: true }]);
    expect(of(list, 'dataLayer')).toEqual([event('consent-ready', null, null, false, false)]);
    // Undecided: each vendor keeps its default, except HubSpot's functionality, mapped to a required category.
    expect(of(list, 'hubspot')).toEqual([
      ['hubspot', 'setHubSpotConsent', { analytics: false, advertisement: false, functionality: false }],
      ['hubspot', 'setHubSpotConsent', { analytics: false, advertisement: false, functionality: true }],
    ]);
    expect(of(list, 'tiktok')).toEqual([['tiktok', 'holdConsent'], ['tiktok', 'load', 'TIKTOK-TEST'], ['tiktok', 'page']]);
    expect(of(list, 'matomo')).toEqual([['matomo', 'requireConsent'], ['matomo', 'trackPageView'], ['matomo', 'enableLinkTracking']]);
    expect(of(list, 'gtag')).toEqual([DEFAULTS[0], ['gtag', 'js', 'now'], ['gtag', 'config', 'G-TEST']]);
    expect(of(list, 'uet')).toEqual([DEFAULTS[3], ['uet', 'pageLoad']]);
    expect(of(list, 'clarity')).toEqual([DEFAULTS[2]]);
    await loaded(visit);
    expect(of(await calls(visit), 'meta')).toEqual([['meta', 'consent', 'revoke'], ['meta', 'init', '123456'], ['meta', 'track', 'PageView']]);
    expectNothingGranted(list);
    expect(list).not.toContainEqual(['gated', 'analytics']);
    // Advanced mode: the Google tag waited for an update, then sent a cookieless ping.
    const hits = await visit.until<{ cookieless: boolean; analytics_storage: string }[]>('window.fakeGoogle.hits.length && window.fakeGoogle.hits');
    expect(hits[0]).toMatchObject({ analytics_storage: 'denied', cookieless: true });
    expect(await visit.cookieNames()).not.toContain('_ga');
    expect(visit.messages('warning').join('\n')).not.toMatch(/set by the drop-in script/);
    expect(visit.messages('error')).toEqual([]);
    // The head script started fetching the entry's integrations chunk and one chunk per vendor named.
    const preloaded: string[] = await visit.eval(`[...document.querySelectorAll('link[rel=modulepreload]')].map((l) => l.href.replace(location.origin, ''))`);
    expect(preloaded[0]).toMatch(/^\/chunks\/connect-integrations-[\w-]+\.js$/);
    for (const chunk of ['google-consent-mode', 'data-layer-event', 'matomo', 'clarity', 'meta-pixel', 'microsoft-uet', 'hubspot', 'tiktok']) {
      expect(preloaded.some((href) => href.startsWith(`/chunks/${chunk}-`)), chunk).toBe(true);
    }
    expect(preloaded.every((href) => visit.requests.includes(href)), 'each preloaded chunk was fetched').toBe(true);
  });

  it('Accept: every vendor granted, in order, before the scripts the choice releases', async () => {
    const visit = await site.visit('/integrations/all.html');
    await visit.banner.shown();
    await told(visit, 'consent-ready');
    await loaded(visit);
    const from = await count(visit);
    await visit.banner.click('accept');
    await visit.event('consent-change');
    await visit.until(`window.calls.some((c) => c[0] === 'gated')`);
    expect((await calls(visit)).slice(from)).toEqual([...ALL_GRANTED('consent-change', 'accept-all', 'accept-all'), ['gated', 'analytics']]);
  });

  it('Reject: every vendor denied, TikTok’s hold released, Matomo left waiting', async () => {
    const visit = await site.visit('/integrations/all.html');
    await visit.banner.shown();
    await told(visit, 'consent-ready');
    await loaded(visit);
    const from = await count(visit);
    await visit.banner.click('reject');
    await told(visit, 'consent-change');
    expect((await calls(visit)).slice(from)).toEqual([
      gcm('update', false, false),
      event('consent-change', 'reject-all', 'reject-all', false, false),
      ['clarity', 'consentv2', { ad_Storage: 'denied', analytics_Storage: 'denied' }],
      ['meta', 'consent', 'revoke'],
      ['uet', 'consent', 'update', { ad_storage: 'denied' }],
      ['hubspot', 'setHubSpotConsent', { analytics: false, advertisement: false, functionality: true }],
      ['tiktok', 'revokeConsent'],
    ]);
  });

  it('a saved choice: analytics only', async () => {
    const visit = await site.visit('/integrations/all.html');
    await visit.banner.shown();
    await told(visit, 'consent-ready');
    await loaded(visit);
    const from = await count(visit);
    await visit.banner.click('preferences');
    await visit.dialog.opened();
    await visit.dialog.switch('Analytics').click();
    await visit.dialog.button('save').click();
    await told(visit, 'consent-change');
    expect((await calls(visit)).slice(from)).toEqual([
      gcm('update', true, false),
      event('consent-change', 'save', 'custom', true, false),
      ['matomo', 'setConsentGiven'],
      ['clarity', 'consentv2', { ad_Storage: 'denied', analytics_Storage: 'granted' }],
      ['meta', 'consent', 'revoke'],
      ['uet', 'consent', 'update', { ad_storage: 'denied' }],
      ['hubspot', 'setHubSpotConsent', { analytics: true, advertisement: false, functionality: true }],
      ['tiktok', 'revokeConsent'],
      ['gated', 'analytics'],
    ]);
  });

  it('returning visitor: the defaults first, then the stored choice, before the Google tag’s first hit', async () => {
    const visit = await site.visit('/integrations/all.html');
    await visit.banner.shown();
    await visit.banner.click('accept');
    await told(visit, 'consent-change');
    await visit.reload();
    await told(visit, 'consent-ready');
    const list = await calls(visit);
    expectDefaultsFirst(list);
    expect(list.filter((c) => DEFAULTS.some((d) => key(d) === key(c)))).toEqual(DEFAULTS);
    // Each vendor: its default, the tag's own commands, then the stored choice.
    const granted = ALL_GRANTED('consent-ready', null, 'accept-all');
    const expected: Record<string, Call[]> = {
      gtag: [DEFAULTS[0]!, ['gtag', 'js', 'now'], ['gtag', 'config', 'G-TEST'], granted[0]!],
      matomo: [DEFAULTS[1]!, ['matomo', 'trackPageView'], ['matomo', 'enableLinkTracking'], granted[2]!],
      clarity: [DEFAULTS[2]!, granted[3]!],
      meta: [['meta', 'consent', 'revoke'], ['meta', 'init', '123456'], ['meta', 'track', 'PageView'], granted[4]!],
      uet: [DEFAULTS[3]!, ['uet', 'pageLoad'], granted[5]!],
      hubspot: [DEFAULTS[4]!, granted[6]!],
      tiktok: [DEFAULTS[5]!, ['tiktok', 'load', 'TIKTOK-TEST'], ['tiktok', 'page'], granted[7]!],
      dataLayer: [granted[1]!],
    };
    await visit.until(`window.calls.filter((c) => c[0] === 'meta').length >= 4`);
    const settled = await calls(visit);
    for (const [vendor, sequence] of Object.entries(expected)) expect(of(settled, vendor), vendor).toEqual(sequence);
    // Every vendor hears the stored choice before the gated script it releases runs.
    const gated = at(settled, 'gated', 'analytics');
    expect(gated).toBeGreaterThan(0);
    // (Meta's calls are recorded when its stand-in fbevents.js drains the queue, whose moment depends on the network.)
    for (const call of granted.filter((c) => c[0] !== 'meta')) expect(settled.findIndex((c) => key(c) === key(call)), key(call)).toBeLessThan(gated);
    // The update arrived within wait_for_update: the first hit carries it, with the _ga cookie.
    const hits = await visit.until<{ cookieless: boolean; analytics_storage: string }[]>('window.fakeGoogle.hits.length && window.fakeGoogle.hits');
    expect(hits[0]).toMatchObject({ analytics_storage: 'granted', cookieless: false });
    expect(await visit.banner.rendersNothing()).toBe(true);
  });

  it('withdrawal: each vendor’s revoke or denied signal, then the declared cookies deleted, and consent-change as before', async () => {
    const visit = await site.visit('/integrations/all.html');
    await visit.banner.shown();
    await loaded(visit);
    await visit.banner.click('accept');
    await told(visit, 'consent-change');
    // What GA4 sets once analytics storage is granted (set here: whether the stand-in's one hit came before or after the choice depends on timing).
    await visit.eval(`document.cookie = '_ga=GA1.1.123.456; path=/'`);
    const from = await count(visit);
    await visit.eval(`document.querySelector('[data-consent-open]').click()`);
    await visit.dialog.opened();
    await visit.dialog.button('reject').click();
    const detail = await visit.event('consent-change', 2);
    const list = (await calls(visit)).slice(from);
    const signals = list.filter((c) => c[0] !== 'cookie-deleted');
    expect(signals).toEqual([
      gcm('update', false, false),
      event('consent-change', 'withdraw', 'reject-all', false, false),
      ['matomo', 'forgetConsentGiven'],
      ['clarity', 'consentv2', { ad_Storage: 'denied', analytics_Storage: 'denied' }],
      ['meta', 'consent', 'revoke'],
      ['uet', 'consent', 'update', { ad_storage: 'denied' }],
      ['hubspot', 'revokeCookieConsent'],
      ['hubspot', 'setHubSpotConsent', { analytics: false, advertisement: false, functionality: true }],
      ['tiktok', 'revokeConsent'],
    ]);
    expect(list.slice(signals.length).every((c) => c[0] === 'cookie-deleted')).toBe(true);
    expect(list.at(-1)).toEqual(['cookie-deleted', '_ga']);
    expect(await visit.cookieNames()).not.toContain('_ga');
    expect(Object.keys(detail).sort()).toEqual(
      ['action', 'categories', 'changed', 'consentId', 'decidedAt', 'decision', 'deletedCookies', 'expiresAt', 'gpc', 'origin', 'services', 'status', 'version'].sort(),
    );
    expect(detail).toMatchObject({ action: 'withdraw', deletedCookies: ['_ga'] });
  });

  it('Global Privacy Control: no banner, every vendor told "denied", nothing granted', async () => {
    const visit = await site.visit('/integrations/all.html', { init: [GPC_ON] });
    await told(visit, 'consent-ready');
    const list = await calls(visit);
    const ready = at(list, 'dataLayer') - 1;
    expect(list.slice(ready).filter((c) => c[0] !== 'meta' && c[1] !== 'loaded')).toEqual([
      gcm('update', false, false),
      event('consent-ready', null, null, false, false),
      ['clarity', 'consentv2', { ad_Storage: 'denied', analytics_Storage: 'denied' }],
      ['uet', 'consent', 'update', { ad_storage: 'denied' }],
      ['hubspot', 'setHubSpotConsent', { analytics: false, advertisement: false, functionality: true }],
      ['tiktok', 'revokeConsent'],
    ]);
    await visit.until(`window.calls.filter((c) => c[0] === 'meta').length >= 4`);
    const settled = await calls(visit);
    expectDefaultsFirst(settled);
    // Meta: the default before init, then GPC's answer (revoke), whichever of the pixel's code and the stored choice comes first.
    expect(of(settled, 'meta')).toEqual([['meta', 'consent', 'revoke'], ['meta', 'init', '123456'], ['meta', 'track', 'PageView'], ['meta', 'consent', 'revoke']]);
    expect(of(settled, 'matomo')).toEqual([['matomo', 'requireConsent'], ['matomo', 'trackPageView'], ['matomo', 'enableLinkTracking']]);
    expectNothingGranted(settled);
    expect(await visit.banner.rendersNothing()).toBe(true);
  });

  it('a vendor stub that throws stops neither the other vendors, nor gating, nor the events', async () => {
    const visit = await site.visit('/integrations/all.html?throw=clarity');
    await visit.banner.shown();
    await told(visit, 'consent-ready');
    await visit.until(`window.calls.some((c) => c[0] === 'meta') && window.calls.some((c) => c[0] === 'hubspot' && c[1] === 'loaded')`);
    const from = await count(visit);
    await visit.banner.click('accept');
    const detail = await visit.event('consent-change');
    await visit.until(`window.calls.some((c) => c[0] === 'gated')`);
    const list = (await calls(visit)).slice(from);
    expect(list).toEqual([...ALL_GRANTED('consent-change', 'accept-all', 'accept-all').filter((c) => c[0] !== 'clarity'), ['gated', 'analytics']]);
    expect(detail.categories).toEqual({ necessary: true, analytics: true, marketing: true });
    expect(visit.pageErrors).toContain('clarity stub is broken');
  });

  it('the documented inline snippet under a strict Content-Security-Policy, allowed by its published hash', async () => {
    const dist = (file: string) => readFileSync(fileURLToPath(new URL(`../../dist/${file}`, import.meta.url)), 'utf8');
    const code = dist('privacy-consent-defaults.js');
    const hash = dist('privacy-consent-defaults.js.sha256').trim();
    // The site's other inline scripts carry the page's nonce; the pasted snippet has none, so only its hash lets it run.
    const html = readFileSync(ALL, 'utf8')
      .replaceAll('<script>', '<script nonce="n0nce">')
      .replace('<script src="/privacy-consent-defaults.js"></script>', () => `<script>${code}</script>`);
    expect(html).toContain(`<script>${code}</script>`);
    const context = await site.context();
    await context.route('**/integrations/csp.html', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        headers: { 'content-security-policy': `script-src 'self' '${hash}' 'nonce-n0nce'; object-src 'none'; base-uri 'none'` },
        body: html,
      }),
    );
    const visit = await site.visit('/integrations/csp.html', { in: context });
    await visit.banner.shown();
    await told(visit, 'consent-ready');
    const list = await calls(visit);
    expect(list.filter((c) => DEFAULTS.some((d) => key(d) === key(c)))).toEqual(DEFAULTS);
    expectDefaultsFirst(list);
    expect(visit.messages('warning').join('\n')).not.toMatch(/set by the drop-in script/);
    expect(visit.messages('error').join('\n')).not.toMatch(/Content Security Policy/);
  });

  it('a vendor’s tag held back with data-consent (Meta, Clarity): its consent commands wait, and reach it before its first command', async () => {
    const gate = (html: string) =>
      html
        .replace('<script>!function(f,b,e,v,n,t,s){if(f.fbq)return;', '<script type="text/plain" data-consent="marketing/meta">!function(f,b,e,v,n,t,s){if(f.fbq)return;')
        .replace('<script>(function(c,l,a,r,i,t,y){', '<script type="text/plain" data-consent="analytics/clarity">(function(c,l,a,r,i,t,y){');
    const context = await variant('/integrations/gated.html', gate);
    const visit = await site.visit('/integrations/gated.html', { in: context });
    await visit.banner.shown();
    await told(visit, 'consent-ready');
    expect(of(await calls(visit), 'meta')).toEqual([]);
    expect(visit.requests.some((r) => r.includes('fake-fbevents') || r.includes('fake-clarity'))).toBe(false);
    await visit.banner.click('accept');
    await visit.until(`window.calls.filter((c) => c[0] === 'meta').length >= 3 && window.calls.some((c) => c[0] === 'clarity' && c[1] === 'loaded')`);
    const list = await calls(visit);
    expect(of(list, 'meta')).toEqual([['meta', 'consent', 'grant'], ['meta', 'init', '123456'], ['meta', 'track', 'PageView']]);
    // The recorder stands in for Clarity's queue: the default, then the grant, both before Clarity's script.
    expect(of(list, 'clarity')).toEqual([DEFAULTS[2], ['clarity', 'consentv2', { ad_Storage: 'granted', analytics_Storage: 'granted' }]]);
    expect(at(list, 'clarity', 'loaded')).toBeGreaterThan(at(list, 'clarity', 'consentv2', { ad_Storage: 'granted', analytics_Storage: 'granted' }));
  });

  it('without the head script: the entry sends the defaults, late, and says so', async () => {
    const without = (html: string) => html.replace('<script src="/privacy-consent-defaults.js"></script>', '');
    const visit = await site.visit('/integrations/late.html', { in: await variant('/integrations/late.html', without) });
    await visit.banner.shown();
    await told(visit, 'consent-ready');
    const list = await calls(visit);
    expect(list.filter((c) => DEFAULTS.some((d) => key(d) === key(c)))).toEqual(DEFAULTS);
    expect(at(list, 'gtag', 'consent', 'default')).toBeGreaterThan(at(list, 'gtag', 'config'));
    await logged(visit, 'warning', /googleConsentMode, dataLayerEvent, matomo, clarity, metaPixel, microsoftUet, hubspot, tiktok were set by the drop-in script.*privacy-consent-defaults\.js/);
  });
});

describe('vendor integrations with an invalid config', () => {
  /** What every vendor is told on a decision while the integrations have errors: "denied", whatever the visitor chose. */
  const ALL_DENIED: Call[] = [
    gcm('update', false, false),
    ['dataLayer', { event: 'privacy_consent', privacyConsent: { type: 'consent-change', action: 'accept-all', decision: 'accept-all', categories: {}, services: {} } }],
    ['clarity', 'consentv2', { ad_Storage: 'denied', analytics_Storage: 'denied' }],
    ['meta', 'consent', 'revoke'],
    ['uet', 'consent', 'update', { ad_storage: 'denied' }],
    ['hubspot', 'setHubSpotConsent', { analytics: false, advertisement: false, functionality: false }],
    ['tiktok', 'revokeConsent'],
  ];

  it('reports each problem at its JSON path, and sends every vendor it knows "denied", never "granted"', async () => {
    // An unknown vendor key, and a mapping to a service the config does not have.
    const broken = withConfig((config) => {
      config.consent.integrations.googleAnalytics = { consent: 'analytics' };
      config.consent.integrations.metaPixel = { consent: 'marketing/facebook' };
    });
    const visit = await site.visit('/integrations/invalid.html', { in: await variant('/integrations/invalid.html', broken) });
    await visit.banner.shown();
    const error = await logged(visit, 'error', /consent\.integrations has 2 errors; every vendor the widget knows is sent "denied"/);
    expect(error).toContain('Error at $.consent.integrations.googleAnalytics: unknown integration "googleAnalytics"');
    expect(error).toContain('Error at $.consent.integrations.metaPixel.consent: no category or service has the id "marketing/facebook"');
    await told(visit, 'consent-ready');
    await loaded(visit);
    const first = await calls(visit);
    expectDefaultsFirst(first);
    expect(first.filter((c) => DEFAULTS.some((d) => key(d) === key(c)))).toEqual(DEFAULTS);
    // When the choice is read, only the Tag Manager event, with nothing granted: every vendor keeps its default.
    expect(of(first, 'dataLayer')).toEqual([['dataLayer', { event: 'privacy_consent', privacyConsent: { type: 'consent-ready', action: null, decision: null, categories: {}, services: {} } }]]);
    expect(of(first, 'hubspot')).toEqual([DEFAULTS[4]]);
    const from = first.length;
    await visit.banner.click('accept');
    await visit.event('consent-change');
    // The site's own gating still follows the visitor's choice; only the vendors' signals stay denied.
    await visit.until(`window.calls.some((c) => c[0] === 'gated')`);
    const list = await calls(visit);
    expect(list.slice(from)).toEqual([...ALL_DENIED, ['gated', 'analytics']]);
    expectNothingGranted(list);
    expect(visit.messages('warning').join('\n')).not.toMatch(/set by the drop-in script/);
  });

  it('a misspelt vendor: the vendor it meant still gets its default before the tag’s first command, and every vendor "denied"', async () => {
    const misspelt = withConfig((config) => {
      config.consent.integrations.metaPixle = config.consent.integrations.metaPixel;
      delete config.consent.integrations.metaPixel;
    });
    const visit = await site.visit('/integrations/misspelt.html', { in: await variant('/integrations/misspelt.html', misspelt) });
    await visit.banner.shown();
    await logged(visit, 'error', /Error at \$\.consent\.integrations\.metaPixle: unknown integration "metaPixle"/);
    await told(visit, 'consent-ready');
    await loaded(visit);
    const first = await calls(visit);
    expectDefaultsFirst(first);
    expect(of(first, 'meta').slice(0, 2)).toEqual([['meta', 'consent', 'revoke'], ['meta', 'init', '123456']]);
    const from = first.length;
    await visit.banner.click('accept');
    await visit.until(`window.calls.some((c) => c[0] === 'gated')`);
    const list = await calls(visit);
    expect(list.slice(from)).toEqual([...ALL_DENIED, ['gated', 'analytics']]);
    expectNothingGranted(list);
  });
});

describe('data-debug: the page’s Google tag against Consent Mode’s mode', () => {
  /** A demo page, changed by `edit`, served at `path` in a fresh context, with data-debug on the widget's script. */
  async function debugVariant(demo: string, path: string, edit: (html: string) => string = (html) => html) {
    const context = await site.context();
    const html = edit(readFileSync(fileURLToPath(new URL(`../../demo/${demo}`, import.meta.url)), 'utf8')).replace('<script type="module" src="/privacy-consent.js">', '<script type="module" src="/privacy-consent.js" data-debug>');
    await context.route(`**${path}`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    return site.visit(path, { in: context });
  }
  const GATED_GTM = '<script type="text/plain" data-consent="analytics">(function(w,d,s,l,i)';
  const gating = (visit: Visit) => visit.messages('warning').filter((m) => m.includes('gcm-basic-gating'));

  it('says nothing when the container is held back as basic mode says', async () => {
    const visit = await debugVariant('integrations.html', '/debug-basic.html');
    await logged(visit, 'info', /data-debug.*no problems found/);
    expect(gating(visit)).toEqual([]);
  });

  it('warns when basic mode meets a container that is not held back', async () => {
    const visit = await debugVariant('integrations.html', '/debug-ungated.html', (html) => html.replace(GATED_GTM, '<script>(function(w,d,s,l,i)'));
    const warning = await logged(visit, 'warning', /gcm-basic-gating/);
    expect(warning).toContain('$.consent.integrations.googleConsentMode: basic mode (the default), but an inline Google tag is not held back with data-consent');
  });

  it('warns when advanced mode meets a container that is held back', async () => {
    const visit = await debugVariant('integrations-advanced.html', '/debug-advanced.html', (html) => html.replace('<script>(function(w,d,s,l,i)', GATED_GTM));
    const warning = await logged(visit, 'warning', /gcm-basic-gating/);
    expect(warning).toContain('$.consent.integrations.googleConsentMode.mode: advanced mode, but an inline Google tag is held back with data-consent="analytics"');
  });
});

describe('the demo: GA4 through a fake Tag Manager container', () => {
  const hits = (visit: Visit): Promise<{ analytics_storage: string; cookieless: boolean }[]> => visit.eval('(window.fakeGoogle && window.fakeGoogle.hits) || []');
  const layer = (visit: Visit): Promise<string[]> =>
    visit.eval(`window.dataLayer.map((i) => Object.prototype.toString.call(i) === '[object Arguments]' ? i[0] + ' ' + i[1] : i.event + (i.privacyConsent ? ' ' + i.privacyConsent.type : ''))`);

  it('basic mode: nothing loads from Tag Manager before consent; after Accept, the update comes before the container', async () => {
    const visit = await site.visit('/integrations.html');
    await visit.banner.shown();
    await visit.until(`window.dataLayer.some((i) => i.event === 'privacy_consent')`);
    expect(visit.requests).not.toContain('/assets/fake-gtm.js');
    // Only the adapters this config names (Consent Mode and the Tag Manager event) are downloaded.
    const chunks = visit.requests.filter((r) => r.startsWith('/chunks/')).map((r) => r.replace(/^\/chunks\/(.*)-[\w-]{6,}\.js$/, '$1'));
    expect(chunks).toEqual(expect.arrayContaining(['connect-integrations', 'google-consent-mode', 'data-layer-event']));
    for (const other of ['matomo', 'clarity', 'meta-pixel', 'microsoft-uet', 'hubspot', 'tiktok']) expect(chunks, other).not.toContain(other);
    expect(await layer(visit)).toEqual(['consent default', 'privacy_consent consent-ready']);
    expect(await visit.axe(['main', 'cookie-consent'])).toEqual([]);
    await visit.banner.click('accept');
    await visit.until(`window.fakeGoogle && window.fakeGoogle.hits.length`);
    expect(await layer(visit)).toEqual(['consent default', 'privacy_consent consent-ready', 'consent update', 'privacy_consent consent-change', 'gtm.js']);
    expect(await hits(visit)).toMatchObject([{ analytics_storage: 'granted', cookieless: false }]);
    expect(await visit.eval(`document.querySelector('#fake-google-log').textContent`)).toMatch(/GA4 page_view sent .* analytics_storage granted/);
  });

  it('a page whose config has no integrations downloads none of their code', async () => {
    const visit = await site.visit('/analytics.html');
    await visit.banner.shown();
    await visit.banner.click('accept');
    await visit.event('consent-change');
    const integrationCode = /connect-integrations|google-consent-mode|data-layer-event|matomo-|clarity|meta-pixel|microsoft-uet|hubspot|tiktok|privacy-consent-defaults/;
    expect(visit.requests.filter((r) => integrationCode.test(r))).toEqual([]);
  });

  it('basic mode, returning visitor: the stored choice reaches consent mode before the first hit', async () => {
    const visit = await site.visit('/integrations.html');
    await visit.banner.shown();
    await visit.banner.click('accept');
    await visit.until(`window.fakeGoogle && window.fakeGoogle.hits.length`);
    await visit.reload();
    await visit.until(`window.fakeGoogle && window.fakeGoogle.hits.length`);
    // The stored choice is sent as it is read, before the gated container snippet runs.
    expect((await layer(visit)).slice(0, 4)).toEqual(['consent default', 'consent update', 'privacy_consent consent-ready', 'gtm.js']);
    expect(await hits(visit)).toMatchObject([{ analytics_storage: 'granted', cookieless: false }]);
  });

  it('advanced mode: the container loads with every signal denied and sends a cookieless ping until the visitor accepts', async () => {
    const visit = await site.visit('/integrations-advanced.html');
    await visit.banner.shown();
    await visit.until(`window.fakeGoogle && window.fakeGoogle.hits.length`);
    expect(await hits(visit)).toMatchObject([{ analytics_storage: 'denied', cookieless: true }]);
    expect(await visit.cookieNames()).not.toContain('_ga');
    expect((await layer(visit))[0]).toBe('consent default');
    await visit.banner.click('accept');
    await visit.until(`window.dataLayer.some((i) => i.event === 'privacy_consent' && i.privacyConsent.type === 'consent-change')`);
    expect(await layer(visit)).toContain('consent update');
    expect(await visit.axe(['main', 'cookie-consent'])).toEqual([]);
  });
});
