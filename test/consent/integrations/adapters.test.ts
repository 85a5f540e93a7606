/**
 * Each vendor adapter against a plain object standing for `window`: the exact commands of its
 * defaults and updates, into the queue the vendor's own snippet creates.
 */
import { describe, expect, it } from 'vitest';
import { clarityConsent } from '../../../src/consent/integrations/clarity.js';
import { dataLayerEvent } from '../../../src/consent/integrations/data-layer-event.js';
import { googleConsentMode } from '../../../src/consent/integrations/google-consent-mode.js';
import { hubspot } from '../../../src/consent/integrations/hubspot.js';
import { allows, type Grants, type Moment, type VendorWindow } from '../../../src/consent/integrations/integration.js';
import { matomo } from '../../../src/consent/integrations/matomo.js';
import { metaPixel } from '../../../src/consent/integrations/meta-pixel.js';
import { microsoftUet } from '../../../src/consent/integrations/microsoft-uet.js';
import { tiktok } from '../../../src/consent/integrations/tiktok.js';

const NONE: Grants = { categories: { necessary: true, analytics: false, marketing: false }, services: { matomo: false, youtube: false } };
const ALL: Grants = { categories: { necessary: true, analytics: true, marketing: true }, services: { matomo: true, youtube: true } };
const ANALYTICS: Grants = { categories: { necessary: true, analytics: true, marketing: false }, services: { matomo: true, youtube: false } };

const moment = (grants: Grants, overrides: Partial<Moment> = {}): Moment => ({
  type: 'consent-change',
  grants,
  decided: true,
  decision: 'custom',
  action: 'save',
  ...overrides,
});

/** Arguments objects (what gtag pushes) as arrays, for comparison. */
const plain = (items: unknown[]) => items.map((item) => (Object.prototype.toString.call(item) === '[object Arguments]' ? Array.from(item as ArrayLike<unknown>) : item));

describe('allows (the data-consent rule)', () => {
  it.each([
    ['analytics', ANALYTICS, true],
    ['matomo', ANALYTICS, true],
    ['analytics/matomo', ANALYTICS, true],
    ['analytics/youtube', ANALYTICS, false],
    ['analytics marketing', ANALYTICS, false],
    ['analytics marketing', ALL, true],
    ['', ALL, false],
    [undefined, ALL, false],
    ['unknown', ALL, false],
  ] as const)('%s with %o → %s', (requirement, grants, expected) => {
    expect(allows(grants, requirement)).toBe(expected);
  });
});

describe('Google Consent Mode', () => {
  const options = { signals: { analytics_storage: 'analytics', ad_storage: 'marketing', ad_user_data: 'marketing' } };

  it('defaults every signal to denied but security_storage, with the wait, region, redaction and passthrough asked for', () => {
    const win: VendorWindow = {};
    googleConsentMode.defaults(win, { ...options, waitForUpdate: 800, region: ['GB'], adsDataRedaction: true, urlPassthrough: true });
    expect(plain(win.dataLayer)).toEqual([
      [
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
          wait_for_update: 800,
          region: ['GB'],
        },
      ],
      ['set', 'ads_data_redaction', true],
      ['set', 'url_passthrough', true],
    ]);
    // An Arguments object, as Google's snippet pushes: Tag Manager ignores arrays as commands.
    expect(Object.prototype.toString.call(win.dataLayer[0])).toBe('[object Arguments]');
  });

  it('waits 500 ms by default and leaves out options of the wrong shape rather than send them', () => {
    const win: VendorWindow = {};
    googleConsentMode.defaults(win, { ...options, waitForUpdate: '800', region: 'GB', adsDataRedaction: 'yes' } as never);
    const [, , defaults] = plain(win.dataLayer)[0] as [string, string, Record<string, unknown>];
    expect(defaults.wait_for_update).toBe(500);
    expect(defaults).not.toHaveProperty('region');
    expect(win.dataLayer).toHaveLength(1);
  });

  it('updates every signal from its mapping, through the page’s gtag when there is one', () => {
    const calls: unknown[][] = [];
    const win: VendorWindow = { gtag: (...args: unknown[]) => calls.push(args) };
    const now = googleConsentMode.signals(options, ANALYTICS);
    googleConsentMode.update(win, options, now, {}, moment(ANALYTICS), options);
    expect(calls).toEqual([
      [
        'consent',
        'update',
        {
          ad_storage: 'denied',
          ad_user_data: 'denied',
          ad_personalization: 'denied',
          analytics_storage: 'granted',
          functionality_storage: 'denied',
          personalization_storage: 'denied',
        },
      ],
    ]);
  });
});

describe('Tag Manager event', () => {
  it('pushes the event with every category and service, the moment and the action', () => {
    const win: VendorWindow = {};
    dataLayerEvent.defaults(win, {});
    expect(win.dataLayer).toBeUndefined();
    dataLayerEvent.update(win, { event: 'consent_update' }, {}, {}, moment(ANALYTICS), {});
    dataLayerEvent.update(win, {}, {}, {}, moment(NONE, { type: 'consent-ready', action: null, decision: null, decided: false }), {});
    expect(win.dataLayer).toEqual([
      { event: 'consent_update', privacyConsent: { type: 'consent-change', action: 'save', decision: 'custom', categories: ANALYTICS.categories, services: ANALYTICS.services } },
      { event: 'privacy_consent', privacyConsent: { type: 'consent-ready', action: null, decision: null, categories: NONE.categories, services: NONE.services } },
    ]);
  });
});

describe('Matomo', () => {
  it('requires tracking consent, grants it per page, and forgets it only on a withdrawal', () => {
    const win: VendorWindow = {};
    const options = { consent: 'analytics/matomo' };
    matomo.defaults(win, options);
    matomo.update(win, options, matomo.signals(options, NONE), {}, moment(NONE), options);
    matomo.update(win, options, matomo.signals(options, ANALYTICS), { consent: false }, moment(ANALYTICS), options);
    matomo.update(win, options, matomo.signals(options, NONE), { consent: true }, moment(NONE), options);
    expect(win._paq).toEqual([['requireConsent'], ['setConsentGiven'], ['forgetConsentGiven']]);
  });

  it('uses the cookie variants when the config requires cookie consent only', () => {
    const win: VendorWindow = { _paq: [['trackPageView']] };
    const options = { consent: 'analytics', require: 'cookies' as const };
    matomo.defaults(win, options);
    matomo.update(win, options, { consent: true }, {}, moment(ANALYTICS), options);
    matomo.update(win, options, { consent: false }, { consent: true }, moment(NONE), options);
    expect(win._paq).toEqual([['trackPageView'], ['requireCookieConsent'], ['setCookieConsentGiven'], ['forgetCookieConsentGiven']]);
  });

  it('grants the consent the top of the page asked Matomo to require', () => {
    const win: VendorWindow = {};
    matomo.update(win, { consent: 'analytics', require: 'cookies' }, { consent: true }, {}, moment(ANALYTICS), { consent: 'analytics' });
    expect(win._paq).toEqual([['setConsentGiven']]);
  });
});

describe('Microsoft Clarity', () => {
  it('queues consentv2 in Clarity’s own queue, with its capital S, before Clarity loads', () => {
    const win: VendorWindow = {};
    const options = { signals: { analytics_Storage: 'analytics', ad_Storage: 'marketing' } };
    clarityConsent.defaults(win, options);
    clarityConsent.update(win, options, clarityConsent.signals(options, ANALYTICS), {}, moment(ANALYTICS), options);
    expect(win.clarity.q.map((args: IArguments) => Array.from(args))).toEqual([
      ['consentv2', { ad_Storage: 'denied', analytics_Storage: 'denied' }],
      ['consentv2', { ad_Storage: 'denied', analytics_Storage: 'granted' }],
    ]);
  });

  it('calls Clarity when it is there', () => {
    const calls: unknown[][] = [];
    const win: VendorWindow = { clarity: (...args: unknown[]) => calls.push(args) };
    clarityConsent.update(win, { signals: {} }, { analytics_Storage: true, ad_Storage: true }, {}, moment(ALL), { signals: {} });
    expect(calls).toEqual([['consentv2', { ad_Storage: 'granted', analytics_Storage: 'granted' }]]);
  });
});

/** Meta's base code, as Meta publishes it (minus the script it loads). */
function metaBaseCode(win: VendorWindow): void {
  if (win.fbq) return;
  const n: any = (win.fbq = function (...args: unknown[]) {
    n.callMethod ? n.callMethod(...args) : n.queue.push(args);
  });
  if (!win._fbq) win._fbq = n;
  n.push = n;
  n.loaded = true;
  n.version = '2.0';
  n.queue = [];
}

describe('Meta pixel', () => {
  it('revokes consent before the page’s fbq("init"), without stopping Meta’s base code from loading', () => {
    const win: VendorWindow = {};
    metaPixel.defaults(win, { consent: 'marketing' });
    expect(win.fbq).toBeUndefined();
    metaBaseCode(win);
    expect(typeof win.fbq).toBe('function');
    win.fbq('init', '123');
    win.fbq('track', 'PageView');
    expect(win.fbq.queue).toEqual([['consent', 'revoke'], ['init', '123'], ['track', 'PageView']]);
    // The trap is gone: the property is plain again, and later calls go straight to fbq.
    expect(Object.getOwnPropertyDescriptor(win, 'fbq')?.writable).toBe(true);
    metaPixel.update(win, { consent: 'marketing' }, { consent: true }, {}, moment(ALL), { consent: 'marketing' });
    expect(win.fbq.queue.at(-1)).toEqual(['consent', 'grant']);
  });

  it('puts the latest choice first when it was made before the base code ran', () => {
    const win: VendorWindow = {};
    metaPixel.defaults(win, { consent: 'marketing' });
    metaPixel.update(win, { consent: 'marketing' }, { consent: true }, {}, moment(ALL), { consent: 'marketing' });
    metaBaseCode(win);
    win.fbq('init', '123');
    expect(win.fbq.queue).toEqual([['consent', 'grant'], ['init', '123']]);
  });

  it('calls fbq directly when it already exists', () => {
    const calls: unknown[][] = [];
    const win: VendorWindow = { fbq: (...args: unknown[]) => calls.push(args) };
    metaPixel.defaults(win, { consent: 'marketing' });
    metaPixel.update(win, { consent: 'marketing' }, { consent: false }, { consent: true }, moment(NONE), { consent: 'marketing' });
    expect(calls).toEqual([['consent', 'revoke'], ['consent', 'revoke']]);
  });
});

describe('Microsoft UET', () => {
  it('pushes the default and each update as three arguments, as Microsoft documents', () => {
    const win: VendorWindow = {};
    const options = { consent: 'marketing' };
    microsoftUet.defaults(win, options);
    microsoftUet.update(win, options, microsoftUet.signals(options, ALL), {}, moment(ALL), options);
    expect(win.uetq).toEqual(['consent', 'default', { ad_storage: 'denied' }, 'consent', 'update', { ad_storage: 'granted' }]);
  });
});

describe('HubSpot', () => {
  it('turns its banner off, refuses everything by default, and revokes its cookies before a withdrawal’s consent', () => {
    const win: VendorWindow = {};
    const options = { signals: { analytics: 'analytics', advertisement: 'marketing', functionality: 'necessary' } };
    hubspot.defaults(win, options);
    const granted = hubspot.signals(options, ALL);
    hubspot.update(win, options, granted, {}, moment(ALL), options);
    hubspot.update(win, options, hubspot.signals(options, ANALYTICS), granted, moment(ANALYTICS), options);
    expect(win.disableHubSpotCookieBanner).toBe(true);
    expect(win._hsp).toEqual([
      ['setHubSpotConsent', { analytics: false, advertisement: false, functionality: false }],
      ['setHubSpotConsent', { analytics: true, advertisement: true, functionality: true }],
      ['revokeCookieConsent'],
      ['setHubSpotConsent', { analytics: true, advertisement: false, functionality: true }],
    ]);
  });
});

describe('TikTok', () => {
  it('holds consent, then grants or revokes it on a decision, and keeps holding while undecided', () => {
    const win: VendorWindow = {};
    const options = { consent: 'marketing' };
    tiktok.defaults(win, options);
    tiktok.update(win, options, { consent: false }, {}, moment(NONE, { type: 'consent-ready', decided: false }), options);
    tiktok.update(win, options, { consent: true }, {}, moment(ALL), options);
    tiktok.update(win, options, { consent: false }, { consent: true }, moment(NONE, { decided: false, action: 'withdraw' }), options);
    expect(win.ttq).toEqual([['holdConsent'], ['grantConsent'], ['revokeConsent']]);
  });

  it('calls the base code’s methods when they exist', () => {
    const calls: string[] = [];
    const win: VendorWindow = { ttq: Object.assign([], { holdConsent: () => calls.push('hold'), revokeConsent: () => calls.push('revoke') }) };
    tiktok.defaults(win, { consent: 'marketing' });
    tiktok.update(win, { consent: 'marketing' }, { consent: false }, {}, moment(NONE), { consent: 'marketing' });
    expect(calls).toEqual(['hold', 'revoke']);
  });
});
