import type { ConsentStore } from './consent-store.js';
import { StoreChangeEvent } from './consent-store.js';
import { ConsentChangeEvent, ConsentReadyEvent, type ConsentAction, type ConsentState } from './events.js';
import { ScriptGate } from './gating.js';

/** What the runtime needs from the UI layer, which it loads only on demand. */
export interface ConsentUi {
  /** Shows the first layer (loading its code if needed). */
  showBanner(): Promise<void>;
  /** Opens the preferences dialog (loading its code if needed); focus returns to `opener` when it closes. */
  showPreferences(opener?: HTMLElement | null): Promise<void>;
  /** Shows the banner's confirmation of a choice made in the dialog, and moves focus to it. */
  confirm(action: 'accept-all' | 'reject-all' | 'save'): Promise<void>;
}

/** The subset of BroadcastChannel the runtime uses, so tests can pass a fake. */
export interface Channel {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

export interface ConsentRuntimeOptions {
  store: ConsentStore;
  document: Document;
  /** The element consent events are dispatched on (`<cookie-consent>`); none when the config has no consent section. */
  host: HTMLElement | undefined;
  ui: ConsentUi;
  /** Carries decisions to the site's other open tabs. */
  channel?: Channel;
}

interface ChannelMessage {
  type: 'privacy-consent:change';
  record: unknown;
  action: ConsentAction;
}

/**
 * Connects the store to the page: gates scripts, deletes withdrawn cookies, mirrors the decision
 * in a cookie when asked, tells other tabs, and dispatches `consent-ready` / `consent-change`.
 */
export class ConsentRuntime extends EventTarget {
  readonly store: ConsentStore;
  readonly host: HTMLElement | undefined;
  readonly ui: ConsentUi;
  #document: Document;
  #gate: ScriptGate;
  #channel: Channel | undefined;
  #settled: Promise<void> = Promise.resolve();

  constructor(options: ConsentRuntimeOptions) {
    super();
    this.store = options.store;
    this.host = options.host;
    this.ui = options.ui;
    this.#document = options.document;
    this.#channel = options.channel;
    this.#gate = new ScriptGate(this.#document, (id) => this.store.granted(id));
    this.store.addEventListener('change', (event) => (this.#settled = this.#settle(event as StoreChangeEvent)));
    this.#channel?.addEventListener('message', (event) => {
      const message = event.data as ChannelMessage | undefined;
      if (message?.type === 'privacy-consent:change') this.store.receive(message.record, message.action);
    });
  }

  /** Reads the stored choice, starts gating, fires `consent-ready`, and asks when there is no current choice. */
  async start(): Promise<ConsentState> {
    const state = await this.store.load();
    this.#gate.start();
    this.host?.dispatchEvent(new ConsentReadyEvent(state));
    if (this.store.needsDecision) await this.ui.showBanner();
    return state;
  }

  /**
   * Records a decision made through the UI or the API, as `ConsentStore.decide` takes it:
   * `(action, choices, decision?, context?)`; `decision` says what is stored (default: from
   * `action`), `context` how it was made (issue 14: the receipt's method and language).
   */
  async decide(...decision: Parameters<ConsentStore['decide']>): Promise<ConsentState> {
    const detail = await this.store.decide(...decision);
    await this.#settled;
    if (detail) this.#tellOtherTabs(detail.action);
    return this.store.state;
  }

  /** Forgets the stored choice; the banner asks again. */
  async reset(): Promise<ConsentState> {
    await this.store.reset();
    await this.#settled;
    this.#tellOtherTabs('withdraw');
    await this.ui.showBanner();
    return this.store.state;
  }

  #tellOtherTabs(action: ConsentAction): void {
    this.#channel?.postMessage({ type: 'privacy-consent:change', record: this.store.record, action } satisfies ChannelMessage);
  }

  async #settle({ detail, withdrew }: StoreChangeEvent): Promise<void> {
    const consent = this.store.config!.consent;
    // Cookie clean-up is rare (a withdrawal, or the optional mirror cookie): its code loads only then.
    if (detail.origin === 'this-tab' && (withdrew || consent.cookie)) {
      const { applyCookieEffects } = await import('./cookies.js');
      detail.deletedCookies = applyCookieEffects(consent, detail, this.#document);
    }
    this.#gate.refresh();
    this.host?.dispatchEvent(new ConsentChangeEvent(detail));
    this.dispatchEvent(new StoreChangeEvent(detail, withdrew));
  }
}
