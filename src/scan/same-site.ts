/**
 * First party or third party, as browsers decide it: two hosts are the same site when they share
 * a registrable domain under the Public Suffix List (HTML Standard, "same site"; the list's
 * private section counts too, as browsers use it: `a.github.io` and `b.github.io` are two sites).
 * An IP address or a single-label host (`localhost`) is its own site. The scheme and port are
 * ignored here: a page at http://example.nhs.uk and its https:// images are one organisation.
 */
import { getDomain } from 'tldts';

/** The site (registrable domain) of a host name: `www.riverside.nhs.uk` -> `riverside.nhs.uk`. */
export function siteOf(hostname: string): string {
  const host = hostname.toLowerCase().replace(/^\.+/, '').replace(/^\[(.*)\]$/, '$1');
  return getDomain(host, { allowPrivateDomains: true }) ?? host;
}

/** Whether a URL belongs to another site than `site` (the scanned site's `siteOf`). */
export function isThirdPartyUrl(url: string, site: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // data:, blob:, about: and the like go to no server.
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:' && parsed.protocol !== 'ws:' && parsed.protocol !== 'wss:') return false;
  return siteOf(parsed.hostname) !== site;
}

/** Whether a cookie's domain (`.example.nhs.uk`, `127.0.0.1`) belongs to `site`. */
export function isFirstPartyDomain(cookieDomain: string, site: string): boolean {
  return siteOf(cookieDomain) === site;
}
