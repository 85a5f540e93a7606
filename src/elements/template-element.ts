import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { render } from 'lit/html.js';

/**
 * A minimal reactive custom element: renders a lit-html template into its shadow root after
 * `requestUpdate()` and hosts Lit reactive controllers. The cookie banner uses it because every
 * first-time visitor downloads the banner: LitElement's ReactiveElement base adds 2.4 KB gzip
 * (measured with `npm run size`) for property machinery the banner does not use, and the
 * first-visit budget is 12 KB in all. Every other element is a LitElement.
 */
export abstract class TemplateElement extends HTMLElement implements ReactiveControllerHost {
  /** Styles adopted by every instance's shadow root. */
  static styles: CSSStyleSheet[] = [];

  readonly renderRoot: ShadowRoot;
  #controllers = new Set<ReactiveController>();
  #update: Promise<boolean> = Promise.resolve(true);
  #scheduled = false;

  constructor() {
    super();
    this.renderRoot = this.attachShadow({ mode: 'open' });
    this.renderRoot.adoptedStyleSheets = (this.constructor as typeof TemplateElement).styles;
  }

  /** Resolves after the pending render. */
  get updateComplete(): Promise<boolean> {
    return this.#update;
  }

  addController(controller: ReactiveController): void {
    this.#controllers.add(controller);
    if (this.isConnected) controller.hostConnected?.();
  }

  removeController(controller: ReactiveController): void {
    this.#controllers.delete(controller);
  }

  connectedCallback(): void {
    this.#controllers.forEach((c) => c.hostConnected?.());
    this.requestUpdate();
  }

  disconnectedCallback(): void {
    this.#controllers.forEach((c) => c.hostDisconnected?.());
  }

  /** Schedules a render in a microtask; several requests make one render. */
  requestUpdate(): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    this.#update = Promise.resolve().then(() => {
      this.#scheduled = false;
      this.#controllers.forEach((c) => c.hostUpdate?.());
      render(this.render(), this.renderRoot, { host: this });
      this.#controllers.forEach((c) => c.hostUpdated?.());
      this.updated();
      return true;
    });
  }

  /** The template for the current state. */
  protected abstract render(): unknown;

  /** Called after each render. */
  protected updated(): void {}
}
