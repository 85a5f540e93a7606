import { describe, expect, it } from 'vitest';
import { normalisePageUrl, pageLinks } from '../../src/scan/crawl.js';
import { isFirstPartyDomain, isThirdPartyUrl, siteOf } from '../../src/scan/same-site.js';

describe('first and third party (Public Suffix List)', () => {
  it.each([
    ['www.riverside.nhs.uk', 'riverside.nhs.uk'],
    ['digital.example.gov.uk', 'example.gov.uk'],
    ['region1.google-analytics.com', 'google-analytics.com'],
    ['a.github.io', 'a.github.io'],
    ['127.0.0.1', '127.0.0.1'],
    ['localhost', 'localhost'],
    ['[::1]', '::1'],
    ['.Example.Org.UK', 'example.org.uk'],
  ])('%s belongs to the site %s', (host, site) => {
    expect(siteOf(host)).toBe(site);
  });

  it('tells a subdomain (first party) from another site, another IP or another github.io site', () => {
    const site = siteOf('www.example.gov.uk');
    expect(isThirdPartyUrl('https://maps.example.gov.uk/tiles.png', site)).toBe(false);
    expect(isThirdPartyUrl('https://www.google-analytics.com/g/collect', site)).toBe(true);
    expect(isThirdPartyUrl('http://127.0.0.2:8080/pixel.gif', siteOf('127.0.0.1'))).toBe(true);
    expect(isThirdPartyUrl('http://127.0.0.1:9999/other-port', siteOf('127.0.0.1'))).toBe(false);
    expect(isThirdPartyUrl('https://b.github.io/x.js', siteOf('a.github.io'))).toBe(true);
  });

  it('does not count data:, blob: or about: as requests to anyone', () => {
    expect(isThirdPartyUrl('data:image/png;base64,AAAA', 'example.gov.uk')).toBe(false);
    expect(isThirdPartyUrl('blob:https://other.example/1', 'example.gov.uk')).toBe(false);
  });

  it('places a cookie domain', () => {
    expect(isFirstPartyDomain('.example.gov.uk', 'example.gov.uk')).toBe(true);
    expect(isFirstPartyDomain('.youtube.com', 'example.gov.uk')).toBe(false);
  });
});

describe('which links are crawled', () => {
  it('keeps same-origin web pages once, without fragments, in page order', () => {
    const origin = 'https://www.example.gov.uk';
    expect(
      pageLinks(
        [
          '/bins#when',
          'https://www.example.gov.uk/bins',
          '/council-tax?year=2026',
          'https://maps.example.gov.uk/',
          'http://www.example.gov.uk/insecure',
          '/minutes.PDF',
          '/logo.svg',
          'mailto:info@example.gov.uk',
          'javascript:void(0)',
          '/contact',
        ],
        origin,
      ),
    ).toEqual(['https://www.example.gov.uk/bins', 'https://www.example.gov.uk/council-tax?year=2026', 'https://www.example.gov.uk/contact']);
  });

  it('normalises a page URL, and refuses what is not http(s)', () => {
    expect(normalisePageUrl('about#team', 'https://a.example/x/')).toBe('https://a.example/x/about');
    expect(normalisePageUrl('ftp://a.example/')).toBeUndefined();
    expect(normalisePageUrl('not a url')).toBeUndefined();
  });
});
