import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { BannerInsetController } from '../../controllers/banner-inset-controller.js';
import { ConsentController } from '../../controllers/consent-controller.js';
import type { ConsentRuntime } from '../../core/consent-runtime.js';
import type { ConsentChangeDetail } from '../../core/events.js';
import { formatText } from '../../i18n/strings.js';
import { uiStrings } from '../../i18n/ui-strings.js';
import { focusableIn } from '../focusable.js';
import { buttons, tokens } from '../shared-styles.js';
import { cookieConsentStyles } from './cookie-consent.styles.js';

type Confirmation = 'accept-all' | 'reject-all' | 'save';

/**
 * The cookie banner and its preferences dialog. The drop-in script adds one as the first child
 * of `<body>`; it renders nothing until the visitor needs to be asked, so a returning visitor
 * never sees it flash. The banner is a labelled region, not a modal: the page stays usable, and
 * ignoring the banner means refusal.
 *
 * @fires consent-ready - Once a page load, when the stored choice has been read (dispatched by the core).
 * @fires consent-change - After every decision (dispatched by the core).
 * @csspart banner - The banner region.
 * @csspart title - The banner heading.
 * @csspart notice-link - The link to the privacy notice.
 * @csspart buttons - The row of choice buttons.
 * @csspart button - Every choice button.
 * @csspart accept-button - Allows every optional category.
 * @csspart reject-button - Refuses every optional category.
 * @csspart preferences-button - Opens the preferences dialog.
 * @csspart confirmation - The message shown after a choice.
 * @csspart hide-button - Hides the confirmation.
 * @csspart dialog - The preferences dialog.
 * @csspart close-button - Closes the dialog without deciding.
 * @cssprop [--privacy-font=inherit] - Font family; inherits the page's by default.
 * @cssprop [--privacy-color-text=#0b0c0c] - Text colour.
 * @cssprop [--privacy-color-muted=#484949] - Secondary text colour.
 * @cssprop [--privacy-color-surface=#ffffff] - Background of the banner and dialog.
 * @cssprop [--privacy-color-border=#6f777b] - Borders and switch tracks.
 * @cssprop [--privacy-accent=#005eb8] - Buttons and links.
 * @cssprop [--privacy-accent-text=#ffffff] - Text on buttons.
 * @cssprop [--privacy-focus-color=#ffdd00] - Focus indicator.
 * @cssprop [--privacy-focus-text=#0b0c0c] - Text and outline on the focus indicator.
 * @cssprop [--privacy-radius=4px] - Corner radius.
 * @cssprop [--privacy-space=1rem] - Base spacing.
 * @cssprop [--privacy-banner-shadow=0 -2px 12px rgb(0 0 0 / 25%)] - Shadow above the bottom banner.
 */
export class CookieConsentElement extends LitElement {
  static override styles = [tokens, buttons, cookieConsentStyles];

  readonly #consent = new ConsentController(this, (detail) => this.#changed(detail));
  readonly #inset = new BannerInsetController(this);
  #view: 'none' | 'banner' | 'confirmation' = 'none';
  #confirmation: Confirmation = 'save';
  #deciding = false;
  #preferencesLoaded = false;
  #opener: HTMLElement | null = null;

  /** The page's consent runtime (set by the drop-in script). */
  get runtime(): ConsentRuntime | undefined {
    return this.#consent.runtime;
  }
  set runtime(runtime: ConsentRuntime | undefined) {
    this.#consent.runtime = runtime;
  }

  /** Shows the first layer. */
  showBanner(): void {
    this.#view = 'banner';
    this.requestUpdate();
  }

  /** Opens the preferences dialog; focus returns to `opener` when it closes. */
  async showPreferences(opener: HTMLElement | null = null): Promise<void> {
    await import('../cookie-preferences/define.js');
    this.#opener = opener && !this.shadowRoot?.contains(opener) && opener !== this ? opener : null;
    this.#preferencesLoaded = true;
    this.requestUpdate();
    await this.updateComplete;
    const dialog = this.#dialog;
    if (!dialog || dialog.open) return;
    dialog.showModal();
    const preferences = dialog.querySelector('cookie-preferences');
    await (preferences as LitElement | null)?.updateComplete;
    focusableIn(dialog)[1]?.focus();
  }

  get #dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  /** A decision made elsewhere (the API, another tab) answers the banner's question. */
  #changed(detail: ConsentChangeDetail): void {
    if (!this.#deciding && this.#view === 'banner' && detail.status === 'current') this.#view = 'none';
  }

  async #decide(action: 'accept-all' | 'reject-all'): Promise<void> {
    const runtime = this.runtime;
    if (!runtime?.store.config) return;
    this.#deciding = true;
    const all = Object.fromEntries(runtime.store.config.consent.categories.map((c) => [c.id, action === 'accept-all']));
    try {
      await runtime.decide(action, all);
    } finally {
      this.#deciding = false;
    }
    this.#confirm(action);
  }

  async #confirm(action: Confirmation): Promise<void> {
    this.#confirmation = action;
    this.#view = 'confirmation';
    this.requestUpdate();
    await this.updateComplete;
    // GOV.UK moves focus to the confirmation so it is read out and the visitor keeps their place.
    this.renderRoot.querySelector<HTMLElement>('.confirmation')?.focus();
  }

  #hide(): void {
    this.#view = 'none';
    this.requestUpdate();
  }

  #closeDialog(): void {
    this.#dialog?.close();
  }

  #dialogClosed(): void {
    const target = this.#opener?.isConnected
      ? this.#opener
      : this.renderRoot.querySelector<HTMLElement>('[part~="preferences-button"]');
    target?.focus();
    this.#opener = null;
  }

  #saved(event: CustomEvent<{ action: Confirmation }>): void {
    this.#opener = null;
    this.#dialog?.close();
    void this.#confirm(event.detail.action);
  }

  /** Keeps Tab inside the modal dialog, across the shadow roots it contains. */
  #trapTab(event: KeyboardEvent): void {
    if (event.key !== 'Tab') return;
    const focusable = focusableIn(this.#dialog!);
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    const active = deepActiveElement();
    if (event.shiftKey && active === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first?.focus();
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const banner = this.renderRoot.querySelector<HTMLElement>('.banner.bottom');
    this.#inset.track(banner ?? undefined);
  }

  override render() {
    const config = this.runtime?.store.config;
    if (!config) return nothing;
    const text = uiStrings(config);
    const position = config.consent.position ?? 'bottom';
    const title = formatText(text.bannerTitle, { organisation: config.organisation.name });
    return html`
      ${this.#view === 'none'
        ? nothing
        : html`<section class="banner ${position}" part="banner" aria-label=${title} lang=${config.lang ?? nothing}>
            <div class="inner">${this.#view === 'banner' ? this.#renderQuestion(title) : this.#renderConfirmation()}</div>
          </section>`}
      ${this.#preferencesLoaded
        ? html`<dialog
            part="dialog"
            aria-label=${text.preferencesTitle}
            lang=${config.lang ?? nothing}
            @keydown=${this.#trapTab}
            @close=${this.#dialogClosed}
          >
            <button class="close" part="close-button" aria-label=${text.close} title=${text.close} @click=${this.#closeDialog}>
              <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
                <path d="M6 6l12 12M18 6L6 18" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" />
              </svg>
            </button>
            <cookie-preferences .runtime=${this.runtime} heading-level="3" with-title @cookie-preferences-saved=${this.#saved}></cookie-preferences>
          </dialog>`
        : nothing}
    `;
  }

  #renderQuestion(title: string) {
    const config = this.runtime!.store.config!;
    const text = uiStrings(config);
    const optional = config.consent.categories.filter((c) => !c.required).map((c) => c.title);
    const list = new Intl.ListFormat(config.lang ?? document.documentElement.lang ?? 'en-GB', { type: 'conjunction' }).format(optional);
    return html`
      <h2 part="title">${title}</h2>
      <p>${text.bannerIntro}</p>
      <p>${formatText(text.bannerOptional, { categories: list })}</p>
      ${config.consent.noticeUrl ? html`<p><a part="notice-link" href=${config.consent.noticeUrl}>${text.noticeLink}</a></p>` : nothing}
      <div class="actions" part="buttons">
        <button type="button" class="button" part="button accept-button" @click=${() => this.#decide('accept-all')}>${text.acceptAll}</button>
        <button type="button" class="button" part="button reject-button" @click=${() => this.#decide('reject-all')}>${text.rejectAll}</button>
        <button type="button" class="button" part="button preferences-button" @click=${(e: Event) => this.showPreferences(e.currentTarget as HTMLElement)}>
          ${text.managePreferences}
        </button>
      </div>
    `;
  }

  #renderConfirmation() {
    const text = uiStrings(this.runtime!.store.config!);
    const message = { 'accept-all': text.acceptedMessage, 'reject-all': text.rejectedMessage, save: text.savedMessage }[this.#confirmation];
    const [before, after] = splitAround(text.changeSettings, text.changeSettingsLink);
    return html`
      <p class="confirmation" part="confirmation" role="alert" tabindex="-1">
        ${message} ${before}<a href="#" @click=${(e: Event) => (e.preventDefault(), this.showPreferences(e.currentTarget as HTMLElement))}
          >${text.changeSettingsLink}</a
        >${after}
      </p>
      <div class="actions" part="buttons">
        <button type="button" class="button" part="button hide-button" @click=${this.#hide}>${text.hideMessage}</button>
      </div>
    `;
  }
}

/** Splits a sentence around the phrase that becomes a link; appends the link when it is missing. */
function splitAround(sentence: string, phrase: string): [string, string] {
  const at = sentence.indexOf(phrase);
  return at < 0 ? [`${sentence} `, ''] : [sentence.slice(0, at), sentence.slice(at + phrase.length)];
}

function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

declare global {
  interface HTMLElementTagNameMap {
    'cookie-consent': CookieConsentElement;
  }
}
