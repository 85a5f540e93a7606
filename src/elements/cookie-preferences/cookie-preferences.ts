import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ConsentController } from '../../controllers/consent-controller.js';
import type { Category, Cookie, Service } from '../../config/types.js';
import type { Choices } from '../../consent/consent-record.js';
import type { ConsentRuntime } from '../../consent/consent-runtime.js';
import { currentChoices, uniformChoices } from '../../consent/decision.js';
import { safeHref } from '../../config/links.js';
import { renderableConfig } from '../../config/renderable.js';
import { formatText, type UiStrings } from '../../i18n/strings.js';
import { bannerEnGB } from '../../i18n/en-GB/banner.js';
import { preferencesEnGB } from '../../i18n/en-GB/preferences.js';
import { needsLocalizing, uiStrings } from '../../i18n/ui-strings.js';
import type { Localized } from '../localize.js';
import type { PrivacyConfig } from '../../config/types.js';

const defaults = { ...bannerEnGB, ...preferencesEnGB };
import { focusableIn } from '../focusable.js';
import { buttons, tokens } from '../shared-styles.js';
import { cookiePreferencesStyles, dialogStyles } from './cookie-preferences.styles.js';

type SavedAction = 'accept-all' | 'reject-all' | 'save';

/** Fired after the visitor saves, accepts or rejects from the preferences. */
export class CookiePreferencesSavedEvent extends CustomEvent<{ action: SavedAction; modal: boolean }> {
  static readonly type = 'cookie-preferences-saved';
  constructor(action: SavedAction, modal: boolean) {
    super(CookiePreferencesSavedEvent.type, { bubbles: true, composed: true, detail: { action, modal } });
  }
}

/**
 * The cookie choices: every category with a switch (required ones on and locked), its
 * description, and its services and cookies in an expandable table. Switches start from the
 * stored choice: off on a first visit.
 *
 * With `modal` it is the preferences dialog (the drop-in script opens it from the banner, from
 * any `data-consent-open` element and from `PrivacyConsent.showPreferences()`): a native modal
 * `<dialog>` that takes focus, keeps Tab inside, closes on Escape and returns focus to where it
 * came from. Without it, it sits in the page: the GOV.UK cookies-page pattern, where the banner
 * is then not shown.
 *
 * @fires cookie-preferences-saved - After a choice is saved here; `detail.action` says which button.
 * @csspart dialog - The modal dialog (with `modal`).
 * @csspart close-button - Closes the dialog without deciding (with `modal`).
 * @csspart title - The heading (with `with-title` or `modal`).
 * @csspart category - One category.
 * @csspart switch - A category's switch.
 * @csspart services - The expandable list of services and cookies.
 * @csspart cookie-table - A table of cookies.
 * @csspart buttons - The row of buttons.
 * @csspart button - Every button.
 * @csspart save-button - Saves the switches as set.
 * @csspart accept-button - Allows every optional category.
 * @csspart reject-button - Refuses every optional category.
 * @csspart status - The message announced after saving.
 * @cssprop [--privacy-accent=#005eb8] - Switches when on, buttons and links.
 * @cssprop [--privacy-color-border=#6f777b] - Switches when off, table rules.
 */
export class CookiePreferencesElement extends LitElement {
  static override styles = [tokens, buttons, cookiePreferencesStyles, dialogStyles];
  static override properties = {
    headingLevel: { type: Number, attribute: 'heading-level' },
    withTitle: { type: Boolean, attribute: 'with-title' },
    modal: { type: Boolean },
  };

  /** Level of each category's heading; the title, when shown, is one level above. */
  headingLevel = 3;
  /** Show the "Cookie preferences" heading and introduction (the dialog always does). */
  withTitle = false;
  /** Render as a modal dialog, opened with `open()`. */
  modal = false;

  readonly #consent = new ConsentController(this, () => (this.#draft = undefined));
  #draft: Choices | undefined;
  #status = '';
  #opener: HTMLElement | null = null;
  /** @internal Wording in another language or from `translations` (set by `localize`; 0 while loading). */
  localized?: Localized<typeof defaults> | 0;
  #localizing?: Promise<unknown>;

  /** The page's consent runtime; requested from the page when not set. */
  get runtime(): ConsentRuntime | undefined {
    return this.#consent.runtime;
  }
  set runtime(runtime: ConsentRuntime | undefined) {
    this.#consent.runtime = runtime;
  }

  /** Opens the dialog (with `modal`); focus returns to `opener` when it closes without a decision. */
  async open(opener: HTMLElement | null = null): Promise<void> {
    await this.updateComplete;
    // A dialog in another language renders once its strings have loaded.
    if (this.#localizing) await this.#localizing.then(() => this.updateComplete);
    const dialog = this.renderRoot.querySelector('dialog');
    if (!dialog || dialog.open) return;
    this.#opener = opener;
    this.#draft = undefined;
    this.#status = '';
    this.requestUpdate();
    await this.updateComplete;
    dialog.showModal();
    // The banner is hidden (not only dimmed) while the dialog is open: one set of choices at a time.
    this.#banner()?.setAttribute('preferences-open', '');
    // The first control after the close button: the first switch.
    focusableIn(dialog)[1]?.focus();
  }

  /** The page's banner, `<cookie-consent>`, which hides itself while the dialog is open. */
  #banner(): Element | null {
    return this.ownerDocument.querySelector('cookie-consent');
  }

  #dialogClosed(): void {
    this.#banner()?.removeAttribute('preferences-open');
    if (this.#opener?.isConnected) this.#opener.focus();
    this.#opener = null;
  }

  /** Keeps Tab inside the modal dialog (Chromium otherwise lets it reach the browser's own UI). */
  #trapTab(event: KeyboardEvent): void {
    if (event.key !== 'Tab') return;
    const focusable = focusableIn(this.renderRoot.querySelector('dialog')!);
    const active = this.shadowRoot?.activeElement;
    const [first, last] = [focusable[0], focusable[focusable.length - 1]];
    if (event.shiftKey ? active === first : active === last) {
      event.preventDefault();
      (event.shiftKey ? last : first)?.focus();
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const store = this.runtime?.store;
    if (store?.config) this.#draft ??= currentChoices(store.config.consent, store.state);
    const config = this.#config();
    // Another language, a choice of languages, or reworded Accept or Reject (checked before it is
    // shown): load that wording (the language switch only in the dialog).
    if (config && this.localized === undefined && needsLocalizing(config, this.closest<HTMLElement>('[lang]')?.lang)) {
      this.localized = 0;
      this.#localizing = import('../localize.js').then(({ localize }) => localize(this, config, defaults, 'preferences', this.modal));
    }
  }

  /**
   * The config as the dialog may render it: through the UI's gate (renderable.ts), so a value of
   * the wrong type or a refused link is left out, never thrown on. Decisions use the store's own.
   */
  #config() {
    const config = this.runtime?.store.config;
    return config && renderableConfig(config);
  }

  /** The wording and config shown: localized, or the built-in English with the config's overrides. */
  #words(config: PrivacyConfig): Pick<Localized<typeof defaults>, 'config' | 'text' | 'switcher'> & { lang?: string } {
    return this.localized || { config, text: uiStrings(config, defaults), lang: config.lang, switcher: nothing };
  }

  #toggle(id: string, on: boolean): void {
    this.#draft = { ...this.#draft, [id]: on };
    this.#status = '';
    this.requestUpdate();
  }

  async #save(action: SavedAction): Promise<void> {
    const runtime = this.runtime;
    const config = runtime?.store.config;
    if (!runtime || !config) return;
    const choices =
      action === 'save' ? { ...this.#draft } : uniformChoices(config.consent, action === 'accept-all');
    await runtime.decide(action, choices);
    if (this.modal) {
      // The banner's confirmation takes focus, not the element that opened the dialog: the
      // banner shows again now (the dialog's close event comes a task later, too late to focus).
      this.#opener = null;
      this.#banner()?.removeAttribute('preferences-open');
      this.renderRoot.querySelector('dialog')?.close();
    } else {
      this.#status = this.#words(this.#config()!).text.savedStatus;
      this.requestUpdate();
    }
    this.dispatchEvent(new CookiePreferencesSavedEvent(action, this.modal));
    if (this.modal) await runtime.ui.confirm(action);
  }

  override render() {
    const runtime = this.runtime;
    // What the dialog shows comes through the UI's gate: bad values are left out, never thrown on.
    const config = this.#config();
    if (!runtime || !config || this.localized === 0) return nothing;
    const { text, config: shown, lang, switcher } = this.#words(config);
    if (!this.modal) return html`<div lang=${lang ?? nothing}>${this.#renderChoices(text, this.withTitle, shown)}</div>`;
    return html`<dialog part="dialog" aria-labelledby="title" lang=${lang ?? nothing} @keydown=${this.#trapTab} @close=${this.#dialogClosed}>
      <button type="button" class="close" part="close-button" aria-label=${text.close} title=${text.close} @click=${() => this.renderRoot.querySelector('dialog')?.close()}>
        <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
          <path d="M6 6l12 12M18 6L6 18" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" />
        </svg>
      </button>
      ${switcher}${this.#renderChoices(text, true, shown)}
    </dialog>`;
  }

  #renderChoices(text: UiStrings, withTitle: boolean, config: PrivacyConfig): TemplateResult {
    const runtime = this.runtime!;
    return html`
      ${withTitle
        ? html`<div role="heading" aria-level=${this.headingLevel - 1} id="title" class="title" part="title">${text.preferencesTitle}</div>
            <p>${text.preferencesIntro}</p>`
        : nothing}
      ${runtime.store.gpc ? html`<p class="note">${text.gpcNotice}</p>` : nothing}
      ${config.consent!.categories.map((category) => this.#renderCategory(category, text))}
      <div class="actions" part="buttons">
        <button type="button" class="button" part="button save-button" @click=${() => this.#save('save')}>${text.saveChoices}</button>
        <button type="button" class="button" part="button accept-button" @click=${() => this.#save('accept-all')}>${text.acceptAll}</button>
        <button type="button" class="button" part="button reject-button" @click=${() => this.#save('reject-all')}>${text.rejectAll}</button>
      </div>
      ${this.modal ? nothing : html`<p class="status" part="status" role="status">${this.#status}</p>`}
    `;
  }

  #renderCategory(category: Category, text: UiStrings) {
    const id = category.id;
    const on = category.required === true || this.#draft?.[id] === true;
    const services = category.services ?? [];
    const count = (category.cookies?.length ?? 0) + services.reduce((n, s) => n + (s.cookies?.length ?? 0), 0);
    return html`
      <section class="category" part="category" aria-labelledby="title-${id}">
        <div class="head">
          <div role="heading" aria-level=${this.headingLevel} id="title-${id}" class="category-title">
            <label for="switch-${id}">${category.title}</label>
          </div>
          <span class="switch">
            <input
              type="checkbox"
              role="switch"
              part="switch"
              id="switch-${id}"
              aria-describedby=${category.description ? `desc-${id}` : nothing}
              .checked=${on}
              ?disabled=${category.required === true}
              @change=${(e: Event) => this.#toggle(id, (e.target as HTMLInputElement).checked)}
            />
            <span class="state" aria-hidden="true">${category.required ? text.alwaysOn : on ? text.switchOn : text.switchOff}</span>
          </span>
        </div>
        ${category.description ? html`<p id="desc-${id}">${category.description}</p>` : nothing}
        ${services.length || category.cookies?.length
          ? html`<details part="services">
              <summary>${formatText(text.servicesSummary, { count })}</summary>
              ${category.cookies?.length ? this.#renderCookies(category.cookies, category.title, undefined, text) : nothing}
              ${services.map((service) => this.#renderService(service, text))}
            </details>`
          : nothing}
      </section>
    `;
  }

  #renderService(service: Service, text: UiStrings) {
    return html`
      <div class="service">
        <p class="service-name">
          <strong>${service.name}</strong>${service.provider && service.provider !== service.name ? html` (${service.provider})` : nothing}
        </p>
        ${service.description ? html`<p>${service.description}</p>` : nothing}
        ${safeHref(service.privacyUrl)
          ? html`<p><a href=${safeHref(service.privacyUrl)!} rel="noopener">${formatText(text.servicePrivacyLink, { service: service.name })}</a></p>`
          : nothing}
        ${service.cookies?.length ? this.#renderCookies(service.cookies, service.name, service.provider, text) : nothing}
      </div>
    `;
  }

  #renderCookies(cookies: Cookie[], owner: string, provider: string | undefined, text: UiStrings) {
    return html`
      <table part="cookie-table">
        <caption>${formatText(text.cookieTableCaption, { service: owner })}</caption>
        <thead>
          <tr>
            <th scope="col">${text.cookieName}</th>
            <th scope="col">${text.cookieProvider}</th>
            <th scope="col">${text.cookiePurpose}</th>
            <th scope="col">${text.cookieDuration}</th>
          </tr>
        </thead>
        <tbody>
          ${cookies.map(
            (cookie) => html`<tr>
              <td data-label=${text.cookieName}><code>${cookie.name}</code></td>
              <td data-label=${text.cookieProvider}>${cookie.provider ?? provider ?? this.#config()?.organisation.name}</td>
              <td data-label=${text.cookiePurpose}>${cookie.purpose ?? ''}</td>
              <td data-label=${text.cookieDuration}>${cookie.duration ?? ''}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cookie-preferences': CookiePreferencesElement;
  }
  interface HTMLElementEventMap {
    'cookie-preferences-saved': CookiePreferencesSavedEvent;
  }
}
