/**
 * The drop-in entry, `privacy-consent.js`. It composes and decides nothing itself: it reads the
 * page's config once, hands it to consent (`createConsentPage`) and to any `<privacy-notice>`,
 * and loads UI code only when it is needed (`src/elements/load-ui.ts`). A returning visitor
 * downloads none of the UI.
 *
 *   <script type="application/json" id="privacy-consent-config">{ … }</script>
 *   <script type="module" src="/privacy-consent.js"></script>
 * or
 *   <script type="module" src="/privacy-consent.js" data-config="/privacy.json"></script>
 */
import { loadPageConfig, type LoadedConfig } from './config/load-config.js';
import type { PrivacyConsentApi } from './consent/api.js';
import { createConsentPage } from './consent/consent-page.js';
import { IdbStorage } from './consent/storage.js';

// The same types as the side-effect-free entry (`privacy-consent/elements`).
export type * from './index.js';

declare global {
  interface Window {
    PrivacyConsent: PrivacyConsentApi;
  }
  interface Navigator {
    /** Global Privacy Control (https://privacycg.github.io/gpc-spec/). */
    readonly globalPrivacyControl?: boolean;
  }
}

/** The `<script>` element that loaded this module, which may carry `data-config` and `data-debug`. */
function ownScript(): HTMLScriptElement | null {
  const scripts = Array.from(document.querySelectorAll<HTMLScriptElement>('script[type="module"][src]'));
  return scripts.find((s) => s.src === import.meta.url) ?? scripts.find((s) => s.hasAttribute('data-config')) ?? null;
}

/**
 * Console reports for developers: `data-debug` runs every check; otherwise a config the entry
 * could not use is explained. (On a loopback host the banner's code also runs the full schema
 * check when it shows: `elements/load-ui.ts`.) Visitors of a live site with a usable config
 * download neither.
 */
const DEBUG_REPORT = './debug-report.js';

function report(loaded: LoadedConfig, debug: boolean): void {
  // The `data-debug` report is built on its own (scripts/build-debug-report.mjs) and imported by
  // URL, so the checks stay out of this module graph and never split the banner's chunk.
  // A relative specifier in import() resolves against this module's own URL, so it finds the file
  // beside privacy-consent.js wherever the site serves it.
  if (debug) void import(/* @vite-ignore */ DEBUG_REPORT).then(({ reportDebug }) => reportDebug(loaded));
  else if (!loaded.config) void import('./config/report.js').then(({ reportConfig }) => reportConfig(loaded));
}

// The banner's code: its chunk and the chunk it shares with the cookie choices and the notice
// (`shared-ui`, vite.config.ts), requested together. The library build has no preload helper, so
// the shared chunk would otherwise be requested only once the banner's had arrived: one more
// round trip before the banner shows (seen in a Chromium trace, bench/trace-banner.mjs).
const ui = () => import('./elements/cookie-consent/define.js').then((code) => code.loadUi);

function boot(): PrivacyConsentApi {
  const script = ownScript();
  const config = loadPageConfig(document, script);
  // Every `<privacy-notice>` without its own `src` or `config` shows the page's config. The notice
  // stands apart from consent: whatever it does, the banner and the API work without it.
  document.addEventListener('privacy-consent-config', (event) => void config.then((loaded) => loaded && event.provide(loaded)));
  if (document.querySelector('privacy-notice')) void import('./elements/privacy-notice/define.js');
  // The inline choices of a cookies page (`<cookie-preferences>` without `modal`) need their element.
  if (document.querySelector('cookie-preferences:not([modal])')) void import('./elements/cookie-preferences/define.js');
  const { api } = createConsentPage({
    document,
    config,
    storage: new IdbStorage(),
    channel: 'BroadcastChannel' in window ? new BroadcastChannel('privacy-consent') : undefined,
    gpc: navigator.globalPrivacyControl === true,
    // The UI's code (`src/elements/load-ui.ts`, in the banner's chunk) loads on the first request for UI.
    loadUi: async (runtime, request) => (await ui())(runtime, request),
    // No choice stored: fetch the banner's code alongside the config, not after it.
    firstVisit: ui,
  });
  void config.then((loaded) => loaded && report(loaded, !!script?.hasAttribute('data-debug')));
  return api;
}

// A second copy of this script reuses the first one's API. Only a property set by script counts:
// an element with `id="PrivacyConsent"` is also `window.PrivacyConsent` (named access on Window,
// kept on the prototype chain, not the window itself) and must not stop the widget (DOM clobbering).
/** The JS API; the same object as `window.PrivacyConsent`. */
export const PrivacyConsent: PrivacyConsentApi = Object.hasOwn(window, 'PrivacyConsent') ? window.PrivacyConsent : boot();
window.PrivacyConsent = PrivacyConsent;
