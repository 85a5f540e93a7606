const FOCUSABLE = 'a[href],button:not([disabled]),input:not([disabled]),select:not([disabled]),textarea:not([disabled]),summary,[tabindex]:not([tabindex="-1"])';

/**
 * The elements Tab reaches inside `root`, in order, looking into open shadow roots (the dialog
 * holds `<cookie-preferences>`, whose controls live in its own shadow root).
 */
export function focusableIn(root: Element | ShadowRoot): HTMLElement[] {
  const found: HTMLElement[] = [];
  const visit = (node: Element | ShadowRoot) => {
    for (const child of Array.from(node.children)) {
      if (child instanceof HTMLElement && child.matches(FOCUSABLE) && isVisible(child)) found.push(child);
      if (child.shadowRoot) visit(child.shadowRoot);
      // A closed <details> hides everything but its summary.
      if (child instanceof HTMLDetailsElement && !child.open) {
        const summary = child.querySelector(':scope > summary');
        if (summary instanceof HTMLElement && isVisible(summary)) found.push(summary);
        continue;
      }
      visit(child);
    }
  };
  visit(root);
  return found;
}

function isVisible(element: HTMLElement): boolean {
  return element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden';
}
