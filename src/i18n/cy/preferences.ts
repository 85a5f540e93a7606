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
};
