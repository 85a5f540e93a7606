/** Text output of `check`: one block per finding, `file:line:column` first so editors can jump to it. */
import type { CheckFinding } from '../check/check.js';

/** The outcome for one file. `problem` is set when the file could not be checked at all. */
export interface FileReport {
  file: string;
  errors: number;
  warnings: number;
  problem?: string;
  /** Whether the compliance rules ran (they wait until the structure has no errors). */
  compliance?: boolean;
  findings: CheckFinding[];
}

/** Text output stops listing findings after this many per file; `--format json` lists all. */
export const MAX_LISTED = 200;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Formats reports: findings go to `out`; files that could not be read go to `err`. */
export function formatReport(reports: FileReport[], options: { strict: boolean }): { out: string; err: string } {
  let out = '';
  let err = '';
  for (const report of reports) {
    if (report.problem) {
      err += `privacy-consent check: ${report.problem}\n`;
      continue;
    }
    if (report.findings.length === 0) {
      out += `${report.file}: no problems found\n`;
      continue;
    }
    for (const finding of report.findings.slice(0, MAX_LISTED)) {
      const label = finding.severity === 'error' ? 'error' : 'warning';
      const where = finding.line > 0 ? `${report.file}:${finding.line}:${finding.column}` : report.file;
      out += `${where}: ${label}: ${finding.message}\n`;
      out += `    at ${finding.path}  [${finding.rule}${finding.cites ? ` · ${finding.cites}` : ''}]\n`;
    }
    if (report.findings.length > MAX_LISTED) {
      out += `… and ${report.findings.length - MAX_LISTED} more in ${report.file} (--format json lists them all)\n`;
    }
    out += `${report.file}: ${plural(report.errors, 'error')}, ${plural(report.warnings, 'warning')}\n`;
    if (report.compliance === false) out += `${report.file}: the compliance checks run once the errors above are fixed.\n`;
  }
  if (reports.length > 1) {
    const errors = reports.reduce((n, r) => n + r.errors, 0);
    const warnings = reports.reduce((n, r) => n + r.warnings, 0);
    out += `\n${reports.length} files: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}\n`;
  }
  const warningsOnly = reports.every((r) => r.errors === 0) && reports.some((r) => r.warnings > 0);
  if (warningsOnly && !options.strict) out += 'Warnings do not stop publishing; add --strict to fail on them.\n';
  return { out, err };
}
