/**
 * Sending receipts to the organisation's own server (`consent.receipts.endpoint`). Only when the
 * config asks; only to the organisation's own site; only the receipt, whose one identifier is the
 * decision's random id. A failure never blocks or changes the decision: the next page tries once more.
 */
import type { ConsentReceipt } from './receipt.js';

/**
 * Public suffixes under which UK public bodies register their names (`example.nhs.uk`,
 * `council.gov.uk`…), from the Public Suffix List (publicsuffix.org, ICANN section, `.uk`), plus the
 * common two-label ones elsewhere. Enough to tell `www.example.nhs.uk` and `api.example.nhs.uk`
 * apart from `example2.nhs.uk`; a full list would cost every decision ~50 KB.
 */
const TWO_LABEL_SUFFIXES = new Set([
  'ac.uk', 'co.uk', 'gov.uk', 'ltd.uk', 'me.uk', 'net.uk', 'nhs.uk', 'org.uk', 'plc.uk', 'police.uk', 'sch.uk',
  'com.au', 'co.nz', 'co.jp', 'com.br', 'co.za', 'gov.au', 'org.au', 'ac.nz', 'govt.nz',
]);

/** The registrable part of a host name (`example.nhs.uk` for `www.example.nhs.uk`); an IP address or one-label host is itself. */
export function registrableDomain(hostname: string): string {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (/^[\d.]+$/.test(host) || host.startsWith('[')) return host;
  const labels = host.split('.');
  const suffixLength = labels.length > 2 && TWO_LABEL_SUFFIXES.has(labels.slice(-2).join('.')) ? 3 : 2;
  return labels.slice(-suffixLength).join('.');
}

/** Whether two host names belong to the same site (the same registrable domain). */
export function isSameSite(a: string, b: string): boolean {
  return registrableDomain(a) === registrableDomain(b);
}

/**
 * Why an endpoint cannot be used from a page at `pageUrl`, or `undefined` when it can: it must be
 * `http:` or `https:` (the latter unless the page itself is `http:`) on the page's own site.
 */
export function endpointProblem(endpoint: string, pageUrl: string): string | undefined {
  let url: URL;
  try {
    url = new URL(endpoint, pageUrl);
  } catch {
    return `"${endpoint}" is not a URL`;
  }
  const page = new URL(pageUrl);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `"${endpoint}" is not an http: or https: address`;
  if (url.protocol === 'http:' && page.protocol === 'https:') return `"${endpoint}" is not https: on an https: page`;
  if (!isSameSite(url.hostname, page.hostname)) return `"${endpoint}" is not on this website's own site (${registrableDomain(page.hostname)})`;
  return undefined;
}

/** The parts of the browser `sendReceipt` uses, so tests can pass fakes. */
export interface ReceiptTransport {
  sendBeacon?: (url: string, data: Blob) => boolean;
  fetch?: typeof fetch;
  /** The page's address, to resolve a relative endpoint and check the site. */
  pageUrl: string;
}

/**
 * What became of a receipt: `queued` by the browser's beacon, `delivered` or `failed` through
 * fetch, or `refused` (not sent: the endpoint is not the site's own).
 */
export type ReceiptDelivery = 'queued' | 'delivered' | 'failed' | 'refused';

const warned = new Set<string>();

/**
 * Sends a receipt to the endpoint: `navigator.sendBeacon` first (it outlives the page, and a
 * decision is often followed by a navigation), else `fetch` with `keepalive` and no credentials.
 * Answers at once when the beacon is queued (or the endpoint refused), else with a promise of the
 * fetch's outcome; never throws or rejects. A beacon only says the browser queued the receipt, not
 * that the server stored it: the Beacon API reports no response.
 */
export function sendReceipt(
  endpoint: string,
  receipt: ConsentReceipt,
  transport: ReceiptTransport = browserTransport(),
): 'queued' | 'refused' | Promise<'delivered' | 'failed'> {
  const problem = endpointProblem(endpoint, transport.pageUrl);
  if (problem) {
    if (!warned.has(problem)) {
      warned.add(problem);
      console.error(`privacy-consent: receipts are not sent: $.consent.receipts.endpoint ${problem}.`);
    }
    return 'refused';
  }
  const url = new URL(endpoint, transport.pageUrl).href;
  const body = JSON.stringify(receipt);
  try {
    if (transport.sendBeacon?.(url, new Blob([body], { type: 'application/json' }))) return 'queued';
  } catch {
    // A beacon the browser will not send (too large, or a content type it refuses cross-origin): try fetch.
  }
  return (async () => {
    try {
      const response = await transport.fetch!(url, {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json' },
        // keepalive lets the request outlive the page, up to 64 KiB in flight (Fetch standard).
        keepalive: body.length < 60_000,
        credentials: 'omit',
      });
      return response.ok ? 'delivered' : 'failed';
    } catch {
      return 'failed';
    }
  })();
}

/** The browser's beacon and fetch, bound to their objects (both throw when called unbound). */
function browserTransport(): ReceiptTransport {
  return {
    sendBeacon: typeof navigator !== 'undefined' && navigator.sendBeacon ? (url, data) => navigator.sendBeacon(url, data) : undefined,
    fetch: typeof fetch === 'function' ? (input, init) => fetch(input, init) : undefined,
    pageUrl: globalThis.location?.href ?? 'http://localhost/',
  };
}
