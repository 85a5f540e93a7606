/**
 * `<cookie-preferences>` as the server renders it inside a static notice's cookies section: the
 * real element and its real template, given what the page's consent runtime would give it on a
 * first visit (every optional category off) and its wording in the notice's language. The static
 * notice then holds the choices' exact markup, so when the element replaces it nothing moves; the
 * visitor's own choice shows as soon as the page's runtime has read it.
 *
 * Rendering is synchronous (`collectResultSync`), so the one runtime and wording set for a render
 * are those of that render.
 */
import type { PrivacyConfig } from '../config/types.js';
import { ConsentStore, type ConsentingConfig } from '../consent/consent-store.js';
import type { ConsentRuntime } from '../consent/consent-runtime.js';
import type { ConsentStorage } from '../consent/storage.js';
import { bannerEnGB } from '../i18n/en-GB/banner.js';
import { preferencesEnGB } from '../i18n/en-GB/preferences.js';
import { builtInLanguage, formatList, translateConfig } from '../i18n/languages.js';
import { uiStrings } from '../i18n/ui-strings.js';
import { CookiePreferencesElement } from '../elements/cookie-preferences/cookie-preferences.js';
import type { Localized } from '../elements/localize.js';

type Wording = typeof bannerEnGB & typeof preferencesEnGB;

/** What the server gives the choices while one notice renders. */
interface ServerChoices {
  runtime: ConsentRuntime;
  localized: Localized<Wording>;
}

let current: ServerChoices | undefined;

/** The choices as the server renders them: the runtime and wording of the render under way. */
export class ServerCookiePreferencesElement extends CookiePreferencesElement {
  constructor() {
    super();
    // Set before the first update, so the element never looks for the page's language (no DOM here).
    if (current) this.localized = current.localized;
  }

  override get runtime(): ConsentRuntime | undefined {
    return current?.runtime;
  }

  override set runtime(_runtime: ConsentRuntime | undefined) {
    // The server's runtime is fixed for the render.
  }
}

/** Storage with nothing in it: a first visit. */
const firstVisit: ConsentStorage = { read: async () => undefined, write: async () => undefined, clear: async () => undefined };

/**
 * Prepares the choices of a render of `config` in `lang` (loading that language's wording), and
 * returns a function that runs `render` with them in place.
 */
export async function prepareChoices(config: PrivacyConfig, lang: string, host: Element): Promise<<T>(render: () => T) => T> {
  const store = new ConsentStore({ config: config.consent ? (config as ConsentingConfig) : undefined, storage: firstVisit, stored: Promise.resolve(undefined) });
  // The same wording `localize()` gives the element in a browser (elements/localize.ts).
  const builtIn = builtInLanguage(lang);
  const shown = builtIn || config.translations ? { ...translateConfig(config, lang, host), lang } : config;
  const strings: Wording = builtIn ? { ...(await builtIn.banner()), ...(await builtIn.preferences()) } : { ...bannerEnGB, ...preferencesEnGB };
  const text = builtIn || config.translations ? { ...strings, ...(shown.consent?.text as Partial<Wording> | undefined) } : uiStrings(config, strings);
  const localized = { lang: shown === config ? config.lang : lang, config: shown, text, list: (items: string[]) => formatList(lang, items), switcher: undefined } as unknown as Localized<Wording>;
  const choices: ServerChoices = { runtime: { store } as unknown as ConsentRuntime, localized };
  return (render) => {
    current = choices;
    try {
      return render();
    } finally {
      current = undefined;
    }
  };
}
