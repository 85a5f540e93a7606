/**
 * The code the scanner runs inside the scanned page. It is plain JavaScript in strings, run as
 * written: nothing a bundler or test transform adds to a TypeScript function (helpers, renamed
 * imports) can leak into the page.
 *
 * - `RECORD_WRITES` runs before the page's own scripts (Playwright `addInitScript`) and notes
 *   which script wrote each cookie (`document.cookie`, `cookieStore.set`) and Web Storage key
 *   (`setItem`), from the first http(s) frame of the call stack: the script's URL, or the page's
 *   own URL for an inline script. It changes nothing the page sees.
 * - `COLLECT` reads, at the end of a journey, what the page's origin keeps and what our widget
 *   and the page's gated elements say.
 */
import { CONFIG_ELEMENT_ID } from '../config/load-config.js';
import { CONSENT_TOOLS, type ToolEvidence } from './consent-tools.js';

/** One write the init script saw. */
export interface RecordedWrite {
  kind: 'cookie' | 'localStorage' | 'sessionStorage';
  name: string;
  /** The writing script's URL, or `null` when the stack had none (an extension, `eval`). */
  url: string | null;
}

/** What `COLLECT` returns. */
export interface PageProbe {
  title: string;
  localStorage: string[];
  sessionStorage: string[];
  indexedDB: string[];
  writes: RecordedWrite[];
  /** `data-consent` elements: gated scripts and embeds, and scripts our gate has run. */
  gated: { tag: string; consent: string; src: string | null; activated: boolean }[];
  links: string[];
  /** Our widget: whether its API is there, the inline config's text, the `data-config` URL. */
  widget: { api: boolean; inline: string | null; dataConfig: string | null };
  tools: ToolEvidence;
}

const KEY = 'Symbol.for("privacy-consent-scan")';

/** Installed before the page's scripts in every frame of a journey. */
export const RECORD_WRITES = `(() => {
  const log = (window[${KEY}] = []);
  const source = () => {
    for (const line of String(new Error().stack || '').split('\\n')) {
      const match = /(https?:\\/\\/[^\\s()]+?):\\d+:\\d+/.exec(line);
      if (match) return match[1];
    }
    return null;
  };
  const note = (kind, name) => { try { log.push({ kind, name: String(name), url: source() }); } catch {} };
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  if (cookie && cookie.set && cookie.get) {
    Object.defineProperty(Document.prototype, 'cookie', {
      configurable: true,
      enumerable: cookie.enumerable,
      get() { return cookie.get.call(this); },
      set(value) { note('cookie', String(value).split(';')[0].split('=')[0].trim()); cookie.set.call(this, value); },
    });
  }
  if (typeof CookieStore !== 'undefined' && CookieStore.prototype.set) {
    const set = CookieStore.prototype.set;
    CookieStore.prototype.set = function (name, value) {
      note('cookie', typeof name === 'object' && name ? name.name : name);
      return set.apply(this, arguments);
    };
  }
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key, value) {
    let kind = 'sessionStorage';
    try { if (this === window.localStorage) kind = 'localStorage'; } catch {}
    note(kind, key);
    return setItem.apply(this, arguments);
  };
})();`;

/** The writes recorded in one frame (run in each frame of the page). */
export const READ_WRITES = `(() => window[${KEY}] || [])()`;

/** Reads the page's state; a page expression resolving to a `PageProbe`. */
export const COLLECT = `(async () => {
  const keys = (name) => { try { const s = window[name]; const out = []; for (let i = 0; i < s.length; i++) out.push(s.key(i)); return out; } catch { return []; } };
  let indexedDB = [];
  try { indexedDB = (await window.indexedDB.databases()).map((db) => db.name).filter(Boolean); } catch {}
  const resolve = (value) => { try { return new URL(value, document.baseURI).href; } catch { return value; } };
  const gated = Array.from(document.querySelectorAll('[data-consent]')).filter((el) =>
    (el.tagName === 'SCRIPT' && (el.type === 'text/plain' || el.hasAttribute('data-consent-activated'))) || (el.tagName !== 'SCRIPT' && el.hasAttribute('data-src'))
  ).map((el) => {
    const tag = el.tagName.toLowerCase();
    const dataSrc = el.getAttribute('data-src');
    const src = dataSrc ? resolve(dataSrc) : tag === 'script' && el.src ? el.src : null;
    const activated = tag === 'script' ? el.hasAttribute('data-consent-activated') : el.hasAttribute('src');
    return { tag, consent: el.getAttribute('data-consent') || '', src, activated };
  });
  const inline = document.getElementById(${JSON.stringify(CONFIG_ELEMENT_ID)});
  const own = Array.from(document.querySelectorAll('script[type="module"][src][data-config]'))[0];
  const tools = ${JSON.stringify(CONSENT_TOOLS.map((t) => ({ globals: t.globals, selectors: t.selectors })))};
  const globals = [...new Set(tools.flatMap((t) => t.globals))].filter((g) => { try { return window[g] !== undefined; } catch { return false; } });
  const selectors = [...new Set(tools.flatMap((t) => t.selectors))].filter((s) => { try { return !!document.querySelector(s); } catch { return false; } });
  return {
    title: document.title,
    localStorage: keys('localStorage'),
    sessionStorage: keys('sessionStorage'),
    indexedDB,
    writes: window[${KEY}] || [],
    gated,
    links: Array.from(document.querySelectorAll('a[href]')).map((a) => a.href),
    widget: {
      api: !!(window.PrivacyConsent && typeof window.PrivacyConsent.ready === 'function'),
      inline: inline ? inline.textContent : null,
      dataConfig: own ? resolve(own.getAttribute('data-config')) : null,
    },
    tools: { globals, selectors },
  };
})()`;

/** Our widget's consent state, waiting at most `ms` for it to finish reading storage. */
export function readConsentState(ms: number): string {
  return `(async () => {
    const api = window.PrivacyConsent;
    if (!api || typeof api.ready !== 'function') return null;
    const state = await Promise.race([api.ready(), new Promise((resolve) => setTimeout(() => resolve(api.get()), ${Math.max(0, Math.round(ms))}))]);
    return { status: state.status, decision: state.decision };
  })()`;
}

/**
 * Makes a choice through our public API (src/consent/api.ts); resolves with the state after it,
 * or with status `no answer` when the API has not answered within `ms`.
 */
export function choose(action: 'rejectAll' | 'acceptAll', ms: number): string {
  return `(async () => {
    const timeout = new Promise((resolve) => setTimeout(() => resolve({ status: 'no answer', decision: null }), ${Math.max(0, Math.round(ms))}));
    const state = await Promise.race([window.PrivacyConsent.${action}(), timeout]);
    return { status: state.status, decision: state.decision };
  })()`;
}
