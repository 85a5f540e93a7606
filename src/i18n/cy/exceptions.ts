import type { ExceptionStrings } from '../../config/ui-text.js';

/**
 * Welsh (Cymraeg) words of the banner for categories under a UK exception to consent (PECR Sch A1
 * paras 5 and 6). Category names stay in brackets, as in `bannerOptional`, so no mutation is
 * needed. Written by a developer, not a translator: have it reviewed before publishing; any string
 * can be replaced from the config with `translations.cy.consent.text`.
 */
export const exceptionsCy: ExceptionStrings = {
  statisticsNotice:
    "Rydym yn defnyddio rhai cwcis heb ofyn yn gyntaf ({categories}) i ddeall sut mae pobl yn defnyddio'r wefan hon, er mwyn ei gwella. Mae cyfraith y DU yn caniatáu hyn, ond gallwch wrthwynebu.",
  appearanceNotice:
    "Rydym yn defnyddio rhai cwcis heb ofyn yn gyntaf ({categories}) i gofio sut rydych yn hoffi i'r wefan hon edrych a gweithio. Mae cyfraith y DU yn caniatáu hyn, ond gallwch wrthwynebu.",
  objectButton: 'Gwrthwynebu {categories}',
  objectedMessage: "Rydych wedi gwrthwynebu {categories}. Rydym wedi'u diffodd.",
};
