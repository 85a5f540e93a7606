/**
 * Robustness by construction: the same content, copied in another shape, must give the same facts.
 *
 * The corpus (test/fixtures/import-corpus/) shows that first runs on unseen notices fail mostly on
 * structure: a cookie table or a heading copied in a shape no rule had read. Instead of waiting for
 * each shape to turn up in a real notice, the tests in this folder take the real content of the
 * corpus and re-render it in the other shapes a copy-paste plausibly gives, then check the importer
 * reads the same thing from each: cookie tables (cookie-tables.test.ts) and headings
 * (headings.test.ts). They are two files so that vitest runs them side by side.
 *
 * This module is what both read: the corpus's answer key and how a notice is imported.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { importNotice, type ImportResult } from '../../../src/import/import-notice.js';

/**
 * Each rewrite imports every notice of its kind again (hundreds of imports): seconds on an idle
 * machine, and past vitest's default five seconds on a loaded 2-core one (a CI-sized machine running
 * the page tests beside it timed "headings in capitals" out at 9.7 s). Time is measured by the
 * benchmarks, never here: the limit is only there to stop a hang.
 */
export const REWRITE_TIMEOUT = 120_000;

export const DIR = fileURLToPath(new URL('../../fixtures/import-corpus/', import.meta.url));
export interface Answer {
  file: string;
  lang: 'en' | 'cy';
  title: string[] | null;
  cookies: string[];
  headings: string[];
}
export const KEY = (JSON.parse(readFileSync(`${DIR}answers.json`, 'utf8')) as { notices: Answer[] }).notices;
export const OPTIONS = { today: new Date('2026-12-06') };
export const load = (name: string, text: string) => importNotice(name, new TextEncoder().encode(text), OPTIONS);

/** The cookies a result gives, each with its purpose and expiry as read. */
export function cookiesOf(result: ImportResult): Map<string, { purpose?: string; duration?: string }> {
  const out = new Map<string, { purpose?: string; duration?: string }>();
  for (const c of result.config.consent?.categories ?? []) for (const k of c.cookies ?? []) out.set(k.name, { ...(k.purpose ? { purpose: k.purpose } : {}), ...(k.duration ? { duration: k.duration } : {}) });
  return out;
}
