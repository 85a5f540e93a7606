/**
 * Why a page could not be scanned, in one line a privacy officer can act on, from Chromium's
 * network error codes (`net::ERR_…`, chromium/src/net/base/net_error_list.h) and Playwright's
 * time-outs. Never a stack trace.
 */

/** A page load that failed: what went wrong, in words. */
export interface LoadFailure {
  kind: 'unreachable' | 'tls' | 'redirect-loop' | 'timeout' | 'refused' | 'http' | 'other';
  message: string;
}

const NET_ERRORS: [RegExp, LoadFailure['kind'], string][] = [
  [/ERR_NAME_NOT_RESOLVED|ERR_NAME_RESOLUTION_FAILED/, 'unreachable', 'the host name does not resolve (check the spelling, or the DNS)'],
  [/ERR_CONNECTION_REFUSED/, 'unreachable', 'the connection was refused (is the server running on that port?)'],
  [/ERR_CONNECTION_(TIMED_OUT|RESET|CLOSED|FAILED)|ERR_ADDRESS_UNREACHABLE|ERR_INTERNET_DISCONNECTED|ERR_NETWORK_/, 'unreachable', 'the server could not be reached'],
  [/ERR_EMPTY_RESPONSE/, 'unreachable', 'the server closed the connection without answering'],
  [/ERR_CERT_|ERR_SSL_|ERR_BAD_SSL_|ERR_TLS_/, 'tls', 'its TLS (HTTPS) certificate or connection is not valid'],
  [/ERR_TOO_MANY_REDIRECTS/, 'redirect-loop', 'it redirects in a loop'],
  [/ERR_UNSAFE_REDIRECT|ERR_INVALID_REDIRECT/, 'redirect-loop', 'it redirects somewhere a browser will not follow'],
  [/ERR_BLOCKED_BY_/, 'refused', 'the browser refused to load it'],
];

/** Describes a `page.goto` failure for `url`. `timeoutS` is the page time limit that applied. */
export function describeLoadError(error: unknown, url: string, timeoutS: number): LoadFailure {
  const text = error instanceof Error ? error.message : String(error);
  const code = /net::(ERR_[A-Z_]+)/.exec(text)?.[1];
  for (const [pattern, kind, words] of NET_ERRORS) {
    if (code && pattern.test(code)) return { kind, message: `cannot load ${url}: ${words} (${code})` };
  }
  if ((error as Error)?.name === 'TimeoutError' || /Timeout \d+ms exceeded/.test(text)) {
    return { kind: 'timeout', message: `cannot load ${url}: no page within ${timeoutS} s (raise --page-timeout for a slow site)` };
  }
  // Keep only Playwright's first line: the rest is its call log.
  const first = text.split('\n')[0]!.replace(/^page\.goto:\s*/, '').trim();
  return { kind: 'other', message: `cannot load ${url}: ${code ?? first}` };
}

/** Describes an HTTP error status for a page, naming what a block of headless browsers looks like. */
export function describeHttpStatus(status: number, statusText: string, url: string): LoadFailure {
  const status_ = `HTTP ${status}${statusText ? ` ${statusText}` : ''}`;
  if (status === 401) return { kind: 'refused', message: `cannot scan ${url}: it asks for a password (${status_}); scan a copy without one` };
  if (status === 403 || status === 429 || status === 503) {
    return {
      kind: 'refused',
      message: `cannot scan ${url}: the site refused the scanner (${status_}); it may block automated browsers: allow the user agent "privacy-consent-scan" or scan a staging copy`,
    };
  }
  return { kind: 'http', message: `cannot scan ${url}: ${status_}` };
}

/**
 * Whether a page looks like a bot challenge rather than the site (Cloudflare's "Just a moment…",
 * "Attention Required!", Akamai's and Imperva's "Access Denied"), which a headless browser is shown.
 */
export function isChallengePage(title: string): boolean {
  return /^(just a moment|attention required|access denied|pardon our interruption|are you a robot|checking your browser)/i.test(title.trim());
}
