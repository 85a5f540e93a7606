import { basisWithoutOptIn, basisWithoutOptInMessage } from './exceptions.js';
import { parseJson, reportFindings } from './findings.js';
import type { LoadProblem } from './load-config.js';
import { parseConfig } from './parse-config.js';

const reported = new WeakSet<object>();

/**
 * The full check of a config against its JSON Schema, printed to the console: every error in one
 * `console.error`, every warning (unknown keys, with the nearest known key) in one `console.warn`.
 * Loaded on demand by the drop-in entry; reports each config object once per page.
 */
export function reportConfig(raw: unknown, source: string): void {
  if (raw && typeof raw === 'object') {
    if (reported.has(raw)) return;
    reported.add(raw);
  }
  const { config, findings } = parseConfig(raw);
  reportFindings(findings, source);
  // A UK exception without the opt-in leaves the config usable (the category asks for consent),
  // so it is not among the schema's errors; it is still an error the developer must see.
  for (const { category, path } of config ? basisWithoutOptIn(config) : []) {
    console.error(`privacy-consent: the config (${source}) has an error at ${path}: ${basisWithoutOptInMessage(category.basis!)}.`);
  }
}

/** Explains why the page's config could not be used: not fetched, not JSON, or not valid. */
export function reportLoadProblem(problem: LoadProblem): void {
  const { source } = problem;
  if (problem.fetchError) {
    reportFindings([{ path: '$', severity: 'error', message: `could not load the config from ${source}: ${problem.fetchError}` }], source);
  } else if (problem.syntaxError) {
    reportFindings(parseJson(problem.text ?? '', source).findings, source);
  } else {
    reportConfig(problem.raw, source);
  }
}
