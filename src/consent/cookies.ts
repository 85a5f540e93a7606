import type { ConsentConfig, ConsentCookie } from '../config/types.js';
import type { ConsentChangeDetail, ConsentState } from './events.js';

/** Turns a declared cookie name with `*` wildcards into a matcher. */
export function cookiePattern(name: string): RegExp {
  return new RegExp(`^${name.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
}

/** The names of the cookies declared for the given categories and services (wildcards kept). */
export function declaredCookies(consent: ConsentConfig, categoryIds: string[], serviceIds: string[]): string[] {
  const names: string[] = [];
  for (const category of consent.categories) {
    if (category.required) continue;
    const whole = categoryIds.includes(category.id);
    if (whole) names.push(...(category.cookies ?? []).map((c) => c.name));
    for (const service of category.services ?? []) {
      if (whole || serviceIds.includes(service.id)) names.push(...(service.cookies ?? []).map((c) => c.name));
    }
  }
  return names;
}

/** The host and each parent domain a cookie of this page could be set on (`a.b.nhs.uk`, `.b.nhs.uk`, `.nhs.uk`). */
export function candidateDomains(hostname: string): string[] {
  const parts = hostname.split('.');
  const domains = [''];
  // A bare IP address or `localhost` has no parent domain.
  if (parts.length < 2 || /^[\d.]+$/.test(hostname)) return domains;
  for (let i = 0; i < parts.length - 1; i++) domains.push(`.${parts.slice(i).join('.')}`);
  return domains;
}

/**
 * Every path a cookie visible on `pathname` can have been set with: `/`, then each ancestor
 * directory with and without its trailing slash, then the page itself (`/a/b/c.html` gives `/`,
 * `/a`, `/a/`, `/a/b`, `/a/b/`, `/a/b/c.html`). A cookie is only visible where its path
 * path-matches the page's (RFC 6265 §5.1.4), so these are all the places to delete it from.
 */
export function candidatePaths(pathname: string): string[] {
  const paths = new Set(['/']);
  const parts = pathname.split('/').filter(Boolean);
  for (let i = 1; i <= parts.length; i++) {
    const path = `/${parts.slice(0, i).join('/')}`;
    paths.add(path);
    if (i < parts.length || pathname.endsWith('/')) paths.add(`${path}/`);
  }
  return [...paths];
}

/** The names of the cookies this document can see (none when cookie access is refused). */
function cookieNames(doc: Document): string[] {
  return doc.cookie.split(';').map((c) => c.split('=')[0]!.trim()).filter(Boolean);
}

/**
 * Deletes the cookies of this document whose names match the declared names, on the current host
 * and its parent domains, at `/`, every ancestor path and the page's own. Returns the names that
 * are really gone: a cookie still visible afterwards (set on a domain or path this page cannot
 * reach, or `HttpOnly`) is not reported as deleted.
 *
 * Cookie access can throw (a sandboxed iframe without `allow-same-origin`: the `cookie` getter
 * throws a SecurityError, HTML §3.1.3). Then nothing can have been set or deleted by this page:
 * it says so once and returns none, so that withdrawing consent still completes.
 */
export function deleteCookies(declared: string[], doc: Document = document): string[] {
  if (!declared.length) return [];
  try {
    const patterns = declared.map(cookiePattern);
    const doomed = [...new Set(cookieNames(doc).filter((name) => patterns.some((p) => p.test(name))))];
    for (const name of doomed) {
      for (const domain of candidateDomains(doc.location.hostname)) {
        for (const path of candidatePaths(doc.location.pathname)) {
          doc.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=${path}${domain ? `; domain=${domain}` : ''}`;
        }
      }
    }
    const left = new Set(cookieNames(doc));
    return doomed.filter((name) => !left.has(name));
  } catch (error) {
    warnNoCookies(error);
    return [];
  }
}

/**
 * Whether the warning below was given. Module state on purpose: the warning is about the page
 * (its cookie access), which this module lives as long as, so once per page is once per module.
 */
let warned = false;
/** Says once that cookies cannot be read or written here, and why. */
function warnNoCookies(error: unknown): void {
  if (warned) return;
  warned = true;
  console.warn(`privacy-consent: this page cannot use cookies (${(error as Error)?.name ?? error}); nothing was deleted or written, and your choice is still saved.`);
}

export const MIRROR_COOKIE = 'privacy-consent';

/**
 * The decision as a cookie value servers can read: `v=<version>&id=<consentId>&analytics=1&marketing=0`.
 * Category ids are `[a-z0-9_-]` by schema, so they need no escaping.
 */
export function mirrorValue(state: ConsentState): string {
  const pairs = [`v=${encodeURIComponent(state.version)}`, `id=${state.consentId ?? ''}`];
  for (const [id, granted] of Object.entries(state.categories)) pairs.push(`${id}=${granted ? 1 : 0}`);
  return pairs.join('&');
}

/** Writes (or, with no decision, removes) the optional first-party cookie that mirrors the decision. */
export function writeMirrorCookie(options: ConsentCookie, state: ConsentState, doc: Document = document): void {
  // A name that is not a cookie token (RFC 6265 §4.1.1) could smuggle in attributes: use ours.
  const name = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/.test(options.name ?? '') ? options.name! : MIRROR_COOKIE;
  const domain = /^[A-Za-z0-9.-]+$/.test(options.domain ?? '') ? `; domain=${options.domain}` : '';
  const secure = doc.location.protocol === 'https:' ? '; secure' : '';
  try {
    if (state.decision && state.expiresAt) {
      const expires = new Date(state.expiresAt).toUTCString();
      doc.cookie = `${name}=${mirrorValue(state)}; expires=${expires}; path=/; samesite=lax${domain}${secure}`;
    } else {
      doc.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/${domain}`;
    }
  } catch (error) {
    warnNoCookies(error);
  }
}

/**
 * The cookie side effects of a decision made in this tab: deletes the declared cookies of what
 * was withdrawn, and writes the mirror cookie when the config asks for one. Returns the names deleted.
 */
export function applyCookieEffects(consent: ConsentConfig, detail: ConsentChangeDetail, doc: Document = document): string[] {
  const withdrawnCategories = detail.changed.categories.filter((id) => !detail.categories[id]);
  const withdrawnServices = detail.changed.services.filter((id) => !detail.services[id]);
  const deleted = deleteCookies(declaredCookies(consent, withdrawnCategories, withdrawnServices), doc);
  if (consent.cookie) writeMirrorCookie(consent.cookie, detail, doc);
  return deleted;
}
