/**
 * Rich text to Lit templates. The notice's wording is data: every string goes through Lit's
 * text bindings (never `innerHTML`), links are scheme-checked, and the organisation's words are
 * rendered exactly as written, with no added punctuation, so the second layer reads as the
 * source did. Whitespace is only added between blocks.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatText } from '../../i18n/strings.js';
import type { NoticeStrings } from '../../i18n/notice-strings.js';
import { visitBlocks, visitText, type BlockVisitor, type InlineVisitor } from '../../config/rich-text.js';
import type { Footnote, Id, Section, ShowBlock, Term } from '../../config/notice-model.js';
import { inlineTemplates, type RenderedInline } from '../rich-text-templates.js';

type Rendered = RenderedInline;

/** What the renderer looks up while rendering. */
export interface TextContext {
  strings: NoticeStrings;
  glossary: Map<Id, Term>;
  sections: Map<Id, Section>;
  footnotes: Map<Id, Footnote>;
  /** Called when a defined term is rendered (`<privacy-term>` loads only for notices that show one). */
  usedTerm?: (term: Term) => void;
  /** Renders a contact card block, or nothing for an unknown id. */
  contact(id: Id): Rendered;
  /** Renders a `{ show }` block. */
  show(block: ShowBlock): Rendered;
}

const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);

/**
 * Renders a notice's rich text: a visitor of its runs and blocks (`config/rich-text.ts`) that
 * returns templates. One instance per render: it numbers repeated footnote references so every
 * marker has its own id.
 */
export class TextRenderer {
  readonly #context: TextContext;
  readonly #footnoteRefs = new Map<Id, number>();
  readonly #inline: InlineVisitor<Rendered>;
  readonly #block: BlockVisitor<Rendered>;

  constructor(context: TextContext) {
    this.#context = context;
    const { strings, glossary, sections, footnotes } = context;
    this.#inline = inlineTemplates({
      term: (run) => {
        const term = typeof run.term === 'string' ? glossary.get(run.term) : undefined;
        const words = typeof run.text === 'string' ? run.text : (term?.term ?? '');
        if (term) context.usedTerm?.(term);
        return term ? html`<privacy-term .term=${term} .closeLabel=${strings.closeDefinition}>${words}</privacy-term>` : words;
      },
      xref: (run) => {
        const section = typeof run.xref === 'string' ? sections.get(run.xref) : undefined;
        const words = typeof run.text === 'string' ? run.text : (section?.heading ?? '');
        return section ? html`<a href="#${section.id}" class="xref">${words}</a>` : words;
      },
      fn: (run) => {
        const footnote = typeof run.fn === 'string' ? footnotes.get(run.fn) : undefined;
        if (!footnote) return nothing;
        const count = (this.#footnoteRefs.get(footnote.id) ?? 0) + 1;
        this.#footnoteRefs.set(footnote.id, count);
        const id = count === 1 ? TextRenderer.referenceId(footnote.id) : `${TextRenderer.referenceId(footnote.id)}-${count}`;
        return html`<sup class="fn-ref"><a id=${id} href="#${TextRenderer.footnoteId(footnote.id)}" aria-label=${formatText(strings.footnoteReference, { marker: footnote.marker })}>${footnote.marker}</a></sup>`;
      },
    });
    this.#block = {
      p: (block) => html`
        <p>${this.text(block.p)}</p>
      `,
      list: (block) => {
        const items = Array.isArray(block.list) ? block.list : [];
        const rendered = items.map((item) => (isObject(item) ? html`
          <li>${this.text(item.text)} ${this.blocks(item.children)}</li>
        ` : nothing));
        return block.ordered ? html`
          <ol>${rendered}</ol>
        ` : html`
          <ul>${rendered}</ul>
        `;
      },
      dl: (block) => {
        const items = Array.isArray(block.dl) ? block.dl : [];
        return html`
          <dl>${items.map((item) => (isObject(item) ? html`
            <div class="dl-item"><dt>${this.text(item.term)}</dt> <dd>${this.blocks(item.desc)}</dd></div>
          ` : nothing))}</dl>
        `;
      },
      contact: (block) => html`
        ${context.contact(String(block.contact))}
      `,
      table: (block) => this.#table(block.table),
      note: (block) => html`
        <div class="note" part="note" role="note" data-tone=${block.tone === 'warning' ? 'warning' : 'info'}>${this.blocks(block.note)}</div>
      `,
      show: (block) => html`
        ${context.show(block)}
      `,
      other: () => nothing,
    };
  }

  /** The id of the first reference to a footnote, which its back link returns to. */
  static referenceId(id: Id): string {
    return `fnref-${id}`;
  }

  /** The id of a footnote in the notes list. */
  static footnoteId(id: Id): string {
    return `fn-${id}`;
  }

  /** Renders inline text (a string or a list of runs). */
  text(text: unknown): Rendered[] {
    return visitText(text, this.#inline);
  }

  /** Renders blocks, separated by white space (as the source's line breaks were). */
  blocks(blocks: unknown): Rendered[] {
    return visitBlocks(blocks, this.#block);
  }

  #table(table: unknown): Rendered {
    if (!isObject(table)) return nothing;
    const head = Array.isArray(table.head) ? table.head.map(String) : [];
    const rows = Array.isArray(table.rows) ? table.rows.filter(Array.isArray) : [];
    const caption = typeof table.caption === 'string' ? table.caption : undefined;
    return scrollingTable(caption ?? this.#context.strings.table, html`
      <table>
        ${caption ? html`<caption>${caption}</caption>` : nothing}
        ${head.length ? html`<thead><tr>${head.map((h) => html`<th scope="col">${h}</th> `)}</tr></thead>` : nothing}
        <tbody>
          ${rows.map((row) => html`<tr>${(row as unknown[]).map((cell) => html`<td>${this.text(cell)}</td> `)}</tr>
          `)}
        </tbody>
      </table>
    `);
  }
}

/**
 * A table of the notice in its own focusable region, named `label`, that scrolls sideways when
 * the table is wider than the notice instead of widening the page (WCAG 1.4.10); focusable so a
 * keyboard can scroll it (WCAG 2.1.1).
 */
export function scrollingTable(label: string, table: TemplateResult): TemplateResult {
  return html`
    <div class="table-scroll" part="table" role="region" tabindex="0" aria-label=${label}>${table}</div>
  `;
}
