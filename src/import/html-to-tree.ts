/**
 * The HTML route: a small, tolerant HTML reader for mammoth's output (.docx) and for saved web
 * pages (.html). Node has no DOMParser, so this reads the subset of HTML a notice uses (headings,
 * paragraphs, lists, definition lists, tables, bold, italics, links) and skips the rest
 * (scripts, styles, navigation, forms). Linear in the input size.
 */
import { cleanRun, describeDebris, type DebrisCounts } from './debris.js';
import { tidyInline, type DocBlock, type DocInline, type DocListItem, type DocTree, type RouteNote } from './doc-tree.js';

interface HtmlElement {
  tag: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
  parent?: HtmlElement;
}
type HtmlNode = HtmlElement | string;

const VOID = new Set(['br', 'hr', 'img', 'meta', 'link', 'input', 'col', 'wbr', 'area', 'base', 'source', 'embed', 'param', 'track']);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'noscript', 'template', 'svg', 'math']);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'nav', 'form', 'button', 'select', 'head', 'iframe', 'object', 'canvas', 'video', 'audio']);
/** Elements a new one of these closes implicitly (HTML's optional end tags). */
const CLOSES: Record<string, string[]> = {
  p: ['p'], li: ['p', 'li'], dt: ['p', 'dt', 'dd'], dd: ['p', 'dt', 'dd'], tr: ['td', 'th', 'tr'], td: ['td', 'th'], th: ['td', 'th'],
  h1: ['p'], h2: ['p'], h3: ['p'], h4: ['p'], h5: ['p'], h6: ['p'], ul: ['p'], ol: ['p'], dl: ['p'], table: ['p'], div: ['p'],
  thead: ['tbody', 'thead'], tbody: ['thead', 'tbody'], tfoot: ['tbody', 'thead'], blockquote: ['p'],
};
const BLOCK = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'dl', 'table', 'blockquote', 'section', 'article', 'main', 'header', 'footer', 'aside', 'figure', 'address', 'pre', 'hr', 'li', 'center', 'body', 'html']);

const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”',
  hellip: '…', bull: '•', middot: '·', copy: '©', reg: '®', trade: '™', pound: '£', euro: '€', shy: '\u00ad', zwnj: '\u200c', zwj: '\u200d',
  rarr: '→', larr: '←', uarr: '↑', times: '×', deg: '°', para: '¶', sect: '§', laquo: '«', raquo: '»', ensp: ' ', emsp: ' ', thinsp: ' ',
};

/** Decodes character references (`&amp;`, `&#8217;`, `&#x2019;`). Unknown names stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});?/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/** Parses HTML into a light element tree (never throws; unbalanced tags are closed as browsers would, roughly). */
export function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { tag: '#root', attrs: {}, children: [] };
  let current = root;
  const tagPattern = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<![^>]*>|<\?[^>]*>|<\/?([a-zA-Z][a-zA-Z0-9:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
  const lower = html.toLowerCase();
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = tagPattern.exec(html))) {
    if (m.index > last) current.children.push(decodeEntities(html.slice(last, m.index)));
    last = tagPattern.lastIndex;
    const name = m[1]?.toLowerCase();
    if (!name) continue; // comment, doctype, processing instruction
    const closing = m[0][1] === '/';
    if (closing) {
      let el: HtmlElement | undefined = current;
      while (el && el.tag !== name) el = el.parent;
      if (el?.parent) current = el.parent;
      continue;
    }
    for (const closes of CLOSES[name] ?? []) {
      // Close an open element this one cannot sit in, without crossing a list or table boundary.
      let el: HtmlElement | undefined = current;
      while (el && el.tag !== closes && !['ul', 'ol', 'dl', 'table', '#root', 'td', 'th', 'li', 'blockquote', 'div'].filter((t) => t !== closes).includes(el.tag)) el = el.parent;
      if (el?.tag === closes && el.parent) current = el.parent;
    }
    const el: HtmlElement = { tag: name, attrs: readAttrs(m[2] ?? ''), children: [], parent: current };
    current.children.push(el);
    if (VOID.has(name) || m[0].endsWith('/>')) continue;
    // No real document nests this deep; beyond it, elements become siblings so every later
    // walk over the tree stays within the call stack.
    if (depth(current) >= MAX_DEPTH) continue;
    if (RAW_TEXT.has(name)) {
      const end = lower.indexOf(`</${name}`, last);
      const stop = end < 0 ? html.length : end;
      el.children.push(html.slice(last, stop));
      const close = html.indexOf('>', stop);
      last = close < 0 ? html.length : close + 1;
      tagPattern.lastIndex = last;
      continue;
    }
    current = el;
  }
  if (last < html.length) current.children.push(decodeEntities(html.slice(last)));
  return root;
}

const MAX_DEPTH = 100;

function depth(el: HtmlElement): number {
  let n = 0;
  for (let p = el.parent; p && n < MAX_DEPTH; p = p.parent) n++;
  return n;
}

function readAttrs(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of source.matchAll(/([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    attrs[m[1]!.toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

/** Reads HTML (a saved page, or mammoth's conversion of a .docx) into the intermediate tree. */
export function htmlToTree(html: string, routeNotes: RouteNote[] = []): DocTree {
  const counts: DebrisCounts = {};
  const root = parseHtml(html);
  // A saved web page: read its main content when it marks one.
  const main = find(root, (el) => el.tag === 'main' || el.attrs.role === 'main') ?? find(root, (el) => el.tag === 'body') ?? root;
  const reader = new HtmlReader(counts);
  reader.blocks(main.children, reader.out);
  const notes = [...routeNotes];
  const debris = describeDebris(counts);
  if (debris) notes.push({ kind: 'artefact', text: debris });
  if (reader.footnoteLinks) notes.push({ kind: 'artefact', text: `${reader.footnoteLinks} footnote back-links ("↑") dropped; the notes keep their "[n]" markers.` });
  return { blocks: reader.out, notes };
}

function find(el: HtmlElement, test: (el: HtmlElement) => boolean): HtmlElement | undefined {
  for (const child of el.children) {
    if (typeof child === 'string') continue;
    if (test(child)) return child;
    const inner = find(child, test);
    if (inner) return inner;
  }
  return undefined;
}

class HtmlReader {
  readonly out: DocBlock[] = [];
  readonly #counts: DebrisCounts;
  footnoteLinks = 0;

  constructor(counts: DebrisCounts) {
    this.#counts = counts;
  }

  /** Reads a run of nodes as blocks; loose inline content becomes paragraphs. */
  blocks(nodes: HtmlNode[], into: DocBlock[]): void {
    let loose: HtmlNode[] = [];
    const flush = () => {
      if (loose.length) this.#paragraphs(loose, into);
      loose = [];
    };
    for (const node of nodes) {
      if (typeof node === 'string' || !BLOCK.has(node.tag) || node.tag === 'br') {
        if (typeof node !== 'string' && SKIP.has(node.tag)) continue;
        loose.push(node);
        continue;
      }
      flush();
      this.#block(node, into);
    }
    flush();
  }

  #block(el: HtmlElement, into: DocBlock[]): void {
    const heading = /^h([1-6])$/.exec(el.tag);
    if (heading) {
      const content = this.inline(el.children);
      if (content.length) into.push({ kind: 'heading', level: Number(heading[1]), content });
      return;
    }
    switch (el.tag) {
      case 'p':
      case 'address':
      case 'pre':
        if (el.children.some((c) => typeof c !== 'string' && BLOCK.has(c.tag) && c.tag !== 'br')) this.blocks(el.children, into);
        else this.#paragraphs(el.children, into);
        return;
      case 'ul':
      case 'ol': {
        if (isFootnoteList(el)) {
          this.#footnotes(el, into);
          return;
        }
        const items = el.children.filter((c): c is HtmlElement => typeof c !== 'string' && c.tag === 'li').map((li) => this.#item(li));
        if (items.length) into.push({ kind: 'list', ordered: el.tag === 'ol', items });
        return;
      }
      case 'dl': {
        const items: { term: DocInline[]; separator: string; desc: DocInline[] }[] = [];
        for (const child of el.children) {
          if (typeof child === 'string') continue;
          if (child.tag === 'dt') items.push({ term: this.inline(child.children), separator: ' ', desc: [] });
          else if (child.tag === 'dd') {
            const last = items[items.length - 1];
            const desc = this.inline(child.children);
            if (last && !last.desc.length) last.desc = desc;
            else items.push({ term: [], separator: '', desc });
          }
        }
        if (items.length) into.push({ kind: 'dl', items });
        return;
      }
      case 'table':
        this.#table(el, into);
        return;
      case 'hr':
        return;
      default:
        if (SKIP.has(el.tag)) return;
        this.blocks(el.children, into);
    }
  }

  /** Inline content split at `<br>`: one paragraph, or several "line" paragraphs (an address). */
  #paragraphs(nodes: HtmlNode[], into: DocBlock[]): void {
    const lines: HtmlNode[][] = [[]];
    for (const node of nodes) {
      if (typeof node !== 'string' && node.tag === 'br') lines.push([]);
      else lines[lines.length - 1]!.push(node);
    }
    const contents = lines.map((l) => this.inline(l)).filter((c) => c.length);
    const group = { lines: contents.length };
    for (const content of contents) into.push(contents.length > 1 ? { kind: 'paragraph', content, line: group } : { kind: 'paragraph', content });
  }

  #item(li: HtmlElement): DocListItem {
    const inlineNodes: HtmlNode[] = [];
    const children: DocBlock[] = [];
    let seenBlock = false;
    for (const child of li.children) {
      const isBlock = typeof child !== 'string' && BLOCK.has(child.tag) && child.tag !== 'br';
      // mammoth wraps nothing in <p> inside <li>, but saved pages do: the first <p> is the item's text.
      if (isBlock && !seenBlock && child.tag === 'p' && !inlineNodes.some((n) => typeof n !== 'string' || n.trim())) {
        inlineNodes.push(...child.children);
        seenBlock = true;
        continue;
      }
      if (isBlock) {
        seenBlock = true;
        this.#block(child, children);
      } else if (!seenBlock) inlineNodes.push(child);
      else this.#paragraphs([child], children);
    }
    return { content: this.inline(inlineNodes), children };
  }

  #table(table: HtmlElement, into: DocBlock[]): void {
    const rows: HtmlElement[] = [];
    const collect = (el: HtmlElement) => {
      for (const child of el.children) {
        if (typeof child === 'string') continue;
        if (child.tag === 'tr') rows.push(child);
        else if (['thead', 'tbody', 'tfoot'].includes(child.tag)) collect(child);
      }
    };
    collect(table);
    const cells = (tr: HtmlElement) => tr.children.filter((c): c is HtmlElement => typeof c !== 'string' && (c.tag === 'td' || c.tag === 'th'));
    let head: DocInline[][] = [];
    const first = rows[0];
    if (first && (first.parent?.tag === 'thead' || cells(first).every((c) => c.tag === 'th'))) {
      head = cells(first).map((c) => this.inline(c.children));
      rows.shift();
    }
    const body = rows.map((tr) => cells(tr).map((c) => this.inline(c.children)));
    if (head.length || body.length) into.push({ kind: 'table', head, rows: body });
  }

  /** mammoth's footnotes: `<li id="footnote-1"><p>Text <a href="#footnote-ref-1">↑</a></p></li>` → "[1] Text". */
  #footnotes(list: HtmlElement, into: DocBlock[]): void {
    let n = 0;
    for (const li of list.children) {
      if (typeof li === 'string' || li.tag !== 'li') continue;
      n++;
      const number = /(\d+)$/.exec(li.attrs.id ?? '')?.[1] ?? String(n);
      const blocks: DocBlock[] = [];
      this.blocks(li.children, blocks);
      const firstBlock = blocks[0];
      if (firstBlock?.kind === 'paragraph') firstBlock.content = tidyInline([`[${number}] `, ...firstBlock.content]);
      into.push(...blocks);
    }
  }

  /** Inline content: strong, em, links; other inline tags are transparent. */
  inline(nodes: HtmlNode[]): DocInline[] {
    const out: DocInline[] = [];
    const walk = (list: HtmlNode[], into: DocInline[]) => {
      for (const node of list) {
        if (typeof node === 'string') {
          into.push(cleanRun(node, this.#counts));
          continue;
        }
        if (SKIP.has(node.tag)) continue;
        switch (node.tag) {
          case 'strong':
          case 'b': {
            const inner: DocInline[] = [];
            walk(node.children, inner);
            into.push({ strong: inner });
            break;
          }
          case 'em':
          case 'i': {
            const inner: DocInline[] = [];
            walk(node.children, inner);
            into.push({ em: inner });
            break;
          }
          case 'a': {
            const href = node.attrs.href;
            // A back-link from a footnote to its marker carries no wording.
            if (href && /^#(?:footnote|endnote)-ref-/.test(href)) {
              this.footnoteLinks++;
              break;
            }
            const inner: DocInline[] = [];
            walk(node.children, inner);
            // A footnote marker link "[1]" is kept as its text; the note itself follows as "[1] …".
            if (href && /^#(?:footnote|endnote)-\d+/.test(href)) into.push(...inner);
            else if (href === undefined && node.attrs.id !== undefined) into.push(...inner); // a bookmark
            else if (href === undefined) into.push({ link: inner });
            else into.push({ link: inner, href });
            break;
          }
          case 'br':
            into.push(' ');
            break;
          case 'img':
            break;
          default:
            walk(node.children, into);
        }
      }
    };
    walk(nodes, out);
    return tidyInline(out);
  }
}

function isFootnoteList(list: HtmlElement): boolean {
  const items = list.children.filter((c): c is HtmlElement => typeof c !== 'string' && c.tag === 'li');
  return items.length > 0 && items.every((li) => /^(?:footnote|endnote)-\d+$/.test(li.attrs.id ?? ''));
}
