/**
 * Checks on `consent.integrations`, the vendors' own consent protocols (docs/integrations.md):
 * each mapping names a real category or service, no consent signal rides on a strictly
 * necessary category, Google Consent Mode's advanced mode is a recorded decision, and the Google
 * tag's gating agrees with basic mode. The structural checks are the widget's own guard
 * (`guardIntegrations`), so `check` and the visitor's browser cannot disagree about what is broken.
 */
import { guardIntegrations, integrationMappings, resolveRequirement, type IntegrationFinding } from '../config/guard-integrations.js';
import type { PrivacyConfig } from '../config/types.js';
import type { LintRule } from './types.js';

const GCM = '$.consent.integrations.googleConsentMode';

/** A rule that reports the guard's findings of one kind. */
const guardRule = (id: string, problem: IntegrationFinding['problem'], title: string, cites: string): LintRule => ({
  id,
  severity: 'error',
  cites,
  title,
  check(config, report) {
    if (!config.consent?.integrations) return;
    for (const finding of guardIntegrations(config.consent)) if (finding.problem === problem) report(finding.path, finding.message);
  },
});

export const integrationKeys = guardRule(
  'integration-keys',
  'key',
  'Integrations name only vendors, options and signals the widget knows',
  'PECR reg 6: an integration the widget cannot read is sent "denied", so the visitor’s choice never reaches the tag',
);

export const integrationIds = guardRule(
  'integration-ids',
  'id',
  'Every integration mapping names a category or service of the config',
  'PECR reg 6: the visitor’s choice must reach the tag (an unknown id is never granted)',
);

export const integrationNecessary = guardRule(
  'integration-necessary',
  'necessary',
  'No consent signal (Google Consent Mode, Clarity, Meta, UET, HubSpot, TikTok, Matomo) is mapped to a required category',
  'PECR Sch A1 para 4 (strictly necessary exception): advertising and analytics never are',
);

export const gcmAdvancedMode: LintRule = {
  id: 'gcm-advanced-mode',
  severity: 'error',
  cites: 'PECR reg 6 (access to the device before consent); ICO storage and access guidance; Google: advanced consent mode loads tags before consent',
  title: 'Google Consent Mode’s advanced mode is acknowledged as the organisation’s decision',
  check(config, report) {
    const gcm = config.consent?.integrations?.googleConsentMode;
    if (gcm?.mode !== 'advanced') return;
    if (gcm.acknowledgeAdvancedMode !== true) {
      report(
        `${GCM}.mode`,
        'advanced mode loads the Google tag before the visitor chooses and sends cookieless pings that read their device; that is the organisation’s decision to take, not a default: set "acknowledgeAdvancedMode": true once it has been taken, or use basic mode',
      );
    } else {
      report(
        `${GCM}.mode`,
        'advanced mode: the Google tag runs and sends pings before the visitor chooses, which involves access to their device; the organisation (the controller) has acknowledged this decision, and the privacy notice should say so',
        'warning',
      );
    }
  },
};

/** A requirement's ids, sorted, so `a b` and `b  a` compare equal. */
const idsOf = (requirement: string) => requirement.trim().split(/\s+/).sort().join(' ');

export const gcmBasicGating: LintRule = {
  id: 'gcm-basic-gating',
  severity: 'warning',
  cites: 'Google: basic consent mode blocks tags until consent; PECR reg 6',
  title: 'In basic mode the Google tag is held back on what its consent signals are mapped to',
  check(config, report) {
    const consent = config.consent;
    const gcm = consent?.integrations?.googleConsentMode;
    if (!consent || !gcm) return;
    const gate = gcm.gatedBy;
    if (gcm.mode === 'advanced') {
      if (gate) report(`${GCM}.gatedBy`, `advanced mode loads the Google tag before consent, but "gatedBy" says it is held back until "${gate}" is granted: choose one (leave "gatedBy" out in advanced mode, or use basic mode)`);
      return;
    }
    if (!gate) {
      report(
        GCM,
        'basic mode (the default) means the Google tag (gtag.js or the Tag Manager container) waits for consent: hold it back with data-consent and name that value in "gatedBy". A Google tag that is not held back runs before consent, which is advanced mode',
      );
      return;
    }
    const { unknown, necessary } = resolveRequirement(consent, gate);
    if (unknown.length) return; // integration-ids reports it
    if (necessary) {
      report(`${GCM}.gatedBy`, `"${gate}" is always granted, so the Google tag is never held back: that is advanced mode, not basic`);
      return;
    }
    const mapped = integrationMappings(consent.integrations).filter((m) => m.vendor === 'googleConsentMode' && m.signal !== 'gatedBy');
    if (!mapped.some((m) => idsOf(m.requirement) === idsOf(gate))) {
      report(
        `${GCM}.gatedBy`,
        `the Google tag is held back until "${gate}" is granted, but no consent signal is mapped to "${gate}": it can load with every signal denied (cookieless pings, as in advanced mode) or stay back while a signal is granted. Gate it on what analytics_storage or ad_storage is mapped to`,
      );
    }
  },
};

/** The integration rules, in the order they are reported. */
export const INTEGRATION_RULES: readonly LintRule[] = [integrationKeys, integrationIds, integrationNecessary, gcmAdvancedMode, gcmBasicGating];
