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
// The drop-in's own composition, for a site that composes the page itself:
//   createConsentPage({ document, config: loadPageConfig(document, null), storage: new IdbStorage(), loadUi })
import type { ConsentPageOptions } from './consent/consent-page.js';
export { createConsentPage, type ConsentPage, type ConsentPageOptions } from './consent/consent-page.js';
export { loadPageConfig, type LoadedConfig } from './config/load-config.js';
export { IdbStorage, MemoryStorage, type ConsentStorage } from './consent/storage.js';
export { ConsentRuntime, type UiRequest } from './consent/consent-runtime.js';

/** Answers the runtime's requests for UI; the elements' code loads (and registers) only on the first request. */
export const loadUi: ConsentPageOptions['loadUi'] = async (runtime, request) => (await import('./elements/cookie-consent/define.js')).loadUi(runtime, request);

export type * from './config/types.js';
export type * from './config/integrations.js';
export type * from './consent/events.js';
export type * from './config/notice-model.js';
export type { PrivacyConsentApi } from './consent/api.js';
export type { Choices, ConsentRecord, ConsentStatus, Decision } from './consent/consent-record.js';
export type { UiStrings } from './config/ui-text.js';
