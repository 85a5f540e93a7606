import type { PrivacyConfig } from '../../config/types.js';
import { defineElement } from '../define-element.js';
import { PrivacyNoticeElement, setPageConfig } from './privacy-notice.js';
// The notice renders <cookie-preferences> for the cookie choices and <privacy-term> for defined
// terms: registered here, with the notice, so that importing the classes registers nothing.
import '../cookie-preferences/define.js';
import '../privacy-term/define.js';

defineElement('privacy-notice', PrivacyNoticeElement);

/**
 * Called by the drop-in script with the page's config (inline or `data-config`). Every
 * `<privacy-notice>` without its own `src` or `config` shows its `notice`. The raw value is used,
 * not only a valid config: the notice is checked on its own, and a mistake in the consent
 * section must not hide the privacy notice.
 */
export function provideConfig(raw: unknown, _config: PrivacyConfig | undefined): void {
  setPageConfig(raw);
}
