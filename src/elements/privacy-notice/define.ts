// Placeholder until the <privacy-notice> element lands (issue 3): replaced, not extended.
import type { PrivacyConfig } from '../../core/config.js';
export function provideConfig(_raw: unknown, _config: PrivacyConfig | undefined): void {}
