import { html, nothing, type TemplateResult } from 'lit-html';
import type { PrivacyConfig } from '../config/types.js';
import { sheet } from './style-sheet.js';
import {
  builtInLanguage,
  chooseLanguage,
  configLanguages,
  formatList,
  languageName,
  loadNoticeStrings,
  pageLanguage,
  primaryLanguage,
  setVisitorLanguage,
  translateConfig,
  translationTag,
  visitorLanguage,
} from '../i18n/languages.js';
import { honestStrings } from '../i18n/honest-strings.js';
import { renderableConfig } from '../config/renderable.js';
import { childPath } from '../config/json-path.js';
import { formatText } from '../i18n/strings.js';
import type { BannerStrings, PreferencesStrings } from '../config/ui-text.js';
import { runsBeforeChoice } from '../consent/consent-record.js';

/**
 * The banner's and dialog's wording in the language they are shown in. Loaded only when a page
 * needs more than British English with the built-in Accept and Reject: a config with
 * `translations`, a page or config in another language, or a config that rewords Accept or Reject
 * (checked against the reject rule here, `honestStrings`). The usual English first visit never
 * downloads it.
 */
export interface Localized<T> {
  /** The language shown, as a BCP 47 tag; set as `lang` on the rendered region. */
  lang: string;
  /** The config with that language's translation applied, and `lang` set to the language shown. */
  config: PrivacyConfig;
  /**
   * Built-in strings in that language, then the config's overrides for it. `bannerOptional` comes
   * with its `{categories}` already filled, joined with that language's "and" (`formatList`).
   */
  text: T;
  /** Joins phrases with that language's "and". */
  list: (items: string[]) => string;
  /** Buttons that switch to the config's other languages ("Cymraeg", "English"), or nothing. */
  switcher: TemplateResult | typeof nothing;
}

/** Fired on `document` when the visitor switches the widget's language; `detail.lang` is the new tag. */
export class PrivacyLanguageChangeEvent extends CustomEvent<{ lang: string }> {
  static readonly type = 'privacy-language-change';
  constructor(lang: string) {
    super(PrivacyLanguageChangeEvent.type, { bubbles: true, detail: { lang } });
  }
}

/** An element whose wording `localize` sets: the banner or the cookie preferences. */
export interface LocalizedHost<T> extends HTMLElement {
  /** The wording shown; 0 while it loads. */
  localized?: Localized<T> | 0;
  /** Renders again. */
  requestUpdate(): void;
}

/**
 * Works out the language for `host`, loads its built-in strings when they are not `english`,
 * sets `host.localized` and re-renders it; again whenever the visitor picks another language
 * (`privacy-language-change` on the document), as long as `host` is connected.
 * `part` says which strings the element shows (the dialog shows the banner's buttons too).
 */
export async function localize<T extends BannerStrings | (BannerStrings & PreferencesStrings)>(
  host: LocalizedHost<T>,
  config: PrivacyConfig,
  english: T,
  part: 'banner' | 'preferences',
  withSwitcher = true,
): Promise<void> {
  // Through the UI's gate first: a `lang` or a translation of the wrong type is left out, never thrown on.
  config = renderableConfig(config);
  const apply = async () => {
    const lang = chooseLanguage(config, host, visitorLanguage(host.ownerDocument) ?? pageLanguage(host));
    const shown = { ...translateConfig(config, lang, host), lang };
    const builtIn = builtInLanguage(lang);
    let strings = english;
    try {
      if (builtIn) strings = (part === 'banner' ? await builtIn.banner() : { ...(await builtIn.banner()), ...(await builtIn.preferences()) }) as T;
    } catch {
      // A strings file that fails to load must not hide the choice: ask in English rather than not at all.
    }
    // The wording's own language decides which overrides apply, and where they are in the config.
    const tag = shown === config ? undefined : translationTag(config, lang);
    const path = tag === undefined ? '$.consent.text' : `${childPath(childPath('$.translations', tag), 'consent')}.text`;
    const text: T = honestStrings(strings, shown.consent?.text, tag ?? config.lang, path);
    // The question is about the categories that need consent; UK exception categories are told apart (issue 14).
    const optional = shown.consent?.categories.filter((c) => !c.required && !runsBeforeChoice(shown.exceptions, c)).map((c) => c.title) ?? [];
    text.bannerOptional = formatText(text.bannerOptional, { categories: formatList(lang, optional) });
    host.localized = {
      lang,
      config: shown,
      text,
      list: (items) => formatList(lang, items),
      switcher: withSwitcher ? languageSwitch(host, config, lang) : nothing,
    };
    host.requestUpdate();
  };
  // Localized again whenever the visitor picks another language, for as long as it is on the page.
  const doc = host.ownerDocument;
  const changed = () => (host.isConnected ? void apply() : doc.removeEventListener(PrivacyLanguageChangeEvent.type, changed));
  doc.addEventListener(PrivacyLanguageChangeEvent.type, changed);
  await apply();
}

/**
 * Buttons that switch the widget to each of the config's other languages, each named in its own
 * language and marked with it ("Cymraeg" with `lang="cy"`); nothing for a single-language config.
 * Adopts its styles into `host`'s shadow root.
 */
export function languageSwitch(host: Element, config: PrivacyConfig, lang: string): TemplateResult | typeof nothing {
  const others = configLanguages(config, host).filter((tag) => primaryLanguage(tag) !== primaryLanguage(lang));
  if (!others.length) return nothing;
  const root = host.shadowRoot;
  if (root && !root.adoptedStyleSheets.includes(switcherStyles)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, switcherStyles];
  return html`<div class="languages" part="languages">
    ${others.map(
      (tag) => html`<button type="button" class="language" part="language-button" lang=${tag} @click=${() => void switchLanguage(host.ownerDocument, tag)}>
        ${languageName(tag)}
      </button>`,
    )}
  </div>`;
}

/**
 * Shows the widget in `lang` on this page: every banner, dialog and cookie list re-renders in it,
 * then `privacy-language-change` is fired on the document so the site (or a notice) can follow.
 */
export async function switchLanguage(document: Document, lang: string): Promise<void> {
  // A notice on the page re-renders in the new language: have its strings ready first, so it
  // never goes blank and the switch keeps focus.
  if (document.querySelector('privacy-notice')) await loadNoticeStrings(lang);
  setVisitorLanguage(document, lang);
  // Every banner, dialog and notice listens for this and shows itself again in `lang`.
  document.dispatchEvent(new PrivacyLanguageChangeEvent(lang));
}

/**
 * The language switch: a text button at the inline end, at least 44 px high for touch (WCAG 2.5.8).
 * Adopted by `languageSwitch`; the notice lists it in its own styles, so a server-rendered notice
 * (which has no shadow root to adopt into yet) carries it too.
 */
export const switcherStyles = sheet`
  .languages {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.5em;
    margin-block-end: 0.25em;
  }
  .language {
    font: inherit;
    min-height: 44px;
    min-width: 44px;
    padding: 0 0.5em;
    border: 0;
    border-radius: var(--_radius);
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .language:hover {
    text-decoration-thickness: 3px;
  }
  @media (forced-colors: active) {
    .language {
      color: LinkText;
    }
  }
`;

declare global {
  interface DocumentEventMap {
    'privacy-language-change': PrivacyLanguageChangeEvent;
  }
}
