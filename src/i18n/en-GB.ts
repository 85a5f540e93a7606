import type { UiStrings } from './strings.js';

/** British English, the default. Wording follows the GOV.UK and NHS.UK cookie banners. */
export const enGB: UiStrings = {
  bannerTitle: 'Cookies on {organisation}',
  bannerIntro: 'We use some essential cookies to make this website work.',
  bannerOptional: "We'd also like to use optional cookies ({categories}). We won't set them unless you accept.",
  noticeLink: 'Read our privacy notice',
  acceptAll: 'Accept additional cookies',
  rejectAll: 'Reject additional cookies',
  managePreferences: 'Manage preferences',
  acceptedMessage: "You've accepted additional cookies.",
  rejectedMessage: "You've rejected additional cookies.",
  savedMessage: "You've saved your cookie preferences.",
  changeSettings: 'You can change your cookie settings at any time.',
  changeSettingsLink: 'change your cookie settings',
  hideMessage: 'Hide this message',
  preferencesTitle: 'Cookie preferences',
  preferencesIntro:
    'Choose which optional cookies we may use. Strictly necessary cookies are always on because the website cannot work without them.',
  alwaysOn: 'Always on',
  switchOn: 'On',
  switchOff: 'Off',
  servicesSummary: 'Services and cookies ({count})',
  cookieName: 'Name',
  cookieProvider: 'Provider',
  cookiePurpose: 'Purpose',
  cookieDuration: 'Duration',
  cookieTableCaption: 'Cookies set by {service}',
  servicePrivacyLink: '{service} privacy policy',
  saveChoices: 'Save my choices',
  close: 'Close',
  gpcNotice:
    'Your browser sent a Global Privacy Control signal, so optional cookies start switched off. You can still switch them on here.',
  savedStatus: 'Your cookie settings were saved.',
};
