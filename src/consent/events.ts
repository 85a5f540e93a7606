import type { ConsentStatus, Decision } from './consent-record.js';

/** The visitor's consent as the site sees it. Everything not granted is refused. */
export interface ConsentState {
  /**
   * `loading` until storage has been read; `unavailable` when the config is invalid (every
   * optional category is then refused); otherwise how the stored choice relates to the config.
   */
  status: ConsentStatus | 'loading' | 'unavailable';
  /** The stored decision, or `null` when there is none that is current. */
  decision: Decision | null;
  /** Granted state of every category, by id. */
  categories: Record<string, boolean>;
  /** Granted state of every service, by id. */
  services: Record<string, boolean>;
  /** The config's policy version. */
  version: string;
  /** When the current decision was made (ISO 8601), or `null`. */
  decidedAt: string | null;
  /** When the current decision expires (ISO 8601), or `null`. */
  expiresAt: string | null;
  /** Random identifier of the current decision, or `null`. */
  consentId: string | null;
  /** Whether the browser sends Global Privacy Control (optional categories then start refused). */
  gpc: boolean;
}

/**
 * What caused a change: a banner or dialog button (`accept-all`, `reject-all`, `save`), a
 * withdrawal (a choice that turns off something granted before, or `reset()`), a JS API call, or
 * `placeholder`: the visitor chose "Always allow" on a `<consent-placeholder>`, which grants the
 * services (or the category) its embed names and nothing else (docs/placeholders.md).
 */
export type ConsentAction = 'accept-all' | 'reject-all' | 'save' | 'withdraw' | 'api' | 'placeholder';

/** `detail` of `consent-change`. */
export interface ConsentChangeDetail extends ConsentState {
  action: ConsentAction;
  /** Ids whose granted state this decision changed. */
  changed: { categories: string[]; services: string[] };
  /** `other-tab` when the decision was made in another tab of the same site. */
  origin: 'this-tab' | 'other-tab';
  /** Names of the cookies deleted because their category or service was withdrawn. */
  deletedCookies: string[];
}

const INIT = { bubbles: true, composed: true } as const;

/** Fired once a page load, when the stored choice has been read (or found absent). */
export class ConsentReadyEvent extends CustomEvent<ConsentState> {
  constructor(detail: ConsentState) {
    super('consent-ready', { ...INIT, detail });
  }
}

/** Fired after every decision, in this tab or another. */
export class ConsentChangeEvent extends CustomEvent<ConsentChangeDetail> {
  constructor(detail: ConsentChangeDetail) {
    super('consent-change', { ...INIT, detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    'consent-ready': ConsentReadyEvent;
    'consent-change': ConsentChangeEvent;
  }
  interface DocumentEventMap {
    'consent-ready': ConsentReadyEvent;
    'consent-change': ConsentChangeEvent;
  }
  interface WindowEventMap {
    'consent-ready': ConsentReadyEvent;
    'consent-change': ConsentChangeEvent;
  }
}
