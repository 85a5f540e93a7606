import { basisWithoutOptIn, basisWithoutOptInMessage } from './exception-opt-in.js';
import { parseJson, reportFindings } from './findings.js';
import type { LoadedConfig } from './load-config.js';
import { parseConfig } from './parse-config.js';

/**
 * The full check of the page's config against its JSON Schema, printed to the console: every
 * error in one `console.error`, every warning (unknown keys, with the nearest known key) in one
 * `console.warn`; or, for a config that could not be used at all, why (not fetched, not JSON).
 * Loaded on demand by the drop-in entry, which calls it at most once per page with the config it
 * already read (nothing is fetched again).
 */
export function reportConfig(loaded: LoadedConfig): void {
  const { source, text } = loaded;
  if (text === undefined) {
    reportFindings([{ path: '$', severity: 'error', message: `could not load the config from ${source}: ${loaded.fetchError}` }], source);
  } else if (!('raw' in loaded)) {
    reportFindings(parseJson(text, source).findings, source);
  } else {
    const { config, findings } = parseConfig(loaded.raw);
    // Whether the page uses this config anyway (the entry's guard took it) decides what the message may promise.
    reportFindings(findings, source, !!loaded.config);
    // A UK exception without the opt-in leaves the config usable (the category asks for consent),
    // so it is not among the schema's errors; it is still an error the developer must see.
    for (const { category, path } of config ? basisWithoutOptIn(config) : []) {
      console.error(`privacy-consent: the config (${source}) has an error at ${path}: ${basisWithoutOptInMessage(category.basis!)}.`);
    }
  }
}
