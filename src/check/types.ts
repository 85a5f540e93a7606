/**
 * The vocabulary of the compliance checks ("lint"): a rule, and a finding that names the rule
 * and the legal or design requirement it comes from.
 */
import type { PrivacyConfig } from '../config/types.js';
import type { Finding } from '../config/validate.js';

/** `error`: the config should not be published; `warning`: it can be, but should be looked at. */
export type Severity = Finding['severity'];

/** A problem found by a compliance rule. */
export interface LintFinding extends Finding {
  /** The rule's id, for example `regulator`. */
  rule: string;
  /** The requirement the rule comes from, for example "UK GDPR Art 13(2)(d)". */
  cites: string;
}

/** Reports one problem at a JSON path; the severity defaults to the rule's. */
export type Report = (path: string, message: string, severity?: Severity) => void;

/** One compliance check over a structurally valid config. */
export interface LintRule {
  /** Stable kebab-case id, shown with every finding. */
  id: string;
  /** The usual severity; a rule may raise or lower it for one finding. */
  severity: Severity;
  /** The requirement it comes from. */
  cites: string;
  /** What it checks, in one line (the README's rules table). */
  title: string;
  check(config: PrivacyConfig, report: Report): void;
}
