/**
 * The banner's second state: what was chosen, the way back to the settings, and Hide (the GOV.UK
 * cookie banner's confirmation). Loaded with the first choice, as the code that records it is: a
 * first visit that reads the banner and leaves never downloads it, and the banner's chunk keeps
 * the bytes its 12 KiB first-visit budget has not got.
 */
import { html } from 'lit/html.js';
// Loaded only by the banner, whose chunk holds Lit: this import tells the bundler so, which then
// keeps Lit in the banner's chunk (one request on a first visit) instead of a chunk of its own.
import './define.js';
import { bannerEnGB } from '../../i18n/en-GB/banner.js';
import type { Confirmation, ConfirmationView } from './cookie-consent.js';

/**
 * The confirmation of the choice `action`; `objected` is the message after an objection (from the
 * exception words), `change` opens the preferences and `hide` hides the banner.
 */
export const renderConfirmation: ConfirmationView = (wording, action: Confirmation, objected, change, hide) => {
  // The built-in English under the banner's wording: the banner's chunk carries only the question's.
  const text = { ...bannerEnGB, ...wording };
  const message = {
    'accept-all': text.acceptedMessage,
    'reject-all': text.rejectedMessage,
    save: text.savedMessage,
    object: objected ?? text.savedMessage,
  }[action];
  const [before, after] = splitAround(text.changeSettings, text.changeSettingsLink);
  return html`
    <p class="confirmation" part="confirmation" role="alert" tabindex="-1">
      ${message} ${before}<a href="#" @click=${change}
        >${text.changeSettingsLink}</a
      >${after}
    </p>
    <div class="actions" part="buttons">
      <button type="button" class="button hide" part="button hide-button" @click=${hide}>${text.hideMessage}</button>
    </div>
  `;
};

/** Splits a sentence around the phrase that becomes a link; appends the link when it is missing. */
function splitAround(sentence: string, phrase: string): [string, string] {
  const at = sentence.indexOf(phrase);
  return at < 0 ? [`${sentence} `, ''] : [sentence.slice(0, at), sentence.slice(at + phrase.length)];
}
