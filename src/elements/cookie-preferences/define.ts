import { defineElement } from '../../define.js';
import { CookiePreferencesElement } from './cookie-preferences.js';

defineElement('cookie-preferences', CookiePreferencesElement);
