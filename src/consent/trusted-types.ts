/**
 * The Trusted Types policy `privacy-consent`, for pages that enforce
 * `Content-Security-Policy: require-trusted-types-for 'script'` (W3C Trusted Types §3). There,
 * giving a script its text or its `src` as a plain string throws, so without a policy a gated
 * script could never run once consent is given. This module (about 0.5 KB gzip) loads only on
 * such a page, when the first gated script's plain text or URL is refused: a page cannot read
 * whether Trusted Types are required without trying, so the browser reports that one violation.
 *
 * The policy turns into script exactly what the site itself gated, and nothing else: the text of,
 * or the `data-src` on, a `<script type="text/plain" data-consent>` that is in the document at the
 * moment it is activated. Any other string given to it is refused with a TypeError. A site that
 * lists allowed policies names it: `trusted-types privacy-consent lit-html` (`lit-html` is Lit's
 * own policy, which the banner and notice use). See docs/security.md.
 */

/** The policy's name, for a site's `trusted-types` directive. */
export const POLICY_NAME = 'privacy-consent';

/** The part of the Trusted Types API used here (not in every TypeScript DOM library). */
interface TrustedTypePolicy {
  createScript(input: string): unknown;
  createScriptURL(input: string): unknown;
}
interface TrustedTypePolicyFactory {
  createPolicy(name: string, rules: { createScript(input: string): string; createScriptURL(input: string): string }): TrustedTypePolicy;
}

const GATED = 'script[type="text/plain"][data-consent]';

/** Wraps a gated script's text and `data-src` as trusted values. */
export interface TrustedScripts {
  /** The script's text, trusted. */
  text(script: HTMLScriptElement): string;
  /** The script's `data-src`, trusted. */
  src(script: HTMLScriptElement): string;
}

/**
 * Creates the policy (once per page) and returns wrappers that only ever pass the text or
 * `data-src` of a gated script that is in its document.
 *
 * When the page does not allow the policy (a `trusted-types` directive without
 * `privacy-consent`), plain strings are used: they work unless the page also requires Trusted
 * Types, and then each activation throws a TypeError that says which policy to allow.
 */
export function trustedScripts(win: Window & { trustedTypes?: TrustedTypePolicyFactory } = window): TrustedScripts {
  /** The one value the policy may pass next: set just before each call, from the element itself. */
  let expected: string | undefined;
  const pass = (input: string): string => {
    if (expected === undefined || input !== expected) throw new TypeError(`${POLICY_NAME}: this Trusted Types policy only passes the script of a gated <script type="text/plain" data-consent>`);
    expected = undefined;
    return input;
  };
  let policy: TrustedTypePolicy | undefined;
  let refused = '';
  try {
    policy = win.trustedTypes!.createPolicy(POLICY_NAME, { createScript: pass, createScriptURL: pass });
  } catch (error) {
    refused = (error as Error)?.message ?? String(error);
  }
  const wrap = (script: HTMLScriptElement, value: string, create: (policy: TrustedTypePolicy, input: string) => unknown, sink: (probe: HTMLScriptElement) => void): string => {
    if (!script.isConnected || !script.matches(GATED)) throw new TypeError(`${POLICY_NAME}: only a gated script in the document can be trusted`);
    if (!policy) {
      try {
        // Does the page require Trusted Types? Only then does a plain string fail here.
        sink(script.ownerDocument.createElement('script'));
      } catch {
        throw new TypeError(
          `${POLICY_NAME}: gated scripts cannot run: the page requires Trusted Types but does not allow the policy "${POLICY_NAME}"; add it to the trusted-types directive of its Content-Security-Policy (${refused})`,
        );
      }
      return value;
    }
    expected = value;
    try {
      // A TrustedScript or TrustedScriptURL: assignable where the DOM expects a string.
      return create(policy, value) as string;
    } finally {
      expected = undefined;
    }
  };
  return {
    text: (script) => wrap(script, script.text, (p, input) => p.createScript(input), (probe) => (probe.text = script.text)),
    src: (script) => {
      const src = script.getAttribute('data-src') ?? '';
      return wrap(script, src, (p, input) => p.createScriptURL(input), (probe) => (probe.src = src));
    },
  };
}
