/**
 * Choices as the UI and the API build them before recording a decision: from the current state,
 * all or nothing, or an objection. Small and free of the decision and receipt code, so the banner
 * can build an objection without loading them.
 */
import type { Category, ConsentConfig, PrivacyConfig } from '../config/types.js';
import { runsBeforeChoice, type Choices } from './consent-record.js';
import type { ConsentState } from './events.js';

/**
 * The current grants as choices that `createRecord` would reproduce: categories, plus the
 * services switched off inside a granted category. The preferences start from these, and
 * `PrivacyConsent.update()` changes them.
 */
export function currentChoices(consent: ConsentConfig, state: Pick<ConsentState, 'categories' | 'services'>): Choices {
  const choices: Choices = { ...state.categories };
  for (const category of consent.categories) {
    for (const service of category.services ?? []) {
      if (state.categories[category.id] && !state.services[service.id]) choices[service.id] = false;
    }
  }
  return choices;
}

/** Every category granted (`true`) or every optional one refused (`false`). */
export function uniformChoices(consent: ConsentConfig, granted: boolean): Choices {
  return Object.fromEntries(consent.categories.map((c) => [c.id, granted]));
}

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
  config: PrivacyConfig & { consent: ConsentConfig },
  state: Pick<ConsentState, 'categories' | 'services'>,
  ids: string[] = exceptionCategories(config).map((c) => c.id),
): Choices {
  return { ...currentChoices(config.consent, state), ...Object.fromEntries(ids.map((id) => [id, false])) };
}

/** The basis a category rests on in this config: strictly necessary, consent, or a UK exception the config opts in to. */
export type EffectiveBasis = 'required' | 'consent' | 'statistics' | 'appearance';

/** The basis a category rests on in this config (a `basis` without the top-level opt-in counts as consent). */
export function effectiveBasis(config: Pick<PrivacyConfig, 'exceptions'>, category: Category): EffectiveBasis {
  if (category.required) return 'required';
  return runsBeforeChoice(config.exceptions, category) ? category.basis! : 'consent';
}
