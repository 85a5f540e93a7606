import type { BannerStrings } from '../../config/ui-text.js';

/** The banner's words for asking: everything but the confirmation after a choice. */
export type BannerQuestionStrings = Omit<BannerStrings, 'acceptedMessage' | 'rejectedMessage' | 'savedMessage' | 'changeSettings' | 'changeSettingsLink' | 'hideMessage'>;

/**
 * British English, the default: the question. Wording follows the GOV.UK and NHS.UK cookie
 * banners, kept short so the first-visit banner leaves most of a phone's screen to the page. A
 * module of its own so the first-visit banner's chunk carries only these; the confirmation's
 * words (`banner.ts`) load with the confirmation, after a choice (90 bytes gzip less on a first
 * visit, measured with `npm run size`).
 */
export const bannerQuestionEnGB: BannerQuestionStrings = {
  bannerTitle: 'Cookies on {organisation}',
  bannerIntro: 'We use some essential cookies to make this website work.',
  bannerOptional: "We'd also like to set optional cookies ({categories}), only if you accept.",
  noticeLink: 'Read our privacy notice',
  acceptAll: 'Accept additional cookies',
  rejectAll: 'Reject additional cookies',
  managePreferences: 'Manage preferences',
};
