import { defineElement } from '../define-element.js';
import { PrivacyTermElement } from './privacy-term.js';

defineElement('privacy-term', PrivacyTermElement);
