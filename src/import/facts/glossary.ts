/**
 * Glossary entries the notice defines itself: "Long Name (ACR)", "ACR is the Long Name",
 * "Term (ACR: explanation)". Built-in terms are left to the built-in glossary.
 */
import type { Term } from '../../config/notice-model.js';
import { slug } from '../patterns.js';
import type { FactsInput } from './types.js';

const CONNECTORS = new Set(['and', 'of', 'for', 'the', 'in', 'on', 'to', '&', 'at', 'with']);

/** The expansion of `abbr` at the end of `before` ("…use the Individual Placement and Support" + "IPS"). */
export function expansionBefore(before: string, abbr: string): string | undefined {
  const target = abbr.replace(/\s+/g, '').toLowerCase();
  const tokens = before.trimEnd().split(/\s+/).slice(-12).map((t) => t.replace(/^[("'‘“]+|[,;:"'’”]+$/g, ''));
  for (let k = 1; k <= tokens.length; k++) {
    const cand = tokens.slice(-k);
    if (!cand[0] || CONNECTORS.has(cand[0].toLowerCase())) continue;
    const initials = (keepConnectors: boolean) =>
      cand
        .filter((w) => keepConnectors || !CONNECTORS.has(w.toLowerCase()))
        .map((w) => (/^[A-Z]{2,}$/.test(w) ? w : w.split('-').map((p) => p[0] ?? '').join('')))
        .join('')
        .toLowerCase();
    for (const variant of [initials(false), initials(true)]) {
      if (variant === target || (variant.length === target.length + 1 && variant.startsWith(target) && k >= 4)) return asWritten(before, k) ?? cand.join(' ');
    }
  }
  return undefined;
}

export function extractGlossary({ segments, notes, knownTerms }: FactsInput): Term[] {
  const terms: Term[] = [];
  const seen = new Set<string>();
  const ACRONYM = /\(([A-Z][A-Za-z&]{1,9}(?: [A-Z]{2,8})?)(?:\s*[:;–-]\s*([^()]{3,120}))?\)/g;
  const ACR_IS = /\b([A-Z]{2,8}) (?:is|stands for) (?:the )?((?:[A-Z][\w'’-]*\s+(?:(?:and|of|for|the|in|on)\s+)*){1,8})/g;
  for (const seg of segments) {
    const add = (abbr: string, long: string, explanation?: string) => {
      const key = abbr.toLowerCase();
      if (seen.has(key) || knownTerms.has(key) || knownTerms.has(long.toLowerCase())) return;
      seen.add(key);
      terms.push({ id: `term-${slug(abbr)}`, term: long, abbr, definition: explanation ? `${long}: ${explanation}` : long, from: 'notice' });
    };
    for (const m of seg.text.matchAll(ACRONYM)) {
      if (/^[A-Z][a-z]+$/.test(m[1]!)) continue; // "(Please", "(Updated": a word, not an abbreviation
      const long = expansionBefore(seg.text.slice(0, m.index), m[1]!);
      if (long) add(m[1]!, long, m[2]?.trim());
    }
    for (const m of seg.text.matchAll(ACR_IS)) {
      const long = m[2]!.trim();
      if (expansionBefore(long, m[1]!) === long) add(m[1]!, long);
    }
  }
  if (terms.length) {
    notes.add('notice', 'inferred', `${terms.length} abbreviation${terms.length === 1 ? '' : 's'} (${terms.map((t) => t.abbr).join(', ')}) added to the glossary with the expansion the notice gives as the definition. Write a plain-English definition where the expansion is not enough.`);
  }
  return terms;
}

/** The last `k` words of `before` as written, with their inner punctuation ("Science, Innovation and Technology"). */
function asWritten(before: string, k: number): string | undefined {
  const words = [...before.trimEnd().matchAll(/\S+/g)];
  const first = words[words.length - k];
  if (!first) return undefined;
  const text = before.slice(first.index).trim().replace(/^[("'‘“]+|[,;:"'’”]+$/g, '');
  return text || undefined;
}
