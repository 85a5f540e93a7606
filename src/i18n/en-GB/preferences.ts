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
  basisRequired: 'The website needs these to work, so we do not ask.',
  basisConsent: 'We only use these if you switch them on.',
  basisStatistics:
    'We use these without asking first, to count how the website is used and improve it, as UK law allows (PECR Schedule A1, paragraph 5). You can object at any time.',
  basisAppearance:
    'We use these without asking first, to remember how you like the website to look and work, as UK law allows (PECR Schedule A1, paragraph 6). You can object at any time.',
  objectCategory: 'Object to {category}',
  objectedStatus: "You've objected to {category}. It is now switched off.",
  downloadRecord: 'Download a record of my choices',
  recordDownloaded: 'We have saved {file} to your device. {summary}',
  summaryIntro: 'Your cookie choices for {organisation}, made on {date} ({method}).',
  summaryOn: 'On: {categories}.',
  summaryOff: 'Off: {categories}.',
  summaryId: 'Record number: {id}.',
  summaryNone: 'none',
  methodBanner: 'in the cookie banner',
  methodPreferences: 'in the cookie settings',
  methodCookiesPage: 'on the cookies page',
  methodPlaceholder: 'on embedded content',
  methodApi: 'by the website',
  methodGpc: "by your browser's Global Privacy Control signal",
};
