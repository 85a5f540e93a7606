import { describe, expect, it } from 'vitest';
import { mailtoHref, safeHref, telHref } from '../../src/config/links.js';

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
