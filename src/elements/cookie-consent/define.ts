import { defineElement } from '../../define.js';
import { CookieConsentElement } from './cookie-consent.js';

defineElement('cookie-consent', CookieConsentElement);
