import { ConsentRuntime } from '../../src/consent/consent-runtime.js';
import { ConsentStore, type ConsentingConfig } from '../../src/consent/consent-store.js';
import { MemoryStorage } from '../../src/consent/storage.js';
import '../../src/elements/cookie-consent/define.js';
import type { CookieConsentElement } from '../../src/elements/cookie-consent/cookie-consent.js';
import { openPreferences } from '../../src/elements/cookie-preferences/define.js';
import type { CookiePreferencesElement } from '../../src/elements/cookie-preferences/cookie-preferences.js';

/** Three categories: one required, analytics with a service, marketing with a service. */
export function consentConfig(): ConsentingConfig {
  return {
    version: '1',
    organisation: { name: 'Example NHS Trust' },
    consent: {
      noticeUrl: '/privacy',
      categories: [
        { id: 'necessary', title: 'Strictly necessary', description: 'Makes the site work.', required: true, cookies: [{ name: 'session', purpose: 'Signs you in.', duration: 'Session' }] },
        {
          id: 'analytics',
          title: 'Analytics',
          description: 'How the site is used.',
          services: [{ id: 'matomo', name: 'Matomo', provider: 'Example NHS Trust', cookies: [{ name: '_pk_id.*', purpose: 'Tells visits apart.', duration: '13 months' }] }],
        },
        {
          id: 'marketing',
          title: 'Videos',
          description: 'Embedded videos.',
          services: [{ id: 'youtube', name: 'YouTube', provider: 'Google', privacyUrl: 'https://policies.google.com/privacy', cookies: [{ name: 'YSC', duration: 'Session' }] }],
        },
      ],
    },
  };
}

/**
 * A page with the banner wired to a real store and runtime over memory storage, as the drop-in
 * script wires it. Returns page-object helpers.
 */
export async function renderConsent(config: ConsentingConfig = consentConfig(), options: { gpc?: boolean } = {}) {
  document.querySelectorAll('cookie-consent, cookie-preferences[modal]').forEach((el) => el.remove());
  const host = document.createElement('cookie-consent') as CookieConsentElement;
  document.body.prepend(host);
  const store = new ConsentStore({ config, storage: new MemoryStorage(), randomId: () => 'test-id', gpc: options.gpc });
  const runtime: ConsentRuntime = new ConsentRuntime({
    store,
    document,
    host,
    ui: {
      showBanner: async () => host.showBanner(),
      showPreferences: async (opener) => openPreferences(runtime, opener ?? null),
      confirm: (action) => host.confirm(action),
    },
  });
  host.runtime = runtime;
  await runtime.start();
  await host.updateComplete;
  const root = host.shadowRoot!;
  const button = (part: string) => root.querySelector<HTMLButtonElement>(`[part~="${part}"]`)!;
  const dialogElement = () => document.querySelector<CookiePreferencesElement>('cookie-preferences[modal]')!;
  return {
    host,
    runtime,
    store,
    root,
    button,
    banner: () => root.querySelector<HTMLElement>('[part="banner"]'),
    dialogElement,
    dialog: () => dialogElement()?.shadowRoot!.querySelector('dialog') ?? null,
    switchFor: (id: string) => dialogElement().shadowRoot!.querySelector<HTMLInputElement>(`#switch-${id}`)!,
  };
}

/** The element with focus, looking into shadow roots. */
export function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
