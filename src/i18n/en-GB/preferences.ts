import type { CookieTableStrings, PreferencesStrings } from '../../config/ui-text.js';

/** British English wording of every cookie table: the preferences' and the notice's cookies section's. */
export const cookieTableEnGB: CookieTableStrings = {
  cookieName: 'Name',
  cookieProvider: 'Provider',
  cookiePurpose: 'Purpose',
  cookieDuration: 'Duration',
  cookieTableCaption: 'Cookies set by {service}',
  cookieCategoryCaption: '{category} cookies',
};

/** British English strings of the preferences dialog, loaded with it. */
export const preferencesEnGB: PreferencesStrings = {
  ...cookieTableEnGB,
  preferencesTitle: 'Cookie preferences',
  preferencesIntro:
    'Choose which optional cookies we may use. Strictly necessary cookies are always on because the website cannot work without them.',
  alwaysOn: 'Always on',
  switchOn: 'On',
  switchOff: 'Off',
  servicesSummary: 'Services and cookies ({count})',
  servicePrivacyLink: '{service} privacy policy',
  saveChoices: 'Save my choices',
  close: 'Close',
  gpcNotice:
    'Your browser sent a Global Privacy Control signal, so optional cookies start switched off. You can still switch them on here.',
  savedStatus: 'Your cookie settings were saved.',
};
