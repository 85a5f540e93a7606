/**
 * Development mode: with `data-debug` on the drop-in script tag, the page runs the same checks as
 * `npx privacy-consent check` (schema and compliance rules) and prints them to the console with
 * line and column in the config. Loaded only on such pages: production pages pay nothing.
 * The entry hands it the config it read; nothing is fetched twice.
 */
import type { LoadedConfig } from '../config/load-config.js';
import { checkConfigText, type CheckFinding } from './check.js';
import { gcmBasicGating, googleTagGating } from './integration-rules.js';

function describe(finding: CheckFinding, source: string): string {
  const where = finding.line > 0 ? `${source}:${finding.line}:${finding.column}` : source;
  return `${where} ${finding.path}: ${finding.message}${finding.rule === 'schema' || finding.rule === 'json' ? '' : ` [${finding.rule} · ${finding.cites}]`}`;
}

/**
 * Reports every finding for the config the entry already read (`loaded`: nothing is fetched or
 * parsed again by the page): schema and compliance checks with line and column.
 */
export function reportDebug(loaded: LoadedConfig): CheckFinding[] {
  const { source, text } = loaded;
  const label = `privacy-consent [data-debug]: ${source}`;
  if (text === undefined) {
    console.error(`${label}: could not load the config: ${loaded.fetchError}`);
    return [];
  }
  const checked = checkConfigText(text);
  // What only the page shows: whether its Google tags are held back as Consent Mode's mode says.
  const scripts = [...document.scripts].map((script) => ({ src: script.src || script.getAttribute('data-src') || '', text: script.text, consent: script.getAttribute('data-consent') }));
  const onPage = loaded.config ? googleTagGating(loaded.config, scripts) : [];
  const findings: CheckFinding[] = [
    ...checked.findings,
    ...onPage.map((f) => ({ ...f, severity: 'warning' as const, rule: gcmBasicGating.id, cites: gcmBasicGating.cites, line: 0, column: 0 })),
  ];
  const errors = checked.errors;
  const warnings = checked.warnings + onPage.length;
  if (findings.length === 0) {
    console.info(`${label}: no problems found by the schema and compliance checks. Remove data-debug before publishing.`);
    return findings;
  }
  const lines = (severity: CheckFinding['severity']) => findings.filter((f) => f.severity === severity).map((f) => describe(f, source)).join('\n');
  if (errors) console.error(`${label}: ${errors} error${errors === 1 ? '' : 's'} (fix before publishing)\n${lines('error')}`);
  if (warnings) console.warn(`${label}: ${warnings} warning${warnings === 1 ? '' : 's'}\n${lines('warning')}`);
  return findings;
}
