import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Whether the browser has the Popover API (top layer, so no ancestor can clip or cover it). */
const HAS_POPOVER = typeof HTMLElement !== 'undefined' && 'showPopover' in HTMLElement.prototype;

/**
 * Keeps a floating panel beside its trigger while it is open: positioned with
 * `@floating-ui/dom` (below the trigger, flipped above when there is no room, shifted to stay in
 * the viewport, never over the trigger), repositioned on scroll and resize (`autoUpdate`), and
 * closed by Escape (focus back to the trigger), a pointer press anywhere else, or focus moving
 * elsewhere (so a keyboard user never leaves an open panel behind, WCAG 1.4.13).
 */
export class PopoverController implements ReactiveController {
  #host: ReactiveControllerHost & HTMLElement;
  #trigger: () => HTMLElement | null | undefined;
  #panel: () => HTMLElement | null | undefined;
  #onChange: (open: boolean) => void;
  #cleanup: (() => void) | undefined;
  #open = false;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    options: { trigger: () => HTMLElement | null | undefined; panel: () => HTMLElement | null | undefined; onChange: (open: boolean) => void },
  ) {
    this.#host = host;
    this.#trigger = options.trigger;
    this.#panel = options.panel;
    this.#onChange = options.onChange;
    host.addController(this);
  }

  get open(): boolean {
    return this.#open;
  }

  show(): void {
    const trigger = this.#trigger();
    const panel = this.#panel();
    if (this.#open || !trigger || !panel) return;
    this.#open = true;
    if (HAS_POPOVER) panel.showPopover();
    panel.hidden = false;
    this.#cleanup = autoUpdate(trigger, panel, () => void this.#position(trigger, panel));
    document.addEventListener('keydown', this.#onKeydown, true);
    document.addEventListener('pointerdown', this.#onPointerdown, true);
    this.#host.addEventListener('focusout', this.#onFocusout);
    this.#onChange(true);
  }

  /** Closes the panel; `returnFocus` moves focus back to the trigger (after Escape). */
  hide(returnFocus = false): void {
    if (!this.#open) return;
    this.#open = false;
    this.#cleanup?.();
    this.#cleanup = undefined;
    document.removeEventListener('keydown', this.#onKeydown, true);
    document.removeEventListener('pointerdown', this.#onPointerdown, true);
    this.#host.removeEventListener('focusout', this.#onFocusout);
    const panel = this.#panel();
    if (panel) {
      if (HAS_POPOVER && panel.matches(':popover-open')) panel.hidePopover();
      panel.hidden = true;
    }
    if (returnFocus) this.#trigger()?.focus();
    this.#onChange(false);
  }

  toggle(): void {
    if (this.#open) this.hide();
    else this.show();
  }

  hostDisconnected(): void {
    this.hide();
  }

  async #position(trigger: HTMLElement, panel: HTMLElement): Promise<void> {
    const { x, y, placement } = await computePosition(trigger, panel, {
      placement: 'bottom-start',
      // The popover is in the top layer, positioned against the viewport.
      strategy: 'fixed',
      middleware: [
        offset(6),
        flip({ padding: 8 }),
        shift({ padding: 8 }),
        // Shrinks to the room left on the chosen side, so it scrolls rather than covering the term.
        size({
          padding: 8,
          apply({ availableHeight, availableWidth }) {
            panel.style.maxHeight = `${Math.max(80, availableHeight)}px`;
            panel.style.maxWidth = `${Math.min(availableWidth, 352)}px`;
          },
        }),
      ],
    });
    Object.assign(panel.style, { left: `${x}px`, top: `${y}px` });
    panel.dataset.placement = placement;
  }

  #onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    this.hide(true);
  };

  #onPointerdown = (event: Event) => {
    if (!event.composedPath().includes(this.#host)) this.hide();
  };

  /**
   * Focus moving to something outside the host closes the panel. (A document-level `focusin`
   * would miss moves within one shadow root, where the browser does not dispatch it to the
   * document.) `relatedTarget` is retargeted to the host when focus stays inside it; it is null
   * when focus goes nowhere, as when the reader clicks the definition's text.
   */
  #onFocusout = (event: FocusEvent) => {
    const next = event.relatedTarget as Node | null;
    if (next && next !== this.#host && !this.#host.contains(next)) this.hide();
  };
}
