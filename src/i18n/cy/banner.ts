import type { BannerStrings } from '../../config/ui-text.js';

/**
 * Welsh (Cymraeg) wording of the banner, loaded only when the banner is shown in Welsh.
 *
 * Wording follows the Welsh versions of the GOV.UK and NHS Wales cookie banners ("Cwcis ar …",
 * "Hoffem osod cwcis ychwanegol", "Derbyn cwcis ychwanegol", "Gwrthod cwcis ychwanegol",
 * "Cuddio'r neges hon"; HMRC's Welsh GOV.UK banner, hmrc/tracking-consent-frontend
 * conf/messages.cy), and is as short as the English, so the first-visit banner leaves most of a
 * phone's screen to the page (test/pages/layout.test.ts measures both at 390 px). Written by a
 * developer, not a translator: have it reviewed by a Welsh translator before publishing, as the
 * Welsh Language Standards expect. Any string can be replaced from the config, key by key, with
 * `translations.cy.consent.text`. The heading says "Cwcis ar wefan {organisation}" ("on the
 * website of"): the organisation's name then needs no mutation, which a template cannot make.
 */
export const bannerCy: BannerStrings = {
  bannerTitle: 'Cwcis ar wefan {organisation}',
  bannerIntro: "Rydym yn defnyddio rhai cwcis hanfodol i wneud i'r wefan hon weithio.",
  bannerOptional: 'Hoffem hefyd osod cwcis dewisol ({categories}), dim ond os byddwch yn eu derbyn.',
  noticeLink: 'Darllen ein hysbysiad preifatrwydd',
  acceptAll: 'Derbyn cwcis ychwanegol',
  rejectAll: 'Gwrthod cwcis ychwanegol',
  managePreferences: 'Rheoli dewisiadau',
  acceptedMessage: 'Rydych wedi derbyn cwcis ychwanegol.',
  rejectedMessage: 'Rydych wedi gwrthod cwcis ychwanegol.',
  savedMessage: 'Rydych wedi cadw eich dewisiadau cwcis.',
  changeSettings: 'Gallwch newid eich gosodiadau cwcis ar unrhyw adeg.',
  changeSettingsLink: 'newid eich gosodiadau cwcis',
  hideMessage: "Cuddio'r neges hon",
};
