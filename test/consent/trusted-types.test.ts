/** The Trusted Types policy passes exactly the script the site gated, and nothing else. */
import { describe, expect, it } from 'vitest';
import { POLICY_NAME, trustedScripts } from '../../src/consent/trusted-types.js';

type Rules = { createScript(input: string): string; createScriptURL(input: string): string };

/** A window whose Trusted Types factory records the policy's rules, as a browser would hold them. */
function fakeWindow(allowed = true) {
  const created: { name: string; rules: Rules }[] = [];
  const win = {
    trustedTypes: {
      createPolicy(name: string, rules: Rules) {
        if (!allowed) throw new TypeError(`Failed to execute 'createPolicy': Policy "${name}" disallowed.`);
        created.push({ name, rules });
        return { createScript: (s: string) => ({ script: rules.createScript(s) }), createScriptURL: (s: string) => ({ url: rules.createScriptURL(s) }) };
      },
    },
  };
  return { win: win as unknown as Window, created };
}

/** A script element as the gate sees it; `enforced`: the page requires Trusted Types, so plain strings throw. */
const script = (options: { text?: string; src?: string; gated?: boolean; connected?: boolean; enforced?: boolean }) => {
  const refuse = () => {
    if (options.enforced) throw new TypeError("This document requires 'TrustedScript' assignment.");
  };
  const probe = {
    set text(_: string) {
      refuse();
    },
    set src(_: string) {
      refuse();
    },
  };
  return {
    text: options.text ?? '',
    isConnected: options.connected ?? true,
    ownerDocument: { createElement: () => probe },
    getAttribute: (name: string) => (name === 'data-src' ? (options.src ?? null) : null),
    matches: () => options.gated ?? true,
  } as unknown as HTMLScriptElement;
};

describe('trustedScripts', () => {
  it(`creates the policy "${POLICY_NAME}" and passes a gated script's text and data-src`, () => {
    const { win, created } = fakeWindow();
    const trusted = trustedScripts(win);
    expect(created.map((p) => p.name)).toEqual(['privacy-consent']);
    expect(trusted.text(script({ text: 'track()' }))).toEqual({ script: 'track()' });
    expect(trusted.src(script({ src: '/matomo.js' }))).toEqual({ url: '/matomo.js' });
  });

  it('refuses a script that is not gated, or not in the document', () => {
    const { win } = fakeWindow();
    const trusted = trustedScripts(win);
    expect(() => trusted.text(script({ text: 'evil()', gated: false }))).toThrow(TypeError);
    expect(() => trusted.text(script({ text: 'evil()', connected: false }))).toThrow(TypeError);
  });

  it('refuses any string handed to the policy directly', () => {
    const { win, created } = fakeWindow();
    trustedScripts(win);
    const { rules } = created[0]!;
    expect(() => rules.createScript('window.pwned = 1')).toThrow(/only passes the script of a gated/);
    expect(() => rules.createScriptURL('https://evil.example/x.js')).toThrow(TypeError);
  });

  it('where the page does not allow the policy: plain strings, unless the page requires Trusted Types, then it says which policy to allow', () => {
    const { win } = fakeWindow(false);
    const trusted = trustedScripts(win);
    expect(trusted.text(script({ text: 'track()' }))).toBe('track()');
    expect(() => trusted.src(script({ src: '/matomo.js', enforced: true }))).toThrow(/does not allow the policy "privacy-consent".*trusted-types directive/);
  });
});
