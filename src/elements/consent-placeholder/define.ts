import { wantsPlaceholder } from '../../consent/embeds.js';
import { defineElement } from '../define-element.js';
// The placeholder renders with the banner's lit-html and base element: importing the banner's
// chunk keeps them there, so a first visit still fetches one chunk for the banner, not two.
import '../cookie-consent/define.js';
import { ConsentPlaceholderElement } from './consent-placeholder.js';

defineElement('consent-placeholder', ConsentPlaceholderElement);

/** Each embed's placeholder, made once and kept while the embed is on the page. */
const placeholders = new WeakMap<Element, ConsentPlaceholderElement>();

/**
 * Shows a placeholder for a gated embed the gate has just left blocked (on arrival, when the
 * page adds it, after a withdrawal): inserted just before the embed, in the page's flow, at its
 * size, the embed hidden meanwhile. Embeds nobody sees (a `<source>`, a 1 × 1 pixel, a hidden
 * one, `data-consent-placeholder="none"`) get none.
 */
export function placehold(embed: Element): void {
  if (!embed.isConnected || embed.hasAttribute('src') || !wantsPlaceholder(embed)) return;
  if (customElements.get('consent-placeholder') !== ConsentPlaceholderElement) return;
  let placeholder = placeholders.get(embed);
  if (!placeholder?.isConnected) {
    placeholder = new ConsentPlaceholderElement();
    // Hidden until it has measured the embed, so inserting it moves nothing.
    placeholder.hidden = true;
    placeholder.embed = embed;
    placeholders.set(embed, placeholder);
    embed.before(placeholder);
  }
  placeholder.ask();
}
