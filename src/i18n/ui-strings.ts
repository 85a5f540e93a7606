import type { PrivacyConfig } from '../config/types.js';

/**
 * The UI strings for a config shown in British English with no change to the Accept and Reject
 * wording: the built-in defaults an element passes (each element loads only the strings it shows),
 * then the config's own overrides (`consent.text`) key by key. Wording in another language, or a
 * config that rewords Accept or Reject, goes through `localize` instead (see `needsLocalizing`),
 * which checks the pair before it is shown.
 */
export function uiStrings<T extends object>(config: PrivacyConfig | undefined, defaults: T): T {
  const text = { ...defaults } as Record<string, unknown>;
  // Only text replaces text: `"bannerTitle": 5` or a template-shaped object keeps the built-in string.
  for (const [key, value] of Object.entries(config?.consent?.text ?? {})) if (typeof value === 'string') text[key] = value;
  return text as T;
}

/**
 * Whether an element must load `localize` before it renders: the config has translations, it or
 * the page is not in English, or it rewords Accept or Reject (that wording is checked against the
 * reject rule, which loads only for such configs: most keep the built-in pair).
 */
export function needsLocalizing(config: PrivacyConfig, pageLang: string | undefined): boolean {
  const text = config.consent?.text ?? {};
  return !!config.translations || !/^en/i.test(config.lang || pageLang || 'en') || 'acceptAll' in text || 'rejectAll' in text;
}
