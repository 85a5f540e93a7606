import { expect, waitUntil } from '@open-wc/testing';
import { ConsentRuntime, type UiRequestEvent } from '../../src/consent/consent-runtime.js';
import { ConsentStore, type ConsentingConfig } from '../../src/consent/consent-store.js';
import type { ConsentChangeEvent } from '../../src/consent/events.js';
import { MemoryStorage } from '../../src/consent/storage.js';
import type { CookieConsentElement } from '../../src/elements/cookie-consent/cookie-consent.js';
import type { ConsentPlaceholderElement } from '../../src/elements/consent-placeholder/consent-placeholder.js';
import { placehold } from '../../src/elements/consent-placeholder/define.js';
import { openPreferences } from '../../src/elements/cookie-preferences/define.js';
import { consentConfig, focused } from './consent-fixtures.js';

declare function describe(name: string, body: () => void): void;
declare function it(name: string, body: () => unknown): void;
declare function afterEach(body: () => unknown): void;

// A loopback address stands in for the provider: links are never followed and no embed here is
// given a `src` before a test allows it (page tests watch the network).
const VIDEO = '/__placeholder-test__/video.html';

let cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const undo of cleanup) await undo();
  cleanup = [];
});

/** The config with a second marketing service, so "nothing else of its category" can be checked. */
function config(): ConsentingConfig {
  const c = consentConfig();
  c.consent.categories[2]!.services!.push({ id: 'vimeo', name: 'Vimeo', provider: 'Vimeo.com, Inc.', description: 'Plays training videos.' });
  return c;
}

/** A page with `markup` in it and a runtime wired as the drop-in script wires it, placeholders included. */
async function setUp(markup: string, options: { config?: ConsentingConfig; lang?: string } = {}) {
  document.querySelectorAll('cookie-consent, cookie-preferences[modal]').forEach((el) => el.remove());
  const page = document.createElement('main');
  if (options.lang) page.lang = options.lang;
  page.innerHTML = markup;
  document.body.append(page);
  const host = document.createElement('cookie-consent') as CookieConsentElement;
  document.body.prepend(host);
  const store = new ConsentStore({ config: options.config ?? config(), storage: new MemoryStorage(), randomId: () => 'test-id' });
  const runtime: ConsentRuntime = new ConsentRuntime({ store, document, host });
  // Answers the runtime's UI requests as the drop-in's UI loader does, but shows no banner.
  runtime.addEventListener('ui-request', (event) => {
    const { request } = event as UiRequestEvent;
    if (request.kind === 'placeholder') placehold(request.embed);
    if (request.kind === 'preferences') (event as UiRequestEvent).done = openPreferences(runtime, request.opener ?? null);
  });
  host.runtime = runtime;
  const answer = (event: Event) => (event as Event & { provide: (r: ConsentRuntime) => void }).provide(runtime);
  document.addEventListener('privacy-consent-runtime', answer);
  const errors: unknown[][] = [];
  const warnings: unknown[][] = [];
  const { error, warn } = console;
  console.error = (...args: unknown[]) => errors.push(args);
  console.warn = (...args: unknown[]) => warnings.push(args);
  const changes: ConsentChangeEvent[] = [];
  const record = (event: Event) => changes.push(event as ConsentChangeEvent);
  document.addEventListener('consent-change', record);
  cleanup.push(async () => {
    // A gate cannot be stopped: this test's refuses everything from now on, so it never loads
    // the next test's embeds.
    await runtime.reset();
    Object.assign(console, { error, warn });
    document.removeEventListener('privacy-consent-runtime', answer);
    document.removeEventListener('consent-change', record);
    page.remove();
    host.remove();
    document.querySelector('cookie-preferences[modal]')?.remove();
  });
  await runtime.start();
  const placeholders = () => Array.from(page.querySelectorAll<ConsentPlaceholderElement>('consent-placeholder'));
  await waitUntil(() => placeholders().length > 0 && placeholders().every((p) => p.shadowRoot!.querySelector('.panel')), 'placeholders rendered');
  const part = (placeholder: ConsentPlaceholderElement, name: string) => placeholder.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
  const text = (placeholder: ConsentPlaceholderElement) => placeholder.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
  return { page, runtime, store, placeholders, part, text, errors, warnings, changes };
}

const shown = (el: Element) => getComputedStyle(el).display !== 'none';

describe('<consent-placeholder>', () => {
  it('stands in for a blocked embed at its size, saying what it is, who provides it and what loading it shares', async () => {
    const before = document.createElement('iframe');
    before.width = '560';
    before.height = '315';
    document.body.append(before);
    const expected = before.getBoundingClientRect();
    before.remove();
    const { page, placeholders, part, text } = await setUp(
      `<iframe title="Physiotherapy exercises" width="560" height="315" data-consent="marketing/youtube" data-src="${VIDEO}"></iframe>`,
    );
    const [placeholder] = placeholders();
    const frame = page.querySelector('iframe')!;
    expect(frame.hasAttribute('src')).to.be.false;
    expect(shown(frame)).to.be.false;
    const box = placeholder!.getBoundingClientRect();
    expect(box.width).to.equal(expected.width);
    expect(box.height).to.equal(expected.height);
    expect(placeholder!.nextElementSibling).to.equal(frame);
    const group = part(placeholder!, 'box')!;
    expect(group.getAttribute('role')).to.equal('group');
    expect(part(placeholder!, 'title')!.textContent).to.equal('YouTube: Physiotherapy exercises');
    expect(group.getAttribute('aria-labelledby')).to.equal(part(placeholder!, 'title')!.id);
    expect(text(placeholder!)).to.contain('Provided by Google.');
    expect(text(placeholder!)).to.contain('Loading it sends information about your visit to YouTube, which sets cookies (YSC).');
    expect(part(placeholder!, 'load-button')!.textContent!.trim()).to.equal('Load this time');
    expect(part(placeholder!, 'allow-button')!.textContent!.trim()).to.equal('Always allow YouTube');
    expect(part(placeholder!, 'link')!.getAttribute('href')).to.equal(new URL(VIDEO, location.href).href);
    await expect(placeholder).to.be.accessible();
  });

  it('loads the embed this time only: nothing is recorded, focus moves to it, the others keep asking', async () => {
    const { page, placeholders, part, store, changes } = await setUp(`
      <iframe title="One" data-consent="marketing/youtube" data-src="${VIDEO}?one"></iframe>
      <iframe title="Two" data-consent="marketing/youtube" data-src="${VIDEO}?two"></iframe>`);
    const [first, second] = placeholders();
    const loads: Event[] = [];
    page.addEventListener('consent-placeholder-load', (e) => loads.push(e));
    part(first!, 'load-button')!.focus();
    part(first!, 'load-button')!.click();
    const [one, two] = Array.from(page.querySelectorAll('iframe'));
    expect(one!.getAttribute('src')).to.equal(`${VIDEO}?one`);
    expect(shown(one!)).to.be.true;
    expect(first!.hidden).to.be.true;
    expect(focused()).to.equal(one);
    expect(loads).to.have.length(1);
    expect(two!.hasAttribute('src')).to.be.false;
    expect(second!.hidden).to.be.false;
    expect(store.state.status).to.equal('undecided');
    expect(changes).to.have.length(0);
  });

  it('always allows the service alone: one placeholder decision, every placeholder of it swaps, focus on the embed', async () => {
    const { page, placeholders, part, store, changes } = await setUp(`
      <iframe title="One" data-consent="marketing/youtube" data-src="${VIDEO}?one"></iframe>
      <iframe title="Two" data-consent="youtube" data-src="${VIDEO}?two"></iframe>
      <iframe title="Three" data-consent="marketing/vimeo" data-src="${VIDEO}?three"></iframe>`);
    const [first, second, third] = placeholders();
    part(first!, 'allow-button')!.focus();
    part(first!, 'allow-button')!.click();
    await waitUntil(() => changes.length === 1, 'a decision');
    const frames = Array.from(page.querySelectorAll('iframe'));
    expect(changes[0]!.detail).to.deep.include({ action: 'placeholder', decision: 'custom' });
    expect(changes[0]!.detail.changed).to.deep.equal({ categories: [], services: ['youtube'] });
    expect(store.granted('marketing')).to.be.false;
    expect(store.granted('vimeo')).to.be.false;
    expect(frames.map((f) => f.getAttribute('src'))).to.deep.equal([`${VIDEO}?one`, `${VIDEO}?two`, null]);
    expect([first, second, third].map((p) => p!.hidden)).to.deep.equal([true, true, false]);
    await waitUntil(() => focused() === frames[0], 'focus on the first video');
  });

  it('takes the embed away and asks again on withdrawal, keeping focus on the page', async () => {
    const { page, placeholders, part, runtime } = await setUp(`<iframe title="One" data-consent="marketing/youtube" data-src="${VIDEO}"></iframe>`);
    const [placeholder] = placeholders();
    part(placeholder!, 'allow-button')!.click();
    const frame = page.querySelector('iframe')!;
    await waitUntil(() => frame.hasAttribute('src'), 'loaded');
    frame.focus();
    await runtime.decide('reject-all', {});
    expect(frame.hasAttribute('src')).to.be.false;
    expect(shown(frame)).to.be.false;
    await waitUntil(() => !placeholder!.hidden && part(placeholder!, 'allow-button'), 'asking again');
    expect(page.querySelectorAll('consent-placeholder')).to.have.length(1);
    await waitUntil(() => focused() === part(placeholder!, 'box'), 'focus kept in the placeholder');
  });

  it('keeps a one-time load through unrelated decisions and ends it when the visitor refuses', async () => {
    const { page, placeholders, part, runtime } = await setUp(`<iframe title="One" data-consent="marketing/youtube" data-src="${VIDEO}"></iframe>`);
    const [placeholder] = placeholders();
    part(placeholder!, 'load-button')!.click();
    const frame = page.querySelector('iframe')!;
    expect(frame.getAttribute('data-consent-once')).to.equal('marketing/youtube');
    await runtime.decide('api', { analytics: true });
    expect(frame.getAttribute('src')).to.equal(VIDEO);
    await runtime.decide('reject-all', {});
    expect(frame.hasAttribute('src')).to.be.false;
    expect(frame.getAttribute('data-consent')).to.equal('marketing/youtube');
    expect(placeholder!.hidden).to.be.false;
  });

  it('says an embed of an undeclared service cannot be loaded here, links out, and names it in a console error', async () => {
    const { page, placeholders, part, text, errors, runtime } = await setUp(
      `<iframe title="Map" data-consent="marketing/maps" data-src="${VIDEO}?map" data-consent-link="/__placeholder-test__/map"></iframe>`,
    );
    const [placeholder] = placeholders();
    expect(text(placeholder!)).to.contain('This content cannot be loaded on this page.');
    expect(part(placeholder!, 'load-button')).to.be.null;
    expect(part(placeholder!, 'allow-button')).to.be.null;
    expect(part(placeholder!, 'link')!.getAttribute('href')).to.equal(new URL('/__placeholder-test__/map', location.href).href);
    expect(errors).to.have.length(1);
    expect(String(errors[0]![0])).to.match(/<iframe title="Map" data-consent="marketing\/maps".*stays blocked: "maps" in "marketing\/maps" is not a service/);
    expect(errors[0]![1]).to.equal(page.querySelector('iframe'));
    await runtime.decide('accept-all', { necessary: true, analytics: true, marketing: true });
    expect(page.querySelector('iframe')!.hasAttribute('src')).to.be.false;
    await expect(placeholder).to.be.accessible();
  });

  it('never loads or links a javascript: or data: address', async () => {
    const { page, placeholders, part, text, errors, runtime } = await setUp(`
      <iframe title="Bad" data-consent="marketing/youtube" data-src="java&#10;script:parent.hacked=1"></iframe>
      <iframe title="Worse" data-consent="marketing/youtube" data-src="data:text/html,<script>parent.hacked=1</script>" data-consent-link="javascript:parent.hacked=1"></iframe>`);
    for (const placeholder of placeholders()) {
      expect(text(placeholder)).to.contain('This content cannot be loaded on this page.');
      expect(part(placeholder, 'link')).to.be.null;
      expect(part(placeholder, 'load-button')).to.be.null;
    }
    expect(errors.map((e) => String(e[0]))).to.satisfy((lines: string[]) => lines.every((l) => /not an http\(s\) address/.test(l)));
    await runtime.decide('accept-all', { necessary: true, analytics: true, marketing: true });
    expect(Array.from(page.querySelectorAll('iframe'), (f) => f.getAttribute('src'))).to.deep.equal([null, null]);
    expect((window as unknown as { hacked?: number }).hacked).to.be.undefined;
  });

  it('shows a poster the site serves itself, and refuses one from another origin', async () => {
    const { placeholders, part, warnings } = await setUp(`
      <iframe title="One" data-consent="marketing/youtube" data-src="${VIDEO}" data-consent-poster="/__placeholder-test__/poster.svg"></iframe>
      <iframe title="Two" data-consent="marketing/youtube" data-src="${VIDEO}" data-consent-poster="http://localhost:9/poster.jpg"></iframe>`);
    const [own, foreign] = placeholders();
    expect(part(own!, 'poster')!.getAttribute('src')).to.equal(new URL('/__placeholder-test__/poster.svg', location.href).href);
    expect(part(own!, 'poster')!.getAttribute('alt')).to.equal('');
    expect(part(foreign!, 'poster')).to.be.null;
    expect(warnings.some((w) => /data-consent-poster "http:\/\/localhost:9\/poster.jpg" is not on this site/.test(String(w[0])))).to.be.true;
  });

  it('leaves alone what nobody sees: a tracking pixel, audio without controls, a hidden embed, and one whose site opts out', async () => {
    const { page, placeholders } = await setUp(`
      <img alt="" width="1" height="1" data-consent="marketing/youtube" data-src="${VIDEO}?pixel">
      <audio data-consent="marketing/youtube" data-src="${VIDEO}?audio"></audio>
      <iframe title="Hidden" hidden data-consent="marketing/youtube" data-src="${VIDEO}?hidden"></iframe>
      <iframe title="Own message" data-consent-placeholder="none" data-consent="marketing/youtube" data-src="${VIDEO}?own"></iframe>
      <iframe title="Asks" data-consent="marketing/youtube" data-src="${VIDEO}?asks"></iframe>`);
    expect(placeholders()).to.have.length(1);
    expect(placeholders()[0]!.nextElementSibling).to.equal(page.querySelector('iframe[title="Asks"]'));
  });

  it('speaks Welsh on a Welsh page', async () => {
    const { placeholders, part, text } = await setUp(`<iframe title="Ymarferion ffisiotherapi" data-consent="marketing/youtube" data-src="${VIDEO}"></iframe>`, {
      lang: 'cy',
    });
    const [placeholder] = placeholders();
    await waitUntil(() => part(placeholder!, 'load-button')?.textContent!.includes('Llwytho'), 'Welsh strings');
    expect(part(placeholder!, 'box')!.getAttribute('lang')).to.equal('cy');
    expect(part(placeholder!, 'load-button')!.textContent!.trim()).to.equal("Llwytho'r tro hwn");
    expect(part(placeholder!, 'allow-button')!.textContent!.trim()).to.equal('Caniatáu YouTube bob amser');
    expect(text(placeholder!)).to.contain('Mae ei lwytho yn anfon gwybodaeth am eich ymweliad at YouTube');
    await expect(placeholder).to.be.accessible();
  });

  it('takes the config’s wording over the built-in strings', async () => {
    const c = config();
    c.consent.text = { placeholderLoad: 'Play it now', placeholderAlways: 'Always play {service} videos' };
    const { placeholders, part } = await setUp(`<iframe title="One" data-consent="marketing/youtube" data-src="${VIDEO}"></iframe>`, { config: c });
    const [placeholder] = placeholders();
    expect(part(placeholder!, 'load-button')!.textContent!.trim()).to.equal('Play it now');
    expect(part(placeholder!, 'allow-button')!.textContent!.trim()).to.equal('Always play YouTube videos');
  });

  it('opens the cookie preferences from "Cookie details", with the service switched as decided', async () => {
    const { placeholders, part, runtime } = await setUp(`
      <iframe title="One" data-consent="marketing/youtube" data-src="${VIDEO}"></iframe>
      <iframe title="Two" data-consent="marketing/vimeo" data-src="${VIDEO}?vimeo"></iframe>`);
    part(placeholders()[0]!, 'allow-button')!.click();
    await waitUntil(() => runtime.store.granted('youtube'), 'youtube allowed');
    part(placeholders()[1]!, 'details-link')!.click();
    const dialog = () => document.querySelector('cookie-preferences[modal]')?.shadowRoot;
    await waitUntil(() => dialog()?.querySelector('dialog[open]'), 'dialog open');
    const switchFor = (id: string) => dialog()!.querySelector<HTMLInputElement>(`#switch-${id}`)!;
    expect(switchFor('marketing').checked).to.be.false;
    expect(switchFor('youtube').checked).to.be.true;
    expect(switchFor('vimeo').checked).to.be.false;
    // The category's list is open, so the service allowed on its own is in view.
    expect(switchFor('youtube').closest('details')!.open).to.be.true;
  });
});
