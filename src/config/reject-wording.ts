/**
 * "Reject" must stay as clear as "Accept" (requirements.md §C 29 and §E 46; UK GDPR Art 7(4);
 * ICO: refusing must be as easy as accepting). The buttons are always drawn the same size and
 * weight; what a config can still weaken is their wording (`consent.text.acceptAll` and
 * `rejectAll`). This is the one test of that wording: `check` reports what it finds, and the
 * banner and dialog fall back to the built-in pair when it finds an error, so what the lint
 * refuses a visitor never sees.
 *
 * Errors (both languages): a button with no text; Reject reading the same as Accept.
 * Errors (English wording): Reject that agrees or defers instead of refusing ("OK", "Not now",
 * "Settings") or shames the visitor ("No thanks, I prefer a worse experience"); one button more
 * than twice as long as the other, so the pair no longer reads as two equal choices.
 * Warning (English wording): Reject with no word of refusal ("Analytics cookies").
 */

const AGREES = /\b(accept|agree|allow|ok(ay)?|got it|continue|i understand|understood|fine|yes|sure)\b/i;
const REFUSES = /\b(reject|refuse|decline|deny|opt out|block)\b/i;
/** Words that refuse in context: "No thanks", "Necessary cookies only", "Don't allow". */
const LIMITS = /\b(no|without|don'?t|do not|only|necessary|essential|required|turn off)\b/i;
const DEFERS = /\b(later|not now|maybe|remind|ask again|skip|settings|preferences|options|manage|customi[sz]e|more)\b/i;
const SHAMES = /\b(worse|miss out|don'?t care|prefer (not to|a worse)|broken|i hate|no thanks,? i)\b/i;

/** One problem with the pair of choice buttons. */
export interface WordingProblem {
  /** The button whose wording is at fault. */
  key: 'acceptAll' | 'rejectAll';
  severity: 'error' | 'warning';
  message: string;
}

/** Whether a wording's language is English (the word lists above are English). */
function isEnglish(lang: string | undefined): boolean {
  return !lang || /^en\b/i.test(lang);
}

/** Words, as `check` counts them: runs of letters or digits, with inner apostrophes and hyphens. */
const wordCount = (text: string) => (text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).length;

/**
 * What is wrong with the Accept and Reject wording a visitor would see (the language's defaults
 * with the config's overrides applied), or `undefined` when the pair is honest. `lang` is the
 * wording's language; the word lists apply to English only.
 */
export function choiceWordingProblem(wording: { acceptAll?: unknown; rejectAll?: unknown }, lang?: string): WordingProblem | undefined {
  const problem = (key: WordingProblem['key'], message: string, severity: WordingProblem['severity'] = 'error') => ({ key, severity, message });
  const reject = typeof wording.rejectAll === 'string' ? wording.rejectAll.trim() : '';
  const accept = typeof wording.acceptAll === 'string' ? wording.acceptAll.trim() : '';
  if (!reject) return problem('rejectAll', 'is empty: the reject button would have no visible name; refusing must be as easy as accepting');
  if (!accept) return problem('acceptAll', 'is empty: the accept button would have no visible name, and the two choices would no longer look alike');
  if (accept.toLowerCase() === reject.toLowerCase()) {
    return problem('rejectAll', `makes Accept and Reject read the same ("${accept}"): visitors cannot tell refusing from accepting`);
  }
  if (!isEnglish(lang)) return undefined;
  // "Accept only essential cookies" agrees to less, which is a refusal of the optional ones.
  const agrees = AGREES.test(reject) && !/\b(only|without|necessary|essential|required)\b/i.test(reject);
  const refuses = REFUSES.test(reject);
  if (SHAMES.test(reject)) {
    return problem('rejectAll', `"${reject}" shames the visitor for refusing: say plainly what the button does (for example "Reject analytics cookies")`);
  }
  if (!refuses && (agrees || DEFERS.test(reject))) {
    return problem(
      'rejectAll',
      `"${reject}" does not say that it refuses: a reject button must read as a refusal (for example "Reject analytics cookies"), not as agreement, a delay or a way into settings`,
    );
  }
  const [acceptWords, rejectWords] = [wordCount(accept), wordCount(reject)];
  if (rejectWords > 2 * Math.max(acceptWords, 2)) {
    return problem('rejectAll', `"${reject}" is much longer than "${accept}": keep the two choices equal in weight`);
  }
  if (acceptWords > 2 * Math.max(rejectWords, 2)) {
    return problem('acceptAll', `"${accept}" is much longer than "${reject}": keep the two choices equal in weight`);
  }
  if (!refuses && !LIMITS.test(reject)) {
    return problem('rejectAll', `"${reject}" has no word of refusal (reject, refuse, decline, no…): label the button with what it does`, 'warning');
  }
  return undefined;
}
