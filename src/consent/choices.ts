/**
 * The UK exceptions to consent as the UI and `check` see them: which categories run before a
 * choice, what each category rests on, and the choices of an objection. Small and free of the
 * decision and receipt code, so the banner can build an objection without loading them.
 */
import type { Category, PrivacyConfig } from '../config/types.js';
import { runsBeforeChoice, type Choices } from './consent-record.js';
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
