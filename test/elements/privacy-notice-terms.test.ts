import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/elements/privacy-notice/define.js';
// The notice loads the term's element once it shows a term; these tests are about the term itself.
import '../../src/elements/privacy-term/define.js';
import { loadNoticeStrings } from '../../src/i18n/languages.js';
import type { PrivacyNoticeElement } from '../../src/elements/privacy-notice/privacy-notice.js';
import type { PrivacyTermElement } from '../../src/elements/privacy-term/privacy-term.js';
import { exampleConfig } from './privacy-notice-fixtures.js';

declare function describe(name: string, body: () => void): void;
declare function it(name: string, body: () => unknown): void;
declare function afterEach(body: () => unknown): void;
declare function before(body: () => unknown): void;

before(() => loadNoticeStrings('en-GB'));

/** Renders the example notice with the first section open and returns its first defined term. */
async function renderTerm(config = exampleConfig(), index = 0, padded = false) {
  const notice = html`<privacy-notice section="what" notice-url="/privacy" .config=${config}></privacy-notice>`;
  const el = padded
    ? (await fixture<HTMLElement>(html`<div><div style="height: 1500px"></div>${notice}<div style="height: 1500px"></div></div>`)).querySelector<PrivacyNoticeElement>('privacy-notice')!
    : await fixture<PrivacyNoticeElement>(notice);
  await el.updateComplete;
  const term = el.shadowRoot!.querySelectorAll<PrivacyTermElement>('privacy-term')[index]!;
  await term.updateComplete;
  const button = term.shadowRoot!.querySelector<HTMLButtonElement>('[part~="term"]')!;
  const panel = term.shadowRoot!.querySelector<HTMLElement>('[part~="definition"]')!;
  const isShown = () => button.getAttribute('aria-expanded') === 'true' && panel.getBoundingClientRect().height > 0;
  return { el, term, button, panel, isShown };
}
const center = (r: DOMRect): [number, number] => [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

afterEach(async () => {
  await sendMouse({ type: 'move', position: [0, 0] });
});

describe('<privacy-term> in the notice', () => {
  it('is a real button in the sentence, controlling its definition', async () => {
    const { button, panel, term } = await renderTerm();
    expect(button.localName).to.equal('button');
    expect(term.textContent).to.equal('data controller');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(button.getAttribute('aria-controls')).to.equal(panel.id);
    expect(panel.getBoundingClientRect().height).to.equal(0);
  });

  it('opens on click, beside the term and never over it, with the built-in definition', async () => {
    const { button, panel, isShown, term } = await renderTerm();
    const shown = oneEvent(term, 'privacy-term-show');
    await sendMouse({ type: 'click', position: center(button.getBoundingClientRect()) });
    await shown;
    await waitUntil(isShown, 'the definition opens');
    await waitUntil(() => panel.style.top !== '', 'it is positioned');
    expect(overlaps(panel.getBoundingClientRect(), button.getBoundingClientRect())).to.be.false;
    expect(panel.textContent).to.contain('The organisation that decides why and how your personal data is used.');
  });

  it('does not open on hover alone', async () => {
    const { button, isShown } = await renderTerm();
    await sendMouse({ type: 'move', position: center(button.getBoundingClientRect()) });
    await new Promise((r) => setTimeout(r, 100));
    expect(isShown()).to.be.false;
  });

  it('opens with Enter and with Space, and Escape closes it and returns focus to the term', async () => {
    const { button, isShown, term } = await renderTerm();
    button.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(isShown, 'Enter opens');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !isShown(), 'Escape closes');
    expect(term.shadowRoot!.activeElement).to.equal(button);
    await sendKeys({ press: 'Space' });
    await waitUntil(isShown, 'Space opens');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !isShown());
  });

  it('closes when the reader clicks anywhere else', async () => {
    const { button, isShown, term } = await renderTerm();
    button.click();
    await waitUntil(isShown);
    const hidden = oneEvent(term, 'privacy-term-hide');
    await sendMouse({ type: 'click', position: [790, 590] });
    await hidden;
    expect(isShown()).to.be.false;
  });

  it('closes when focus moves on past the definition', async () => {
    const { button, isShown, el } = await renderTerm();
    button.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(isShown);
    await sendKeys({ press: 'Tab' }); // into the definition: its close button
    expect(isShown()).to.be.true;
    el.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="full-notice-link"] a')!.focus();
    await waitUntil(() => !isShown(), 'leaving closes it');
  });

  it('has a close button that returns focus to the term', async () => {
    const { button, isShown, term, panel } = await renderTerm();
    button.click();
    await waitUntil(isShown);
    panel.querySelector<HTMLButtonElement>('[part~="close-button"]')!.click();
    await waitUntil(() => !isShown());
    expect(term.shadowRoot!.activeElement).to.equal(button);
  });

  it('flips above a term near the bottom of the window, still not covering it', async () => {
    await setViewport({ width: 400, height: 300 });
    try {
      const { button, panel, isShown } = await renderTerm(exampleConfig(), 0, true);
      window.scrollBy(0, button.getBoundingClientRect().bottom - 300 + 8);
      button.click();
      await waitUntil(isShown);
      await waitUntil(() => panel.dataset.placement?.startsWith('top'), 'placed above');
      const p = panel.getBoundingClientRect();
      const b = button.getBoundingClientRect();
      expect(overlaps(p, b)).to.be.false;
      expect(p.bottom).to.be.at.most(b.top);
      expect(p.left).to.be.at.least(0);
      expect(p.right).to.be.at.most(400);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('uses the notice’s own definition when its glossary redefines a built-in term', async () => {
    const config = exampleConfig();
    config.notice!.glossary!.push({ id: 'data-controller', term: 'Data Controller', definition: 'Our own words.' });
    const { button, panel, isShown } = await renderTerm(config);
    button.click();
    await waitUntil(isShown);
    expect(panel.textContent).to.contain('Our own words.');
  });

  it('keeps safe links in a definition and drops unsafe ones', async () => {
    const config = exampleConfig();
    config.notice!.glossary![0]!.definition = ['See ', { link: ['our records policy'], href: 'https://example.org/records' }, ' or ', { link: ['this'], href: 'javascript:alert(1)' }, '.'];
    const { button, panel, isShown } = await renderTerm(config, 1);
    button.click();
    await waitUntil(isShown);
    expect(Array.from(panel.querySelectorAll('a')).map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.org/records']);
    expect(panel.querySelector('.text')!.textContent).to.equal('See our records policy or this.');
  });

  it('explains a term only the notice defines', async () => {
    const { button, panel, isShown } = await renderTerm(exampleConfig(), 1);
    button.click();
    await waitUntil(isShown);
    expect(panel.textContent).to.contain('The notes your clinician keeps.');
  });

  it('is accessible with a definition open', async () => {
    const { el, button, isShown } = await renderTerm();
    button.click();
    await waitUntil(isShown);
    await expect(el).to.be.accessible();
  });
});
