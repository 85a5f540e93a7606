/**
 * The integrations chunk of the drop-in entry, loaded only when the config has
 * `consent.integrations`: it loads the adapter of each vendor the config names (and no other,
 * unless the integrations have errors: then every vendor the widget knows is told "denied"),
 * sends the defaults when the head script (`privacy-consent-defaults.js`) has not, then tells the
 * vendors the stored choice once it is read and every decision after it, in this tab or another.
 *
 * Order on a decision: the vendors are told first, then the runtime runs what the decision
 * allows, deletes what it withdrew and dispatches `consent-change`. `createConsentPage` connects
 * the integrations before it creates the runtime, so this listener on the store is registered,
 * and so runs, before the runtime's: a granted signal reaches consent mode before the tag the
 * decision releases, and a withdrawal's revoke goes out before the cookies are deleted. It also
 * means a returning visitor's stored choice is sent as soon as it is read, before any gated tag.
 */
import { guardIntegrations, type IntegrationName } from '../../config/guard-integrations.js';
import type { ConsentStore, StoreChangeEvent } from '../consent-store.js';
import type { Integration, VendorWindow } from './integration.js';
import { momentOf, namedVendors, tellDefaults, tellUpdate, type Vendor } from './tell-vendors.js';

type Load = () => Promise<Integration<object>>;

/** Each vendor's adapter, downloaded only when the config names it. */
const ADAPTERS: { [name in IntegrationName]: Load } = {
  googleConsentMode: () => import('./google-consent-mode.js').then((m) => m.googleConsentMode as Integration<object>),
  dataLayerEvent: () => import('./data-layer-event.js').then((m) => m.dataLayerEvent as Integration<object>),
  matomo: () => import('./matomo.js').then((m) => m.matomo as Integration<object>),
  clarity: () => import('./clarity.js').then((m) => m.clarityConsent as Integration<object>),
  metaPixel: () => import('./meta-pixel.js').then((m) => m.metaPixel as Integration<object>),
  microsoftUet: () => import('./microsoft-uet.js').then((m) => m.microsoftUet as Integration<object>),
  hubspot: () => import('./hubspot.js').then((m) => m.hubspot as Integration<object>),
  tiktok: () => import('./tiktok.js').then((m) => m.tiktok as Integration<object>),
};

/** Starts the integrations of the store's config. Resolves once the vendors' adapters are loaded and listening. */
export default async function connectIntegrations(store: ConsentStore, win: VendorWindow = window): Promise<void> {
  const consent = store.config?.consent;
  const integrations = consent?.integrations;
  if (!consent || !integrations) return;
  const findings = guardIntegrations(consent);
  const invalid = findings.length > 0;
  if (invalid) {
    void import('../../config/findings.js').then(({ formatFindings }) =>
      console.error(
        `privacy-consent: consent.integrations has ${findings.length} error${findings.length === 1 ? '' : 's'}; every vendor the widget knows is sent "denied", and never "granted", until ${findings.length === 1 ? 'it is' : 'they are'} fixed.\n${formatFindings(findings)}`,
      ),
    );
  }
  const vendors: Vendor[] = await Promise.all(
    namedVendors(integrations, invalid).map(async ({ name, options }) => ({ name, options, integration: await ADAPTERS[name]() })),
  );
  // With errors every vendor the widget knows is sent its defaults here too; only those the config
  // names were the head script's to send, so only they are reported as late.
  const late = tellDefaults(win, vendors.map((vendor) => ({ ...vendor, defaults: vendor.integration.defaults }))).filter((name) => Object.hasOwn(integrations, name));
  if (late.length) {
    console.warn(
      `privacy-consent: the consent defaults of ${late.join(', ')} were set by the drop-in script, which runs after the page's own scripts; tags may have run before them. Add privacy-consent-defaults.js (or its inline snippet) to the <head>, before the tags (docs/integrations.md).`,
    );
  }
  store.addEventListener('change', (event) => {
    const { detail } = event as StoreChangeEvent;
    tellUpdate(win, vendors, momentOf('consent-change', detail, detail.action), invalid);
  });
  const ready = () => tellUpdate(win, vendors, momentOf('consent-ready', store.state, null), invalid);
  // As the store reads the choice (its `load` event), not on `consent-ready`: the runtime fires that
  // only after it has run the gated scripts, and a returning visitor's choice must reach the vendors before them.
  if (store.state.status === 'loading') store.addEventListener('load', ready, { once: true });
  else ready();
}
