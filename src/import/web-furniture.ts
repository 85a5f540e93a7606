/**
 * The website around a notice, as it survives in a saved or converted page (HTML saved from the
 * browser, Markdown a converter made of a web page): menus and breadcrumbs before the title, an
 * in-page contents list, "Was this page helpful?" with its Yes / No, related links, and tables
 * that repeat each column's name inside every cell (responsive tables). It is the site's, not the
 * notice's wording, so it is taken out of the tree, with a note, before the notice is built. It
 * works on the intermediate tree, so every route gets the same rules; the HTML route also drops
 * what only its markup shows (landmarks, consent banners) before it builds the tree.
 */
import { blockText, inlineText, type DocBlock, type DocInline, type DocListItem, type DocTree } from './doc-tree.js';
import type { NoteBook } from './notes.js';
import { COOKIE_COLUMN_WORD } from './patterns.js';

/** Headings of a page's widgets, not of the notice: in-page contents, feedback, sharing, related links. English and Welsh. */
const WIDGET_HEADING = /^(?:on this page|contents|table of contents|in this (?:section|page|notice)|jump to|was this (?:page|information) (?:helpful|useful)|is this page useful|did you find what you (?:were )?looking for|report a problem(?: with this page)?|help us improve(?: this page| our website)?|share this(?: page)?|related (?:content|pages|links|information|topics|services)|more (?:on|in) this (?:topic|section)|cynnwys|ar y dudalen hon|yn yr adran hon|a oedd y dudalen hon yn ddefnyddiol|a oedd y wybodaeth hon yn ddefnyddiol|rhoi gwybod am broblem(?: gyda['’]r dudalen hon)?|rhannu['’]r dudalen hon|cynnwys cysylltiedig|tudalennau cysylltiedig|dolenni cysylltiedig)\??:?$/i;

/** A page's date line: "Page last reviewed: 12 March 2024", "Last updated 3 May 2025", "Diweddarwyd ddiwethaf …". */
const PAGE_DATE = /^(?:page\s+)?(?:last\s+(?:reviewed|updated|modified)|next\s+review\s+due|(?:diweddarwyd|adolygwyd)(?:\s+ddiwethaf)?)\b/i;

/** Words of inline content outside its links. */
function unlinkedWords(content: readonly DocInline[]): number {
  let text = '';
  const walk = (runs: readonly DocInline[]) => {
    for (const run of runs) {
      if (typeof run === 'string') text += ` ${run}`;
      else if ('link' in run) continue;
      else walk('strong' in run ? run.strong : run.em);
    }
  };
  walk(content);
  return text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}

function hasLink(content: readonly DocInline[]): boolean {
  return content.some((r) => typeof r !== 'string' && ('link' in r || hasLink('strong' in r ? r.strong : r.em)));
}

/** The words a block has outside links: a menu, breadcrumbs or a Yes / No has (almost) none. */
function wordsOutsideLinks(block: DocBlock): number {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
      return unlinkedWords(block.content);
    case 'list':
      return block.items.reduce((n, item) => n + itemWords(item), 0);
    default:
      return blockText(block).split(/\s+/).filter(Boolean).length;
  }
}

/** An item that is one link, or a short label ("Browse More"), is a menu entry. */
function itemWords(item: DocListItem): number {
  const words = unlinkedWords(item.content);
  const own = hasLink(item.content) || words > 3 ? words : 0;
  return own + item.children.reduce((n, b) => n + wordsOutsideLinks(b), 0);
}

/** Only links (or a few words of label): nothing the notice says. */
function onlyLinks(block: DocBlock): boolean {
  if (block.kind === 'list') return block.items.every((item) => hasLink(item.content) && unlinkedWords(item.content) <= 3);
  if (block.kind === 'paragraph') return hasLink(block.content) && unlinkedWords(block.content) <= 3;
  return false;
}

/** A list whose every item is one link to a place in the same page ("#who-we-are"): the page's contents. */
function isContentsList(block: DocBlock): boolean {
  if (block.kind !== 'list' || block.items.length < 2) return false;
  return block.items.every((item) => {
    const links = item.content.filter((r): r is { link: DocInline[]; href?: string } => typeof r !== 'string' && 'link' in r);
    return links.length === 1 && /^#./.test(links[0]!.href ?? '') && unlinkedWords(item.content) === 0;
  });
}

/**
 * A saved web page often has furniture before its one level-1 heading: a skip link, the site's
 * search and menu, breadcrumbs, a confirmation banner. When the document has exactly one level-1
 * heading and, before it, no table and at most 40 words outside links, that part is dropped
 * (noted), so the heading is the title. A level-1 heading repeating the first one's words (a title
 * written once for small screens and once for large) is dropped first. Returns the dropped text (it
 * often names the site's owner).
 */
export function dropChromeBeforeTitle(tree: DocTree, notes: NoteBook): string | undefined {
  // A page that writes its title twice, one for small screens and one for large ("<h1 class="hidden-h1-mobile">" and
  // "<h1 class="hidden-h1-desktop">"), has one title: the repeat goes.
  const firstH1 = tree.blocks.find((b) => b.kind === 'heading' && b.level === 1);
  if (firstH1) tree.blocks = tree.blocks.filter((b) => b === firstH1 || !(b.kind === 'heading' && b.level === 1 && blockText(b).trim() === blockText(firstH1).trim()));
  const h1 = tree.blocks.filter((b) => b.kind === 'heading' && b.level === 1);
  if (h1.length !== 1) return undefined;
  const index = tree.blocks.indexOf(h1[0]!);
  if (index <= 0) return undefined;
  const before = tree.blocks.slice(0, index);
  const words = before.reduce((n, b) => n + wordsOutsideLinks(b), 0);
  if (words > 40 || before.some((b) => b.kind === 'table')) return undefined;
  tree.blocks.splice(0, index);
  const text = before.map(blockText).join(' / ').replace(/\s+/g, ' ');
  notes.add('notice', 'artefact', `Page furniture before the title ("${text.slice(0, 80)}${text.length > 80 ? '…' : ''}") removed.`);
  // The furniture often names the site's organisation ("Cyngor Sir Ynys Môn - Isle of Anglesey County Council").
  return before.map(blockText).join(' / ');
}

/**
 * Takes a page's widgets out of the notice's blocks: an in-page contents list, and a widget heading
 * ("On this page", "Was this page helpful?", "Related content") with only links under it up to the
 * next heading. A widget-like heading over wording stays: the notice may have a "Contents" section.
 */
export function dropWidgets(tree: DocTree, notes: NoteBook): void {
  const blocks = tree.blocks;
  const drop = new Set<number>();
  const kinds = new Set<string>();
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (isContentsList(block)) {
      drop.add(i);
      kinds.add('an in-page contents list');
      continue;
    }
    if (block.kind !== 'heading' || !WIDGET_HEADING.test(inlineText(block.content).replace(/\s+/g, ' ').trim())) continue;
    let j = i + 1;
    while (j < blocks.length && !(blocks[j]!.kind === 'heading' && (blocks[j] as { level: number }).level <= block.level)) j++;
    const under = blocks.slice(i + 1, j);
    // The page's date line ("Page last reviewed: 12 March 2024") may follow a widget at the page's end: it stays.
    const dated = (b: DocBlock) => b.kind === 'paragraph' && PAGE_DATE.test(inlineText(b.content).trim());
    if (!under.every((b) => onlyLinks(b) || isContentsList(b) || dated(b))) continue;
    for (let k = i; k < j; k++) if (!dated(blocks[k]!)) drop.add(k);
    kinds.add(/contents|on this page|cynnwys|ar y dudalen|yn yr adran|jump to|in this/i.test(inlineText(block.content)) ? 'an in-page contents list' : 'feedback, sharing and related links');
    i = j - 1;
  }
  // A page's tabs copied as lines ("Which College Department would you like more information about?" / "Enrolment and
  // Administration" / "Finance and Bursary" / "Teaching" / "Marketing" / "Enrolment and Administration" / …): three short labels
  // or more, the first repeated straight after them over its tab's content. The labels (and the question that asks to choose
  // one) are the page's; the repeat heads the first tab's wording.
  const textOf = (b: DocBlock) => (b.kind === 'heading' || b.kind === 'paragraph' ? blockText(b).replace(/\s+/g, ' ').trim() : '');
  // (Never a table's column names over each record, "Name" / "Purpose" / "Expires" / "Name" / …: words of the columns, or labels with their values.)
  // (Nor a table's cells one a line, a cookie's name or its life among them, "ARRAffinity" / "Session" / "Unknown": a tab's label is words.)
  const label = (b: DocBlock | undefined) => !!b && ((t) => t.split(/\s+/).length <= 5 && /^\p{Lu}\p{Ll}+(?:\s+(?:\p{L}\p{Ll}*|&))*$/u.test(t) && !/\b(?:session|persistent|unknown|none)\b/i.test(t) && !t.split(/\s+/).every((w) => COOKIE_COLUMN_WORD.test(w)))(textOf(b));
  for (let i = 0; i < blocks.length; i++) {
    let j = i;
    while (label(blocks[j]) && !drop.has(j) && (j === i || textOf(blocks[j]!) !== textOf(blocks[i]!))) j++;
    const repeat = blocks[j];
    // (The repeat heads wording: the next block is no label.)
    if (j - i >= 3 && repeat && label(repeat) && textOf(repeat) === textOf(blocks[i]!) && blocks[j + 1] && !label(blocks[j + 1])) {
      for (let k = i; k < j; k++) drop.add(k);
      const asked = blocks[i - 1];
      if (asked && (asked.kind === 'heading' || asked.kind === 'paragraph') && /\?$/.test(textOf(asked)) && textOf(asked).split(/\s+/).length <= 16) drop.add(i - 1);
      if (repeat.kind === 'paragraph') blocks[j] = { kind: 'heading', level: 2, content: repeat.content };
      kinds.add('tabs');
      i = j;
    }
  }
  if (!drop.size) return;
  tree.blocks = blocks.filter((_, i) => !drop.has(i));
  notes.add('notice', 'artefact', `Page widgets removed (${[...kinds].join(', ')}): they are the website's, not the notice's wording.`);
}

/**
 * Responsive tables repeat each column's name inside every cell, for small screens ("Name
 * _ga", "Expires 2 years"; NHS.UK and GOV.UK tables, and converters that keep the hidden label).
 * Where every filled cell of a column starts with its header's words, they are taken off.
 */
export function stripCellLabels(tree: DocTree): void {
  for (const block of tree.blocks) {
    if (block.kind !== 'table' || block.head.length < 2 || !block.rows.length) continue;
    const labels = block.head.map((cell) => inlineText(cell).replace(/\s+/g, ' ').trim());
    const starts = (x: DocInline[] | undefined, label: string) => !!x && inlineText(x).replace(/\s+/g, ' ').trim().toLowerCase().startsWith(`${label.toLowerCase()} `);
    const labelled = labels.map((label, c) => {
      const filled = block.rows.map((row) => row[c]).filter((x) => !!x && !!inlineText(x).trim());
      return !!label && filled.length > 0 && filled.every((x) => starts(x, label));
    });
    // The responsive pattern labels every column: one column whose cells start with its name
    // ("Expires" over "Expires after 2 years") is the wording.
    if (labelled.filter(Boolean).length < Math.max(2, Math.ceil(labels.length / 2))) continue;
    for (const row of block.rows) {
      labels.forEach((label, c) => {
        if (labelled[c] && starts(row[c], label)) row[c] = dropLeadingWords(row[c]!, label);
      });
    }
  }
}

/** Inline content without the label it starts with. */
function dropLeadingWords(content: DocInline[], label: string): DocInline[] {
  const text = inlineText(content).replace(/\s+/g, ' ').trim();
  // A cell's content is plain runs in practice; keep its marks only when the label is a run of its own.
  const first = content[0];
  if (typeof first !== 'string' && first && inlineText([first]).trim().toLowerCase() === label.toLowerCase()) return content.slice(1);
  return [text.slice(label.length).trim()];
}
