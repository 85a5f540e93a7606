import { html, nothing } from 'lit/html.js';
import type { PrivacyConfig } from '../../config/types.js';
import { ConsentController } from '../../controllers/consent-controller.js';
import type { ConsentRuntime } from '../../consent/consent-runtime.js';
import {
  allowChoices,
  embedCookies,
  embedLink,
  embedPoster,
  embedSource,
  embedSpec,
  endLoadOnce,
  loadOnce,
  refusesOnce,
  resolveEmbedConsent,
  type EmbedConsent,
} from '../../consent/embeds.js';
import type { ConsentChangeDetail } from '../../consent/events.js';
import { builtInLanguage, chooseLanguage, formatList, pageLanguage, translateConfig, visitorLanguage } from '../../i18n/languages.js';
import { placeholderEnGB } from '../../i18n/en-GB/placeholder.js';
import type { PlaceholderStrings } from '../../config/ui-text.js';
import { formatText } from '../../i18n/strings.js';
import { buttons, tokens } from '../shared-styles.js';
import { TemplateElement } from '../template-element.js';
import { applyEmbedBox, measureEmbed } from './embed-box.js';
import { consentPlaceholderStyles } from './consent-placeholder.styles.js';

/** Fired on the placeholder when the visitor loads its embed "this time" (nothing is recorded). */
export class ConsentPlaceholderLoadEvent extends CustomEvent<{ embed: Element }> {
  static readonly type = 'consent-placeholder-load';
  constructor(embed: Element) {
    super(ConsentPlaceholderLoadEvent.type, { bubbles: true, composed: true, detail: { embed } });
  }
}

/** The wording shown: the language, the config as it reads in it, and the strings. */
interface Words {
  lang: string;
  config: PrivacyConfig;
  text: PlaceholderStrings;
}

/** Built-in strings by primary language, loaded once a page. */
const strings = new Map<string, Promise<PlaceholderStrings>>();

/**
 * Stands in for a gated embed (a video, a map, a form) that is not allowed yet, in its place and
 * at its size, and asks in place: what it is and who provides it, what loading it shares (the
 * service's description and cookies from the config), *Load this time* (nothing is recorded),
 * *Always allow* the service (a decision, `consent-change` with `action: 'placeholder'`, that
 * grants that service and nothing else of its category), and a plain link to the content on the
 * provider's site. When consent arrives (here, in the dialog, in another tab) every placeholder
 * of that service gives way to its embed at once; on withdrawal the embed goes and it returns.
 *
 * The drop-in script creates one before each blocked embed (`data-consent` with `data-src`); a
 * site does not write it. Nothing is requested from the provider before the visitor says yes: the
 * preview image (`data-consent-poster`) must be served by the site itself.
 *
 * @fires consent-placeholder-load - When the visitor loads the embed "this time"; `detail.embed` is the embed.
 * @fires consent-change - After "Always allow" (from the core, on `<cookie-consent>`), with `action: 'placeholder'`.
 * @csspart box - The labelled group, at the embed's size.
 * @csspart poster - The site's preview image, behind the text.
 * @csspart panel - The text and buttons.
 * @csspart title - What the embed is ("YouTube: …").
 * @csspart description - Who provides it and what loading it shares.
 * @csspart details-link - Opens the cookie preferences, where the service's cookies are listed.
 * @csspart buttons - The row of buttons.
 * @csspart button - Both buttons.
 * @csspart load-button - Loads the embed this time only.
 * @csspart allow-button - Always allows the service.
 * @csspart link - The link to the content on the provider's site.
 * @cssprop [--consent-placeholder-width=the embed's width] - Width of the placeholder.
 * @cssprop [--consent-placeholder-ratio=the embed's width / height] - Width divided by minimum height.
 * @cssprop [--consent-placeholder-background=var(--privacy-color-surface)] - Background of the box around the text.
 * @cssprop [--privacy-font=inherit] - Font family; inherits the page's by default.
 * @cssprop [--privacy-color-text=#0b0c0c] - Text colour.
 * @cssprop [--privacy-color-surface=#ffffff] - Background of the text.
 * @cssprop [--privacy-color-border=#6f777b] - Border of the box.
 * @cssprop [--privacy-accent=#005eb8] - Buttons and links.
 * @cssprop [--privacy-accent-text=#ffffff] - Text on buttons.
 * @cssprop [--privacy-focus-color=#ffdd00] - Focus indicator.
 * @cssprop [--privacy-focus-text=#0b0c0c] - Text and outline on the focus indicator.
 * @cssprop [--privacy-radius=4px] - Corner radius.
 * @cssprop [--privacy-space=1rem] - Base spacing.
 */
export class ConsentPlaceholderElement extends TemplateElement {
  static override styles = [tokens, buttons, consentPlaceholderStyles];

  readonly #consent = new ConsentController(this, (detail) => this.#changed(detail));
  #embed: Element | undefined;
  /** `asking` (shown, the embed hidden), `allowed` (hidden, the embed loaded by consent), `once` (hidden, loaded this time). */
  #state: 'asking' | 'allowed' | 'once' = 'asking';
  #words: Words | 0 | undefined;
  #reported = false;
  /** The embed's own inline `display`, restored when it is shown again. */
  #embedDisplay: [string, string] = ['', ''];
  #onLanguage = () => {
    this.#words = undefined;
    this.requestUpdate();
  };

  /** The embed this placeholder stands for (set by the drop-in script before it is added). */
  get embed(): Element | undefined {
    return this.#embed;
  }
  set embed(embed: Element | undefined) {
    this.#embed = embed;
    this.requestUpdate();
  }

  /** The page's consent runtime; requested from the page when not set. */
  get runtime(): ConsentRuntime | undefined {
    return this.#consent.runtime;
  }
  set runtime(runtime: ConsentRuntime | undefined) {
    this.#consent.runtime = runtime;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.ownerDocument.addEventListener('privacy-language-change', this.#onLanguage);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.ownerDocument.removeEventListener('privacy-language-change', this.#onLanguage);
  }

  /**
   * Shows the placeholder in the embed's place, at the size the embed has now, and hides the
   * embed. Called when the gate finds the embed blocked (on arrival, and after a withdrawal). If
   * the embed had focus, the placeholder takes it, so focus is not lost to the page's top.
   */
  ask(): void {
    const embed = this.#embed;
    if (!embed) return;
    const hadFocus = embed.ownerDocument.activeElement === embed;
    // Measure while the embed is still laid out and the placeholder is not.
    if (this.hidden || this.#state !== 'asking' || !this.style.getPropertyValue('--_embed-width')) applyEmbedBox(this, measureEmbed(embed));
    this.#state = 'asking';
    this.hidden = false;
    this.#hideEmbed(embed);
    this.requestUpdate();
    if (hadFocus) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.box')?.focus());
  }

  /** Whether everything the embed names is granted and its address may be loaded. */
  #allowed(target: EmbedConsent): boolean {
    const store = this.runtime?.store;
    return !!store && !!this.#embed && !target.problem && !!embedSource(this.#embed) && target.ids.every((id) => store.granted(id));
  }

  #target(): EmbedConsent {
    return resolveEmbedConsent(this.#embed ? embedSpec(this.#embed) : '', this.runtime?.store.config?.consent);
  }

  /** After every decision: give way to the embed, take a one-time load back, or ask again. */
  #changed(detail: ConsentChangeDetail): void {
    const embed = this.#embed;
    if (!embed?.isConnected) return void this.remove();
    const target = this.#target();
    const allowed = this.#allowed(target);
    if (this.#state === 'asking' && allowed) this.#show('allowed');
    else if (this.#state === 'once' && allowed) {
      endLoadOnce(embed, false);
      this.#state = 'allowed';
    } else if (this.#state === 'once' && refusesOnce(detail, target, allowed)) {
      endLoadOnce(embed, true);
      this.ask();
    } else if (this.#state === 'allowed' && !allowed) this.ask();
  }

  /** Shows the embed in place of the placeholder; focus follows when it was in the placeholder (WCAG 2.4.3). */
  #show(state: 'allowed' | 'once'): void {
    const embed = this.#embed as HTMLElement | undefined;
    if (!embed) return;
    const hadFocus = this.matches(':focus-within');
    this.#state = state;
    embed.style.setProperty('display', ...this.#embedDisplay);
    if (!embed.getAttribute('style')) embed.removeAttribute('style');
    this.hidden = true;
    if (hadFocus) {
      embed.focus();
      // An image or a video without controls is not focusable: make it so for this one move.
      if (embed.ownerDocument.activeElement !== embed) {
        embed.tabIndex = -1;
        embed.focus();
      }
    }
  }

  #hideEmbed(embed: Element): void {
    const style = (embed as HTMLElement).style;
    if (!style || style.getPropertyPriority('display') === 'important' && style.getPropertyValue('display') === 'none') return;
    this.#embedDisplay = [style.getPropertyValue('display'), style.getPropertyPriority('display')];
    // `important`: a site's `iframe { display: block }` must not show the empty frame beside us.
    style.setProperty('display', 'none', 'important');
  }

  #loadOnce(): void {
    const embed = this.#embed;
    if (!embed || !loadOnce(embed)) return;
    this.#show('once');
    this.dispatchEvent(new ConsentPlaceholderLoadEvent(embed));
  }

  async #allowAlways(target: EmbedConsent): Promise<void> {
    const runtime = this.runtime;
    const config = runtime?.store.config;
    if (!runtime || !config) return;
    // The receipt records that the visitor decided here, in the language the placeholder speaks.
    const lang = this.closest<HTMLElement>('[lang]')?.lang || config.lang;
    await runtime.decide('placeholder', allowChoices(config.consent, runtime.store.state, target), 'custom', { method: 'placeholder', ...(lang ? { lang } : {}) });
  }

  #openDetails(event: Event): void {
    event.preventDefault();
    void this.runtime?.request({ kind: 'preferences', opener: event.currentTarget as HTMLElement });
  }

  /** The wording in the language shown here: the config's choice for this page, else British English. */
  #localize(config: PrivacyConfig): Words | undefined {
    if (this.#words !== undefined) return this.#words || undefined;
    const lang = chooseLanguage(config, this, visitorLanguage(this.ownerDocument) ?? pageLanguage(this));
    const shown = translateConfig(config, lang, this);
    const builtIn = builtInLanguage(lang);
    const words = (text: PlaceholderStrings): Words => ({ lang, config: shown, text: { ...text, ...(shown.consent?.text as Partial<PlaceholderStrings>) } });
    if (!builtIn) return (this.#words = words(placeholderEnGB));
    this.#words = 0;
    const key = lang.split('-')[0]!.toLowerCase();
    if (!strings.has(key)) strings.set(key, builtIn.placeholder().catch(() => placeholderEnGB));
    void strings.get(key)!.then((text) => {
      this.#words = words(text);
      this.requestUpdate();
    });
    return undefined;
  }

  protected override render() {
    const embed = this.#embed;
    const runtime = this.runtime;
    if (!embed || !runtime || this.#state !== 'asking') return html`<div class="box" part="box"></div>`;
    const config = runtime.store.config;
    const target = this.#target();
    this.#report(target);
    const words = config ? this.#localize(config) : { lang: 'en-GB', config: undefined, text: placeholderEnGB };
    if (!words) return html`<div class="box" part="box"></div>`;
    const { text, lang } = words;
    // Names and descriptions as the config reads in the language shown.
    const consent = words.config?.consent;
    const shown = config ? resolveEmbedConsent(embedSpec(embed), consent) : target;
    const named = [...shown.services.map((s) => s.name), ...shown.categories.map((c) => c.title)];
    // Intl.ListFormat only when there is a list: a page's first one costs Chromium 30-200 ms (npm run bench).
    const service = named.length > 1 ? formatList(lang, named) : (named[0] ?? embedLink(embed)?.hostname ?? '');
    const title = embed.getAttribute('title')?.trim();
    const heading = !service ? (title ?? '') : title ? formatText(text.placeholderTitle, { service, title }) : formatText(text.placeholderUntitled, { service });
    const poster = embedPoster(embed).url;
    const link = embedLink(embed);
    const usable = !shown.problem && !!embedSource(embed);
    return html`<div class="box" part="box" role="group" aria-labelledby="title" tabindex="-1" lang=${lang}>
      ${poster ? html`<img class="poster" part="poster" src=${poster.href} alt="" decoding="async" />` : nothing}
      <div class="panel" part="panel">
        <p class="title" part="title" id="title">${heading}</p>
        ${usable ? this.#renderAbout(shown, service, text, !!consent) : html`<p part="description">${text.placeholderUnavailable}</p>`}
        ${usable
          ? html`<div class="actions" part="buttons">
              <button type="button" class="button" part="button load-button" aria-describedby="title" @click=${() => this.#loadOnce()}>
                ${text.placeholderLoad}
              </button>
              <button type="button" class="button" part="button allow-button" aria-describedby="title" @click=${() => this.#allowAlways(target)}>
                ${formatText(text.placeholderAlways, { service })}
              </button>
            </div>`
          : nothing}
        ${link ? html`<p class="link"><a part="link" href=${link.href} rel="noreferrer">${formatText(text.placeholderLink, { service: named.length ? service : link.hostname })}</a></p>` : nothing}
      </div>
    </div>`;
  }

  /** Who provides it, what it does, and what loading it shares: the config's words in one short paragraph. */
  #renderAbout(target: EmbedConsent, service: string, text: PlaceholderStrings, details: boolean) {
    // "Provided by Vimeo.com, Inc." and not "Inc..": the sentence brings its own full stop.
    const providers = [...new Set(target.services.map((s) => s.provider?.trim().replace(/\.$/, '')).filter((p): p is string => !!p && !target.services.some((s) => s.name === p)))];
    const descriptions = [...target.services.map((s) => s.description), ...target.categories.map((c) => c.description)].filter(Boolean);
    const cookies = embedCookies(target).map((c) => c.name);
    const shares = cookies.length
      ? formatText(text.placeholderCookies, { service, cookies: cookies.join(', ') })
      : formatText(text.placeholderNoCookies, { service });
    const noticeUrl = this.runtime?.store.config?.consent.noticeUrl;
    return html`<p part="description">
      ${providers.length ? formatText(text.placeholderProvider, { provider: providers.join(', ') }) + ' ' : nothing}${descriptions.join(' ')}
      ${shares}
      ${details ? html`<a part="details-link" href=${noticeUrl ?? '#'} @click=${this.#openDetails}>${text.placeholderDetails}</a>` : nothing}
    </p>`;
  }

  /** Says once, in the console, what is wrong with the embed's markup, naming the element. */
  #report(target: EmbedConsent): void {
    if (this.#reported || !this.#embed) return;
    this.#reported = true;
    const embed = this.#embed;
    // The element as a developer finds it in the source: its tag and the attributes that name it.
    const attributes = ['id', 'title', 'data-consent', 'data-consent-once', 'data-src'].filter((name) => embed.hasAttribute(name));
    const tag = `<${embed.localName}${attributes.map((name) => ` ${name}="${embed.getAttribute(name)}"`).join('')}>`;
    if (target.problem) console.error(`privacy-consent: ${tag} stays blocked: ${target.problem}.`, embed);
    else if (!embedSource(embed)) console.error(`privacy-consent: ${tag} stays blocked: its data-src is not an http(s) address, so it is never loaded or linked.`, embed);
    else if (target.warning) console.warn(`privacy-consent: ${tag}: ${target.warning}.`, embed);
    const poster = embedPoster(embed).rejected;
    if (poster) console.warn(`privacy-consent: ${tag}: data-consent-poster "${poster}" is not on this site, so it is not shown (it would be a request to a third party before consent).`, embed);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'consent-placeholder': ConsentPlaceholderElement;
  }
  interface HTMLElementEventMap {
    'consent-placeholder-load': ConsentPlaceholderLoadEvent;
  }
}
