import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Keeps a banner fixed to the bottom of the viewport from hiding what has keyboard focus
 * (WCAG 2.2 SC 2.4.11 Focus Not Obscured). While the banner is shown it:
 * - sets `scroll-padding-bottom` on the root to the banner's height, so focus scrolling and
 *   fragment navigation stop above it (Chromium, Firefox and Safari honour it when Tab scrolls);
 * - appends an empty spacer of that height to the body, so the page's last content can scroll
 *   clear of it too (added at the end, it moves nothing: no layout shift).
 */
export class BannerInsetController implements ReactiveController {
  #host: ReactiveControllerHost & HTMLElement;
  #banner: HTMLElement | undefined;
  #spacer: HTMLElement | undefined;
  #previousPadding = '';
  #observer = new ResizeObserver(() => this.#measure());

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  /** The banner element to keep clear of, or `undefined` when nothing is shown at the bottom. */
  track(banner: HTMLElement | undefined): void {
    if (banner === this.#banner) return;
    this.#release();
    this.#banner = banner;
    if (!banner) return;
    const doc = this.#host.ownerDocument;
    this.#previousPadding = doc.documentElement.style.scrollPaddingBottom;
    this.#spacer = doc.createElement('div');
    this.#spacer.setAttribute('aria-hidden', 'true');
    this.#spacer.dataset.privacyConsentSpacer = '';
    doc.body.append(this.#spacer);
    this.#observer.observe(banner);
  }

  hostDisconnected(): void {
    this.#release();
    this.#banner = undefined;
  }

  #measure(): void {
    if (!this.#banner) return;
    const height = `${Math.ceil(this.#banner.getBoundingClientRect().height)}px`;
    this.#host.ownerDocument.documentElement.style.scrollPaddingBottom = height;
    if (this.#spacer) this.#spacer.style.height = height;
  }

  #release(): void {
    if (!this.#banner) return;
    this.#observer.disconnect();
    this.#spacer?.remove();
    this.#spacer = undefined;
    const doc = this.#host.ownerDocument;
    doc.documentElement.style.scrollPaddingBottom = this.#previousPadding;
  }
}
