import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PrivacyConfig } from '../../src/config/types.js';
import { compareWithConfig, draftEntry, durationFrom, RULES } from '../../src/scan/compare.js';
import { BUILT_IN_COOKIES } from '../../src/scan/known-cookies.js';
import { resolveConfigText, type ResolvedConfig } from '../../src/scan/page-config.js';
import type { JourneyName, JourneyResult, ObservedCookie, PageResult } from '../../src/scan/scan-report.js';

const NOW = new Date('2026-06-01T12:00:00Z');
const URL_ = 'https://www.example.gov.uk/';

const config: PrivacyConfig = {
  version: '2026-05-01',
  organisation: { name: 'Example Borough Council' },
  consent: {
    categories: [
      { id: 'necessary', title: 'Strictly necessary', required: true, cookies: [{ name: 'session' }] },
      { id: 'analytics', title: 'Analytics', services: [{ id: 'matomo', name: 'Matomo', cookies: [{ name: '_pk_id.*' }, { name: '_pk_ses.*' }] }] },
      { id: 'marketing', title: 'Videos', services: [{ id: 'youtube', name: 'YouTube', cookies: [{ name: 'YSC' }] }] },
    ],
  },
};
const resolved: ResolvedConfig = resolveConfigText(JSON.stringify(config), '/site.json');

function cookie(name: string, extra: Partial<ObservedCookie> = {}): ObservedCookie {
  return { name, domain: 'www.example.gov.uk', path: '/', expires: null, party: 'first', httpOnly: false, secure: true, sameSite: 'Lax', ...extra };
}

function journey(name: JourneyName, cookies: ObservedCookie[] = [], extra: Partial<JourneyResult> = {}): JourneyResult {
  return { name, settled: true, cookies, localStorage: [], sessionStorage: [], indexedDB: [], thirdPartyRequests: [], gated: [], ...extra };
}

/** A page with our widget and the four journeys; `over` replaces journeys by name. */
function ourPage(over: Partial<Record<JourneyName, JourneyResult>> = {}): PageResult {
  const ours = { indexedDB: ['privacy-consent'], consent: { status: 'current', decision: 'reject-all' } };
  return {
    url: URL_,
    finalUrl: URL_,
    status: 200,
    title: 'Home',
    consentTool: 'privacy-consent',
    config: resolved.summary,
    journeys: [
      over['first-visit'] ?? journey('first-visit', [], { consent: { status: 'undecided', decision: null } }),
      over['after-reject'] ?? journey('after-reject', [], { ...ours, beforeChoice: { cookies: [], localStorage: [], sessionStorage: [], indexedDB: [] } }),
      over['after-accept'] ?? journey('after-accept', [cookie('_pk_id.1.ab'), cookie('_pk_ses.1.ab'), cookie('YSC', { domain: '.youtube.com', party: 'third' })], { ...ours, consent: { status: 'current', decision: 'accept-all' } }),
      over.returning ?? journey('returning', [], ours),
    ],
  };
}

const compare = (pages: PageResult[], configFor: (p: PageResult) => ResolvedConfig | undefined = () => resolved) =>
  compareWithConfig(pages, { configFor, known: [BUILT_IN_COOKIES], now: NOW });
const brief = (pages: PageResult[], configFor?: (p: PageResult) => ResolvedConfig | undefined) =>
  compare(pages, configFor).map((f) => `${f.severity} ${f.rule} ${f.subject} [${f.journeys.join(', ')}]`);

describe('compareWithConfig', () => {
  it('finds nothing when only declared cookies appear, after Accept all, and our own record after a choice', () => {
    expect(compare([ourPage()])).toEqual([
      expect.objectContaining({ rule: 'declared-not-seen', severity: 'info', subject: 'session', evidence: ['declared at $.consent.categories[0].cookies[0] in /site.json'] }),
    ]);
  });

  it('errs on a declared optional cookie before any choice, naming the script and the declaration', () => {
    const first = journey('first-visit', [cookie('_pk_id.1.ab', { setBy: { kind: 'script', url: 'https://www.example.gov.uk/matomo.js' } })]);
    const [finding] = compare([ourPage({ 'first-visit': first })]);
    expect(finding).toMatchObject({
      rule: 'storage-before-choice',
      severity: 'error',
      kind: 'cookie',
      subject: '_pk_id.1.ab',
      pages: [URL_],
      journeys: ['first-visit'],
      evidence: ['set by the script https://www.example.gov.uk/matomo.js'],
    });
    expect(finding!.message).toContain('declared at $.consent.categories[1].services[0].cookies[0] in the optional category "analytics"');
  });

  it('allows a cookie declared in a required category before any choice', () => {
    expect(brief([ourPage({ 'first-visit': journey('first-visit', [cookie('session')]) })])).toEqual([]);
  });

  it('errs on an undeclared unknown cookie before any choice, and warns that it is undeclared', () => {
    expect(brief([ourPage({ 'first-visit': journey('first-visit', [cookie('visitor_ref')]) })])).toEqual([
      'error storage-before-choice visitor_ref [first-visit]',
      'warning undeclared-storage visitor_ref [first-visit]',
      'info declared-not-seen session []',
    ]);
  });

  it('only warns (undeclared) on a known strictly necessary cookie before any choice', () => {
    expect(brief([ourPage({ 'first-visit': journey('first-visit', [cookie('__cf_bm')]) })])).toEqual([
      'warning undeclared-storage __cf_bm [first-visit]',
      'info declared-not-seen session []',
    ]);
  });

  it('errs on what appears after Reject all or on the next visit, but not on what was there before the choice', () => {
    const reject = journey('after-reject', [cookie('_pk_id.1.ab'), cookie('_ga')], {
      indexedDB: ['privacy-consent'],
      beforeChoice: { cookies: ['_pk_id.1.ab'], localStorage: [], sessionStorage: [], indexedDB: [] },
    });
    const returning = journey('returning', [cookie('_pk_id.1.ab'), cookie('_pk_ses.1.ab')], { indexedDB: ['privacy-consent'], consent: { status: 'current', decision: 'reject-all' } });
    const first = journey('first-visit', [cookie('_pk_id.1.ab')]);
    expect(brief([ourPage({ 'first-visit': first, 'after-reject': reject, returning })])).toEqual([
      'error storage-before-choice _pk_id.1.ab [first-visit]',
      'error storage-after-reject _ga [after-reject]',
      'error storage-after-reject _pk_ses.1.ab [returning]',
      'warning undeclared-storage _ga [after-reject]',
      'info declared-not-seen session []',
    ]);
  });

  it('warns on an undeclared cookie after Accept all, with a draft entry from the known-cookie list', () => {
    const accept = journey('after-accept', [cookie('_pk_id.1.ab'), cookie('_pk_ses.1.ab'), cookie('session'), cookie('YSC'), cookie('_ga_XYZ123', { expires: '2028-06-01T12:00:00.000Z' })]);
    const findings = compare([ourPage({ 'after-accept': accept })]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: 'undeclared-storage',
      severity: 'warning',
      subject: '_ga_XYZ123',
      journeys: ['after-accept'],
      draft: {
        category: 'analytics',
        service: { name: 'Google Analytics', provider: 'Google', privacyUrl: 'https://policies.google.com/privacy' },
        cookie: { name: '_ga_*', purpose: 'Keeps the state of the visit for one Google Analytics 4 property.', duration: '2 years' },
      },
    });
  });

  it('warns on a third-party request before any choice, and on a new one after Reject all', () => {
    const request = (origin: string) => ({ origin, count: 2, firstUrl: `${origin}/p.gif`, resourceType: 'image' });
    const first = journey('first-visit', [], { thirdPartyRequests: [request('https://stats.example.com')] });
    const reject = journey('after-reject', [], { indexedDB: ['privacy-consent'], beforeChoice: { cookies: [], localStorage: [], sessionStorage: [], indexedDB: [] }, thirdPartyRequests: [request('https://stats.example.com'), request('https://ads.example.net')] });
    const findings = compare([ourPage({ 'first-visit': first, 'after-reject': reject })]);
    expect(findings.map((f) => `${f.rule} ${f.subject}`)).toEqual([
      'third-party-before-choice https://stats.example.com',
      'third-party-after-reject https://ads.example.net',
      'declared-not-seen session',
    ]);
    expect(findings[0]!.evidence).toEqual(['https://stats.example.com/p.gif (image, 2 requests)']);
  });

  it('errs on a gated script that ran before any choice, naming it once for every journey', () => {
    const gated = [{ tag: 'script', consent: 'analytics', src: 'https://www.example.gov.uk/matomo.js', ran: true }];
    const findings = compare([ourPage({ 'first-visit': journey('first-visit', [], { gated }), returning: journey('returning', [], { gated, indexedDB: ['privacy-consent'], consent: { status: 'current', decision: 'reject-all' } }) })]);
    expect(findings[0]).toMatchObject({ rule: 'gated-without-consent', subject: 'https://www.example.gov.uk/matomo.js', journeys: ['first-visit', 'returning'] });
  });

  it('errs when the page has our config but the widget never started', () => {
    const page: PageResult = { ...ourPage(), journeys: [journey('first-visit', [], { consent: null })] };
    expect(brief([page])).toEqual([`error widget-not-running ${URL_} [first-visit]`]);
  });

  it('errs when the next visit does not find the rejection', () => {
    const returning = journey('returning', [], { consent: { status: 'undecided', decision: null } });
    expect(brief([ourPage({ returning })])).toContain('error choice-not-remembered https://www.example.gov.uk/ [returning]');
  });

  it('on a page without our config: errs on known tracking, warns on unknown, ignores known necessary storage', () => {
    const page: PageResult = {
      ...ourPage(),
      consentTool: 'Cookiebot',
      config: null,
      journeys: [journey('first-visit', [cookie('_ga'), cookie('visitor_ref'), cookie('CookieConsent')])],
    };
    expect(brief([page], () => undefined)).toEqual(['error storage-before-choice _ga [first-visit]', 'warning unknown-storage-before-choice visitor_ref [first-visit]']);
  });

  it('reports a config that fails check once, with its first error', () => {
    const broken = resolveConfigText(JSON.stringify({ ...config, version: 5 }), '/broken.json');
    const findings = compare([ourPage(), { ...ourPage(), url: `${URL_}about`, finalUrl: `${URL_}about` }], () => broken);
    const problems = findings.filter((f) => f.rule === 'config-problem');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'error', subject: '/broken.json', evidence: ['first error: $.version: expected text, got a whole number (line 1, column 2)'] });
  });

  it('reports a config whose only check errors are in its notice as a note, not as a config problem', () => {
    // A real imported notice (demo/notices) with the gaps of its source: no ICO complaint route.
    const notice = JSON.parse(readFileSync(new URL('../../demo/notices/nhs-icb-coproduction-team.json', import.meta.url), 'utf8')) as PrivacyConfig;
    const withNotice = resolveConfigText(JSON.stringify({ ...notice, consent: config.consent }), '/notice.json');
    expect(withNotice.noticeErrors).toBeGreaterThan(0);
    const findings = compare([ourPage()], () => withNotice);
    expect(findings.filter((f) => f.rule === 'config-problem')).toEqual([]);
    expect(findings.filter((f) => f.rule === 'notice-problem')).toEqual([
      expect.objectContaining({ severity: 'info', subject: '/notice.json', evidence: [expect.stringMatching(/^first error: \$\.notice/)] }),
    ]);
  });

  it('does not count a gated element as running without consent when it is gated on a required category', () => {
    const gated = [
      { tag: 'iframe', consent: 'necessary/player', src: 'https://www.example.gov.uk/player', ran: true },
      { tag: 'script', consent: 'analytics', src: 'https://www.example.gov.uk/matomo.js', ran: true },
    ];
    expect(brief([ourPage({ 'first-visit': journey('first-visit', [], { gated }) })])).toEqual([
      'error gated-without-consent https://www.example.gov.uk/matomo.js [first-visit]',
      'info declared-not-seen session []',
    ]);
  });

  it('lets a category run under a UK exception store and run before a choice, and not after "Reject all"', () => {
    const stats: PrivacyConfig = {
      ...config,
      exceptions: 'uk-duaa-2025',
      consent: { categories: [config.consent!.categories[0]!, { ...config.consent!.categories[1]!, basis: 'statistics', description: 'Counts visits.', services: [{ id: 'matomo', name: 'Matomo', processor: true, cookies: [{ name: '_pk_id.*' }, { name: '_pk_ses.*' }] }] }, config.consent!.categories[2]!] },
    };
    const withStats = resolveConfigText(JSON.stringify(stats), '/stats.json');
    expect(withStats.summary.check?.errors).toBe(0);
    const gated = [{ tag: 'script', consent: 'analytics/matomo', src: 'https://www.example.gov.uk/matomo.js', ran: true }];
    const first = journey('first-visit', [cookie('_pk_id.1.ab')], { gated });
    const returning = journey('returning', [cookie('_pk_id.1.ab')], { gated, indexedDB: ['privacy-consent'], consent: { status: 'current', decision: 'reject-all' } });
    expect(brief([ourPage({ 'first-visit': first, returning })], () => withStats).filter((line) => !line.includes('declared-not-seen'))).toEqual([
      'error storage-after-reject _pk_id.1.ab [returning]',
      'error gated-without-consent https://www.example.gov.uk/matomo.js [returning]',
    ]);
  });

  it('errs on an unreachable start page and warns on a crawled page that failed', () => {
    const failed = (url: string): PageResult => ({ ...ourPage(), url, finalUrl: url, journeys: [], error: `cannot scan ${url}: HTTP 404 Not Found` });
    expect(brief([failed(URL_)])).toEqual([`error site-unreachable ${URL_} []`]);
    expect(brief([ourPage(), failed(`${URL_}gone`)])).toContain(`warning page-failed ${URL_}gone []`);
  });
});

describe('durationFrom and draftEntry', () => {
  it.each([
    [null, 'When the browser closes'],
    ['2026-06-01T12:30:00Z', '30 minutes'],
    ['2026-06-02T12:00:00Z', '24 hours'],
    ['2026-06-15T12:00:00Z', '14 days'],
    ['2027-07-01T12:00:00Z', '13 months'],
    ['2028-06-01T12:00:00Z', '2 years'],
  ])('expiry %s is "%s" away', (expires, words) => {
    expect(durationFrom(expires, NOW)).toBe(words);
  });

  it('drafts an unknown cookie with the observed duration and says what is missing', () => {
    const draft = draftEntry({ kind: 'cookie', name: 'visitor_ref', cookie: cookie('visitor_ref', { expires: '2026-07-01T12:00:00Z' }) }, undefined, config, NOW);
    expect(draft).toEqual({ cookie: { name: 'visitor_ref', duration: '30 days' }, source: 'not in the known-cookie list: say what it is for; the duration is the expiry the scan saw' });
  });

  it("puts a known strictly necessary cookie in the config's required category, with a third party's domain", () => {
    const known = BUILT_IN_COOKIES.find((c) => c.name === '__cf_bm');
    const draft = draftEntry({ kind: 'cookie', name: '__cf_bm', cookie: cookie('__cf_bm', { domain: '.cdn.example.com', party: 'third' }) }, known, config, NOW);
    expect(draft).toMatchObject({ category: 'necessary', cookie: { name: '__cf_bm', domain: 'cdn.example.com', duration: '30 minutes' } });
  });
});

describe('a scan the time limit ended', () => {
  it('warns once, keeps the journeys of an interrupted page, and reports no failure for it', () => {
    const interrupted: PageResult = { ...ourPage({ 'first-visit': journey('first-visit', [cookie('_ga')]) }), url: `${URL_}news`, finalUrl: `${URL_}news`, error: 'the time limit (60 s) ended the scan of …', interrupted: true };
    interrupted.journeys = interrupted.journeys.slice(0, 1);
    const findings = compareWithConfig([ourPage(), interrupted], { configFor: () => resolved, known: [BUILT_IN_COOKIES], now: NOW, timeLimit: 'stopped at the time limit (60 s) after 1 of 2 pages' });
    expect(findings.map((f) => `${f.severity} ${f.rule} ${f.subject}`)).toEqual([
      'error storage-before-choice _ga',
      'warning undeclared-storage _ga',
      'warning time-limit time limit',
      'info declared-not-seen session',
    ]);
  });
});

describe('docs/scan.md', () => {
  const docs = readFileSync(new URL('../../docs/scan.md', import.meta.url), 'utf8');
  it('lists every rule with its severity, and no rule that does not exist', () => {
    const rows = [...docs.matchAll(/^\| `([a-z-]+)` \| (error|warning|info) \|/gm)].map((m) => [m[1], m[2]]);
    expect(Object.fromEntries(rows)).toEqual(RULES);
  });
});
