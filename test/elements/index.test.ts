import { expect } from '@open-wc/testing';
import * as entry from '../../src/index.js';

// Mocha's globals, as web-test-runner provides them (the project has no @types/mocha).
declare function describe(name: string, body: () => void): void;
declare function it(name: string, body: () => unknown): void;

const TAGS = ['cookie-consent', 'cookie-preferences', 'privacy-notice', 'privacy-term'];

describe('privacy-consent/elements (src/index.ts)', () => {
  it('registers no element when imported', () => {
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.equal(undefined);
  });

  it('exports each element class, unregistered, for the site to define under a name it chooses', async () => {
    const classes = [entry.CookieConsentElement, entry.CookiePreferencesElement, entry.PrivacyNoticeElement, entry.PrivacyTermElement];
    for (const constructor of classes) expect(constructor.prototype).to.be.instanceOf(HTMLElement);
    customElements.define('site-privacy-term', entry.PrivacyTermElement);
    const term = document.createElement('site-privacy-term');
    document.body.append(term);
    expect(term).to.be.instanceOf(entry.PrivacyTermElement);
    term.remove();
  });

  it('exports the event classes', () => {
    for (const event of [entry.CookiePreferencesSavedEvent, entry.PrivacyNoticeToggleEvent, entry.PrivacyTermShowEvent, entry.PrivacyTermHideEvent, entry.PrivacyLanguageChangeEvent]) {
      expect(event.prototype).to.be.instanceOf(Event);
    }
  });
});
