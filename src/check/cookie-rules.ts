/**
 * Checks on the consent banner's cookie lists (PECR reg 6 and Sch A1; requirements.md §C 33–34).
 */
import type { Category, Cookie, PrivacyConfig } from '../config/types.js';
import { childPath } from '../config/validate.js';
import { cookiePattern } from '../consent/cookies.js';
import type { LintRule } from './types.js';

/** A declared cookie with where it sits. */
interface DeclaredCookie {
  cookie: Cookie;
  category: Category;
  path: string;
}

/** Every cookie the consent section declares, directly on a category or through a service. */
export function declaredCookies(config: PrivacyConfig): DeclaredCookie[] {
  const out: DeclaredCookie[] = [];
  config.consent?.categories.forEach((category, i) => {
    const at = childPath('$.consent.categories', i);
    category.cookies?.forEach((cookie, j) => out.push({ cookie, category, path: childPath(`${at}.cookies`, j) }));
    category.services?.forEach((service, j) => {
      const serviceAt = childPath(`${at}.services`, j);
      service.cookies?.forEach((cookie, k) => out.push({ cookie, category, path: childPath(`${serviceAt}.cookies`, k) }));
    });
  });
  return out;
}

/** Whether two declared names can refer to the same cookie (`_ga*` and `_ga_XYZ` can). */
export function namesOverlap(a: string, b: string): boolean {
  if (a === b) return true;
  if (!a.includes('*') && !b.includes('*')) return false;
  // A wildcard name overlaps a concrete one it matches; two wildcard names overlap when one
  // matches the other's fixed prefix (`_pk_*` and `_pk_id.*`).
  const concrete = (name: string) => name.replace(/\*/g, '');
  return cookiePattern(a).test(concrete(b)) || cookiePattern(b).test(concrete(a));
}

export const duplicateCookie: LintRule = {
  id: 'duplicate-cookie',
  severity: 'error',
  cites: 'PECR reg 6; ICO storage and access guidance (one technology serving two purposes needs consent for both)',
  title: 'A cookie or storage key belongs to one category only',
  check(config, report) {
    const cookies = declaredCookies(config);
    // Index concrete names, so 10,000 cookies need no pairwise comparison; wildcards are few.
    const byName = new Map<string, DeclaredCookie>();
    const wildcards: DeclaredCookie[] = [];
    for (const entry of cookies) {
      const name = entry.cookie.name;
      const clash =
        (name.includes('*') ? undefined : byName.get(name)) ??
        wildcards.find((w) => w.category !== entry.category && namesOverlap(w.cookie.name, name)) ??
        (name.includes('*') ? cookies.find((other) => other !== entry && other.category !== entry.category && byName.get(other.cookie.name) === other && namesOverlap(name, other.cookie.name)) : undefined);
      if (clash && clash.category !== entry.category) {
        report(
          `${entry.path}.name`,
          `the cookie "${name}" is also listed in the category "${clash.category.id}" (as "${clash.cookie.name}" at ${clash.path}): one cookie serves one purpose; if it serves an optional one, it needs consent`,
        );
      }
      if (name.includes('*')) wildcards.push(entry);
      else if (!byName.has(name)) byName.set(name, entry);
    }
  },
};

/**
 * Names of well-known analytics and advertising cookies. None is strictly necessary, so none
 * belongs in a `required` category (PECR Sch A1 para 4).
 */
export const TRACKING_COOKIES: { pattern: RegExp; tool: string }[] = [
  { pattern: /^_ga($|_)/, tool: 'Google Analytics' },
  { pattern: /^_gid$/, tool: 'Google Analytics' },
  { pattern: /^_gat($|_)/, tool: 'Google Analytics' },
  { pattern: /^__utm[a-z]*$/, tool: 'Google Analytics (legacy)' },
  { pattern: /^_gcl_/, tool: 'Google Ads' },
  { pattern: /^(IDE|DSID|test_cookie|NID|__gads|__gpi)$/, tool: 'Google advertising' },
  { pattern: /^_pk_/, tool: 'Matomo' },
  { pattern: /^mtm_/, tool: 'Matomo' },
  { pattern: /^_fb[pc]$/, tool: 'Meta (Facebook) Pixel' },
  { pattern: /^_hj/, tool: 'Hotjar' },
  { pattern: /^_cl(ck|sk)$/, tool: 'Microsoft Clarity' },
  { pattern: /^_uet(sid|vid)$/, tool: 'Microsoft Advertising' },
  { pattern: /^MUID$/, tool: 'Microsoft Advertising' },
  { pattern: /^(_ttp|_tt_enable_cookie)$/, tool: 'TikTok Pixel' },
  { pattern: /^(li_sugr|bcookie|lidc|UserMatchHistory|_li_ss|li_fat_id)$/, tool: 'LinkedIn Insight' },
  { pattern: /^(__hstc|__hssc|__hssrc|hubspotutk)$/, tool: 'HubSpot' },
  { pattern: /^_mkto_trk$/, tool: 'Marketo' },
  { pattern: /^(ajs_user_id|ajs_anonymous_id)$/, tool: 'Segment' },
  { pattern: /^mp_.*_mixpanel$/, tool: 'Mixpanel' },
  { pattern: /^(_scid|_sctr)$/, tool: 'Snap Pixel' },
  { pattern: /^(YSC|VISITOR_INFO1_LIVE)$/, tool: 'YouTube' },
];

/** The tool a cookie name belongs to, when it is a well-known analytics or advertising cookie. */
export function trackingTool(name: string): string | undefined {
  const concrete = name.replace(/\*/g, '');
  return TRACKING_COOKIES.find(({ pattern }) => pattern.test(concrete) || pattern.test(name))?.tool;
}

export const requiredTracking: LintRule = {
  id: 'required-tracking-cookie',
  severity: 'warning',
  cites: 'PECR Sch A1 para 4 (strictly necessary exception)',
  title: 'No analytics or advertising cookie (_ga*, _gid, _pk_*, _fbp, _gcl_*, _hj*, …) in a required category',
  check(config, report) {
    for (const { cookie, category, path } of declaredCookies(config)) {
      if (!category.required) continue;
      const tool = trackingTool(cookie.name);
      if (tool) {
        report(
          `${path}.name`,
          `"${cookie.name}" looks like a ${tool} cookie, but the category "${category.id}" is required (strictly necessary): analytics and advertising cookies need consent, so move it to an optional category`,
        );
      }
    }
  },
};

export const COOKIE_RULES: LintRule[] = [duplicateCookie, requiredTracking];
