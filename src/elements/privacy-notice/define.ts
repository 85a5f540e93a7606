import { defineElement } from '../define-element.js';
import { PrivacyNoticeElement } from './privacy-notice.js';
// The notice renders <cookie-preferences> for the cookie choices and <privacy-term> for defined
// terms: registered here, with the notice, so that importing the classes registers nothing.
import '../cookie-preferences/define.js';
import '../privacy-term/define.js';

defineElement('privacy-notice', PrivacyNoticeElement);
