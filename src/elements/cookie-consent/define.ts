import { defineElement } from '../define-element.js';
import { CookieConsentElement } from './cookie-consent.js';

defineElement('cookie-consent', CookieConsentElement);

// The UI loader travels in the banner's chunk, which every request for UI needs anyway: a first
// visit fetches one chunk, not the loader and then the banner.
export { loadUi } from '../load-ui.js';
