import type { Finding } from './validate.js';

/** Formats findings for the console: one line each, errors first. */
export function formatFindings(findings: Finding[]): string {
  return [...findings]
    .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1))
    .map((f) => `${f.severity === 'error' ? 'Error' : 'Warning'} at ${f.path}: ${f.message}`)
    .join('\n');
}

/**
 * Reports findings in the console: all errors in one `console.error`, all warnings in one
 * `console.warn`. `inUse` says whether the page uses the config anyway (the entry's guard
 * accepted what consent acts on): the message must then not claim that cookies stay refused,
 * because the visitor's choices do take effect.
 */
export function reportFindings(findings: Finding[], source: string, inUse = false): void {
  const errors = findings.filter((f) => f.severity === 'error');
  const warnings = findings.filter((f) => f.severity === 'warning');
  if (errors.length) {
    const effect = inUse
      ? 'the page still uses it (the visitor’s choices take effect), leaving out each value in error or showing the built-in wording instead; fix them before publishing'
      : 'optional cookies stay refused until it is fixed';
    console.error(`privacy-consent: the config (${source}) has ${errors.length} error${errors.length === 1 ? '' : 's'}; ${effect}.\n${formatFindings(errors)}`);
  }
  if (warnings.length) console.warn(`privacy-consent: the config (${source}) has warnings.\n${formatFindings(warnings)}`);
}

/**
 * Parses JSON text, reporting a syntax error with its line and column.
 * `source` names where the text came from, for the message.
 */
export function parseJson(text: string, source: string): { value?: unknown; findings: Finding[] } {
  try {
    return { value: JSON.parse(text), findings: [] };
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    let where = '';
    if (position) {
      const before = text.slice(0, Number(position[1]));
      where = ` at line ${before.split('\n').length}, column ${before.length - before.lastIndexOf('\n')}`;
    }
    return { findings: [{ path: '$', severity: 'error', message: `${source} is not valid JSON${where}: ${message}` }] };
  }
}
