/**
 * The compliance checks ("lint"): what a UK privacy officer must get right beyond the config's
 * structure (shared/design/requirements.md, the "Lint" items; notice-model §3.4). Pure: no DOM,
 * no Lit. Used by `privacy-consent check`, the playground and the drop-in's `data-debug` mode.
 */
import type { PrivacyConfig } from '../config/types.js';
import { COOKIE_RULES } from './cookie-rules.js';
import { EXCEPTION_RULES } from './exception-rules.js';
import { firstLayerLength } from './first-layer.js';
import { INTEGRATION_RULES } from './integration-rules.js';
import { linkSchemes } from './link-rules.js';
import { NOTICE_RULES } from './notice-rules.js';
import { references } from './reference-rules.js';
import { rejectWeakened } from './reject-rule.js';
import type { LintFinding, LintRule } from './types.js';

export type { LintFinding, LintRule } from './types.js';

/** Every rule, notice rules first in the order of UK GDPR Art 13, then references, cookies, UK exceptions and receipts, vendor integrations, wording, links. */
export const RULES: readonly LintRule[] = [...NOTICE_RULES, references, firstLayerLength, ...COOKIE_RULES, ...EXCEPTION_RULES, ...INTEGRATION_RULES, rejectWeakened, linkSchemes];

/**
 * Runs the rules on a config that has passed the schema. A rule that fails on data it does not
 * expect never stops the others: it becomes a warning that says so.
 */
export function lintConfig(config: PrivacyConfig, rules: readonly LintRule[] = RULES): LintFinding[] {
  const findings: LintFinding[] = [];
  for (const rule of rules) {
    const report = (path: string, message: string, severity = rule.severity) =>
      void findings.push({ path, severity, message, rule: rule.id, cites: rule.cites });
    try {
      rule.check(config, report);
    } catch (error) {
      findings.push({ path: '$', severity: 'warning', message: `this check could not run on the config (${(error as Error)?.message ?? error}); please report it`, rule: rule.id, cites: rule.cites });
    }
  }
  return findings;
}
