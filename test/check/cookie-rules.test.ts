import { describe, expect, it } from 'vitest';
import { namesOverlap, trackingTool } from '../../src/check/cookie-rules.js';
import { compliantConfig, findingsOf } from './compliant-config.js';

describe('duplicate-cookie (one cookie, one category)', () => {
  it('errs on a cookie listed in two categories', () => {
    const config = compliantConfig();
    config.consent!.categories[1]!.cookies = [{ name: 'privacy-consent' }];
    const findings = findingsOf(config, 'duplicate-cookie');
    expect(findings).toMatchObject([{ path: '$.consent.categories[1].cookies[0].name', severity: 'error' }]);
    expect(findings[0]!.message).toContain('"necessary"');
  });
  it('errs when a wildcard in one category matches a cookie in another', () => {
    const config = compliantConfig();
    config.consent!.categories[0]!.cookies!.push({ name: '_pk_id.abc123' });
    expect(findingsOf(config, 'duplicate-cookie')).toHaveLength(1);
  });
  it('passes when each cookie is in one category', () => {
    expect(findingsOf(compliantConfig(), 'duplicate-cookie')).toEqual([]);
  });
  it('tells overlapping names from distinct ones', () => {
    expect(namesOverlap('_ga*', '_ga_XYZ')).toBe(true);
    expect(namesOverlap('_pk_*', '_pk_id.*')).toBe(true);
    expect(namesOverlap('_pk_id.*', '_pk_ses.*')).toBe(false);
    expect(namesOverlap('session', 'sessions')).toBe(false);
  });
});

describe('required-tracking-cookie (PECR Sch A1 para 4)', () => {
  it.each(['_ga', '_ga_ABC123', '_gid', '_pk_id.*', '_fbp', '_gcl_au', '_hjSessionUser_1'])('warns on %s in a required category', (name) => {
    const config = compliantConfig();
    config.consent!.categories[0]!.services = [{ id: 'tracker', name: 'Tracker', cookies: [{ name }] }];
    config.consent!.categories[1]!.services = [];
    const findings = findingsOf(config, 'required-tracking-cookie');
    expect(findings).toMatchObject([{ path: '$.consent.categories[0].services[0].cookies[0].name', severity: 'warning' }]);
  });
  it('does not warn on the same cookies in an optional category', () => {
    const config = compliantConfig();
    config.consent!.categories[1]!.cookies = [{ name: '_ga' }, { name: '_fbp' }];
    expect(findingsOf(config, 'required-tracking-cookie')).toEqual([]);
  });
  it('does not mistake ordinary names for trackers', () => {
    expect(trackingTool('session_id')).toBeUndefined();
    expect(trackingTool('gateway')).toBeUndefined();
    expect(trackingTool('_game')).toBeUndefined();
  });
});
