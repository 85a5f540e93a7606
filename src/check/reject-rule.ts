/**
 * "Reject" must stay as clear as "Accept" (requirements.md §C 29 and §E 46). The banner always
 * draws both buttons the same size and weight; what a config can still weaken is the wording,
 * through `consent.text` overrides. This rule reads `rejectAll` (and `acceptAll` beside it) in the
 * main wording and every translation:
 *
 * - error: `rejectAll` is empty or blank (the button would have no name);
 * - error: `rejectAll` reads the same as `acceptAll` (the two cannot be told apart);
 * - error: `rejectAll` agrees or defers instead of refusing ("OK", "Accept", "Continue",
 *   "Maybe later", "Not now", "Settings"), or shames the visitor ("No thanks, I prefer a worse
 *   experience");
 * - warning (English wording only): `rejectAll` has no word of refusal (reject, refuse, decline,
 *   no, don't, only, essential, necessary), or is more than twice as long as `acceptAll`.
 */
import type { PrivacyConfig } from '../config/types.js';
import type { UiStrings } from '../config/ui-text.js';
import { childPath } from '../config/validate.js';
import { words } from './text.js';
import type { LintRule, Report } from './types.js';

const AGREES = /\b(accept|agree|allow|ok(ay)?|got it|continue|i understand|understood|fine|yes|sure)\b/i;
const REFUSES = /\b(reject|refuse|decline|deny|opt out|block)\b/i;
/** Words that refuse in context: "No thanks", "Necessary cookies only", "Don't allow". */
const LIMITS = /\b(no|without|don'?t|do not|only|necessary|essential|required|turn off)\b/i;
const DEFERS = /\b(later|not now|maybe|remind|ask again|skip|settings|preferences|options|manage|customi[sz]e|more)\b/i;
const SHAMES = /\b(worse|miss out|don'?t care|prefer (not to|a worse)|broken|i hate|no thanks,? i)\b/i;

/** Whether a wording's language is English (the word lists above are English). */
function isEnglish(lang: string | undefined): boolean {
  return !lang || /^en\b/i.test(lang);
}

function checkWording(text: Partial<UiStrings> | undefined, path: string, lang: string | undefined, report: Report): void {
  if (!text || text.rejectAll === undefined) return;
  const reject = text.rejectAll.trim();
  const at = `${path}.rejectAll`;
  if (reject === '') {
    report(at, 'is empty: the reject button would have no visible name; refusing must be as easy as accepting');
    return;
  }
  const accept = text.acceptAll?.trim();
  if (accept && accept.toLowerCase() === reject.toLowerCase()) {
    report(at, `reads the same as "acceptAll" ("${accept}"): visitors cannot tell refusing from accepting`);
    return;
  }
  if (!isEnglish(lang)) return;
  const refuses = REFUSES.test(reject);
  const limits = LIMITS.test(reject);
  // "Accept only essential cookies" agrees to less, which is a refusal of the optional ones.
  const agrees = AGREES.test(reject) && !/\b(only|without|necessary|essential|required)\b/i.test(reject);
  if (SHAMES.test(reject)) {
    report(at, `"${reject}" shames the visitor for refusing: say plainly what the button does (for example "Reject analytics cookies")`);
  } else if (!refuses && (agrees || DEFERS.test(reject))) {
    report(at, `"${reject}" does not say that it refuses: a reject button must read as a refusal (for example "Reject analytics cookies"), not as agreement, a delay or a way into settings`);
  } else if (!refuses && !limits) {
    report(at, `"${reject}" has no word of refusal (reject, refuse, decline, no…): label the button with what it does`, 'warning');
  } else if (accept && words(reject).length > 2 * Math.max(words(accept).length, 2)) {
    report(at, `"${reject}" is much longer than "${accept}": keep the two choices equal in weight`, 'warning');
  }
}

export const rejectWeakened: LintRule = {
  id: 'reject-weakened',
  severity: 'error',
  cites: 'UK GDPR Art 4(11), 7(4); PECR reg 6; ICO: refusing as easy as accepting',
  title: 'Reject is never hidden, renamed into agreement or delay, or made to look unlike a refusal',
  check(config: PrivacyConfig, report: Report) {
    checkWording(config.consent?.text, '$.consent.text', config.lang, report);
    for (const [lang, translation] of Object.entries(config.translations ?? {})) {
      checkWording(translation?.consent?.text, `${childPath(childPath('$.translations', lang), 'consent')}.text`, lang, report);
    }
  },
};
