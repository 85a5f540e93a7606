/**
 * The document as a flat run of text segments (paragraphs, list items, definition lines, table
 * cells) with the section each belongs to: what the fact extractors in `facts.ts` read.
 */
import type { Id, Topic } from '../config/notice-model.js';
import { inlineText, type DocBlock, type DocInline } from './doc-tree.js';
import { COOKIE_NAME_MARKED } from './patterns.js';

export interface Segment {
  /** The section id (or `notice` for the intro). */
  at: Id;
  topic: Topic;
  /** `cell` is a table row, its cells joined by " | ". */
  kind: 'p' | 'line' | 'item' | 'dl' | 'cell';
  text: string;
  /** Bold phrases in it, as written. */
  strong: string[];
  /** Link texts in it. */
  linked: string[];
  /** For list items: the paragraph just before the list ("We share with:"). */
  intro?: string;
  /** For table rows: the table's header row, cells joined by " | ". */
  head?: string;
  /** For list items: the text of nested items. */
  children?: string[];
  /** For definition lines: the term and the explanation. */
  term?: string;
  desc?: string;
  /** For lines: the run of lines it belongs to (compare by identity). */
  group?: object;
  /** Position in the document. */
  index: number;
}

/** Flattens sections (with their topics) into segments, in document order. */
export function segmentsOf(sections: { id: Id; topic: Topic; blocks: DocBlock[] }[]): Segment[] {
  const out: Segment[] = [];
  for (const section of sections) {
    let previous = '';
    for (const block of section.blocks) {
      pushBlock(out, block, section.id, section.topic, previous);
      if (block.kind === 'paragraph') previous = inlineText(block.content);
    }
  }
  return out;
}

function pushBlock(out: Segment[], block: DocBlock, at: Id, topic: Topic, intro: string): void {
  const push = (kind: Segment['kind'], content: DocInline[], extra: Partial<Segment> = {}) =>
    out.push({ at, topic, kind, text: inlineText(content).trim(), strong: strongOf(content), linked: linksOf(content), index: out.length, ...extra });
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
      push(block.kind === 'paragraph' && block.line ? 'line' : 'p', block.content, block.kind === 'paragraph' && block.line ? { group: block.line } : {});
      return;
    case 'list':
      for (const item of block.items) {
        const children = item.children.flatMap((c) => (c.kind === 'list' ? c.items.map((i) => inlineText(i.content).trim()) : []));
        push('item', item.content, { intro, ...(children.length ? { children } : {}) });
        const itemText = inlineText(item.content);
        for (const child of item.children) pushBlock(out, child, at, topic, itemText);
      }
      return;
    case 'dl':
      for (const item of block.items) {
        push('dl', [...item.term, item.separator, ...item.desc], { term: inlineText(item.term).trim(), desc: inlineText(item.desc).trim(), intro });
      }
      return;
    case 'table':
      // One segment per row, so a role in one cell and its email in the next stay together.
      {
        const head = block.head.map((c) => inlineText(c).trim()).join(' | ');
        for (const row of [block.head, ...block.rows]) {
          if (row.length) push('cell', row.flatMap((cell, i) => (i ? [' | ', ...cell] : cell)), head ? { head } : {});
        }
      }
      return;
  }
}

function strongOf(content: DocInline[]): string[] {
  const out: string[] = [];
  for (const part of content) {
    if (typeof part === 'string') continue;
    if ('strong' in part) out.push(inlineText(part.strong).trim());
    else if ('em' in part) out.push(...strongOf(part.em));
    else out.push(...strongOf(part.link));
  }
  return out;
}

function linksOf(content: DocInline[]): string[] {
  const out: string[] = [];
  for (const part of content) {
    if (typeof part === 'string') continue;
    if ('link' in part) out.push(inlineText(part.link).trim());
    else out.push(...linksOf('strong' in part ? part.strong : part.em));
  }
  return out;
}

/** Splits text into sentences (on . ! ? followed by a space and a capital or digit). */
export function sentences(text: string): string[] {
  // "the Local Government etc. (Scotland) Act 1994": "etc." before a bracket ends no sentence. A title or
  // saint's abbreviation before a name ends none: "St. Michael’s Hospice (North Hampshire) is a charity", "Dr. Jones".
  return text.split(/(?<=[.!?])(?<!\betc\.|\b(?:St|Dr|Mr|Mrs|Ms|Prof|Revd?|Cllr)\.)\s+(?=[A-Z0-9"'‘“(])|(?<=\betc\.)\s+(?=[A-Z0-9"'‘“])/).filter(Boolean);
}

/** The intro of a list of the notice's contents ("This notice explains the following:", "Mae'r Hysbysiad Preifatrwydd hwn yn egluro'r canlynol:", "Contents"). */
const CONTENTS_INTRO = /\b(?:this (?:privacy )?(?:notice|policy|statement)|[Hh]ysbysiad [Pp]reifatrwydd hwn)\b[^.]*\b(?:explains?|covers?|sets out|tells you about|yn egluro|yn esbonio|yn cwmpasu)\b[^.]*(?:following|canlynol)\b|(?:^|[.:]\s+)(?:contents|table of contents|cynnwys)\s*:?\s*$/i;

/**
 * An item of a list of what the notice covers ("… what lawful basis we have … your right to
 * withdraw consent"): it names topics, never a fact, for every fact family.
 */
export function isContentsItem(seg: Segment): boolean {
  return seg.kind === 'item' && CONTENTS_INTRO.test(seg.intro ?? '');
}

/** A cookie table's header row (English and Welsh): its rows name cookies and give their lifetimes. */
const COOKIE_TABLE_HEAD = /\b(?:cookie|cwci|cwcis)\b|\bname\b.*\b(?:expir\w*|lasts|duration)\b|\benw\b.*\b(?:dod i ben|daw i ben|darfod|hyd)\b/i;

/**
 * A row of a cookie table ("_ga | Distinguishes users | 2 years", "Consent.Cookie | Defnyddir y cwci
 * hwn … | Un Mis"): it names a cookie and its lifetime, never a lawful basis or how long personal
 * data is kept.
 */
export function isCookieTableRow(seg: Segment): boolean {
  // (Or a row the copy cut off from its header whose first cell is a cookie's name, "_saml_idp | Allow our identity provider to
  // recognise you | six months after last visiting the site |": a name with an identifier's underscore, no space.)
  return seg.kind === 'cell' && (COOKIE_TABLE_HEAD.test(seg.head ?? '') || new RegExp(`^${COOKIE_NAME_MARKED}$`).test(seg.text.split('|')[0]!.trim()));
}

/** The intro of a list of the data protection principles ("These principles state that personal information shall be:"). */
const PRINCIPLES_INTRO = /\bprinciples?\b|\begwyddor/i;

/**
 * An item of a list of the data protection principles ("b) collected for specified, explicit and
 * legitimate purposes; further processing for archiving purposes in the public interest …"): it
 * states the law in general, never the organisation's basis, condition, retention or transfer.
 */
export function isPrinciplesItem(seg: Segment): boolean {
  return seg.topic === 'principles' || (seg.kind === 'item' && PRINCIPLES_INTRO.test(seg.intro ?? ''));
}
