/**
 * The whole check of a config file, as `privacy-consent check`, the playground and `data-debug`
 * run it: JSON syntax, then the JSON Schema (the same one editors use), then the id checks the
 * schema cannot express, then the compliance rules. Every finding carries its line and column.
 */
import type { PrivacyConfig } from '../config/types.js';
import { parseConfig } from '../config/parse-config.js';
import schema from '../config/schema/privacy-config.schema.json';
import { validateSchema, type Finding, type SchemaNode } from '../config/validate.js';
import { parseJsonWithPositions, type JsonDocument } from './json-positions.js';
import { lintConfig } from './rules.js';

/** A finding placed in the text. `rule` is `json`, `schema`, or a compliance rule's id. */
export interface CheckFinding extends Finding {
  rule: string;
  /** The requirement a compliance rule comes from. */
  cites?: string;
  line: number;
  column: number;
}

/** The outcome of checking a config's text. */
export interface CheckResult {
  /** The parsed value, when the text is JSON. */
  value?: unknown;
  findings: CheckFinding[];
  errors: number;
  warnings: number;
  /** Whether the compliance rules ran: they need a config without structural errors. */
  compliance: boolean;
}

/** Plain words for the schema's patterns, which are unreadable in a message. */
const PATTERN_WORDS: [RegExp, string][] = [
  [/expected text matching \^\(\?!\[A-Za-z\].*$/, 'a link may only use https:, http:, mailto: or tel:, or be a relative path'],
  [/expected text matching \^\[a-z0-9\]\[a-z0-9_-\]\*\$\)$/, 'an id uses lower-case letters, digits, "-" and "_", starting with a letter or digit'],
  [/expected text matching \^\[A-Za-z0-9\]\[A-Za-z0-9_-\]\*\$\)$/, 'an id uses letters, digits, "-" and "_", starting with a letter or digit'],
  [/expected text matching \^\[A-Za-z\]\[A-Za-z0-9_-\]\*\$\)$/, 'an id uses letters, digits, "-" and "_", starting with a letter'],
  [/expected text matching \^\\d\{4\}-\\d\{2\}-\\d\{2\}\)$/, 'expected an ISO date such as 2026-11-01'],
  [/expected text matching \^\[!#.*$/, 'a cookie name cannot contain spaces, quotes, commas, semicolons or brackets'],
];

/** Replaces a raw regular expression in a schema message with words. */
function readable(message: string): string {
  for (const [pattern, words] of PATTERN_WORDS) {
    if (pattern.test(message)) return message.replace(/\(expected text matching .*$/, `(${words})`);
  }
  return message;
}

/** Checks config text end to end. Never throws on bad input. */
export function checkConfigText(text: string): CheckResult {
  const document = parseJsonWithPositions(text);
  if (document.error) {
    const { line, column, message } = document.error;
    return summarise(undefined, [{ path: '$', severity: 'error', rule: 'json', message: `not valid JSON: ${message}`, line, column }]);
  }
  return summarise(document.value, checkConfigValue(document.value, document));
}

/** Whether findings leave the compliance rules able to run (no JSON or schema errors). */
function complianceRan(findings: CheckFinding[]): boolean {
  return !findings.some((f) => f.severity === 'error' && (f.rule === 'json' || f.rule === 'schema'));
}

/**
 * Checks a parsed config. `document` places findings in the text; without it every finding is
 * at line 0, column 0 (for a config that never was text, such as one set as a property).
 */
export function checkConfigValue(value: unknown, document?: JsonDocument): CheckFinding[] {
  const place = (finding: Finding, rule: string, cites?: string): CheckFinding => {
    const at = document?.locate(finding.path) ?? { line: 0, column: 0 };
    return { ...finding, rule, ...(cites ? { cites } : {}), line: at.line, column: at.column };
  };
  const findings: CheckFinding[] = [];
  for (const duplicate of document?.duplicates ?? []) {
    findings.push({
      path: duplicate.path,
      severity: 'warning',
      rule: 'json',
      message: `duplicate key: also set at line ${duplicate.first.line}, column ${duplicate.first.column}; only this last value counts`,
      line: duplicate.second.line,
      column: duplicate.second.column,
    });
  }
  const structural = validateSchema(schema as SchemaNode, value);
  const seen = new Set(structural.map((f) => `${f.path}\n${f.message}`));
  // The id checks beyond the schema (unique category and service ids, translation ids) live in
  // parseConfig, which also repeats the schema check without the notice: keep only what is new.
  if (!structural.some((f) => f.severity === 'error')) {
    for (const finding of parseConfig(value).findings) {
      if (!seen.has(`${finding.path}\n${finding.message}`)) structural.push(finding);
    }
  }
  findings.push(...structural.map((f) => place({ ...f, message: readable(f.message) }, 'schema')));
  if (!structural.some((f) => f.severity === 'error')) {
    findings.push(...lintConfig(value as PrivacyConfig).map((f) => place(f, f.rule, f.cites)));
  }
  return findings.sort((a, b) => a.line - b.line || a.column - b.column || (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
}

function summarise(value: unknown, findings: CheckFinding[]): CheckResult {
  const errors = findings.filter((f) => f.severity === 'error').length;
  return { ...(value !== undefined ? { value } : {}), findings, errors, warnings: findings.length - errors, compliance: complianceRan(findings) };
}
