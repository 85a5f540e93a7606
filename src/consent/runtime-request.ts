import type { ConsentRuntime } from './consent-runtime.js';

/**
 * Asks the page's consent runtime to introduce itself. Elements that show or change choices
 * (`<cookie-preferences>` on a cookies page, the notice's cookies section) dispatch it when they
 * connect; the drop-in entry answers once the runtime has started. No global variable is read.
 */
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
