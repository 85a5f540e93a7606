/**
 * Google Consent Mode v2, for the Google tag (gtag.js) and Google Tag Manager.
 *
 * From Google's "Set up consent mode on websites"
 * (https://developers.google.com/tag-platform/security/guides/consent, read 2026):
 * - `gtag('consent', 'default', {…})` on every page, before any command that sends measurement
 *   data (`config`, `event`); consent types are not set by default, so each one is set here.
 * - `wait_for_update` (ms): how long tags wait for an update from a banner that loads
 *   asynchronously; `region` (ISO 3166-2) scopes a default to regions.
 * - `gtag('set', 'ads_data_redaction', true)` and `gtag('set', 'url_passthrough', true)`.
 * - `gtag('consent', 'update', {…})` once the visitor chooses, and on later pages from the
 *   stored choice (Google does not remember it).
 * The v2 signals are `ad_storage`, `ad_user_data`, `ad_personalization`, `analytics_storage`,
 * plus `functionality_storage`, `personalization_storage` and `security_storage` (always
 * granted here: it covers storage for security, which is strictly necessary).
 *
 * Tag Manager reads the same commands from `dataLayer`, which is why `gtag()` pushes the
 * `arguments` object itself, as Google's snippet does: GTM treats only Arguments objects as
 * commands, and an array would be ignored.
 */
import type { GoogleConsentMode } from '../../config/integrations.js';
import { allows, signal, type Integration, type Signals, type VendorWindow } from './integration.js';

const SIGNALS = ['ad_storage', 'ad_user_data', 'ad_personalization', 'analytics_storage', 'functionality_storage', 'personalization_storage'] as const;

/** Calls the page's `gtag`, or pushes the command as Google's snippet would before it exists. */
function gtag(win: VendorWindow, ...command: unknown[]): void {
  if (typeof win.gtag === 'function') return void win.gtag(...command);
  const layer = (win.dataLayer ??= []);
  (function (this: unknown) {
    layer.push(arguments);
  }).apply(undefined, command as []);
}

const states = (signals: Signals) => Object.fromEntries(SIGNALS.map((name) => [name, signal(signals[name])]));

/**
 * The default: every signal denied. The head script sends it from a config nobody has checked
 * yet, so an option of the wrong shape is left out rather than sent: a malformed `region` could
 * make Google ignore the default, which would leave its tags with no consent state at all.
 */
export function googleConsentModeDefaults(win: VendorWindow, options: Partial<GoogleConsentMode>): void {
  const wait = options.waitForUpdate;
  const region = options.region;
  gtag(win, 'consent', 'default', {
    ...states({}),
    security_storage: 'granted',
    wait_for_update: typeof wait === 'number' && wait >= 0 && wait <= 10_000 ? wait : 500,
    ...(Array.isArray(region) && region.length && region.every((r) => /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/.test(r)) ? { region } : {}),
  });
  if (options.adsDataRedaction === true) gtag(win, 'set', 'ads_data_redaction', true);
  if (options.urlPassthrough === true) gtag(win, 'set', 'url_passthrough', true);
}

/** Google Consent Mode v2: the default, and an update with every signal from its mapping. */
export const googleConsentMode: Integration<GoogleConsentMode> = {
  defaults: googleConsentModeDefaults,
  signals: (options, grants) => Object.fromEntries(SIGNALS.map((name) => [name, allows(grants, options.signals?.[name])])),
  update(win, _options, now) {
    gtag(win, 'consent', 'update', states(now));
  },
};
