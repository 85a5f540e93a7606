import { html, nothing } from 'lit/html.js';
import { BannerInsetController } from '../../controllers/banner-inset-controller.js';
import { ConsentController } from '../../controllers/consent-controller.js';
import { isRequired, runsBeforeChoice } from '../../consent/consent-record.js';
import type { ConsentRuntime } from '../../consent/consent-runtime.js';
import type { ConsentChangeDetail } from '../../consent/events.js';
import { safeHref } from '../../config/safe-href.js';
import { formatText } from '../../i18n/strings.js';
import { bannerQuestionEnGB, type BannerQuestionStrings } from '../../i18n/en-GB/banner-question.js';
import { needsLocalizing, uiStrings } from '../../i18n/ui-strings.js';
import type { Localized } from '../localize.js';
import type { TemplateResult } from 'lit/html.js';
import type { BannerStrings } from '../../config/ui-text.js';
import type { Choices } from '../../consent/consent-record.js';
import type { PrivacyConfig } from '../../config/types.js';
import type { ConsentState } from '../../consent/events.js';
import { buttons, tokens } from '../shared-styles.js';
import { TemplateElement } from '../template-element.js';
import { cookieConsentStyles } from './cookie-consent.styles.js';

/** Which confirmation to show after a choice (`object`: an objection to the UK exception categories). */
export type Confirmation = 'accept-all' | 'reject-all' | 'save' | 'object';

// The banner's parts that load later, as the banner uses them. Their types are declared here, where
// they are used, so the banner's module needs nothing from theirs until it loads them.

/**
 * The confirmation of the choice `action` (`confirmation.ts`, loaded with the first choice), in
 * `text` (the banner's wording; the built-in English confirmation loads with the view); `objected` is the message after an objection, `change` opens the preferences, `hide` hides the banner.
 */
export type ConfirmationView = (text: Partial<BannerStrings>, action: Confirmation, objected: string | undefined, change: (event: Event) => void, hide: () => void) => TemplateResult;

/** The words and controls for UK exception categories, in one language (`exception-notice.ts`, loaded only for configs with such categories). */
export interface ExceptionNotice {
  /** The language they are in. */
  lang: string;
  /** One sentence per exception (statistics, appearance) the config uses: what runs without asking, and that the visitor can object. */
  information: TemplateResult;
  /**
   * The Object button (beside Accept and Reject, as equal): pressing it calls `object` with the
   * function that builds the objection's choices.
   */
  objectButton(object: (choices: ObjectionChoices) => void): TemplateResult;
  /** The confirmation after objecting. */
  objectedMessage: string;
}

/** Builds the choices of an objection (`objectionChoices` in consent/choices.ts). */
export type ObjectionChoices = (config: PrivacyConfig, state: Pick<ConsentState, 'categories' | 'services'>) => Choices;

/**
 * The cookie banner. The drop-in script adds one as the first child
 * of `<body>`; it renders nothing until the visitor needs to be asked, so a returning visitor
 * never sees it flash. The banner is a labelled region, not a modal: the page stays usable, and
 * ignoring the banner means refusal.
 *
 * @attr preferences-open - Set by the preferences dialog while it is open over the page; the banner is hidden meanwhile, so only one set of choices shows.
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
 * @csspart object-button - Objects to the categories that run without consent under a UK exception (PECR Sch A1 paras 5-6); shown only when the config has them.
 * @csspart exceptions - The sentences about those categories.
 * @csspart confirmation - The message shown after a choice.
 * @csspart hide-button - Hides the confirmation.
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
export class CookieConsentElement extends TemplateElement {
  static override styles = [tokens, buttons, cookieConsentStyles];

  readonly #consent = new ConsentController(this, (detail) => this.#changed(detail));
  readonly #inset = new BannerInsetController(this);
  #view: 'none' | 'banner' | 'confirmation' = 'none';
  #confirmation: Confirmation = 'save';
  /** The confirmation's view (`confirmation.ts`), loaded with the first choice. */
  #confirmationView?: Promise<{ renderConfirmation: ConfirmationView }>;
  /** Its renderer, once loaded. */
  #renderConfirmation?: ConfirmationView;
  #deciding = false;
  #reported = false;
  /** @internal Wording in another language or from `translations` (set by `localize`; 0 while loading). */
  localized?: Localized<BannerStrings> | 0;
  /** The words for UK exception categories (loaded only for configs that have them; 0 while first loading, null if they failed). */
  #exceptions?: ExceptionNotice | 0 | null;
  /** The language the exception words were last asked for in. */
  #exceptionsLang?: string;

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

  /** Shows the confirmation of a choice made in the preferences, and moves focus to it. */
  confirm(action: Confirmation): Promise<void> {
    return this.#confirm(action);
  }

  #openPreferences(event: Event): void {
    event.preventDefault();
    void this.runtime?.request({ kind: 'preferences', opener: event.currentTarget as HTMLElement });
  }

  /** A decision made elsewhere (the API, another tab) answers the banner's question. */
  #changed(detail: ConsentChangeDetail): void {
    if (!this.#deciding && this.#view === 'banner' && detail.status === 'current') this.#view = 'none';
  }

  /** Records Accept, Reject or (with `objection`, from the exception words) an objection. */
  async #decide(action: 'accept-all' | 'reject-all' | 'object', objection?: ObjectionChoices): Promise<void> {
    const runtime = this.runtime;
    const config = runtime?.store.config;
    if (!config) return;
    this.#deciding = true;
    // The confirmation's view loads while the choice is recorded.
    void this.#loadConfirmation().catch(() => undefined);
    // The receipt records how and in which language the visitor decided.
    const context = { method: 'banner' as const, lang: this.localized ? this.localized.lang : this.#englishLang(config) };
    try {
      // Recording a decision loads its small chunk on this first click, as the dialog loads when opened.
      if (action === 'object') {
        await runtime.decide('save', objection!(config, runtime.store.state), 'custom', context);
      } else {
        const { uniformChoices } = await import('../../consent/decision.js');
        await runtime.decide(action, uniformChoices(config.consent, action === 'accept-all'), undefined, context);
      }
    } finally {
      this.#deciding = false;
    }
    this.#confirm(action);
  }

  /** The language of the banner when it shows the built-in English: the config's, else the page's. */
  #englishLang(config: { lang?: string }): string {
    return config.lang || this.closest<HTMLElement>('[lang]')?.lang || 'en-GB';
  }

  #loadConfirmation() {
    return (this.#confirmationView ??= import('./confirmation.js'));
  }

  async #confirm(action: Confirmation): Promise<void> {
    try {
      this.#renderConfirmation = (await this.#loadConfirmation()).renderConfirmation;
    } catch {
      // The choice is recorded; without the view to confirm it, the question is not asked again.
      this.#confirmationView = undefined;
      return this.#hide();
    }
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

  protected override updated(): void {
    const banner = this.renderRoot.querySelector<HTMLElement>('.banner.bottom');
    this.#inset.track(banner ?? undefined);
  }

  override render() {
    const config = this.runtime?.store.config;
    if (!config || this.#view === 'none') return nothing;
    // Another language, a choice of languages, or reworded Accept or Reject (checked before it is
    // shown): load that wording. A page in English with the built-in pair never downloads it.
    if (this.localized === undefined && needsLocalizing(config, this.closest<HTMLElement>('[lang]')?.lang)) {
      this.localized = 0;
      // English without the confirmation's words, which load with the confirmation (confirmation.ts).
      void import('../localize.js').then(({ localize }) => localize(this, config, bannerQuestionEnGB as BannerStrings, 'banner'));
    }
    // Never flash English on a Welsh page while the Welsh strings load.
    if (this.localized === 0) return nothing;
    const local = this.localized || { config, text: uiStrings(config, bannerQuestionEnGB) };
    // Categories under a UK exception: their information and objection load with their words, in
    // the language shown. A language switch keeps the words shown until the new ones arrive.
    const lang = this.localized ? this.localized.lang : this.#englishLang(config);
    if (this.#exceptionsLang !== lang && config.consent.categories.some((c) => runsBeforeChoice(config.exceptions, c))) {
      this.#exceptionsLang = lang;
      this.#exceptions ??= 0;
      import('./exception-notice.js')
        .then(({ exceptionNotice }) => exceptionNotice(local.config, lang, this.localized ? this.localized.list : englishList))
        // Without them the banner still shows, and Reject still objects.
        .catch(() => null)
        .then((notice) => {
          if (this.#exceptionsLang === lang) this.#exceptions = notice;
          this.requestUpdate();
        });
    }
    if (this.#exceptions === 0) return nothing;
    const position = config.consent.position ?? 'bottom';
    const title = formatText(local.text.bannerTitle, { organisation: config.organisation.name });
    return html`<section class="banner ${position}" part="banner" aria-label=${title} lang=${local.config.lang ?? nothing}>
      <div class="inner">${(local as Localized<BannerStrings>).switcher}${this.#view === 'banner'
        ? this.#renderQuestion(title, local)
        : this.#renderConfirmation!(local.text, this.#confirmation, (this.#exceptions || undefined)?.objectedMessage, this.#openPreferences, this.#hide)}</div>
    </section>`;
  }

  #renderQuestion(title: string, { config, text }: { config: Localized<BannerStrings>['config']; text: BannerQuestionStrings }) {
    const optional = config.consent!.categories.filter((c) => !isRequired(c) && !runsBeforeChoice(config.exceptions, c)).map((c) => c.title);
    const exceptions = this.#exceptions || undefined;
    const noticeUrl = safeHref(config.consent!.noticeUrl);
    // The first layer shows only what the entry's guard checked, the UI strings (of which only
    // text is used) and this link. Anything left out is explained by the UI's gate, which loads
    // only then: a first visit with a sound config never downloads it.
    if (!this.#reported && ((config.consent!.noticeUrl !== undefined && !noticeUrl) || Object.values(config.consent!.text ?? {}).some((v) => typeof v !== 'string'))) {
      this.#reported = true;
      void import('../../config/renderable.js').then(({ renderableConfig }) => renderableConfig(config));
    }
    const link = noticeUrl ? html` <a part="notice-link" href=${noticeUrl}>${text.noticeLink}</a>` : nothing;
    // English here (other languages arrive pre-formatted by localize.ts). One paragraph with the
    // notice link, so the banner stays compact on a phone; the UK exception categories' words follow.
    return html`
      <h2 part="title">${title}</h2>
      <p>${text.bannerIntro}${optional.length ? ` ${formatText(text.bannerOptional, { categories: englishList(optional) })}` : ''}${link}</p>
      ${exceptions?.information}
      <div class="actions" part="buttons">
        <button type="button" class="button" part="button accept-button" @click=${() => this.#decide('accept-all')}>${text.acceptAll}</button>
        <button type="button" class="button" part="button reject-button" @click=${() => this.#decide('reject-all')}>${text.rejectAll}</button>
        ${exceptions?.objectButton((objection) => this.#decide('object', objection))}
        <button type="button" class="button" part="button preferences-button" @click=${this.#openPreferences}>
          ${text.managePreferences}
        </button>
      </div>
    `;
  }
}

/**
 * Joins English category titles: "a, b and c". By hand: a page's first Intl.ListFormat costs
 * 30-200 ms of main thread in Chromium (measured by npm run bench). Other languages arrive
 * pre-formatted by localize.ts, or with its `list`.
 */
function englishList(items: string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : items.join('');
}

declare global {
  interface HTMLElementTagNameMap {
    'cookie-consent': CookieConsentElement;
  }
}
