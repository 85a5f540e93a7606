/**
 * The Markdown route: CommonMark (markdown-it) tokens to the intermediate tree. Soft line breaks
 * join (a hard-wrapped paragraph is one paragraph); hard breaks split an address into lines;
 * HTML blocks go through the HTML reader; inline HTML tags are dropped as stray markup.
 */
import MarkdownIt from 'markdown-it';
import { cleanRun, describeDebris, type DebrisCounts } from './debris.js';
import { tidyInline, type DocBlock, type DocInline, type DocListItem, type DocTree, type RouteNote } from '../doc-tree.js';
import { readFrontMatter } from './front-matter.js';
import { htmlToTree } from './html.js';
import { stripTemplateDirectives, templateNotes } from './templates.js';
import { POSTCODE } from '../patterns.js';

/**
 * A paragraph written as an address block, a line each down to the postcode ("Ministerial and Public Communications
 * Division" / "Department for Education" / … / "M1 2WD"): Markdown joins its lines, a reader of the page sees them apart.
 */
function addressBlock(source: string): boolean {
  const lines = source.split('\n').map((l) => l.trim()).filter(Boolean);
  return lines.length >= 3 && lines.length <= 10 && lines.every((l) => (l.split(/\s+/).length <= 8 && !/[.!?:;]$/.test(l)) || /^[A-Z]{1,2}\d/.test(l)) && lines.slice(-2).some((l) => POSTCODE.test(l));
}

/**
 * A heading that lost its hashes when the page was converted, left as the last line of the paragraph before it ("… user-identifying
 * information." / "Learning Objects" / "" / "Learning objects utilise session cookies …", a university's page): a short line in a
 * heading's shape, straight after a sentence's end and over a blank line and a paragraph, is a heading at the level of the last one
 * written (CommonMark would run it into the paragraph). Returns the source with those lines set apart as headings.
 */
function lostHeadings(source: string): string {
  const lines = source.split('\n');
  let level = 2;
  let fenced = false;
  return lines.map((line, k) => {
    if (/^\s*(?:```|~~~)/.test(line)) fenced = !fenced;
    const atx = /^(#{1,6})\s/.exec(line);
    if (atx) level = Math.max(2, atx[1]!.length);
    if (fenced || k === 0) return line;
    const t = line.trim();
    const before = lines[k - 1]!.trim();
    const after = lines[k + 2]?.trim() ?? '';
    const heading = t.split(/\s+/).length <= 8 && /^\p{Lu}/u.test(t) && !/[.,;:!?)]$/.test(t) && !/[|<>[\]*_#`]/.test(t) && !/^(?:[-+*]|\d+[.)])\s/.test(t);
    const shaped = heading && /[.!?]$/.test(before) && !/^(?:[-+*>|]|\d+[.)])\s?/.test(before) && !(lines[k + 1] ?? '').trim() && after.split(/\s+/).length >= 8;
    return shaped ? `\n${'#'.repeat(level)} ${t}` : line;
  }).join('\n');
}

type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];

// CommonMark plus GFM tables (markdown-it's default preset); HTML is read, never passed through.
const md = new MarkdownIt({ html: true, linkify: false });

/** Reads Markdown into the intermediate tree. */
export function markdownToTree(source: string): DocTree {
  const counts: DebrisCounts = {};
  const notes: RouteNote[] = [];
  let footnoteSyntax = 0;
  // "[^1]" markers and "[^1]: text" notes (a common extension CommonMark lacks) read as "[1]".
  const front = readFrontMatter(source.replace(/\r\n?/g, '\n'));
  if (front.found) notes.push({ kind: 'artefact', text: `Front matter (the site generator's settings) read${front.meta.title ? `: title "${front.meta.title}"` : ''}; it is not part of the notice's wording.` });
  const template = stripTemplateDirectives(front.body, front.values);
  notes.push(...templateNotes(template));
  // GOV.UK's Govspeak marks an address or a call-out with "$A" / "$C" lines: markup, not wording.
  // Attribute lists of kramdown (Jekyll, GitHub Pages), Pandoc and markdown-it-attrs set ids and
  // classes, not wording: "{: .govuk-body}" on its own line, "## Who we are {#who-we-are}",
  // "[link](url){:target="_blank"}".
  const attributes = template.text
    .replace(/^[ \t]*\{::?[^}\n]*\}[ \t]*$/gm, '')
    .replace(/[ \t]*\{:?[ \t]*[#.][\w-][^}\n]*\}[ \t]*$/gm, '')
    .replace(/\{:[^}\n]*\}/g, '')
    .replace(/(\]\([^)\n]*\))\{[^}\n]*=[^}\n]*\}/g, '$1');
  // A heading written without the space CommonMark asks for ("##Purpose", "###How we use your data"), common in files
  // written by hand: two hashes or more, then a letter, is a heading (one hash is a hashtag: "#TrefiSmartCymru").
  // (And an HTML element closed on its own line, "<h2 class="legend">HMCTS Privacy Notice</h2>", ends there: CommonMark
  // would run its HTML block on to the next blank line and swallow a heading straight after it.)
  const spaced = attributes.replace(/^(#{2,6})(?=\p{Lu})/gmu, '$1 ').replace(/^([ \t]*<(h[1-6]|p)\b[^>\n]*>[^\n]*<\/\2>[ \t]*)\n(?=[ \t]*[^\s<])/gm, '$1\n\n');
  // A page converted to Markdown escapes the dash its paragraphs open with ("\- access your personal information", html2text's
  // and Turndown's way to keep "- " from becoming a list): the page showed a dash before each, as a list shows its bullets.
  const unescaped = spaced.replace(/^([ \t]*)\\([-+*])[ \t]+(?=\S)/gm, '$1$2 ');
  const govspeak = lostHeadings(unescaped.replace(/^\$(?:A|C|CTA|E|I|P|D)\s*$/gm, ''));
  const text = govspeak.replace(/\[\^([\w-]{1,10})\]:?/g, (_m, id: string) => {
    footnoteSyntax++;
    return `\\[${id}\\]`;
  });
  const tokens = md.parse(text, {});
  let stray = 0;
  const blocks: DocBlock[] = [];
  const stack: { into: DocBlock[]; list?: DocBlock & { kind: 'list' }; item?: DocListItem; table?: DocBlock & { kind: 'table' }; row?: DocInline[][]; inHead?: boolean }[] = [{ into: blocks }];
  const top = () => stack[stack.length - 1]!;

  const inline = (token: Token): DocInline[][] => {
    // Returns lines (split at hard breaks).
    const lines: DocInline[][] = [[]];
    const marks: DocInline[][] = [lines[0]!];
    const push = (part: DocInline) => marks[marks.length - 1]!.push(part);
    const opened: ({ strong: DocInline[] } | { em: DocInline[] } | { link: DocInline[]; href?: string })[] = [];
    const keepLines = addressBlock(token.content);
    const breakLine = () => {
      const line: DocInline[] = [];
      lines.push(line);
      marks.length = 0;
      marks.push(line);
      opened.length = 0;
    };
    for (const child of token.children ?? []) {
      switch (child.type) {
        case 'text':
        case 'code_inline':
          push(cleanRun(child.content, counts));
          break;
        case 'softbreak':
          if (keepLines) breakLine();
          else push(' ');
          break;
        case 'hardbreak':
          breakLine();
          break;
        case 'strong_open':
        case 'em_open':
        case 'link_open': {
          const inner: DocInline[] = [];
          const mark =
            child.type === 'strong_open' ? { strong: inner } : child.type === 'em_open' ? { em: inner } : linkMark(inner, child.attrGet('href') as string | null);
          push(mark);
          opened.push(mark);
          marks.push(inner);
          break;
        }
        case 'strong_close':
        case 'em_close':
        case 'link_close':
          if (marks.length > 1) marks.pop();
          opened.pop();
          break;
        case 'html_inline': {
          // "<br/>" in Markdown renders a line break (CommonMark raw HTML): an address written
          // "Neuadd y Sir <br/>" keeps its lines. "<strong>" / "<b>" and "<em>" / "<i>" are the
          // emphasis they render ("<strong>Who we are</strong>" alone on a line is a bold line, as
          // "**Who we are**" is). Other inline HTML is dropped and counted.
          const tag = /^<(\/?)(strong|b|em|i)\s*>$/i.exec(child.content);
          if (/^<br\s*\/?>$/i.test(child.content)) breakLine();
          else if (tag && !tag[1]) {
            const inner: DocInline[] = [];
            const mark = /^(?:strong|b)$/i.test(tag[2]!) ? { strong: inner } : { em: inner };
            push(mark);
            opened.push(mark);
            marks.push(inner);
          } else if (tag) {
            if (marks.length > 1) marks.pop();
            opened.pop();
          } else stray++;
          break;
        }
        case 'image':
          break;
        default:
          if (child.content) push(child.content);
      }
    }
    return lines.map((l) => tidyInline(l)).filter((l) => l.length);
  };

  const addParagraph = (lines: DocInline[][]) => {
    const frame = top();
    if (frame.item && !frame.item.content.length && !frame.item.children.length) {
      frame.item.content = lines.flatMap((l, i) => (i ? [' ', ...l] : l));
      return;
    }
    const target = frame.item ? frame.item.children : frame.into;
    const group = { lines: lines.length };
    for (const content of lines) target.push(lines.length > 1 ? { kind: 'paragraph', content, line: group } : { kind: 'paragraph', content });
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    switch (token.type) {
      case 'heading_open': {
        const content = strayMarkers(inline(tokens[i + 1]!).flatMap((l, k) => (k ? [' ', ...l] : l)));
        if (content.length) top().into.push({ kind: 'heading', level: Number(token.tag.slice(1)), content });
        i += 2;
        break;
      }
      case 'paragraph_open': {
        // A bold line written on a line of its own over the text it heads ("**Who we are**" / "We are the …", no blank line
        // between): the writer set it apart as a label, and it is a paragraph of its own, as a bold line over a blank line is.
        const body = tokens[i + 1]!;
        const children = (body.children ?? []).filter((c) => c.type !== 'text' || c.content !== '');
        const cut = children.findIndex((c) => c.type === 'softbreak' || c.type === 'hardbreak');
        // (Not a name over an address or a contact's lines: "**Data Protection Officer**" / "County Hall" / "Exeter EX2 4QD".)
        const rest = body.content.split('\n').slice(1);
        const lines = rest.filter((l) => l.trim()).length >= 2 && rest.every((l) => l.trim().split(/\s+/).length <= 6);
        const alone = cut > 0 && children[0]!.type === 'strong_open' && children[cut - 1]!.type === 'strong_close' && children.slice(1, cut - 1).every((c) => c.type !== 'strong_open') && !lines && !addressBlock(rest.join('\n'));
        if (alone) {
          addParagraph(inline({ ...body, children: children.slice(0, cut), content: body.content.split('\n')[0]! } as Token));
          addParagraph(inline({ ...body, children: children.slice(cut + 1), content: rest.join('\n') } as Token));
        } else addParagraph(inline(body));
        i += 2;
        break;
      }
      case 'bullet_list_open':
      case 'ordered_list_open': {
        const list: DocBlock & { kind: 'list' } = { kind: 'list', ordered: token.type === 'ordered_list_open', items: [] };
        const frame = top();
        (frame.item ? frame.item.children : frame.into).push(list);
        stack.push({ into: frame.into, list });
        break;
      }
      case 'list_item_open': {
        const frame = top();
        const item: DocListItem = { content: [], children: [] };
        frame.list?.items.push(item);
        stack.push({ into: frame.into, item });
        break;
      }
      case 'list_item_close':
      case 'bullet_list_close':
      case 'ordered_list_close':
        stack.pop();
        break;
      case 'table_open': {
        const table: DocBlock & { kind: 'table' } = { kind: 'table', head: [], rows: [] };
        top().into.push(table);
        stack.push({ into: top().into, table });
        break;
      }
      case 'thead_open':
        top().inHead = true;
        break;
      case 'thead_close':
        top().inHead = false;
        break;
      case 'tr_open':
        top().row = [];
        break;
      case 'tr_close': {
        const frame = top();
        if (frame.table && frame.row) (frame.inHead ? (frame.table.head = frame.row) : frame.table.rows.push(frame.row));
        break;
      }
      case 'th_open':
      case 'td_open':
        top().row?.push(inline(tokens[i + 1]!).flatMap((l, k) => (k ? [' ', ...l] : l)));
        i += 2;
        break;
      case 'table_close':
        stack.pop();
        break;
      case 'html_block': {
        const tree = htmlToTree(token.content);
        const frame = top();
        (frame.item ? frame.item.children : frame.into).push(...tree.blocks);
        break;
      }
      case 'fence':
      case 'code_block':
        for (const line of token.content.split('\n').filter((l) => l.trim())) top().into.push({ kind: 'paragraph', content: tidyInline([cleanRun(line, counts)]) });
        break;
      default:
        break;
    }
  }
  const debris = describeDebris(counts);
  if (debris) notes.push({ kind: 'artefact', text: debris });
  if (stray) notes.push({ kind: 'artefact', text: `${stray} inline HTML tag${stray === 1 ? '' : 's'} in the Markdown dropped.` });
  if (footnoteSyntax) notes.push({ kind: 'artefact', text: `${footnoteSyntax} Markdown footnote references ("[^n]") read as "[n]" markers.` });
  const meta = { ...front.meta, ...(template.title && !front.meta.title ? { title: template.title } : {}) };
  return { blocks, notes, ...(Object.keys(meta).length ? { meta } : {}) };
}

/**
 * A heading's emphasis markers that CommonMark left as text, for a space inside them ("## ** What we collect **", "## **Who we
 * are **"): the writer meant bold, and a reader of the page sees the words alone. Runs of one to three "*" or "_" at either end go.
 */
function strayMarkers(content: DocInline[]): DocInline[] {
  const out = [...content];
  if (typeof out[0] === 'string') out[0] = out[0].replace(/^[*_]{1,3}\s*(?=\S)/, '');
  const last = out.length - 1;
  if (typeof out[last] === 'string') out[last] = (out[last] as string).replace(/(?<=\S)\s*[*_]{1,3}$/, '');
  return out.filter((part) => part !== '');
}

function linkMark(inner: DocInline[], href: string | null): { link: DocInline[]; href?: string } {
  return href ? { link: inner, href } : { link: inner };
}
