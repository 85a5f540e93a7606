import type { ConsentRuntime, UiRequest } from '../consent/consent-runtime.js';
import { ConfigRequestEvent } from '../consent/page-requests.js';
import type { CookieConsentElement } from './cookie-consent/cookie-consent.js';
// Every request needs the banner's element (the dialog confirms a choice in it), so it loads with
// this module: one chunk, not a chunk and then the chunk it imports.
import './cookie-consent/define.js';

/** The element that has focus, looking inside shadow roots (a button in the banner, say). */
function focusedElement(doc: Document): HTMLElement | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement && active !== doc.body ? active : null;
}

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
  if (!doc.querySelector('cookie-preferences:not([modal]), privacy-notice')) return false;
  try {
    return (await import('../notice/cookie-section.js')).showsCookieControls(doc, runtime.store.config?.notice);
  } catch {
    return false;
  }
}

/**
 * On a loopback host (`localhost`, `127.0.0.1`, `*.localhost`: where a site is developed), the
 * full schema check of the page's config (unknown keys included, with suggestions) runs when the
 * banner first shows, so a developer sees it without `data-debug`. Live visitors never load it.
 */
let reported = false;
function reportWhereDevelopersLook(doc: Document): void {
  if (reported || !/^(localhost|127\.[\d.]+|\[::1\])$|\.localhost$/.test(location.hostname)) return;
  reported = true;
  doc.dispatchEvent(new ConfigRequestEvent((loaded) => void import('../config/report.js').then(({ reportConfig }) => reportConfig(loaded))));
}

/**
 * Answers the consent runtime's requests for UI, loading each element's code only when it is
 * first needed: a returning visitor's page never calls this, so downloads no UI at all.
 */
export async function loadUi(runtime: ConsentRuntime, request: UiRequest): Promise<void> {
  if (request.kind === 'banner') {
    if (!(await showsInlineControls(runtime))) banner(runtime).showBanner();
    reportWhereDevelopersLook(runtime.host?.ownerDocument ?? document);
  } else if (request.kind === 'placeholder') {
    (await import('./consent-placeholder/define.js')).placehold(request.embed);
  } else if (request.kind === 'preferences') {
    const doc = runtime.host?.ownerDocument ?? document;
    const opener = request.opener ?? focusedElement(doc);
    await (await import('./cookie-preferences/define.js')).openPreferences(runtime, opener);
  } else {
    // A choice saved in the dialog is confirmed where the banner is, as GOV.UK does.
    await banner(runtime).confirm(request.action);
  }
}
