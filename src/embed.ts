/**
 * The drop-in entry, `privacy-consent.js`. It holds only the core: it reads the config, starts
 * consent state, storage, script gating, events and the JS API, and loads the Lit UI only when
 * it is needed (the banner when there is no current choice, the dialog when it is opened, the
 * notice when the page has a `<privacy-notice>`). A returning visitor downloads none of the UI.
 *
 *   <script type="application/json" id="privacy-consent-config">{ … }</script>
 *   <script type="module" src="/privacy-consent.js"></script>
 * or
 *   <script type="module" src="/privacy-consent.js" data-config="/privacy.json"></script>
 */
import { createApi, type PrivacyConsentApi } from './consent/api.js';
import type { PrivacyConfig } from './config/types.js';
import { ConsentRuntime } from './consent/consent-runtime.js';
import { ConsentStore, type ConsentingConfig } from './consent/consent-store.js';
import { loadPageConfig } from './config/load-config.js';
import { IdbStorage } from './consent/storage.js';
import type { CookieConsentElement } from './elements/cookie-consent/cookie-consent.js';

export type * from './config/types.js';
export type * from './consent/events.js';
export type * from './config/notice-model.js';
export type { PrivacyConsentApi } from './consent/api.js';
export type { Choices, ConsentRecord, ConsentStatus, Decision } from './consent/consent-record.js';
export type { UiStrings } from './i18n/strings.js';

declare global {
  interface Window {
    PrivacyConsent: PrivacyConsentApi;
  }
  interface Navigator {
    /** Global Privacy Control (https://privacycg.github.io/gpc-spec/). */
    readonly globalPrivacyControl?: boolean;
  }
}

/** [issue-18] The `data-debug` report, beside this file in dist/. */
const DEBUG_REPORT = './debug-report.js';

/** The `<script>` element that loaded this module, which may carry `data-config` and `data-debug`. */
function ownScript(): HTMLScriptElement | null {
  const scripts = Array.from(document.querySelectorAll<HTMLScriptElement>('script[type="module"][src]'));
  return scripts.find((s) => s.src === import.meta.url) ?? scripts.find((s) => s.hasAttribute('data-config')) ?? null;
}

async function bodyReady(): Promise<HTMLElement> {
  if (document.body) return document.body;
  await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
  return document.body;
}

async function defineConsentElement(runtime: ConsentRuntime): Promise<CookieConsentElement> {
  await import('./elements/cookie-consent/define.js');
  const host = runtime.host as CookieConsentElement;
  host.runtime = runtime;
  return host;
}

/** The element that has focus, looking inside shadow roots (a button in the banner, say). */
function focusedElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : null;
}

async function start(): Promise<ConsentRuntime | undefined> {
  const script = ownScript();
  // Read the stored choice while the config loads: neither waits for the other.
  const storage = new IdbStorage();
  const stored = storage.read();
  // No record at all means a first visit: start fetching the banner's code now, alongside the
  // config, rather than after it (one round trip less before the banner shows).
  if (script?.hasAttribute('data-config') && navigator.globalPrivacyControl !== true) {
    void stored.then((record) => record === undefined && import('./elements/cookie-consent/define.js'));
  }
  const loaded = await loadPageConfig(document, script);
  if (!loaded) return undefined;
  const { raw, config, source } = loaded;
  // Development mode: `data-debug` prints the schema and compliance checks to the console
  // (src/check/debug-report.ts). Pages without the attribute never download them.
  // [issue-18] Built on its own (scripts/build-debug-report.mjs) and imported by URL, so the
  // checks stay out of this module graph and never split the banner's chunk.
  if (script?.hasAttribute('data-debug')) void import(/* @vite-ignore */ new URL(DEBUG_REPORT, import.meta.url).href);
  const body = await bodyReady();

  if (document.querySelector('privacy-notice')) {
    void import('./elements/privacy-notice/define.js').then(({ provideConfig }) => provideConfig(raw, config));
  }

  // A config that could not be read at all may well have had a consent section: the element is
  // still added, so a site listening for consent-ready hears "unavailable" rather than nothing.
  const hasConsent = raw === undefined || (!!raw && typeof raw === 'object' && 'consent' in raw);
  if (!hasConsent) return undefined;

  let host = document.querySelector<HTMLElement>('cookie-consent');
  if (!host) {
    host = document.createElement('cookie-consent');
    // First in focus order, as GOV.UK places its banner (WCAG 2.4.3).
    body.prepend(host);
  }
  const usable = config?.consent ? (config as ConsentingConfig) : undefined;
  const store = new ConsentStore({
    config: usable,
    storage,
    stored,
    gpc: navigator.globalPrivacyControl === true,
  });
  // On a page whose own content shows the cookie controls (a cookies page), the banner is not
  // needed (NHS.UK cookie-consent README). Only pages with such elements load the check.
  const inlineControls =
    !!usable &&
    !!document.querySelector('cookie-preferences, privacy-notice') &&
    (await import('./notice/cookie-section.js')).showsCookieControls(document, usable.notice);
  // The inline choices of a cookies page (`<cookie-preferences>` without `modal`) need their element.
  if (usable && document.querySelector('cookie-preferences:not([modal])')) void import('./elements/cookie-preferences/define.js');
  const runtime: ConsentRuntime = new ConsentRuntime({
    store,
    document,
    host,
    channel: 'BroadcastChannel' in window ? new BroadcastChannel('privacy-consent') : undefined,
    ui: {
      showBanner: async () => {
        if (inlineControls || !store.config) return;
        (await defineConsentElement(runtime)).showBanner();
        // The full config check (unknown keys, with suggestions) also runs where a developer
        // looks, on a loopback host, once the banner is up (data-debug runs it everywhere).
        // Visitors of a live site never download it; the entry's guard catches what matters.
        if (!script?.hasAttribute('data-debug') && /^(localhost|127\.[\d.]+|\[::1\])$|\.localhost$/.test(location.hostname)) {
          setTimeout(() => import('./config/report.js').then(({ reportConfig }) => reportConfig(raw, source)), 0);
        }
      },
      showPreferences: async (opener = focusedElement()) => {
        if (store.config) await (await import('./elements/cookie-preferences/define.js')).openPreferences(runtime, opener);
      },
      // A choice saved in the dialog is confirmed where the banner is, as GOV.UK does.
      confirm: async (action) => (await defineConsentElement(runtime)).confirm(action),
    },
  });

  document.addEventListener('click', (event) => {
    const trigger = (event.target as Element | null)?.closest?.('[data-consent-open]');
    if (!trigger) return;
    event.preventDefault();
    void runtime.ui.showPreferences(trigger instanceof HTMLElement ? trigger : null);
  });
  return runtime;
}

function boot(): PrivacyConsentApi {
  const runtime = start();
  document.addEventListener('privacy-consent-runtime', (event) => {
    void runtime.then((r) => r && event.provide(r));
  });
  return createApi(runtime);
}

/** The JS API; the same object as `window.PrivacyConsent`. */
export const PrivacyConsent: PrivacyConsentApi = window.PrivacyConsent ?? boot();
window.PrivacyConsent = PrivacyConsent;

export type { PrivacyConfig };
