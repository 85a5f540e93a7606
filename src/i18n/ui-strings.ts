import type { PrivacyConfig } from '../core/config.js';
import { enGB } from './en-GB.js';
import type { UiStrings } from './strings.js';

/**
 * The UI strings for a config: the built-in language, then the config's own overrides
 * (`consent.text`) key by key.
 */
export function uiStrings(config: PrivacyConfig | undefined): UiStrings {
  return { ...enGB, ...config?.consent?.text };
}
