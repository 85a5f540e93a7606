/**
 * The Trusted Types policy `privacy-consent`, for pages that enforce
 * `Content-Security-Policy: require-trusted-types-for 'script'` (W3C Trusted Types §3). There,
 * giving a script its text or its `src` as a plain string throws, so without a policy a gated
 * script could never run once consent is given.
 *
 * A page cannot read whether its CSP requires Trusted Types, and trying a plain string to find
 * out is itself a violation (reported to the console and to the site's `report-to` endpoint on
 * every page load). So the policy is made in every browser that has Trusted Types, with the first
 * gated script that runs, and never before: as Lit makes its policy `lit-html` wherever
 * `window.trustedTypes` exists (lit-html 3.3). A site that lists allowed policies names both:
 * `trusted-types privacy-consent lit-html`. See docs/security.md.
 */

/** The policy's name, for a site's `trusted-types` directive. */
export const POLICY_NAME = 'privacy-consent';

/** The part of a Trusted Types policy gating uses (not in every TypeScript DOM library). */
export interface ScriptPolicy {
  createScript(input: string): unknown;
  createScriptURL(input: string): unknown;
}

type PolicyFactory = { createPolicy(name: string, rules: { createScript(input: string): string; createScriptURL(input: string): string }): ScriptPolicy };

/**
 * Makes the policy, or returns `null` in a browser without Trusted Types or where the page's
 * `trusted-types` directive refuses the name (the browser's console then names the policy and the
 * directive; plain strings still work unless the page also requires Trusted Types).
 *
 * Its rules pass their input unchanged. What keeps the policy narrow is who holds it: gating.ts
 * keeps it to itself, and its only two calls pass the text, or the `data-src`, of a
 * `<script type="text/plain" data-consent>` in the document whose consent is granted: exactly
 * what the site itself gated. Call it once per page: a second policy of the same name is refused
 * unless the page says `'allow-duplicates'`.
 */
export function scriptPolicy(win: { trustedTypes?: PolicyFactory } = window as never): ScriptPolicy | null {
  const same = (input: string): string => input;
  try {
    return win.trustedTypes?.createPolicy(POLICY_NAME, { createScript: same, createScriptURL: same }) ?? null;
  } catch {
    return null;
  }
}
