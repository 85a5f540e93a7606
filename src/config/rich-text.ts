import type { Inline, Text } from './notice-model.js';

/**
 * The words of rich text without its marks: what a screen reader or a search would read.
 * `termText` supplies the words of a term run that has no `text` of its own.
 */
export function plainText(text: unknown, termText: (id: string) => string = (id) => id): string {
  if (typeof text === 'string') return text;
  if (!Array.isArray(text)) return '';
  return (text as Inline[]).map((run) => plainRun(run, termText)).join('');
}

function plainRun(run: Inline, termText: (id: string) => string): string {
  if (typeof run === 'string') return run;
  if (!run || typeof run !== 'object') return '';
  if ('strong' in run) return plainText(run.strong, termText);
  if ('em' in run) return plainText(run.em, termText);
  if ('link' in run) return plainText(run.link, termText);
  if ('term' in run) return run.text ?? termText(run.term);
  if ('xref' in run) return run.text ?? '';
  if ('email' in run) return run.email;
  if ('phone' in run) return run.label ?? run.phone;
  if ('abbr' in run) return run.abbr;
  return '';
}

/** The first sentence of a text: up to and including the first `.`, `!` or `?` followed by a space or the end. */
export function firstSentence(text: string): string {
  const match = /^[\s\S]*?[.!?](?=\s|$)/.exec(text.trim());
  return match ? match[0] : text.trim();
}

/**
 * Fills `{name}` placeholders in a template with rich text, so a generated sentence can hold
 * links, emails and terms. Unknown placeholders are left as written.
 */
export function fillText(template: string, values: Record<string, Inline[]>): Inline[] {
  const out: Inline[] = [];
  for (const [i, part] of template.split(/\{(\w+)\}/).entries()) {
    if (i % 2 === 0) {
      if (part) out.push(part);
    } else out.push(...(values[part] ?? [`{${part}}`]));
  }
  return out;
}
