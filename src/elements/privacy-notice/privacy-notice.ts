import { LitElement, html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { PrivacyConfig } from '../../config/types.js';
import { ConfigRequestEvent } from '../../consent/config-request.js';
import type { Finding } from '../../config/validate.js';
import type { NoticeStrings, NoticeText } from '../../i18n/notice-strings.js';
import { formatText } from '../../i18n/strings.js';
import { chooseLanguage, formatDate, loadNoticeStrings, noticeStringsFor, pageLanguage, translateConfig, visitorLanguage } from '../../i18n/languages.js';
import { languageSwitch, switcherStyles } from '../localize.js';
import { buildAtAGlance } from '../../notice/at-a-glance.js';
import { guardNotice, noticePath, reportNoticeFindings, type GuardedNotice } from '../../notice/guard-notice.js';
import { cookieSectionId } from '../../notice/cookie-section.js';
import { resolveGlossary } from '../../notice/glossary.js';
import { safeHref } from '../../config/links.js';
import type { ContactCard, Id, Notice, Section } from '../../config/notice-model.js';
import { footnotesIn, heading, renderContactCard, renderCookies, renderFootnotes, renderGlossary, renderShow, type NoticeContext, type NoticeParts } from './render-facts.js';
import { TextRenderer } from './render-text.js';
import { allSections, hasBlock } from '../../notice/sections.js';
import { buttons, tokens } from '../shared-styles.js';
import { cookieTableStyles } from '../cookie-table.js';
import { privacyNoticeStyles } from './privacy-notice.styles.js';
import { StaticNotice } from './static-notice.js';
import { isLoopbackHost } from '../loopback-host.js';

/** Fired when a second-layer section opens or closes. */
export class PrivacyNoticeToggleEvent extends CustomEvent<{ section: string; open: boolean }> {
  static readonly type = 'privacy-notice-toggle';
  constructor(section: string, open: boolean) {
    super(PrivacyNoticeToggleEvent.type, { bubbles: true, composed: true, detail: { section, open } });
  }
}

/**
 * A memo, not state: each config object (never changed once read) is guarded once, and the result
 * shared by every element that shows it (a full notice and a just-in-time section on one page)
 * and by every render, so problems are reported once.
 */
const checked = new WeakMap<object, GuardedNotice>();

/** The notice's wording for a language (British English, or another built-in language), once loaded. */
function noticeStrings(lang: string, element: PrivacyNoticeElement): NoticeText | undefined {
  return noticeStringsFor(lang, () => element.requestUpdate());
}

/**
 * Whether a developer is looking: the page's drop-in script has `data-debug`, or the page is
 * served from this machine (as the banner decides for the config's full check). Only then does
 * the notice load its full check against the JSON Schema; visitors of a live site never do.
 */
function developerPage(): boolean {
  return !!document.querySelector('script[data-debug]') || isLoopbackHost(location.hostname);
}

/**
 * About how long one batch of sections may take to render over a static notice: a long task is
 * one over 50 ms, and a CPU four times slower than the machine the budget was judged on must
 * still stay under it (the estimate is from the previous batch, which includes the rest of the notice).
 */
const BATCH_MS = 12;

/** Lets the browser run input and rendering before the next piece of work (`scheduler.yield()` where there is one). */
function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

interface Loaded {
  config: PrivacyConfig;
  notice: Notice;
}

/**
 * The id a `#fragment` names. A malformed escape (`#%`, typed or linked by anyone) must not throw
 * and blank the notice: it is then taken as written.
 */
function fragmentId(hash: string): string {
  const raw = hash.replace(/^#/, '');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);
const list = <T,>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]).filter((v) => v !== null && v !== undefined) : []);

/**
 * A layered privacy notice rendered from the `notice` section of the site's JSON config.
 *
 * The first layer ("At a glance") is generated from the notice's structured facts; each item
 * links to the second-layer section that explains it. The second layer shows every section of
 * the organisation's own wording, in order, with a table of contents; sections open and close,
 * all open for printing, and the page address follows the reader (`#section-id`), so links to a
 * section work and the Back button returns to where the reader was. Defined terms open a
 * definition in place. When the config also has a `consent` section, the notice's cookies
 * section lists every cookie by category with the visitor's choices and controls to change them
 * (the page's banner is then not shown).
 *
 * With `section`, only that section is shown (a just-in-time notice beside a form), with a link
 * to the full notice.
 *
 * Text the element adds inside the second layer (contact card labels, footnote back links, the
 * cookie list) carries a `data-ui` attribute, so the organisation's own wording can be read apart
 * from it.
 *
 * HTML first: a page may carry the notice already rendered (`privacy-consent render`, a
 * declarative shadow root), readable before and without JavaScript. The element then keeps it on
 * screen until its own first render is complete (defined terms and cookie choices included), and
 * swaps the two in one frame: same geometry, same scroll position, the same sections open. When
 * the static notice was rendered from another version of the notice or config than the page's,
 * the config wins and the console says so once.
 *
 * On a live page the element checks only what it needs to render (`notice/guard-notice.ts`);
 * the full check against the JSON Schema runs when a developer looks (`data-debug` on the drop-in
 * script, or a page served from this machine), and in `privacy-consent check`.
 *
 * @attr src - URL of a JSON config to read the notice from, instead of the page's config.
 * @attr section - Show only the section with this id (just-in-time), with a link to the full notice.
 * @attr heading-level - Level of the notice's main heading (default 1; 2 with `section`); section headings are one level below.
 * @attr notice-url - Address of the full notice, for the just-in-time link. Defaults to the notice's `url`, then the consent section's `noticeUrl`.
 * @fires privacy-notice-toggle - When a section opens or closes; `detail` is `{ section, open }`.
 * @fires privacy-term-show - When a defined term's definition opens (from `<privacy-term>`).
 * @fires privacy-term-hide - When a defined term's definition closes.
 * @csspart notice - The whole notice (an `<article>`; a `<section>` with `section`).
 * @csspart header - Title, subtitle, version and date.
 * @csspart meta - The version and "last updated" line.
 * @csspart intro - The organisation's opening text, before the first layer.
 * @csspart summary - The first layer, "At a glance".
 * @csspart summary-item - One first-layer item.
 * @csspart badge - A label on a first-layer item ("Includes health information").
 * @csspart contents - The table of contents.
 * @csspart controls - The row holding the open/close-all button.
 * @csspart toggle-all - The button that opens or closes every section.
 * @csspart sections - The second layer.
 * @csspart section - One section.
 * @csspart section-toggle - A section heading's open/close button (in a static notice, a link to the section).
 * @csspart section-body - A section's content.
 * @csspart contact-card - A contact card.
 * @csspart table - The scrollable region around a table.
 * @csspart cookie-table - A table of cookies in the cookies section (the same as the preferences').
 * @csspart note - A highlighted note.
 * @csspart cookies - The cookie list and choices.
 * @csspart footnotes - The list of footnotes.
 * @csspart glossary - In a static notice, the definitions of its terms, shown when scripting is off.
 * @csspart full-notice-link - The just-in-time link to the full notice.
 * @csspart button - Every button.
 * @cssprop [--privacy-font=inherit] - Font family.
 * @cssprop [--privacy-color-text=#0b0c0c] - Text colour.
 * @cssprop [--privacy-color-muted=#484949] - Secondary text (version, date).
 * @cssprop [--privacy-color-surface=#ffffff] - Background of cards and definitions.
 * @cssprop [--privacy-color-border=#6f777b] - Rules, card and table borders.
 * @cssprop [--privacy-accent=#005eb8] - Links, buttons and the open-section marker.
 * @cssprop [--privacy-accent-text=#ffffff] - Text on accent-coloured buttons.
 * @cssprop [--privacy-focus-color=#ffdd00] - Focus highlight.
 * @cssprop [--privacy-focus-text=#0b0c0c] - Text on the focus highlight.
 * @cssprop [--privacy-radius=4px] - Corner radius of cards, notes and buttons.
 * @cssprop [--privacy-space=1rem] - Base spacing.
 * @cssprop [--privacy-notice-max-width=44rem] - Widest line length of the notice's text.
 * @cssprop [--privacy-notice-card-background=transparent] - Background of contact cards and the first layer.
 */
export class PrivacyNoticeElement extends LitElement {
  static override styles = [tokens, buttons, privacyNoticeStyles, cookieTableStyles, switcherStyles];
  static override properties = {
    src: { type: String },
    section: { type: String },
    headingLevel: { type: Number, attribute: 'heading-level' },
    noticeUrl: { type: String, attribute: 'notice-url' },
    config: { attribute: false },
  };

  /** URL of a JSON config to read the notice from, instead of the page's config. */
  src: string | undefined;
  /** Show only this section (a just-in-time notice). */
  section: string | undefined;
  /** Level of the main heading; default 1 (2 for a just-in-time section). */
  headingLevel: number | undefined;
  /** Address of the full notice, for the just-in-time link. */
  noticeUrl: string | undefined;
  /** The config object, instead of `src` or the page's config. */
  config: PrivacyConfig | undefined;

  /** The config the page's drop-in script read, once it has answered (see `connectedCallback`). */
  #pageConfig: { raw: unknown; source: string } | undefined;
  #fetched: { src: string; raw: unknown } | undefined;
  #fetching: AbortController | undefined;
  #open = new Set<Id>();
  /**
   * Sections opened by "open all": their bodies are laid out only when near the viewport
   * (`content-visibility: auto`, see the styles). Opening 200 sections at once otherwise lays out
   * every one of them (and a long cookie table after them) in the click's frame: ≈ 60–170 ms of
   * layout in a Chromium trace of the bench's 200-section notice, against < 1 ms this way.
   */
  #openedTogether = new Set<Id>();
  #initialised: Notice | undefined;
  #printing: Set<Id> | undefined;
  #pendingReveal: { id: string; focus: boolean; scroll: boolean } | undefined;
  /** What the last render used that loads on demand: definitions of terms, the cookie choices. */
  #parts: NoticeParts = { terms: new Map(), preferences: false };
  /** The notice as the page was sent (`privacy-consent render`), until this element's render replaces it. */
  #static: StaticNotice | undefined;
  /**
   * Over a static notice, how many top-level sections the element renders so far: it renders
   * them a few at a time, one task each, while the static notice stays on screen, so the take-over
   * is no long task (over 50 ms, which delays the visitor's input: web.dev/articles/optimize-long-tasks).
   * Without a static notice, everything renders at once (the visitor is waiting for the text).
   */
  #shown = Infinity;
  /** Over a static notice: sections still to render after this render, when it started, how many it added. */
  #batch = { pending: 0, started: 0, added: 0 };
  #shownBefore = 0;
  #batching = false;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    // A declarative shadow root holds the static notice: ReactiveElement keeps it (it attaches a
    // new root only when there is none), and this element renders beside it until the swap.
    const declarative = this.shadowRoot?.hasChildNodes() ? StaticNotice.from(this) : undefined;
    const root = super.createRenderRoot();
    if (declarative) {
      this.#static = declarative;
      // Render after the static nodes, not before the first of them (LitElement's default): they
      // are removed at the swap, and the render's end marker must not go with them.
      this.renderOptions.renderBefore = null;
    }
    return root;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The notice's wording loads while the config does: the nearest language is almost always it.
    void loadNoticeStrings(pageLanguage(this) ?? 'en-GB');
    // Without its own `src` or `config`, the notice shows the config the page's drop-in script read.
    this.dispatchEvent(new ConfigRequestEvent((loaded) => {
      this.#pageConfig = { raw: loaded.raw, source: loaded.source };
      this.requestUpdate();
    }));
    window.addEventListener('hashchange', this.#onLocationChange);
    window.addEventListener('popstate', this.#onLocationChange);
    window.addEventListener('beforeprint', this.#onBeforePrint);
    window.addEventListener('afterprint', this.#onAfterPrint);
    // The visitor switched the banner's language: a bilingual notice follows.
    document.addEventListener('privacy-language-change', this.#onLanguageChange);
  }

  #onLanguageChange = () => this.requestUpdate();

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#onLocationChange);
    window.removeEventListener('popstate', this.#onLocationChange);
    window.removeEventListener('beforeprint', this.#onBeforePrint);
    window.removeEventListener('afterprint', this.#onAfterPrint);
    document.removeEventListener('privacy-language-change', this.#onLanguageChange);
    this.#fetching?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') && this.src && this.#fetched?.src !== this.src && !this.config) void this.#fetch(this.src);
  }

  async #fetch(src: string): Promise<void> {
    this.#fetching?.abort();
    const controller = (this.#fetching = new AbortController());
    const findings: Finding[] = [];
    let text: string | undefined;
    try {
      const response = await fetch(new URL(src, document.baseURI).href, { credentials: 'same-origin', signal: controller.signal });
      if (response.ok) text = await response.text();
      else findings.push({ path: '$', severity: 'error', message: `could not load the config from ${src}: HTTP ${response.status}` });
    } catch (error) {
      if (controller.signal.aborted) return;
      findings.push({ path: '$', severity: 'error', message: `could not load the config from ${src}: ${(error as Error).message}` });
    }
    if (controller.signal.aborted) return;
    let raw: unknown;
    if (text !== undefined) {
      // Line and column of a JSON error: loaded only for a config read from `src`.
      const { parseJson } = await import('../../config/findings.js');
      if (controller.signal.aborted) return;
      const parsed = parseJson(text, src);
      raw = parsed.value;
      findings.push(...parsed.findings);
    }
    if (findings.length) reportNoticeFindings(findings, src);
    this.#fetched = { src, raw: raw ?? null };
    this.requestUpdate();
  }

  /** The raw config this element shows, and where it came from. */
  #source(): { raw: unknown; source: string } | undefined {
    if (this.config) return { raw: this.config, source: 'the config property' };
    if (this.src) return this.#fetched?.src === this.src ? { raw: this.#fetched.raw, source: this.src } : undefined;
    return this.#pageConfig;
  }

  /** Guards the notice once per config object and reports what it leaves out in the console. */
  #load(): Loaded | undefined {
    const source = this.#source();
    if (!source || !isObject(source.raw)) return undefined;
    const base = source.raw as unknown as PrivacyConfig;
    // A config with `translations` is shown in the page's (or the visitor's chosen) language.
    const config = base.translations ? translateConfig(base, chooseLanguage(base, this, isServer ? undefined : visitorLanguage(document)), this) : base;
    let result = checked.get(config);
    if (!result) {
      // A translated notice is reported where it is written: `$.translations.cy.notice`.
      const translated = Object.entries(base.translations ?? {}).find(([, t]) => config !== base && t?.notice === config.notice)?.[0];
      const path = noticePath(translated);
      result = guardNotice(config, path);
      checked.set(config, result);
      // The server render (`src/render/`) runs the full check itself before it renders anything.
      if (!isServer) this.#report(config, result, path, source.source);
    }
    const { notice } = result;
    if (!notice) return undefined;
    return { config, notice };
  }

  /**
   * Reports what the guard left out; for a developer, the full check instead (loaded on demand:
   * the schema and the reference checks are 7 KB gzip a visitor never needs).
   */
  #report(config: PrivacyConfig, guarded: GuardedNotice, path: string, source: string): void {
    if (!developerPage()) {
      reportNoticeFindings(guarded.findings, source, '\nAdd data-debug to the privacy-consent script tag, or run `npx privacy-consent check`, to see every problem.');
      return;
    }
    void import('../../notice/check-notice.js').then(
      ({ checkNotice }) => reportNoticeFindings(checkNotice(config, config.organisation?.id, path).findings, source),
      () => reportNoticeFindings(guarded.findings, source),
    );
  }

  override render() {
    this.#batch = { pending: 0, started: performance.now(), added: 0 };
    const loaded = this.#load();
    if (!loaded) return nothing;
    const { config, notice } = loaded;
    const lang = (typeof notice.lang === 'string' && notice.lang) || config.lang || pageLanguage(this) || 'en-GB';
    const strings = noticeStrings(lang, this);
    if (!strings) return nothing;
    const sections = allSections(notice);
    // The cookie list and choices come from the notice's own config, else from the page's (whose
    // consent the page's banner and runtime use): a full notice on a page always shows the
    // choices, because the drop-in script does not show the banner there (showsCookieControls).
    const pageConsent = isObject(this.#pageConfig?.raw) ? (this.#pageConfig.raw as { consent?: unknown }).consent : undefined;
    const consentOf = (value: unknown) => (isObject(value) && Array.isArray(value.categories) ? (value as unknown as PrivacyConfig['consent']) : undefined);
    const consent = consentOf(config.consent) ?? consentOf(pageConsent);
    const cookieId = consent ? cookieSectionId(notice) : undefined;
    const addCookies = !!cookieId && !sections.some((s) => s.id === cookieId);
    const cookiesSection: Section | undefined = addCookies ? { id: cookieId!, heading: strings.cookiesHeading, topic: 'cookies', blocks: [] } : undefined;
    const topLevel = [...list<Section>(notice.sections).filter(isObject), ...(cookiesSection ? [cookiesSection] : [])];
    const all = cookiesSection ? [...sections, cookiesSection] : sections;
    const footnotes = new Map(list<NonNullable<Notice['footnotes']>[number]>(notice.footnotes).filter((f) => isObject(f) && typeof f.id === 'string').map((f) => [f.id, f] as const));
    const contacts = new Map(list<ContactCard>(notice.contacts).filter(isObject).map((c) => [c.id, c] as const));
    const parties = new Map(list<Notice['parties'][number]>(notice.parties).filter(isObject).map((p) => [p.id, p] as const));
    const footnotesShown = [notice.intro, ...sections.map((s) => s.blocks)].some((blocks) => hasBlock(blocks, (b) => 'show' in b && b.show === 'footnotes'));

    if (this.#initialised !== notice) {
      // First render of this notice: the cookie choices start open (they replace the banner here).
      this.#initialised = notice;
      this.#open = new Set(cookieId ? [cookieId] : []);
      this.#openedTogether = new Set();
      const target = isServer ? '' : fragmentId(location.hash);
      // Over a static notice, once the page has loaded the browser has scrolled to the address's
      // section and opened it (`hidden="until-found"`): the element keeps the visitor where they
      // are, even if they have scrolled since. Before that, it does what the browser was to do.
      if (target) this.#pendingReveal = { id: target, focus: false, scroll: !this.#static || document.readyState !== 'complete' };
      if (this.#static) this.#static.compareVersions(config, notice);
      // Over a static notice, the first pass only reads and checks the notice; the second renders
      // the notice around its sections; then the sections follow, a batch at a time.
      if (this.#static) [this.#shown, this.#shownBefore] = [-1, 0];
    }
    // Over a static notice, the sections open there are the ones open here: the swap changes nothing.
    if (this.#static) this.#open = this.#static.openSections();

    const parts: NoticeParts = (this.#parts = { terms: new Map(), preferences: false });
    // The UK exceptions opt-in of the config the cookie list comes from (issue 14).
    const exceptions = (consentOf(config.consent) ? config : (this.#pageConfig?.raw as PrivacyConfig | undefined))?.exceptions;
    const ctx: NoticeContext = { config, notice, strings, lang, contacts, parties, footnotes, cookieId, consent, exceptions, level: 0, renderer: undefined!, parts };
    ctx.renderer = new TextRenderer({
      strings,
      glossary: resolveGlossary(notice, strings.glossary),
      sections: new Map(all.map((s) => [s.id, s] as const)),
      footnotes,
      usedTerm: (term) => void parts.terms.set(term.id, term),
      contact: (id) => {
        const card = contacts.get(id) ?? (id === 'ico' ? strings.ico : undefined);
        return card ? renderContactCard(card, ctx) : nothing;
      },
      show: (block) => renderShow(block, ctx),
    });

    const base = this.headingLevel ?? (this.section ? 2 : 1);
    if (this.section) return this.#renderJustInTime(this.section, all, base, ctx);
    if (this.#static && this.#shown < 0) {
      this.#batch.pending = topLevel.length + 1;
      return nothing;
    }

    const allOpen = topLevel.every((s) => this.#isOpen(s.id));
    const summary = buildAtAGlance(notice, { strings, organisation: config.organisation, lang });
    const summaryLead = isObject(notice.summary) ? notice.summary.lead : undefined;
    return html`
      <article part="notice" lang=${lang} aria-labelledby="notice-title" @click=${this.#onClick}>
        <header part="header">
          ${config.translations ? languageSwitch(this, config, lang) : nothing}
          ${heading(base, 'notice-title', notice.title, 'title')}
          ${notice.subtitle ? html`<p class="subtitle">${notice.subtitle}</p>` : nothing}
          ${this.#renderMeta(notice, strings, lang)}
        </header>
        ${list(notice.intro).length ? html`<div class="intro" part="intro">${ctx.renderer.blocks(notice.intro)}</div>` : nothing}
        <section class="summary" part="summary" aria-labelledby="summary-heading">
          ${heading(base + 1, 'summary-heading', strings.atAGlance)}
          ${summaryLead ? html`<p class="lead">${ctx.renderer.text(summaryLead)}</p>` : nothing}
          <ul class="glance" role="list">
            ${summary.map(
              (item) => html`
                <li part="summary-item" data-kind=${item.kind}>
                  ${heading(base + 2, nothing, item.heading, 'glance-heading')}
                  <p>${ctx.renderer.text(item.text)}</p>
                  ${item.badges.length ? html`<p class="badges">${item.badges.map((b) => html`<span class="badge" part="badge">${b}</span> `)}</p>` : nothing}
                  ${item.at ? html`<p class="more"><a href="#${item.at}">${item.linkText}</a></p>` : nothing}
                </li>
              `,
            )}
          </ul>
        </section>
        <nav class="contents" part="contents" aria-labelledby="contents-heading">
          ${heading(base + 1, 'contents-heading', strings.contents)}
          ${this.#renderContents(topLevel)}
        </nav>
        <div class="controls" part="controls">
          <button type="button" class="toggle-all" part="button toggle-all" aria-expanded=${allOpen ? 'true' : 'false'} @click=${() => this.#setAll(topLevel, !allOpen)}>
            ${allOpen ? strings.closeAll : strings.openAll}
          </button>
        </div>
        <div class="sections" part="sections">
          ${this.#batchOf(topLevel).map((s) => this.#renderSection(s, base + 1, true, ctx))}
        </div>
        ${footnotes.size && !footnotesShown ? renderFootnotes(ctx, base + 1) : nothing}
        ${isServer ? renderGlossary(ctx, base + 1) : nothing}
      </article>
    `;
  }

  /** The top-level sections this render shows: all of them, or over a static notice the next batch. */
  #batchOf(sections: Section[]): Section[] {
    if (!this.#static) return sections;
    const shown = sections.slice(0, Math.max(0, this.#shown));
    this.#batch = { ...this.#batch, pending: sections.length - shown.length, added: shown.length - this.#shownBefore };
    this.#shownBefore = shown.length;
    return shown;
  }

  /**
   * After a partial render over a static notice: yields to the browser (input, paint), then renders
   * as many more sections as fit in about {@link BATCH_MS}, judged by this render's time.
   */
  #renderNextBatch(): void {
    if (this.#batching) return;
    this.#batching = true;
    // The cost of a section, over-estimated: the whole render's time (the rest of the notice too) over the sections it added.
    const { started, added } = this.#batch;
    const next = added ? Math.max(1, Math.floor((BATCH_MS * added) / Math.max(performance.now() - started, 1))) : 1;
    void yieldToBrowser().then(() => {
      this.#batching = false;
      this.#shown = this.#shown < 0 ? 0 : this.#shownBefore + next;
      this.requestUpdate();
    });
  }

  #renderMeta(notice: Notice, strings: NoticeStrings, lang: string) {
    const date = typeof notice.lastUpdated === 'string' ? notice.lastUpdated : undefined;
    let formatted = date;
    if (date && /^\d{4}-\d{2}-\d{2}/.test(date)) {
      const time = Date.parse(date.slice(0, 10));
      if (!Number.isNaN(time)) formatted = formatDate(lang, time);
    }
    const [before, after] = strings.lastUpdated.split('{date}');
    return html`<p class="meta" part="meta">
      <span class="version">${formatText(strings.version, { version: String(notice.version ?? '') })}</span>
      ${date ? html`<span class="updated">${before}<time datetime=${date}>${formatted}</time>${after}</span>` : nothing}
    </p>`;
  }

  #renderContents(sections: Section[]): TemplateResult {
    return html`<ol>
      ${sections.map(
        (s) => html`<li>
          <a href="#${s.id}">${s.heading}</a>
          ${list<Section>(s.sub).length ? this.#renderContents(list<Section>(s.sub).filter(isObject)) : nothing}
        </li>`,
      )}
    </ol>`;
  }

  #renderSection(section: Section, level: number, collapsible: boolean, ctx: NoticeContext): TemplateResult {
    const id = String(section.id);
    const open = !collapsible || this.#isOpen(id);
    // Rendered on the server (`privacy-consent render`), the heading is a link to its own section:
    // without JavaScript it still opens it (`hidden="until-found"` reveals a fragment's target)
    // where a button would do nothing. It looks the same as the button that replaces it.
    const toggle = isServer
      ? html`<a href="#${id}" class="section-toggle" part="section-toggle">${section.heading}<span class="chevron" aria-hidden="true"></span></a>`
      : html`<button type="button" class="section-toggle" part="button section-toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls="${id}-body" @click=${() => this.#toggle(id)}>${section.heading}<span class="chevron" aria-hidden="true"></span></button>`;
    const isCookies = id === ctx.cookieId;
    const showsCookies = hasBlock(section.blocks, (b) => 'show' in b && b.show === 'cookies');
    const subs = list<Section>(section.sub).filter(isObject);
    ctx.level = level;
    const body = html`
      ${ctx.renderer.blocks(section.blocks)}
      ${isCookies && !showsCookies ? renderCookies(ctx, level + 1, list(section.blocks).length === 0) : nothing}
      ${subs.map((s) => this.#renderSection(s, level + 1, false, ctx))}
    `;
    if (!collapsible) {
      return html`
        <section id=${id} class="subsection" part="section" aria-labelledby="${id}-heading">
          ${heading(level, `${id}-heading`, section.heading, 'section-heading')}
          ${body}
        </section>
      `;
    }
    return html`
      <section id=${id} class="section" part="section" aria-labelledby="${id}-heading">
        ${heading(level, `${id}-heading`, toggle, 'section-heading')}
        <div id="${id}-body" class=${this.#openedTogether.has(id) ? 'section-body together' : 'section-body'} part="section-body" hidden=${open ? nothing : 'until-found'} @beforematch=${() => this.#setOpen(id, true)}>
          ${body}
        </div>
      </section>
    `;
  }

  #renderJustInTime(id: string, sections: Section[], level: number, ctx: NoticeContext) {
    const section = sections.find((s) => s.id === id);
    if (!section) {
      const ids = sections.map((s) => s.id);
      // The suggestion comes from the schema interpreter, loaded only for this mistake.
      void import('../../config/validate.js').then(({ didYouMean }) => console.error(`privacy-notice: section="${id}" is not a section of the notice${didYouMean(id, ids)}`));
      return nothing;
    }
    const url = safeHref(this.noticeUrl || ctx.notice.url || ctx.consent?.noticeUrl);
    if (!url) console.warn(`privacy-notice: section="${id}" has no link to the full notice: set notice-url, or "url" in the notice`);
    return html`
      <section part="notice" class="just-in-time" lang=${ctx.lang} aria-labelledby="${id}-heading" @click=${this.#onClick}>
        ${heading(level, `${id}-heading`, section.heading, 'section-heading')}
        ${((ctx.level = level), ctx.renderer.blocks(section.blocks))}
        ${id === ctx.cookieId && !hasBlock(section.blocks, (b) => 'show' in b && b.show === 'cookies') ? renderCookies(ctx, level + 1, list(section.blocks).length === 0) : nothing}
        ${list<Section>(section.sub).filter(isObject).map((s) => this.#renderSection(s, level + 1, false, ctx))}
        ${ctx.footnotes.size && footnotesIn(section, ctx).length ? renderFootnotes(ctx, level + 1, footnotesIn(section, ctx)) : nothing}
        ${isServer ? renderGlossary(ctx, level + 1) : nothing}
        ${url ? html`<p class="full-notice" part="full-notice-link"><a href=${url}>${ctx.strings.readFullNotice}</a></p>` : nothing}
      </section>
    `;
  }

  #isOpen(id: Id): boolean {
    return this.#printing !== undefined || this.#open.has(id);
  }

  #setOpen(id: Id, open: boolean): void {
    if (this.#open.has(id) === open) return;
    if (open) this.#open.add(id);
    else this.#open.delete(id);
    this.requestUpdate();
    this.dispatchEvent(new PrivacyNoticeToggleEvent(id, open));
  }

  #toggle(id: Id): void {
    const open = !this.#open.has(id);
    this.#setOpen(id, open);
    // The address follows the reader without adding history entries for every toggle.
    if (open) history.replaceState(history.state, '', `#${encodeURIComponent(id)}`);
  }

  #setAll(sections: Section[], open: boolean): void {
    for (const s of sections) {
      if (open && !this.#open.has(s.id)) this.#openedTogether.add(s.id);
      this.#setOpen(s.id, open);
    }
  }

  /** Internal links (contents, first layer, cross-references, footnotes) add a history entry, so Back returns. */
  #onClick = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event.composedPath().find((n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement);
    const href = link?.getAttribute('href');
    if (!href?.startsWith('#')) return;
    const id = fragmentId(href);
    if (!this.renderRoot.querySelector(`[id="${CSS.escape(id)}"]`)) return;
    event.preventDefault();
    if (fragmentId(location.hash) !== id) history.pushState(null, '', `#${encodeURIComponent(id)}`);
    void this.reveal(id);
  };

  #onLocationChange = () => {
    const id = fragmentId(location.hash);
    if (id && !this.section) void this.reveal(id, true);
  };

  #onBeforePrint = () => {
    this.#printing = new Set(this.#open);
    this.requestUpdate();
    // Print starts synchronously after this event: render now, not at the next microtask.
    this.performUpdate();
  };

  #onAfterPrint = () => {
    this.#printing = undefined;
    this.requestUpdate();
  };

  /**
   * Opens the section holding the element with `id` (a section, a footnote, a footnote
   * reference), scrolls it into view (unless `scroll` is false) and, by default, moves focus
   * there. Resolves `false` when the notice has no such element.
   */
  async reveal(id: string, focus = true, scroll = true): Promise<boolean> {
    await this.updateComplete;
    const root = this.renderRoot as ShadowRoot;
    let target = root.getElementById(id);
    if (!target) return false;
    for (let node: Element | null = target; node; node = node.parentElement) {
      if (node.classList.contains('section') && node.id) this.#setOpen(node.id, true);
    }
    await this.updateComplete;
    target = root.getElementById(id) ?? target;
    const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
    if (scroll) target.scrollIntoView({ block: 'start', behavior: reduced ? 'auto' : 'smooth' });
    if (focus) {
      const toggle = target.matches('section')
        ? (target.querySelector<HTMLElement>(':scope > .section-heading > .section-toggle') ?? target.querySelector<HTMLElement>(':scope > .section-heading'))
        : null;
      const focusable = toggle ?? target;
      if (!focusable.matches('button, a[href]')) focusable.setAttribute('tabindex', '-1');
      focusable.focus({ preventScroll: true });
    }
    return true;
  }

  protected override updated(): void {
    // Parts that load on demand, once this notice uses them.
    if (this.#parts.terms.size && !customElements.get('privacy-term')) void import('../privacy-term/define.js');
    if (this.#parts.preferences && !customElements.get('cookie-preferences')) void import('../cookie-preferences/define.js');
    if (this.#static) {
      const partial = this.#batch.pending > 0;
      if (!this.#static.swap(() => this.requestUpdate(), partial)) {
        if (partial) this.#renderNextBatch();
        return;
      }
      this.#static = undefined;
    }
    const pending = this.#pendingReveal;
    if (pending && this.renderRoot.querySelector('[part~="notice"]')) {
      this.#pendingReveal = undefined;
      void this.reveal(pending.id, pending.focus, pending.scroll);
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'privacy-notice': PrivacyNoticeElement;
  }
  interface HTMLElementEventMap {
    'privacy-notice-toggle': PrivacyNoticeToggleEvent;
  }
}
