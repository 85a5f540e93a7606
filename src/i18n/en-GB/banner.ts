import type { BannerStrings } from '../../config/ui-text.js';

/** British English, the default. Wording follows the GOV.UK and NHS.UK cookie banners. */
export const bannerEnGB: BannerStrings = {
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
};
