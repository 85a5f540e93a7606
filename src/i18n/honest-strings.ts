import { choiceWordingProblem } from '../config/reject-wording.js';

/** Overrides already reported, so a banner that renders many times says so once. */
const reported = new WeakSet<object>();

/**
 * `defaults` (the built-in strings of the language shown) with `overrides` (a config's
 * `consent.text`, or a translation's) applied key by key. Nothing a config says can hide or weaken
 * Reject: when the Accept and Reject wording fails the reject rule (`choiceWordingProblem`, the
 * test `check` reports as `reject-weakened`), both buttons keep the built-in wording, so the pair
 * stays equal, and one console error names the JSON path. An override that is not text is ignored.
 * `lang` is the overrides' language; `path` is where they sit in the config, for the message.
 */
export function honestStrings<T extends object>(defaults: T, overrides: unknown, lang: string | undefined, path: string): T {
  const text = { ...defaults } as T & { acceptAll?: string; rejectAll?: string };
  if (!overrides || typeof overrides !== 'object') return text;
  for (const [key, value] of Object.entries(overrides)) if (typeof value === 'string') (text as Record<string, string>)[key] = value;
  if (!('rejectAll' in defaults)) return text;
  const problem = choiceWordingProblem(text, lang);
  if (problem?.severity === 'error') {
    const builtIn = defaults as { acceptAll?: string; rejectAll?: string };
    [text.acceptAll, text.rejectAll] = [builtIn.acceptAll, builtIn.rejectAll];
    if (!reported.has(overrides)) {
      reported.add(overrides);
      const key = problem.key in overrides ? problem.key : problem.key === 'rejectAll' ? 'acceptAll' : 'rejectAll';
      console.error(
        `privacy-consent: ${path}.${key}: ${problem.message}. The buttons show the built-in wording instead ("${builtIn.acceptAll}" and "${builtIn.rejectAll}"): nothing a config says can weaken Reject.`,
      );
    }
  }
  return text;
}
