import { parseJson, reportFindings } from './findings.js';
import { guardConfig } from './guard.js'; // [issue-18]
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
  // [issue-18] Whether the page uses this config anyway decides what the message may promise.
  reportFindings(parseConfig(raw).findings, source, guardConfig(raw).length === 0);
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
