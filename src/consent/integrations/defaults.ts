/**
 * `privacy-consent-defaults.js`: the classic (not module) script that goes in the `<head>`, after
 * the inline config and before the site's tags. The drop-in entry is a module, which runs only
 * after the page is parsed: too late for tags that must get their consent default before their
 * first command. This runs synchronously, where it stands:
 *
 *   <script type="application/json" id="privacy-consent-config">{ … "integrations": { … } }</script>
 *   <script src="/privacy-consent-defaults.js"></script>
 *   <script type="module" src="/privacy-consent.js"></script>
 *   … the site's tags (gtag.js, Tag Manager, Matomo, Meta pixel…)
 *
 * It sends each vendor the config names its denied default, into the queue that vendor's own
 * snippet uses (`dataLayer`, `_paq`, `clarity.q`, `fbq`'s queue, `uetq`, `_hsp`, `ttq`), and
 * nothing else: it grants nothing, so it needs no check of the config and stays small. The
 * visitor's stored choice is in IndexedDB, which only answers asynchronously; the entry sends it
 * as soon as it has read it, within the tags' wait (`wait_for_update`; bench/ measures it). So
 * that nothing stands between the two, this script also asks the browser to fetch, now, the
 * entry's integrations chunk and the chunk of each vendor named (`<link rel="modulepreload">`,
 * next to its own URL): without it they would be fetched one after the other once the entry runs.
 * Built by scripts/build-defaults.mjs; it can also be pasted inline (docs/integrations.md).
 */
import { clarityDefaults } from './clarity.js';
import { dataLayerEventDefaults } from './data-layer-event.js';
import { googleConsentModeDefaults } from './google-consent-mode.js';
import { hubspotDefaults } from './hubspot.js';
import type { VendorWindow } from './integration.js';
import { matomoDefaults } from './matomo.js';
import { metaPixelDefaults } from './meta-pixel.js';
import { microsoftUetDefaults } from './microsoft-uet.js';
import { namedVendors, tellDefaults } from './tell-vendors.js';
import { tiktokDefaults } from './tiktok.js';

/**
 * The entry's chunks, relative to this script, that an integration needs: under `''` the
 * integrations chunk with what it imports, under each vendor's name its own chunk. Written in by
 * scripts/build-defaults.mjs from the built entry; absent in tests.
 */
declare const __PRELOAD__: Record<string, string[]> | undefined;

/** Starts fetching the chunks the entry will import for these vendors, next to this script. */
function preload(doc: Document, names: string[]): void {
  const chunks = typeof __PRELOAD__ === 'undefined' ? undefined : __PRELOAD__;
  // An inline copy has no URL of its own to find the chunks from: the entry then fetches them itself.
  const base = (doc.currentScript as HTMLScriptElement | null)?.src;
  if (!chunks || !base) return;
  for (const file of ['', ...names].flatMap((name) => chunks[name] ?? [])) {
    const link = doc.createElement('link');
    link.rel = 'modulepreload';
    link.href = new URL(file, base).href;
    doc.head.append(link);
  }
}

/** `CONFIG_ELEMENT_ID` of load-config.ts (not imported: that module would bring the config loader into this script). */
export const INLINE_CONFIG_ID = 'privacy-consent-config';

const DEFAULTS: Record<string, (win: VendorWindow, options: object) => void> = {
  googleConsentMode: googleConsentModeDefaults,
  dataLayerEvent: dataLayerEventDefaults,
  matomo: matomoDefaults,
  clarity: clarityDefaults,
  metaPixel: metaPixelDefaults,
  microsoftUet: microsoftUetDefaults,
  hubspot: hubspotDefaults,
  tiktok: tiktokDefaults,
};

/**
 * Sends the defaults of the vendors the inline config of `doc` names. A config that is not JSON,
 * or whose integrations name a vendor the widget does not know (a misspelling), can grant nothing
 * to anyone: every vendor the widget knows gets its default.
 */
export function sendDefaults(win: VendorWindow, doc: Document): void {
  const element = doc.getElementById(INLINE_CONFIG_ID);
  if (!element) {
    console.error(
      `privacy-consent-defaults.js: no inline config (<script type="application/json" id="${INLINE_CONFIG_ID}">) comes before this script, so it cannot tell which tags to set consent defaults for. Put the config inline, above it (docs/integrations.md).`,
    );
    return;
  }
  let integrations: unknown;
  try {
    const config = JSON.parse(element.textContent ?? '');
    integrations = config?.consent?.integrations;
    if (integrations === undefined) return;
  } catch {
    // The entry explains the syntax error.
  }
  const vendors = namedVendors(integrations, false);
  tellDefaults(
    win,
    vendors.map((vendor) => ({ ...vendor, options: typeof vendor.options === 'object' && vendor.options ? vendor.options : {}, defaults: DEFAULTS[vendor.name]! })),
  );
  preload(doc, vendors.map((vendor) => vendor.name));
}
