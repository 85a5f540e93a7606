/**
 * The intermediate document tree every input route produces (plain text, Markdown, HTML, .docx).
 * It only knows document structure (headings, paragraphs, lists, definition lists, tables and
 * inline marks); `build-notice.ts` maps it to the notice model in a second pass, so each route
 * stays small and the privacy-specific heuristics are written once.
 */

/** Inline content: plain text runs and the marks Word, Markdown and HTML share. */
export type DocInline =
  | string
  | { strong: DocInline[] }
  | { em: DocInline[] }
  /** A link. `href` is absent when the source had a link whose target was lost. */
  | { link: DocInline[]; href?: string };

/** A block of the document. */
export type DocBlock =
  | { kind: 'heading'; level: number; content: DocInline[] }
  | { kind: 'paragraph'; content: DocInline[]; /** Set on each of a run of short lines with no blank line between (an address, a contact block); the same object for one run. */ line?: LineGroup }
  | { kind: 'list'; ordered: boolean; items: DocListItem[] }
  | { kind: 'dl'; items: { term: DocInline[]; separator: string; desc: DocInline[] }[] }
  | { kind: 'table'; head: DocInline[][]; rows: DocInline[][][] };

/** Identifies one run of short lines (compare by identity). */
export interface LineGroup {
  readonly lines: number;
}

/** A list item; a nested list (or paragraphs inside the item) go in `children`. */
export interface DocListItem {
  content: DocInline[];
  children: DocBlock[];
}

/** Something the reader of a route noticed and the person reviewing the import should know. */
export interface RouteNote {
  kind: 'artefact' | 'possible-error' | 'missing-url' | 'inferred';
  text: string;
  /** Index in `blocks` of the block it concerns, when it concerns one. */
  block?: number;
}

/** What the file says about itself outside its wording (front matter, a template's title). */
export interface DocMeta {
  title?: string;
  lang?: string;
  /** A date as written ("2 February 2026"). */
  date?: string;
}

/** What a route hands to the second pass. */
export interface DocTree {
  blocks: DocBlock[];
  notes: RouteNote[];
  meta?: DocMeta;
}

/** The plain text of inline content, marks dropped. */
export function inlineText(content: readonly DocInline[]): string {
  let out = '';
  for (const part of content) {
    if (typeof part === 'string') out += part;
    else if ('strong' in part) out += inlineText(part.strong);
    else if ('em' in part) out += inlineText(part.em);
    else out += inlineText(part.link);
  }
  return out;
}

/** The plain text of a block, for searching (items and cells joined by newlines). */
export function blockText(block: DocBlock): string {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
      return inlineText(block.content);
    case 'list':
      return block.items.map(itemText).join('\n');
    case 'dl':
      return block.items.map((i) => `${inlineText(i.term)}${i.separator}${inlineText(i.desc)}`).join('\n');
    case 'table':
      return [block.head, ...block.rows].map((row) => row.map(inlineText).join('\t')).join('\n');
  }
}

function itemText(item: DocListItem): string {
  return [inlineText(item.content), ...item.children.map(blockText)].join('\n');
}

/**
 * Merges adjacent strings and drops empty ones, and trims the outer whitespace of a run
 * (inner whitespace collapsed to one space), so every route produces the same shape.
 */
export function tidyInline(content: readonly DocInline[]): DocInline[] {
  const merged = mergeStrings(collapse(content));
  trimEdge(merged, 'start');
  trimEdge(merged, 'end');
  return merged;
}

function collapse(content: readonly DocInline[]): DocInline[] {
  const out: DocInline[] = [];
  for (const part of content) {
    if (typeof part === 'string') out.push(part.replace(/\s+/g, ' '));
    else if ('strong' in part) pushMark(out, { strong: mergeStrings(collapse(part.strong)) }, part.strong);
    else if ('em' in part) pushMark(out, { em: mergeStrings(collapse(part.em)) }, part.em);
    else {
      // (A link's edge spaces go outside it, as a mark's do: JSX's "in the{' '}" / "<a …>" / "European Economic Area (EEA)" / "</a>"
      // gives " European Economic Area (EEA) ", and the words around it keep one space each side.)
      const link: { link: DocInline[]; href?: string } = { link: mergeStrings(collapse(part.link)) };
      if (part.href !== undefined) link.href = part.href;
      pushMark(out, link, part.link);
    }
  }
  return out;
}

/** Pushes a mark unless it holds only whitespace (Word leaves bold spaces about); moves its edge spaces outside. */
function pushMark(out: DocInline[], mark: { strong: DocInline[] } | { em: DocInline[] } | { link: DocInline[]; href?: string }, original: readonly DocInline[]): void {
  const text = inlineText(original);
  if (!text.trim()) {
    if (text) out.push(' ');
    return;
  }
  const inner = 'strong' in mark ? mark.strong : 'em' in mark ? mark.em : mark.link;
  const lead = /^\s/.test(inlineText(inner));
  const trail = /\s$/.test(inlineText(inner));
  trimEdge(inner, 'start');
  trimEdge(inner, 'end');
  if (lead) out.push(' ');
  out.push(mark);
  if (trail) out.push(' ');
}

function mergeStrings(content: DocInline[]): DocInline[] {
  const out: DocInline[] = [];
  for (const part of content) {
    const last = out[out.length - 1];
    if (typeof part === 'string') {
      if (!part) continue;
      if (typeof last === 'string') out[out.length - 1] = (last + part).replace(/\s{2,}/g, ' ');
      else out.push(part);
    } else out.push(part);
  }
  return out;
}

function trimEdge(content: DocInline[], edge: 'start' | 'end'): void {
  while (content.length) {
    const index = edge === 'start' ? 0 : content.length - 1;
    const part = content[index]!;
    if (typeof part === 'string') {
      const trimmed = edge === 'start' ? part.trimStart() : part.trimEnd();
      if (trimmed) {
        content[index] = trimmed;
        return;
      }
      content.splice(index, 1);
    } else {
      const inner = 'strong' in part ? part.strong : 'em' in part ? part.em : part.link;
      trimEdge(inner, edge);
      return;
    }
  }
}
