/**
 * Filling placeholders in the UI's wording. The keys of that wording are declared with the
 * config (`config/ui-text.ts`), because a config can replace them (`consent.text`).
 */
// Re-exported because the drop-in entry (`embed.ts`) publishes the type from here.
export type { UiStrings } from '../config/ui-text.js';

/** Fills `{name}` placeholders; unknown placeholders are left as written. */
export function formatText(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
