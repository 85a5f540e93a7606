import type { ConsentConfig, PrivacyConfig } from '../config/types.js';
import {
  consentStatus,
  readRecord,
  isRequired,
  own,
  resolveGrants,
  runsBeforeChoice,
  type Choices,
  type ConsentRecord,
  type ConsentStatus,
  type Decision,
} from './consent-record.js';
import type { ConsentAction, ConsentChangeDetail, ConsentState } from './events.js';
import type { DecisionContext } from './receipt.js';
import type { ConsentStorage } from './storage.js';

/** Loads the code that records decisions and builds receipts (a chunk of its own: a returning visitor's page only reads). */
export const decisionCode = () => import('./decision.js');

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

/**
 * A state as the site sees it: `record` when it is current, `grants` what is granted (nothing when
 * absent). Also the API's state before the store exists (`loading`, `unavailable`).
 */
export function consentState(
  status: ConsentState['status'],
  gpc: boolean,
  record?: ConsentRecord,
  grants?: Pick<ConsentRecord, 'categories' | 'services'>,
  version = '',
): ConsentState {
  return {
    status,
    decision: record?.decision ?? null,
    categories: { ...grants?.categories },
    services: { ...grants?.services },
    version,
    decidedAt: record?.decidedAt ?? null,
    expiresAt: record?.expiresAt ?? null,
    consentId: record?.consentId ?? null,
    gpc,
  };
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

  /**
   * Reads the stored record. A corrupt or foreign record counts as no decision, never as consent.
   * Fires `load` once it is read, before this resolves: the vendor integrations tell a returning
   * visitor's choice then, before the runtime runs the gated scripts it releases.
   */
  async load(): Promise<ConsentState> {
    if (!this.config) {
      this.#status = 'unavailable';
      return this.state;
    }
    const stored = await (this.#stored ?? this.#storage.read());
    this.#record = readRecord(stored);
    this.#status = consentStatus(this.#record, this.config, this.#now());
    // issue 14: a receipt the last page could not hand to the endpoint is sent once more (src/consent/decision.ts).
    if (this.#record?.unsent) void decisionCode().then((d) => d.retryReceipt(this.config!, this.#record!, this.#storage));
    this.dispatchEvent(new Event('load'));
    return this.state;
  }

  /** The stored record as read or last written (current or not). */
  get record(): ConsentRecord | undefined {
    return this.#record;
  }

  /** Whether the visitor must be asked: no current choice, a valid config, and no GPC signal answering for them. */
  get needsDecision(): boolean {
    const open: ConsentState['status'][] = ['undecided', 'outdated', 'expired'];
    // An open status comes only from `load()` with a config.
    return open.includes(this.#status) && !this.gpc && this.config!.consent.categories.some((c) => !isRequired(c));
  }

  /**
   * The state as the site sees it: only a current record grants anything, but for the categories
   * that run before a choice under a UK exception (PECR Sch A1 paras 5-6), which GPC objects to.
   */
  get state(): ConsentState {
    const record = this.#status === 'current' ? this.#record : undefined;
    const config = this.config;
    const grants = record ?? (config && resolveGrants(config.consent, {}, (c) => !this.gpc && runsBeforeChoice(config.exceptions, c)));
    return consentState(this.#status, this.gpc, record, grants, config?.version);
  }

  /**
   * Whether a category, a service, or `category/service` is granted. Unknown ids are refused. A
   * service may be granted while its category is not (allowed on its own, see `resolveGrants`),
   * so `category/service` asks about the service, in a category the config declares.
   */
  granted(id: string): boolean {
    const { categories, services } = this.state;
    const [category, service] = id.split('/', 2);
    // Own properties only: `Object.prototype.analytics = true` must never grant (consent-record.ts `own`).
    // A service may be granted while its category is not (allowed on its own, see `resolveGrants`),
    // so `category/service` asks about the service, in a category the config declares.
    if (service !== undefined) return own(categories, category!) !== undefined && own(services, service) === true;
    return own(categories, id) === true || own(services, id) === true;
  }

  /**
   * Records a decision. `choices` holds what the visitor switched on (categories, services);
   * whatever is not mentioned is refused. `context` says how it was made, for its receipt.
   * Resolves once stored, with the change it made.
   */
  async decide(
    action: Exclude<ConsentAction, 'withdraw'>,
    choices: Choices,
    decision: Decision = action === 'accept-all' || action === 'reject-all' ? action : 'custom',
    context?: DecisionContext,
  ): Promise<ConsentChangeDetail | undefined> {
    if (!this.config) return undefined;
    const { recordDecision } = await decisionCode();
    const record = await recordDecision(this.config, decision, choices, this.#now(), this.#randomId?.(), this.#record, context);
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
  async receive(record: unknown, action: ConsentAction): Promise<ConsentChangeDetail | undefined> {
    if (!this.config) return undefined;
    const valid = readRecord(record);
    return this.#apply(valid, consentStatus(valid, this.config, this.#now()), action, 'other-tab');
  }

  /**
   * Makes `record` and `status` the state, then tells listeners what changed. The state changes at
   * once; working out the change loads with the code that records decisions (`decision.ts`), as a
   * change is rare and a returning visitor's page only reads.
   */
  async #apply(record: ConsentRecord | undefined, status: ConsentStatus, action: ConsentAction, origin: ConsentChangeDetail['origin']) {
    const before = this.state;
    this.#record = record;
    this.#status = status;
    const after = this.state;
    const { describeChange } = await decisionCode();
    const [detail, withdrew] = describeChange(before, after, action, origin);
    this.dispatchEvent(new StoreChangeEvent(detail, withdrew));
    return detail;
  }
}
