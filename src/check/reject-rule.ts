/**
 * "Reject" must stay as clear as "Accept". The test itself is `choiceWordingProblem`
 * (src/config/reject-wording.ts), shared with the banner and dialog, which show the built-in
 * wording instead whenever this rule reports an error: the lint and the page draw the same line.
 *
 * The rule reads the Accept and Reject wording a visitor would see for the main wording and for
 * every translation: the built-in strings of that language with the config's overrides applied.
 * A problem is reported at the override that causes it.
 */
import type { PrivacyConfig } from '../config/types.js';
import { choiceWordingProblem } from '../config/reject-wording.js';
import { childPath } from '../config/validate.js';
import { bannerCy } from '../i18n/cy/banner.js';
import { bannerEnGB } from '../i18n/en-GB/banner.js';
import { primaryLanguage } from '../i18n/languages.js';
import type { UiStrings } from '../i18n/strings.js';
import type { LintRule, Report } from './types.js';

/** The built-in banner wording the page would show in `lang` (English for a language it lacks). */
function builtInWording(lang: string | undefined) {
  return lang && primaryLanguage(lang) === 'cy' ? bannerCy : bannerEnGB;
}

function checkWording(text: Partial<UiStrings> | undefined, path: string, lang: string | undefined, report: Report): void {
  if (!text || typeof text !== 'object' || (text.acceptAll === undefined && text.rejectAll === undefined)) return;
  const problem = choiceWordingProblem({ ...builtInWording(lang), ...text }, lang);
  if (!problem) return;
  // Report at the override that causes it: a changed Accept can make the built-in Reject unequal.
  const key = text[problem.key] !== undefined ? problem.key : problem.key === 'rejectAll' ? 'acceptAll' : 'rejectAll';
  report(`${path}.${key}`, problem.message, problem.severity);
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
