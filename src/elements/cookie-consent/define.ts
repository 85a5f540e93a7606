import { defineElement } from '../define-element.js';
import { CookieConsentElement } from './cookie-consent.js';

defineElement('cookie-consent', CookieConsentElement);
