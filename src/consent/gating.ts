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
  const ids = spec.match(/\S+/g);
  return !!ids && ids.every(granted);
}

const GATED = 'script[type="text/plain"][data-consent],[data-consent][data-src]:not(script)';

/** Re-creates a blocked script as a live one, keeping every attribute (nonce, async, defer, integrity…). */
function activateScript(blocked: HTMLScriptElement): void {
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
    live.src = src;
    // Inserted scripts are async by default; keep document order unless the page asked for async.
    live.async = blocked.hasAttribute('async');
  } else {
    live.text = blocked.text;
  }
  live.setAttribute('data-consent-activated', '');
  blocked.replaceWith(live);
}

/** Sets or removes the `src` of a gated embed to match its grant. */
function syncEmbed(element: Element, allowed: boolean): void {
  const src = element.getAttribute('data-src')!;
  // Removing an absent attribute changes nothing (DOM "remove an attribute by name").
  if (!allowed) element.removeAttribute('src');
  else if (element.getAttribute('src') !== src) element.setAttribute('src', src);
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
        for (const node of mutation.addedNodes) {
          if (node instanceof Element) this.#process([node, ...node.querySelectorAll(GATED)]);
        }
      }
    });
    this.#observer.observe(this.#root.documentElement, { childList: true, subtree: true });
  }

  /** Re-checks every gated element, after a change of consent. */
  refresh(): void {
    this.#process([...this.#root.querySelectorAll(GATED)]);
  }

  #process(elements: Element[]): void {
    for (const element of elements) {
      if (!element.matches(GATED)) continue;
      const allowed = isAllowed(element.getAttribute('data-consent')!, this.#granted);
      if (element instanceof HTMLScriptElement) {
        if (allowed) activateScript(element);
      } else {
        syncEmbed(element, allowed);
      }
    }
  }
}
