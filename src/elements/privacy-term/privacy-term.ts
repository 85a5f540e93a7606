import { LitElement, css, html, isServer } from 'lit';
import { PopoverController } from '../../controllers/popover-controller.js';
import type { Term } from '../../config/notice-model.js';
import { definitionText, glossaryTermId } from '../rich-text-templates.js';
import { tokens } from '../shared-styles.js';

/** Fired when a term's definition opens. */
export class PrivacyTermShowEvent extends CustomEvent<{ term: string }> {
  static readonly type = 'privacy-term-show';
  constructor(term: string) {
    super(PrivacyTermShowEvent.type, { bubbles: true, composed: true, detail: { term } });
  }
}

/** Fired when a term's definition closes. */
export class PrivacyTermHideEvent extends CustomEvent<{ term: string }> {
  static readonly type = 'privacy-term-hide';
  constructor(term: string) {
    super(PrivacyTermHideEvent.type, { bubbles: true, composed: true, detail: { term } });
  }
}

/**
 * A defined term in running text ("data controller"), explained in place. The words stay in the
 * sentence (the element's content); they are a real button that opens the definition beside them
 * on click, tap, Enter or Space, never on hover alone (WCAG 1.4.13). Escape closes it and returns
 * focus to the term; so does pressing anywhere else. The definition is positioned with
 * `@floating-ui/dom` so it never covers the term.
 *
 * @fires privacy-term-show - When the definition opens; `detail.term` is the term's id.
 * @fires privacy-term-hide - When the definition closes.
 * @csspart term - The button around the term's words.
 * @csspart definition - The definition panel.
 * @csspart close-button - The definition's close button.
 * @cssprop [--privacy-term-underline=currentColor] - Colour of the dotted underline that marks a defined term.
 * @cssprop [--privacy-color-surface=#ffffff] - Background of the definition.
 * @cssprop [--privacy-color-border=#6f777b] - Border of the definition.
 */
export class PrivacyTermElement extends LitElement {
  static override styles = [
    tokens,
    css`
      :host {
        display: inline;
      }
      .term {
        font: inherit;
        color: inherit;
        background: none;
        border: 0;
        padding: 0;
        margin: 0;
        cursor: help;
        text-align: inherit;
        text-decoration: underline dotted var(--privacy-term-underline, currentColor);
        text-decoration-thickness: 0.1em;
        text-underline-offset: 0.2em;
      }
      /* On the server the term is a link to its definition (see render()); it measures as the button. */
      a.term {
        display: inline-block;
        letter-spacing: normal;
        word-spacing: normal;
        text-transform: none;
        text-indent: 0;
      }
      .term[aria-expanded='true'] {
        text-decoration-style: solid;
      }
      .definition {
        position: fixed;
        inset: auto;
        margin: 0;
        box-sizing: border-box;
        width: max-content;
        max-width: min(22rem, calc(100vw - 16px));
        overflow: auto;
        padding: calc(var(--_space) * 0.75);
        padding-inline-end: calc(var(--_space) * 0.75 + 44px);
        background: var(--_surface);
        color: var(--_text);
        border: 2px solid var(--_border);
        border-radius: var(--_radius);
        box-shadow: 0 4px 12px rgb(0 0 0 / 0.2);
        font-family: var(--_font);
        font-size: 1rem;
        font-weight: normal;
        font-style: normal;
        line-height: 1.5;
        text-align: start;
        z-index: 2147483647;
      }
      .definition[hidden] {
        display: none;
      }
      .name {
        font-weight: 700;
        margin: 0 0 0.25em;
      }
      .text {
        margin: 0;
      }
      .close {
        position: absolute;
        top: 0;
        inset-inline-end: 0;
        width: 44px;
        height: 44px;
        font: inherit;
        font-size: 1.5rem;
        line-height: 1;
        color: inherit;
        background: none;
        border: 0;
        cursor: pointer;
      }
      @media print {
        .term {
          text-decoration: none;
        }
        .definition {
          display: none;
        }
      }
      @media (forced-colors: active) {
        .definition {
          border-color: CanvasText;
        }
      }
    `,
  ];
  static override properties = {
    term: { attribute: false },
    closeLabel: { attribute: false },
  };

  /** The glossary entry this term explains. */
  term: Term | undefined;
  /** Accessible name of the definition's close button. */
  closeLabel = 'Close';

  readonly #popover = new PopoverController(this, {
    trigger: () => this.renderRoot.querySelector<HTMLElement>('.term'),
    panel: () => this.renderRoot.querySelector<HTMLElement>('.definition'),
    onChange: (open) => {
      this.requestUpdate();
      const id = this.term?.id ?? '';
      this.dispatchEvent(open ? new PrivacyTermShowEvent(id) : new PrivacyTermHideEvent(id));
    },
  });

  /** Whether the definition is showing. */
  get open(): boolean {
    return this.#popover.open;
  }

  /** Opens the definition. */
  show(): void {
    this.#popover.show();
  }

  /** Closes the definition. */
  hide(): void {
    this.#popover.hide();
  }

  override render() {
    const term = this.term;
    if (!term) return html`<slot></slot>`;
    // Rendered on the server (a static notice, `privacy-consent render`), the term links to its
    // definition in the notice's list of terms, which a browser without JavaScript shows: a button
    // would do nothing there. The element's own render replaces it with the button.
    if (isServer) return html`<a class="term" part="term" href="#${glossaryTermId(term.id)}"><slot></slot></a>`;
    const name = term.abbr && term.abbr !== term.term ? `${term.term} (${term.abbr})` : term.term;
    return html`<button type="button" class="term" part="term" aria-expanded=${this.open ? 'true' : 'false'} aria-controls="definition" @click=${() => this.#popover.toggle()}><slot></slot></button><div id="definition" class="definition" part="definition" popover="manual" hidden role="group" aria-label=${name}>
        <p class="name"><dfn>${name}</dfn></p>
        <p class="text">${definitionText(term.definition)}</p>
        <button type="button" class="close" part="close-button" aria-label=${this.closeLabel} @click=${() => this.#popover.hide(true)}>${closeIcon}</button>
      </div>`;
  }
}

const closeIcon = html`<svg aria-hidden="true" focusable="false" width="20" height="20" viewBox="0 0 20 20"><path d="M4 4l12 12M16 4L4 16" stroke="currentColor" stroke-width="2.5" fill="none" /></svg>`;

declare global {
  interface HTMLElementTagNameMap {
    'privacy-term': PrivacyTermElement;
  }
  interface HTMLElementEventMap {
    'privacy-term-show': PrivacyTermShowEvent;
    'privacy-term-hide': PrivacyTermHideEvent;
  }
}
