import type { LoadedConfig } from '../config/load-config.js';
import type { ConsentRuntime } from './consent-runtime.js';

// How lazily loaded elements get what the drop-in entry holds, without a global variable: an
// element dispatches a request event when it connects; the entry (`createConsentPage` and
// `embed.ts`) listens on the document and answers once it has the answer. (@lit/context does
// the same job, but its provider would live in the entry, which every visitor downloads and
// which has no bytes to spare under its 5 KB budget; these two small classes cost ~150 bytes.)

/** Asks the page's consent runtime to introduce itself (`<cookie-preferences>`, the notice's cookies section). */
export class RuntimeRequestEvent extends Event {
  constructor(readonly provide: (runtime: ConsentRuntime) => void) {
    super('privacy-consent-runtime', { bubbles: true, composed: true });
  }
}

/** Asks for the config the page's drop-in script read (a `<privacy-notice>` without its own `src` or `config`). */
export class ConfigRequestEvent extends Event {
  constructor(readonly provide: (loaded: LoadedConfig) => void) {
    super('privacy-consent-config', { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'privacy-consent-runtime': RuntimeRequestEvent;
    'privacy-consent-config': ConfigRequestEvent;
  }
  interface DocumentEventMap {
    'privacy-consent-runtime': RuntimeRequestEvent;
    'privacy-consent-config': ConfigRequestEvent;
  }
}
