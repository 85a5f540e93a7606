import { describe, expect, it } from 'vitest';
import { candidateDomains, cookiePattern, declaredCookies, mirrorValue } from '../../src/consent/cookies.js';
import { isAllowed, isWebUrl } from '../../src/consent/gating.js';
import type { ConsentState } from '../../src/consent/events.js';
import { makeConfig } from './fixtures.js';

describe('cookiePattern', () => {
  it('matches * as any run of characters and nothing else specially', () => {
    const pattern = cookiePattern('_pk_id.*');
    expect(pattern.test('_pk_id.1.abcd')).toBe(true);
    expect(pattern.test('_pk_idX1')).toBe(false);
    expect(pattern.test('x_pk_id.1')).toBe(false);
    expect(cookiePattern('_ga').test('_gat')).toBe(false);
    expect(cookiePattern('_ga*').test('_ga_ABC123')).toBe(true);
  });
});

describe('declaredCookies', () => {
  const { consent } = makeConfig();
  it('lists the cookies of withdrawn categories and their services', () => {
    expect(declaredCookies(consent, ['analytics'], [])).toEqual(['_pk_id.*', '_pk_ses.*']);
  });
  it('lists the cookies of a withdrawn service alone', () => {
    expect(declaredCookies(consent, [], ['youtube'])).toEqual(['YSC']);
  });
  it("never lists a required category's cookies", () => {
    expect(declaredCookies(consent, ['necessary'], [])).toEqual([]);
  });
});

describe('candidateDomains', () => {
  it('covers the host and each parent domain', () => {
    expect(candidateDomains('www.trust.nhs.uk')).toEqual(['', '.www.trust.nhs.uk', '.trust.nhs.uk', '.nhs.uk']);
  });
  it('has no parent for localhost or an IP address', () => {
    expect(candidateDomains('localhost')).toEqual(['']);
    expect(candidateDomains('127.0.0.1')).toEqual(['']);
  });
});

describe('mirrorValue', () => {
  it('carries the version, the consent id and each category as 1 or 0', () => {
    const state = { version: '2026-11-01', consentId: 'abc', categories: { necessary: true, analytics: false } } as unknown as ConsentState;
    expect(mirrorValue(state)).toBe('v=2026-11-01&id=abc&necessary=1&analytics=0');
  });
});

describe('isAllowed', () => {
  const granted = (id: string) => ['analytics', 'analytics/matomo'].includes(id);
  it('allows a granted category or category/service', () => {
    expect(isAllowed('analytics', granted)).toBe(true);
    expect(isAllowed(' analytics/matomo ', granted)).toBe(true);
  });
  it('needs every listed id', () => {
    expect(isAllowed('analytics marketing', granted)).toBe(false);
  });
  it('never allows an empty value', () => {
    expect(isAllowed('  ', granted)).toBe(false);
  });
});

describe('isWebUrl', () => {
  const base = 'https://www.example.nhs.uk/videos/';
  it.each([
    ['https://www.youtube-nocookie.com/embed/abc'],
    ['http://localhost:8080/embed'],
    ['/embed/video.html'],
    ['embed/video.html'],
    ['//player.vimeo.com/video/1'],
  ])('loads %s', (url) => {
    expect(isWebUrl(url, base)).toBe(true);
  });
  it.each([
    ['javascript:alert(1)'],
    ['  JavaScript:alert(1)'],
    ['java\nscript:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['vbscript:msgbox(1)'],
    ['about:blank'],
    ['blob:https://www.example.nhs.uk/uuid'],
    ['http://exa mple.com/'],
  ])('never loads %j', (url) => {
    expect(isWebUrl(url, base)).toBe(false);
  });
});
