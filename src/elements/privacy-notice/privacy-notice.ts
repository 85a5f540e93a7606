import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import '../cookie-preferences/define.js';
import type { Category, Cookie, PrivacyConfig } from '../../core/config.js';
import { parseJson } from '../../core/findings.js';
import { childPath, didYouMean, type Finding } from '../../core/validate.js';
import { noticeEnGB } from '../../i18n/notice-en-GB.js';
import type { NoticeStrings } from '../../i18n/notice-strings.js';
import { formatText } from '../../i18n/strings.js';
import { chooseLanguage, formatDate, noticeStringsFor, translateConfig, visitorLanguage } from '../../i18n/languages.js';
import { buildAtAGlance } from '../../notice/at-a-glance.js';
import { checkNotice, reportNoticeFindings } from '../../notice/check-notice.js';
import { cookieSectionId } from '../../notice/cookie-section.js';
import { resolveGlossary } from '../../notice/glossary.js';
import { mailtoHref, safeHref, telHref } from '../../notice/links.js';
import type { ContactCard, Id, Notice, Section, ShowBlock } from '../../notice/model.js';
import { TextRenderer } from '../../notice/render-text.js';
import { allSections, hasBlock } from '../../notice/sections.js';
import { buttons, tokens } from '../shared-styles.js';
import { privacyNoticeStyles } from './privacy-notice.styles.js';

/** Fired when a second-layer section opens or closes. */
export class PrivacyNoticeToggleEvent extends CustomEvent<{ section: string; open: boolean }> {
  static readonly type = 'privacy-notice-toggle';
  constructor(section: string, open: boolean) {
    super(PrivacyNoticeToggleEvent.type, { bubbles: true, composed: true, detail: { section, open } });
  }
}

/** The config the page's drop-in script loaded, shared by every `<privacy-notice>` without its own. */
let pageConfig: { raw: unknown; source: string } | undefined;
const connected = new Set<PrivacyNoticeElement>();
/**
 * Each config object is checked once: the result is shared by every element that shows it (a
 * full notice and a just-in-time section on one page) and by every render, and problems are
 * reported once.
 */
const checked = new WeakMap<object, ReturnType<typeof checkNotice>>();

/** Gives every `<privacy-notice>` on the page the page's config (called by the drop-in script). */
export function setPageConfig(raw: unknown, source = '#privacy-consent-config'): void {
  pageConfig = { raw, source };
  for (const element of connected) element.requestUpdate();
}

/** The notice's wording for a language: British English, or another built-in language once loaded. */
function noticeStrings(lang: string, element: PrivacyNoticeElement): NoticeStrings | undefined {
  return noticeStringsFor(lang, noticeEnGB, () => element.requestUpdate());
}

interface Loaded {
  config: PrivacyConfig;
  notice: Notice;
}

const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);
const list = <T,>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]).filter((v) => v !== null && v !== undefined) : []);

/** A heading at `level` (clamped to 1–6): real `<h1>`…`<h6>` elements for screen reader navigation. */
function heading(level: number, id: string | typeof nothing, content: unknown, cls = ''): TemplateResult {
  switch (Math.min(6, Math.max(1, Math.round(level)))) {
    case 1: return html`<h1 id=${id} class=${cls}>${content}</h1>`;
    case 2: return html`<h2 id=${id} class=${cls}>${content}</h2>`;
    case 3: return html`<h3 id=${id} class=${cls}>${content}</h3>`;
    case 4: return html`<h4 id=${id} class=${cls}>${content}</h4>`;
    case 5: return html`<h5 id=${id} class=${cls}>${content}</h5>`;
    default: return html`<h6 id=${id} class=${cls}>${content}</h6>`;
  }
}

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
 * @csspart section-toggle - A section heading's open/close button.
 * @csspart section-body - A section's content.
 * @csspart contact-card - A contact card.
 * @csspart table - The scrollable region around a table.
 * @csspart note - A highlighted note.
 * @csspart cookies - The cookie list and choices.
 * @csspart footnotes - The list of footnotes.
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
  static override styles = [tokens, buttons, privacyNoticeStyles];
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

  #fetched: { src: string; raw: unknown } | undefined;
  #fetching: AbortController | undefined;
  #open = new Set<Id>();
  #initialised: Notice | undefined;
  #printing: Set<Id> | undefined;
  #pendingReveal: { id: string; focus: boolean } | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    connected.add(this);
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
    connected.delete(this);
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
    return pageConfig;
  }

  /** Checks the notice once per config object and reports problems in the console. */
  #load(): Loaded | undefined {
    const source = this.#source();
    if (!source || !isObject(source.raw)) return undefined;
    const base = source.raw as unknown as PrivacyConfig;
    // A config with `translations` is shown in the page's (or the visitor's chosen) language.
    const config = base.translations ? translateConfig(base, chooseLanguage(base, this, visitorLanguage(document)), this) : base;
    let result = checked.get(config);
    if (!result) {
      // A translated notice is reported where it is written: `$.translations.cy.notice`.
      const translated = Object.entries(base.translations ?? {}).find(([, t]) => config !== base && t?.notice === config.notice)?.[0];
      result = checkNotice(config, config.organisation?.id, translated ? `${childPath(childPath('$.translations', translated), 'notice')}` : '$.notice');
      checked.set(config, result);
      reportNoticeFindings(result.findings, source.source);
    }
    const { notice } = result;
    if (!notice) return undefined;
    return { config, notice };
  }

  override render() {
    const loaded = this.#load();
    if (!loaded) return nothing;
    const { config, notice } = loaded;
    const lang = (typeof notice.lang === 'string' && notice.lang) || config.lang || this.closest('[lang]')?.getAttribute('lang') || 'en-GB';
    const strings = noticeStrings(lang, this);
    if (!strings) return nothing;
    const sections = allSections(notice);
    // The cookie list and choices come from the notice's own config, else from the page's (whose
    // consent the page's banner and runtime use): a full notice on a page always shows the
    // choices, because the drop-in script does not show the banner there (showsCookieControls).
    const pageConsent = isObject(pageConfig?.raw) ? (pageConfig.raw as { consent?: unknown }).consent : undefined;
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
      const target = decodeURIComponent(location.hash.slice(1));
      if (target) this.#pendingReveal = { id: target, focus: false };
    }

    const ctx: RenderCtx = { config, notice, strings, lang, contacts, parties, footnotes, cookieId, consent, level: 0, renderer: undefined! };
    ctx.renderer = new TextRenderer({
      strings,
      glossary: resolveGlossary(notice, strings.glossary),
      sections: new Map(all.map((s) => [s.id, s] as const)),
      footnotes,
      contact: (id) => {
        const card = contacts.get(id) ?? (id === 'ico' ? strings.ico : undefined);
        return card ? this.#renderCard(card, ctx) : nothing;
      },
      show: (block) => this.#renderShow(block, ctx),
    });

    const base = this.headingLevel ?? (this.section ? 2 : 1);
    if (this.section) return this.#renderJustInTime(this.section, all, base, ctx);

    const allOpen = topLevel.every((s) => this.#isOpen(s.id));
    const summary = buildAtAGlance(notice, { strings, organisation: config.organisation, lang });
    const summaryLead = isObject(notice.summary) ? notice.summary.lead : undefined;
    return html`
      <article part="notice" lang=${lang} aria-labelledby="notice-title" @click=${this.#onClick}>
        <header part="header">
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
          ${topLevel.map((s) => this.#renderSection(s, base + 1, true, ctx))}
        </div>
        ${footnotes.size && !footnotesShown ? this.#renderFootnotes(ctx, base + 1) : nothing}
      </article>
    `;
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

  #renderSection(section: Section, level: number, collapsible: boolean, ctx: RenderCtx): TemplateResult {
    const id = String(section.id);
    const open = !collapsible || this.#isOpen(id);
    const toggle = html`<button type="button" class="section-toggle" part="button section-toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls="${id}-body" @click=${() => this.#toggle(id)}>${section.heading}<span class="chevron" aria-hidden="true"></span></button>`;
    const isCookies = id === ctx.cookieId;
    const showsCookies = hasBlock(section.blocks, (b) => 'show' in b && b.show === 'cookies');
    const subs = list<Section>(section.sub).filter(isObject);
    ctx.level = level;
    const body = html`
      ${ctx.renderer.blocks(section.blocks)}
      ${isCookies && !showsCookies ? this.#renderCookies(ctx, level + 1, list(section.blocks).length === 0) : nothing}
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
        <div id="${id}-body" class="section-body" part="section-body" hidden=${open ? nothing : 'until-found'} @beforematch=${() => this.#setOpen(id, true)}>
          ${body}
        </div>
      </section>
    `;
  }

  #renderJustInTime(id: string, sections: Section[], level: number, ctx: RenderCtx) {
    const section = sections.find((s) => s.id === id);
    if (!section) {
      console.error(`privacy-notice: section="${id}" is not a section of the notice${didYouMean(id, sections.map((s) => s.id))}`);
      return nothing;
    }
    const url = safeHref(this.noticeUrl || ctx.notice.url || ctx.consent?.noticeUrl);
    if (!url) console.warn(`privacy-notice: section="${id}" has no link to the full notice: set notice-url, or "url" in the notice`);
    return html`
      <section part="notice" class="just-in-time" lang=${ctx.lang} aria-labelledby="${id}-heading" @click=${this.#onClick}>
        ${heading(level, `${id}-heading`, section.heading, 'section-heading')}
        ${((ctx.level = level), ctx.renderer.blocks(section.blocks))}
        ${id === ctx.cookieId && !hasBlock(section.blocks, (b) => 'show' in b && b.show === 'cookies') ? this.#renderCookies(ctx, level + 1, list(section.blocks).length === 0) : nothing}
        ${list<Section>(section.sub).filter(isObject).map((s) => this.#renderSection(s, level + 1, false, ctx))}
        ${ctx.footnotes.size && this.#footnotesIn(section, ctx).length ? this.#renderFootnotes(ctx, level + 1, this.#footnotesIn(section, ctx)) : nothing}
        ${url ? html`<p class="full-notice" part="full-notice-link"><a href=${url}>${ctx.strings.readFullNotice}</a></p>` : nothing}
      </section>
    `;
  }

  /** Footnote ids referred to inside one section (for a just-in-time section's own notes). */
  #footnotesIn(section: Section, ctx: RenderCtx): Id[] {
    const text = JSON.stringify(section);
    return [...ctx.footnotes.keys()].filter((id) => text.includes(`"fn":${JSON.stringify(id)}`));
  }

  #renderFootnotes(ctx: RenderCtx, level: number, only?: Id[]) {
    const notes = [...ctx.footnotes.values()].filter((f) => !only || only.includes(f.id));
    return html`
      <section class="footnotes" part="footnotes" aria-labelledby="footnotes-heading">
        <div data-ui>${heading(level, 'footnotes-heading', ctx.strings.footnotes)}</div>
        ${this.#renderFootnoteList(notes, ctx)}
      </section>
    `;
  }

  #renderFootnoteList(notes: NonNullable<Notice['footnotes']>, ctx: RenderCtx) {
    return html`
      <ol class="footnote-list" role="list">
        ${notes.map(
          (f) => html`
            <li id=${TextRenderer.footnoteId(f.id)} tabindex="-1"><span class="fn-marker">${f.marker}</span><div class="fn-body">${ctx.renderer.blocks(f.body)}</div><a class="fn-back" data-ui href="#${TextRenderer.referenceId(f.id)}" aria-label=${formatText(ctx.strings.backToReference, { marker: f.marker })}>↩</a></li>
          `,
        )}
      </ol>
    `;
  }

  #renderShow(block: ShowBlock, ctx: RenderCtx): TemplateResult | typeof nothing {
    const { notice, strings, renderer } = ctx;
    const pick = <T extends { id?: string }>(items: unknown): T[] => {
      const all = list<T>(items).filter(isObject) as T[];
      const ids = Array.isArray(block.ids) ? block.ids : undefined;
      return ids ? ids.map((id) => all.find((x) => x.id === id)).filter((x): x is T => !!x) : all;
    };
    const partyName = (id: string) => ctx.parties.get(id)?.name ?? (id === ctx.config.organisation?.id ? ctx.config.organisation.name : id);
    switch (block.show) {
      case 'rights': {
        const rights = isObject(notice.rights) ? notice.rights : undefined;
        if (!rights) return nothing;
        const cards = list<string>(rights.contacts).map((id) => ctx.contacts.get(id) ?? (id === 'ico' ? strings.ico : undefined)).filter((c): c is ContactCard => !!c);
        return html`
          <ul class="rights">
            ${list<Notice['rights']['items'][number]>(rights.items).filter(isObject).map(
              (item) => html`
                <li data-right=${item.kind}><span class="right-label">${renderer.text(item.label)}</span> ${item.conditions ? html`<span class="right-conditions">${renderer.text(item.conditions)}</span>` : nothing}</li>
              `,
            )}
          </ul>
          ${rights.howTo ? html`<p>${renderer.text(rights.howTo)}</p>` : nothing}
          ${cards.map((card) => this.#renderCard(card, ctx))}
          ${rights.caveats ? html`<p>${renderer.text(rights.caveats)}</p>` : nothing}
        `;
      }
      case 'contacts':
        return html`${pick<ContactCard>(notice.contacts).map((card) => this.#renderCard(card, ctx))}`;
      case 'data':
        return html`<ul>
          ${pick<Notice['data'][number]>(notice.data).map(
            (d) => html`<li>${d.label}${d.examples?.length ? html`<span data-ui>: ${d.examples.join(', ')}</span>` : nothing}</li>
            `,
          )}
        </ul>`;
      case 'purposes':
        return html`<ul>
          ${pick<Notice['purposes'][number]>(notice.purposes).map((p) => html`<li>${p.label} ${p.text ? renderer.text(p.text) : nothing}</li>
            `)}
        </ul>`;
      case 'bases':
        return html`<ul>
          ${pick<Notice['bases'][number]>(notice.bases).map(
            (b) => html`<li>${b.label ? renderer.text(b.label) : html`<span data-ui>${strings.basisWords[b.art6] ?? b.art6}</span>`} ${b.legitimateInterest ? renderer.text(b.legitimateInterest) : nothing}</li>
            `,
          )}
        </ul>`;
      case 'sharing':
        return html`<ul>
          ${pick<Notice['sharing'][number]>(notice.sharing).map(
            (s) => html`<li><span class="label">${partyName(s.recipient)}</span> ${renderer.text(s.purpose)}</li>
            `,
          )}
        </ul>`;
      case 'retention':
        return html`<ul>
          ${pick<Notice['retention'][number]>(notice.retention).map(
            (r) => html`<li>${r.criteria ? renderer.text(r.criteria) : r.period ? html`<span data-ui>${strings.period(r.period.years ?? 0, r.period.months ?? 0)}, ${r.period.from}</span>` : nothing} ${r.disposal ? renderer.text(r.disposal) : nothing}</li>
            `,
          )}
        </ul>`;
      case 'cookies':
        return ctx.cookieId ? this.#renderCookies(ctx, ctx.level + 1, false) : notice.cookies?.policyUrl && safeHref(notice.cookies.policyUrl)
          ? html`<p data-ui><a href=${safeHref(notice.cookies.policyUrl)!}>${strings.cookiePolicy}</a></p>`
          : nothing;
      case 'footnotes':
        return this.#renderFootnoteList(pick<NonNullable<Notice['footnotes']>[number]>(notice.footnotes), ctx);
      default:
        return nothing;
    }
  }

  #renderCard(card: ContactCard, ctx: RenderCtx): TemplateResult {
    const { strings, renderer } = ctx;
    const title = card.roleLabel ?? strings.roles[card.role] ?? strings.roles.other;
    const org = card.org ? (ctx.parties.get(card.org)?.name ?? (card.org === ctx.config.organisation?.id ? ctx.config.organisation.name : undefined)) : undefined;
    const address = isObject(card.address) ? card.address : undefined;
    const label = (text: string) => html`<span class="card-label" data-ui>${text}: </span>`;
    return html`
      <div class="card" part="contact-card" data-role=${card.role}>
        <p class="card-title" ?data-ui=${!card.roleLabel}>${title}</p>
        ${card.person ? html`<p class="card-person">${card.person}</p>` : nothing}
        ${org ? html`<p class="card-org">${org}</p>` : nothing}
        ${card.purpose ? html`<p>${renderer.text(card.purpose)}</p>` : nothing}
        <ul class="card-lines" role="list">
          ${list<string>(card.emails).map((email) => {
            const href = mailtoHref(email);
            return html`<li>${label(strings.email)}${href ? html`<a href=${href}>${email}</a>` : email}</li>
            `;
          })}
          ${list<{ number: string; label?: string }>(card.phones).map(
            (phone) => html`<li>${label(strings.phone)}<a href=${telHref(String(phone.number))}>${phone.number}</a>${phone.label ? html` <span class="phone-label">${phone.label}</span>` : nothing}</li>
            `,
          )}
          ${list<{ href: string; text?: string }>(card.web).map((web) => {
            const href = safeHref(web.href);
            return html`<li>${label(strings.website)}${href ? html`<a href=${href}>${web.text ?? web.href}</a>` : (web.text ?? web.href)}</li>
            `;
          })}
          ${list<{ name: string; href?: string }>(card.forms).map((form) => {
            const href = safeHref(form.href);
            return html`<li>${label(strings.form)}${href ? html`<a href=${href}>${form.name}</a>` : form.name}</li>
            `;
          })}
        </ul>
        ${address
          ? html`<div class="card-address">${label(strings.address)}<address>
              ${[...list<string>(address.lines), ...(address.postcode ? [address.postcode] : [])].map((line, i) => html`${i ? html`<br />` : nothing}${line} `)}
            </address></div>`
          : nothing}
      </div>
    `;
  }

  /** The cookie list by category, from the config's `consent`, and the visitor's choices with controls to change them. */
  #renderCookies(ctx: RenderCtx, level: number, withIntro: boolean): TemplateResult {
    const { strings, consent, config } = ctx;
    const categories = list<Category>(consent?.categories).filter(isObject);
    const rows = (category: Category) => [
      ...list<Cookie>(category.cookies).map((cookie) => ({ cookie, provider: cookie.provider ?? config.organisation?.name ?? '' })),
      ...list<NonNullable<Category['services']>[number]>(category.services).flatMap((service) =>
        list<Cookie>(service.cookies).map((cookie) => ({ cookie, provider: cookie.provider ?? service.provider ?? service.name })),
      ),
    ];
    return html`
      <div class="cookies" part="cookies" data-ui>
        ${withIntro ? html`<p>${strings.cookiesIntro}</p>` : nothing}
        ${categories.map((category) => {
          const cookies = rows(category);
          const caption = formatText(strings.cookieTableCaption, { category: category.title });
          return cookies.length
            ? html`
                <div class="table-scroll" part="table" role="region" tabindex="0" aria-label=${caption}>
                  <table class="cookie-table">
                    <caption>${caption}</caption>
                    <thead><tr><th scope="col">${strings.cookieName}</th> <th scope="col">${strings.cookieProvider}</th> <th scope="col">${strings.cookiePurpose}</th> <th scope="col">${strings.cookieDuration}</th></tr></thead>
                    <tbody>
                      ${cookies.map(
                        ({ cookie, provider }) =>
                          html`<tr><td data-label=${strings.cookieName}><code>${cookie.name}</code></td> <td data-label=${strings.cookieProvider}>${provider}</td> <td data-label=${strings.cookiePurpose}>${cookie.purpose ?? ''}</td> <td data-label=${strings.cookieDuration}>${cookie.duration ?? ''}</td></tr>`,
                      )}
                    </tbody>
                  </table>
                </div>
              `
            : html`<p><strong>${category.title}</strong>: ${strings.noCookies}</p>`;
        })}
        ${heading(level, 'cookie-choices-heading', strings.yourCookieChoices)}
        <cookie-preferences heading-level=${Math.min(6, level + 1)}></cookie-preferences>
      </div>
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
    for (const s of sections) this.#setOpen(s.id, open);
  }

  /** Internal links (contents, first layer, cross-references, footnotes) add a history entry, so Back returns. */
  #onClick = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event.composedPath().find((n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement);
    const href = link?.getAttribute('href');
    if (!href?.startsWith('#')) return;
    const id = decodeURIComponent(href.slice(1));
    if (!this.renderRoot.querySelector(`[id="${CSS.escape(id)}"]`)) return;
    event.preventDefault();
    if (decodeURIComponent(location.hash.slice(1)) !== id) history.pushState(null, '', `#${encodeURIComponent(id)}`);
    void this.reveal(id);
  };

  #onLocationChange = () => {
    const id = decodeURIComponent(location.hash.slice(1));
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
   * reference), scrolls it into view and, by default, moves focus there.
   * Resolves `false` when the notice has no such element.
   */
  async reveal(id: string, focus = true): Promise<boolean> {
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
    target.scrollIntoView({ block: 'start', behavior: reduced ? 'auto' : 'smooth' });
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
    const pending = this.#pendingReveal;
    if (pending && this.renderRoot.querySelector('[part~="notice"]')) {
      this.#pendingReveal = undefined;
      void this.reveal(pending.id, pending.focus);
    }
  }
}

interface RenderCtx {
  config: PrivacyConfig;
  notice: Notice;
  strings: NoticeStrings;
  lang: string;
  contacts: Map<Id, ContactCard>;
  parties: Map<Id, Notice['parties'][number]>;
  footnotes: Map<Id, NonNullable<Notice['footnotes']>[number]>;
  cookieId: string | undefined;
  consent: PrivacyConfig['consent'];
  level: number;
  renderer: TextRenderer;
}

declare global {
  interface HTMLElementTagNameMap {
    'privacy-notice': PrivacyNoticeElement;
  }
  interface HTMLElementEventMap {
    'privacy-notice-toggle': PrivacyNoticeToggleEvent;
  }
}
