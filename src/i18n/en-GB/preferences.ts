import type { PreferencesStrings } from '../../config/ui-text.js';

/** British English strings of the preferences dialog, loaded with it. */
export const preferencesEnGB: PreferencesStrings = {  preferencesTitle: 'Cookie preferences',
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
