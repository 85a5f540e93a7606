/**
 * The banner's part for categories that run before a choice under a UK exception to consent (PECR
 * Sch A1 paras 5 and 6, added by the Data (Use and Access) Act 2025): the "clear and comprehensive
 * information about the purpose" and "a simple means of objecting, free of charge" that the
 * exception requires, in the language shown, with the Object button. Loaded only when a config
 * has such categories.
 */
import { html } from 'lit/html.js';
// Loaded only by the banner, whose chunk holds Lit: this import tells the bundler so, which then
// keeps Lit in the banner's chunk (one request on a first visit) instead of a chunk of its own.
import './define.js';
import type { PrivacyConfig } from '../../config/types.js';
import { exceptionCategories, objectionChoices } from '../../consent/choices.js';
import { exceptionsEnGB } from '../../i18n/en-GB/exceptions.js';
import type { ExceptionStrings } from '../../config/ui-text.js';
import { formatText } from '../../i18n/strings.js';

import type { ExceptionNotice } from './cookie-consent.js';

/**
 * The exception words for `config` as shown in `lang` (the config already translated into it):
 * the built-in strings of that language, then the config's own overrides (`consent.text`).
 * `list` joins category titles with that language's "and".
 */
export async function exceptionNotice(config: PrivacyConfig, lang: string, list: (items: string[]) => string): Promise<ExceptionNotice> {
  let strings: ExceptionStrings = exceptionsEnGB;
  if (!/^en\b/i.test(lang)) {
    try {
      const builtIn = (await import('../../i18n/languages.js')).builtInLanguage(lang);
      if (builtIn) strings = await builtIn.exceptions();
    } catch {
      // Strings that fail to load must not hide the information or the objection: say it in English.
    }
  }
  const text: ExceptionStrings = { ...strings, ...(config.consent?.text as Partial<ExceptionStrings> | undefined) };
  const categories = exceptionCategories(config);
  const titles = (basis: string) => categories.filter((c) => c.basis === basis).map((c) => c.title);
  const paragraphs = (['statistics', 'appearance'] as const)
    .filter((basis) => titles(basis).length)
    .map((basis) => formatText(basis === 'statistics' ? text.statisticsNotice : text.appearanceNotice, { categories: list(titles(basis)) }));
  const all = list(categories.map((c) => c.title));
  // Rendered here rather than in the banner, so configs without exception categories (most) do
  // not download this markup with the banner.
  return {
    lang,
    information: html`<div part="exceptions">${paragraphs.map((p) => html`<p>${p}</p>`)}</div>`,
    objectButton: (object) =>
      html`<button type="button" class="button" part="button object-button" @click=${() => object(objectionChoices)}>${formatText(text.objectButton, { categories: all })}</button>`,
    objectedMessage: formatText(text.objectedMessage, { categories: all }),
  };
}
