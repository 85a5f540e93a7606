import { describe, expect, it } from 'vitest';
import { findBrowser, launchArgs, NO_BROWSER, scannerUserAgent } from '../../src/scan/browser.js';
import { recogniseConsentTool } from '../../src/scan/consent-tools.js';
import { describeHttpStatus, describeLoadError, isChallengePage } from '../../src/scan/load-errors.js';

const URL_ = 'https://www.example.gov.uk/';

describe('why a page could not be scanned, in one line', () => {
  it.each([
    ['page.goto: net::ERR_NAME_NOT_RESOLVED at https://www.example.gov.uk/\nCall log: …', 'unreachable', 'the host name does not resolve'],
    ['page.goto: net::ERR_CONNECTION_REFUSED at …', 'unreachable', 'the connection was refused'],
    ['page.goto: net::ERR_CERT_AUTHORITY_INVALID at …', 'tls', 'TLS (HTTPS) certificate'],
    ['page.goto: net::ERR_SSL_PROTOCOL_ERROR at …', 'tls', 'TLS (HTTPS) certificate'],
    ['page.goto: net::ERR_TOO_MANY_REDIRECTS at …', 'redirect-loop', 'redirects in a loop'],
  ])('%s', (message, kind, words) => {
    const failure = describeLoadError(new Error(message), URL_, 30);
    expect(failure.kind).toBe(kind);
    expect(failure.message).toContain(words);
    expect(failure.message).not.toContain('\n');
    expect(failure.message).not.toContain('Call log');
  });

  it('names the page time limit on a time-out', () => {
    const error = Object.assign(new Error('page.goto: Timeout 30000ms exceeded.'), { name: 'TimeoutError' });
    expect(describeLoadError(error, URL_, 30)).toEqual({ kind: 'timeout', message: `cannot load ${URL_}: no page within 30 s (raise --page-timeout for a slow site)` });
  });

  it('explains refusals and passwords, and keeps other statuses plain', () => {
    expect(describeHttpStatus(403, 'Forbidden', URL_).message).toMatch(/refused the scanner \(HTTP 403 Forbidden\); it may block automated browsers/);
    expect(describeHttpStatus(401, '', URL_).message).toContain('asks for a password');
    expect(describeHttpStatus(404, 'Not Found', URL_)).toEqual({ kind: 'http', message: `cannot scan ${URL_}: HTTP 404 Not Found` });
  });

  it('recognises bot-check pages by their titles', () => {
    expect(isChallengePage('Just a moment...')).toBe(true);
    expect(isChallengePage('Attention Required! | Cloudflare')).toBe(true);
    expect(isChallengePage('Just a moment with the mayor')).toBe(true);
    expect(isChallengePage('Council tax')).toBe(false);
  });
});

describe('the browser', () => {
  it('uses CHROMIUM_PATH when set, else the first installed candidate, else says how to install one', () => {
    expect(findBrowser({ CHROMIUM_PATH: '/opt/chrome' }, (p) => p === '/opt/chrome')).toBe('/opt/chrome');
    expect(findBrowser({ CHROMIUM_PATH: '/missing' }, () => false)).toBeUndefined();
    expect(findBrowser({}, (p) => p === '/usr/bin/google-chrome')).toBe('/usr/bin/google-chrome');
    expect(findBrowser({}, () => false)).toBeUndefined();
    expect(NO_BROWSER).toContain('apt-get install chromium');
  });

  it('adds --no-sandbox only as root, and names the tool in the user agent', () => {
    expect(launchArgs(true)).toContain('--no-sandbox');
    expect(launchArgs(false)).not.toContain('--no-sandbox');
    expect(scannerUserAgent('Mozilla/5.0 Chrome/150', '1.2.3')).toBe('Mozilla/5.0 Chrome/150 privacy-consent-scan/1.2.3');
  });
});

describe('other consent tools', () => {
  it('recognises a tool by its global, its element or its script host', () => {
    expect(recogniseConsentTool({ globals: ['Cookiebot', 'CookieConsent'], selectors: [] }, [])).toBe('Cookiebot');
    expect(recogniseConsentTool({ globals: ['CookieConsent'], selectors: [] }, [])).toBe('CookieConsent (orestbida)');
    expect(recogniseConsentTool({ globals: [], selectors: ['#ccc'] }, [])).toBe('Civic Cookie Control');
    expect(recogniseConsentTool({ globals: [], selectors: [] }, ['geolocation.onetrust.com', 'cdn.cookielaw.org'])).toBe('OneTrust');
    expect(recogniseConsentTool({ globals: [], selectors: [] }, ['www.example.gov.uk'])).toBeNull();
  });
});
