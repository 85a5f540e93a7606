import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { consentConfig, focused, renderConsent } from './consent-fixtures.js';
import type { CookiePreferencesElement } from '../../src/elements/cookie-preferences/cookie-preferences.js';

declare function describe(name: string, body: () => void): void;
declare function it(name: string, body: () => unknown): void;

describe('<cookie-preferences>', () => {
  it('starts with every optional switch off and required ones on and locked', async () => {
    const { runtime, switchFor } = await renderConsent();
    await runtime.request({ kind: 'preferences', opener: null });
    expect(switchFor('necessary').checked).to.be.true;
    expect(switchFor('necessary').disabled).to.be.true;
    expect(switchFor('analytics').checked).to.be.false;
    expect(switchFor('marketing').checked).to.be.false;
    expect(switchFor('analytics').getAttribute('role')).to.equal('switch');
  });

  it('saves a custom choice, closes, and confirms in the banner with focus', async () => {
    const { runtime, switchFor, dialogElement, dialog, store, root } = await renderConsent();
    await runtime.request({ kind: 'preferences', opener: null });
    switchFor('analytics').focus();
    await sendKeys({ press: 'Space' });
    expect(switchFor('analytics').checked).to.be.true;
    dialogElement().shadowRoot!.querySelector<HTMLButtonElement>('[part~="save-button"]')!.click();
    await waitUntil(() => !dialog()!.open, 'dialog closed');
    expect(store.state.decision).to.equal('custom');
    expect(store.granted('analytics')).to.be.true;
    expect(store.granted('marketing')).to.be.false;
    await waitUntil(() => focused()?.classList.contains('confirmation'), 'focus on the confirmation');
    expect(root.textContent).to.contain("You've saved your cookie preferences.");
  });

  it('shows each service and its cookies in a table, with no axe violations when every category is open', async () => {
    const { runtime, dialogElement } = await renderConsent();
    await runtime.request({ kind: 'preferences', opener: null });
    const shadow = dialogElement().shadowRoot!;
    shadow.querySelectorAll('details').forEach((d) => (d.open = true));
    const rows = Array.from(shadow.querySelectorAll('tbody tr')).map((tr) => Array.from(tr.querySelectorAll('td'), (td) => td.textContent!.trim()));
    expect(rows).to.deep.include(['_pk_id.*', 'Example NHS Trust', 'Tells visits apart.', '13 months']);
    expect(rows).to.deep.include(['YSC', 'Google', '', 'Session']);
    expect(Array.from(shadow.querySelectorAll('th'), (th) => th.textContent)).to.include.members(['Name', 'Provider', 'Purpose', 'Duration']);
    await expect(dialogElement()).to.be.accessible();
  });

  it('names each cookie table: a service’s by the service, a category’s own cookies by the category', async () => {
    const { runtime, dialogElement } = await renderConsent();
    await runtime.request({ kind: 'preferences', opener: null });
    const captions = Array.from(dialogElement().shadowRoot!.querySelectorAll('[part~="cookie-table"] caption'), (c) => c.textContent);
    expect(captions).to.deep.equal(['Strictly necessary cookies', 'Cookies set by Matomo', 'Cookies set by YouTube']);
  });

  it('names Global Privacy Control when the browser sends it', async () => {
    const { runtime, dialogElement, host } = await renderConsent(consentConfig(), { gpc: true });
    expect(host.shadowRoot!.querySelector('[part="banner"]')).to.be.null;
    await runtime.request({ kind: 'preferences', opener: null });
    expect(dialogElement().shadowRoot!.textContent).to.contain('Global Privacy Control');
  });

  it('works inline on a cookies page, announcing the saved choice', async () => {
    const { runtime } = await renderConsent();
    const inline = await fixture<CookiePreferencesElement>(html`<cookie-preferences .runtime=${runtime}></cookie-preferences>`);
    const shadow = inline.shadowRoot!;
    expect(shadow.querySelector('dialog')).to.be.null;
    shadow.querySelector<HTMLButtonElement>('[part~="reject-button"]')!.click();
    await waitUntil(() => shadow.querySelector('[role="status"]')!.textContent!.trim() !== '', 'status message');
    expect(runtime.store.state.decision).to.equal('reject-all');
    await expect(inline).to.be.accessible();
  });

  it('finds the runtime by itself through the page (privacy-consent-runtime request)', async () => {
    const { runtime } = await renderConsent();
    const answer = (event: Event) => (event as Event & { provide: (r: unknown) => void }).provide(runtime);
    document.addEventListener('privacy-consent-runtime', answer);
    try {
      const inline = await fixture<CookiePreferencesElement>(html`<cookie-preferences></cookie-preferences>`);
      await waitUntil(() => inline.shadowRoot!.querySelector('input[role="switch"]'), 'rendered with the runtime');
    } finally {
      document.removeEventListener('privacy-consent-runtime', answer);
    }
  });
});
