/**
 * The second pass: maps the intermediate document tree to a notice. Sections carry the
 * organisation's wording exactly; inline details (emails, phone numbers, web addresses,
 * cross-references, footnote markers, known terms) become typed runs; structured fields are
 * filled by `facts.ts` where the text is clear; everything inferred, suspicious or missing
 * becomes an import note.
 */
import { BUILT_IN_TERM_IDS, type Block, type Id, type Inline, type ListItem, type Section, type Text, type Topic } from '../config/notice-model.js';
import { blockText, inlineText, type DocBlock, type DocInline, type DocTree } from './doc-tree.js';
import { findDetails, hostOf, IdPool, NAMED_NOTICE_TITLE, NOTICE_TITLE, reEscape, slug, words } from './patterns.js';
import { NoteBook } from './notes.js';
import { topicOf } from './topics.js';

/** A section of the document before its blocks are converted. */
export interface RawSection {
  id: Id;
  heading: string;
  level: number;
  topic: Topic;
  blocks: DocBlock[];
  sub: RawSection[];
}

/** The document split into title, intro and sections. */
export interface Outline {
  title?: string;
  intro: DocBlock[];
  sections: RawSection[];
}

/**
 * Documents that never use heading styles mark their headings by making a short line bold. When
 * a document has fewer than two real headings, a paragraph that is bold throughout, short, without
 * a final full stop and followed by ordinary text becomes a heading. Returns how many.
 */
export function promoteBoldHeadings(tree: DocTree): number {
  const headings = tree.blocks.filter((b) => b.kind === 'heading');
  if (headings.length >= 2) return 0;
  const level = Math.min(6, Math.max(2, ...headings.map((h) => (h.kind === 'heading' ? h.level + 1 : 2))));
  let promoted = 0;
  tree.blocks.forEach((block, i) => {
    if (block.kind !== 'paragraph' || block.content.length !== 1) return;
    // (A line of an address or a signature, its lines broken by <br>, is no heading: "Claire Morrissey" / "**Data Protection Officer**" / "St George's …".)
    if (block.line && block.line.lines > 1) return;
    const only = boldRun(block.content[0]!);
    if (!only) return;
    const text = inlineText(only.strong).trim();
    const next = tree.blocks[i + 1];
    // (A line in capitals may be longer: "YOUR RIGHT TO KNOW WHAT WE KNOW ABOUT YOU, MAKE CHANGES OR ASK US TO STOP USING YOUR DATA".)
    const most = /\p{Ll}/u.test(text) ? 12 : 20;
    if (!text || text.split(/\s+/).length > most || /[.,;]$/.test(text) || !next) return;
    if (next.kind === 'paragraph' && next.content.length === 1 && boldRun(next.content[0]!)) return;
    // (The first is the title only when nothing else gives one: under front matter's "title: Data Privacy", the
    // bold "INTRODUCTION" that opens the text is its first section.)
    tree.blocks[i] = { kind: 'heading', level: i === 0 && !headings.length && !tree.meta?.title ? 1 : level, content: only.strong };
    promoted++;
  });
  return promoted;
}

/** A run that is bold throughout: bold, or bold in italics either way round ("***Who we are***", "_**Who we are**_"). */
function boldRun(run: DocInline): { strong: DocInline[] } | undefined {
  if (typeof run === 'string' || 'link' in run) return undefined;
  if ('strong' in run) return run.strong.length === 1 && typeof run.strong[0] !== 'string' && 'em' in run.strong[0]! ? { strong: run.strong[0].em } : run;
  return run.em.length === 1 ? boldRun(run.em[0]!) : undefined;
}

/**
 * Headings that each open with "1." and none with another number ("1. What is personal data?" / … / "1. Who are we?"): the copy of a
 * page that set each heading as a list of its own, so every one restarts at one. The number is no numbering, and goes. Returns how many.
 */
export function dropRestartedNumbers(tree: DocTree): number {
  const headings = tree.blocks.filter((b): b is DocBlock & { kind: 'heading' } => b.kind === 'heading' && b.level > 1);
  const ones = headings.filter((h) => /^1[.)]\s+\S/.test(inlineText(h.content).trim()));
  if (ones.length < 3 || headings.some((h) => /^(?:[2-9]|\d{2,}|1\.\d)[.)]?\s/.test(inlineText(h.content).trim()))) return 0;
  for (const h of ones) {
    const [first, ...rest] = h.content;
    if (typeof first === 'string') h.content = [first.replace(/^\s*1[.)]\s+/, ''), ...rest];
  }
  return ones.length;
}

/** A page's date line ("Last updated: 12 March 2024", "Wedi ei ddiweddaru ddiwetha': Mehefin 2023"): it dates the page, it heads nothing. */
const DATE_HEADING = /^(?:page\s+)?(?:(?:last\s+|date\s+)?(?:updated|reviewed|revised|modified|published|amended)(?:\s+on)?|(?:wedi\s+ei\s+)?(?:ddiweddaru|diweddaru|diweddarwyd|adolygu|adolygwyd|cyhoeddwyd)(?:\s+ddiweth(?:af|a['’]?))?)\s*:?\s*(?:on\s+|ar\s+)?[\w ,/.-]{0,30}\b(?:19|20)\d\d$/i;

/**
 * A heading that is no heading: a sentence styled as one (small print set as a level-6 heading,
 * "Sylwch: Mae ein polisi preifatrwydd yn cael ei ddiweddaru …", over 20 words and ending in a full
 * stop), the page's date line, or the title's byline over the date line. It becomes the paragraph it is. Returns how many.
 */
export function demoteProseHeadings(tree: DocTree): number {
  let demoted = 0;
  tree.blocks.forEach((block, i) => {
    if (block.kind !== 'heading' || block.level === 1) return;
    const text = inlineText(block.content).replace(/[*_]+/g, '').trim();
    // (Nor the title's byline, a line straight under the title over the page's date line: "Privacy Policy" / "Renfrew Community
    // Council" / "Last updated: 19/12/2025"; a line naming the notice there, "Fair Processing and Privacy Notice", stays a heading.)
    const next = tree.blocks[i + 1];
    const byline = i === 1 && tree.blocks[0]!.kind === 'heading' && (tree.blocks[0] as { level: number }).level === 1 && next?.kind === 'paragraph' && DATE_HEADING.test(inlineText(next.content).trim()) && text.split(/\s+/).length <= 8 && ((t) => !NOTICE_TITLE.test(t) && !NAMED_NOTICE_TITLE.test(t))(text.replace(/^\d+(?:\.\d+)*[.)]?\s+/, ''));
    // (Nor a row of a version table, numbered and ending in its date: "1.1 David Thorne 13th April 2020"; nor a role's label over
    // the name that fills it: "Data Protection Compliance Manager: Geraldine McGaughey CE".)
    const versionRow = /^\d+\.\d+\s+\S.*\b(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})$/i.test(text);
    const roleLabel = /^[A-Z][\w ]{2,60}\b(?:Manager|Officer|Controller|Lead|Director|Co-?ordinator|Administrator|Secretary|Clerk):\s+\S/.test(text);
    if (!(byline || versionRow || roleLabel || DATE_HEADING.test(text) || (text.split(/\s+/).length > 20 && /[.!]$/.test(text)))) return;
    tree.blocks[i] = { kind: 'paragraph', content: block.content };
    demoted++;
  });
  return demoted;
}

/** Splits the tree at its headings: the first heading (when nothing precedes it) is the title. */
export function outline(tree: DocTree, ids: IdPool): Outline {
  const blocks = [...tree.blocks];
  let title: string | undefined;
  const first = blocks[0];
  // A title given outside the wording (front matter, the page template) wins over a first
  // heading that is not a level-1 heading: that one is the first section.
  const titled = !!tree.meta?.title && first?.kind === 'heading' && first.level > 1;
  // A first heading numbered "1." that no reader made the title, over other headings ("1. Who is
  // collecting the information?" over "1.1 …"), is the first section of a page whose title was not
  // copied. Alone, it is what the document is ("20. Y Rheoliad Cyffredinol ar Ddiogelu Data").
  const numbered = first?.kind === 'heading' && first.level > 1 && /^\d{1,2}[.)]\s/.test(inlineText(first.content).trim()) && blocks.slice(1).some((b) => b.kind === 'heading');
  if (first?.kind === 'heading' && !titled && !numbered) {
    const later = blocks.slice(1).filter((b): b is DocBlock & { kind: 'heading' } => b.kind === 'heading');
    // The first heading is the title when every later heading is below it, or when it names the
    // notice ("## Privacy notice" at the top of a page whose sections are "##" and "###" alike).
    // (Or the notice by its body's name, "HMCTS Privacy Notice" over "## Purpose" / "## About personal data".)
    const named = inlineText(first.content).trim();
    if (later.every((h) => h.level > first.level) || NOTICE_TITLE.test(named) || (first.level <= 2 && NAMED_NOTICE_TITLE.test(named))) {
      title = inlineText(first.content).trim();
      blocks.shift();
    }
  }
  // Word documents often set the title as a bold line in the Normal style, before the first heading.
  const lead = blocks[0];
  if (title === undefined && lead?.kind === 'paragraph' && blocks[1]?.kind === 'heading') {
    const text = inlineText(lead.content).trim();
    const allBold = lead.content.length === 1 && typeof lead.content[0] !== 'string' && 'strong' in lead.content[0]!;
    if (allBold && text.split(/\s+/).length <= 15 && !/[.:]$/.test(text)) {
      title = text;
      blocks.shift();
    }
  }
  const intro: DocBlock[] = [];
  const sections: RawSection[] = [];
  const stack: RawSection[] = [];
  for (const block of blocks) {
    if (block.kind === 'heading') {
      const heading = inlineText(block.content).trim();
      // "1. Who we are" → id "who-we-are": numbering is wording, not a name.
      const section: RawSection = { id: ids.take(slug(heading.replace(/^\d+(?:\.\d+)*[.)]?\s+/, ''))), heading, level: block.level, topic: topicOf(heading), blocks: [], sub: [] };
      while (stack.length && stack[stack.length - 1]!.level >= block.level) stack.pop();
      const parent = stack[stack.length - 1];
      // "Direct care" under "How we use your information" is about purposes too.
      if (parent && section.topic === 'other') section.topic = parent.topic;
      if (parent) parent.sub.push(section);
      else sections.push(section);
      stack.push(section);
    } else {
      const current = stack[stack.length - 1];
      if (current) current.blocks.push(block);
      else intro.push(block);
    }
  }
  return { ...(title !== undefined ? { title } : {}), intro, sections };
}

/** A document control table's title field ("Title", "Policy title", "Teitl", "Enw'r polisi"). */
const TITLE_FIELD = /^(?:(?:document|policy|notice) (?:title|name)|title(?: of (?:the )?(?:document|policy|notice))?|name of (?:the )?(?:document|policy|notice)|teitl(?: y (?:ddogfen|polisi|hysbysiad))?|enw['’]r (?:ddogfen|polisi|hysbysiad))\s*:?$/i;

/**
 * The title a document gives in its control table, before any heading, when it has no title line
 * (a policy's "Teitl: | Polisi Preifatrwydd |" / "Perchennog y Polisi: | Prif Weithredwr |" / …,
 * the table of fields a policy opens with): the value of its title field. Undefined otherwise.
 */
export function titleFromFields(intro: DocBlock[]): string | undefined {
  const table = intro[0];
  if (table?.kind !== 'table') return undefined;
  for (const row of [table.head, ...table.rows]) {
    const [label, value] = row.map((c) => inlineText(c).trim());
    if (label && value && TITLE_FIELD.test(label) && words(value).length <= 15) return value;
  }
  return undefined;
}

/** Every section, depth first. */
export function flatSections<T extends { sub: T[] }>(sections: T[]): T[] {
  return sections.flatMap((s) => [s, ...flatSections(s.sub)]);
}

/** What the inline conversion needs to know about the whole notice. */
export interface InlineContext {
  notes: NoteBook;
  headings: HeadingIndex;
  /** Footnote marker as written → footnote id. */
  footnoteIds: Map<string, Id>;
  /** Lower-cased term or abbreviation → glossary id (built-in or the notice's own). */
  terms: Map<string, Id>;
  counts: { xrefs: number; links: number; emails: number; phones: number; terms: number; footnoteMarkers: number };
  /** The address the notice was published at (`--base-url`): relative links are resolved against it. */
  baseUrl?: string;
}

/** A footnote found in the document: the paragraph that starts with its marker. */
export interface FoundFootnote {
  id: Id;
  marker: string;
  block: DocBlock;
  body: DocInline[];
}

const FOOTNOTE_START = /^(\*{1,3}|[†‡]|\[\d{1,2}\]|\(\d{1,2}\))\s*(?=\S)/;

/**
 * Paragraphs that start with a marker ("*e-mail and text…", "[1] …") that also appears after a
 * word earlier in the document ("e-mails*", "records[1]") are footnotes.
 */
export function findFootnotes(blocks: DocBlock[], ids: IdPool): FoundFootnote[] {
  const found: FoundFootnote[] = [];
  let before = '';
  for (const block of blocks) {
    const text = blockText(block);
    const m = block.kind === 'paragraph' ? FOOTNOTE_START.exec(text) : null;
    if (m && markerPattern(m[1]!).test(before) && block.kind === 'paragraph') {
      found.push({ id: ids.take(`footnote-${found.length + 1}`), marker: m[1]!, block, body: dropLeading(block.content, m[0].length) });
    }
    before += `\n${text}`;
  }
  return found;
}

/** Where a marker is used after a word: `e-mails*`, `records[1]`, `data(2)`, `care†`. */
function markerPattern(marker: string): RegExp {
  const escaped = reEscape(marker);
  return new RegExp(`(?<=[\\p{L}\\p{N}.,;:)'’"”])${escaped}(?![*\\d\\]])`, 'u');
}

function dropLeading(content: DocInline[], count: number): DocInline[] {
  const out = [...content];
  let left = count;
  while (left > 0 && out.length) {
    const part = out[0]!;
    if (typeof part !== 'string') break;
    if (part.length <= left) {
      left -= part.length;
      out.shift();
    } else {
      out[0] = part.slice(left);
      left = 0;
    }
  }
  return out;
}

/** Converts a tree block to a model block, in section `at`. Footnote paragraphs become `show: footnotes`. */
export function convertBlock(block: DocBlock, at: Id, ctx: InlineContext, footnotes: FoundFootnote[]): Block | undefined {
  const fn = footnotes.find((f) => f.block === block);
  if (fn) return { show: 'footnotes', ids: [fn.id] };
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
      return { p: convertText(block.content, at, ctx) };
    case 'list': {
      const list: Block = { list: block.items.map((item) => convertItem(item, at, ctx, footnotes)) };
      if (block.ordered) list.ordered = true;
      return list;
    }
    case 'dl':
      // A definition list from HTML or Word (<dl>, no separator) stays one. Plain-text lines
      // "Term – explanation" keep their separator, which is part of the wording: they become a
      // list of whole lines (the term/explanation split still serves the rights and recipients).
      if (block.items.some((item) => item.separator.trim())) {
        return { list: block.items.map((item) => ({ text: convertText([...item.term, item.separator, ...item.desc], at, ctx) })) };
      }
      return {
        dl: block.items.map((item) => ({
          term: convertText(item.term, at, ctx),
          desc: [{ p: convertText(item.desc, at, ctx) }],
        })),
      };
    case 'table': {
      const width = Math.max(block.head.length, ...block.rows.map((r) => r.length));
      let head = block.head.map((cell) => inlineText(cell).trim());
      let rows = block.rows;
      if (!head.length && rows.length) {
        head = rows[0]!.map((cell) => inlineText(cell).trim());
        rows = rows.slice(1);
        ctx.notes.add(at, 'inferred', `A table had no header row: its first row "${head.join(' | ').slice(0, 80)}" is used as the column headings.`);
      }
      while (head.length < width) head.push('');
      return { table: { head, rows: rows.map((row) => Array.from({ length: width }, (_, i) => convertText(row[i] ?? [], at, ctx))) } };
    }
  }
}

function convertItem(item: { content: DocInline[]; children: DocBlock[] }, at: Id, ctx: InlineContext, footnotes: FoundFootnote[]): ListItem {
  const out: ListItem = { text: convertText(item.content, at, ctx) };
  const children = item.children.map((b) => convertBlock(b, at, ctx, footnotes)).filter((b): b is Block => !!b);
  if (children.length) out.children = children;
  return out;
}

/** Converts inline content, returning a bare string when it has no marks. */
export function convertText(content: DocInline[], at: Id, ctx: InlineContext): Text {
  const runs = convertInline(content, at, ctx, false);
  return runs.length === 1 && typeof runs[0] === 'string' ? runs[0] : runs.length === 0 ? '' : runs;
}

function convertInline(content: DocInline[], at: Id, ctx: InlineContext, inLink: boolean): Inline[] {
  const out: Inline[] = [];
  content.forEach((part, index) => {
    if (typeof part === 'string') {
      // "the section above titled **X**": X is a cross-reference written in bold.
      out.push(...splitString(part, at, ctx, inLink));
      return;
    }
    if ('strong' in part || 'em' in part) {
      const inner = 'strong' in part ? part.strong : part.em;
      const text = inlineText(inner).trim();
      const before = content[index - 1];
      let runs: Inline[];
      const termId = ctx.terms.get(normaliseTerm(text));
      if (typeof before === 'string' && XREF_TITLED_END.test(before) && !inLink) {
        runs = [resolveXref(text, at, ctx) ?? text];
      } else if (termId && !inLink) {
        ctx.counts.terms++;
        runs = [{ term: termId, text }];
      } else runs = convertInline(inner, at, ctx, inLink);
      out.push('strong' in part ? { strong: runs } : { em: runs });
      return;
    }
    out.push(...convertLink(part, at, ctx));
  });
  return mergeRuns(out);
}

function convertLink(part: { link: DocInline[]; href?: string }, at: Id, ctx: InlineContext): Inline[] {
  const text = inlineText(part.link).trim();
  const href = part.href?.trim() ?? '';
  const inner = convertInline(part.link, at, ctx, true);
  if (!href || href === '#') {
    ctx.notes.add(at, 'missing-url', `The link "${text}" had no target (it was lost in the copy): kept as plain text. Add its address.`);
    return inner;
  }
  if (href.startsWith('#')) {
    const xref = resolveXref(text, at, ctx, true);
    if (xref) return [xref];
    ctx.notes.add(at, 'broken-xref', `The link "${text}" pointed to a place in the document ("${href}") that matches no heading: kept as plain text.`);
    return inner;
  }
  const mail = /^mailto:([^?]+)/i.exec(href);
  if (mail) {
    const address = decodeURIComponent(mail[1]!);
    ctx.counts.emails++;
    if (address.toLowerCase() === text.toLowerCase()) return [{ email: address }];
    return [{ link: inner, href }];
  }
  if (/^tel:/i.test(href)) {
    ctx.counts.phones++;
    return [{ link: inner, href }];
  }
  if (/^https?:\/\//i.test(href)) {
    ctx.counts.links++;
    checkDomain(text, href, at, ctx);
    return [{ link: inner, href }];
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(href)) {
    ctx.notes.add(at, 'possible-error', `The link "${text}" used the unsupported address "${href.slice(0, 60)}": kept as plain text.`);
    return inner;
  }
  if (/^(?:www\.|[a-z0-9-]+\.[a-z]{2,})/i.test(href)) {
    ctx.counts.links++;
    return [{ link: inner, href: `https://${href}` }];
  }
  const absolute = resolveRelative(href, ctx.baseUrl);
  if (absolute) {
    ctx.counts.links++;
    ctx.notes.add(at, 'inferred', `The relative link "${href.slice(0, 60)}" ("${text}") was made absolute against the base address: ${absolute}. Check it.`);
    return [{ link: inner, href: absolute }];
  }
  ctx.notes.add(at, 'missing-url', `The link "${text}" pointed to "${href.slice(0, 60)}", a path relative to the original document: kept as plain text.${ctx.baseUrl ? '' : ' Import again with --base-url <the page address> to keep it as a link.'}`);
  return inner;
}

/** A relative link resolved against an http(s) base address (WHATWG URL parsing), or undefined. */
export function resolveRelative(href: string, base: string | undefined): string | undefined {
  if (!base) return undefined;
  try {
    const url = new URL(href, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const XREF_TITLED_END = /\bsection (?:above|below)? ?(?:titled|called|headed|entitled|named)\s*['‘"“]?$/i;
// "see 'Relevant Contacts'", "see the section below 'X'", "see below; Relevant Contacts)".
const XREF_QUOTED = /\bsee (?:the )?(?:section )?(?:(?:below|above|overleaf)[;:,]? ?)?(?:(?:the )?section (?:below |above )?(?:titled |called |headed |entitled |named )?)?(['‘"“])([^'’"”\n]{3,120}?)(['’"”])/gi;
const XREF_UNQUOTED = /\bsee (?:below|above)[;:,] ?([A-Z][^();.\n]{2,80}?)(?=\))/g;
const XREF_TITLED = /\bsection (?:above|below) (?:titled|called|headed|entitled|named) (['‘"“])([^'’"”\n]{3,120}?)(['’"”])/gi;

interface Piece {
  start: number;
  end: number;
  runs: Inline[];
}

/** Splits a plain string into text, cross-references, footnote markers, emails, phones and links. */
function splitString(text: string, at: Id, ctx: InlineContext, inLink: boolean): Inline[] {
  if (inLink) return [text];
  const pieces: Piece[] = [];
  const free = (start: number, end: number) => !pieces.some((p) => start < p.end && end > p.start);
  for (const pattern of [XREF_QUOTED, XREF_TITLED]) {
    for (const m of text.matchAll(pattern)) {
      const name = m[2]!;
      const start = m.index + m[0].length - m[3]!.length - name.length;
      const end = start + name.length;
      if (!free(start, end)) continue;
      const xref = resolveXref(name, at, ctx);
      if (xref) pieces.push({ start, end, runs: [xref] });
    }
  }
  for (const m of text.matchAll(XREF_UNQUOTED)) {
    const start = m.index + m[0].length - m[1]!.length;
    const end = start + m[1]!.length;
    if (!free(start, end)) continue;
    const xref = resolveXref(m[1]!, at, ctx);
    if (xref) pieces.push({ start, end, runs: [xref] });
  }
  for (const [marker, id] of ctx.footnoteIds) {
    for (const m of text.matchAll(new RegExp(markerPattern(marker).source, 'gu'))) {
      if (!free(m.index, m.index + marker.length)) continue;
      ctx.counts.footnoteMarkers++;
      pieces.push({ start: m.index, end: m.index + marker.length, runs: [{ fn: id }] });
    }
  }
  for (const found of findDetails(text)) {
    if (!free(found.start, found.end)) continue;
    if (found.kind === 'email') {
      ctx.counts.emails++;
      pieces.push({ start: found.start, end: found.end, runs: [{ email: found.text }] });
    } else if (found.kind === 'phone') {
      ctx.counts.phones++;
      pieces.push({ start: found.start, end: found.end, runs: [{ phone: found.text }] });
    } else {
      ctx.counts.links++;
      checkDomain(text, found.value, at, ctx);
      if (/^http:\/\//i.test(found.text)) {
        ctx.notes.add(at, 'possible-error', `"${found.text}" is an unencrypted http: address; check whether the https: address works.`);
      }
      pieces.push({ start: found.start, end: found.end, runs: [{ link: [found.text], href: found.value }] });
    }
  }
  pieces.sort((a, b) => a.start - b.start);
  const out: Inline[] = [];
  let last = 0;
  for (const piece of pieces) {
    if (piece.start > last) out.push(text.slice(last, piece.start));
    out.push(...piece.runs);
    last = piece.end;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

/** The section headings, indexed for cross-references: by their words, and by each word. */
export class HeadingIndex {
  readonly #exact = new Map<string, { id: Id; heading: string }>();
  readonly #byWord = new Map<string, { id: Id; heading: string; words: Set<string> }[]>();

  constructor(headings: { id: Id; heading: string }[]) {
    for (const h of headings) {
      const ws = words(h.heading).map(stem);
      const key = ws.join(' ');
      if (!this.#exact.has(key)) this.#exact.set(key, h);
      const entry = { ...h, words: new Set(ws) };
      for (const w of entry.words) {
        const list = this.#byWord.get(w);
        if (list) list.push(entry);
        else this.#byWord.set(w, [entry]);
      }
    }
  }

  exact(wanted: string[]): { id: Id; heading: string } | undefined {
    return this.#exact.get(wanted.map(stem).join(' '));
  }

  /** Headings sharing the reference's rarest word: the only ones that can contain 80% of its words. */
  candidates(wanted: string[]): { id: Id; heading: string; words: Set<string> }[] {
    // With one word in five allowed to be missing, the rarest word may be the missing one: use
    // the two rarest. Bounded, so a long notice with many references stays linear.
    const sorted = [...new Set(wanted.map(stem))].map((w) => this.#byWord.get(w) ?? []).sort((a, b) => a.length - b.length);
    return [...new Set([...(sorted[0] ?? []).slice(0, 200), ...(sorted[1] ?? []).slice(0, 200)])];
  }
}

/** A crude English stem, so "Sharing" finds "share" and "Parties" finds "party". */
export function stem(word: string): string {
  return word.replace(/(?:ies|y)$/, 'i').replace(/(?:ing|ed|es|s)$/, '').replace(/e$/, '');
}

/** Finds the section a cross-reference names: exact heading, else one whose words contain the reference's. */
function resolveXref(name: string, at: Id, ctx: InlineContext, quiet = false): Inline | undefined {
  const wanted = words(name);
  if (!wanted.length) return undefined;
  const exact = ctx.headings.exact(wanted);
  if (exact) {
    ctx.counts.xrefs++;
    return { xref: exact.id, text: name };
  }
  let best: { id: Id; heading: string; score: number } | undefined;
  for (const h of ctx.headings.candidates(wanted)) {
    const hw = h.words;
    const overlap = wanted.filter((w) => hw.has(stem(w))).length;
    const score = overlap / Math.max(wanted.length, 1) - Math.max(0, hw.size - wanted.length) * 0.02;
    if (overlap / wanted.length >= 0.8 && (!best || score > best.score)) best = { id: h.id, heading: h.heading, score };
  }
  if (best) {
    ctx.counts.xrefs++;
    ctx.notes.add(at, 'inferred', `The cross-reference "${name}" does not match a heading exactly; linked to "${best.heading}". Check it.`);
    return { xref: best.id, text: name };
  }
  if (!quiet) ctx.notes.add(at, 'broken-xref', `The cross-reference "${name}" names no section of this notice: kept as plain text. Add the section or correct the reference.`);
  return undefined;
}

/** Bodies whose web address is well known: a link naming one of them elsewhere is suspicious. */
const KNOWN_DOMAINS: { name: RegExp; host: string }[] = [
  { name: /Information Commissioner|\bICO\b/i, host: 'ico.org.uk' },
  { name: /Care Quality Commission|\bCQC\b/, host: 'cqc.org.uk' },
  { name: /Health Research Authority/i, host: 'hra.nhs.uk' },
  { name: /Health and Social Care Ombudsman|\bPHSO\b/i, host: 'ombudsman.org.uk' },
  { name: /Local Government and Social Care Ombudsman|\bLGSCO\b/i, host: 'lgo.org.uk' },
  { name: /\bNHS England\b/, host: 'england.nhs.uk' },
];

/** Notes a web address that does not belong to the body its sentence names ("www.ico.uk" for the ICO). */
function checkDomain(context: string, url: string, at: Id, ctx: InlineContext): void {
  const host = hostOf(url);
  if (!host) return;
  for (const known of KNOWN_DOMAINS) {
    if (!known.name.test(context)) continue;
    if (host === known.host || host.endsWith(`.${known.host}`)) return;
    const label = host.split('.')[0];
    if (label && known.host.startsWith(`${label}.`)) {
      ctx.notes.add(at, 'possible-error', `"${url.replace(/^https:\/\//, '')}" is not the address of the body named beside it (${known.host}). Check the link.`);
      return;
    }
  }
  // A .uk address whose second level is not one of the usual ones (co, org, gov, nhs, ac, …).
  const parts = host.split('.');
  if (parts.length === 2 && parts[1] === 'uk') {
    ctx.notes.add(at, 'possible-error', `"${url.replace(/^https:\/\//, '')}" is an unusual .uk address (no .org.uk, .gov.uk, .nhs.uk or .co.uk). Check it.`);
  }
}

function mergeRuns(runs: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const run of runs) {
    const last = out[out.length - 1];
    if (typeof run === 'string') {
      if (!run) continue;
      if (typeof last === 'string') out[out.length - 1] = last + run;
      else out.push(run);
    } else out.push(run);
  }
  return out;
}

/** A term as looked up: lower case, straight apostrophes, single spaces. */
export function normaliseTerm(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
}

/** The built-in terms' ids keyed by their usual wording, for linking bold phrases. */
export function builtInTermIndex(entries: { id: string; term: string; abbr?: string }[]): Map<string, Id> {
  const index = new Map<string, Id>();
  for (const entry of entries) {
    if (!(BUILT_IN_TERM_IDS as readonly string[]).includes(entry.id)) continue;
    index.set(normaliseTerm(entry.term), entry.id);
    if (entry.abbr) index.set(normaliseTerm(entry.abbr), entry.id);
  }
  return index;
}

/** Builds the model sections from the outline (recursively). */
export function convertSections(raw: RawSection[], ctx: InlineContext, footnotes: FoundFootnote[]): Section[] {
  return raw.map((r) => {
    const section: Section = {
      id: r.id,
      heading: r.heading,
      topic: r.topic,
      blocks: r.blocks.map((b) => convertBlock(b, r.id, ctx, footnotes)).filter((b): b is Block => !!b),
    };
    if (r.sub.length) section.sub = convertSections(r.sub, ctx, footnotes);
    return section;
  });
}

