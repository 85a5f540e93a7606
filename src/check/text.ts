/** Plain-text views of the notice's rich text, for the checks that count or read words. */
import { plainText } from '../config/rich-text.js';

/**
 * The words the organisation wrote in rich text, for the checks that count them or require
 * some: a term run without words of its own adds none (its words come from the glossary, not
 * from this text).
 */
export function writtenText(text: unknown): string {
  return plainText(text, () => '');
}

/** Whether rich text has any visible words. */
export function hasText(text: unknown): boolean {
  return writtenText(text).trim() !== '';
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
