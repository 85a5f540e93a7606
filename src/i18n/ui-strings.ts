import type { PrivacyConfig } from '../config/types.js';

/**
 * The UI strings for a config: the built-in defaults an element passes (each element loads only
 * the strings it shows), then the config's own overrides (`consent.text`) key by key.
 */
export function uiStrings<T extends object>(config: PrivacyConfig | undefined, defaults: T): T {
  return { ...defaults, ...(config?.consent?.text as Partial<T> | undefined) };
}
