/**
 * A React page as its repository holds it (`.jsx`, `.tsx`, or a `.js` file holding JSX): the markup a component returns, read as
 * the HTML it renders.
 *
 * - The component's code goes (imports, hooks, handlers); what it returns (`return ( <> <h1>…</h1> … </> );`, Prettier's
 *   layout: the closing `);` at the `return`'s indentation) is the page.
 * - An expression in the markup (`{…}`) is the template's: words in quotes (`{' '}`, `{"Your rights"}`) are text; a
 *   comment goes; a name the file sets to words (`const pageHeader = 'Privacy notice';` / `<h1>{pageHeader}</h1>`) prints
 *   them, any other name is a value the importer cannot know (printed `{{ name }}`, so the shared handling of holes keeps a
 *   visible "[name]" inside a sentence); markup inside one (`{isLoggedIn ? ( <Link>…</Link> ) : ( <a>…</a> )}`, `{open && <p>…</p>}`)
 *   is read for its first branch, the page as it first shows.
 * - An attribute's expression (`onClick={() => …}`, `to={'#'}`) is no wording; `className` is `class`.
 */

import { escapeHtmlText } from '../patterns.js';

/** The words of a notice's title: privacy, cookies, data protection (English and Welsh). */
const PAGE_TOPIC = /\b(?:privacy|cookies?|data protection|personal (?:data|information)|preifatrwydd|cwcis|diogelu data)\b/i;

/** Words a file gives a name: `const pageHeader = 'Privacy notice';` (or `let`, double quotes, a template literal without holes). */
const STRING_CONST = /\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::\s*string\s*)?=\s*(?:(["'])((?:(?!\2)[^\\\n]|\\.){0,300})\2|`([^`$\\]{0,300})`)\s*;?/g;

/** Whether a file is a React component to read as the HTML it renders (`.jsx`, `.tsx`, or `.js` as many React projects name them). */
export function isJsx(name: string): boolean {
  return /\.(?:[jt]sx|js)$/i.test(name);
}

/** The end of a JavaScript expression that opens at `open` (`{` or `(`): brackets nested, strings, template literals and comments skipped; -1 if it never closes. */
function closeOf(text: string, open: number): number {
  const pairs: Record<string, string> = { '{': '}', '(': ')', '[': ']' };
  const stack: string[] = [];
  for (let i = open; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"' || ch === "'" || ch === '`') {
      let j = i + 1;
      while (j < text.length && text[j] !== ch) j += text[j] === '\\' ? 2 : 1;
      i = j;
    } else if (ch === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) return -1;
      i = end + 1;
    } else if (ch === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      if (end < 0) return -1;
      i = end;
    } else if (ch === '<' && /[A-Za-z>]/.test(text[i + 1] ?? '')) {
      // Markup inside the expression: its text may hold apostrophes ("NHS England's"), which are no string's quotes.
      const end = closeMarkup(text, i);
      if (end < 0) return -1;
      i = end;
    } else if (pairs[ch]) stack.push(pairs[ch]!);
    else if (ch === '}' || ch === ')' || ch === ']') {
      if (stack.pop() !== ch) return -1;
      if (!stack.length) return i;
    }
  }
  return -1;
}

/** The end of the markup element (or fragment) that opens at `open`, its own expressions skipped; -1 if it never closes. */
function closeMarkup(text: string, open: number): number {
  let depth = 0;
  let i = open;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '{') {
      const end = closeOf(text, i);
      if (end < 0) return -1;
      i = end + 1;
      continue;
    }
    if (ch === '<' && /[A-Za-z>/]/.test(text[i + 1] ?? '')) {
      const closingTag = text[i + 1] === '/';
      // The tag runs to its ">", its attributes' expressions and quoted values skipped.
      let j = i + 1;
      while (j < text.length && text[j] !== '>') {
        if (text[j] === '{') {
          const end = closeOf(text, j);
          if (end < 0) return -1;
          j = end + 1;
        } else if (text[j] === '"' || text[j] === "'") {
          const end = text.indexOf(text[j]!, j + 1);
          if (end < 0) return -1;
          j = end + 1;
        } else j++;
      }
      if (j >= text.length) return -1;
      const selfClosing = text[j - 1] === '/';
      if (closingTag) depth--;
      else if (!selfClosing) depth++;
      i = j + 1;
      if (depth === 0) return j;
      continue;
    }
    i++;
  }
  return -1;
}

/** The markup an expression in the page holds, for the branch the page first shows; '' when it holds none. */
function markupIn(expression: string): string {
  const start = expression.search(/<[A-Za-z>]/);
  if (start < 0) return '';
  const end = closeMarkup(expression, start);
  return end < 0 ? '' : expression.slice(start, end + 1);
}

/** A JSX expression container's content as the HTML it prints. */
function printExpression(inner: string, values: Map<string, string>): string {
  const body = inner.trim();
  if (!body || /^\/\*[\s\S]*\*\/$/.test(body)) return '';
  const quoted = /^(["'`])((?:(?!\1)[^\\]|\\.)*)\1$/.exec(body);
  if (quoted && !(quoted[1] === '`' && quoted[2]!.includes('${'))) return escapeHtmlText(quoted[2]!.replace(/\\(.)/g, '$1'));
  if (/^[A-Za-z_$][\w$.]*$/.test(body)) return values.has(body) ? escapeHtmlText(values.get(body)!) : `{{ ${body} }}`;
  const markup = markupIn(body);
  return markup ? renderMarkup(markup, values) : '';
}

/**
 * Text between tags as JSX renders it: a line break and the indentation around it are no space (each line is trimmed, blank lines
 * go, the lines left join with one space), so Prettier's "</a>" / "              . By submitting …" prints ". By submitting".
 */
function jsxText(text: string): string {
  if (!text.includes('\n')) return text;
  const lines = text.split(/\r?\n/);
  return lines
    .map((line, k) => (k === 0 ? line.trimEnd() : k === lines.length - 1 ? line.trimStart() : line.trim()))
    .filter(Boolean)
    .join(' ');
}

/** Markup with its expressions printed and its attributes made HTML's. */
function renderMarkup(markup: string, values: Map<string, string>): string {
  let out = '';
  let inTag = false;
  let text = '';
  const flush = () => {
    out += jsxText(text);
    text = '';
  };
  for (let i = 0; i < markup.length; i++) {
    const ch = markup[i]!;
    if (!inTag && ch !== '{' && !(ch === '<' && /[A-Za-z>/]/.test(markup[i + 1] ?? ''))) {
      text += ch;
      continue;
    }
    flush();
    if (ch === '{') {
      const end = closeOf(markup, i);
      if (end < 0) break;
      out += inTag ? '""' : printExpression(markup.slice(i + 1, end), values);
      i = end;
      continue;
    }
    if (!inTag && ch === '<' && /[A-Za-z>/]/.test(markup[i + 1] ?? '')) inTag = true;
    else if (inTag && ch === '>') inTag = false;
    else if (inTag && (ch === '"' || ch === "'")) {
      const end = markup.indexOf(ch, i + 1);
      if (end < 0) break;
      out += markup.slice(i, end + 1);
      i = end;
      continue;
    }
    out += ch;
  }
  flush();
  // A page component given its title as a prop (`<Page title="Privacy notice">`, the layout renders it as the page's heading):
  // the title is the page's first heading, when the markup has none of its own.
  // (Only the component the page's markup opens with, its layout, never a link's or a card's title inside it; and only a title that
  // names the notice, since a layout may give it to the browser's tab alone: `<Layout title='News'>` over "<h2>Privacy policy</h2>".)
  const layout = /^(\s*(?:<>\s*)?<[A-Z][\w.]*\s[^<>]*?\b(?:title|pageTitle|heading)=(["'])([^"'<>]{2,150})\2[^<>]*>)/.exec(out);
  if (layout && !/<h1\b/i.test(out) && PAGE_TOPIC.test(layout[3]!)) out = `${layout[1]}<h1>${layout[3]}</h1>${out.slice(layout[0].length)}`;
  // Fragments print nothing of their own; React's attribute names are HTML's.
  return out.replace(/<\/?>/g, '').replace(/(<[A-Za-z][^<>]*?\s)className=/g, '$1class=').replace(/(<[A-Za-z][^<>]*?\s)htmlFor=/g, '$1for=');
}

/** The HTML a React component file renders: the markup each `return (` gives, in order, with its expressions printed. */
export function jsxToHtml(source: string): string {
  const values = new Map<string, string>();
  for (const m of source.matchAll(STRING_CONST)) values.set(m[1]!, (m[3] ?? m[4] ?? '').replace(/\\(.)/g, '$1'));
  const parts: string[] = [];
  for (const m of source.matchAll(/\breturn\s*\(\s*(?=<)/g)) {
    const start = m.index + m[0].length;
    const end = closeMarkup(source, start);
    if (end > start) parts.push(renderMarkup(source.slice(start, end + 1), values));
  }
  return parts.join('\n');
}
