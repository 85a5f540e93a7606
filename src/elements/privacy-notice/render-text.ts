/**
 * Rich text to Lit templates. The notice's wording is data: every string goes through Lit's
 * text bindings (never `innerHTML`), links are scheme-checked, and the organisation's words are
 * rendered exactly as written, with no added punctuation, so the second layer reads as the
 * source did. Whitespace is only added between blocks.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatText } from '../../i18n/strings.js';
import type { NoticeStrings } from '../../i18n/notice-strings.js';
import { mailtoHref, safeHref, telHref } from '../../config/links.js';
import type { Block, Footnote, Id, Inline, Section, ShowBlock, Term } from '../../config/notice-model.js';

type Rendered = TemplateResult | typeof nothing | string;

/** What the renderer looks up while rendering. */
export interface TextContext {
  strings: NoticeStrings;
  glossary: Map<Id, Term>;
  sections: Map<Id, Section>;
  footnotes: Map<Id, Footnote>;
  /** Renders a contact card block, or nothing for an unknown id. */
  contact(id: Id): Rendered;
  /** Renders a `{ show }` block. */
  show(block: ShowBlock): Rendered;
}

const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);

/**
 * Renders a notice's rich text. One instance per render: it numbers repeated footnote
 * references so every marker has its own id.
 */
export class TextRenderer {
  readonly #context: TextContext;
  readonly #footnoteRefs = new Map<Id, number>();

  constructor(context: TextContext) {
    this.#context = context;
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
  text(text: unknown): Rendered | Rendered[] {
    if (typeof text === 'string') return text;
    if (!Array.isArray(text)) return nothing;
    return text.map((run) => this.#run(run as Inline));
  }

  #run(run: Inline): Rendered {
    if (typeof run === 'string') return run;
    if (!isObject(run)) return nothing;
    const { strings, glossary, sections, footnotes } = this.#context;
    if ('strong' in run) return html`<strong>${this.text(run.strong)}</strong>`;
    if ('em' in run) return html`<em>${this.text(run.em)}</em>`;
    if ('link' in run) {
      const href = safeHref(run.href);
      // An unsafe or missing target keeps the words and drops the link.
      return href ? html`<a href=${href}>${this.text(run.link)}</a>` : html`${this.text(run.link)}`;
    }
    if ('term' in run) {
      const term = typeof run.term === 'string' ? glossary.get(run.term) : undefined;
      const words = typeof run.text === 'string' ? run.text : (term?.term ?? '');
      return term ? html`<privacy-term .term=${term} .closeLabel=${strings.closeDefinition}>${words}</privacy-term>` : words;
    }
    if ('xref' in run) {
      const section = typeof run.xref === 'string' ? sections.get(run.xref) : undefined;
      const words = typeof run.text === 'string' ? run.text : (section?.heading ?? '');
      return section ? html`<a href="#${section.id}" class="xref">${words}</a>` : words;
    }
    if ('fn' in run) {
      const footnote = typeof run.fn === 'string' ? footnotes.get(run.fn) : undefined;
      if (!footnote) return nothing;
      const count = (this.#footnoteRefs.get(footnote.id) ?? 0) + 1;
      this.#footnoteRefs.set(footnote.id, count);
      const id = count === 1 ? TextRenderer.referenceId(footnote.id) : `${TextRenderer.referenceId(footnote.id)}-${count}`;
      return html`<sup class="fn-ref"><a id=${id} href="#${TextRenderer.footnoteId(footnote.id)}" aria-label=${formatText(strings.footnoteReference, { marker: footnote.marker })}>${footnote.marker}</a></sup>`;
    }
    if ('email' in run) {
      const href = typeof run.email === 'string' ? mailtoHref(run.email) : undefined;
      return href ? html`<a href=${href}>${run.email}</a>` : String(run.email ?? '');
    }
    if ('phone' in run) {
      const words = typeof run.label === 'string' ? run.label : String(run.phone ?? '');
      return typeof run.phone === 'string' && /\d/.test(run.phone) ? html`<a href=${telHref(run.phone)}>${words}</a>` : words;
    }
    if ('abbr' in run) return html`<abbr title=${String(run.title ?? '')}>${String(run.abbr ?? '')}</abbr>`;
    return nothing;
  }

  /** Renders blocks, separated by white space (as the source's line breaks were). */
  blocks(blocks: unknown): Rendered[] {
    return Array.isArray(blocks) ? blocks.map((block) => this.#block(block as Block)) : [];
  }

  #block(block: Block): Rendered {
    if (!isObject(block)) return nothing;
    if ('p' in block) return html`
      <p>${this.text(block.p)}</p>
    `;
    if ('list' in block) {
      const items = Array.isArray(block.list) ? block.list : [];
      const rendered = items.map((item) => (isObject(item) ? html`
        <li>${this.text(item.text)} ${this.blocks(item.children)}</li>
      ` : nothing));
      return block.ordered ? html`
        <ol>${rendered}</ol>
      ` : html`
        <ul>${rendered}</ul>
      `;
    }
    if ('dl' in block) {
      const items = Array.isArray(block.dl) ? block.dl : [];
      return html`
        <dl>${items.map((item) => (isObject(item) ? html`
          <div class="dl-item"><dt>${this.text(item.term)}</dt> <dd>${this.blocks(item.desc)}</dd></div>
        ` : nothing))}</dl>
      `;
    }
    if ('contact' in block) return html`
      ${this.#context.contact(String(block.contact))}
    `;
    if ('table' in block) return this.#table(block.table);
    if ('note' in block) return html`
      <div class="note" part="note" role="note" data-tone=${block.tone === 'warning' ? 'warning' : 'info'}>${this.blocks(block.note)}</div>
    `;
    if ('show' in block) return html`
      ${this.#context.show(block)}
    `;
    return nothing;
  }

  #table(table: unknown): Rendered {
    if (!isObject(table)) return nothing;
    const head = Array.isArray(table.head) ? table.head.map(String) : [];
    const rows = Array.isArray(table.rows) ? table.rows.filter(Array.isArray) : [];
    const caption = typeof table.caption === 'string' ? table.caption : undefined;
    // A wide table scrolls in its own focusable region instead of widening the page (WCAG 1.4.10).
    return html`
      <div class="table-scroll" part="table" role="region" tabindex="0" aria-label=${caption ?? this.#context.strings.table}>
        <table>
          ${caption ? html`<caption>${caption}</caption>` : nothing}
          ${head.length ? html`<thead><tr>${head.map((h) => html`<th scope="col">${h}</th> `)}</tr></thead>` : nothing}
          <tbody>
            ${rows.map((row) => html`<tr>${(row as unknown[]).map((cell) => html`<td>${this.text(cell)}</td> `)}</tr>
            `)}
          </tbody>
        </table>
      </div>
    `;
  }
}
