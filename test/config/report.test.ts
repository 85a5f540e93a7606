/** What the console says about a config must match what the page does with it. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { guardConfig } from '../../src/config/guard.js';
import type { LoadedConfig } from '../../src/config/load-config.js';
import type { PrivacyConfig } from '../../src/config/types.js';
import { reportConfig } from '../../src/config/report.js';
import { makeConfig } from '../consent/fixtures.js';

/** A config as `loadPageConfig` hands it on: with `config` only when the entry's guard takes it. */
const loaded = (raw: unknown): LoadedConfig => ({
  source: '/site.json',
  text: JSON.stringify(raw),
  raw,
  config: guardConfig(raw).length === 0 ? (raw as PrivacyConfig) : undefined,
});

describe('reportConfig', () => {
  afterEach(() => vi.restoreAllMocks());

  it('never says "stay refused" about a config the page uses (its consent section is sound)', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const config = makeConfig();
    config.consent.noticeUrl = 'javascript:alert(1)';
    reportConfig(loaded(config));
    const message = error.mock.calls.flat().join('\n');
    expect(message).toMatch(/\$\.consent\.noticeUrl/);
    expect(message).not.toMatch(/stay refused/);
    expect(message).toMatch(/still uses it/);
  });

  it('says "stay refused" about a config the page cannot use', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const config = makeConfig() as Record<string, any>;
    delete config.consent.categories;
    reportConfig(loaded(config));
    expect(error.mock.calls.flat().join('\n')).toMatch(/optional cookies stay refused until it is fixed/);
  });
});
