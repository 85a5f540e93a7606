import { describe, expect, it } from 'vitest';
import { ALLOW_ALL, DISALLOW_ALL, isAllowedByRobots, parseRobots } from '../../src/scan/robots.js';

const allowed = (robots: string, path: string, token = 'privacy-consent-scan') => isAllowedByRobots(new URL(path, 'https://www.example.gov.uk'), parseRobots(robots, token));

describe('robots.txt (RFC 9309)', () => {
  it('applies the * group when no group names the scanner', () => {
    const robots = 'User-agent: *\nDisallow: /private/\n';
    expect(allowed(robots, '/private/staff.html')).toBe(false);
    expect(allowed(robots, '/privacy.html')).toBe(true);
  });

  it('prefers the group naming the scanner, case-insensitively, over *', () => {
    const robots = 'User-agent: *\nDisallow: /\n\nUser-agent: Privacy-Consent-Scan\nDisallow: /search\n';
    expect(allowed(robots, '/about')).toBe(true);
    expect(allowed(robots, '/search?q=bins')).toBe(false);
  });

  it('shares one group between consecutive user-agent lines', () => {
    const robots = 'User-agent: googlebot\nUser-agent: privacy-consent-scan\nDisallow: /a\n';
    expect(allowed(robots, '/a/b')).toBe(false);
    expect(allowed(robots, '/a/b', 'otherbot')).toBe(true);
  });

  it('lets the longest match win, and Allow win a tie', () => {
    const robots = 'User-agent: *\nDisallow: /services/\nAllow: /services/bins\nDisallow: /x\nAllow: /x\n';
    expect(allowed(robots, '/services/bins/collection-days')).toBe(true);
    expect(allowed(robots, '/services/parking')).toBe(false);
    expect(allowed(robots, '/x')).toBe(true);
  });

  it('reads * as any run of characters and a final $ as the end', () => {
    const robots = 'User-agent: *\nDisallow: /*.pdf$\nDisallow: /*?print=\n';
    expect(allowed(robots, '/docs/minutes.pdf')).toBe(false);
    expect(allowed(robots, '/docs/minutes.pdf.html')).toBe(true);
    expect(allowed(robots, '/news?print=1')).toBe(false);
  });

  it('ignores comments, an empty Disallow and unknown fields, and keeps Crawl-delay', () => {
    const rules = parseRobots('# hello\nUser-agent: * # all\nDisallow:\nSitemap: /sitemap.xml\nCrawl-delay: 4\n', 'privacy-consent-scan');
    expect(rules).toEqual({ rules: [], crawlDelay: 4 });
  });

  it('allows everything without rules, and nothing when robots.txt was unreachable', () => {
    expect(isAllowedByRobots(new URL('https://a.example/x'), ALLOW_ALL)).toBe(true);
    expect(isAllowedByRobots(new URL('https://a.example/x'), DISALLOW_ALL)).toBe(false);
  });
});
