/**
 * GET through the scan's Playwright request context (robots.txt, a page's `data-config`), tried
 * again after a network error. A server that closes an idle keep-alive connection just as the
 * next request goes out resets it (ECONNRESET); a browser retries such a request by itself,
 * Playwright's request context does not, and the scan must not judge a site by a file its pages
 * loaded fine. An HTTP status is an answer, never retried.
 */
import type { APIRequestContext, APIResponse } from 'playwright-core';

/** Resolves with the response (any status), or rejects with the last network error after `tries` attempts. */
export async function getWithRetry(api: APIRequestContext, url: string, options: { timeout: number; headers?: Record<string, string> }, tries = 3): Promise<APIResponse> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await api.get(url, { ...options, failOnStatusCode: false });
    } catch (error) {
      if (attempt >= tries) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
}
