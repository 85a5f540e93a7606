/**
 * Registers a custom element, skipping a name the page has already taken (another copy of this
 * script, or another library) with a clear warning instead of the browser's exception.
 */
export function defineElement(name: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(name);
  if (existing === constructor) return;
  if (existing) {
    console.warn(`privacy-consent: <${name}> is already defined by another script; ours was not registered.`);
    return;
  }
  customElements.define(name, constructor);
}
