/**
 * The side-effect-free entry, `privacy-consent/elements` (`dist/elements/index.js`): the element
 * and event classes, not registered, and the types, for a site that bundles its own code and
 * decides when (and under which tag names) the elements are defined.
 *
 * The drop-in (`privacy-consent`, `dist/privacy-consent.js`) stays the way to add the widget
 * with one script tag: it reads the page's config, starts consent and registers the elements.
 * This entry registers nothing and reads nothing when imported.
 *
 * Built by `vite build --config vite.elements.config.ts` beside the drop-in, never into it: the
 * drop-in's bytes do not depend on this file.
 */
export { CookieConsentElement } from './elements/cookie-consent/cookie-consent.js';
export { CookiePreferencesElement, CookiePreferencesSavedEvent } from './elements/cookie-preferences/cookie-preferences.js';
export { PrivacyNoticeElement, PrivacyNoticeToggleEvent } from './elements/privacy-notice/privacy-notice.js';
export { PrivacyTermElement, PrivacyTermHideEvent, PrivacyTermShowEvent } from './elements/privacy-term/privacy-term.js';
export { PrivacyLanguageChangeEvent } from './elements/localize.js';
// createConsentPage (issue 12's composition root, src/consent/consent-page.ts) is exported here
// once it exists: export { createConsentPage } from './consent/consent-page.js';

export type * from './config/types.js';
export type * from './consent/events.js';
export type * from './config/notice-model.js';
export type { PrivacyConsentApi } from './consent/api.js';
export type { Choices, ConsentRecord, ConsentStatus, Decision } from './consent/consent-record.js';
export type { UiStrings } from './i18n/strings.js';
