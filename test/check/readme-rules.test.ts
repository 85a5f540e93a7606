import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/check/rules.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const section = readme.slice(readme.indexOf('<!-- section:check -->'), readme.indexOf('<!-- /section:check -->'));

describe('the README’s rules table', () => {
  it.each(RULES.map((rule) => [rule.id, rule]))('lists %s with its severity and citation', (id, rule) => {
    const row = section.split('\n').find((line) => line.startsWith(`| \`${id}\` |`));
    expect(row).toBeDefined();
    expect(row).toContain(`| ${rule.severity} |`);
    expect(row).toContain(rule.cites);
  });
  it('lists no rule that does not exist', () => {
    const listed = [...section.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]);
    expect(listed.sort()).toEqual(RULES.map((r) => r.id).sort());
  });
});
