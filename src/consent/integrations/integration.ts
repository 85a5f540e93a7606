/**
 * What every vendor adapter shares: the shape of an adapter, how a consent requirement is read
 * (the `data-consent` rule), and the record of what the page's vendors have been told.
 *
 * The record lives on `window` under a registered symbol because two separate scripts write it:
 * `privacy-consent-defaults.js` (classic, in the `<head>`, before the site's tags) and the
 * entry's integrations chunk (a module, later). The chunk reads it to send the defaults only
 * when the head script did not.
 */
import type { Decision } from '../consent-record.js';
import type { ConsentAction } from '../events.js';

/** The page's globals, where each vendor's tag looks for its command queue: `window`, or a recording fake in tests. */
// Vendor globals are untyped queues and functions of other people's code.
export type VendorWindow = Record<string | symbol, any>;

/** Granted state of each of a vendor's signals, by the vendor's own signal name. */
export type Signals = Record<string, boolean>;

/** Granted state of every category and service. */
export interface Grants {
  categories: Record<string, boolean>;
  services: Record<string, boolean>;
}

/** Nothing granted: what the defaults say. */
export const NOTHING: Grants = { categories: {}, services: {} };

/** When vendors are told the visitor's grants. */
export interface Moment {
  /** `consent-ready`: the stored choice was read (or a mirror cookie said it early); `consent-change`: a decision. */
  type: 'consent-ready' | 'consent-change';
  grants: Grants;
  /** Whether a choice answers for the visitor: a current decision, or Global Privacy Control. */
  decided: boolean;
  /** The stored decision, or `null`. */
  decision: Decision | null;
  /** What caused a change, or `null` on `consent-ready`. */
  action: ConsentAction | null;
}

/** One vendor's consent protocol, as its own documentation describes it. */
export interface Integration<Options> {
  /** Sends the defaults (everything denied) into the vendor's queue, before the tag's first command. */
  defaults(win: VendorWindow, options: Options): void;
  /** The vendor's signals for these grants. */
  signals(options: Options, grants: Grants): Signals;
  /**
   * Tells the vendor its signals `now`; `before` is what it was last told (the defaults at
   * first), `defaulted` the options its defaults were sent with.
   */
  update(win: VendorWindow, options: Options, now: Signals, before: Signals, moment: Moment, defaulted: Options): void;
  /** Told at every moment, even when its signals did not change (the Tag Manager event). */
  always?: boolean;
}

/**
 * Whether a consent requirement is granted: every space-separated id must be, where an id is a
 * category, a service, or `category/service` (the rule of `data-consent` and
 * `PrivacyConsent.granted()`). Nothing, or an unknown id, is never granted.
 */
export function allows(grants: Grants, requirement: string | undefined): boolean {
  const ids = requirement?.trim().split(/\s+/).filter(Boolean) ?? [];
  return (
    ids.length > 0 &&
    ids.every((id) => {
      const [category, service] = id.split('/');
      return service === undefined
        ? grants.categories[id] === true || grants.services[id] === true
        : grants.categories[category!] === true && grants.services[service] === true;
    })
  );
}

/** A signal as most vendors spell it. */
export const signal = (granted: boolean | undefined): 'granted' | 'denied' => (granted ? 'granted' : 'denied');

/** The named vendor queue, created as the vendor's own snippet creates it (`window.x = window.x || []`). */
export const queue = (win: VendorWindow, name: string): { push(...items: unknown[]): unknown } => (win[name] ??= []);

/** What one vendor was last told on this page. */
export interface Told {
  /** The options its defaults were sent with. */
  defaulted: unknown;
  signals: Signals;
  /** What told it last: its defaults (from the head script or, late, the entry), or an update from the entry. */
  by: 'defaults' | 'entry';
}

const TOLD = Symbol.for('privacy-consent.integrations');

/** What the page's vendors have been told so far, by vendor name. */
export function told(win: VendorWindow): Record<string, Told> {
  return (win[TOLD] ??= {});
}

/** Runs one vendor's commands. A vendor stub that throws is reported and never stops the others, gating or the events. */
export function attempt(act: () => void): void {
  try {
    act();
  } catch (error) {
    // Reported like an uncaught error (window.onerror sees it), without unwinding our caller.
    (globalThis.reportError ?? console.error)(error);
  }
}
