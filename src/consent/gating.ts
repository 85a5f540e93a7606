/**
 * Script gating. The site marks what needs consent:
 *
 *   <script type="text/plain" data-consent="analytics">…</script>
 *   <script type="text/plain" data-consent="analytics/matomo" data-src="https://…/matomo.js" async></script>
 *   <iframe data-consent="marketing/youtube" data-src="https://www.youtube-nocookie.com/embed/…"></iframe>
 *
 * A script runs once, when what it names is granted, and never before. An element with `data-src`
 * (iframe, img, video…) gets its `src` when granted and loses it again on withdrawal; only an
 * http(s) or relative `data-src` is ever loaded. An embed still blocked is reported (`blocked`), so
 * the page can show a placeholder that asks in place (docs/placeholders.md). One the visitor loaded
 * "this time" from its placeholder carries `data-consent-once`, and the gate leaves it alone.
 */

import { scriptPolicy, type ScriptPolicy } from './trusted-types.js';

/** Whether a `data-consent` value is granted: every space-separated id in it must be. */
export function isAllowed(spec: string, granted: (id: string) => boolean): boolean {
  const ids = spec.match(/\S+/g);
  return !!ids && ids.every(granted);
}

const GATED = 'script[type="text/plain"][data-consent],[data-consent][data-src]:not(script)';

/**
 * Whether `url` (relative to `base`) is an http(s) address: the only kind an embed may load or a
 * placeholder may link to. `javascript:` in an iframe's `src` would run in the page's origin and
 * `data:` would show content nobody consented to. The WHATWG URL parser reads it as the browser
 * will, so `java\nscript:` is caught too; an unparsable address is not a web address.
 */
export function isWebUrl(url: string, base: string): boolean {
  try {
    return /^https?:/.test(new URL(url, base).href);
  } catch {
    return false;
  }
}

/**
 * The Trusted Types policy (trusted-types.ts), made with the first gated script that runs.
 *
 * Module state on purpose, not a field of each gate: a policy belongs to the page's realm, and a
 * name can be created only once in it (a CSP `trusted-types privacy-consent` without
 * 'allow-duplicates' refuses a second `createPolicy`), so a second gate on the same page (a
 * single-page app composing the page again) must reuse the first one's policy.
 */
let policy: ScriptPolicy | null | undefined;

/** Re-creates a blocked script as a live one, keeping every attribute (nonce, async, defer, integrity…). */
function activateScript(blocked: HTMLScriptElement): void {
  // A TrustedScript or TrustedScriptURL where the browser has Trusted Types, whether or not this
  // page requires them: it cannot tell without a violation (trusted-types.ts).
  if (policy === undefined) policy = scriptPolicy();
  const live = blocked.ownerDocument.createElement('script');
  for (const { name, value } of blocked.attributes) {
    if (name === 'type' || name === 'data-src' || name === 'data-type') continue;
    live.setAttribute(name, value);
  }
  const type = blocked.getAttribute('data-type');
  if (type) live.type = type;
  // Browsers hide the nonce attribute once parsed (HTML "nonce hiding"); the property keeps it.
  if (blocked.nonce) live.nonce = blocked.nonce;
  const src = blocked.getAttribute('data-src');
  if (src) {
    live.src = (policy?.createScriptURL(src) ?? src) as string;
    // Inserted scripts are async by default; keep document order unless the page asked for async.
    live.async = blocked.hasAttribute('async');
  } else {
    live.text = (policy?.createScript(blocked.text) ?? blocked.text) as string;
  }
  live.setAttribute('data-consent-activated', '');
  blocked.replaceWith(live);
}

/**
 * Watches a document for gated scripts and embeds, including ones the page adds later, and runs
 * or loads each when its consent is granted.
 */
export class ScriptGate {
  #root: Document;
  #granted: (id: string) => boolean;
  #blocked: ((embed: Element) => void) | undefined;

  /** `blocked` is called with each embed left without its `src`, after every check. */
  constructor(root: Document, granted: (id: string) => boolean, blocked?: (embed: Element) => void) {
    this.#root = root;
    this.#granted = granted;
    this.#blocked = blocked;
  }

  /** Processes what is on the page now and what is added later. */
  start(): void {
    this.refresh();
    new MutationObserver((mutations) => {
      for (const mutation of mutations) {
        for (const node of mutation.addedNodes) {
          if (node instanceof Element) this.#process([node, ...node.querySelectorAll(GATED)]);
        }
      }
    }).observe(this.#root.documentElement, { childList: true, subtree: true });
  }

  /** Re-checks every gated element, after a change of consent. */
  refresh(): void {
    this.#process(this.#root.querySelectorAll(GATED));
  }

  #process(elements: Iterable<Element>): void {
    for (const element of elements) {
      // Skipped once no longer in the page (activated and replaced, or removed by the site).
      if (!element.isConnected || !element.matches(GATED)) continue;
      const allowed = isAllowed(element.getAttribute('data-consent')!, this.#granted);
      try {
        if (element instanceof HTMLScriptElement) {
          if (allowed) activateScript(element);
        } else {
          // An embed gets its `src` when granted and loses it when not; setting the same `src` again
          // would reload the frame, and removing an absent one does nothing.
          const src = element.getAttribute('data-src')!;
          if (!allowed || !isWebUrl(src, element.baseURI)) {
            element.removeAttribute('src');
            this.#blocked?.(element);
          } else if (element.getAttribute('src') !== src) element.setAttribute('src', src);
        }
      } catch (error) {
        // Reported like an uncaught error (a plain string on a page that requires Trusted Types
        // but refused the policy); the page's other gated scripts and embeds still load.
        reportError(error);
      }
    }
  }
}
