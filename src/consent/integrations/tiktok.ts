/**
 * The TikTok pixel's consent API.
 *
 * TikTok's pixel base code defines `ttq.holdConsent()`, `ttq.grantConsent()` and
 * `ttq.revokeConsent()` among its queued methods (TikTok for Business, "How to use cookies with
 * TikTok Pixel", https://ads.tiktok.com/help/article/how-to-use-cookies-with-tiktok-pixel, and
 * the base code's `ttq.methods`, read 2026): `holdConsent()` before `ttq.load()` holds events
 * back until the visitor decides, `grantConsent()` releases them with cookies, `revokeConsent()`
 * without. The base code reuses an existing queue (`var ttq = w[t] = w[t] || []`) and its stub
 * methods push `[method, ...args]` onto it, so before the base code runs the same entries are
 * pushed here directly.
 */
import type { TikTokConsent } from '../../config/integrations.js';
import { allows, queue, type Integration, type VendorWindow } from './integration.js';

function call(win: VendorWindow, method: 'holdConsent' | 'grantConsent' | 'revokeConsent'): void {
  const ttq = win.ttq;
  if (typeof ttq?.[method] === 'function') ttq[method]();
  else queue(win, 'ttq').push([method]);
}

/** The default: events held until the visitor decides. */
export const tiktokDefaults = (win: VendorWindow): void => call(win, 'holdConsent');

/** TikTok: consent held, then granted or revoked. */
export const tiktok: Integration<TikTokConsent> = {
  defaults: tiktokDefaults,
  signals: (options, grants) => ({ consent: allows(grants, options.consent) }),
  update(win, _options, now, before, moment) {
    // Undecided visitors stay held; a decision (or Global Privacy Control) or a withdrawal releases the hold.
    if (now.consent) call(win, 'grantConsent');
    else if (moment.decided || before.consent) call(win, 'revokeConsent');
  },
};
