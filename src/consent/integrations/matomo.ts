/**
 * Matomo's tracking and cookie consent.
 *
 * From Matomo's "Tracking & Cookie Consent" (https://developer.matomo.org/guides/tracking-consent,
 * read 2026):
 * - `_paq.push(['requireConsent'])` before `trackPageView`: no request and no cookie until
 *   consent; `_paq.push(['requireCookieConsent'])`: requests are sent, cookies only with consent.
 * - `setConsentGiven` / `setCookieConsentGiven` grant it for the current page (Matomo then sends
 *   the requests it held back); `rememberConsentGiven` would make Matomo keep it in a cookie of
 *   its own, which is not needed: the widget keeps the choice and tells Matomo on every page.
 * - `forgetConsentGiven` / `forgetCookieConsentGiven` when consent is withdrawn.
 */
import type { MatomoConsent } from '../../config/integrations.js';
import { allows, queue, type Integration, type VendorWindow } from './integration.js';

const cookiesOnly = (options: Partial<MatomoConsent>) => options.require === 'cookies';

/** The default: consent required (tracking consent unless the config says cookies only). */
export function matomoDefaults(win: VendorWindow, options: Partial<MatomoConsent>): void {
  queue(win, '_paq').push([cookiesOnly(options) ? 'requireCookieConsent' : 'requireConsent']);
}

/** Matomo: consent required, given per page, forgotten on a withdrawal. */
export const matomo: Integration<MatomoConsent> = {
  defaults: matomoDefaults,
  signals: (options, grants) => ({ consent: allows(grants, options.consent) }),
  update(win, _options, now, before, _moment, defaulted) {
    // What Matomo was asked to require at the top of the page decides which consent it waits for.
    const cookies = cookiesOnly(defaulted);
    if (now.consent) queue(win, '_paq').push([cookies ? 'setCookieConsentGiven' : 'setConsentGiven']);
    else if (before.consent) queue(win, '_paq').push([cookies ? 'forgetCookieConsentGiven' : 'forgetConsentGiven']);
  },
};
