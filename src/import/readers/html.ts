/**
 * The HTML route: saved web pages (.html), page templates and mammoth's output for .docx, read
 * with htmlparser2 (a well-kept, forgiving HTML parser: optional end tags, unclosed elements and
 * entities as browsers treat them). It replaced a hand-written tag reader: this is dev-time code,
 * so a real parser's bytes cost no visitor anything, and it handles what the hand-written one
 * only approximated. This file keeps what a notice needs (headings, paragraphs, lists, definition
 * lists, tables, bold, italics, links) and skips the rest (scripts, styles, navigation, forms).
 */
import MarkdownIt from 'markdown-it';
import { decodeHTML } from 'entities';
import { parseDocument } from 'htmlparser2';
import { cleanRun, describeDebris, type DebrisCounts } from './debris.js';
import { inlineText, tidyInline, type DocBlock, type DocInline, type DocListItem, type DocTree, type RouteNote } from '../doc-tree.js';
import { stripTemplateDirectives, templateNotes } from './templates.js';
import { textToTree } from './text.js';

/** An element as the reader sees it (a structural view of htmlparser2's DOM nodes). */
interface HtmlElement {
  tag: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
  parent?: HtmlElement;
}
type HtmlNode = HtmlElement | string;

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'nav', 'form', 'button', 'select', 'head', 'iframe', 'object', 'canvas', 'video', 'audio', 'title', 'textarea']);
/** HTML's phrasing elements: a block inside one (a card's link around its heading) is not the page's structure. Any other element HTML does not define is a container. */
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'br', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'img', 'input', 'ins', 'kbd', 'label', 'mark', 'nobr', 'output', 'picture', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr']);
const BLOCK = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'dl', 'table', 'blockquote', 'section', 'article', 'main', 'header', 'footer', 'aside', 'figure', 'address', 'pre', 'hr', 'li', 'center', 'body', 'html', 'details', 'summary', 'fieldset', 'legend']);

/** Decodes character references (`&amp;`, `&#8217;`, `&#x2019;`) as HTML does; unknown names stay as written. */
export function decodeEntities(text: string): string {
  return decodeHTML(text);
}

/** No real document nests this deep; beyond it, the walk stops, so it stays within the call stack. */
const MAX_DEPTH = 100;

interface DomNode { type: string; data?: string; name?: string; attribs?: Record<string, string>; children?: DomNode[] }

/** Parses HTML into the reader's element tree (never throws). */
export function parseHtml(html: string): HtmlElement {
  // A heading closed by another level's end tag ("<h2>How cookies are used</h1>"): a browser ends the heading there, as any
  // heading end tag ends the open heading; htmlparser2 would run it on into the next one.
  const headingsClosed = html.replace(/(<h([1-6])\b[^>]*>)((?:(?!<\/?h[1-6]\b)[\s\S]){0,2000}?)<\/h[1-6]\s*>/gi, (_m, open: string, level: string, inner: string) => `${open}${inner}</h${level}>`);
  const document = parseDocument(headingsClosed, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true }) as unknown as DomNode;
  const root: HtmlElement = { tag: '#root', attrs: {}, children: [] };
  // Iterative, so a page nested thousands of elements deep cannot exhaust the call stack.
  const stack: { nodes: DomNode[]; parent: HtmlElement; depth: number }[] = [{ nodes: document.children ?? [], parent: root, depth: 0 }];
  while (stack.length) {
    const { nodes, parent, depth } = stack.pop()!;
    for (const node of nodes) {
      if (node.type === 'text') parent.children.push(node.data ?? '');
      else if (node.type === 'tag' || node.type === 'script' || node.type === 'style') {
        // Beyond MAX_DEPTH, elements become siblings, so later walks over the tree stay shallow.
        const nest = depth < MAX_DEPTH;
        const el: HtmlElement = { tag: node.name ?? '', attrs: node.attribs ?? {}, children: [], parent };
        parent.children.push(el);
        stack.push({ nodes: node.children ?? [], parent: nest ? el : parent, depth: nest ? depth + 1 : depth });
      }
      // Comments, doctypes, processing instructions and CDATA carry no wording.
    }
  }
  return root;
}

const markdown = new MarkdownIt({ html: true, linkify: false });
/** A template's Markdown block (Django's and Jinja's `{% filter markdown %}` … `{% endfilter %}`, `{% markdown %}` … `{% endmarkdown %}`). */
const MARKDOWN_BLOCK = /\{%-?\s*(?:filter\s+markdown\w*|markdown)\s*-?%\}([\s\S]*?)\{%-?\s*end(?:filter|markdown)\s*-?%\}/g;

/** The Markdown a template's block holds, as the HTML the page renders (its lines' common indent taken off first). */
function renderMarkdownBlocks(html: string): string {
  return html.replace(MARKDOWN_BLOCK, (_m, inner: string) => {
    const indent = Math.min(...inner.split('\n').filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)![0].length));
    return markdown.render(inner.split('\n').map((l) => l.slice(Number.isFinite(indent) ? indent : 0)).join('\n'));
  });
}

/** Reads HTML (a saved page, or mammoth's conversion of a .docx) into the intermediate tree. */
export function htmlToTree(html: string, routeNotes: RouteNote[] = []): DocTree {
  const counts: DebrisCounts = {};
  const notes = [...routeNotes];
  // (Markdown a template renders is read as the page shows it: "{% filter markdown %}" / "## Privacy" / … is a heading.)
  const template = stripTemplateDirectives(renderMarkdownBlocks(html));
  notes.push(...templateNotes(template));
  const root = parseHtml(template.text);
  // A saved web page: read its main content when it marks one; without one, the body less the site's furniture.
  // A component file (a Vue single-file component, an Angular template) holds its markup in a
  // top-level <template>, beside its <script> and <style>: with no <body>, that is the content. (In a
  // page, a <template> is an inert fragment the page's script stamps out, and is skipped.)
  const body = find(root, (el) => el.tag === 'body');
  const component = body ? undefined : root.children.find((c): c is HtmlElement => typeof c !== 'string' && c.tag === 'template');
  // (A <main> with no words, the page's content beside it rather than in it, marks nothing.)
  const marked = find(root, (el) => el.tag === 'main' || el.attrs.role === 'main');
  const main = (marked && /\p{L}/u.test(textOf(marked)) ? marked : undefined) ?? body ?? component ?? root;
  // A text file as a browser saves it (its whole content one <pre>): the text reader's work.
  const pre = lonePre(main);
  if (pre) {
    const tree = textToTree(textOf(pre));
    return { ...tree, notes: [...notes, { kind: 'artefact', text: 'The page is one block of preformatted text (a text file as a browser saves it): it was read as plain text.' }, ...tree.notes] };
  }
  const furniture = pruneFurniture(main);
  if (furniture.length) notes.push({ kind: 'artefact', text: `Page furniture around the notice removed (${[...new Set(furniture)].join(', ')}): it is the website's, not the notice's wording.` });
  const reader = new HtmlReader(counts);
  reader.blocks(main.children, reader.out);
  const debris = describeDebris(counts);
  if (debris) notes.push({ kind: 'artefact', text: debris });
  // The page's <title> ("Privacy notice - Anytown Council") names it only when the content has no <h1>.
  // An <h1> outside <main> (in a banner above it) names it before the <title> does.
  const outsideH1 = main !== root && !find(main, (el) => el.tag === 'h1') ? find(root, (el) => el.tag === 'h1') : undefined;
  const outside = outsideH1 ? textOf(outsideH1).replace(/\s+/g, ' ').trim() : '';
  const pageTitle = template.title ?? (find(main, (el) => el.tag === 'h1') ? undefined : (outside && outside.length <= 150 ? outside : undefined) ?? titleOf(root));
  const meta = pageTitle ? { title: pageTitle } : undefined;
  if (reader.footnoteLinks) notes.push({ kind: 'artefact', text: `${reader.footnoteLinks} footnote back-links ("↑") dropped; the notes keep their "[n]" markers.` });
  return { blocks: reader.out, notes, ...(meta ? { meta } : {}) };
}

/** Whether an element holds block-level content (a heading, paragraph, list or table) anywhere inside it. */
function holdsBlocks(el: HtmlElement): boolean {
  return !!find(el, (e) => BLOCK.has(e.tag) && e.tag !== 'br');
}

/** The one `<pre>` a page's content is, when it is all one preformatted text of several lines. */
function lonePre(scope: HtmlElement): HtmlElement | undefined {
  let el = scope;
  for (;;) {
    const kids = el.children.filter((c) => (typeof c === 'string' ? /\S/.test(c) : !SKIP.has(c.tag)));
    if (kids.length !== 1 || typeof kids[0] === 'string') return undefined;
    el = kids[0]!;
    if (el.tag === 'pre') return (textOf(el).match(/\n/g) ?? []).length >= 2 ? el : undefined;
    if (!['div', 'body', 'html', 'main', 'article', 'section'].includes(el.tag)) return undefined;
  }
}

/** ARIA landmarks that are the site's, never the notice's: its header, footer, menus and search. */
const FURNITURE_ROLE = /^(?:banner|contentinfo|navigation|search)$/;
/** A consent banner or dialog (ours, GOV.UK's, NHS.UK's, OneTrust, Cookiebot, Civic, vanilla-cookieconsent, WordPress plugins). */
const CONSENT_BANNER = /(?:^|[\s_-])(?:cookies?|cc|consent|gdpr)[-_]?(?:banner|bar|popup|pop-up|modal|dialog|message|prompt|overlay|notice|law-info-bar|consent-sdk|window)\b|\b(?:onetrust-(?:banner|consent)-sdk|CybotCookiebotDialog|cookiebanner|cc-main|ccc-overlay)\b|^ccc$/i;
/** Furniture named by its class or id on sites that do not use landmarks. */
/** A success or confirmation panel's name (GOV.UK's "govuk-notification-banner--success", ONS's "panel--success", "cookies-confirmation-message"). */
const SUCCESS_MESSAGE = /--success\b|(?:^|[\s_-])(?:success|confirmation)[-_]?(?:message|banner|panel|notice)s?(?:$|[\s_-])/i;
// (Breadcrumbs and skip links are named by their own checks above, each with its guard.)
const FURNITURE_NAME = /(?:^|\s)(?:(?:site|page|global|main|govuk|nhsuk)[-_]?)?(?:header|footer|masthead)(?:$|\s)/i;

/**
 * Takes the website's furniture out of a saved page's content, in place, and says what it took:
 * landmarks that are the site's (banner, contentinfo, navigation, search), a page-level
 * `<header>`, `<footer>` or `<aside>` (not one inside an `<article>` or `<section>`, where it
 * belongs to the text), consent banners, breadcrumbs and skip links. A part holding an `<h1>`
 * is kept: some sites put the page's title in their header.
 */
function pruneFurniture(scope: HtmlElement): string[] {
  const taken: string[] = [];
  const walk = (el: HtmlElement, inText: boolean) => {
    el.children = el.children.filter((child) => {
      if (typeof child === 'string') return true;
      const kind = furnitureKind(child, inText);
      if (kind && !find(child, (e) => e.tag === 'h1') && (kind !== 'a consent banner' || isBanner(child))) {
        taken.push(kind);
        return false;
      }
      walk(child, inText || child.tag === 'article' || child.tag === 'section');
      return true;
    });
  };
  walk(scope, scope.tag === 'article' || scope.tag === 'main' || scope.attrs.role === 'main');
  return taken;
}

function furnitureKind(el: HtmlElement, inText: boolean): string | undefined {
  const role = el.attrs.role ?? '';
  const names = `${el.attrs.class ?? ''} ${el.attrs.id ?? ''}`;
  const label = el.attrs['aria-label'] ?? '';
  if (CONSENT_BANNER.test(names) || (/cookie/i.test(label) && (role === 'region' || role === 'dialog' || role === 'alertdialog'))) return 'a consent banner';
  if (el.tag === 'a' && (/skip/i.test(names) || (/^#/.test(el.attrs.href ?? '') && /^\s*(?:skip to|neidio i)/i.test(textOf(el))))) return 'skip links';
  // Named so, and short and made of links: a content wrapper whose class mentions breadcrumbs is not one.
  if (/breadcrumb/i.test(`${names} ${label}`) && isLinkCluster(el, 120)) return 'breadcrumbs';
  if (/(?:^|[\s_-])(?:share|sharing|social|print-?page|page-?actions)(?:$|[\s_-])/i.test(names) && isLinkCluster(el, 40)) return 'feedback, sharing and related links';
  if (FURNITURE_ROLE.test(role)) return "the site's header, footer and menus";
  // A message the page shows only after the visitor acts ("Success: you've set your cookie preferences", "Mae eich gosodiadau
  // cwcis wedi'u cadw"), named a success or confirmation panel: short, and not the notice's words.
  // (Not any hidden part: an accordion's closed panel is `hidden` until the visitor opens it, and holds the notice's words.)
  if (SUCCESS_MESSAGE.test(names) && textOf(el).replace(/\s+/g, ' ').length < 600) return 'a confirmation message shown after a choice';
  if (inText) return undefined;
  if (el.tag === 'header' || el.tag === 'footer' || role === 'complementary' || el.tag === 'aside') return "the site's header, footer and menus";
  if (el.tag === 'div' && FURNITURE_NAME.test(names)) return "the site's header, footer and menus";
  // A page builder's sidebar or widget area beside the content ("widget-area", "sidebar"): links under a widget's title.
  if (/(?:^|[\s_-])(?:sidebar|widget-area|widgets?)(?:$|[\s_-])/i.test(names) && isLinkCluster(el, 60)) return "the site's header, footer and menus";
  return undefined;
}

/**
 * Links or buttons with almost no other words: a share bar, "Yes / No", a list of related pages.
 * `label`: how many characters of other words a named bar may have ("Share this page").
 */
function isLinkCluster(el: HtmlElement, label = 0): boolean {
  const all = textOf(el).replace(/\s+/g, ' ').trim();
  if (!all) return true;
  if (all.length > 600 || /[.!?]\s+\p{Lu}/u.test(all)) return false;
  if (el.tag === 'a' || el.tag === 'button' || el.attrs.role === 'button') return true;
  let linked = 0;
  const count = (e: HtmlElement) => {
    for (const c of e.children) {
      if (typeof c === 'string') continue;
      if (c.tag === 'a' || c.tag === 'button' || c.attrs.role === 'button') linked += textOf(c).replace(/\s+/g, ' ').trim().length;
      else count(c);
    }
  };
  count(el);
  return linked >= all.length * 0.7 || (linked > 0 && all.length - linked <= label);
}

/** A consent banner offers choices and is short; a cookie page's own content (its tables, its long text) is not one. */
function isBanner(el: HtmlElement): boolean {
  const choices = find(el, (e) => e.tag === 'button' || e.attrs.role === 'button' || (e.tag === 'input' && /^(?:button|submit)$/i.test(e.attrs.type ?? '')));
  const modal = /^(?:dialog|alertdialog|region)$/.test(el.attrs.role ?? '') || el.attrs['aria-modal'] === 'true';
  return (!!choices || modal) && !find(el, (e) => e.tag === 'table') && textOf(el).replace(/\s+/g, ' ').length < 2000;
}

/** Children with each <button> replaced by its content. */
function unwrapButtons(nodes: HtmlNode[]): HtmlNode[] {
  return nodes.flatMap((n) => (typeof n !== 'string' && n.tag === 'button' ? unwrapButtons(n.children) : [n]));
}

/**
 * Whether a form holds wording rather than only its controls: headings and more than 60 words, or
 * more than 150 (a search box, a cookie choice or a newsletter sign-up has a label or two).
 */
function holdsWording(form: HtmlElement): boolean {
  const words = textOf(form).split(/\s+/).filter(Boolean).length;
  return words > 150 || (words > 60 && !!find(form, (e) => /^h[1-6]$/.test(e.tag)));
}

/** A heading's words without its permalink (`<a href="#privacy">#</a>`, "¶", "🔗"): a link to itself, not wording. */
function withoutPermalinks(nodes: HtmlNode[]): HtmlNode[] {
  return nodes.filter((n) => typeof n === 'string' || n.tag !== 'a' || !/^\s*[#¶§🔗⚓]\s*$/u.test(textOf(n)));
}

/**
 * A definition list laid out as a page of questions and answers: its answers hold paragraphs or
 * lists (a glossary's or a cookie list's hold a phrase), or most of its terms ask a question
 * ("Pwy sy'n cael gweld fy nghyfeiriad e-bost?"). Its terms are then headings of sections.
 */
/**
 * A list whose every item (two or more) opens with a short title in running text and goes on in blocks, one item at least with a
 * paragraph: the page's outline, not a list. Each item with the count of its opening nodes that make the title; undefined otherwise.
 */
function outlineLeads(list: HtmlElement): [HtmlElement, number][] | undefined {
  const items = list.children.filter((c): c is HtmlElement => typeof c !== 'string' && c.tag === 'li');
  if (items.length < 2 || list.children.some((c) => typeof c === 'string' && c.trim())) return undefined;
  const leads: [HtmlElement, number][] = [];
  for (const li of items) {
    const n = li.children.findIndex((c) => typeof c !== 'string' && BLOCK.has(c.tag) && c.tag !== 'br');
    if (n <= 0) return undefined;
    const title = li.children.slice(0, n).map((c) => (typeof c === 'string' ? c : textOf(c))).join('').replace(/\s+/g, ' ').trim();
    if (!title || title.split(' ').length > 14 || /[.,;:]$/.test(title)) return undefined;
    leads.push([li, n]);
  }
  return items.some((li) => li.children.some((c) => typeof c !== 'string' && c.tag === 'p')) ? leads : undefined;
}

function isSectionList(dl: HtmlElement): boolean {
  const terms = dl.children.filter((c): c is HtmlElement => typeof c !== 'string' && c.tag === 'dt');
  const answers = dl.children.filter((c): c is HtmlElement => typeof c !== 'string' && c.tag === 'dd');
  if (terms.length < 2 || terms.some((t) => textOf(t).trim().split(/\s+/).length > 25)) return false;
  const blocky = answers.filter((dd) => dd.children.some((c) => typeof c !== 'string' && ['p', 'ul', 'ol', 'table', 'h3', 'h4', 'h5', 'h6'].includes(c.tag))).length;
  const asking = terms.filter((t) => /\?\s*$/.test(withoutPermalinks(t.children).map((c) => (typeof c === 'string' ? c : textOf(c))).join(''))).length;
  return blocky * 2 >= answers.length || asking * 2 >= terms.length;
}

function textOf(el: HtmlElement): string {
  return el.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}

/** The page's `<title>`, without the site's name after a separator ("Privacy notice | Anytown Council"). */
function titleOf(root: HtmlElement): string | undefined {
  const el = find(root, (e) => e.tag === 'title');
  const text = el ? textOf(el).replace(/\s+/g, ' ').trim() : '';
  const first = text.split(/\s+[|–—-]\s+|\s+::\s+/)[0]?.trim();
  return first && first.length <= 120 ? first : undefined;
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

/** Every element under `el` that passes `test`, outermost first (not searched inside a match). */
function findAll(el: HtmlElement, test: (el: HtmlElement) => boolean): HtmlElement[] {
  return el.children.flatMap((child) => (typeof child === 'string' ? [] : test(child) ? [child] : findAll(child, test)));
}

class HtmlReader {
  readonly out: DocBlock[] = [];
  readonly #counts: DebrisCounts;
  /** The words of the last heading read, which a <summary> under it may restate. */
  #heading = '';
  /** The level of the last heading read, for a <summary> under it. */
  #level = 1;
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
      // A form that holds the page's wording (a study's information sheet above its consent box): its text is read, its controls are not.
      if (typeof node !== 'string' && node.tag === 'form' && holdsWording(node)) {
        flush();
        this.blocks(node.children, into);
        continue;
      }
      // Any other form's controls are not wording, but a question it sets as a heading in its legend (the GOV.UK
      // pattern, "<legend><h3>Do you want to accept analytics cookies?</h3></legend>" on a cookie page) is the page's heading.
      if (typeof node !== 'string' && node.tag === 'form') {
        const asked = findAll(node, (e) => e.tag === 'legend').flatMap((legend) => findAll(legend, (e) => /^h[1-6]$/.test(e.tag)));
        if (asked.length) flush();
        for (const heading of asked) this.#block(heading, into);
        continue;
      }
      // A custom or namespaced element that holds blocks (ASP.NET's `<asp:Content>`, a web component's `<app-page>`, a
      // Thymeleaf layout's `<page>` and `<content>`) contains the page as a <div> would: its headings and paragraphs are read
      // as blocks, not run into one line.
      if (typeof node !== 'string' && !BLOCK.has(node.tag) && !INLINE.has(node.tag) && !SKIP.has(node.tag) && holdsBlocks(node)) {
        flush();
        this.blocks(node.children, into);
        continue;
      }
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
      // An accordion's heading holds its title in a <button> (the ARIA accordion pattern): the words are the heading's.
      const content = this.inline(withoutPermalinks(unwrapButtons(el.children)));
      if (content.length) {
        into.push({ kind: 'heading', level: Number(heading[1]), content });
        this.#level = Number(heading[1]);
        this.#heading = inlineText(content);
      }
      return;
    }
    // An expander (<details>, as NHS.UK and GOV.UK pages use) titles its text with its <summary>:
    // a heading one level below the last one, so its text is a section of its own.
    // (Not one that restates the heading it sits under, "Cookies that make our website work" / "List of cookies that make our
    // website work" over the table: the expander's label, kept as a line of its section.)
    if (el.tag === 'summary') {
      const content = this.inline(unwrapButtons(el.children));
      const words = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N} ]/gu, '').replace(/\s+/g, ' ').trim();
      const restates = !!this.#heading && words(inlineText(content)).includes(words(this.#heading)) && words(this.#heading).split(' ').length >= 3;
      if (content.length) into.push(restates ? { kind: 'paragraph', content } : { kind: 'heading', level: Math.min(6, this.#level + 1), content });
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
        // A list that is the page's outline (each item a short title over its paragraphs: "<li><span class="notice-section">Your
        // rights</span><ul><li><span …>Your right of access …</span><p>…</p>"): each title heads a section one level below the last.
        const lead = outlineLeads(el);
        if (lead) {
          const level = this.#level;
          for (const [li, n] of lead) {
            const content = this.inline(li.children.slice(0, n));
            into.push({ kind: 'heading', level: Math.min(6, level + 1), content });
            this.#level = Math.min(6, level + 1);
            this.blocks(li.children.slice(n), into);
          }
          this.#level = level;
          return;
        }
        // (A block beside the items, a heading or a paragraph a template left inside a list it did not close, is read where it
        // stands, the list parted round it; so is text straight inside the list. Never dropped. Inline elements and scripts'
        // leftovers, <template> and the like, stay out as before.)
        let items: DocListItem[] = [];
        const flush = () => {
          if (items.length) into.push({ kind: 'list', ordered: el.tag === 'ol', items });
          items = [];
        };
        for (const child of el.children) {
          if (typeof child === 'string') {
            if (child.trim()) {
              flush();
              this.blocks([child], into);
            }
          } else if (child.tag === 'li') items.push(this.#item(child));
          else if (BLOCK.has(child.tag)) {
            flush();
            this.blocks([child], into);
          }
        }
        flush();
        return;
      }
      case 'dl': {
        // (HTML lets a <div> wrap each term and its description, as GOV.UK's summary list does: "<div class="govuk-summary-list__row">
        // <dt>Name</dt><dd>_ga</dd></div>". The pairs are read as if the <div>s were not there.)
        el = { ...el, children: el.children.flatMap((c) => (typeof c !== 'string' && c.tag === 'div' ? c.children : [c])) };
        // Questions and answers: each term heads a section one level below the last heading, its answer the section's text.
        if (isSectionList(el)) {
          for (const child of el.children) {
            if (typeof child === 'string') continue;
            if (child.tag === 'dt') {
              const content = this.inline(withoutPermalinks(child.children));
              if (content.length) into.push({ kind: 'heading', level: Math.min(6, this.#level + 1), content });
            } else this.blocks(child.children, into);
          }
          return;
        }
        let items: { term: DocInline[]; separator: string; desc: DocInline[] }[] = [];
        for (const child of el.children) {
          if (typeof child === 'string') continue;
          if (child.tag === 'dt') items.push({ term: this.inline(child.children), separator: ' ', desc: [] });
          else if (child.tag === 'dd') {
            const last = items[items.length - 1];
            const desc = this.inline(child.children);
            if (last && !last.desc.length) last.desc = desc;
            else items.push({ term: [], separator: '', desc });
          } else {
            // Anything else inside the list is the page's own (a <dl> left open before "<h2>Cookies</h2>", its paragraph and its
            // table, a hand-written template's slip): read as it stands, never dropped.
            if (items.length) into.push({ kind: 'dl', items });
            items = [];
            this.blocks([child], into);
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
    // A table that lays out the page (an older site's frame, a cell holding headings and paragraphs, or
    // one marked role="presentation") is no data: its cells are read in order as the page's blocks.
    if (/^(?:presentation|none)$/.test(table.attrs.role ?? '') || find(table, (e) => /^h[1-6]$/.test(e.tag))) {
      for (const cell of findAll(table, (e) => e.tag === 'td' || e.tag === 'th')) this.blocks(cell.children, into);
      return;
    }
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
