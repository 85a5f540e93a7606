import type { PrivacyConfig } from '../../config/types.js';
import type { Notice } from '../../config/notice-model.js';

/** How long the static notice waits for the parts of the element's render that load on their own. */
const WAIT_MS = 3000;

/**
 * The notice as the page was sent: a declarative shadow root written by `privacy-consent render`
 * (`src/render/`), readable before and without JavaScript. `<privacy-notice>` renders beside it,
 * hidden, and swaps the two in one frame once its own render is complete (the definitions of terms
 * and the cookie choices have rendered too, or {@link WAIT_MS} has passed): the same markup in
 * the same state, so nothing moves (no layout shift, the scroll position kept), and focus stays on
 * the same control.
 */
export class StaticNotice {
  readonly #host: HTMLElement;
  readonly #root: ShadowRoot;
  /** The static nodes: the styles and the notice written by the server. */
  readonly #nodes: ChildNode[];
  #deadline: number | undefined;
  #waiting = false;
  #warned = false;

  private constructor(host: HTMLElement, root: ShadowRoot) {
    this.#host = host;
    this.#root = root;
    this.#nodes = [...root.childNodes];
  }

  /** The static notice in `host`'s declarative shadow root. */
  static from(host: HTMLElement): StaticNotice {
    return new StaticNotice(host, host.shadowRoot!);
  }

  /** The static notice's own top element (the `<article>`, or a just-in-time `<section>`). */
  get #notice(): Element | undefined {
    return this.#nodes.find((n): n is Element => n instanceof Element && n.matches('[part~="notice"]'));
  }

  /**
   * The ids of the sections open in the static notice: the cookies section it was rendered with,
   * and any the visitor opened before the script ran (a link to a section reveals it: the browser
   * removes `hidden="until-found"`).
   */
  openSections(): Set<string> {
    const bodies = this.#notice?.querySelectorAll('.section-body:not([hidden])') ?? [];
    return new Set(Array.from(bodies, (body) => body.parentElement?.id ?? '').filter(Boolean));
  }

  /**
   * Says once, in the console, when the static notice was rendered from another version of the
   * notice or config than the one the page now has: the element shows the config's.
   */
  compareVersions(config: PrivacyConfig, notice: Notice): void {
    const was = { notice: this.#host.getAttribute('data-notice-version'), config: this.#host.getAttribute('data-config-version') };
    const is = { notice: String(notice.version ?? ''), config: String(config.version ?? '') };
    if (this.#warned || ((was.notice === null || was.notice === is.notice) && (was.config === null || was.config === is.config))) return;
    this.#warned = true;
    console.warn(
      `privacy-notice: this page's static notice was rendered from notice version "${was.notice ?? '?'}" (config version "${was.config ?? '?'}"), ` +
        `but the config is now notice version "${is.notice}" (config version "${is.config}"): the notice is shown from the config. ` +
        'Render the page again with `npx privacy-consent render`.',
    );
  }

  /** The element's own rendered elements: everything in the shadow root that the server did not write. */
  #rendered(): HTMLElement[] {
    return Array.from(this.#root.children).filter((el): el is HTMLElement => el instanceof HTMLElement && !this.#nodes.includes(el));
  }

  /** Whether what renders on its own inside the element's render has: defined terms, cookie choices. */
  #complete(rendered: HTMLElement[]): boolean {
    const inside = (selector: string) => rendered.flatMap((el) => Array.from(el.querySelectorAll<HTMLElement>(selector)));
    if (inside('privacy-term').length && !customElements.get('privacy-term')) return false;
    return inside('cookie-preferences').every((el) => !!customElements.get('cookie-preferences') && !!el.shadowRoot?.firstElementChild);
  }

  /**
   * After each render of the element: when the render is complete, removes the static notice and
   * shows the render in its place, and returns true; until then keeps the render hidden, watches
   * each frame for it to complete, and calls `rerender` when it has (the swap then happens in that
   * update, before the frame is painted). A `partial` render (the element renders its sections a
   * batch at a time) stays hidden, and the element renders the rest itself.
   */
  swap(rerender: () => void, partial = false): boolean {
    const rendered = this.#rendered();
    // Nothing rendered yet (config or wording still loading): the static notice stays as it is.
    if (!rendered.some((el) => el.matches('[part~="notice"]'))) return false;
    if (partial) {
      for (const el of rendered) el.style.display = 'none';
      return false;
    }
    this.#deadline ??= performance.now() + WAIT_MS;
    if (!this.#complete(rendered) && performance.now() < this.#deadline) {
      for (const el of rendered) el.style.display = 'none';
      if (!this.#waiting) {
        this.#waiting = true;
        const watch = () => {
          if (this.#complete(this.#rendered()) || performance.now() >= this.#deadline!) {
            this.#waiting = false;
            rerender();
          } else requestAnimationFrame(watch);
        };
        requestAnimationFrame(watch);
      }
      return false;
    }
    const focused = this.#focusPath();
    for (const node of this.#nodes) node.remove();
    // The light-DOM link targets the static notice needed without JavaScript (`src/render/`).
    for (const target of this.#host.querySelectorAll(':scope > [slot^="#"]')) target.remove();
    for (const el of rendered) {
      el.style.removeProperty('display');
      if (!el.getAttribute('style')) el.removeAttribute('style');
    }
    if (focused) this.#refocus(rendered, focused);
    return true;
  }

  /** Where focus is inside the static notice, as child indices from its top element. */
  #focusPath(): number[] | undefined {
    const top = this.#notice;
    let node = this.#root.activeElement;
    if (!top || !node || !top.contains(node)) return undefined;
    const path: number[] = [];
    for (; node && node !== top; node = node.parentElement) path.unshift(Array.prototype.indexOf.call(node.parentElement!.children, node));
    return path;
  }

  /** Focuses the element at the same place in the render: the same markup, so the same control. */
  #refocus(rendered: HTMLElement[], path: number[]): void {
    let node: Element | undefined = rendered.find((el) => el.matches('[part~="notice"]'));
    for (const i of path) node = node?.children[i];
    if (node instanceof HTMLElement) node.focus({ preventScroll: true });
  }
}
