import type { BannerStrings } from '../../config/ui-text.js';

/**
 * British English, the default. Wording follows the GOV.UK and NHS.UK cookie banners, kept short
 * so the first-visit banner leaves most of a phone's screen to the page.
 */
export const bannerEnGB: BannerStrings = {
  bannerTitle: 'Cookies on {organisation}',
  bannerIntro: 'We use some essential cookies to make this website work.',
  bannerOptional: "We'd also like to set optional cookies ({categories}), only if you accept.",
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
