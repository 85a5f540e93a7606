/**
 * Microsoft Advertising UET consent mode.
 *
 * From Microsoft Advertising's "Setting up UET for consent mode"
 * (https://learn.microsoft.com/en-us/advertising/msa-help/hlp_ba_conc_uet_consent, read 2026):
 * `window.uetq.push('consent', 'default', { ad_storage: 'denied' })` on every page (without a
 * default, UET treats `ad_storage` as granted in most countries), then
 * `window.uetq.push('consent', 'update', { ad_storage: 'granted' | 'denied' })` after the choice
 * and on every later page for as long as it applies. UET's loader takes the queue over
 * (`o.q = w[u]`), so commands pushed before it loads are kept in order.
 */
import type { MicrosoftUetConsent } from '../../config/integrations.js';
import { allows, queue, signal, type Integration, type VendorWindow } from './integration.js';

/** The default: `ad_storage` denied. */
export const microsoftUetDefaults = (win: VendorWindow): void => void queue(win, 'uetq').push('consent', 'default', { ad_storage: 'denied' });

/** Microsoft UET: `ad_storage` denied by default, then updated. */
export const microsoftUet: Integration<MicrosoftUetConsent> = {
  defaults: microsoftUetDefaults,
  signals: (options, grants) => ({ ad_storage: allows(grants, options.consent) }),
  update: (win, _options, now) => void queue(win, 'uetq').push('consent', 'update', { ad_storage: signal(now.ad_storage) }),
};
