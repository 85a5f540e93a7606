/**
 * The UK exceptions to consent as the UI and `check` see them: which categories run before a
 * choice, what each category rests on, and the choices of an objection; and the choices the
 * preferences start from and those of Accept all / Reject all. Small and free of the decision and
 * receipt code, so the banner and the preferences build choices without loading them (they load
 * when the visitor decides).
 */
import type { Category, ConsentConfig, PrivacyConfig } from '../config/types.js';
import { own, runsBeforeChoice, type Choices } from './consent-record.js';
import type { ConsentState } from './events.js';

/** The categories that run before a choice under a UK exception (PECR Sch A1 paras 5 and 6), in config order. */
export function exceptionCategories(config: PrivacyConfig): Category[] {
  return (config.consent?.categories ?? []).filter((c) => !c.required && runsBeforeChoice(config.exceptions, c));
}

/**
 * The choices of an objection: everything stays as it is now, but the exception categories named
 * by `ids` (default: all of them) are switched off. PECR Sch A1 paras 5(2) and 6(2) ask for "a
 * simple means of objecting": one action, recorded as a decision like any other.
 */
export function objectionChoices(
  config: PrivacyConfig,
  state: Pick<ConsentState, 'categories' | 'services'>,
  ids: string[] = exceptionCategories(config).map((c) => c.id),
): Choices {
  // Category and service ids share one namespace: every current grant, named, reproduces the
  // current state. An objected category's services go off with it, since a service can be
  // granted on its own (a placeholder's "Always allow", `resolveGrants`).
  const off = (config.consent?.categories ?? []).filter((c) => ids.includes(c.id)).flatMap((c) => [c.id, ...(c.services ?? []).map((s) => s.id)]);
  return { ...state.categories, ...state.services, ...Object.fromEntries(off.map((id) => [id, false])) };
}

/** The basis a category rests on in this config: strictly necessary, consent, or a UK exception the config opts in to. */
export type EffectiveBasis = 'required' | 'consent' | 'statistics' | 'appearance';

/** The basis a category rests on in this config (a `basis` without the top-level opt-in counts as consent). */
export function effectiveBasis(config: Pick<PrivacyConfig, 'exceptions'>, category: Category): EffectiveBasis {
  if (category.required) return 'required';
  return runsBeforeChoice(config.exceptions, category) ? category.basis! : 'consent';
}

/**
 * The current grants as choices that `createRecord` would reproduce: categories, plus each
 * service whose grant differs from its category's (switched off inside a granted category, or
 * allowed on its own inside a refused one). The preferences start from these, and
 * `PrivacyConsent.update()` changes them.
 */
export function currentChoices(consent: ConsentConfig, state: Pick<ConsentState, 'categories' | 'services'>): Choices {
  const choices: Choices = { ...state.categories };
  for (const category of consent.categories) {
    for (const service of category.services ?? []) {
      if (!own(state.categories, category.id) !== !own(state.services, service.id)) choices[service.id] = !!own(state.services, service.id);
    }
  }
  return choices;
}

/**
 * Every category granted (`true`) or every optional one refused (`false`): the choices of
 * "Accept all" and "Reject all" in the banner and the preferences, and of
 * `PrivacyConsent.acceptAll()`, built here only so they cannot drift apart.
 */
export function uniformChoices(consent: ConsentConfig, granted: boolean): Choices {
  return Object.fromEntries(consent.categories.map((c) => [c.id, granted]));
}
