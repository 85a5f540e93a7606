/** What the console says about a config must match what the page does with it. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { reportConfig } from '../../src/config/report.js';
import { makeConfig } from '../consent/fixtures.js';

describe('reportConfig', () => {
  afterEach(() => vi.restoreAllMocks());

  it('never says "stay refused" about a config the page uses (its consent section is sound)', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const config = makeConfig();
    config.consent.noticeUrl = 'javascript:alert(1)';
    reportConfig(config, '/site.json');
    const message = error.mock.calls.flat().join('\n');
    expect(message).toMatch(/\$\.consent\.noticeUrl/);
    expect(message).not.toMatch(/stay refused/);
    expect(message).toMatch(/still uses it/);
  });

  it('says "stay refused" about a config the page cannot use', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const config = makeConfig() as Record<string, any>;
    delete config.consent.categories;
    reportConfig(config, '/site.json');
    expect(error.mock.calls.flat().join('\n')).toMatch(/optional cookies stay refused until it is fixed/);
  });
});
