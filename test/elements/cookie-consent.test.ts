import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { consentConfig, focused, renderConsent } from './consent-fixtures.js';

declare function describe(name: string, body: () => void): void;
declare function it(name: string, body: () => unknown): void;

describe('<cookie-consent>', () => {
  it('asks with three buttons of equal size and weight, and a notice link', async () => {
    const { button, banner, root } = await renderConsent();
    expect(banner()).to.exist;
    expect(banner()!.getAttribute('aria-label')).to.equal('Cookies on Example NHS Trust');
    const boxes = ['accept-button', 'reject-button', 'preferences-button'].map((p) => button(p).getBoundingClientRect());
    for (const box of boxes) {
      expect(Math.round(box.height)).to.equal(Math.round(boxes[0]!.height));
      expect(Math.round(box.width)).to.equal(Math.round(boxes[0]!.width));
      expect(box.height).to.be.at.least(44);
    }
    const styles = ['accept-button', 'reject-button'].map((p) => getComputedStyle(button(p)));
    expect(styles[0]!.backgroundColor).to.equal(styles[1]!.backgroundColor);
    expect(styles[0]!.fontWeight).to.equal(styles[1]!.fontWeight);
    expect(root.querySelector('a[part="notice-link"]')!.getAttribute('href')).to.equal('/privacy');
    expect(root.textContent).to.contain('Analytics and Videos');
  });

  it('is a labelled region, not a modal, with no axe violations', async () => {
    const { host, banner } = await renderConsent();
    expect(banner()!.tagName).to.equal('SECTION');
    expect(banner()!.hasAttribute('aria-modal')).to.be.false;
    await expect(host).to.be.accessible();
  });

  it('saves an acceptance, then confirms it with focus on an alert', async () => {
    const { button, store, root, host } = await renderConsent();
    button('accept-button').click();
    await waitUntil(() => root.querySelector('.confirmation'), 'confirmation shown');
    expect(store.granted('analytics') && store.granted('marketing')).to.be.true;
    const message = root.querySelector<HTMLElement>('.confirmation')!;
    expect(message.getAttribute('role')).to.equal('alert');
    expect(message.textContent).to.contain("You've accepted additional cookies.");
    await waitUntil(() => focused() === message, 'focus on the confirmation');
    await expect(host).to.be.accessible();
  });

  it('saves a rejection, and hides the confirmation on request', async () => {
    const { button, store, root, banner } = await renderConsent();
    button('reject-button').click();
    await waitUntil(() => root.querySelector('.confirmation'));
    expect(store.state.decision).to.equal('reject-all');
    expect(store.granted('analytics')).to.be.false;
    expect(root.textContent).to.contain("You've rejected additional cookies.");
    button('hide-button').click();
    await waitUntil(() => !banner(), 'banner hidden');
  });

  it('renders nothing for a visitor who has already chosen', async () => {
    const page = await renderConsent();
    await page.runtime.decide('reject-all', {});
    const again = await renderConsent();
    // A fresh store over fresh memory would ask; reuse the decided store instead.
    again.host.runtime = page.runtime;
    page.host.remove();
    await again.host.updateComplete;
    expect(again.store.needsDecision).to.be.true;
    expect(page.store.needsDecision).to.be.false;
  });

  it('hides the question when a decision arrives from elsewhere (API, another tab)', async () => {
    const { runtime, banner } = await renderConsent();
    await runtime.decide('api', { analytics: true });
    await waitUntil(() => !banner(), 'banner hidden');
  });

  it('opens the preferences dialog from the banner by keyboard, traps Tab, and Escape returns focus', async () => {
    const { button, dialog, dialogElement } = await renderConsent();
    button('preferences-button').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialog()?.open, 'dialog open');
    const inside = () => dialogElement().shadowRoot!.contains(focused());
    await waitUntil(inside, 'focus moved into the dialog');
    for (let i = 0; i < 25; i++) {
      await sendKeys({ press: 'Tab' });
      expect(inside(), `Tab ${i + 1} stays in the dialog`).to.be.true;
    }
    for (let i = 0; i < 5; i++) {
      await sendKeys({ press: 'Shift+Tab' });
      expect(inside(), `Shift+Tab ${i + 1} stays in the dialog`).to.be.true;
    }
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog()!.open, 'dialog closed');
    await waitUntil(() => focused() === button('preferences-button'), 'focus back on the opener');
  });

  it('uses a top position in the page flow when configured', async () => {
    const config = consentConfig();
    config.consent.position = 'top';
    const { banner } = await renderConsent(config);
    expect(getComputedStyle(banner()!).position).to.equal('static');
    const bottom = await renderConsent();
    expect(getComputedStyle(bottom.banner()!).position).to.equal('fixed');
  });

  it('keeps focus visible above a bottom banner: scroll padding and a spacer of its height', async () => {
    const { banner } = await renderConsent();
    await waitUntil(() => document.documentElement.style.scrollPaddingBottom !== '', 'scroll padding set');
    const height = Math.ceil(banner()!.getBoundingClientRect().height);
    expect(document.documentElement.style.scrollPaddingBottom).to.equal(`${height}px`);
    expect(document.querySelector<HTMLElement>('[data-privacy-consent-spacer]')!.style.height).to.equal(`${height}px`);
  });

  it('takes its wording from the config, key by key', async () => {
    const config = consentConfig();
    config.consent.text = { rejectAll: 'No thanks to optional cookies' };
    const { button } = await renderConsent(config);
    // Reworded Accept or Reject is checked against the reject rule first (a small chunk loads).
    await waitUntil(() => button('reject-button'), 'the banner, once its wording is checked', { timeout: 5000 });
    expect(button('reject-button').textContent!.trim()).to.equal('No thanks to optional cookies');
    expect(button('accept-button').textContent!.trim()).to.equal('Accept additional cookies');
  });

  it('escapes config text: markup in a title is shown as text', async () => {
    const config = consentConfig();
    config.organisation.name = '<img src=x onerror="window.pwned=1">Trust';
    const { root } = await renderConsent(config);
    expect(root.querySelector('img')).to.be.null;
    expect(root.querySelector('h2')!.textContent).to.contain('<img src=x');
  });
});
