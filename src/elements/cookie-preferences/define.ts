import type { ConsentRuntime } from '../../consent/consent-runtime.js';
import { defineElement } from '../define-element.js';
// Not the banner's code: the cookie choices on a cookies page or in the notice never show the
// banner (the code they share with it is one chunk, vite.config.ts), and the dialog opens from
// the banner, which has already loaded it.
import { CookiePreferencesElement } from './cookie-preferences.js';

defineElement('cookie-preferences', CookiePreferencesElement);

/** The element that has focus, looking inside shadow roots (a button in the banner, say). */
function focusedElement(doc: Document): HTMLElement | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement && active !== doc.body ? active : null;
}

/**
 * Opens the preferences dialog: one `<cookie-preferences modal>` at the end of the body, made on
 * first use (a modal dialog sits in the top layer, so its place in the page does not matter).
 * Focus returns to `opener` when it closes, or without one to the element that has focus now
 * (here rather than in the banner's UI loader, whose chunk every first visit downloads).
 */
export async function openPreferences(runtime: ConsentRuntime, opener?: HTMLElement | null): Promise<void> {
  opener ??= focusedElement(runtime.host?.ownerDocument ?? document);
  let dialog = document.querySelector<CookiePreferencesElement>('cookie-preferences[modal]');
  if (!dialog) {
    dialog = new CookiePreferencesElement();
    dialog.modal = true;
    dialog.setAttribute('modal', '');
    document.body.append(dialog);
  }
  dialog.runtime = runtime;
  await dialog.open(opener);
}
