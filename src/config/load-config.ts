import type { PrivacyConfig } from './types.js';
import { guardConfig } from './guard.js';

/** The id of the inline config script: `<script type="application/json" id="privacy-consent-config">`. */
export const CONFIG_ELEMENT_ID = 'privacy-consent-config';

/** How long a `data-config` fetch may take before the page settles without it (`data-config-timeout` overrides). */
export const CONFIG_TIMEOUT_MS = 8000;

/**
 * The page's config as read once by the drop-in entry and handed to everything that needs it
 * (the consent runtime, the notice, the console reports): nothing reads or fetches it again.
 */
export interface LoadedConfig {
  /** Where the config came from, for messages: `#privacy-consent-config` or the `data-config` URL. */
  source: string;
  /** The JSON text as read, for line and column in reports; absent when it could not be read. */
  text?: string;
  /** The parsed JSON value; absent when it could not be read or parsed. */
  raw?: unknown;
  /** The config, when the entry's guard found it usable. Without it every optional category stays refused. */
  config?: PrivacyConfig;
  /** Why it could not be fetched, when it could not (then `text` is absent; no `raw` with `text` means not JSON). */
  fetchError?: string;
}

/**
 * The inline config: only a `<script type="application/json">` with our id. Any other element with
 * that id (user content in a CMS block, a comment form) is never read: it could grant itself
 * everything by marking every category `required` (a hijack found by the attack suite, issue 18).
 */
function inlineConfig(doc: Document): HTMLScriptElement | null {
  return doc.querySelector<HTMLScriptElement>(`script[type="application/json" i]#${CONFIG_ELEMENT_ID}`);
}

/**
 * Reads the page's config once: from the `data-config` URL on our script tag when it has one
 * (then never from the page), else from the inline `#privacy-consent-config` script. Returns
 * `undefined` when the page has neither. A fetch that does not finish within the time-out counts
 * as not fetched, so the page settles (`consent-ready` with status `unavailable`) rather than
 * waiting for ever. Nothing is reported here: the caller decides what to print and where.
 */
export async function loadPageConfig(doc: Document, script: HTMLScriptElement | null): Promise<LoadedConfig | undefined> {
  const url = script?.getAttribute('data-config');
  const inline = url ? null : inlineConfig(doc);
  if (!inline && !url) return undefined;
  // Null prototype: a field left unset here (`config`, when the config is unusable) must not be
  // read from `Object.prototype` by the consent code that receives it.
  const loaded: LoadedConfig = { __proto__: null, source: inline ? `#${CONFIG_ELEMENT_ID}` : url! } as LoadedConfig;
  if (inline) loaded.text = inline.textContent ?? '';
  else {
    const timeout = Number(script?.getAttribute('data-config-timeout')) || CONFIG_TIMEOUT_MS;
    try {
      const signal = AbortSignal.timeout(timeout);
      const response = await fetch(new URL(url!, doc.baseURI).href, { credentials: 'same-origin', signal });
      if (response.ok) loaded.text = await response.text();
      else loaded.fetchError = `HTTP ${response.status}`;
    } catch (error) {
      // A time-out reads "TimeoutError: signal timed out".
      loaded.fetchError = String(error);
    }
  }
  try {
    loaded.raw = JSON.parse(loaded.text!);
    if (guardConfig(loaded.raw).length === 0) loaded.config = loaded.raw as PrivacyConfig;
  } catch {
    // Not fetched, or not JSON: `raw` stays absent and `reportConfig` says which.
  }
  return loaded;
}
