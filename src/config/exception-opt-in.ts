import type { Category, PrivacyConfig } from './types.js';

/**
 * The categories whose `basis` is a UK exception the config has not opted in to (no top-level
 * `"exceptions": "uk-duaa-2025"`), with their JSON paths. Each is treated as consent-based: refused
 * until the visitor says yes. `check` reports them as errors, and so does the development console.
 */
export function basisWithoutOptIn(config: PrivacyConfig): { category: Category; path: string }[] {
  if (config.exceptions === 'uk-duaa-2025') return [];
  return (config.consent?.categories ?? []).flatMap((category, i) =>
    !category.required && (category.basis === 'statistics' || category.basis === 'appearance') ? [{ category, path: `$.consent.categories[${i}].basis` }] : [],
  );
}

/** The message for a `basis` used without the opt-in, as `check` and the console give it. */
export function basisWithoutOptInMessage(basis: string): string {
  return `"${basis}" is a UK exception to consent (PECR Sch A1 para ${basis === 'statistics' ? 5 : 6}), but the config does not opt in with "exceptions": "uk-duaa-2025" at its top level; until it does, this category is treated as consent-based (refused until the visitor says yes)`;
}
