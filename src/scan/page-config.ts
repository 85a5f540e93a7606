/**
 * The config a scanned page uses, read the way the drop-in entry reads it (src/config/load-config.ts):
 * the inline `<script type="application/json" id="privacy-consent-config">`, else the `data-config`
 * URL on our module script. Each config is checked once with `privacy-consent check`'s own check
 * (src/check/check.ts). The scan compares the site with the config the widget would use: one that
 * passes the entry's guard, as the widget does; a config the guard refuses is reported and the
 * widget then grants nothing.
 */
import type { APIRequestContext } from 'playwright-core';
import { checkConfigText, type CheckResult } from '../check/check.js';
import { guardConfig } from '../config/guard.js';
import type { PrivacyConfig } from '../config/types.js';
import { CONFIG_ELEMENT_ID } from '../config/load-config.js';
import type { PageConfigSummary } from './scan-report.js';

/** A config as the scan uses it. */
export interface ResolvedConfig {
  summary: PageConfigSummary;
  /** The config, when the widget can use it (it passes the entry's guard). */
  config?: PrivacyConfig;
  /** The first error `check` found, as `$.path: message`, when it found any. */
  firstError?: string;
}

/** Checks config text as `privacy-consent check` does and keeps what the scan needs. */
export function resolveConfigText(text: string, source: string): ResolvedConfig {
  const result: CheckResult = checkConfigText(text);
  const summary: PageConfigSummary = { source, check: { errors: result.errors, warnings: result.warnings } };
  const first = result.findings.find((f) => f.severity === 'error');
  const usable = result.value !== undefined && guardConfig(result.value).length === 0;
  if (!usable) summary.problem = first ? `${first.path}: ${first.message}` : 'the widget cannot use it';
  return {
    summary,
    ...(usable ? { config: result.value as PrivacyConfig } : {}),
    ...(first ? { firstError: `${first.path}: ${first.message}${first.line > 0 ? ` (line ${first.line}, column ${first.column})` : ''}` } : {}),
  };
}

/** A config that could not be read at all. */
export function unreadableConfig(source: string, problem: string): ResolvedConfig {
  return { summary: { source, check: null, problem } };
}

/** Fetches a page's `data-config` URL as the entry does (a GET), through the scan's request context. */
export async function fetchConfig(url: string, api: APIRequestContext, timeoutMs: number): Promise<ResolvedConfig> {
  try {
    const response = await api.get(url, { headers: { accept: 'application/json' }, timeout: timeoutMs, failOnStatusCode: false });
    if (!response.ok()) return unreadableConfig(url, `HTTP ${response.status()} when fetching it`);
    return resolveConfigText(await response.text(), url);
  } catch (error) {
    return unreadableConfig(url, `could not fetch it: ${String((error as Error).message).split('\n')[0]}`);
  }
}

/** Where the page's config comes from: the inline script's id, or the `data-config` URL. */
export function configSource(widget: { inline: string | null; dataConfig: string | null }): string | null {
  if (widget.inline !== null) return `#${CONFIG_ELEMENT_ID}`;
  return widget.dataConfig;
}
