import { defineElement } from '../../define.js';
import { PrivacyTermElement } from './privacy-term.js';

defineElement('privacy-term', PrivacyTermElement);
