import type { Choices, Decision } from './consent-record.js';
import type { ConsentRuntime, UiRequest } from './consent-runtime.js';
import { consentState, decisionCode, type ConsentingConfig, type StoreChangeEvent } from './consent-store.js';
import type { ConsentChangeDetail, ConsentState } from './events.js';
import type { ConsentReceipt } from './receipt.js';

/** The JS API: `window.PrivacyConsent`, and the `PrivacyConsent` export of the npm package. */
export interface PrivacyConsentApi {
  /** Resolves with the state once the stored choice has been read. */
  ready(): Promise<ConsentState>;
  /** The current state (everything refused while loading). */
  get(): ConsentState;
  /** Whether a category, a service, or `category/service` is granted. */
  granted(id: string): boolean;
  /** Grants every category. */
  acceptAll(): Promise<ConsentState>;
  /** Refuses every optional category. */
  rejectAll(): Promise<ConsentState>;
  /** Changes some choices, keeping the others: `{ analytics: true, youtube: false }`. */
  update(choices: Choices): Promise<ConsentState>;
  /** Shows the banner again. */
  showBanner(): Promise<void>;
  /** Opens the preferences dialog. */
  showPreferences(): Promise<void>;
  /** Forgets the stored choice: optional categories are refused and the banner asks again. */
  reset(): Promise<ConsentState>;
  /**
   * The receipt of the visitor's decisions on this device (ISO/IEC TS 27560 as W3C DPV publishes
   * it; docs/receipts.md), newest first; `null` when there is no decision to show.
   */
  receipt(): Promise<ConsentReceipt | null>;
  /** Calls `listener` after every decision; returns a function that unsubscribes. */
  on(type: 'change', listener: (detail: ConsentChangeDetail) => void): () => void;
}

/**
 * The API object exists from the first moment (sites may call it before the config has loaded);
 * calls wait for the runtime. A listener that throws is reported and never stops the others.
 */
export function createApi(runtime: Promise<ConsentRuntime | undefined>): PrivacyConsentApi {
  let current: ConsentRuntime | undefined;
  let status: ConsentState['status'] = 'loading';
  const listeners = new Set<(detail: ConsentChangeDetail) => void>();
  const ready = runtime.then((r) => {
    current = r;
    // Without a runtime (no config, or no consent section) nothing is ever granted.
    if (!r) return void (status = 'unavailable');
    r.addEventListener('change', (event) => {
      for (const listener of [...listeners]) {
        try {
          listener((event as StoreChangeEvent).detail);
        } catch (error) {
          // Report like an uncaught error, without breaking the widget or the other listeners.
          reportError(error);
        }
      }
    });
    return r.start();
  });
  const state = (): ConsentState => current?.store.state ?? consentState(status, false);
  /** Runs `act` once started (nothing happens without a runtime); resolves with the state after it. */
  const act = (act: (r: ConsentRuntime & { store: { config: ConsentingConfig } }) => unknown) =>
    ready.then(() => current?.store.config && act(current as ConsentRuntime & { store: { config: ConsentingConfig } })).then(state);
  const ui = (request: UiRequest) => ready.then(() => current?.request(request));
  /** Records a decision (`acceptAll`, `rejectAll`) or `choices` over the current state (`update`); its choices are built with the code that records them. */
  const decide = (decision?: Decision, choices?: Choices) =>
    act(async (r) => r.decide('api', (await decisionCode()).apiChoices(r.store.config.consent, r.store.state, decision, choices), decision));

  return {
    ready: () => ready.then(state),
    get: state,
    granted: (id) => current?.store.granted(id) ?? false,
    acceptAll: () => decide('accept-all'),
    rejectAll: () => decide('reject-all'),
    update: (choices) => decide(undefined, choices),
    showBanner: () => ui({ kind: 'banner' }),
    // No opener: the dialog returns focus to whatever had it (see `loadUi`).
    showPreferences: () => ui({ kind: 'preferences' }),
    reset: () => act((r) => r.reset()),
    // issue 14: receipts load with the decision code, only when asked for.
    receipt: () => ready.then(decisionCode).then((d) => d.currentReceipt(current?.store)),
    on(type, listener) {
      if (type !== 'change') throw new TypeError(`PrivacyConsent.on: unknown event "${type}" (expected "change")`);
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
