/**
 * Finishing Lit SSR's output into a static notice: the markup is Lit SSR's, made for a page that
 * the element replaces rather than hydrates. Works on our own server-rendered markup only, where
 * every text and attribute value from the config is escaped (`&lt;`, `&quot;`), so a tag, an
 * attribute or a comment can only be one the templates wrote.
 */
import { STATIC_STYLES } from './static-styles.js';

/**
 * Removes Lit's hydration markers (`<!--lit-part …-->`, `<!--lit-node n-->`) and the
 * `defer-hydration` attribute: the element re-renders over a static notice instead of hydrating
 * it (`elements/privacy-notice/static-notice.ts`), so they would only add bytes. Also writes
 * reflected boolean properties as HTML reads them.
 */
export function withoutHydrationMarkers(html: string): string {
  return (
    html
      .replace(/<!--(?:\/?lit-part[^>]*|lit-node \d+)-->/g, '')
      .replace(/ defer-hydration(?=[\s>/])/g, '')
      // A boolean property bound as `.checked=${on}` is reflected as `checked="false"`, which HTML
      // reads as checked: the attribute must be there only when the property is true.
      .replace(/\s(checked|selected)="(true|false)"/g, (_, name: string, value: string) => (value === 'true' ? ` ${name}` : ''))
      // Bound attributes leave the template's spaces between them in the opening tag.
      .replace(/^<privacy-notice\s+([^>]*?)\s*>/, (_, attributes: string) => `<privacy-notice ${attributes.replace(/\s+/g, ' ')}>`)
  );
}

/** The character range of each `<template …>…</template>` in `html` at any depth below `from`, outermost first. */
function templateRanges(html: string, from: number, to: number): [number, number][] {
  const ranges: [number, number][] = [];
  const open = /<template[\s>]|<\/template>/g;
  open.lastIndex = from;
  const stack: number[] = [];
  for (let match = open.exec(html); match && match.index < to; match = open.exec(html)) {
    if (match[0].startsWith('</')) {
      const start = stack.pop();
      if (start !== undefined && stack.length === 0) ranges.push([start, match.index + match[0].length]);
    } else stack.push(match.index);
  }
  return ranges;
}

const unescape = (value: string) =>
  value.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" })[name]!);
const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Makes the static notice work without JavaScript: its `#` links lead to their targets, and it
 * carries the static-only styles (`static-styles.ts`). `html` is one `<privacy-notice>` with its
 * declarative shadow root.
 *
 * The browser follows a fragment only to an id in the document, never into a shadow root, so for
 * every id the notice links to (`href="#…"`), a `<slot name="#id">` is placed in the shadow root
 * where the target is, and an empty `<span id="id" slot="#id">` is added to the light DOM: the
 * browser scrolls to the span, which is laid out at the slot. A section's slot opens its body
 * (see `static-styles.ts`). Ids inside nested elements' shadow roots (a term's definition, the
 * cookie choices) are their own and are left alone.
 */
export function withLinkTargets(html: string): string {
  const start = html.indexOf('<template');
  const contentStart = html.indexOf('>', start) + 1;
  const end = html.lastIndexOf('</template>');
  if (start < 0 || end < contentStart) return html;
  const nested = templateRanges(html, contentStart, end);
  const own = (index: number) => !nested.some(([a, b]) => index >= a && index < b);

  // Links anywhere in the notice, nested elements included (a term links to its definition).
  const linked = new Set(Array.from(html.slice(contentStart, end).matchAll(/\shref="#([^"]+)"/g), (match) => unescape(match[1]!)));

  // Each target: where its slot goes (just after an opening tag), and whether it is a section's.
  const targets: { id: string; at: number; section: boolean }[] = [];
  const sections = new Set<string>();
  const tag = /<([a-z][a-z0-9-]*)\b([^>]*)>/g;
  tag.lastIndex = contentStart;
  for (let match = tag.exec(html); match && match.index < end; match = tag.exec(html)) {
    if (!own(match.index)) continue;
    const attributes = match[2]!;
    const idMatch = /\sid="([^"]*)"/.exec(attributes);
    if (!idMatch) continue;
    const id = unescape(idMatch[1]!);
    const classes = /\sclass="([^"]*)"/.exec(attributes)?.[1]?.split(/\s+/) ?? [];
    const at = match.index + match[0].length;
    // A collapsible section's target goes into its body (which it then opens), not the section.
    if (match[1] === 'section' && classes.includes('section') && linked.has(id)) sections.add(id);
    else if (classes.includes('section-body') && id.endsWith('-body') && sections.has(id.slice(0, -5))) {
      targets.push({ id: id.slice(0, -5), at, section: true });
    } else if (linked.has(id)) targets.push({ id, at, section: false });
  }
  if (!targets.length) return withStaticStyles(html, contentStart);

  let out = '';
  let last = 0;
  for (const target of targets) {
    out += `${html.slice(last, target.at)}<slot name="#${escape(target.id)}"></slot>`;
    last = target.at;
  }
  out += html.slice(last);
  const spans = targets.map((t) => `<span id="${escape(t.id)}" slot="#${escape(t.id)}"${t.section ? ' class="section-target"' : ''}></span>`).join('');
  const close = out.lastIndexOf('</privacy-notice>');
  return withStaticStyles(`${out.slice(0, close)}${spans}${out.slice(close)}`, contentStart);
}

/** Adds the static-only styles after the element's own `<style>` at the start of the shadow root. */
function withStaticStyles(html: string, contentStart: number): string {
  const styleEnd = html.indexOf('</style>', contentStart);
  const at = styleEnd >= 0 && html.lastIndexOf('<style>', styleEnd) === contentStart ? styleEnd + '</style>'.length : contentStart;
  return `${html.slice(0, at)}<style>${STATIC_STYLES.replace(/\s*\n\s*/g, ' ').trim()}</style>${html.slice(at)}`;
}
