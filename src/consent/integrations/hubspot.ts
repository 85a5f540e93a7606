/**
 * HubSpot's privacy API, for a third-party consent banner.
 *
 * From HubSpot's "Cookie consent banner API", section "Third-party cookie consent"
 * (https://developers.hubspot.com/docs/api/events/cookie-banner, read 2026):
 * - `window.disableHubSpotCookieBanner = true`, set before HubSpot's banner loads, so it does not
 *   show a second banner (it also turns off HubSpot's own consent collection, which is why the
 *   consent below must always be set);
 * - `_hsp.push(['setHubSpotConsent', { analytics, advertisement, functionality }])`: "this value
 *   isn't saved in consent cookies … preserving consent state across sessions falls to the
 *   caller", so it is sent on every page;
 * - `_hsp.push(['revokeCookieConsent'])` removes the HubSpot cookies, for a withdrawal.
 */
import type { HubSpotConsent } from '../../config/integrations.js';
import { allows, queue, type Integration, type Signals, type VendorWindow } from './integration.js';

const CATEGORIES = ['analytics', 'advertisement', 'functionality'] as const;

const consent = (win: VendorWindow, signals: Signals) =>
  queue(win, '_hsp').push(['setHubSpotConsent', Object.fromEntries(CATEGORIES.map((c) => [c, signals[c] === true]))]);

/** The default: HubSpot's own banner off, and every category refused. */
export function hubspotDefaults(win: VendorWindow): void {
  win.disableHubSpotCookieBanner = true;
  consent(win, {});
}

/** HubSpot: its banner off, consent set on every page, cookies revoked on a withdrawal. */
export const hubspot: Integration<HubSpotConsent> = {
  defaults: hubspotDefaults,
  signals: (options, grants) => Object.fromEntries(CATEGORIES.map((c) => [c, allows(grants, options.signals?.[c])])),
  update(win, _options, now, before) {
    if (CATEGORIES.some((c) => before[c] && !now[c])) queue(win, '_hsp').push(['revokeCookieConsent']);
    consent(win, now);
  },
};
