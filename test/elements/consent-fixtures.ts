import { createConsentPage } from '../../src/consent/consent-page.js';
import type { ConsentingConfig } from '../../src/consent/consent-store.js';
import { MemoryStorage } from '../../src/consent/storage.js';
import '../../src/elements/cookie-consent/define.js';
import type { CookieConsentElement } from '../../src/elements/cookie-consent/cookie-consent.js';
import type { CookiePreferencesElement } from '../../src/elements/cookie-preferences/cookie-preferences.js';
import { loadUi } from '../../src/elements/load-ui.js';

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
 * A page with the banner wired by the drop-in's own composition root (`createConsentPage`, with
 * the real UI loader) over memory storage. Returns page-object helpers.
 */
let previous: AbortController | undefined;

export async function renderConsent(config: ConsentingConfig = consentConfig(), options: { gpc?: boolean } = {}) {
  previous?.abort();
  previous = new AbortController();
  document.querySelectorAll('cookie-consent, cookie-preferences[modal]').forEach((el) => el.remove());
  const host = document.createElement('cookie-consent') as CookieConsentElement;
  document.body.prepend(host);
  const page = createConsentPage({
    document,
    config: Promise.resolve({ source: 'test', raw: config, config }),
    storage: new MemoryStorage(),
    gpc: options.gpc,
    loadUi,
    signal: previous.signal,
  });
  await page.api.ready();
  const runtime = (await page.runtime)!;
  const store = runtime.store;
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
