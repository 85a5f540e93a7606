import type { ConsentConfig, PrivacyConfig } from '../config/types.js';
import {
  consentStatus,
  isConsentRecord,
  isRequired,
  own,
  resolveGrants,
  type Choices,
  type ConsentRecord,
  type ConsentStatus,
  type Decision,
} from './consent-record.js';
import type { ConsentAction, ConsentChangeDetail, ConsentState } from './events.js';
import type { ConsentStorage } from './storage.js';

/** A config known to have a valid `consent` section. */
export type ConsentingConfig = PrivacyConfig & { consent: ConsentConfig };

export interface ConsentStoreOptions {
  /** The validated config, or `undefined` when it was invalid: every optional category is then refused. */
  config: ConsentingConfig | undefined;
  storage: ConsentStorage;
  /** A read of `storage` already under way (the entry starts it while the config loads). */
  stored?: Promise<unknown>;
  /** The clock, injected so tests can move time. */
  now?: () => Date;
  /** Source of consent ids, injected so tests can predict them (default: a random UUID). */
  randomId?: () => string;
  /** Whether the browser sends Global Privacy Control. */
  gpc?: boolean;
}

/** Emitted by the store after every decision; the runtime turns it into DOM events and side effects. */
export class StoreChangeEvent extends Event {
  /** `withdrew`: the change turned off something that was granted. */
  constructor(
    readonly detail: ConsentChangeDetail,
    readonly withdrew = false,
  ) {
    super('change');
  }
}

/**
 * The consent state of this page: reads the stored record, decides what is granted, records new
 * decisions. Knows nothing of the DOM; listeners react to its `change` events.
 */
export class ConsentStore extends EventTarget {
  readonly config: ConsentingConfig | undefined;
  readonly gpc: boolean;
  #storage: ConsentStorage;
  #stored: Promise<unknown> | undefined;
  #now: () => Date;
  #randomId: (() => string) | undefined;
  #record: ConsentRecord | undefined;
  #status: ConsentState['status'] = 'loading';

  constructor(options: ConsentStoreOptions) {
    super();
    this.config = options.config;
    this.gpc = options.gpc ?? false;
    this.#storage = options.storage;
    this.#stored = options.stored;
    this.#now = options.now ?? (() => new Date());
    this.#randomId = options.randomId;
  }

  /** Reads the stored record. A corrupt or foreign record counts as no decision, never as consent. */
  async load(): Promise<ConsentState> {
    if (!this.config) {
      this.#status = 'unavailable';
      return this.state;
    }
    const stored = await (this.#stored ?? this.#storage.read());
    this.#record = isConsentRecord(stored) ? stored : undefined;
    this.#status = consentStatus(this.#record, this.config, this.#now());
    return this.state;
  }

  /** The stored record as read or last written (current or not). */
  get record(): ConsentRecord | undefined {
    return this.#record;
  }

  /** Whether the visitor must be asked: no current choice, a valid config, and no GPC signal answering for them. */
  get needsDecision(): boolean {
    const open: ConsentState['status'][] = ['undecided', 'outdated', 'expired'];
    return open.includes(this.#status) && !this.gpc && this.#optional().length > 0;
  }

  /** The state as the site sees it: only a current record grants anything. */
  get state(): ConsentState {
    const record = this.#status === 'current' ? this.#record : undefined;
    const grants = record ?? (this.config ? resolveGrants(this.config.consent, {}) : { categories: {}, services: {} });
    return {
      status: this.#status,
      decision: record?.decision ?? null,
      categories: { ...grants.categories },
      services: { ...grants.services },
      version: this.config?.version ?? '',
      decidedAt: record?.decidedAt ?? null,
      expiresAt: record?.expiresAt ?? null,
      consentId: record?.consentId ?? null,
      gpc: this.gpc,
    };
  }

  /** Whether a category, a service, or `category/service` is granted. Unknown ids are refused. */
  granted(id: string): boolean {
    const { categories, services } = this.state;
    const [category, service] = id.split('/', 2);
    // Own properties only: `Object.prototype.analytics = true` must never grant (consent-record.ts `own`).
    if (service !== undefined) return own(categories, category!) === true && own(services, service) === true;
    return own(categories, id) === true || own(services, id) === true;
  }

  /**
   * Records a decision. `choices` holds what the visitor switched on (categories, services);
   * whatever is not mentioned is refused. Resolves once stored, with the change it made.
   */
  async decide(
    action: Exclude<ConsentAction, 'withdraw'>,
    choices: Choices,
    decision: Decision = action === 'accept-all' || action === 'reject-all' ? action : 'custom',
  ): Promise<ConsentChangeDetail | undefined> {
    if (!this.config) return undefined;
    const { createRecord, randomConsentId } = await import('./decision.js');
    const record = createRecord(this.config, decision, choices, this.#now(), (this.#randomId ?? randomConsentId)());
    await this.#storage.write(record);
    return this.#apply(record, 'current', action, 'this-tab');
  }

  /** Forgets the stored choice: everything optional is refused and the banner asks again. */
  async reset(): Promise<ConsentChangeDetail | undefined> {
    if (!this.config) return undefined;
    await this.#storage.clear();
    return this.#apply(undefined, 'undecided', 'withdraw', 'this-tab');
  }

  /** Takes a decision made in another tab (already stored there). */
  receive(record: unknown, action: ConsentAction): ConsentChangeDetail | undefined {
    if (!this.config) return undefined;
    const valid = isConsentRecord(record) ? record : undefined;
    return this.#apply(valid, consentStatus(valid, this.config, this.#now()), action, 'other-tab');
  }

  #optional() {
    return this.config?.consent.categories.filter((c) => !isRequired(c)) ?? [];
  }

  #apply(record: ConsentRecord | undefined, status: ConsentStatus, action: ConsentAction, origin: ConsentChangeDetail['origin']) {
    const before = this.state;
    this.#record = record;
    this.#status = status;
    const after = this.state;
    let withdrew = false;
    const diff = (kind: 'categories' | 'services') =>
      Object.keys(after[kind]).filter((id) => after[kind][id] !== before[kind][id] && ((withdrew ||= !after[kind][id]), true));
    const changed = { categories: diff('categories'), services: diff('services') };
    const detail: ConsentChangeDetail = {
      ...after,
      action: withdrew && action !== 'api' ? 'withdraw' : action,
      changed,
      origin,
      deletedCookies: [],
    };
    this.dispatchEvent(new StoreChangeEvent(detail, withdrew));
    return detail;
  }
}
