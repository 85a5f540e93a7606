import { expect, waitUntil } from '@open-wc/testing';
import { deleteCookies, writeMirrorCookie } from '../../src/consent/cookies.js';
import type { ConsentState } from '../../src/consent/events.js';
import { ScriptGate } from '../../src/consent/gating.js';

declare function describe(name: string, body: () => void): void;
declare function it(name: string, body: () => unknown): void;
declare function afterEach(body: () => unknown): void;

const cookieNames = () => document.cookie.split(';').map((c) => c.split('=')[0]!.trim()).filter(Boolean);

describe('deleteCookies', () => {
  it('deletes the cookies matching declared names, wildcards included, and nothing else', () => {
    document.cookie = '_pk_id.1.abc=1; path=/';
    document.cookie = '_pk_ses.1.abc=1; path=/';
    document.cookie = 'keep_me=1; path=/';
    const deleted = deleteCookies(['_pk_id.*', '_pk_ses.*']);
    expect(deleted.sort()).to.deep.equal(['_pk_id.1.abc', '_pk_ses.1.abc']);
    expect(cookieNames()).to.include('keep_me');
    expect(cookieNames()).not.to.include('_pk_id.1.abc');
    deleteCookies(['keep_me']);
  });
});

describe('writeMirrorCookie', () => {
  it('mirrors a decision in a first-party cookie, and removes it when the choice is forgotten', () => {
    const state = { version: '1', consentId: 'abc', decision: 'custom', expiresAt: new Date(Date.now() + 86_400_000).toISOString(), categories: { necessary: true, analytics: false } } as unknown as ConsentState;
    writeMirrorCookie({ name: 'pc-test' }, state);
    expect(document.cookie).to.contain('pc-test=v=1&id=abc&necessary=1&analytics=0');
    writeMirrorCookie({ name: 'pc-test' }, { ...state, decision: null, expiresAt: null });
    expect(cookieNames()).not.to.include('pc-test');
  });
});

describe('ScriptGate', () => {
  const granted = new Set<string>();
  let gate: ScriptGate | undefined;
  const w = window as unknown as Record<string, number | undefined>;
  afterEach(() => {
    gate = undefined;
    granted.clear();
    document.querySelectorAll('[data-test-gated]').forEach((el) => el.remove());
  });

  function addScript(consent: string, code: string, attrs: Record<string, string> = {}) {
    const script = document.createElement('script');
    script.type = 'text/plain';
    script.dataset.consent = consent;
    script.dataset.testGated = '';
    for (const [k, v] of Object.entries(attrs)) script.setAttribute(k, v);
    script.text = code;
    document.body.append(script);
    return script;
  }

  it('runs a gated script once, only after its category is granted, keeping its attributes', async () => {
    w.gatedRuns = 0;
    addScript('analytics', 'window.gatedRuns++', { nonce: 'n0nce', 'data-extra': 'kept' });
    gate = new ScriptGate(document, (id) => granted.has(id));
    gate.start();
    expect(w.gatedRuns).to.equal(0);
    granted.add('analytics');
    gate.refresh();
    // In a browser with Trusted Types the first activation waits for the policy (a small chunk).
    await waitUntil(() => w.gatedRuns === 1, 'the script ran once granted');
    const live = document.querySelector<HTMLScriptElement>('script[data-consent-activated][data-test-gated]')!;
    expect(live.nonce).to.equal('n0nce');
    expect(live.dataset.extra).to.equal('kept');
    gate.refresh();
    expect(w.gatedRuns).to.equal(1);
  });

  it('gates scripts the page adds later, before and after consent', async () => {
    w.lateRuns = 0;
    gate = new ScriptGate(document, (id) => granted.has(id));
    gate.start();
    addScript('analytics/matomo', 'window.lateRuns++');
    await new Promise((r) => setTimeout(r, 20));
    expect(w.lateRuns).to.equal(0);
    granted.add('analytics/matomo');
    addScript('analytics/matomo', 'window.lateRuns++');
    await waitUntil(() => w.lateRuns === 1, 'the later script ran once granted');
  });

  it('gives an embed its src when granted and takes it back on withdrawal', () => {
    const frame = document.createElement('iframe');
    frame.dataset.consent = 'marketing';
    // Only an http(s) or relative address is ever loaded (a 404 here: the test runner has no such page).
    frame.dataset.src = '/__gate-test__/video.html';
    frame.dataset.testGated = '';
    document.body.append(frame);
    gate = new ScriptGate(document, (id) => granted.has(id));
    gate.start();
    expect(frame.hasAttribute('src')).to.be.false;
    granted.add('marketing');
    gate.refresh();
    expect(frame.getAttribute('src')).to.equal('/__gate-test__/video.html');
    granted.delete('marketing');
    gate.refresh();
    expect(frame.hasAttribute('src')).to.be.false;
  });

  it('reports each embed it leaves blocked, and never loads one whose address is not http(s)', () => {
    const frames = ['/__gate-test__/video.html', 'javascript:parent.gateHacked=1', 'data:text/html,x'].map((src) => {
      const frame = document.createElement('iframe');
      frame.dataset.consent = 'marketing';
      frame.dataset.src = src;
      frame.dataset.testGated = '';
      document.body.append(frame);
      return frame;
    });
    const blocked: Element[] = [];
    gate = new ScriptGate(document, (id) => granted.has(id), (embed) => blocked.push(embed));
    gate.start();
    expect(blocked).to.deep.equal(frames);
    blocked.length = 0;
    granted.add('marketing');
    gate.refresh();
    expect(frames.map((f) => f.getAttribute('src'))).to.deep.equal(['/__gate-test__/video.html', null, null]);
    expect(blocked).to.deep.equal(frames.slice(1));
    expect((window as unknown as { gateHacked?: number }).gateHacked).to.be.undefined;
  });

  it('leaves alone an embed loaded "this time" (data-consent-once)', () => {
    const frame = document.createElement('iframe');
    frame.setAttribute('data-consent-once', 'marketing');
    frame.dataset.src = '/__gate-test__/video.html';
    frame.setAttribute('src', '/__gate-test__/video.html');
    frame.dataset.testGated = '';
    document.body.append(frame);
    gate = new ScriptGate(document, (id) => granted.has(id));
    gate.start();
    expect(frame.getAttribute('src')).to.equal('/__gate-test__/video.html');
  });
});
