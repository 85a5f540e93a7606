import { describe, expect, it } from 'vitest';
import { checkConfigValue } from '../../../src/core/lint/check.js';
import { compliantConfig } from './compliant-config.js';

describe('the compliant config every rule test starts from', () => {
  it('passes the schema and every compliance rule', () => {
    expect(checkConfigValue(compliantConfig())).toEqual([]);
  });
});
