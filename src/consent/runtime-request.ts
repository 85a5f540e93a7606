import type { ConsentRuntime } from './consent-runtime.js';

// How lazily loaded elements get what the drop-in entry holds, without a global variable: an
// element dispatches a request event when it connects; the page's composition root answers once
// it has the answer. (@lit/context does the same job, but its provider would sit in the entry,
// which every visitor downloads and which has no bytes to spare under its 5 KB budget.) One
// module per request, so each chunk carries only the one it uses.

/** Asks the page's consent runtime to introduce itself (`<cookie-preferences>`, the notice's cookies section). */
export class RuntimeRequestEvent extends Event {
  constructor(readonly provide: (runtime: ConsentRuntime) => void) {
    super('privacy-consent-runtime', { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'privacy-consent-runtime': RuntimeRequestEvent;
  }
  interface DocumentEventMap {
    'privacy-consent-runtime': RuntimeRequestEvent;
  }
}
