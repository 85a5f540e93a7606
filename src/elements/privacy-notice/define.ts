import { defineElement } from '../define-element.js';
import { PrivacyNoticeElement } from './privacy-notice.js';

defineElement('privacy-notice', PrivacyNoticeElement);
