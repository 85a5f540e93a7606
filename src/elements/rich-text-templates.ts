/**
 * Inline rich text as Lit templates, the markup the notice and a term's definition share:
 * emphasis, links, email addresses, phone numbers and abbreviations. The runs that point
 * elsewhere in the notice (terms, cross-references, footnote markers) are the caller's, because
 * the notice links them and a definition shows only their words (a definition never opens
 * another one). The organisation's words are data: every string goes through Lit's text
 * bindings, never `innerHTML`, and links are scheme-checked (`config/links.ts`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { mailtoHref, safeHref, telHref } from '../config/links.js';
import { visitText, type InlineVisitor } from '../config/rich-text.js';

/** What an inline run renders as. */
export type RenderedInline = TemplateResult | typeof nothing | string;

/**
 * An inline visitor that renders runs as templates, with the caller's rendering of terms,
 * cross-references and footnote markers. Nested runs (inside bold, emphasis, links) are rendered
 * by the same visitor.
 */
export function inlineTemplates(references: Pick<InlineVisitor<RenderedInline>, 'term' | 'xref' | 'fn'>): InlineVisitor<RenderedInline> {
  const text = (runs: unknown) => visitText(runs, visitor);
  const visitor: InlineVisitor<RenderedInline> = {
    string: (words) => words,
    strong: (run) => html`<strong>${text(run.strong)}</strong>`,
    em: (run) => html`<em>${text(run.em)}</em>`,
    link: (run) => {
      const href = safeHref(run.href);
      // An unsafe or missing target keeps the words and drops the link.
      return href ? html`<a href=${href}>${text(run.link)}</a>` : html`${text(run.link)}`;
    },
    email: (run) => {
      const href = typeof run.email === 'string' ? mailtoHref(run.email) : undefined;
      return href ? html`<a href=${href}>${run.email}</a>` : String(run.email ?? '');
    },
    phone: (run) => {
      const words = typeof run.label === 'string' ? run.label : String(run.phone ?? '');
      // A "number" without digits ("ask at reception") would dial nothing: words only.
      return typeof run.phone === 'string' && /\d/.test(run.phone) ? html`<a href=${telHref(run.phone)}>${words}</a>` : words;
    },
    abbr: (run) => html`<abbr title=${String(run.title ?? '')}>${String(run.abbr ?? '')}</abbr>`,
    other: () => nothing,
    ...references,
  };
  return visitor;
}

/**
 * A definition's rich text: emphasis, links, email addresses and phone numbers. Terms,
 * cross-references and footnotes inside a definition are shown as their words: a definition
 * never opens another one. (A term's popover, and the static notice's list of terms.)
 */
const definitionRuns = inlineTemplates({
  term: (run) => String(run.text ?? ''),
  xref: (run) => String(run.text ?? ''),
  fn: () => nothing,
});

/** Renders a definition (see `definitionRuns`). */
export const definitionText = (text: unknown): RenderedInline[] => visitText(text, definitionRuns);

/** The id of a term's entry in a static notice's list of terms, which the term links to without JavaScript. */
export const glossaryTermId = (id: string): string => `term-${id}`;
