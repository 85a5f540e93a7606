import { describe, expect, it } from 'vitest';
import { BUILT_IN_COOKIES, findKnownCookie, OPEN_COOKIE_DATABASE, parseKnownCookies, SHIPPED_LISTS } from '../../src/scan/known-cookies.js';

describe('the known-cookie list', () => {
  it.each([
    ['_ga', 'Google Analytics', 'analytics', false],
    ['_ga_ABC123XYZ', 'Google Analytics', 'analytics', true],
    ['_pk_id.1.a1b2', 'Matomo', 'analytics', true],
    ['_hjSessionUser_3456', 'Hotjar', 'analytics', true],
    ['__cf_bm', 'Cloudflare', 'necessary', false],
    ['CookieControl', 'Civic Cookie Control', 'necessary', false],
    ['_fbp', 'Meta Pixel', 'marketing', false],
  ])('knows %s (%s, %s)', (name, service, category, prefix) => {
    expect(findKnownCookie(name, [BUILT_IN_COOKIES])).toMatchObject({ service: { name: service }, category, prefix });
  });

  it('prefers an exact name to a prefix, and the longest prefix to a shorter one', () => {
    const list = parseKnownCookies(
      {
        services: { a: { name: 'A' }, b: { name: 'B' }, c: { name: 'C' } },
        cookies: [
          { name: '_x', prefix: true, service: 'a', category: 'analytics' },
          { name: '_x_long', prefix: true, service: 'b', category: 'marketing' },
          { name: '_x_long_exact', service: 'c', category: 'necessary' },
        ],
      },
      'test list',
    );
    expect(findKnownCookie('_x_long_exact', [list])?.service?.name).toBe('C');
    expect(findKnownCookie('_x_long_other', [list])?.service?.name).toBe('B');
    expect(findKnownCookie('_x1', [list])?.service?.name).toBe('A');
    expect(findKnownCookie('other', [list])).toBeUndefined();
  });

  it('searches a list given with --known-cookies before the built-in one', () => {
    const mine = parseKnownCookies({ services: { mine: { name: 'Our own analytics' } }, cookies: [{ name: '_ga', service: 'mine', category: 'analytics' }] }, 'mine.json');
    expect(findKnownCookie('_ga', [mine, BUILT_IN_COOKIES])?.service?.name).toBe('Our own analytics');
  });

  it("reads the Open Cookie Database's JSON shape, mapping its categories to PECR's", () => {
    // Invented entries in the shape of open-cookie-database.json (platform -> entries).
    const list = parseKnownCookies(
      {
        'Example Analytics': [
          { id: '1', category: 'Analytics', cookie: 'exa_id', domain: '', description: 'Tells visitors apart.', retentionPeriod: '1 year', dataController: 'Example Ltd', privacyLink: 'https://example.com/privacy', wildcardMatch: '0' },
          { id: '2', category: 'Functional', cookie: 'exa_lb_', domain: 'example.com (3rd party)', description: 'Load balancing.', retentionPeriod: 'session', dataController: 'Example Ltd', privacyLink: '', wildcardMatch: '1' },
          { id: '3', category: 'Personalization', cookie: 'exa_lang', wildcardMatch: '0' },
          { id: '4', category: 'Something else', cookie: 'ignored', wildcardMatch: '0' },
        ],
      },
      'open-cookie-database.json',
    );
    expect(list).toEqual([
      { name: 'exa_id', prefix: false, category: 'analytics', purpose: 'Tells visitors apart.', duration: '1 year', service: { name: 'Example Analytics', provider: 'Example Ltd', privacyUrl: 'https://example.com/privacy' }, source: 'open-cookie-database.json' },
      { name: 'exa_lb_', prefix: true, category: 'necessary', purpose: 'Load balancing.', duration: 'session', domain: 'example.com', sites: ['example.com'], service: { name: 'Example Analytics', provider: 'Example Ltd' }, source: 'open-cookie-database.json' },
      { name: 'exa_lang', prefix: false, category: 'preferences', service: { name: 'Example Analytics' }, source: 'open-cookie-database.json' },
    ]);
  });

  it('ships the Open Cookie Database, searched after our own list', () => {
    expect(OPEN_COOKIE_DATABASE.length).toBeGreaterThan(2000);
    expect(SHIPPED_LISTS).toEqual([BUILT_IN_COOKIES, OPEN_COOKIE_DATABASE]);
    // Our own wording first where both know a name.
    expect(findKnownCookie('_ga', SHIPPED_LISTS)?.source).toMatch(/^privacy-consent built-in list/);
    // Names only the database knows get a provider, a purpose and a duration.
    for (const name of ['mp_0123abcd_mixpanel', 'ai_session', 'wp-wpml_current_language', 'has_js']) {
      const entry = findKnownCookie(name, SHIPPED_LISTS, 'www.example.gov.uk');
      expect(entry, name).toMatchObject({ source: 'Open Cookie Database (Apache-2.0)', service: { name: expect.any(String) } });
      expect(entry!.purpose, name).toBeTruthy();
    }
  });

  it("does not give a site's own cookie an entry the database binds to another site, nor stretch a short prefix", () => {
    // Adform's "uid" lives on adform.net: a council's own "uid" is not Adform's, nor a Django
    // site's "sessionid" Instagram's.
    expect(findKnownCookie('sessionid', [OPEN_COOKIE_DATABASE], 'www.example.gov.uk')).toBeUndefined();
    expect(findKnownCookie('uid', [OPEN_COOKIE_DATABASE], 'www.example.gov.uk')).toBeUndefined();
    expect(findKnownCookie('uid', [OPEN_COOKIE_DATABASE], '.adform.net')?.service?.name).toBe('Adform');
    // A storage key has no domain: only entries that name none can match it.
    expect(findKnownCookie('uid', [OPEN_COOKIE_DATABASE])).toBeUndefined();
    // Marfeel's "_s" prefix and Adhese's "cap" would claim "_session" and "captcha_token".
    expect(findKnownCookie('_session', [OPEN_COOKIE_DATABASE], 'www.example.gov.uk')?.service?.name).not.toBe('Marfeel');
    expect(findKnownCookie('captcha_token', [OPEN_COOKIE_DATABASE], 'www.example.gov.uk')?.service?.name).not.toBe('Adhese');
    const list = parseKnownCookies({ P: [{ cookie: 'abc', category: 'Marketing', wildcardMatch: '1' }, { cookie: 'SCM*', category: 'Marketing', wildcardMatch: '0' }] }, 'ocd.json');
    expect(findKnownCookie('abc123', [list])?.name).toBe('abc');
    expect(findKnownCookie('abcdef', [list])).toBeUndefined();
    expect(findKnownCookie('SCM_1', [list])?.name).toBe('SCM');
  });

  it('refuses a file that is neither shape, saying what it expected', () => {
    expect(() => parseKnownCookies({ cookies: 'no' }, 'x.json')).toThrow(/x\.json is not a known-cookie list \(expected \{ "services", "cookies" \}/);
  });

  it('every built-in entry names a service, a purpose and a duration', () => {
    expect(BUILT_IN_COOKIES.length).toBeGreaterThan(100);
    for (const entry of BUILT_IN_COOKIES) {
      expect(entry.service?.name, entry.name).toBeTruthy();
      expect(entry.purpose, entry.name).toBeTruthy();
      expect(entry.duration, entry.name).toBeTruthy();
    }
  });
});
