import { describe, expect, it } from 'vitest';
import { firstLayerItems } from '../../../src/core/lint/first-layer.js';
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
    expect(findingsOf(config, 'first-layer-length')).toMatchObject([{ path: '$.notice.summary.override.why', message: expect.stringContaining('sentence of') }]);
  });
  it('leaves out hidden items and counts overrides instead of generated text', () => {
    const config = compliantConfig();
    config.notice.summary = { hide: ['rights'], override: { who: 'The Trust.' } };
    const items = firstLayerItems(config.notice);
    expect(items.find((i) => i.kind === 'rights')).toBeUndefined();
    expect(items.find((i) => i.kind === 'who')).toMatchObject({ text: 'The Trust.', override: true });
  });
});
