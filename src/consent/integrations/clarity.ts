/**
 * Microsoft Clarity's consent API, version 2.
 *
 * From Microsoft's "Clarity Consent API v2"
 * (https://learn.microsoft.com/en-us/clarity/setup-and-installation/clarity-consent-api-v2, read
 * 2026): `window.clarity('consentv2', { ad_Storage, analytics_Storage })`, each `"granted"` or
 * `"denied"` (note the capital S); with consent denied Clarity sets no cookies and keeps each
 * page view apart. `consentv2` replaces the older `clarity('consent')`. Clarity does not keep
 * the choice, so it is sent on every page. Before Clarity's script loads, calls wait in the
 * queue its snippet creates: `clarity.q`.
 */
import type { ClarityConsent } from '../../config/integrations.js';
import { allows, signal, type Integration, type Signals, type VendorWindow } from './integration.js';

function clarity(win: VendorWindow, signals: Signals): void {
  // Clarity's own snippet: c[a] = c[a] || function () { (c[a].q = c[a].q || []).push(arguments) }.
  win.clarity ??= function (this: unknown) {
    (win.clarity.q ??= []).push(arguments);
  };
  win.clarity('consentv2', { ad_Storage: signal(signals.ad_Storage), analytics_Storage: signal(signals.analytics_Storage) });
}

/** The default: both signals denied. */
export const clarityDefaults = (win: VendorWindow): void => clarity(win, {});

/** Microsoft Clarity: `consentv2` at every moment. */
export const clarityConsent: Integration<ClarityConsent> = {
  defaults: clarityDefaults,
  signals: (options, grants) => ({
    ad_Storage: allows(grants, options.signals?.ad_Storage),
    analytics_Storage: allows(grants, options.signals?.analytics_Storage),
  }),
  update: (win, _options, now) => clarity(win, now),
};
