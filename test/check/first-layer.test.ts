import { describe, expect, it } from 'vitest';
import { firstLayerItems, firstLayerWords } from '../../src/check/first-layer.js';
import { compliantConfig, findingsOf } from './compliant-config.js';

describe('first-layer-length (UK GDPR Art 12(1))', () => {
  it('passes a short first layer', () => {
    expect(findingsOf(compliantConfig(), 'first-layer-length')).toEqual([]);
  });
  it('warns when the first layer runs over 120 words', () => {
    const config = compliantConfig();
    config.notice.summary = { lead: 'Short sentence here. '.repeat(45) };
    const findings = findingsOf(config, 'first-layer-length');
    expect(findings).toMatchObject([{ path: '$.notice.summary', severity: 'warning', message: expect.stringContaining('words') }]);
  });
  it('warns on a sentence over 30 words in the organisation’s own first-layer text', () => {
    const config = compliantConfig();
    config.notice.summary = { override: { why: `We use it ${'and more '.repeat(15)}for care.` } };
    expect(findingsOf(config, 'first-layer-length')).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: '$.notice.summary.override.why', message: expect.stringContaining('a sentence of') })]),
    );
  });
  it('measures the layer as the notice builds it: hidden items and overrides count as shown', () => {
    const config = compliantConfig();
    const before = firstLayerWords(config.notice, firstLayerItems(config.notice, config));
    config.notice.summary = { hide: ['rights'], override: { who: 'The Trust.' } };
    const items = firstLayerItems(config.notice, config);
    expect(items.length).toBeLessThanOrEqual(10);
    expect(items.find((i) => i.kind === 'rights')).toBeUndefined();
    expect(items.find((i) => i.kind === 'who')!.text).toBe('The Trust.');
    expect(firstLayerWords(config.notice, items)).toBeLessThan(before);
  });
  it('warns when long generated items push the layer over the limit', () => {
    const config = compliantConfig();
    config.notice.purposes = Array.from({ length: 5 }, (_, i) => ({ id: `p${i}`, label: `A purpose described in far too many words number ${i}`, bases: ['task'] }));
    config.notice.sections[1]!.blocks = [];
    expect(findingsOf(config, 'first-layer-length')).toMatchObject([{ path: '$.notice', severity: 'warning' }]);
  });
});
