import { describe, expect, it } from 'vitest';
import { linkProblem, mailtoHref, safeHref, telHref } from '../../src/config/links.js';
import { fillText, firstSentence, plainText } from '../../src/config/rich-text.js';

describe('safeHref', () => {
  it.each([
    ['https://ico.org.uk/make-a-complaint/', 'https://ico.org.uk/make-a-complaint/'],
    ['HTTP://example.org', 'HTTP://example.org'],
    ['mailto:dpo@example.org', 'mailto:dpo@example.org'],
    ['tel:03031231113', 'tel:03031231113'],
    ['/privacy#rights', '/privacy#rights'],
    ['privacy.html', 'privacy.html'],
    ['#sharing', '#sharing'],
  ])('keeps %s', (url, expected) => expect(safeHref(url)).toBe(expected));

  it.each(['javascript:alert(1)', ' JavaScript:alert(1)', 'java\nscript:alert(1)', 'java\tscript:alert(1)', '\u0001javascript:x', 'data:text/html,<b>x</b>', 'vbscript:x', 'file:///etc/passwd', '', 42])(
    'refuses %j',
    (url) => expect(safeHref(url)).toBeUndefined(),
  );

  // The class, not the example: every form a browser would still follow as a script link.
  const SCRIPT_LINKS = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'JAVASCRIPT:alert(1)',
    'java\tscript:alert(1)',
    'java\rscript:alert(1)',
    'ja\nva\tscr\nipt:alert(1)',
    'java\u0001script:alert(1)',
    '\u0000javascript:alert(1)',
    '\u0000\u0000 javascript:alert(1)',
    '\u001f\u0020javascript:alert(1)',
    'javascript:alert(1)\u0000',
    'javascript\u003aalert(1)', // an escaped colon in the JSON text
    'vbscript:msgbox(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'blob:https://example.org/1234',
    'file:///etc/passwd',
    'about:blank',
    'http://[not a host',
  ];
  it.each(SCRIPT_LINKS)('refuses %j with a reason', (url) => {
    expect(safeHref(url)).toBeUndefined();
    expect(linkProblem(url)).toEqual(expect.any(String));
  });
  it.each(['javascript&colon;alert(1)', '%6Aavascript:alert(1)', '&#106;avascript:alert(1)'])('keeps %j: the browser reads it as a relative path, which runs nothing', (url) => {
    expect(safeHref(url)).toBe(url);
    expect(new URL(url, 'https://example.org/').protocol).toBe('https:');
  });
  it('names the scheme it refused', () => {
    expect(linkProblem('JavaScript:alert(1)')).toMatch(/"javascript:" links are not allowed/);
    expect(linkProblem('https://example.org')).toBeUndefined();
  });
});

describe('telHref and mailtoHref', () => {
  it('dials digits only, keeping a leading +', () => {
    expect(telHref('0303 123 1113')).toBe('tel:03031231113');
    expect(telHref('+44 (0)1206 833000')).toBe('tel:+4401206833000');
  });
  it('links only what looks like an email address', () => {
    expect(mailtoHref(' dpo@example.nhs.uk ')).toBe('mailto:dpo@example.nhs.uk');
    expect(mailtoHref('not an address')).toBeUndefined();
  });
});
