import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { ConsentController } from '../../controllers/consent-controller.js';
import type { Category, Cookie, Service } from '../../core/config.js';
import type { Choices } from '../../core/consent-record.js';
import type { ConsentRuntime } from '../../core/consent-runtime.js';
import { formatText, type UiStrings } from '../../i18n/strings.js';
import { uiStrings } from '../../i18n/ui-strings.js';
import { buttons, tokens } from '../shared-styles.js';
import { cookiePreferencesStyles } from './cookie-preferences.styles.js';

type SavedAction = 'accept-all' | 'reject-all' | 'save';

/** Fired after the visitor saves, accepts or rejects from the preferences. */
export class CookiePreferencesSavedEvent extends CustomEvent<{ action: SavedAction }> {
  static readonly type = 'cookie-preferences-saved';
  constructor(action: SavedAction) {
    super(CookiePreferencesSavedEvent.type, { bubbles: true, composed: true, detail: { action } });
  }
}

/**
 * The cookie choices: every category with a switch (required ones on and locked), its
 * description, and its services and cookies in an expandable table. Used inside the banner's
 * dialog, and on its own on a cookies page (the GOV.UK cookies-page pattern), where the banner
 * is then not shown. Switches start from the stored choice: off on a first visit.
 *
 * @fires cookie-preferences-saved - After a choice is saved here; `detail.action` says which button.
 * @csspart title - The heading (with `with-title`).
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
  static override styles = [tokens, buttons, cookiePreferencesStyles];
  static override properties = {
    headingLevel: { type: Number, attribute: 'heading-level' },
    withTitle: { type: Boolean, attribute: 'with-title' },
  };

  /** Level of each category's heading; the title, when shown, is one level above. */
  headingLevel = 3;
  /** Show the "Cookie preferences" heading and introduction (the dialog does). */
  withTitle = false;

  readonly #consent = new ConsentController(this, () => (this.#draft = undefined));
  #draft: Choices | undefined;
  #status = '';

  /** The page's consent runtime; requested from the page when not set. */
  get runtime(): ConsentRuntime | undefined {
    return this.#consent.runtime;
  }
  set runtime(runtime: ConsentRuntime | undefined) {
    this.#consent.runtime = runtime;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.#draft ??= this.runtime?.store.choices();
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
      action === 'save' ? { ...this.#draft } : Object.fromEntries(config.consent.categories.map((c) => [c.id, action === 'accept-all']));
    await runtime.decide(action, choices);
    this.#status = uiStrings(config).savedStatus;
    this.requestUpdate();
    this.dispatchEvent(new CookiePreferencesSavedEvent(action));
  }

  override render() {
    const runtime = this.runtime;
    const config = runtime?.store.config;
    if (!runtime || !config) return nothing;
    const text = uiStrings(config);
    return html`
      ${this.withTitle
        ? html`<div role="heading" aria-level=${this.headingLevel - 1} class="title" part="title">${text.preferencesTitle}</div>
            <p>${text.preferencesIntro}</p>`
        : nothing}
      ${runtime.store.gpc ? html`<p class="note">${text.gpcNotice}</p>` : nothing}
      ${config.consent.categories.map((category) => this.#renderCategory(category, text))}
      <div class="actions" part="buttons">
        <button type="button" class="button" part="button save-button" @click=${() => this.#save('save')}>${text.saveChoices}</button>
        <button type="button" class="button" part="button accept-button" @click=${() => this.#save('accept-all')}>${text.acceptAll}</button>
        <button type="button" class="button" part="button reject-button" @click=${() => this.#save('reject-all')}>${text.rejectAll}</button>
      </div>
      <p class="status" part="status" role="status">${this.#status}</p>
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
          <div role="heading" aria-level=${this.headingLevel} id="title-${id}" class="category-title">${category.title}</div>
          <label class="switch">
            <input
              type="checkbox"
              role="switch"
              part="switch"
              aria-labelledby="title-${id}"
              aria-describedby=${category.description ? `desc-${id}` : nothing}
              .checked=${on}
              ?disabled=${category.required === true}
              @change=${(e: Event) => this.#toggle(id, (e.target as HTMLInputElement).checked)}
            />
            <span class="state" aria-hidden="true">${category.required ? text.alwaysOn : on ? text.switchOn : text.switchOff}</span>
          </label>
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
        ${service.privacyUrl
          ? html`<p><a href=${service.privacyUrl} rel="noopener">${formatText(text.servicePrivacyLink, { service: service.name })}</a></p>`
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
              <td data-label=${text.cookieProvider}>${cookie.provider ?? provider ?? this.runtime?.store.config?.organisation.name}</td>
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
