/**
 * The scan report for people, as plain text: findings grouped by severity, each with the pages,
 * the journeys, the evidence and what to do; a draft config entry for an undeclared cookie; then
 * the pages scanned. Lines stay readable in an 80-column terminal and in an email.
 */
import { journeyWords } from './compare.js';
import type { DraftEntry, PageResult, ScanFinding, ScanReport, Severity } from './scan-report.js';

/** Findings list at most this many pages each; the JSON report has them all. */
const MAX_PAGES = 5;

const HEADINGS: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Notes' };

const plural = (n: number, word: string, words = `${word}s`) => `${n} ${n === 1 ? word : words}`;

/** "3 pages: 2 errors, 1 warning, 1 note". */
export function summaryLine(report: ScanReport): string {
  const { pages, errors, warnings, infos } = report.summary;
  return `${plural(pages, 'page')} scanned: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'note')}`;
}

/** A draft entry as the JSON to paste, and where it goes. */
export function draftJson(draft: DraftEntry): { where: string; json: string } {
  const service = draft.service ? `, service "${draft.service.name}"${draft.service.provider ? ` (${draft.service.provider})` : ''}` : '';
  const where = draft.category ? `in the category "${draft.category}"${service}` : `in the category it serves${service}`;
  return { where, json: JSON.stringify(draft.cookie) };
}

/** The pages a finding was seen on, shortened. */
export function pagesText(finding: ScanFinding): string {
  const shown = finding.pages.slice(0, MAX_PAGES).join(', ');
  return finding.pages.length > MAX_PAGES ? `${shown} and ${finding.pages.length - MAX_PAGES} more` : shown;
}

/** One line about a page: its status, consent tool and what each journey stored. */
export function pageLine(page: PageResult): string {
  if (page.error) return `not scanned: ${page.error}`;
  const tool = page.consentTool === 'privacy-consent' ? `our widget${page.config ? ` (config ${page.config.source})` : ''}` : (page.consentTool ?? 'no consent tool found');
  const journeys = page.journeys.map((j) => {
    const other = [
      j.localStorage.length ? plural(j.localStorage.length, 'localStorage key') : '',
      j.sessionStorage.length ? plural(j.sessionStorage.length, 'sessionStorage key') : '',
      j.indexedDB.length ? plural(j.indexedDB.length, 'IndexedDB database') : '',
    ].filter(Boolean);
    return `${journeyWords(j.name)}: ${[plural(j.cookies.length, 'cookie'), ...other].join(', ')}`;
  });
  return `HTTP ${page.status ?? '?'}; ${tool}; ${journeys.join('; ')}`;
}

/** Formats the report as text. */
export function formatText(report: ScanReport): string {
  const lines: string[] = [`privacy-consent scan of ${report.target}`, summaryLine(report)];
  if (report.stopped) lines.push(`The scan stopped early: ${report.stopped}`);
  for (const severity of ['error', 'warning', 'info'] as const) {
    const findings = report.findings.filter((f) => f.severity === severity);
    if (!findings.length) continue;
    lines.push('', `${HEADINGS[severity]} (${findings.length})`);
    findings.forEach((finding, i) => {
      lines.push('', `${i + 1}. ${finding.message}`, `   rule: ${finding.rule}`);
      if (finding.pages.length) lines.push(`   pages: ${pagesText(finding)}`);
      if (finding.journeys.length) lines.push(`   seen: ${finding.journeys.map(journeyWords).join('; ')}`);
      for (const line of finding.evidence) lines.push(`   evidence: ${line}`);
      lines.push(`   what to do: ${finding.advice}`);
      if (finding.draft) {
        const { where, json } = draftJson(finding.draft);
        lines.push(`   draft config entry, ${where}:`, `     ${json}`, `     (source: ${finding.draft.source})`);
      }
    });
  }
  if (!report.findings.length) lines.push('', 'No problems found: nothing was stored before a choice or after "Reject all" beyond what is strictly necessary, and everything stored is declared.');
  lines.push('', 'Pages');
  for (const page of report.pages) lines.push(`  ${page.url}`, `    ${pageLine(page)}`);
  if (report.notScanned.length) {
    const reasons = new Map<string, number>();
    for (const item of report.notScanned) reasons.set(item.reason, (reasons.get(item.reason) ?? 0) + 1);
    const words = { 'page-limit': 'over --pages', 'robots.txt': 'excluded by robots.txt', 'time-limit': 'left at the time limit' } as const;
    lines.push(`  Not scanned: ${[...reasons].map(([reason, n]) => `${plural(n, 'link')} ${words[reason as keyof typeof words]}`).join(', ')} (the JSON report lists them).`);
  }
  const outcome = report.exitCode === 2 ? 'errors found' : report.exitCode === 1 ? 'warnings only' : 'clean';
  lines.push('', `Result: ${outcome} (exit code ${report.exitCode}).`);
  return `${lines.join('\n')}\n`;
}
