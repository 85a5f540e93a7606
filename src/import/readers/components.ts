/**
 * Design-system components called from a page template: GOV.UK Frontend and NHS.UK frontend macros
 * (`{{ govukTable({ head: […], rows: […] }) }}`, `{% call details({ summary: "…" }) %}…{% endcall %}`,
 * `{{ govukInsetText({ text: "…" }) }}`). A service's cookie page often gives its cookie names only as
 * such a call's arguments, so dropping the call as a directive would lose the table. Each call is
 * rendered as the plain HTML it stands for, by the shape of its arguments rather than the macro's
 * name, so any design system's table, summary list, details or text component reads alike:
 *
 * - `rows` of rows (with `head`): a table; `rows` of `{ key, value }`: a definition list;
 * - `summary` / `summaryText`: its words as a paragraph (an expander's label, not a section heading),
 *   then the text it hides (or the call's body);
 * - `items` / `itemsList` of `{ text }` / `{ html }`: a list;
 * - `titleText` / `heading` with `text` / `html`, or `text` / `html` alone: paragraphs.
 *
 * Form controls, buttons and the page's furniture (header, footer, breadcrumbs, cookie banner,
 * pagination) render nothing: they are the site's, not the notice's wording. A value the template
 * computes (a variable, a filter's result) is looked up among the arrays and strings the file sets
 * (`{% set rows = [[{ text: "_ga" }, …]] %}`), else left out.
 */

import { escapeHtmlText, isWording, TRANSLATOR } from '../patterns.js';

/** A value of the template language, as far as a file alone can tell it. */
type Value = string | number | boolean | null | Value[] | { [key: string]: Value } | typeof UNKNOWN;
const UNKNOWN = Symbol('unknown');

/** Component names that are form controls or page furniture: never the notice's wording. */
const NOT_WORDING = /(?:button|radios|checkboxes|input|select|textarea|fieldset|backlink|breadcrumbs?|skiplink|header|footer|phasebanner|cookiebanner|pagination|errorsummary|errormessage|dateinput|fileupload|charactercount|passwordinput|hint|label|exitthispage|servicenavigation|tabs|tag|contentslist|actionlink|backtotop)$/i;

/** Functions that translate the words they are given. */
const TRANSLATE = new RegExp(String.raw`^${TRANSLATOR}$`);


/** A small reader of the template language's literals: objects, arrays, strings (joined with `~` or `+`), numbers, names. */
class Literal {
  i = 0;
  constructor(private readonly src: string, private readonly values: Map<string, Value>) {}

  private space(): void {
    while (this.i < this.src.length && /\s/.test(this.src[this.i]!)) this.i++;
  }

  private peek(): string {
    this.space();
    return this.src[this.i] ?? '';
  }

  /** A value, with any `~` / `+` joins and `| filter(…)` after it (a filter keeps the value it is given). */
  value(): Value {
    let v = this.term();
    for (;;) {
      const c = this.peek();
      if ((c === '~' || c === '+') && this.src[this.i + 1] !== '=') {
        this.i++;
        const next = this.term();
        v = typeof v === 'string' && typeof next === 'string' ? v + next : UNKNOWN;
      } else if (c === '|' && this.src[this.i + 1] !== '|') {
        this.i++;
        this.space();
        const name = /^[A-Za-z_]\w*/.exec(this.src.slice(this.i))?.[0] ?? '';
        this.i += name.length;
        if (this.peek() === '(') this.skipBalanced();
        // (Filters that compute a new value leave it unknown; those that mark or format text keep it.)
        if (!/^(?:safe|escape|e|trim|striptags|markdown|md|nl2br|capitalize|title|upper|lower|string|raw|html_safe)$/.test(name)) v = UNKNOWN;
      } else return v;
    }
  }

  private term(): Value {
    const c = this.peek();
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    if (c === '"' || c === "'" || c === '`') return this.string(c);
    if (c === '(') {
      this.i++;
      const v = this.value();
      if (this.peek() === ')') this.i++;
      return v;
    }
    const word = /^(?:-?\d+(?:\.\d+)?|[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*|\[\s*(?:\d+|"[^"]*"|'[^']*')\s*\])*)/.exec(this.src.slice(this.i))?.[0];
    if (!word) {
      this.skipExpression();
      return UNKNOWN;
    }
    this.i += word.length;
    if (this.peek() === '(') {
      // A translation of written words (`_('Session cookie')`, `gettext("…")`, `t("…")`) is those words.
      const start = this.i;
      this.i++;
      const quote = this.peek();
      if (TRANSLATE.test(word) && (quote === '"' || quote === "'")) {
        const text = this.string(quote);
        if (this.peek() === ')' && isWording(text)) {
          this.i++;
          return text;
        }
      }
      this.i = start;
      this.skipBalanced();
      return UNKNOWN;
    }
    if (/^-?\d/.test(word)) return Number(word);
    if (word === 'true' || word === 'false') return word === 'true';
    if (word === 'null' || word === 'none' || word === 'None' || word === 'undefined') return null;
    return this.values.get(word) ?? UNKNOWN;
  }

  /** A macro's keyword arguments (`table(heads = ["Name", …], rows = [[…]])`, Nunjucks' and Jinja's form), up to the closing bracket: an object. */
  keywordArguments(): Value {
    const out: { [key: string]: Value } = {};
    for (;;) {
      this.space();
      const key = /^([A-Za-z_]\w*)\s*=(?!=)/.exec(this.src.slice(this.i));
      if (!key) break;
      this.i += key[0].length;
      out[key[1]!] = this.value();
      if (this.peek() === ',') this.i++;
      else break;
    }
    return Object.keys(out).length ? out : UNKNOWN;
  }

  private object(): Value {
    this.i++;
    const out: { [key: string]: Value } = {};
    while (this.peek() && this.peek() !== '}') {
      const c = this.peek();
      const key = c === '"' || c === "'" ? this.string(c) : /^[A-Za-z_$][\w$-]*/.exec(this.src.slice(this.i))?.[0];
      if (typeof key !== 'string' || !key) return this.bail();
      if (c !== '"' && c !== "'") this.i += key.length;
      if (this.peek() !== ':') return this.bail();
      this.i++;
      out[key] = this.value();
      if (this.peek() === ',') this.i++;
      else if (this.peek() !== '}') return this.bail();
    }
    this.i++;
    return out;
  }

  private array(): Value {
    this.i++;
    const out: Value[] = [];
    while (this.peek() && this.peek() !== ']') {
      out.push(this.value());
      if (this.peek() === ',') this.i++;
      else if (this.peek() !== ']') return this.bail();
    }
    this.i++;
    return out;
  }

  private string(quote: string): string {
    let out = '';
    this.i++;
    while (this.i < this.src.length && this.src[this.i] !== quote) {
      if (this.src[this.i] === '\\' && this.i + 1 < this.src.length) {
        const next = this.src[this.i + 1]!;
        out += next === 'n' ? '\n' : next;
        this.i += 2;
      } else out += this.src[this.i++];
    }
    this.i++;
    return out;
  }

  /** Gives up on a literal it cannot read: skips past the bracket it is in. */
  private bail(): Value {
    let depth = 1;
    while (this.i < this.src.length && depth > 0) {
      const c = this.src[this.i]!;
      if (c === '"' || c === "'") this.string(c);
      else {
        if (c === '{' || c === '[' || c === '(') depth++;
        else if (c === '}' || c === ']' || c === ')') depth--;
        this.i++;
      }
    }
    return UNKNOWN;
  }

  private skipBalanced(): void {
    this.i++;
    this.bail();
  }

  /** Skips an expression it cannot read, up to the next `,` or closing bracket at its own depth. */
  private skipExpression(): void {
    let depth = 0;
    while (this.i < this.src.length) {
      const c = this.src[this.i]!;
      if (c === '"' || c === "'") {
        this.string(c);
        continue;
      }
      if (c === '{' || c === '[' || c === '(') depth++;
      else if (c === '}' || c === ']' || c === ')') {
        if (depth === 0) return;
        depth--;
      } else if (c === ',' && depth === 0) return;
      this.i++;
    }
  }
}

const isObject = (v: Value): v is { [key: string]: Value } => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: Value | undefined): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);

/** A component's words: its `html` as written, else its `text` escaped. */
function words(v: Value | undefined): string {
  if (v === undefined) return '';
  if (typeof v === 'string') return escapeHtmlText(v);
  if (!isObject(v)) return '';
  const html = str(v.html);
  if (html !== undefined) return html;
  return escapeHtmlText(str(v.text) ?? '');
}

/** The HTML a component's arguments stand for, by their shape. */
function render(name: string, args: Value): string {
  if (NOT_WORDING.test(name) || !isObject(args)) return '';
  const rows = args.rows;
  if (Array.isArray(rows) && rows.length && rows.every(Array.isArray)) {
    const heads = args.head ?? args.heads;
    const head = Array.isArray(heads) ? `<thead><tr>${heads.map((c) => `<th>${words(c)}</th>`).join('')}</tr></thead>` : '';
    return `<table>${head}<tbody>${(rows as Value[][]).map((r) => `<tr>${r.map((c) => `<td>${words(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
  }
  if (Array.isArray(rows) && rows.length && rows.every((r) => isObject(r) && 'key' in r)) {
    return `<dl>${rows.map((r) => (isObject(r) ? `<dt>${words(r.key)}</dt><dd>${words(r.value)}</dd>` : '')).join('')}</dl>`;
  }
  // An accordion's sections (GOV.UK's `govukAccordion({ items: [{ heading: { text: '…' }, content: { html: '…' } }] })`): each
  // section's heading, as the component renders it (a level-two heading), over its words.
  const sections = args.items;
  if (Array.isArray(sections) && sections.length && sections.every((it) => isObject(it) && 'heading' in it && 'content' in it)) {
    return sections.map((it) => (isObject(it) ? `<h2>${words(it.heading)}</h2><div>${words(it.content)}</div>` : '')).join('');
  }
  // A list's items (the ONS design system's `onsList({ itemsList: [{ text: '…' }] })`, a `list({ items: […] })`): a list.
  // (Not a form control's options: those components render nothing above.)
  const items = args.itemsList ?? args.items;
  if (Array.isArray(items) && items.length && items.every((it) => typeof it === 'string' || (isObject(it) && ('text' in it || 'html' in it)))) {
    return `<ul>${items.map((it) => `<li>${words(it)}</li>`).join('')}</ul>`;
  }
  const parts: string[] = [];
  // An expander's label, a panel's or a card's title: a paragraph before the words it introduces.
  for (const [text, html, either] of [[args.summaryText, args.summaryHtml, args.summary], [args.titleText, args.titleHtml, args.heading ?? args.title]] as const) {
    const lead = str(html) ?? (str(text) !== undefined ? escapeHtmlText(str(text)!) : either !== undefined ? words(either) : '');
    if (lead) parts.push(`<p>${lead}</p>`);
  }
  const html = str(args.html);
  const text = str(args.text);
  if (html !== undefined) parts.push(`<div>${html}</div>`);
  else if (text !== undefined) parts.push(`<p>${escapeHtmlText(text)}</p>`);
  return parts.join('');
}

/** `{{ name({ … }) }}` and `{% call name({ … }) %}`: where a component call starts, its name and where its arguments open. */
const CALL = /\{\{-?\s*([A-Za-z_][\w.]*)\s*\(|\{%-?\s*call(?:\([^)]*\))?\s+([A-Za-z_][\w.]*)\s*\(/g;
/** `{% set name = [ … ] %}` / `{% set name = { … } %}`: a literal the file gives a name. */
const SET_LITERAL = /\{%-?\s*set\s+([A-Za-z_]\w*)\s*=\s*(?=[[{])/g;

/**
 * Renders each component call the file makes as the HTML it stands for, on its own lines (so the
 * Markdown route reads it as an HTML block). Returns the text and how many calls were rendered.
 */
export function renderComponentCalls(template: string): { text: string; rendered: number } {
  const built = renderBuilderBlocks(template);
  const source = built.text;
  const values = new Map<string, Value>();
  for (const m of source.matchAll(SET_LITERAL)) {
    const reader = new Literal(source, values);
    reader.i = m.index + m[0].length;
    values.set(m[1]!, reader.value());
  }
  let out = '';
  let last = 0;
  let rendered = 0;
  for (const m of source.matchAll(CALL)) {
    if (m.index < last) continue;
    const name = (m[1] ?? m[2]!).split('.').pop()!;
    const reader = new Literal(source, values);
    reader.i = m.index + m[0].length;
    // (Options given as keyword arguments, `table(heads = […], rows = […])`, read as the object they stand for.)
    const args = /^\s*[A-Za-z_]\w*\s*=(?!=)/.test(source.slice(reader.i)) ? reader.keywordArguments() : reader.value();
    // The call closes: `) }}` or `) %}` (with whitespace control).
    const close = /^\s*\)\s*-?(?:\}\}|%\})/.exec(source.slice(reader.i));
    // (Only a call given an object of options is a component: `_("Your rights")` is a translation, read as words later.)
    if (!close || !isObject(args)) continue;
    const html = render(name, args);
    out += source.slice(last, m.index) + (html ? `\n${html}\n` : '');
    last = reader.i + close[0].length;
    rendered++;
  }
  return { text: out + source.slice(last), rendered: rendered + built.rendered };
}

/**
 * The parts of a table or summary list that govuk-components (Rails) builds in blocks, and the element each prints:
 * `<%= govuk_table do |table| %>` / `<% table.with_head do |head| %>` / `<% head.with_row do |row| %>` /
 * `<% row.with_cell(text: "Name") %>` / `<% end %>` … A service's cookie table is often written only so. Its text
 * components print their words (`<%= govuk_inset_text(text: "…") %>`, `govuk_details(summary_text: "…") do`).
 */
const BUILDER_PARTS: Record<string, string> = {
  govuk_table: 'table', with_caption: 'caption', with_head: 'thead', with_body: 'tbody', with_row: 'tr', with_cell: 'td',
  govuk_summary_list: 'dl', with_key: 'dt', with_value: 'dd',
  govuk_details: 'div', govuk_inset_text: 'div', govuk_warning_text: 'div', govuk_notification_banner: 'div', govuk_panel: 'div',
};
const BUILDER = /^(?:[A-Za-z_]\w*\.)?(govuk_(?:table|summary_list|details|inset_text|warning_text|notification_banner|panel)|with_[a-z_]+)\b\s*\(?([^]*?)\)?\s*(?:do\s*(?:\|[^|]*\|)?)?$/;
/** One ERB tag: `<%= name(text: "…") do |x| %>`, `<% x.with_cell(text: "…") %>`, `<% end %>`, or any other. */
const ERB_TAG = /<%[=-]?\s*([\s\S]*?)\s*-?%>/g;
/** A keyword argument's words: `text: "…"`, `summary_text: '…'`. */
const argument = (args: string, key: string) => new RegExp(String.raw`\b${key}:\s*(["'])((?:(?!\1)[^\\]|\\.)*)\1`).exec(args)?.[2]?.replace(/\\(.)/g, '$1');

/**
 * Renders govuk-components' block builders as the HTML they print: each part opened with `do |x|` closes at its `end`
 * (other Ruby blocks' ends are skipped by depth), a part given `text:` prints those words, a head's cells are `<th>`, a
 * summary list's rows print no element of their own, a details component's summary is a paragraph before what it hides.
 * The other ERB tags are left for the template reader.
 */
function renderBuilderBlocks(source: string): { text: string; rendered: number } {
  if (!/\bgovuk_(?:table|summary_list|details|inset_text|warning_text|notification_banner|panel)\b/.test(source)) return { text: source, rendered: 0 };
  const stack: (string | null)[] = [];
  let rendered = 0;
  const text = source.replace(ERB_TAG, (whole, code: string) => {
    if (/^end\b/.test(code)) {
      const tag = stack.pop();
      return tag ? `</${tag}>` : whole;
    }
    const m = BUILDER.exec(code);
    const block = /\bdo\s*(?:\|[^|]*\|)?$/.test(code);
    let tag: string | null | undefined = m ? BUILDER_PARTS[m[1]!] : undefined;
    if (!tag) {
      if (block) stack.push(null);
      return whole;
    }
    const args = m![2]!;
    if (m![1]!.startsWith('govuk_')) rendered++;
    if (tag === 'td' && (stack.includes('thead') || /\bheader:\s*true\b/.test(args))) tag = 'th';
    // (A summary list's row is its key and value, no element of its own.)
    if (tag === 'tr' && stack.filter(Boolean).at(-1) === 'dl') tag = null;
    const summary = argument(args, 'summary_text') ?? argument(args, 'title_text') ?? argument(args, 'heading_text');
    const words = argument(args, 'text');
    const lead = summary !== undefined ? `<p>${escapeHtmlText(summary)}</p>` : '';
    const body = words !== undefined ? (tag === 'div' ? `<p>${escapeHtmlText(words)}</p>` : escapeHtmlText(words)) : '';
    if (!tag) {
      if (block) stack.push(null);
      return '';
    }
    if (block) {
      stack.push(tag);
      return `<${tag}>${lead}${body}`;
    }
    return `<${tag}>${lead}${body}</${tag}>`;
  });
  return { text, rendered };
}
