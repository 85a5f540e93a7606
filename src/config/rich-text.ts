/**
 * The one walker of the notice's rich text (`Inline` runs and `Block`s). Every reader of rich
 * text (the notice's renderer, a term's definition, plain text for the first layer and the
 * checks, the reference checks) is a visitor: an object with one method per kind of run or
 * block. Which kind a value is is decided here, once, in one order, so the readers cannot
 * disagree about it; a new kind is a compile error in every visitor that does not handle it.
 *
 * The dispatch tolerates malformed input (a config is data from outside): a value of no known
 * kind goes to the visitor's `other`, and a non-list where a list belongs yields no runs. The
 * fields of a run of a known kind are as the config wrote them, so visitors still check the
 * types of the fields they read. No DOM, no Lit.
 */
import type {
  AbbrRun,
  ContactBlock,
  DefinitionListBlock,
  EmailRun,
  EmRun,
  FootnoteRun,
  Inline,
  LinkRun,
  ListBlock,
  NoteBlock,
  ParagraphBlock,
  PhoneRun,
  ShowBlock,
  StrongRun,
  TableBlock,
  TermRun,
  XrefRun,
} from './notice-model.js';

/** What one reader makes of each kind of inline run; `index` is the run's place in its list. */
export interface InlineVisitor<R> {
  /** Plain words. */
  string(text: string, index: number): R;
  /** `{ strong }`: its runs are visited by the visitor itself (`visitText(run.strong, this)`), if at all. */
  strong(run: StrongRun, index: number): R;
  /** `{ em }`. */
  em(run: EmRun, index: number): R;
  /** `{ link, href }`. */
  link(run: LinkRun, index: number): R;
  /** `{ term }`. */
  term(run: TermRun, index: number): R;
  /** `{ xref }`. */
  xref(run: XrefRun, index: number): R;
  /** `{ fn }`. */
  fn(run: FootnoteRun, index: number): R;
  /** `{ email }`. */
  email(run: EmailRun, index: number): R;
  /** `{ phone }`. */
  phone(run: PhoneRun, index: number): R;
  /** `{ abbr, title }`. */
  abbr(run: AbbrRun, index: number): R;
  /** Anything else: not a string nor an object of a known kind (malformed input). */
  other(run: unknown, index: number): R;
}

/** What one reader makes of each kind of block; `index` is the block's place in its list. */
export interface BlockVisitor<R> {
  /** `{ p }`. */
  p(block: ParagraphBlock, index: number): R;
  /** `{ list }`: its items' `children` are visited by the visitor itself, if at all. */
  list(block: ListBlock, index: number): R;
  /** `{ dl }`. */
  dl(block: DefinitionListBlock, index: number): R;
  /** `{ contact }`. */
  contact(block: ContactBlock, index: number): R;
  /** `{ table }`. */
  table(block: TableBlock, index: number): R;
  /** `{ note }`. */
  note(block: NoteBlock, index: number): R;
  /** `{ show }`. */
  show(block: ShowBlock, index: number): R;
  /** Anything else (malformed input). */
  other(block: unknown, index: number): R;
}

const isRecord = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);

// The kinds in the order they are recognised: a malformed value with two kinds' keys is the
// first kind here, for every reader alike.
const INLINE_KINDS = ['strong', 'em', 'link', 'term', 'xref', 'fn', 'email', 'phone', 'abbr'] as const satisfies readonly (keyof InlineVisitor<unknown>)[];
const BLOCK_KINDS = ['p', 'list', 'dl', 'contact', 'table', 'note', 'show'] as const satisfies readonly (keyof BlockVisitor<unknown>)[];

/** Calls the visitor's method for the first of `kinds` that `value` has as a key, else `other`. */
function dispatch<R>(value: unknown, kinds: readonly string[], visitor: object, index: number): R {
  const kind = isRecord(value) ? (kinds.find((key) => key in value) ?? 'other') : 'other';
  return (visitor as Record<string, (value: unknown, index: number) => R>)[kind]!(value, index);
}

/** Hands one inline run to the visitor's method for its kind. */
export function visitInline<R>(run: unknown, visitor: InlineVisitor<R>, index = 0): R {
  return typeof run === 'string' ? visitor.string(run, index) : dispatch(run, INLINE_KINDS, visitor, index);
}

/** Visits each run of rich text in order: a plain string is one run, and a value that is neither a string nor a list has none. */
export function visitText<R>(text: unknown, visitor: InlineVisitor<R>): R[] {
  if (typeof text === 'string') return [visitor.string(text, 0)];
  return Array.isArray(text) ? text.map((run, i) => visitInline(run, visitor, i)) : [];
}

/** Hands one block to the visitor's method for its kind. */
export function visitBlock<R>(block: unknown, visitor: BlockVisitor<R>, index = 0): R {
  return dispatch(block, BLOCK_KINDS, visitor, index);
}

/** Visits each block of a list in order; a value that is not a list has none. */
export function visitBlocks<R>(blocks: unknown, visitor: BlockVisitor<R>): R[] {
  return Array.isArray(blocks) ? blocks.map((block, i) => visitBlock(block, visitor, i)) : [];
}

/**
 * The words of rich text without its marks: what a screen reader or a search would read.
 * `termText` supplies the words of a term run that has no `text` of its own. Footnote markers
 * are not words.
 */
export function plainText(text: unknown, termText: (id: string) => string = (id) => id): string {
  const words = (text: unknown): string => visitText(text, visitor).join('');
  const visitor: InlineVisitor<string> = {
    string: (text) => text,
    strong: (run) => words(run.strong),
    em: (run) => words(run.em),
    link: (run) => words(run.link),
    term: (run) => run.text ?? termText(run.term),
    xref: (run) => run.text ?? '',
    fn: () => '',
    email: (run) => run.email,
    phone: (run) => run.label ?? run.phone,
    abbr: (run) => run.abbr,
    other: () => '',
  };
  return words(text);
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
