import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ConsentRuntime } from '../consent/consent-runtime.js';
import type { StoreChangeEvent } from '../consent/consent-store.js';
import type { ConsentChangeDetail } from '../consent/events.js';
import { RuntimeRequestEvent } from '../consent/runtime-request.js';

/**
 * Gives an element the page's consent runtime and re-renders it after every decision. The
 * runtime is set directly (`runtime` property) or, failing that, requested from the page with a
 * `privacy-consent-runtime` event when the element connects.
 */
export class ConsentController implements ReactiveController {
  #host: ReactiveControllerHost & HTMLElement;
  #runtime: ConsentRuntime | undefined;
  #onChange = (event: Event) => {
    this.#changed?.((event as StoreChangeEvent).detail);
    this.#host.requestUpdate();
  };
  #changed: ((detail: ConsentChangeDetail) => void) | undefined;

  /** `changed` is called after every decision, before the host re-renders. */
  constructor(host: ReactiveControllerHost & HTMLElement, changed?: (detail: ConsentChangeDetail) => void) {
    this.#host = host;
    this.#changed = changed;
    host.addController(this);
  }

  get runtime(): ConsentRuntime | undefined {
    return this.#runtime;
  }

  set runtime(runtime: ConsentRuntime | undefined) {
    if (runtime === this.#runtime) return;
    this.#runtime?.removeEventListener('change', this.#onChange);
    this.#runtime = runtime;
    if (this.#host.isConnected) runtime?.addEventListener('change', this.#onChange);
    this.#host.requestUpdate();
  }

  hostConnected(): void {
    if (this.#runtime) this.#runtime.addEventListener('change', this.#onChange);
    else this.#host.dispatchEvent(new RuntimeRequestEvent((runtime) => (this.runtime ??= runtime)));
  }

  hostDisconnected(): void {
    this.#runtime?.removeEventListener('change', this.#onChange);
  }
}
