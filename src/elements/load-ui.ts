import type { ConsentRuntime, UiRequest } from '../consent/consent-runtime.js';
import type { CookieConsentElement } from './cookie-consent/cookie-consent.js';
import { isLoopbackHost } from './loopback-host.js';

/** The page's `<cookie-consent>`, given the runtime. */
function banner(runtime: ConsentRuntime): CookieConsentElement {
  const host = runtime.host as CookieConsentElement;
  host.runtime = runtime;
  return host;
}

/**
 * Whether the page's own content shows the cookie choices (a cookies page with
 * `<cookie-preferences>`, or a notice with its cookies section), so the banner is not needed
 * there (NHS.UK cookie-consent README). A broken notice must never stop consent: any error in
 * reading it counts as "no inline controls", and the banner asks as usual.
 */
async function showsInlineControls(runtime: ConsentRuntime): Promise<boolean> {
  const doc = runtime.host?.ownerDocument ?? document;
  return (
    !!doc.querySelector('cookie-preferences:not([modal]), privacy-notice') &&
    import('../notice/cookie-section.js').then(({ showsCookieControls }) => showsCookieControls(doc, runtime.store.config?.notice)).catch(() => false)
  );
}

/**
 * Answers the consent runtime's requests for UI, loading each element's code only when it is
 * first needed: a returning visitor's page never calls this, so downloads no UI at all.
 */
export async function loadUi(runtime: ConsentRuntime, request: UiRequest): Promise<void> {
  if (request.kind === 'banner') {
    if (!(await showsInlineControls(runtime))) banner(runtime).showBanner();
    // Where a site is developed (a loopback host), the full schema check of its config runs when
    // the banner first shows: a module runs once, so it reports once. Live visitors never load it.
    if (isLoopbackHost(location.hostname)) void import('./loopback-report.js');
  } else if (request.kind === 'placeholder') {
    (await import('./consent-placeholder/define.js')).placehold(request.embed);
  } else if (request.kind === 'preferences') {
    // Without an opener, focus returns to whatever has it (`openPreferences`).
    await (await import('./cookie-preferences/define.js')).openPreferences(runtime, request.opener);
  } else {
    // A choice saved in the dialog is confirmed where the banner is, as GOV.UK does.
    await banner(runtime).confirm(request.action);
  }
}
