/**
 * The schema interpreter's messages are read by privacy officers as well as developers: what is
 * missing, where, what it is for, and what to add. And no config, however deeply nested, can
 * make the checks (or the notice) run out of stack.
 */
import { describe, expect, it } from 'vitest';
import runtimeSchema from '../../src/config/schema/config-runtime.json';
import fullSchema from '../../src/config/schema/privacy-config.schema.json';
import { capDepth, MAX_NESTING, validateSchema, type SchemaNode } from '../../src/config/validate.js';
import { parseConfig } from '../../src/config/parse-config.js';
import { checkNotice } from '../../src/notice/check-notice.js';
import { makeConfig } from '../consent/fixtures.js';

const full = fullSchema as SchemaNode;

describe('messages in plain words', () => {
  it('says what is missing, where, what it is for and what to add', () => {
    const findings = validateSchema(full, { version: '1', notice: { id: 'n', title: 'T', version: '1' } });
    expect(findings.find((f) => f.path === '$.organisation')?.message).toBe(
      '"organisation" is missing from the config — the organisation responsible for the website (the data controller). Add it as an object with "name".',
    );
    expect(findings.find((f) => f.path === '$.notice.controllers')?.message).toBe(
      '"controllers" is missing from "notice" — the data controllers: who decides why and how the data is used. Add it as a list.',
    );
    // Never the old developer phrasing.
    expect(findings.map((f) => f.message).join('\n')).not.toMatch(/is required: expected/);
  });

  it('names a list item by its position, counting from 1', () => {
    const config = makeConfig() as Record<string, any>;
    delete config.consent.categories[1].id;
    expect(parseConfig(config).findings.find((f) => f.path === '$.consent.categories[1].id')?.message).toBe(
      '"id" is missing from item 2 of "categories". Add it as text.',
    );
  });

  it('keeps the JSON path exact', () => {
    const findings = validateSchema(runtimeSchema as SchemaNode, { version: '1', organisation: {}, consent: { categories: [{ id: 'a', title: 'A' }], expiryDays: 'ten' } });
    expect(findings.map((f) => f.path).sort()).toEqual(['$.consent.expiryDays', '$.organisation.name']);
  });

  it.each([
    [{ required: 'yes' }, '$.consent.categories[0].required', 'expected true or false, got text'],
    [{ title: 5 }, '$.consent.categories[0].title', 'expected text, got a whole number'],
    [{ services: {} }, '$.consent.categories[0].services', 'expected a list, got an object'],
  ])('names types in words: %j', (change, path, message) => {
    const config = { version: '1', organisation: { name: 'O' }, consent: { categories: [{ id: 'a', title: 'A', ...change }] } };
    expect(validateSchema(runtimeSchema as SchemaNode, config).find((f) => f.path === path)?.message).toBe(message);
  });
});

/** A value nested `depth` levels deep: lists in lists, or list blocks in list items. */
const deepList = (depth: number): unknown => {
  let value: unknown = 'deepest';
  for (let i = 0; i < depth; i++) value = [value];
  return value;
};
const deepBlocks = (levels: number) => {
  let blocks: unknown[] = [{ p: 'deepest' }];
  for (let i = 0; i < levels; i++) blocks = [{ list: [{ text: `level ${levels - i}`, children: blocks }] }];
  return blocks;
};

describe('very deep nesting', () => {
  it('checks a notice nested 5,000 block levels deep without running out of stack', () => {
    const config = { ...makeConfig(), notice: { id: 'n', title: 'Notice', version: '1', sections: [{ id: 's', heading: 'Deep', blocks: deepBlocks(5_000) }] } };
    let findings: ReturnType<typeof validateSchema> = [];
    expect(() => (findings = validateSchema(full, config))).not.toThrow();
    expect(findings.some((f) => /nested more than 100 levels deep/.test(f.message))).toBe(true);
    // Deep lists where text belongs fail at once, at the top.
    expect(() => parseConfig({ ...makeConfig(), translations: { cy: { consent: { text: { bannerTitle: deepList(20_000) } } } } })).not.toThrow();
  });

  it('caps a notice of 600 nested block levels with a clear error, keeping what is shallower', () => {
    const notice = { id: 'n', title: 'Notice', version: '1', sections: [{ id: 's', heading: 'Deep', blocks: deepBlocks(600) }] };
    const { notice: checked, findings } = checkNotice({ notice });
    const deep = findings.filter((f) => /nested more than 100 levels deep/.test(f.message));
    expect(deep).toHaveLength(1);
    expect(deep[0]!.path).toMatch(/^\$\.notice\.sections\[0\]\.blocks\[0\]\.list\[0\]\.children/);
    // What is left renders: its nesting stops at the cap.
    const depthOf = (value: unknown): number => (value && typeof value === 'object' ? 1 + Math.max(0, ...Object.values(value).map(depthOf)) : 0);
    expect(depthOf(checked)).toBeLessThanOrEqual(MAX_NESTING);
    expect(JSON.stringify(checked)).toContain('level 1');
  });

  it('leaves a value within the cap untouched', () => {
    const value = { a: [1, { b: 'c' }] };
    expect(capDepth(value, '$')).toEqual({ value, findings: [] });
  });
});
