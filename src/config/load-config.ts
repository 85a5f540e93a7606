import type { PrivacyConfig } from './types.js';
import { guardConfig } from './guard.js';

/** The id of the inline config script: `<script type="application/json" id="privacy-consent-config">`. */
export const CONFIG_ELEMENT_ID = 'privacy-consent-config';

/** A config as read from the page: the raw JSON value, and the config when the core can use it. */
export interface LoadedConfig {
  raw: unknown;
  config: PrivacyConfig | undefined;
  /** Where the config came from, for messages. */
  source: string;
}

/** What went wrong while loading, for `config-report.ts` to explain. */
export interface LoadProblem {
  source: string;
  /** The config could not be fetched: the reason. */
  fetchError?: string;
  /** The text that failed to parse, and the parser's error. */
  text?: string;
  syntaxError?: Error;
  /** The parsed value that failed the core's check. */
  raw?: unknown;
}

/**
 * Reads the page's config: the inline `#privacy-consent-config` script, else the `data-config`
 * URL on our script tag. Returns `undefined` when the page has neither. A config the core cannot
 * use comes back without `config`: every optional category is then refused, and the full
 * explanation (JSON paths, what was expected) is printed by `config-report.ts`, which loads
 * only when something is wrong.
 */
export async function loadPageConfig(doc: Document, script: HTMLScriptElement | null): Promise<LoadedConfig | undefined> {
  const inline = doc.getElementById(CONFIG_ELEMENT_ID);
  const url = script?.getAttribute('data-config');
  if (!inline && !url) return undefined;
  const problem: LoadProblem = { source: inline ? `#${CONFIG_ELEMENT_ID}` : url! };
  let text = inline?.textContent ?? undefined;
  if (!inline) {
    try {
      const response = await fetch(new URL(url!, doc.baseURI).href, { credentials: 'same-origin' });
      if (response.ok) text = await response.text();
      else problem.fetchError = `HTTP ${response.status}`;
    } catch (error) {
      problem.fetchError = (error as Error).message;
    }
  }
  let raw: unknown;
  if (text !== undefined) {
    try {
      raw = JSON.parse(text);
    } catch (error) {
      Object.assign(problem, { text, syntaxError: error });
    }
  }
  const usable = !problem.fetchError && !problem.syntaxError && guardConfig(raw).length === 0;
  if (!usable) {
    problem.raw = raw;
    void import('./report.js').then(({ reportLoadProblem }) => reportLoadProblem(problem));
  }
  return { raw, config: usable ? (raw as PrivacyConfig) : undefined, source: problem.source };
}
