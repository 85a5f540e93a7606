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
import { getWithRetry } from './request.js';

/** A config as the scan uses it. */
export interface ResolvedConfig {
  summary: PageConfigSummary;
  /** The config, when the widget can use it (it passes the entry's guard). */
  config?: PrivacyConfig;
  /** The first error `check` found outside the notice, as `$.path: message (line, column)`. */
  firstError?: string;
  /** How many of check's errors are in the notice's text (`notice`, or a translation's), and the first of them. */
  noticeErrors: number;
  firstNoticeError?: string;
}

/**
 * Whether a check finding is about the notice's text (what visitors read: its sections, contacts,
 * import notes), not about what the widget stores, asks and gates. The scan compares storage:
 * notice errors are reported as a note and left to `privacy-consent check`.
 */
export const isNoticePath = (path: string): boolean => /(^\$|\.translations\.[^.[]+)\.notice(?=$|[.[])/.test(path);

const located = (f: { path: string; message: string; line: number; column: number }) => `${f.path}: ${f.message}${f.line > 0 ? ` (line ${f.line}, column ${f.column})` : ''}`;

/** Checks config text as `privacy-consent check` does and keeps what the scan needs. */
export function resolveConfigText(text: string, source: string): ResolvedConfig {
  const result: CheckResult = checkConfigText(text);
  const summary: PageConfigSummary = { source, check: { errors: result.errors, warnings: result.warnings } };
  const errors = result.findings.filter((f) => f.severity === 'error');
  const first = errors.find((f) => !isNoticePath(f.path));
  const notice = errors.filter((f) => isNoticePath(f.path));
  const usable = result.value !== undefined && guardConfig(result.value).length === 0;
  const reason = first ?? errors[0];
  if (!usable) summary.problem = reason ? `${reason.path}: ${reason.message}` : 'the widget cannot use it';
  return {
    summary,
    ...(usable ? { config: result.value as PrivacyConfig } : {}),
    ...(first ? { firstError: located(first) } : {}),
    noticeErrors: notice.length,
    ...(notice[0] ? { firstNoticeError: located(notice[0]) } : {}),
  };
}

/** A config that could not be read at all. */
export function unreadableConfig(source: string, problem: string): ResolvedConfig {
  return { summary: { source, check: null, problem }, noticeErrors: 0 };
}

/** Fetches a page's `data-config` URL as the entry does (a GET), through the scan's request context. */
export async function fetchConfig(url: string, api: APIRequestContext, timeoutMs: number): Promise<ResolvedConfig> {
  try {
    const response = await getWithRetry(api, url, { headers: { accept: 'application/json' }, timeout: timeoutMs });
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
