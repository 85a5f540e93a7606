/**
 * Tells the page's vendors their defaults and the visitor's grants, in a fixed order, each one
 * in isolation (a vendor that throws never stops the others). Shared by the head script
 * (`privacy-consent-defaults.js`) and the entry's integrations chunk.
 */
import { INTEGRATION_NAMES, type IntegrationName } from '../../config/guard-integrations.js';
import type { ConsentAction, ConsentState } from '../events.js';
import { attempt, NOTHING, told, type Integration, type Moment, type Signals, type Told, type VendorWindow } from './integration.js';

/** A vendor named by the config, with its adapter and options. */
export interface Vendor {
  name: IntegrationName;
  // Adapter methods take their own options type; method parameters are bivariant, so each fits here.
  integration: Integration<object>;
  /** The config's options for it; `{}` when the config is invalid. */
  options: object;
}

/** A vendor's defaults, with the options they are sent with. */
export interface VendorDefaults {
  name: IntegrationName;
  options: object;
  defaults(win: VendorWindow, options: object): void;
}

/** Whether two sets of signals say the same (a signal left out is denied). */
const same = (a: Signals, b: Signals) => Object.keys({ ...a, ...b }).every((key) => !!a[key] === !!b[key]);

/**
 * Sends the defaults of each vendor not told anything yet on this page; returns the names of
 * those it told. The defaults deny everything, so what they told is recorded as no signals.
 */
export function tellDefaults(win: VendorWindow, vendors: VendorDefaults[]): IntegrationName[] {
  const record = told(win);
  const sent: IntegrationName[] = [];
  for (const { name, options, defaults } of vendors) {
    if (record[name]) continue;
    attempt(() => defaults(win, options));
    record[name] = { defaulted: options, signals: {}, by: 'defaults' };
    sent.push(name);
  }
  return sent;
}

/**
 * Tells each vendor its signals for `moment`. Every decision is sent. When the choice is read,
 * a vendor is told only what it has not been told: a current choice (or GPC) once per page, and
 * otherwise only a difference from its defaults (a signal mapped to a required category).
 * `invalid`: the config's integrations have errors, so nothing is granted.
 */
export function tellUpdate(win: VendorWindow, vendors: Vendor[], moment: Moment, invalid = false): void {
  const record = told(win);
  const grants = invalid ? NOTHING : moment.grants;
  for (const { name, integration, options } of vendors) {
    const last: Told = record[name] ?? { defaulted: options, signals: {}, by: 'defaults' };
    const now = integration.signals(options, grants);
    if (moment.type === 'consent-ready' && !integration.always && same(now, last.signals) && (!moment.decided || last.by !== 'defaults')) continue;
    attempt(() => integration.update(win, options, now, last.signals, { ...moment, grants }, last.defaulted as object));
    record[name] = { ...last, signals: now, by: 'entry' };
  }
}

/**
 * The vendors an `integrations` value names, in the order they are told, with their options.
 * When it cannot be trusted to name the page's vendors, every vendor the widget knows is told
 * (its defaults, then "denied"): when it is not an object, when it names a vendor the widget does
 * not know (a misspelt `"metaPixle"` would otherwise leave the Meta pixel with no default at all,
 * which Meta treats as consent), or when it has errors (`invalid`). With errors, every vendor gets
 * empty options (the safest defaults).
 */
export function namedVendors(integrations: unknown, invalid: boolean): { name: IntegrationName; options: object }[] {
  const named = integrations && typeof integrations === 'object' && !Array.isArray(integrations) ? (integrations as Record<string, unknown>) : undefined;
  const every = invalid || !named || Object.keys(named).some((key) => !INTEGRATION_NAMES.includes(key as IntegrationName));
  return INTEGRATION_NAMES.filter((name) => every || named![name] !== undefined).map((name) => ({
    name,
    options: !invalid && named?.[name] !== undefined ? (named[name] as object) : {},
  }));
}

/** The moment of a state, for the adapters. */
export function momentOf(type: Moment['type'], state: ConsentState, action: ConsentAction | null): Moment {
  return {
    type,
    grants: { categories: state.categories, services: state.services },
    decided: state.status === 'current' || state.gpc,
    decision: state.decision,
    action,
  };
}
