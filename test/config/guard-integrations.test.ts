import { describe, expect, it } from 'vitest';
import schema from '../../src/config/schema/privacy-config.schema.json';
import { guardIntegrations, INTEGRATION_FIELDS, INTEGRATION_NAMES, integrationMappings, resolveRequirement } from '../../src/config/guard-integrations.js';
import type { Integrations } from '../../src/config/integrations.js';
import { clone, makeConfig } from '../consent/fixtures.js';

type Node = { $ref?: string; type?: string; properties?: Record<string, Node>; required?: string[]; enum?: string[]; items?: Node };
const defs = (schema as unknown as { $defs: Record<string, Node> }).$defs;
const resolve = (node: Node): Node => (node.$ref ? resolve(defs[node.$ref.slice('#/$defs/'.length)]!) : node);

/** A config with every integration mapped sensibly. */
function withIntegrations(integrations: unknown) {
  const config = makeConfig();
  (config.consent as { integrations?: unknown }).integrations = integrations;
  return config;
}

const ALL: Integrations = {
  googleConsentMode: {
    signals: { ad_storage: 'marketing', ad_user_data: 'marketing', ad_personalization: 'marketing', analytics_storage: 'analytics', functionality_storage: 'analytics' },
    gatedBy: 'analytics',
    waitForUpdate: 800,
    region: ['GB', 'US-CA'],
    adsDataRedaction: true,
    urlPassthrough: false,
  },
  dataLayerEvent: { event: 'consent_update' },
  matomo: { consent: 'analytics/matomo', require: 'cookies' },
  clarity: { signals: { analytics_Storage: 'analytics', ad_Storage: 'marketing' } },
  metaPixel: { consent: 'marketing' },
  microsoftUet: { consent: 'marketing' },
  hubspot: { signals: { analytics: 'analytics', advertisement: 'marketing youtube', functionality: 'necessary' } },
  tiktok: { consent: 'youtube' },
};

describe('the integrations guard', () => {
  it('knows exactly the vendors, fields, required keys, signals and values of the JSON Schema', () => {
    const integrations = resolve(defs.Integrations!);
    expect(Object.keys(integrations.properties!).sort()).toEqual([...INTEGRATION_NAMES].sort());
    expect(Object.keys(INTEGRATION_FIELDS)).toEqual([...INTEGRATION_NAMES]);
    for (const vendor of INTEGRATION_NAMES) {
      const node = resolve(integrations.properties![vendor]!);
      const fields = INTEGRATION_FIELDS[vendor];
      expect(Object.keys(fields).map((k) => k.replace('!', '')).sort(), vendor).toEqual(Object.keys(node.properties!).sort());
      expect(Object.keys(fields).filter((k) => k.endsWith('!')).map((k) => k.replace('!', '')).sort(), vendor).toEqual((node.required ?? []).sort());
      for (const [key, kind] of Object.entries(fields)) {
        const property = resolve(node.properties![key.replace('!', '')]!);
        if (Array.isArray(kind)) expect(property.enum, `${vendor}.${key}`).toEqual(kind);
        else if (typeof kind === 'object') expect(Object.keys(property.properties!).sort(), `${vendor}.${key}`).toEqual(Object.keys(kind).sort());
      }
    }
  });

  it('accepts a config that maps every vendor to categories, services and category/service ids', () => {
    expect(guardIntegrations(withIntegrations(ALL).consent)).toEqual([]);
    expect(guardIntegrations(makeConfig().consent)).toEqual([]);
  });

  it.each([
    ['an unknown vendor', { googleAnalytics: { consent: 'analytics' } }, '$.consent.integrations.googleAnalytics', 'key', /unknown integration "googleAnalytics" \(known: googleConsentMode,/],
    ['an unknown field', { metaPixel: { consent: 'marketing', pixelId: '123' } }, '$.consent.integrations.metaPixel.pixelId', 'key', /unknown key "pixelId"/],
    ['an unknown signal', { googleConsentMode: { signals: { ad_storag: 'marketing' } } }, '$.consent.integrations.googleConsentMode.signals.ad_storag', 'key', /unknown signal "ad_storag"/],
    ['Clarity’s signal without its capital S', { clarity: { signals: { analytics_storage: 'analytics' } } }, '$.consent.integrations.clarity.signals.analytics_storage', 'key', /known: analytics_Storage, ad_Storage/],
    ['a missing mapping', { tiktok: {} }, '$.consent.integrations.tiktok.consent', 'shape', /is required/],
    ['signals that are not an object', { hubspot: { signals: 'analytics' } }, '$.consent.integrations.hubspot.signals', 'shape', /expected an object, got "analytics"/],
    ['a mode of its own', { googleConsentMode: { signals: {}, mode: 'advance' } }, '$.consent.integrations.googleConsentMode.mode', 'shape', /expected one of "basic", "advanced"/],
    ['a negative wait', { googleConsentMode: { signals: {}, waitForUpdate: -1 } }, '$.consent.integrations.googleConsentMode.waitForUpdate', 'shape', /milliseconds from 0 to 10000/],
    ['a region that is not a list', { googleConsentMode: { signals: {}, region: 'GB' } }, '$.consent.integrations.googleConsentMode.region', 'shape', /ISO 3166-2/],
    ['a mapping that is not text', { matomo: { consent: true } }, '$.consent.integrations.matomo.consent', 'shape', /category or service ids/],
    ['a vendor that is not an object', { microsoftUet: 'marketing' }, '$.consent.integrations.microsoftUet', 'shape', /expected an object/],
    ['an event name with spaces', { dataLayerEvent: { event: 'privacy consent' } }, '$.consent.integrations.dataLayerEvent.event', 'shape', /event name/],
    ['an unknown category', { metaPixel: { consent: 'advertising' } }, '$.consent.integrations.metaPixel.consent', 'id', /no category or service has the id "advertising"/],
    ['a service under the wrong category', { matomo: { consent: 'marketing/matomo' } }, '$.consent.integrations.matomo.consent', 'id', /"marketing\/matomo"/],
    ['an advertising signal on a required category', { googleConsentMode: { signals: { ad_storage: 'necessary' } } }, '$.consent.integrations.googleConsentMode.signals.ad_storage', 'necessary', /strictly necessary/],
    ['Matomo on a required category', { matomo: { consent: 'necessary' } }, '$.consent.integrations.matomo.consent', 'necessary', /granted before any choice/],
  ])('finds %s, at its JSON path', (_name, integrations, path, problem, message) => {
    const findings = guardIntegrations(withIntegrations(integrations).consent);
    expect(findings).toMatchObject([{ path, severity: 'error', problem }]);
    expect(findings[0]!.message).toMatch(message);
  });

  it('refuses integrations that are not an object at all', () => {
    expect(guardIntegrations(withIntegrations(['googleConsentMode']).consent)).toMatchObject([{ path: '$.consent.integrations', problem: 'shape' }]);
  });

  it('lets HubSpot’s functionality (a sign-in) be strictly necessary, but no Google Consent Mode signal', () => {
    const config = withIntegrations({
      googleConsentMode: { signals: { functionality_storage: 'necessary', personalization_storage: 'necessary' } },
      hubspot: { signals: { functionality: 'necessary' } },
    });
    expect(guardIntegrations(config.consent).map((f) => [f.path, f.problem])).toEqual([
      ['$.consent.integrations.googleConsentMode.signals.functionality_storage', 'necessary'],
      ['$.consent.integrations.googleConsentMode.signals.personalization_storage', 'necessary'],
    ]);
  });

  it('reads requirements as data-consent does: every id must exist, and only all-required ones are always granted', () => {
    const consent = makeConfig().consent;
    expect(resolveRequirement(consent, 'analytics')).toEqual({ unknown: [], necessary: false });
    expect(resolveRequirement(consent, 'matomo')).toEqual({ unknown: [], necessary: false });
    expect(resolveRequirement(consent, 'analytics/matomo  marketing')).toEqual({ unknown: [], necessary: false });
    expect(resolveRequirement(consent, 'necessary')).toEqual({ unknown: [], necessary: true });
    expect(resolveRequirement(consent, 'necessary analytics')).toEqual({ unknown: [], necessary: false });
    expect(resolveRequirement(consent, 'analytics/youtube nope')).toEqual({ unknown: ['analytics/youtube', 'nope'], necessary: false });
  });

  it('lists every mapping with its path', () => {
    const mappings = integrationMappings(clone(ALL));
    expect(mappings.map((m) => `${m.path}=${m.requirement}`)).toContain('$.consent.integrations.googleConsentMode.gatedBy=analytics');
    expect(mappings.map((m) => m.path)).toContain('$.consent.integrations.hubspot.signals.advertisement');
    expect(mappings).toHaveLength(6 + 1 + 1 + 2 + 1 + 1 + 3 + 1 - 1); // personalization_storage left out
  });
});
