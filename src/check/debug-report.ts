/**
 * Development mode: with `data-debug` on the drop-in script tag, the page runs the same checks as
 * `npx privacy-consent check` (schema and compliance rules) and prints them to the console with
 * line and column in the config. Loaded only on such pages: production pages pay nothing.
 * Importing it runs the report (the drop-in entry only imports it, to stay small).
 */
import { CONFIG_ELEMENT_ID } from '../config/load-config.js';
import { checkConfigText, type CheckFinding } from './check.js';

function describe(finding: CheckFinding, source: string): string {
  const where = finding.line > 0 ? `${source}:${finding.line}:${finding.column}` : source;
  return `${where} ${finding.path}: ${finding.message}${finding.rule === 'schema' || finding.rule === 'json' ? '' : ` [${finding.rule} · ${finding.cites}]`}`;
}

/** Reads the page's config text again (inline, or from `data-config`) and reports every finding. */
export async function reportDebug(doc: Document, script: Element | null): Promise<CheckFinding[]> {
  const inline = doc.getElementById(CONFIG_ELEMENT_ID);
  let text = inline?.textContent ?? undefined;
  const url = script?.getAttribute('data-config');
  const source = inline ? `#${CONFIG_ELEMENT_ID}` : url ?? 'config';
  if (text === undefined && url) {
    try {
      const response = await fetch(new URL(url, doc.baseURI).href, { credentials: 'same-origin' });
      if (response.ok) text = await response.text();
    } catch {
      // The loader has already reported a config that cannot be fetched.
    }
  }
  if (text === undefined) return [];
  const { findings, errors, warnings } = checkConfigText(text);
  const label = `privacy-consent [data-debug]: ${source}`;
  if (findings.length === 0) {
    console.info(`${label}: no problems found by the schema and compliance checks. Remove data-debug before publishing.`);
    return findings;
  }
  const lines = (severity: CheckFinding['severity']) => findings.filter((f) => f.severity === severity).map((f) => describe(f, source)).join('\n');
  if (errors) console.error(`${label}: ${errors} error${errors === 1 ? '' : 's'} (fix before publishing)\n${lines('error')}`);
  if (warnings) console.warn(`${label}: ${warnings} warning${warnings === 1 ? '' : 's'}\n${lines('warning')}`);
  return findings;
}

void reportDebug(document, document.querySelector('script[data-debug]'));
