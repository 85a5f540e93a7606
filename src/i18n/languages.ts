import type { PrivacyConfig, Translation } from '../config/types.js';
import type { NoticeStrings, NoticeText } from './notice-strings.js';
import type { BannerStrings, ExceptionStrings, PlaceholderStrings, PreferencesStrings } from '../config/ui-text.js';
import { welshDate, welshList } from './cy/format.js';

/**
 * The built-in languages other than British English, by primary language subtag. Each loads its
 * own files on demand, so a page in English never downloads Welsh and the reverse costs one small
 * request. To add a language, add its string files (`xx.ts`, `xx.preferences.ts`,
 * `notice-xx.ts`, typed by `strings.ts` and `notice-strings.ts`) and one entry here.
 */
export const BUILT_IN_LANGUAGES: Record<string, BuiltInLanguage> = {
  cy: {
    banner: () => import('./cy/banner.js').then((m) => m.bannerCy),
    preferences: () => import('./cy/preferences.js').then((m) => m.preferencesCy),
    placeholder: () => import('./cy/placeholder.js').then((m) => m.placeholderCy),
    exceptions: () => import('./cy/exceptions.js').then((m) => m.exceptionsCy),
    notice: () => import('./cy/notice.js').then((m) => m.noticeCy),
    name: 'Cymraeg',
    list: welshList,
    date: welshDate,
  },
};

/** Loaders of one built-in language's strings. */
export interface BuiltInLanguage {
  /** The banner's strings. */
  banner: () => Promise<BannerStrings>;
  /** The preferences dialog's strings. */
  preferences: () => Promise<PreferencesStrings>;
  /** The strings of `<consent-placeholder>` (a blocked embed's placeholder). */
  placeholder: () => Promise<PlaceholderStrings>;
  /** The banner's words for categories under a UK exception to consent. */
  exceptions: () => Promise<ExceptionStrings>;
  /** The privacy notice's strings. */
  notice: () => Promise<NoticeStrings>;
  /** The language's name in itself, for the language switch ("Cymraeg"). */
  name: string;
  /** Joins a list of phrases, when `Intl.ListFormat` needs help (no locale data, or a choice it cannot make). */
  list?: (items: string[]) => string;
  /** Formats a date in full, when `Intl.DateTimeFormat` may lack the locale data. */
  date?: (time: number) => string;
}

/** The primary language subtag, lower case: `cy` for `cy-GB`, `en` for `en-GB`. */
export function primaryLanguage(tag: string): string {
  return tag.split(/[-_]/)[0]!.toLowerCase();
}

/** The built-in wording for a language tag, when it is not English. */
export function builtInLanguage(tag: string): BuiltInLanguage | undefined {
  return Object.hasOwn(BUILT_IN_LANGUAGES, primaryLanguage(tag)) ? BUILT_IN_LANGUAGES[primaryLanguage(tag)] : undefined;
}

/** The language of the nearest element with a non-empty `lang` attribute, including `element` itself. */
export function pageLanguage(element: Element): string | undefined {
  for (let node: Element | null = element; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null)) {
    const lang = node.getAttribute('lang');
    if (lang) return lang;
  }
  return undefined;
}

/** The language the config's own wording is written in: its `lang`, else the page's, else British English. */
export function configLanguage(config: PrivacyConfig, element: Element): string {
  return config.lang || pageLanguage(element) || 'en-GB';
}

/**
 * The languages a config's wording exists in: its own first, then each translation's, one per
 * primary language (a `cy-GB` translation and a `cy` one would be the same choice).
 */
export function configLanguages(shown: PrivacyConfig, element: Element): string[] {
  // A translated config answers for the config it was made from.
  const config = originals.get(shown) ?? shown;
  const tags = [configLanguage(config, element), ...Object.keys(config.translations ?? {})];
  return tags.filter((tag, i) => tags.findIndex((other) => primaryLanguage(other) === primaryLanguage(tag)) === i);
}

/**
 * Which language to show a config in: the language `wanted` (the visitor's choice on this page,
 * else the nearest `[lang]`, else `<html lang>`) when the config has wording in it, else the
 * config's own language. A config with only `lang` is therefore always shown in that language.
 */
export function chooseLanguage(config: PrivacyConfig, element: Element, wanted = pageLanguage(element)): string {
  const languages = configLanguages(config, element);
  const match = wanted && languages.find((tag) => primaryLanguage(tag) === primaryLanguage(wanted));
  return match || languages[0]!;
}

/**
 * The config as it reads in `lang`: unchanged when that is the config's own language, else with
 * the translation's notice, category titles and descriptions, service names and descriptions,
 * cookie purposes and durations, and UI strings (`consent.text`) in place of the config's. Ids,
 * cookie names and everything that is not wording stay as they are; wording the translation
 * leaves out stays in the config's language.
 */
export function translateConfig(config: PrivacyConfig, lang: string, element: Element): PrivacyConfig {
  if (primaryLanguage(lang) === primaryLanguage(configLanguage(config, element))) return config;
  const translation = translationFor(config, lang);
  if (!translation) return config;
  // The same object for the same config and language, so checks and reports keyed on it run once.
  const cached = translated.get(config)?.get(lang);
  if (cached) return cached;
  const result = applyTranslation(config, lang, translation);
  translated.set(config, (translated.get(config) ?? new Map()).set(lang, result));
  originals.set(result, config);
  return result;
}

// Memos, not shared state: a config object is never changed once read, so its translation into a
// language is computed once and is the same object every time (checks and reports keyed on it run once).
const translated = new WeakMap<PrivacyConfig, Map<string, PrivacyConfig>>();
/** Each translated config's original, so its languages are still the original's. */
const originals = new WeakMap<PrivacyConfig, PrivacyConfig>();

function applyTranslation(config: PrivacyConfig, lang: string, translation: Translation): PrivacyConfig {
  const t = translation.consent;
  const cookie = <C extends { name: string }>(c: C): C => ({ ...c, ...defined(t?.cookies?.[c.name]) });
  return {
    ...config,
    lang,
    notice: translation.notice ?? config.notice,
    consent: config.consent && {
      ...config.consent,
      text: t?.text,
      categories: config.consent.categories.map((category) => ({
        ...category,
        ...defined(t?.categories?.[category.id]),
        cookies: category.cookies?.map(cookie),
        services: category.services?.map((service) => ({ ...service, ...defined(t?.services?.[service.id]), cookies: service.cookies?.map(cookie) })),
      })),
    },
  };
}

/** The translation for a language tag, matched on its primary subtag. */
function translationFor(config: PrivacyConfig, lang: string): Translation | undefined {
  const tag = translationTag(config, lang);
  return tag === undefined ? undefined : config.translations![tag];
}

/** The key in `translations` that holds `lang`'s wording (exact tag first, then primary subtag). */
export function translationTag(config: PrivacyConfig, lang: string): string | undefined {
  const tags = Object.keys(config.translations ?? {});
  return tags.find((tag) => tag === lang) ?? tags.find((tag) => primaryLanguage(tag) === primaryLanguage(lang));
}

/** The object without its `undefined` (or non-string) values, so a spread keeps what a translation leaves out. */
function defined<T extends object>(value: T | undefined): Partial<T> {
  return Object.fromEntries(Object.entries(value ?? {}).filter(([, v]) => typeof v === 'string' && v !== '')) as Partial<T>;
}

/** Joins phrases with the language's "and", through `Intl.ListFormat`. */
export function formatList(lang: string, items: string[]): string {
  const custom = builtInLanguage(lang)?.list;
  if (custom) return custom(items);
  // English without `Intl.ListFormat`: its first use in a page loads ICU's list data, measured at
  // 15–20 ms in Chromium 156 (a long task on its own at 4× CPU throttle), for what is one join.
  // The result is CLDR's British English ("a, b and c": no serial comma, unlike en-US).
  if (/^en(-GB)?$/i.test(lang)) return items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : (items[0] ?? '');
  return listFormat(lang).format(items);
}

/**
 * Memos, not state: constructing an `Intl` formatter costs far more than using one (a notice's
 * first layer joins a dozen lists: a new ListFormat each time was half its render), so each
 * language's is made once per page.
 */
const listFormats = new Map<string, Intl.ListFormat>();
const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function listFormat(lang: string): Intl.ListFormat {
  let format = listFormats.get(lang);
  if (!format) {
    try {
      format = new Intl.ListFormat(lang, { type: 'conjunction' });
    } catch {
      // An invalid `lang` attribute must not stop the widget from rendering.
      format = new Intl.ListFormat('en-GB', { type: 'conjunction' });
    }
    listFormats.set(lang, format);
  }
  return format;
}

/** A date (milliseconds, read in UTC) in full in the language: "23 November 2026", "23 Tachwedd 2026". */
export function formatDate(lang: string, time: number): string {
  const custom = builtInLanguage(lang)?.date;
  if (custom) return custom(time);
  // British English without `Intl.DateTimeFormat`, for the same reason as `formatList`: CLDR's
  // en-GB long date, "1 October 2026".
  if (/^en(-GB)?$/i.test(lang)) {
    const date = new Date(time);
    return `${date.getUTCDate()} ${ENGLISH_MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
  }
  let format = dateFormats.get(lang);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });
    } catch {
      format = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });
    }
    dateFormats.set(lang, format);
  }
  return format.format(time);
}

/** A language's name in that language ("Cymraeg", "English"), for a language switch. */
export function languageName(tag: string): string {
  const primary = primaryLanguage(tag);
  const builtIn = builtInLanguage(tag)?.name ?? (primary === 'en' ? 'English' : undefined);
  if (builtIn) return builtIn;
  try {
    const name = new Intl.DisplayNames([primary], { type: 'language' }).of(primary);
    return name ? name.charAt(0).toLocaleUpperCase(primary) + name.slice(1) : tag;
  } catch {
    return tag;
  }
}

/**
 * The visitor's choice of language for the widget, for this page only. The choice is deliberately
 * not stored: a site that wants it remembered listens for `privacy-language-change` and serves its
 * pages (and so `<html lang>`) in that language.
 */
const visitorChoices = new WeakMap<Document, string>();

/** The language the visitor switched the widget to on this page, if they did. */
export function visitorLanguage(document: Document): string | undefined {
  return visitorChoices.get(document);
}

/** Records the visitor's language choice for this page (see `switchLanguage` in `localize.ts`). */
export function setVisitorLanguage(document: Document, lang: string): void {
  visitorChoices.set(document, lang);
}

/**
 * Built-in notice strings by language once imported (`null`: they could not be loaded): like the
 * module registry they come from, loaded once per page.
 */
const noticeStringsCache = new Map<string, NoticeText | Promise<void> | null>();

/**
 * A built-in language's wording of the notice: its own strings and the cookie tables', which are
 * the preferences' (the preferences in the notice's cookies section load that file anyway).
 */
function loadNoticeText(builtIn: BuiltInLanguage): Promise<NoticeText> {
  return Promise.all([builtIn.notice(), builtIn.preferences()]).then(([notice, preferences]) => ({ ...preferences, ...notice }));
}

/**
 * British English wording of the notice: the wording of every language without its own. Loaded
 * on demand like the others, so a notice in Welsh never downloads the English (4.4 KB gzip).
 */
function loadEnglishNoticeText(): Promise<NoticeText> {
  return Promise.all([import('./en-GB/notice.js'), import('./en-GB/preferences.js')]).then(([notice, preferences]) => ({
    ...preferences.cookieTableEnGB,
    ...notice.noticeEnGB,
  }));
}

/** The key and loader of the notice's wording for `lang`: its built-in language, else British English. */
function noticeTextSource(lang: string): [string, () => Promise<NoticeText>] {
  const builtIn = builtInLanguage(lang);
  return builtIn ? [primaryLanguage(lang), () => loadNoticeText(builtIn)] : ['en', loadEnglishNoticeText];
}

/**
 * Loads the notice's strings for `lang` ahead of need: so a notice can switch language without
 * going blank, and so its first render need not wait for them once the config has arrived.
 */
export function loadNoticeStrings(lang: string): Promise<void> {
  const [key, load] = noticeTextSource(lang);
  const cached = noticeStringsCache.get(key);
  if (cached instanceof Promise) return cached;
  if (cached !== undefined) return Promise.resolve();
  const loading = load().then(
    (strings) => void noticeStringsCache.set(key, strings),
    () => void noticeStringsCache.set(key, null),
  );
  noticeStringsCache.set(key, loading);
  return loading;
}

/**
 * The notice's built-in strings for `lang` (British English for a language without built-in
 * wording), once loaded. Until then it returns undefined, starts loading, and calls `loaded` when
 * they arrive (the element renders again). A language whose strings could not be loaded is shown
 * in English; if English cannot be loaded either, there is nothing to show.
 */
export function noticeStringsFor(lang: string, loaded: () => void): NoticeText | undefined {
  const [key] = noticeTextSource(lang);
  const cached = noticeStringsCache.get(key);
  if (cached === null) return key === 'en' ? undefined : noticeStringsFor('en', loaded);
  if (cached && !(cached instanceof Promise)) return cached;
  void loadNoticeStrings(lang).then(loaded);
  return undefined;
}
