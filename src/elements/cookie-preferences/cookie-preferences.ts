import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ConsentController } from '../../controllers/consent-controller.js';
import type { Category, Service } from '../../config/types.js';
import type { BannerStrings, PreferencesStrings, UiStrings } from '../../config/ui-text.js';
import { currentChoices, effectiveBasis, objectionChoices, uniformChoices } from '../../consent/choices.js';
import type { Choices } from '../../consent/consent-record.js';
import type { ConsentRuntime } from '../../consent/consent-runtime.js';
import type { DecisionContext } from '../../consent/receipt.js';
import { safeHref } from '../../config/links.js';
import { renderableConfig } from '../../config/renderable.js';
import { formatText } from '../../i18n/strings.js';
import { bannerQuestionEnGB } from '../../i18n/en-GB/banner-question.js';
import { preferencesEnGB } from '../../i18n/en-GB/preferences.js';
import { needsLocalizing, uiStrings } from '../../i18n/ui-strings.js';
import type { Localized } from '../localize.js';
import type { PrivacyConfig } from '../../config/types.js';

// The banner's question words (the buttons) and the preferences' own. Typed as the full set
// `localize` takes: the banner's confirmation words, which the preferences never show, are left
// out, so that they load only with the banner's confirmation (and not in a chunk of their own
// that this dialog would wait for).
const defaults = { ...bannerQuestionEnGB, ...preferencesEnGB } as BannerStrings & PreferencesStrings;
import { cookieRows, cookieTable, cookieTableStyles } from '../cookie-table.js';
/** The strings the preferences show: the banner's buttons and their own. */
type Text = typeof defaults;
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
 * @csspart service-switch - A service's own switch, inside its category's list of services (styled as `switch`).
 * @csspart services - The expandable list of services and cookies.
 * @csspart cookie-table - A table of cookies.
 * @csspart buttons - The row of buttons.
 * @csspart button - Every button.
 * @csspart save-button - Saves the switches as set.
 * @csspart accept-button - Allows every optional category.
 * @csspart reject-button - Refuses every optional category.
 * @csspart status - The message announced after saving, objecting or downloading.
 * @csspart basis - A category's lawful basis: consent, strictly necessary, or a UK exception (PECR Sch A1).
 * @csspart object-button - Objects to a category that runs without consent under a UK exception (PECR Sch A1 paras 5-6).
 * @csspart download-button - Downloads a record (receipt) of the visitor's choices, with a short readable summary.
 * @cssprop [--privacy-accent=#005eb8] - Switches when on, buttons and links.
 * @cssprop [--privacy-color-border=#6f777b] - Switches when off, table rules.
 */
export class CookiePreferencesElement extends LitElement {
  static override styles = [tokens, buttons, cookieTableStyles, cookiePreferencesStyles, dialogStyles];
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

  /** The organisation's name: who sets the cookies of its own services. */
  get #organisation(): string {
    return this.runtime?.store.config?.organisation.name ?? '';
  }

  /**
   * Switches a category or a service. A category's switch sets all of it: its services follow it
   * again, forgetting any switched on or off on their own.
   */
  #toggle(id: string, on: boolean, services: Service[] = []): void {
    this.#draft = { ...this.#draft, [id]: on };
    for (const service of services) delete this.#draft[service.id];
    this.#status = '';
    this.requestUpdate();
  }

  /** How a decision made here is recorded in its receipt: in the dialog or on the page, in the language shown. */
  #context(config: PrivacyConfig): DecisionContext {
    return {
      method: this.modal ? 'preferences' : 'cookies-page',
      lang: this.localized ? this.localized.lang : config.lang || this.closest<HTMLElement>('[lang]')?.lang || 'en-GB',
    };
  }

  async #save(action: SavedAction): Promise<void> {
    const runtime = this.runtime;
    const config = runtime?.store.config;
    if (!runtime || !config) return;
    const choices =
      action === 'save' ? { ...this.#draft } : uniformChoices(config.consent, action === 'accept-all');
    await runtime.decide(action, choices, undefined, this.#context(config));
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
    if (this.modal) await runtime.request({ kind: 'confirm', action });
  }

  /**
   * Objects to one category under a UK exception, at once: recorded as a decision (with its
   * receipt), the category's declared cookies deleted and its embeds unloaded by the runtime.
   * PECR Sch A1 paras 5(2) and 6(2): "a simple means of objecting", free of charge.
   */
  async #object(category: Category): Promise<void> {
    const runtime = this.runtime;
    const config = runtime?.store.config;
    if (!runtime || !config) return;
    await runtime.decide('save', objectionChoices(config, runtime.store.state, [category.id]), 'custom', this.#context(config));
    const { config: shown, text } = this.#words(config);
    const title = shown.consent?.categories.find((c) => c.id === category.id)?.title ?? category.title;
    this.#status = formatText(text.objectedStatus, { category: title });
    this.requestUpdate();
    this.dispatchEvent(new CookiePreferencesSavedEvent('save', this.modal));
  }

  /** Downloads the receipt of the visitor's choices (its code loads on the click) and announces a short summary. */
  async #download(): Promise<void> {
    const runtime = this.runtime;
    const config = runtime?.store.config;
    if (!runtime || !config) return;
    const { config: shown, text } = this.#words(config);
    const { downloadReceipt } = await import('./receipt-download.js');
    this.#status = await downloadReceipt(this.renderRoot as ShadowRoot, runtime.store, shown, text, this.#context(config).lang!);
    this.requestUpdate();
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

  #renderChoices(text: Text, withTitle: boolean, config: PrivacyConfig): TemplateResult {
    const runtime = this.runtime!;
    const state = runtime.store.state;
    // A record to download: the visitor's decision, or the refusal Global Privacy Control makes.
    const hasRecord = !!runtime.store.record?.receipts?.length || runtime.store.gpc;
    return html`
      ${withTitle
        ? html`<div role="heading" aria-level=${this.headingLevel - 1} id="title" class="title" part="title">${text.preferencesTitle}</div>
            <p>${text.preferencesIntro}</p>`
        : nothing}
      ${runtime.store.gpc ? html`<p class="note">${text.gpcNotice}</p>` : nothing}
      ${config.consent!.categories.map((category) => this.#renderCategory(category, text, config, state.categories[category.id] === true))}
      <div class="actions" part="buttons">
        <button type="button" class="button" part="button save-button" @click=${() => this.#save('save')}>${text.saveChoices}</button>
        <button type="button" class="button" part="button accept-button" @click=${() => this.#save('accept-all')}>${text.acceptAll}</button>
        <button type="button" class="button" part="button reject-button" @click=${() => this.#save('reject-all')}>${text.rejectAll}</button>
      </div>
      ${hasRecord
        ? html`<p class="record"><button type="button" class="link-button" part="download-button" @click=${this.#download}>${text.downloadRecord}</button></p>`
        : nothing}
      <p class="status" part="status" role="status">${this.#status}</p>
    `;
  }

  #renderCategory(category: Category, text: Text, config: PrivacyConfig, active: boolean) {
    const id = category.id;
    const on = category.required === true || this.#draft?.[id] === true;
    const basis = effectiveBasis(config, category);
    const basisText = { required: text.basisRequired, consent: text.basisConsent, statistics: text.basisStatistics, appearance: text.basisAppearance }[basis];
    const exception = basis === 'statistics' || basis === 'appearance';
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
              aria-describedby=${category.description ? `desc-${id} basis-${id}` : `basis-${id}`}
              .checked=${on}
              ?disabled=${category.required === true}
              @change=${(e: Event) => this.#toggle(id, (e.target as HTMLInputElement).checked, services)}
            />
            <span class="state" aria-hidden="true">${category.required ? text.alwaysOn : on ? text.switchOn : text.switchOff}</span>
          </span>
        </div>
        ${category.description ? html`<p id="desc-${id}">${category.description}</p>` : nothing}
        <p id="basis-${id}" class="basis" part="basis">${basisText}</p>
        ${exception && active
          ? html`<p><button type="button" class="button" part="button object-button" @click=${() => this.#object(category)}>
              ${formatText(text.objectCategory, { category: category.title })}
            </button></p>`
          : nothing}
        ${services.length || category.cookies?.length
          ? html`<details part="services" ?open=${services.some((s) => this.#serviceOn(category, s) !== on)}>
              <summary>${formatText(text.servicesSummary, { count })}</summary>
              ${category.cookies?.length ? cookieTable(formatText(text.cookieCategoryCaption, { category: category.title }), cookieRows(category.cookies, undefined, this.#organisation), text) : nothing}
              ${services.map((service) => this.#renderService(service, category, text))}
            </details>`
          : nothing}
      </section>
    `;
  }

  /** Whether a service is switched on in the draft: on its own, else as its category is. */
  #serviceOn(category: Category, service: Service): boolean {
    return category.required === true || (this.#draft?.[service.id] ?? this.#draft?.[category.id]) === true;
  }

  /**
   * A service, with its own switch when its category asks for consent: a service can be allowed
   * on its own (a placeholder's "Always allow YouTube") or refused inside an allowed category, and
   * the visitor must be able to see and change that here (UK GDPR Art 7(3): withdrawing is as easy
   * as giving). Its category opens to show it when it differs from the category.
   */
  #renderService(service: Service, category: Category, text: Text) {
    const on = this.#serviceOn(category, service);
    const name = html`<strong>${service.name}</strong>${service.provider && service.provider !== service.name ? html` (${service.provider})` : nothing}`;
    return html`
      <div class="service">
        ${category.required
          ? html`<p class="service-name">${name}</p>`
          : html`<div class="head service-head">
              <p class="service-name"><label for="switch-${service.id}">${name}</label></p>
              <span class="switch">
                <input
                  type="checkbox"
                  role="switch"
                  part="service-switch"
                  id="switch-${service.id}"
                  .checked=${on}
                  @change=${(e: Event) => this.#toggle(service.id, (e.target as HTMLInputElement).checked)}
                />
                <span class="state" aria-hidden="true">${on ? text.switchOn : text.switchOff}</span>
              </span>
            </div>`}
        ${service.description ? html`<p>${service.description}</p>` : nothing}
        ${safeHref(service.privacyUrl)
          ? html`<p><a href=${safeHref(service.privacyUrl)!} rel="noopener">${formatText(text.servicePrivacyLink, { service: service.name })}</a></p>`
          : nothing}
        ${service.cookies?.length ? cookieTable(formatText(text.cookieTableCaption, { service: service.name }), cookieRows(service.cookies, service.provider, this.#organisation), text) : nothing}
      </div>
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
