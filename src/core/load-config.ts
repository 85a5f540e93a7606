import type { PrivacyConfig } from './config.js';
import { formatFindings, parseConfig, parseJson } from './parse-config.js';
import type { Finding } from './validate.js';

/** The id of the inline config script: `<script type="application/json" id="privacy-consent-config">`. */
export const CONFIG_ELEMENT_ID = 'privacy-consent-config';

/** A config as read from the page: the raw JSON value, and the config when it is valid. */
export interface LoadedConfig {
  raw: unknown;
  config: PrivacyConfig | undefined;
  findings: Finding[];
}

/** Reports findings in the console: all errors in one `console.error`, all warnings in one `console.warn`. */
export function reportFindings(findings: Finding[], source: string): void {
  const errors = findings.filter((f) => f.severity === 'error');
  const warnings = findings.filter((f) => f.severity === 'warning');
  if (errors.length) {
    console.error(
      `privacy-consent: the config (${source}) has ${errors.length} error${errors.length === 1 ? '' : 's'}; optional cookies stay refused until it is fixed.\n${formatFindings(errors)}`,
    );
  }
  if (warnings.length) console.warn(`privacy-consent: the config (${source}) has warnings.\n${formatFindings(warnings)}`);
}

/** Fetches a config from a URL, turning network failures and HTTP errors into findings. */
export async function fetchConfigText(url: string): Promise<{ text?: string; findings: Finding[] }> {
  try {
    const response = await fetch(url, { credentials: 'same-origin' });
    if (!response.ok) {
      return { findings: [{ path: '$', severity: 'error', message: `could not load the config from ${url}: HTTP ${response.status}` }] };
    }
    return { text: await response.text(), findings: [] };
  } catch (error) {
    return { findings: [{ path: '$', severity: 'error', message: `could not load the config from ${url}: ${(error as Error).message}` }] };
  }
}

/**
 * Reads the page's config: the inline `#privacy-consent-config` script, else the `data-config`
 * URL on our script tag. Returns `undefined` when the page has neither; reports problems in the
 * console either way.
 */
export async function loadPageConfig(doc: Document, script: HTMLScriptElement | null): Promise<LoadedConfig | undefined> {
  const inline = doc.getElementById(CONFIG_ELEMENT_ID);
  const url = script?.getAttribute('data-config');
  let text: string | undefined;
  let source: string;
  const findings: Finding[] = [];
  if (inline) {
    source = `#${CONFIG_ELEMENT_ID}`;
    text = inline.textContent ?? '';
  } else if (url) {
    source = url;
    const fetched = await fetchConfigText(new URL(url, doc.baseURI).href);
    text = fetched.text;
    findings.push(...fetched.findings);
  } else {
    return undefined;
  }
  let raw: unknown;
  if (text !== undefined) {
    const parsed = parseJson(text, source);
    raw = parsed.value;
    findings.push(...parsed.findings);
  }
  let config: PrivacyConfig | undefined;
  if (raw !== undefined) {
    const result = parseConfig(raw);
    config = result.config;
    findings.push(...result.findings);
  }
  reportFindings(findings, source);
  return { raw, config, findings };
}
