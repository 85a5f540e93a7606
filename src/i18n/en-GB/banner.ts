import type { BannerStrings } from '../../config/ui-text.js';
import { bannerQuestionEnGB } from './banner-question.js';

/** British English, the default: the banner's question (`banner-question.ts`) and the confirmation after a choice. */
export const bannerEnGB: BannerStrings = {
  ...bannerQuestionEnGB,
  acceptedMessage: "You've accepted additional cookies.",
  rejectedMessage: "You've rejected additional cookies.",
  savedMessage: "You've saved your cookie preferences.",
  changeSettings: 'You can change your cookie settings at any time.',
  changeSettingsLink: 'change your cookie settings',
  hideMessage: 'Hide this message',
};
