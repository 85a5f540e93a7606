/**
 * The entry's integrations chunk over a real ConsentStore (memory storage) and a plain object
 * for `window`: what each vendor is told on a first visit, a returning visit, a decision, a
 * withdrawal, under GPC, with an invalid config, and when a vendor's stub throws.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Integrations } from '../../../src/config/integrations.js';
import { ConsentStore } from '../../../src/consent/consent-store.js';
import { createRecord } from '../../../src/consent/decision.js';
import connectIntegrations from '../../../src/consent/integrations/connect-integrations.js';
import { sendDefaults, INLINE_CONFIG_ID } from '../../../src/consent/integrations/defaults.js';
import type { VendorWindow } from '../../../src/consent/integrations/integration.js';
import { MemoryStorage } from '../../../src/consent/storage.js';
import { CONFIG_ELEMENT_ID } from '../../../src/config/load-config.js';
import { makeConfig } from '../fixtures.js';

const INTEGRATIONS: Integrations = {
  googleConsentMode: { signals: { analytics_storage: 'analytics', ad_storage: 'marketing' }, gatedBy: 'analytics' },
  matomo: { consent: 'analytics/matomo' },
  tiktok: { consent: 'marketing' },
};

const NOW = new Date('2026-11-23T12:00:00Z');

function configWith(integrations: unknown = INTEGRATIONS) {
  const config = makeConfig();
  (config.consent as { integrations?: unknown }).integrations = integrations;
  return config;
}

/** A window whose vendor queues record into one list, in order, as `vendor command…`. */
function recordingWindow(): VendorWindow & { log: string[] } {
  const log: string[] = [];
  const describe = (value: unknown) => JSON.stringify(value);
  const win: VendorWindow & { log: string[] } = {
    log,
    document: new EventTarget(),
    dataLayer: { push: (args: IArguments) => log.push(`gtag ${Array.from(args).map(describe).join(' ')}`) },
    _paq: { push: (command: unknown[]) => log.push(`matomo ${command.join(' ')}`) },
    ttq: { push: (command: unknown[]) => log.push(`tiktok ${command.join(' ')}`) },
  };
  return win;
}

async function start(options: { integrations?: unknown; stored?: unknown; gpc?: boolean; win?: ReturnType<typeof recordingWindow> } = {}) {
  const config = configWith(options.integrations);
  const store = new ConsentStore({ config, storage: new MemoryStorage(options.stored), now: () => NOW, randomId: () => 'id', gpc: options.gpc });
  await store.load();
  const win = options.win ?? recordingWindow();
  await connectIntegrations(store, win);
  return { store, win, log: win.log };
}

const DENIED_DEFAULT = 'gtag "consent" "default" {"ad_storage":"denied","ad_user_data":"denied","ad_personalization":"denied","analytics_storage":"denied","functionality_storage":"denied","personalization_storage":"denied","security_storage":"granted","wait_for_update":500}';
const update = (analytics: string, ads: string) =>
  `gtag "consent" "update" {"ad_storage":"${ads}","ad_user_data":"denied","ad_personalization":"denied","analytics_storage":"${analytics}","functionality_storage":"denied","personalization_storage":"denied"}`;

afterEach(() => vi.restoreAllMocks());

describe('connectIntegrations', () => {
  it('sends the defaults itself when the head script did not, and says they came late', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { log } = await start();
    expect(log).toEqual([DENIED_DEFAULT, 'matomo requireConsent', 'tiktok holdConsent']);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toMatch(/googleConsentMode, matomo, tiktok were set by the drop-in script.*privacy-consent-defaults\.js/);
  });

  it('leaves the defaults to the head script, and tells a first-time visitor nothing more until a decision', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const win = recordingWindow();
    const config = configWith();
    sendDefaults(win, { getElementById: (id: string) => (id === INLINE_CONFIG_ID ? { textContent: JSON.stringify(config) } : null) } as unknown as Document);
    const { store, log } = await start({ win });
    expect(log).toEqual([DENIED_DEFAULT, 'matomo requireConsent', 'tiktok holdConsent']);
    expect(warn).not.toHaveBeenCalled();

    await store.decide('accept-all', { necessary: true, analytics: true, marketing: true });
    expect(log.slice(3)).toEqual([update('granted', 'granted'), 'matomo setConsentGiven', 'tiktok grantConsent']);
    await store.decide('reject-all', {});
    expect(log.slice(6)).toEqual([update('denied', 'denied'), 'matomo forgetConsentGiven', 'tiktok revokeConsent']);
  });

  it('sends a returning visitor’s stored choice as soon as it is read', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const stored = createRecord(configWith(), 'custom', { analytics: true }, NOW, 'id');
    const { log } = await start({ stored });
    expect(log.slice(3)).toEqual([update('granted', 'denied'), 'matomo setConsentGiven', 'tiktok revokeConsent']);
  });

  it('tells a returning visitor’s choice as the store reads it: before load() returns, so before the runtime runs gated scripts', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const config = configWith();
    const stored = createRecord(config, 'accept-all', { analytics: true, marketing: true }, NOW, 'id');
    const store = new ConsentStore({ config, storage: new MemoryStorage(stored), now: () => NOW, randomId: () => 'id' });
    const win = recordingWindow();
    await connectIntegrations(store, win);
    expect(win.log).toHaveLength(3);
    // What the runtime does once load() resolves (it starts gating then), seen from there.
    const told = await store.load().then(() => win.log.slice(3));
    expect(told).toEqual([update('granted', 'granted'), 'matomo setConsentGiven', 'tiktok grantConsent']);
  });

  it('tells a returning visitor who refused everything so too (the vendors do not remember)', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const stored = createRecord(configWith(), 'reject-all', {}, NOW, 'id');
    const { log } = await start({ stored });
    expect(log.slice(3)).toEqual([update('denied', 'denied'), 'tiktok revokeConsent']);
  });

  it('answers for a visitor with Global Privacy Control: everything denied, the hold released', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { log } = await start({ gpc: true });
    expect(log.slice(3)).toEqual([update('denied', 'denied'), 'tiktok revokeConsent']);
  });

  it('sends a withdrawal made in another tab', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const config = configWith();
    const stored = createRecord(config, 'accept-all', { analytics: true, marketing: true }, NOW, 'id');
    const { store, log } = await start({ stored });
    await store.receive(createRecord(config, 'reject-all', {}, NOW, 'id2'), 'reject-all');
    expect(log.slice(-3)).toEqual([update('denied', 'denied'), 'matomo forgetConsentGiven', 'tiktok revokeConsent']);
  });

  it('with an unknown vendor, says where and sends every vendor it knows "denied", never "granted"', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    // A misspelt vendor: the Meta pixel it meant must still get its revoke.
    const integrations = { ...INTEGRATIONS, metaPixle: { consent: 'marketing' } };
    const win = recordingWindow();
    const { store, log } = await start({ integrations, win });
    await store.decide('accept-all', { necessary: true, analytics: true, marketing: true });
    expect(log).toEqual([
      DENIED_DEFAULT,
      'matomo requireConsent',
      'tiktok holdConsent',
      // The Tag Manager event (an object, not a gtag command) when the choice is read, then the decision: denied.
      'gtag ',
      update('denied', 'denied'),
      'gtag ',
      'tiktok revokeConsent',
    ]);
    expect(win.clarity.q.map((args: IArguments) => Array.from(args))).toEqual([
      ['consentv2', { ad_Storage: 'denied', analytics_Storage: 'denied' }],
      ['consentv2', { ad_Storage: 'denied', analytics_Storage: 'denied' }],
    ]);
    expect(win.uetq).toEqual(['consent', 'default', { ad_storage: 'denied' }, 'consent', 'update', { ad_storage: 'denied' }]);
    expect(win._hsp).toEqual([
      ['setHubSpotConsent', { analytics: false, advertisement: false, functionality: false }],
      ['setHubSpotConsent', { analytics: false, advertisement: false, functionality: false }],
    ]);
    expect(win.disableHubSpotCookieBanner).toBe(true);
    expect(win[Symbol.for('privacy-consent.meta-pixel')]).toEqual({ command: 'revoke' });
    await vi.waitFor(() => expect(error).toHaveBeenCalled());
    expect(error.mock.calls[0]![0]).toMatch(/consent\.integrations has 1 error.*"denied".*\nError at \$\.consent\.integrations\.metaPixle: unknown integration/s);
  });

  it('with a bad mapping, sends every vendor it knows "denied", and reports only those the config names as late', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const integrations = { ...INTEGRATIONS, matomo: { consent: 'analytics/piwik' } };
    const { store, log } = await start({ integrations });
    await store.decide('accept-all', { necessary: true, analytics: true, marketing: true });
    expect(log).toEqual([DENIED_DEFAULT, 'matomo requireConsent', 'tiktok holdConsent', 'gtag ', update('denied', 'denied'), 'gtag ', 'tiktok revokeConsent']);
    expect(warn.mock.calls[0]![0]).toMatch(/the consent defaults of googleConsentMode, matomo, tiktok were set/);
  });

  it('keeps telling the other vendors when one vendor’s stub throws', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const win = recordingWindow();
    win.gtag = () => {
      throw new Error('broken gtag');
    };
    const { store, log } = await start({ win });
    await store.decide('accept-all', { necessary: true, analytics: true, marketing: true });
    expect(log).toEqual(['matomo requireConsent', 'tiktok holdConsent', 'matomo setConsentGiven', 'tiktok grantConsent']);
    expect(error).toHaveBeenCalledWith(expect.objectContaining({ message: 'broken gtag' }));
  });
});

describe('the head script', () => {
  const doc = (text: string | null) => ({ getElementById: (id: string) => (id === INLINE_CONFIG_ID && text !== null ? { textContent: text } : null) }) as unknown as Document;

  it('looks for the same inline config as the entry', () => {
    expect(INLINE_CONFIG_ID).toBe(CONFIG_ELEMENT_ID);
  });

  it('sends nothing for a config without integrations', () => {
    const win = recordingWindow();
    sendDefaults(win, doc(JSON.stringify(makeConfig())));
    expect(win.log).toEqual([]);
  });

  it('sends every vendor it knows its default when the config is not JSON', () => {
    const win: VendorWindow = {};
    sendDefaults(win, doc('{ "consent": '));
    expect(Object.keys(win).sort()).toEqual(['_hsp', '_paq', 'clarity', 'dataLayer', 'disableHubSpotCookieBanner', 'fbq', 'ttq', 'uetq'].sort());
  });

  it('sends every vendor it knows its default when the integrations name a vendor it does not know', () => {
    const win: VendorWindow = {};
    const config = configWith({ matomo: { consent: 'analytics', require: 'cookies' }, metaPixle: { consent: 'marketing' } });
    sendDefaults(win, doc(JSON.stringify(config)));
    expect(Object.keys(win).sort()).toEqual(['_hsp', '_paq', 'clarity', 'dataLayer', 'disableHubSpotCookieBanner', 'fbq', 'ttq', 'uetq'].sort());
    // The vendors it does know keep their options.
    expect(win._paq).toEqual([['requireCookieConsent']]);
    expect(win[Symbol.for('privacy-consent.meta-pixel')]).toEqual({ command: 'revoke' });
  });

  it('says so when there is no inline config before it', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    sendDefaults({}, doc(null));
    expect(error.mock.calls[0]![0]).toMatch(/no inline config.*privacy-consent-config/);
  });
});
