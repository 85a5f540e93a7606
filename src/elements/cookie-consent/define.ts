import { defineElement } from '../define-element.js';
import { CookieConsentElement } from './cookie-consent.js';

defineElement('cookie-consent', CookieConsentElement);

/**
 * Shows a `<consent-placeholder>` for a gated embed that is still blocked, loading its code on
 * first use. It is exported here, not from its own chunk, so the drop-in entry reaches it through
 * the banner's chunk name, which the entry already holds (a new chunk name costs the entry 16 bytes
 * gzip of its last 40); the placeholder's chunk imports the banner's for Lit anyway.
 */
export const placehold = (embed: Element): Promise<void> => import('../consent-placeholder/define.js').then((m) => m.placehold(embed));
