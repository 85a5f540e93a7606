import { describe, expect, it } from 'vitest';
import { guardConfig } from '../../src/config/guard.js';
import { parseJson } from '../../src/config/findings.js';
import { parseConfig } from '../../src/config/parse-config.js';
import { clone, makeConfig } from '../consent/fixtures.js';

type Mutable = Record<string, any>;

/** Broken configs a site could write, with the path each must be reported at. */
const BROKEN: [string, (c: Mutable) => void, string][] = [
  ['missing categories', (c) => delete c.consent.categories, '$.consent.categories'],
  ['categories not a list', (c) => (c.consent.categories = { analytics: {} }), '$.consent.categories'],
  ['no categories at all', (c) => (c.consent.categories = []), '$.consent.categories'],
  ['a category without id', (c) => delete c.consent.categories[1].id, '$.consent.categories[1].id'],
  ['a category id of the wrong type', (c) => (c.consent.categories[1].id = 7), '$.consent.categories[1].id'],
  ['a category id with spaces', (c) => (c.consent.categories[1].id = 'web analytics'), '$.consent.categories[1].id'],
  ['required as a string', (c) => (c.consent.categories[1].required = 'yes'), '$.consent.categories[1].required'],
  ['a service without name', (c) => delete c.consent.categories[1].services[0].name, '$.consent.categories[1].services[0].name'],
  ['a cookie without name', (c) => (c.consent.categories[1].services[0].cookies[0] = { duration: '1 day' }), '$.consent.categories[1].services[0].cookies[0].name'],
  ['a missing version', (c) => delete c.version, '$.version'],
  ['an empty version', (c) => (c.version = ''), '$.version'],
  ['a missing organisation name', (c) => delete c.organisation.name, '$.organisation.name'],
  ['expiry of zero days', (c) => (c.consent.expiryDays = 0), '$.consent.expiryDays'],
  ['expiry as text', (c) => (c.consent.expiryDays = '182'), '$.consent.expiryDays'],
];

describe('the entry guard and the full schema check', () => {
  it('accept a valid config', () => {
    expect(guardConfig(makeConfig())).toEqual([]);
    expect(parseConfig(makeConfig()).findings).toEqual([]);
    expect(parseConfig(makeConfig()).config).toBeDefined();
  });

  it.each(BROKEN)('both report %s at the same path', (_name, breakIt, path) => {
    const config = clone(makeConfig()) as Mutable;
    breakIt(config);
    const guard = guardConfig(config);
    const full = parseConfig(config);
    expect(guard).toContain(path);
    expect(full.findings.filter((f) => f.severity === 'error').map((f) => f.path)).toContain(path);
    expect(full.config).toBeUndefined();
  });

  it('says what was expected (the full check explains what the guard refuses)', () => {
    const config = clone(makeConfig()) as Mutable;
    config.consent.categories[1].required = 'yes';
    expect(parseConfig(config).findings.find((f) => f.path === '$.consent.categories[1].required')?.message).toBe('expected true or false, got text');
  });

  it('reports a duplicate id with both places, across categories and services', () => {
    const config = clone(makeConfig()) as Mutable;
    config.consent.categories[2].services[0].id = 'matomo';
    expect(guardConfig(config)).toEqual(['$.consent.categories[2].services[0].id']);
    const duplicate = parseConfig(config).findings.find((f) => f.path === '$.consent.categories[2].services[0].id');
    expect(duplicate?.message).toContain('duplicate id "matomo"');
    expect(duplicate?.message).toContain('$.consent.categories[1].services[0].id');
  });

  it('reads only own properties: a polluted prototype cannot complete a config', () => {
    const config = clone(makeConfig()) as Mutable;
    delete config.version;
    const proto = Object.prototype as Record<string, unknown>;
    proto.version = '1';
    try {
      expect(guardConfig(config)).toEqual(['$.version']);
    } finally {
      delete proto.version;
    }
  });

  it('warns about an unknown key with the nearest known key, and still accepts the config', () => {
    const config = clone(makeConfig()) as Mutable;
    config.consent.expiryDay = 30;
    config.consent.categories[1].descripton = 'typo';
    const { config: parsed, findings } = parseConfig(config);
    expect(parsed).toBeDefined();
    expect(findings).toHaveLength(2);
    expect(findings).toContainEqual({ path: '$.consent.expiryDay', severity: 'warning', message: 'unknown key "expiryDay"; did you mean "expiryDays"?' });
    expect(findings).toContainEqual({
      path: '$.consent.categories[1].descripton',
      severity: 'warning',
      message: 'unknown key "descripton"; did you mean "description"?',
    });
    expect(guardConfig(config)).toEqual([]);
  });

  it('rejects a link with a scheme other than https, http, mailto or tel', () => {
    const config = clone(makeConfig()) as Mutable;
    config.consent.noticeUrl = 'javascript:alert(1)';
    expect(parseConfig(config).findings.map((f) => f.path)).toEqual(['$.consent.noticeUrl']);
    config.consent.noticeUrl = '/privacy';
    expect(parseConfig(config).findings).toEqual([]);
  });

  it('rejects a config that is not an object', () => {
    expect(guardConfig([])).toEqual(['$']);
    expect(parseConfig('config').config).toBeUndefined();
  });
});

describe('parseJson', () => {
  it('names the line and column of a syntax error', () => {
    const { findings } = parseJson('{\n  "version": "1",\n  "consent": {,}\n}', '/privacy.json');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toMatch(/^\/privacy\.json is not valid JSON at line 3, column 15/);
  });
  it('parses valid JSON', () => {
    expect(parseJson('{"a":1}', 'x')).toEqual({ value: { a: 1 }, findings: [] });
  });
});
