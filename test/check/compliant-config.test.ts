import { describe, expect, it } from 'vitest';
import { checkConfigValue } from '../../src/check/check.js';
import { compliantConfig } from './compliant-config.js';

describe('the compliant config every rule test starts from', () => {
  it('passes the schema and every compliance rule', () => {
    expect(checkConfigValue(compliantConfig())).toEqual([]);
  });
});

describe('lintConfig', () => {
  it('turns a rule that throws into a warning and still runs the others', async () => {
    const { lintConfig, RULES } = await import('../../src/check/rules.js');
    const broken = { id: 'broken-rule', severity: 'error' as const, cites: 'test', title: 'throws', check: () => { throw new Error('boom'); } };
    const config = compliantConfig();
    delete config.notice.complaints;
    const findings = lintConfig(config, [broken, ...RULES]);
    expect(findings).toEqual(expect.arrayContaining([expect.objectContaining({ rule: 'broken-rule', severity: 'warning', message: expect.stringContaining('boom') })]));
    expect(findings.some((f) => f.rule === 'regulator')).toBe(true);
  });
});
