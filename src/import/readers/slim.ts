/**
 * Slim (Rails's indented page templates: `h1.govuk-heading-l Privacy notice`, `p = t(".intro")`, `| text`), converted to the HTML
 * it renders and read as HTML, by the rules of Slim's own documentation:
 *
 * - An element line opens its tag (`.class` and `#id` alone a `<div>`), then its attributes (`href="…"`, a Ruby value, or a
 *   list in `()`, `[]` or `{}`), then its words on the same line; `tag: child` nests inline; a deeper indent nests, a shallower
 *   one closes.
 * - `|` and `'` start text, continued on the lines indented under them; `<` starts a line of HTML; a line under an element that
 *   opens with no tag's name is text too (Slim's "smart text").
 * - Ruby: `=` and `==` print (passed on as ERB, so `= link_to "…"` and `= t("…")` are read as the ERB route reads them), `tag =`
 *   prints into the tag, `#{…}` in words prints; `-` is control code and prints nothing; `/` is a comment, `/!` an HTML one.
 * - Embedded engines: `markdown:` and `plain:` keep their lines, the others (`javascript:`, `css:`, `ruby:` …) are code.
 */

import { interpolate } from './haml.js';

/** The HTML elements Slim writes by name: a line opening with one is an element, any other word opens text. */
const TAGS = new Set(
  'a abbr address article aside b blockquote body br button caption cite code col colgroup dd del details dfn div dl dt em fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe img input ins kbd label legend li link main mark meta nav noscript ol optgroup option p picture pre q s samp script section select small source span strong style sub summary sup svg table tbody td template textarea tfoot th thead time title tr u ul var video'.split(' '),
);
const VOID = new Set('area base br col embed hr img input link meta source track wbr'.split(' '));
const CODE_TAGS = /^(?:script|style|meta|link|input|img|br|hr|svg|iframe|noscript|template)$/i;

/** Whether a file is a Slim template. */
export function isSlim(name: string): boolean {
  return /\.slim$/i.test(name);
}

/** The end of a bracketed run opening at `open` (`(`, `[` or `{`), quotes skipped; the text's end if it never closes. */
function closeOf(text: string, open: number): number {
  const pairs: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
  const stack: string[] = [];
  for (let i = open; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"' || ch === "'") {
      const end = text.indexOf(ch, i + 1);
      if (end < 0) return text.length - 1;
      i = end;
    } else if (pairs[ch]) stack.push(pairs[ch]!);
    else if (ch === stack[stack.length - 1]) {
      stack.pop();
      if (!stack.length) return i;
    }
  }
  return text.length - 1;
}

/** An element line taken apart: its tag, what follows its attributes (words, `= code`, or `: child`). */
function element(line: string): { tag: string; rest: string } | undefined {
  const head = /^([A-Za-z][\w-]*)?((?:[.#][\w-]+)*)/.exec(line)!;
  const [whole, name, shortcuts] = head;
  if (!whole || (name && !TAGS.has(name.toLowerCase()) && !shortcuts)) return undefined;
  let i = whole.length;
  // Attributes: a wrapped list, or `name=value` pairs (a quoted value or a Ruby expression up to a space outside brackets).
  for (;;) {
    if (/[([{]/.test(line[i] ?? '')) {
      i = closeOf(line, i) + 1;
      continue;
    }
    const pair = /^\s+[\w:@.-]+\s*=\s*(?=\S)/.exec(line.slice(i));
    if (!pair || /^\s+[\w.-]+\s*=\s*[=\s]/.test(line.slice(i))) break;
    i += pair[0].length;
    const quote = line[i];
    if (quote === '"' || quote === "'") {
      const end = line.indexOf(quote, i + 1);
      i = end < 0 ? line.length : end + 1;
    } else
      while (i < line.length && line[i] !== ' ') {
        if (/[([{]/.test(line[i]!)) i = closeOf(line, i);
        i++;
      }
  }
  return { tag: name ? name.toLowerCase() : 'div', rest: line.slice(i) };
}

/** An element's line after its tag: HTML for it, and the tags it leaves open (an inline child's too). */
function render(line: string): { html: string; tags: string[] } {
  const el = element(line);
  if (!el) return { html: interpolate(line), tags: [] };
  const rest = el.rest.replace(/^[<>]+/, '');
  const open = VOID.has(el.tag) ? [] : [el.tag];
  const code = CODE_TAGS.test(el.tag);
  // `tag: child …`: the child on the same line, inside the tag.
  const inline = /^:\s+(\S.*)$/.exec(rest);
  if (inline && !code) {
    const child = render(inline[1]!);
    return { html: `<${el.tag}>${child.html}`, tags: [...open, ...child.tags] };
  }
  const output = /^\s*==?\s*(.*)$/.exec(rest);
  const body = code ? '' : output ? (output[1]!.trim() ? `<%= ${output[1]!.trim()} %>` : '') : interpolate(rest.trim());
  return { html: `<${el.tag}>${body}`, tags: open };
}

/** The HTML a Slim template renders, as far as its words go. */
export function slimToHtml(source: string): string {
  const out: string[] = [];
  const open: { indent: number; tags: string[] }[] = [];
  // A block whose deeper lines are all of one kind: text (`|`, `markdown:`), or code and comments to leave out.
  let block: { indent: number; keep: boolean } | undefined;
  const close = (indent: number) => {
    while (open.length && open[open.length - 1]!.indent >= indent) out.push(open.pop()!.tags.reverse().map((t) => `</${t}>`).join(''));
  };
  for (const raw of source.replace(/\r\n?/g, '\n').split('\n')) {
    if (!raw.trim()) continue;
    const indent = raw.length - raw.trimStart().length;
    const line = raw.trim();
    if (block && indent > block.indent) {
      if (block.keep) out.push(interpolate(line));
      continue;
    }
    block = undefined;
    close(indent);
    if (/^doctype\b/i.test(line)) continue;
    // Comments (`/`, `/!`, `/[if IE]`) and control code (`-`): nothing printed; a comment's deeper lines are part of it.
    if (line.startsWith('/')) {
      block = { indent, keep: false };
      continue;
    }
    if (line.startsWith('-')) continue;
    const engine = /^([a-z]\w*):\s*$/.exec(line)?.[1];
    if (engine) {
      block = { indent, keep: engine === 'markdown' || engine === 'plain' };
      continue;
    }
    // Verbatim text: `| words` (or `'`, with a space after), continued on the lines under it.
    const text = /^[|']\s?(.*)$/.exec(line);
    if (text) {
      out.push(interpolate(text[1]!));
      block = { indent, keep: true };
      continue;
    }
    if (line.startsWith('<')) {
      out.push(line);
      continue;
    }
    // Output: `= code`, `== code`, `=> code` (an ERB output the HTML route reads).
    const output = /^==?[<>']*\s*(.*)$/.exec(line);
    if (output) {
      out.push(`<%= ${output[1]!} %>`);
      continue;
    }
    const rendered = render(line);
    out.push(rendered.html);
    if (rendered.tags.length) open.push({ indent, tags: rendered.tags });
  }
  close(0);
  return out.join('\n');
}
