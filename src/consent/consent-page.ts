import type { LoadedConfig } from '../config/load-config.js';
import { createApi, type PrivacyConsentApi } from './api.js';
import { ConsentRuntime, UiRequestEvent, type Channel, type UiRequest } from './consent-runtime.js';
import { ConsentStore, type ConsentingConfig } from './consent-store.js';
import type { ConsentStorage } from './storage.js';

/** What a page's consent needs; everything that touches the outside world comes in here, so tests pass fakes. */
export interface ConsentPageOptions {
  document: Document;
  /** The page's config, read once by the caller (`loadPageConfig`); `undefined` when the page has none. */
  config: Promise<LoadedConfig | undefined>;
  /** Where the choice is kept (IndexedDB through idb-keyval on a real page, memory in tests). */
  storage: ConsentStorage;
  /** Carries decisions to the site's other open tabs. */
  channel?: Channel;
  /** Whether the browser sends Global Privacy Control. */
  gpc?: boolean;
  /** Answers the runtime's UI requests: shows the banner, opens the dialog (`src/elements/load-ui.ts`). */
  loadUi: (runtime: ConsentRuntime, request: UiRequest) => Promise<void>;
  /** Called on a first visit (nothing stored), while the config may still be loading: a chance to fetch the banner's code early. */
  firstVisit?: () => void;
  /**
   * Ends the page's document listeners (a test's teardown, or a single-page app replacing the
   * page). The options object itself is handed to `addEventListener`, which reads only `signal`.
   */
  signal?: AbortSignal;
}

/** A page's consent: the JS API at once, and the runtime once the config and stored choice are read. */
export interface ConsentPage {
  api: PrivacyConsentApi;
  runtime: Promise<ConsentRuntime | undefined>;
}

async function bodyReady(doc: Document): Promise<HTMLElement> {
  if (!doc.body) await new Promise((resolve) => doc.addEventListener('DOMContentLoaded', resolve, { once: true }));
  return doc.body;
}

/**
 * The composition root of consent on a page: reads the stored choice while the config loads,
 * then builds the store and runtime, puts `<cookie-consent>` first in the body, answers the
 * runtime's UI requests with `loadUi`, opens the dialog from `[data-consent-open]` links, and
 * introduces the runtime to elements that ask for it. The drop-in entry calls it; so do tests.
 */
export function createConsentPage(options: ConsentPageOptions): ConsentPage {
  const { document: doc, storage } = options;
  const stored = storage.read();
  if (options.firstVisit && !options.gpc) void stored.then((record) => record === undefined && options.firstVisit!());
  const runtime = start(options, stored);
  doc.addEventListener('privacy-consent-runtime', (event) => void runtime.then((r) => r && event.provide(r)), options);
  return { api: createApi(runtime), runtime };
}

async function start(options: ConsentPageOptions, stored: Promise<unknown>): Promise<ConsentRuntime | undefined> {
  const { document: doc } = options;
  const loaded = await options.config;
  if (!loaded) return undefined;
  const { raw, config } = loaded;
  // A config that could not be read at all may well have had a consent section: the element is
  // still added, so a site listening for consent-ready hears "unavailable" rather than nothing.
  if (raw !== undefined && !Object.hasOwn(Object(raw), 'consent')) return undefined;
  const body = await bodyReady(doc);
  let host = doc.querySelector<HTMLElement>('cookie-consent');
  if (!host) {
    host = doc.createElement('cookie-consent');
    // First in focus order, as GOV.UK places its banner (WCAG 2.4.3).
    body.prepend(host);
  }
  const store = new ConsentStore({
    config: config?.consent ? (config as ConsentingConfig) : undefined,
    storage: options.storage,
    stored,
    gpc: options.gpc,
  });
  // Vendor consent protocols (docs/integrations.md), loaded only for a config that names them, and
  // connected before the runtime exists so the vendors hear of every decision before it acts on it.
  if (config?.consent?.integrations) await (await import('./integrations/connect-integrations.js')).default(store);
  const runtime = new ConsentRuntime({ store, document: doc, host, channel: options.channel });
  runtime.addEventListener('ui-request', (event) => {
    if (store.config) (event as UiRequestEvent).done = options.loadUi(runtime, (event as UiRequestEvent).request);
  });
  doc.addEventListener('click', (event) => {
    const trigger = (event.target as Element | null)?.closest?.('[data-consent-open]');
    if (!trigger) return;
    event.preventDefault();
    // HTML or SVG, it has focus(): the dialog returns focus to it when it closes.
    void runtime.request({ kind: 'preferences', opener: trigger as HTMLElement });
  }, options);
  return runtime;
}
