/**
 * Checks on the UK exceptions to cookie consent and on the receipts endpoint (issue 14).
 *
 * PECR Schedule A1, inserted by the Data (Use and Access) Act 2025 (s.112, Sch 12; in force
 * 5 February 2026), lets storage for statistical purposes (para 5) and for the appearance of the
 * service (para 6) run without consent, if the visitor gets clear and comprehensive information
 * about the purpose and a simple, free means of objecting. The ICO's final guidance on storage and
 * access technologies (29 April 2026) reads para 5 narrowly: the statistics must be the provider's
 * own, made with a view to improving the service; a third party may take part only as a processor,
 * not a joint controller; nothing in it may serve online advertising. Requirements §D 38-42.
 */
import { basisWithoutOptIn, basisWithoutOptInMessage } from '../config/exception-opt-in.js';
import type { Category, PrivacyConfig } from '../config/types.js';
import { childPath } from '../config/validate.js';
import { exceptionCategories } from '../consent/choices.js';
import { isSameSite, registrableDomain } from '../consent/receipt-endpoint.js';
import type { LintRule } from './types.js';

/** The ICO guidance the exception rules cite. */
const ICO = 'ICO, Guidance on the use of storage and access technologies (29 April 2026)';

/** Each exception category with its JSON path. */
function exceptionsOf(config: PrivacyConfig): { category: Category; path: string }[] {
  const categories = config.consent?.categories ?? [];
  return exceptionCategories(config).map((category) => ({ category, path: childPath('$.consent.categories', categories.indexOf(category)) }));
}

export const exceptionBasis: LintRule = {
  id: 'exception-basis',
  severity: 'error',
  cites: 'PECR reg 6 and Sch A1 paras 4-6 (as amended by the Data (Use and Access) Act 2025 Sch 12)',
  title: 'A category uses a UK exception (`basis`) only with the top-level opt-in, and never on a strictly necessary category',
  check(config, report) {
    for (const { category, path } of basisWithoutOptIn(config)) report(path, basisWithoutOptInMessage(category.basis!));
    config.consent?.categories.forEach((category, i) => {
      if (category.required && category.basis && category.basis !== 'consent') {
        report(
          `${childPath('$.consent.categories', i)}.basis`,
          `a required category is strictly necessary (PECR Sch A1 para 4) and always on, with no way to object; "${category.basis}" storage is not strictly necessary: remove "required" so visitors can object, or remove "basis"`,
        );
      }
    });
  },
};

export const exceptionProcessor: LintRule = {
  id: 'exception-processor',
  severity: 'error',
  cites: `PECR Sch A1 paras 5-6; ${ICO}: the provider must be a processor, not a joint controller`,
  title: 'Every service in a `statistics` or `appearance` category is marked as the organisation’s processor (`processor: true`)',
  check(config, report) {
    for (const { category, path } of exceptionsOf(config)) {
      category.services?.forEach((service, j) => {
        if (service.processor !== true) {
          report(
            childPath(`${path}.services`, j),
            `"${service.name}" is in the "${category.id}" category, which runs without consent under a UK exception; that is only allowed when its provider${service.provider ? ` (${service.provider})` : ''} acts solely as your processor under contract (UK GDPR Art 28). If it does, add "processor": true; if it uses the data for its own purposes, move the service to a consent-based category`,
          );
        }
      });
    }
  },
};

/**
 * Names of advertising identifiers: cookies whose purpose is to recognise a browser for adverts
 * or their measurement. The exceptions never cover advertising (ICO guidance, above).
 */
const ADVERTISING_COOKIES: { pattern: RegExp; tool: string }[] = [
  { pattern: /^_gcl_/, tool: 'Google Ads' },
  { pattern: /^(IDE|DSID|test_cookie|__gads|__gpi|__gsas|FLC|RUL|AID|TAID)$/, tool: 'Google advertising' },
  { pattern: /^(_fb[pc]|fr)$/, tool: 'Meta (Facebook) Pixel' },
  { pattern: /^(_uet(sid|vid)|MUID|ANONCHK)$/, tool: 'Microsoft Advertising' },
  { pattern: /^(_ttp|_tt_enable_cookie|ttwid)$/, tool: 'TikTok Pixel' },
  { pattern: /^(li_sugr|bcookie|lidc|UserMatchHistory|li_fat_id|AnalyticsSyncHistory|ln_or)$/, tool: 'LinkedIn Insight' },
  { pattern: /^(_scid|_sctr|_scid_r)$/, tool: 'Snap Pixel' },
  { pattern: /^(_pin_unauth|_pinterest_ct_ua|_epik)$/, tool: 'Pinterest Tag' },
  { pattern: /^(_rdt_uuid|_rdt_cid)$/, tool: 'Reddit Pixel' },
  { pattern: /^(personalization_id|muc_ads|guest_id_ads|guest_id_marketing)$/, tool: 'X (Twitter) advertising' },
  { pattern: /^(__qca|_cc_id|uuid2|anj|IDSYNC|tuuid|KTPCACOOKIE)$/, tool: 'advertising networks' },
];

/** The advertising tool a cookie name belongs to, if any. */
export function advertisingTool(name: string): string | undefined {
  const concrete = name.replace(/\*/g, '');
  return ADVERTISING_COOKIES.find(({ pattern }) => pattern.test(concrete) || pattern.test(name))?.tool;
}

/**
 * Advertising consent signals and vendors, as a vendor integration may name them: Google Consent
 * Mode v2's `ad_storage`, `ad_user_data` and `ad_personalization`, Microsoft Clarity's `ad_Storage`
 * (its own capitalisation), Microsoft UET's `ad_storage`, and advertising pixels (Meta, TikTok,
 * LinkedIn, Microsoft UET, Snap, Pinterest, Reddit, X).
 */
const ADVERTISING_SIGNAL = /^(ad_storage|ad_user_data|ad_personalization|ads|advertising|advertisement)$|^(meta|meta[-_]?pixel|facebook|fbq|tiktok|ttq|linkedin|uet|uetq|microsoft[-_]?(ads|uet)|bing[-_]?ads|snap|pinterest|reddit|twitter|x[-_]?ads)$/i;

/** Every string leaf of a JSON value, with the keys on its path. */
function leaves(value: unknown, keys: string[] = [], path = '$'): { keys: string[]; value: string; path: string }[] {
  if (typeof value === 'string') return [{ keys, value, path }];
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, keys, childPath(path, i)));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => (typeof v === 'boolean' || typeof v === 'number' ? [{ keys: [...keys, k], value: String(v), path: childPath(path, k) }] : leaves(v, [...keys, k], childPath(path, k))));
  }
  return [];
}

export const exceptionAdvertising: LintRule = {
  id: 'exception-advertising',
  severity: 'error',
  cites: `PECR Sch A1 paras 5-6; ${ICO}: the exceptions do not apply to online advertising`,
  title: 'A `statistics` or `appearance` category sets no advertising identifier and feeds no advertising signal of a vendor integration',
  check(config, report) {
    const exceptions = exceptionsOf(config);
    for (const { category, path } of exceptions) {
      const cookies = [
        ...(category.cookies ?? []).map((cookie, k) => ({ cookie, at: childPath(`${path}.cookies`, k) })),
        ...(category.services ?? []).flatMap((service, j) =>
          (service.cookies ?? []).map((cookie, k) => ({ cookie, at: childPath(`${childPath(`${path}.services`, j)}.cookies`, k) })),
        ),
      ];
      for (const { cookie, at } of cookies) {
        const tool = advertisingTool(cookie.name);
        if (tool) {
          report(
            `${at}.name`,
            `"${cookie.name}" is a ${tool} advertising identifier, but the "${category.id}" category runs without consent under a UK exception, which never covers advertising: move it to a consent-based category`,
          );
        }
      }
    }
    // A vendor integration (`consent.integrations`, src/config/integrations.ts) mapping an
    // advertising signal (GCM's ad_*, Clarity's ad_Storage, HubSpot's advertisement) or an
    // advertising pixel (Meta, Microsoft UET, TikTok) to an exception category. Read as leaves of
    // the mapping, so a vendor added later is covered as long as its names say what it is.
    const integrations = (config.consent as Record<string, unknown> | undefined)?.integrations;
    if (integrations === undefined) return;
    for (const leaf of leaves(integrations, [], '$.consent.integrations')) {
      const names = [...leaf.keys, leaf.value];
      const category = exceptions.find(({ category: c }) => names.some((n) => n === c.id || n.startsWith(`${c.id}/`)));
      const signal = names.find((n) => ADVERTISING_SIGNAL.test(n));
      if (category && signal) {
        report(
          leaf.path,
          `the vendor integration maps "${signal}" (advertising) to the "${category.category.id}" category, which runs without consent under a UK exception; advertising always needs consent: map it to a consent-based category`,
        );
      }
    }
  },
};

export const exceptionInformation: LintRule = {
  id: 'exception-information',
  severity: 'warning',
  cites: 'PECR Sch A1 paras 5-6: clear and comprehensive information about the purpose',
  title: 'A `statistics` or `appearance` category says in its description what it is for',
  check(config, report) {
    for (const { category, path } of exceptionsOf(config)) {
      if (!category.description?.trim()) {
        report(
          path,
          `the "${category.id}" category runs without consent, so visitors must be told clearly what it is for: add a "description" (for example "Counts visits and the pages people read, so we can improve the website. The data stays with us and our processor.")`,
        );
      }
    }
  },
};

export const exceptionEea: LintRule = {
  id: 'exception-eea',
  severity: 'warning',
  cites: 'PECR Sch A1 applies in the UK only; ePrivacy Directive 2002/58/EC Art 5(3) for visitors in the EEA',
  title: 'A site that declares visitors in the EEA knows that the UK exceptions do not apply to them',
  check(config, report) {
    const audiences = config.consent?.audiences ?? [];
    if (!audiences.includes('eea') || !exceptionCategories(config).length) return;
    report(
      `$.consent.audiences[${audiences.indexOf('eea')}]`,
      'visitors in the EU and EEA are under the ePrivacy Directive, where most states have no statistics or appearance exception (and those that have one, such as France, draw it more narrowly): for them these categories need consent. Consider serving EEA visitors a config without "exceptions", or keeping every category consent-based',
    );
  },
};

/** Whether an endpoint is a relative path (on the page's own origin). */
const isRelative = (url: string) => !/^[A-Za-z][A-Za-z0-9+.-]*:|^\/\//.test(url);

/** The host name of a URL, or `undefined` when it is not an absolute http(s) URL. */
function hostOf(url: string | undefined): string | undefined {
  try {
    return url && /^https?:/i.test(url) ? new URL(url).hostname : undefined;
  } catch {
    return undefined;
  }
}

export const receiptsEndpoint: LintRule = {
  id: 'receipts-endpoint',
  severity: 'warning',
  cites: 'UK GDPR Art 5(1)(f) and 32 (security of processing), Art 28 (processors)',
  title: 'The receipts endpoint is `https:` and on the organisation’s own site',
  check(config, report) {
    const endpoint = config.consent?.receipts?.endpoint;
    if (endpoint === undefined || isRelative(endpoint)) return;
    const at = '$.consent.receipts.endpoint';
    // A scheme-relative address ("//host/path") takes the page's scheme: https: on a live site.
    const absolute = endpoint.startsWith('//') ? `https:${endpoint}` : endpoint;
    if (!hostOf(absolute)) return void report(at, `"${endpoint}" is not an https: address or a path on your website`);
    const url = new URL(absolute);
    if (url.protocol !== 'https:') report(at, `"${endpoint}" is not https:: receipts must travel encrypted, and an https: page refuses to send them there`);
    const site = hostOf(config.organisation.url);
    if (!site) {
      report(at, `cannot tell whether "${url.host}" is your own server: set "organisation.url", or use a path on your website such as "/consent-receipts"`);
    } else if (!isSameSite(url.hostname, site)) {
      report(
        at,
        `"${url.host}" is not on your own site (${registrableDomain(site)}): the page sends receipts only to the organisation's own site, and a third party receiving them would have to be your processor`,
      );
    }
  },
};

/** The rules of this module, in the order the README lists them. */
export const EXCEPTION_RULES: LintRule[] = [exceptionBasis, exceptionProcessor, exceptionAdvertising, exceptionInformation, exceptionEea, receiptsEndpoint];

