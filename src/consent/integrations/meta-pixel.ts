/**
 * The Meta (Facebook) pixel's consent API.
 *
 * From Meta's "General Data Protection Regulation" pixel guide
 * (https://developers.facebook.com/docs/meta-pixel/implementation/gdpr, read 2026):
 * `fbq('consent', 'revoke')` pauses sending pixel fires and must be called before
 * `fbq('init', …)`, on every page; `fbq('consent', 'grant')` once consent is given.
 *
 * Meta's base code begins `if (f.fbq) return;`: a queue defined before it would stop it from
 * loading fbevents.js at all. So before the base code runs, `window.fbq` is a property that holds
 * the pending command and puts it into the base code's own queue the first time the page calls
 * `fbq` after the base code has created it, that is, before the page's `fbq('init')`. It then
 * becomes a plain property again.
 */
import type { MetaPixelConsent } from '../../config/integrations.js';
import { allows, type Integration, type VendorWindow } from './integration.js';

const PENDING = Symbol.for('privacy-consent.meta-pixel');

function consent(win: VendorWindow, command: 'grant' | 'revoke'): void {
  const pending: { command: string } | undefined = win[PENDING];
  if (pending) return void (pending.command = command);
  if (typeof win.fbq === 'function') return void win.fbq('consent', command);
  const waiting = (win[PENDING] = { command });
  let fbq: unknown = win.fbq;
  Object.defineProperty(win, 'fbq', {
    configurable: true,
    enumerable: true,
    get() {
      // The base code assigns `fbq` before it gives it its queue: wait for a usable function.
      const ready = typeof fbq === 'function' && (Array.isArray((fbq as { queue?: unknown }).queue) || 'callMethod' in fbq);
      if (ready && win[PENDING] === waiting) {
        delete win[PENDING];
        Object.defineProperty(win, 'fbq', { configurable: true, enumerable: true, writable: true, value: fbq });
        (fbq as (...args: unknown[]) => void)('consent', waiting.command);
      }
      return fbq;
    },
    set(value) {
      fbq = value;
    },
  });
}

/** The default: consent revoked, before the page's `fbq('init')`. */
export const metaPixelDefaults = (win: VendorWindow): void => consent(win, 'revoke');

/** The Meta pixel: revoked before `init`, then granted or revoked. */
export const metaPixel: Integration<MetaPixelConsent> = {
  defaults: metaPixelDefaults,
  signals: (options, grants) => ({ consent: allows(grants, options.consent) }),
  update: (win, _options, now) => consent(win, now.consent ? 'grant' : 'revoke'),
};
