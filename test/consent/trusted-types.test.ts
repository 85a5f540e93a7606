/** The Trusted Types policy: made once where the browser has Trusted Types, never fatal where it cannot be. */
import { describe, expect, it } from 'vitest';
import { POLICY_NAME, scriptPolicy } from '../../src/consent/trusted-types.js';

type Rules = { createScript(input: string): string; createScriptURL(input: string): string };

/** A window whose Trusted Types factory records each policy's rules, as a browser would hold them. */
function fakeWindow(allowed = true) {
  const created: { name: string; rules: Rules }[] = [];
  const win = {
    trustedTypes: {
      createPolicy(name: string, rules: Rules) {
        // As Chromium does when the page's `trusted-types` directive does not list the name.
        if (!allowed) throw new TypeError(`Failed to execute 'createPolicy' on 'TrustedTypePolicyFactory': Policy "${name}" disallowed.`);
        created.push({ name, rules });
        return { createScript: (s: string) => ({ script: rules.createScript(s) }), createScriptURL: (s: string) => ({ url: rules.createScriptURL(s) }) };
      },
    },
  };
  return { win, created };
}

describe('scriptPolicy', () => {
  it(`creates the policy "${POLICY_NAME}", which passes a gated script's text and data-src unchanged`, () => {
    const { win, created } = fakeWindow();
    const policy = scriptPolicy(win)!;
    expect(created.map((p) => p.name)).toEqual(['privacy-consent']);
    expect(policy.createScript('track()')).toEqual({ script: 'track()' });
    expect(policy.createScriptURL('/matomo.js')).toEqual({ url: '/matomo.js' });
  });

  it('is null in a browser without Trusted Types', () => {
    expect(scriptPolicy({})).toBeNull();
  });

  it('is null, without throwing, where the page refuses the name', () => {
    const { win, created } = fakeWindow(false);
    expect(scriptPolicy(win)).toBeNull();
    expect(created).toEqual([]);
  });
});
