import type { ConsentStore } from './consent-store.js';
import { StoreChangeEvent } from './consent-store.js';
import { ConsentChangeEvent, ConsentReadyEvent, type ConsentAction, type ConsentState } from './events.js';
import { ScriptGate } from './gating.js';

/**
 * What the runtime asks of the page's UI, which it never loads or calls itself: it announces the
 * request as a {@link UiRequestEvent} and whoever composed the page (`createConsentPage`) answers.
 * - `banner`: show the first layer.
 * - `preferences`: open the preferences dialog; focus returns to `opener` when it closes.
 * - `confirm`: show the banner's confirmation of a choice made in the dialog, and move focus to it.
 * - `placeholder`: a gated embed is still blocked; show a placeholder that asks in place.
 */
export type UiRequest =
  | { kind: 'banner' }
  | { kind: 'preferences'; opener?: HTMLElement | null }
  | { kind: 'confirm'; action: 'accept-all' | 'reject-all' | 'save' }
  | { kind: 'placeholder'; embed: Element };

/**
 * Dispatched on the runtime when it needs UI. The listener that answers (the page's composition
 * root) sets `done` to its work, so the caller (`PrivacyConsent.showPreferences()`, say) resolves
 * when it is finished.
 */
export class UiRequestEvent extends Event {
  done?: Promise<unknown>;
  constructor(readonly request: UiRequest) {
    super('ui-request');
  }
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
 * It needs UI at times (the banner, the dialog) but knows no UI code: it dispatches a
 * {@link UiRequestEvent} on itself (see `request`).
 */
export class ConsentRuntime extends EventTarget {
  readonly store: ConsentStore;
  readonly host: HTMLElement | undefined;
  #document: Document;
  #gate: ScriptGate;
  #channel: Channel | undefined;
  #settled: Promise<void> = Promise.resolve();

  constructor(options: ConsentRuntimeOptions) {
    super();
    this.store = options.store;
    this.host = options.host;
    this.#document = options.document;
    this.#channel = options.channel;
    // A gated embed left blocked is asked about in place (`<consent-placeholder>`).
    this.#gate = new ScriptGate(this.#document, (id) => this.store.granted(id), (embed) => void this.request({ kind: 'placeholder', embed }));
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
    if (this.store.needsDecision) await this.request({ kind: 'banner' });
    return state;
  }

  /** Asks the page's UI for something (see {@link UiRequest}); resolves when it has been done. */
  request(request: UiRequest): Promise<void> {
    const event = new UiRequestEvent(request);
    this.dispatchEvent(event);
    // A UI that fails to load is reported, never thrown at the caller (the site's own code).
    return Promise.resolve(event.done).then(() => {}, reportError);
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
    await this.request({ kind: 'banner' });
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
