import { describe, expect, it } from 'vitest';
import type { Integrations } from '../../src/config/integrations.js';
import { googleTagGating, type PageScript } from '../../src/check/integration-rules.js';
import { compliantConfig, findingsOf } from './compliant-config.js';

/** The compliant config with integrations (its categories: necessary, required; analytics, with the service matomo). */
function withIntegrations(integrations: Integrations) {
  const config = compliantConfig();
  config.consent!.integrations = integrations;
  return config;
}

const BASIC: Integrations = { googleConsentMode: { signals: { analytics_storage: 'analytics' }, gatedBy: 'analytics' }, matomo: { consent: 'analytics/matomo' } };

describe('integration rules', () => {
  it('are silent on a compliant config, with and without integrations', () => {
    for (const rule of ['integration-keys', 'integration-ids', 'integration-necessary', 'gcm-advanced-mode', 'gcm-basic-gating']) {
      expect(findingsOf(compliantConfig(), rule), rule).toEqual([]);
      expect(findingsOf(withIntegrations(BASIC), rule), rule).toEqual([]);
    }
  });

  it('integration-keys: errs on a vendor the widget does not know', () => {
    const config = withIntegrations({ ...BASIC, linkedIn: { consent: 'analytics' } } as Integrations);
    expect(findingsOf(config, 'integration-keys')).toMatchObject([{ path: '$.consent.integrations.linkedIn', severity: 'error' }]);
  });

  it('integration-ids: errs on a mapping to an unknown category', () => {
    const config = withIntegrations({ googleConsentMode: { signals: { analytics_storage: 'analytics', ad_storage: 'marketing' }, gatedBy: 'analytics' } });
    const findings = findingsOf(config, 'integration-ids');
    expect(findings).toMatchObject([{ path: '$.consent.integrations.googleConsentMode.signals.ad_storage', severity: 'error' }]);
    expect(findings[0]!.message).toContain('"marketing"');
  });

  it('integration-necessary: errs on a Google Consent Mode signal mapped to a required category', () => {
    const config = withIntegrations({ googleConsentMode: { signals: { analytics_storage: 'necessary' }, gatedBy: 'analytics' } });
    expect(findingsOf(config, 'integration-necessary')).toMatchObject([{ path: '$.consent.integrations.googleConsentMode.signals.analytics_storage', severity: 'error' }]);
  });

  it('gcm-advanced-mode: errs on advanced mode without the acknowledgement, and warns with it', () => {
    const advanced = withIntegrations({ googleConsentMode: { signals: { analytics_storage: 'analytics' }, mode: 'advanced' } });
    const unacknowledged = findingsOf(advanced, 'gcm-advanced-mode');
    expect(unacknowledged).toMatchObject([{ path: '$.consent.integrations.googleConsentMode.mode', severity: 'error' }]);
    expect(unacknowledged[0]!.message).toContain('acknowledgeAdvancedMode');
    advanced.consent!.integrations!.googleConsentMode!.acknowledgeAdvancedMode = true;
    const acknowledged = findingsOf(advanced, 'gcm-advanced-mode');
    expect(acknowledged).toMatchObject([{ severity: 'warning' }]);
    expect(acknowledged[0]!.message).toMatch(/device/);
  });

  it.each([
    ['basic mode without saying what holds the tag back', { signals: { analytics_storage: 'analytics' } }, '$.consent.integrations.googleConsentMode', /gatedBy/],
    ['advanced mode with a gated tag', { signals: { analytics_storage: 'analytics' }, mode: 'advanced', acknowledgeAdvancedMode: true, gatedBy: 'analytics' }, '$.consent.integrations.googleConsentMode.gatedBy', /choose one/],
    ['a tag gated on a required category', { signals: { analytics_storage: 'analytics' }, gatedBy: 'necessary' }, '$.consent.integrations.googleConsentMode.gatedBy', /never held back/],
    ['a tag gated on what no signal is mapped to', { signals: { analytics_storage: 'analytics' }, gatedBy: 'analytics/matomo' }, '$.consent.integrations.googleConsentMode.gatedBy', /no consent signal is mapped/],
  ] as const)('gcm-basic-gating: warns on %s', (_name, gcm, path, message) => {
    const findings = findingsOf(withIntegrations({ googleConsentMode: gcm as Integrations['googleConsentMode'] }), 'gcm-basic-gating');
    expect(findings).toMatchObject([{ path, severity: 'warning' }]);
    expect(findings[0]!.message).toMatch(message);
  });

  it('gcm-basic-gating: accepts a gate written in another order than the signal’s mapping', () => {
    const config = compliantConfig();
    config.consent!.categories.push({ id: 'marketing', title: 'Marketing' });
    config.consent!.integrations = { googleConsentMode: { signals: { ad_storage: 'analytics marketing' }, gatedBy: 'marketing  analytics' } };
    expect(findingsOf(config, 'gcm-basic-gating')).toEqual([]);
  });

  describe('on the page (data-debug): the Google tags there against the mode', () => {
    const gtagJs = (consent: string | null): PageScript => ({ src: 'https://www.googletagmanager.com/gtag/js?id=G-XXXXXXX', text: '', consent });
    const gtagConfig = (consent: string | null): PageScript => ({ src: '', text: "window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); gtag('config', 'G-X');", consent });
    const gtm = (consent: string | null): PageScript => ({ src: '', text: "(function(w,d,s,l,i){…j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;…})(window,document,'script','dataLayer','GTM-X');", consent });
    const other: PageScript = { src: '/site.js', text: '', consent: null };

    it('is silent when the tags agree with the mode, or without Consent Mode', () => {
      expect(googleTagGating(withIntegrations(BASIC), [gtagJs('analytics'), gtagConfig('analytics'), other])).toEqual([]);
      const advanced = withIntegrations({ googleConsentMode: { signals: { analytics_storage: 'analytics' }, mode: 'advanced', acknowledgeAdvancedMode: true } });
      expect(googleTagGating(advanced, [gtm(null)])).toEqual([]);
      expect(googleTagGating(compliantConfig(), [gtm(null)])).toEqual([]);
    });

    it('warns when basic mode meets a Google tag that is not held back', () => {
      const findings = googleTagGating(withIntegrations(BASIC), [gtagJs(null), gtm(null)]);
      expect(findings.map((f) => f.path)).toEqual(['$.consent.integrations.googleConsentMode', '$.consent.integrations.googleConsentMode']);
      expect(findings[0]!.message).toMatch(/basic mode.*https:\/\/www\.googletagmanager\.com\/gtag\/js is not held back.*advanced mode/);
      expect(findings[1]!.message).toMatch(/an inline Google tag is not held back/);
    });

    it('warns when a held-back Google tag waits for something other than gatedBy, or advanced mode holds it back', () => {
      expect(googleTagGating(withIntegrations(BASIC), [gtagConfig('analytics/matomo')])).toMatchObject([
        { path: '$.consent.integrations.googleConsentMode.gatedBy', message: expect.stringContaining('data-consent="analytics/matomo", but "gatedBy" says "analytics"') },
      ]);
      const advanced = withIntegrations({ googleConsentMode: { signals: { analytics_storage: 'analytics' }, mode: 'advanced', acknowledgeAdvancedMode: true } });
      expect(googleTagGating(advanced, [gtm('analytics')])).toMatchObject([{ path: '$.consent.integrations.googleConsentMode.mode', message: expect.stringContaining('which is basic mode') }]);
    });
  });
});
