import { describe, expect, it } from 'vitest';
import { advertisingTool } from '../../src/check/exception-rules.js';
import type { PrivacyConfig } from '../../src/config/types.js';
import { compliantConfig, findingsOf } from './compliant-config.js';

/** The compliant config with its analytics run under the UK statistics exception, as PECR Sch A1 para 5 allows. */
function statisticsConfig(): PrivacyConfig {
  const config: PrivacyConfig = compliantConfig();
  config.exceptions = 'uk-duaa-2025';
  config.organisation.url = 'https://www.example.nhs.uk';
  const analytics = config.consent!.categories[1]!;
  analytics.basis = 'statistics';
  analytics.description = 'Counts visits and the pages people read, so we can improve the website.';
  analytics.services![0]!.processor = true;
  config.consent!.audiences = ['uk'];
  config.consent!.receipts = { endpoint: 'https://www.example.nhs.uk/consent-receipts' };
  return config;
}

const RULES = ['exception-basis', 'exception-processor', 'exception-advertising', 'exception-information', 'exception-eea', 'receipts-endpoint'];

describe('the UK exception rules on a compliant config', () => {
  it.each(RULES)('%s is silent on a statistics category that is run by a processor and described', (rule) => {
    expect(findingsOf(statisticsConfig(), rule)).toEqual([]);
  });
  it.each(RULES)('%s is silent on a config that uses no exception', (rule) => {
    expect(findingsOf(compliantConfig(), rule)).toEqual([]);
  });
});

describe('exception-basis (PECR reg 6, Sch A1 paras 4-6)', () => {
  it('errs on a basis without the top-level opt-in, naming the path and what happens instead', () => {
    const config = statisticsConfig();
    delete config.exceptions;
    const [finding, ...rest] = findingsOf(config, 'exception-basis');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ path: '$.consent.categories[1].basis', severity: 'error' });
    expect(finding!.message).toContain('"exceptions": "uk-duaa-2025"');
    expect(finding!.message).toContain('treated as consent-based');
  });
  it('errs on a UK exception on a required (strictly necessary) category', () => {
    const config = statisticsConfig();
    config.consent!.categories[0]!.basis = 'appearance';
    expect(findingsOf(config, 'exception-basis')).toMatchObject([{ path: '$.consent.categories[0].basis', severity: 'error' }]);
  });
  it('accepts an explicit consent basis anywhere', () => {
    const config = compliantConfig();
    config.consent!.categories[1]!.basis = 'consent';
    expect(findingsOf(config, 'exception-basis')).toEqual([]);
  });
});

describe('exception-processor (ICO: a processor, not a joint controller)', () => {
  it('errs on a service of a statistics category not marked as the processor', () => {
    const config = statisticsConfig();
    delete config.consent!.categories[1]!.services![0]!.processor;
    const findings = findingsOf(config, 'exception-processor');
    expect(findings).toMatchObject([{ path: '$.consent.categories[1].services[0]', severity: 'error' }]);
    expect(findings[0]!.message).toContain('"processor": true');
  });
  it('is silent when the same service sits in a consent-based category', () => {
    const config = compliantConfig();
    expect(findingsOf(config, 'exception-processor')).toEqual([]);
  });
});

describe('exception-advertising (the exceptions never cover advertising)', () => {
  it.each(['_gcl_au', '_fbp', 'IDE', '_uetvid', '_ttp', 'li_fat_id'])('errs on the advertising identifier %s in a statistics category', (name) => {
    const config = statisticsConfig();
    config.consent!.categories[1]!.services![0]!.cookies!.push({ name });
    const findings = findingsOf(config, 'exception-advertising');
    expect(findings).toMatchObject([{ path: '$.consent.categories[1].services[0].cookies[2].name', severity: 'error' }]);
  });
  it('errs on a vendor integration that maps an advertising signal to the category', () => {
    const config = statisticsConfig() as PrivacyConfig & { consent: { integrations?: unknown } };
    config.consent.integrations = { googleConsentMode: { signals: { analytics_storage: 'analytics', ad_storage: 'analytics' } } };
    expect(findingsOf(config, 'exception-advertising')).toMatchObject([
      { path: '$.consent.integrations.googleConsentMode.signals.ad_storage', severity: 'error' },
    ]);
  });
  it("errs on Clarity's ad_Storage and on an advertising pixel mapped to the category", () => {
    const config = statisticsConfig() as PrivacyConfig & { consent: { integrations?: unknown } };
    config.consent.integrations = { clarity: { signals: { analytics_Storage: 'analytics', ad_Storage: 'analytics' } }, metaPixel: { consent: 'analytics' } };
    expect(findingsOf(config, 'exception-advertising').map((f) => f.path)).toEqual(['$.consent.integrations.clarity.signals.ad_Storage', '$.consent.integrations.metaPixel.consent']);
  });
  it('is silent on analytics signals, and on advertising signals mapped to a consent-based category', () => {
    const config = statisticsConfig() as PrivacyConfig & { consent: { integrations?: unknown } };
    config.consent!.categories.push({ id: 'marketing', title: 'Marketing' });
    config.consent.integrations = { googleConsentMode: { signals: { analytics_storage: 'analytics', ad_storage: 'marketing', ad_user_data: 'marketing' } } };
    expect(findingsOf(config, 'exception-advertising')).toEqual([]);
  });
  it('knows advertising identifiers from analytics ones', () => {
    expect(advertisingTool('_gcl_*')).toBe('Google Ads');
    expect(advertisingTool('_ga')).toBeUndefined();
    expect(advertisingTool('_pk_id.*')).toBeUndefined();
  });
});

describe('exception-information (clear and comprehensive information)', () => {
  it('warns on an exception category without a description', () => {
    const config = statisticsConfig();
    delete config.consent!.categories[1]!.description;
    expect(findingsOf(config, 'exception-information')).toMatchObject([{ path: '$.consent.categories[1]', severity: 'warning' }]);
  });
});

describe('exception-eea (PECR Sch A1 is UK law only)', () => {
  it('warns when the site declares visitors in the EEA', () => {
    const config = statisticsConfig();
    config.consent!.audiences = ['uk', 'eea'];
    const findings = findingsOf(config, 'exception-eea');
    expect(findings).toMatchObject([{ path: '$.consent.audiences[1]', severity: 'warning' }]);
    expect(findings[0]!.message).toContain('need consent');
  });
  it('is silent on EEA visitors when no category uses an exception', () => {
    const config = compliantConfig();
    config.consent!.audiences = ['eea'];
    expect(findingsOf(config, 'exception-eea')).toEqual([]);
  });
});

describe('receipts-endpoint (security; own server)', () => {
  it.each([
    ['an http: address', 'http://www.example.nhs.uk/consent-receipts', /not https/],
    ['a third-party origin', 'https://consent-logger.example.com/collect', /not on your own site \(example\.nhs\.uk\)/],
    ['not a URL', 'https://', /not an https: address/],
  ])('warns on %s', (_, endpoint, message) => {
    const config = statisticsConfig();
    config.consent!.receipts = { endpoint };
    const findings = findingsOf(config, 'receipts-endpoint');
    expect(findings.length).toBeGreaterThan(0);
    expect(findings[0]).toMatchObject({ path: '$.consent.receipts.endpoint', severity: 'warning' });
    expect(findings.map((f) => f.message).join('\n')).toMatch(message);
  });
  it('warns on an absolute address when the organisation has no url to compare with', () => {
    const config = statisticsConfig();
    delete config.organisation.url;
    expect(findingsOf(config, 'receipts-endpoint')[0]!.message).toContain('organisation.url');
  });
  it.each(['/consent-receipts', 'consent-receipts', 'https://api.example.nhs.uk/receipts', '//www.example.nhs.uk/receipts'])(
    'is silent on %s (the site itself)',
    (endpoint) => {
      const config = statisticsConfig();
      config.consent!.receipts = { endpoint };
      expect(findingsOf(config, 'receipts-endpoint')).toEqual([]);
    },
  );
});
