/** Plain-text views of the notice's rich text, for the checks that count or read words. */
import type { Inline, Text } from '../config/notice-model.js';

/** The words a visitor reads in a run of rich text, ignoring its structure. */
export function plainText(text: Text | Inline | undefined | null): string {
  if (text == null) return '';
  if (typeof text === 'string') return text;
  if (Array.isArray(text)) return text.map((run) => plainText(run)).join('');
  if ('strong' in text) return plainText(text.strong);
  if ('em' in text) return plainText(text.em);
  if ('link' in text) return plainText(text.link);
  if ('term' in text) return text.text ?? '';
  if ('xref' in text) return text.text ?? '';
  if ('email' in text) return text.email;
  if ('phone' in text) return text.label ?? text.phone;
  if ('abbr' in text) return text.abbr;
  return '';
}

/** Whether rich text has any visible words. */
export function hasText(text: Text | undefined | null): boolean {
  return plainText(text).trim() !== '';
}

/** The words in a string (runs of letters or digits, with inner apostrophes and hyphens). */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Splits prose into sentences at `.`, `!` or `?` followed by a space or the end. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[\p{Lu}\p{N}"“‘(])/u)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
