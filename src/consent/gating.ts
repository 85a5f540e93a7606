/**
 * Script gating. The site marks what needs consent:
 *
 *   <script type="text/plain" data-consent="analytics">…</script>
 *   <script type="text/plain" data-consent="analytics/matomo" data-src="https://…/matomo.js" async></script>
 *   <iframe data-consent="marketing/youtube" data-src="https://www.youtube-nocookie.com/embed/…"></iframe>
 *
 * A script runs once, when what it names is granted, and never before. An element with `data-src`
 * (iframe, img, video…) gets its `src` when granted and loses it again on withdrawal.
 */

/** Whether a `data-consent` value is granted: every space-separated id in it must be. */
export function isAllowed(spec: string, granted: (id: string) => boolean): boolean {
  const ids = spec.trim().split(/\s+/).filter(Boolean);
  return ids.length > 0 && ids.every(granted);
}

const GATED = 'script[type="text/plain"][data-consent],[data-consent][data-src]:not(script)';

/**
 * The Trusted Types policy that passes exactly the gated scripts (trusted-types.ts), loaded once
 * a page turns out to require Trusted Types; `null` while it loads.
 */
let trusted: import('./trusted-types.js').TrustedScripts | null | undefined;

/** Re-creates a blocked script as a live one, keeping every attribute (nonce, async, defer, integrity…). */
function activateScript(blocked: HTMLScriptElement): void {
  const live = blocked.ownerDocument.createElement('script');
  for (const { name, value } of Array.from(blocked.attributes)) {
    if (name === 'type' || name === 'data-src' || name === 'data-type') continue;
    live.setAttribute(name, value);
  }
  const type = blocked.getAttribute('data-type');
  if (type) live.type = type;
  // Browsers hide the nonce attribute once parsed (HTML "nonce hiding"); the property keeps it.
  if (blocked.nonce) live.nonce = blocked.nonce;
  const src = blocked.getAttribute('data-src');
  if (src) {
    live.src = trusted ? trusted.src(blocked) : src;
    // Inserted scripts are async by default; keep document order unless the page asked for async.
    live.async = blocked.hasAttribute('async');
  } else {
    live.text = trusted ? trusted.text(blocked) : blocked.text;
  }
  live.setAttribute('data-consent-activated', '');
  blocked.replaceWith(live);
}

/** Sets or removes the `src` of a gated embed to match its grant. */
function syncEmbed(element: Element, allowed: boolean): void {
  const src = element.getAttribute('data-src')!;
  if (allowed && element.getAttribute('src') !== src) element.setAttribute('src', src);
  if (!allowed && element.hasAttribute('src')) element.removeAttribute('src');
}

/**
 * Watches a document for gated scripts and embeds, including ones the page adds later, and runs
 * or loads each when its consent is granted.
 */
export class ScriptGate {
  #root: Document;
  #granted: (id: string) => boolean;
  #observer: MutationObserver | undefined;

  constructor(root: Document, granted: (id: string) => boolean) {
    this.#root = root;
    this.#granted = granted;
  }

  /** Processes what is on the page now and what is added later. */
  start(): void {
    this.refresh();
    this.#observer = new MutationObserver((mutations) => {
      for (const mutation of mutations) {
        for (const node of Array.from(mutation.addedNodes)) {
          if (node instanceof Element) this.#process([node, ...Array.from(node.querySelectorAll(GATED))]);
        }
      }
    });
    this.#observer.observe(this.#root.documentElement, { childList: true, subtree: true });
  }

  /** Re-checks every gated element, after a change of consent. */
  refresh(): void {
    this.#process(Array.from(this.#root.querySelectorAll(GATED)));
  }

  #process(elements: Element[]): void {
    for (const element of elements) {
      // Skipped once no longer in the page (activated and replaced, or removed by the site).
      if (!element.isConnected || !element.matches(GATED)) continue;
      const allowed = isAllowed(element.getAttribute('data-consent')!, this.#granted);
      try {
        if (!(element instanceof HTMLScriptElement)) syncEmbed(element, allowed);
        else if (allowed) activateScript(element);
      } catch (error) {
        // Under `require-trusted-types-for 'script'` a plain string cannot become script (the
        // browser reports that one violation; it is how we learn the page enforces Trusted
        // Types). Load the policy, then go through the page again, in document order: this
        // script and the ones after it are still waiting. Anything else is reported like an
        // uncaught error, and the page's other gated scripts and embeds still load.
        if (trusted !== undefined || !(error instanceof TypeError) || !('trustedTypes' in window)) reportError(error);
        else {
          trusted = null;
          return void import('./trusted-types.js').then(({ trustedScripts }) => ((trusted = trustedScripts()), this.refresh()), reportError);
        }
      }
    }
  }
}
