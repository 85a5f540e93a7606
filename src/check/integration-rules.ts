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

/** A `<script>` of the page, as `googleTagGating` reads it. */
export interface PageScript {
  /** Its `src`, or the `data-src` it is held back with. */
  src: string;
  /** Its inline code. */
  text: string;
  /** Its `data-consent`: what it is held back until (kept on a script the widget has since run), or `null`. */
  consent: string | null;
}

/** Whether a script is the Google tag: gtag.js or the Tag Manager container (its snippet pushes `gtm.start`), loaded or inline. */
const isGoogleTag = (script: PageScript) =>
  /googletagmanager\.com\/(gtag\/js|gtm\.js)/.test(script.src + script.text) || /\bgtag\(\s*['"](js|config)['"]|['"]gtm\.start['"]/.test(script.text);

/**
 * The `gcm-basic-gating` rule on the page itself (`data-debug`, which sees the page's scripts):
 * whether the Google tags actually on the page agree with Consent Mode's basic or advanced mode
 * (and with `gatedBy`). A config alone cannot show it; `check` reads `gatedBy` instead.
 */
export function googleTagGating(config: PrivacyConfig, scripts: PageScript[]): { path: string; message: string }[] {
  const gcm = config.consent?.integrations?.googleConsentMode;
  if (!gcm) return [];
  const out: { path: string; message: string }[] = [];
  for (const script of scripts.filter(isGoogleTag)) {
    const what = script.src ? `the Google tag ${script.src.split('?')[0]}` : 'an inline Google tag';
    if (gcm.mode === 'advanced') {
      if (script.consent !== null) out.push({ path: `${GCM}.mode`, message: `advanced mode, but ${what} is held back with data-consent="${script.consent}": it sends nothing before consent, which is basic mode. Load it ungated, or use basic mode` });
    } else if (script.consent === null) {
      out.push({ path: GCM, message: `basic mode (the default), but ${what} is not held back with data-consent: it runs before consent, which is advanced mode. Hold it back (type="text/plain" data-consent="…"), or set advanced mode with its acknowledgement` });
    } else if (gcm.gatedBy && idsOf(script.consent) !== idsOf(gcm.gatedBy)) {
      out.push({ path: `${GCM}.gatedBy`, message: `${what} is held back with data-consent="${script.consent}", but "gatedBy" says "${gcm.gatedBy}": make them the same` });
    }
  }
  return out;
}

/** The integration rules, in the order they are reported. */
export const INTEGRATION_RULES: readonly LintRule[] = [integrationKeys, integrationIds, integrationNecessary, gcmAdvancedMode, gcmBasicGating];
