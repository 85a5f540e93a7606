import { describe, expect, it } from 'vitest';
import { isAllowedLink } from '../../src/check/link-rules.js';
import { compliantConfig, findingsOf } from './compliant-config.js';

describe('link-scheme (links only https, http, mailto, tel or relative)', () => {
  it.each(['https://example.nhs.uk', 'http://example.org', 'mailto:dpo@example.nhs.uk', 'tel:03001234567', '/privacy', '#contact', 'privacy.html'])('allows %s', (href) => {
    expect(isAllowedLink(href)).toBe(true);
  });
  it.each(['javascript:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'JAVASCRIPT:x', 'data:text/html,x', '\u0001vbscript:x', 'file:///etc/passwd'])('refuses %j', (href) => {
    expect(isAllowedLink(href)).toBe(false);
  });
  it('errs on a disguised script link that slips past the schema pattern', () => {
    const config = compliantConfig();
    config.notice.sections[0]!.blocks = [{ p: [{ link: ['Click'], href: ' javascript:alert(1)' }] }];
    expect(findingsOf(config, 'link-scheme')).toMatchObject([{ path: '$.notice.sections[0].blocks[0].p[0].href', severity: 'error' }]);
  });
  it('checks every kind of link key', () => {
    const config = compliantConfig();
    config.consent!.noticeUrl = 'java\nscript:alert(1)';
    config.consent!.categories[1]!.services![0]!.privacyUrl = 'data:text/html,hi';
    expect(findingsOf(config, 'link-scheme').map((f) => f.path).sort()).toEqual(['$.consent.categories[1].services[0].privacyUrl', '$.consent.noticeUrl']);
  });
  it('passes a config whose links are all allowed', () => {
    const config = compliantConfig();
    config.consent!.noticeUrl = 'https://example.nhs.uk/privacy';
    expect(findingsOf(config, 'link-scheme')).toEqual([]);
  });
});
