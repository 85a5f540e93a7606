/** The entry point of `privacy-consent-defaults.js` (scripts/build-defaults.mjs): runs at once, where the script stands. */
import { sendDefaults } from './defaults.js';

sendDefaults(window, document);
