import type { CookieTableStrings, PreferencesStrings } from '../../config/ui-text.js';

/** Welsh wording of every cookie table: the preferences' and the notice's cookies section's. */
export const cookieTableCy: CookieTableStrings = {
  cookieName: 'Enw',
  cookieProvider: 'Darparwr',
  cookiePurpose: 'Diben',
  cookieDuration: 'Hyd',
  cookieTableCaption: 'Cwcis a osodir gan {service}',
  cookieCategoryCaption: 'Cwcis: {category}',
};

/**
 * Welsh (Cymraeg) wording of the preferences dialog and the inline cookie choices, loaded with
 * them only when they are shown in Welsh. Terms follow the Welsh Government's and NHS Wales's
 * cookie pages ("gosodiadau cwcis", "cwcis cwbl angenrheidiol", "darparwr", "diben").
 * Have it reviewed by a Welsh translator before publishing; any string can be replaced from the
 * config with `translations.cy.consent.text`.
 */
export const preferencesCy: PreferencesStrings = {
  ...cookieTableCy,
  preferencesTitle: 'Dewisiadau cwcis',
  preferencesIntro:
    "Dewiswch pa gwcis dewisol y cawn eu defnyddio. Mae cwcis cwbl angenrheidiol ymlaen bob amser oherwydd na all y wefan weithio hebddyn nhw.",
  alwaysOn: 'Ymlaen bob amser',
  switchOn: 'Ymlaen',
  switchOff: 'I ffwrdd',
  servicesSummary: 'Gwasanaethau a chwcis ({count})',
  servicePrivacyLink: 'Polisi preifatrwydd {service}',
  saveChoices: 'Cadw fy newisiadau',
  close: 'Cau',
  gpcNotice:
    "Anfonodd eich porwr signal Global Privacy Control (Rheoli Preifatrwydd Byd-eang), felly mae cwcis dewisol wedi'u diffodd i ddechrau. Gallwch eu troi ymlaen yma o hyd.",
  savedStatus: "Mae eich gosodiadau cwcis wedi'u cadw.",
  basisRequired: "Mae eu hangen er mwyn i'r wefan weithio, felly nid ydym yn gofyn.",
  basisConsent: 'Dim ond os byddwch yn eu troi ymlaen y byddwn yn eu defnyddio.',
  basisStatistics:
    "Rydym yn defnyddio'r rhain heb ofyn yn gyntaf, i gyfrif sut mae'r wefan yn cael ei defnyddio a'i gwella, fel y mae cyfraith y DU yn ei ganiatáu (PECR Atodlen A1, paragraff 5). Gallwch wrthwynebu ar unrhyw adeg.",
  basisAppearance:
    "Rydym yn defnyddio'r rhain heb ofyn yn gyntaf, i gofio sut rydych yn hoffi i'r wefan edrych a gweithio, fel y mae cyfraith y DU yn ei ganiatáu (PECR Atodlen A1, paragraff 6). Gallwch wrthwynebu ar unrhyw adeg.",
  objectCategory: 'Gwrthwynebu {category}',
  objectedStatus: "Rydych wedi gwrthwynebu {category}. Mae bellach wedi'i ddiffodd.",
  downloadRecord: 'Lawrlwytho cofnod o fy newisiadau',
  recordDownloaded: "Rydym wedi cadw {file} ar eich dyfais. {summary}",
  summaryIntro: 'Eich dewisiadau cwcis ar gyfer {organisation}, a wnaed ar {date} ({method}).',
  summaryOn: 'Ymlaen: {categories}.',
  summaryOff: 'I ffwrdd: {categories}.',
  summaryId: 'Rhif y cofnod: {id}.',
  summaryNone: 'dim',
  methodBanner: 'yn y faner cwcis',
  methodPreferences: 'yn y gosodiadau cwcis',
  methodCookiesPage: 'ar y dudalen cwcis',
  methodPlaceholder: "ar gynnwys wedi'i fewnosod",
  methodApi: 'gan y wefan',
  methodGpc: 'gan signal Global Privacy Control eich porwr',
};
