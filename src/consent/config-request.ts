import type { LoadedConfig } from '../config/load-config.js';

/**
 * Asks for the config the page's drop-in script read (a `<privacy-notice>` without its own `src`
 * or `config`, the loopback report); `embed.ts` answers once it has read it. See
 * `runtime-request.ts` for why this is an event.
 */
export class ConfigRequestEvent extends Event {
  constructor(readonly provide: (loaded: LoadedConfig) => void) {
    super('privacy-consent-config', { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'privacy-consent-config': ConfigRequestEvent;
  }
  interface DocumentEventMap {
    'privacy-consent-config': ConfigRequestEvent;
  }
}
