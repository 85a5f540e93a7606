import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../../src/elements/privacy-notice/define.js';
import type { PrivacyNoticeElement } from '../../src/elements/privacy-notice/privacy-notice.js';
import type { ConfigRequestEvent } from '../../src/consent/config-request.js';

/** Answers `<privacy-notice>`'s request for the page's config, as the drop-in entry does; returns the undo. */
function providePageConfig(raw: unknown): () => void {
  const answer = (event: ConfigRequestEvent) => event.provide({ source: '#privacy-consent-config', raw });
  document.addEventListener('privacy-consent-config', answer);
  return () => document.removeEventListener('privacy-consent-config', answer);
}
import type { PrivacyConfig } from '../../src/config/types.js';
import { ConsentRuntime } from '../../src/consent/consent-runtime.js';
import { ConsentStore, type ConsentingConfig } from '../../src/consent/consent-store.js';
import { RuntimeRequestEvent } from '../../src/consent/runtime-request.js';
import { MemoryStorage } from '../../src/consent/storage.js';
import { loadNoticeStrings } from '../../src/i18n/languages.js';
import { exampleConfig } from './privacy-notice-fixtures.js';

// Mocha's globals, as web-test-runner provides them (the project has no @types/mocha).
declare function describe(name: string, body: () => void): void;
declare function it(name: string, body: () => unknown): void;
declare function before(body: () => unknown): void;
declare function beforeEach(body: () => unknown): void;
declare function afterEach(body: () => unknown): void;

// The notice's wording loads on demand (no language a page does not show): have English ready,
// so each render below is complete at its first update.
before(() => loadNoticeStrings('en-GB'));

/** Page object for one rendered notice. */
async function renderNotice(config: PrivacyConfig = exampleConfig(), attrs: { section?: string; noticeUrl?: string } = {}) {
  const el = await fixture<PrivacyNoticeElement>(
    html`<privacy-notice .config=${config} section=${ifDefined(attrs.section)} notice-url=${ifDefined(attrs.noticeUrl)}></privacy-notice>`,
  );
  await el.updateComplete;
  const root = el.shadowRoot!;
  return {
    el,
    root,
    $: <T extends Element = HTMLElement>(selector: string) => root.querySelector<T>(selector)!,
    $$: <T extends Element = HTMLElement>(selector: string) => Array.from(root.querySelectorAll<T>(selector)),
    toggle: (id: string) => root.querySelector<HTMLButtonElement>(`#${id}-heading button`)!,
    body: (id: string) => root.querySelector<HTMLElement>(`#${id}-body`)!,
    isOpen: (id: string) => root.querySelector(`#${id}-heading button`)!.getAttribute('aria-expanded') === 'true',
  };
}

const resetHash = () => history.replaceState(null, '', location.pathname + location.search);
beforeEach(resetHash);
afterEach(resetHash);

describe('<privacy-notice>: layers', () => {
  it('shows the title as the page heading, the version and the date last updated', async () => {
    const { $ } = await renderNotice();
    expect($('h1').textContent).to.equal('How Example Health uses your information');
    expect($('[part="meta"]').textContent!.replace(/\s+/g, ' ').trim()).to.equal('Version 3 Last updated 1 October 2026');
    expect($('time').getAttribute('datetime')).to.equal('2026-10-01');
  });

  it('uses heading-level for the title and puts sections one level below', async () => {
    const el = await fixture<PrivacyNoticeElement>(html`<privacy-notice heading-level="2" .config=${exampleConfig()}></privacy-notice>`);
    expect(el.shadowRoot!.querySelector('h2#notice-title')).to.exist;
    expect(el.shadowRoot!.querySelector('h3#what-heading')).to.exist;
    expect(el.shadowRoot!.querySelector('h4#sharing-gp-heading')).to.exist;
  });

  it('generates at most ten first-layer items, each linking to an existing section', async () => {
    const { $$, root } = await renderNotice();
    const items = $$('[part~="summary-item"]');
    expect(items.length).to.be.within(1, 10);
    expect(items.map((i) => i.dataset.kind)).to.include.members(['who', 'what', 'complain']);
    for (const link of $$<HTMLAnchorElement>('[part~="summary"] .more a')) {
      const id = link.getAttribute('href')!.slice(1);
      expect(root.getElementById(id), `section ${id}`).to.have.class('section');
    }
  });

  it('lists every section in the table of contents, in document order, nested', async () => {
    const { $$ } = await renderNotice();
    expect($$('[part~="contents"] a').map((a) => a.getAttribute('href'))).to.deep.equal(['#what', '#sharing', '#sharing-gp', '#keeping', '#rights', '#complaints']);
  });

  it('opens and closes a section with its heading button, and the address follows', async () => {
    const { toggle, body, isOpen } = await renderNotice();
    expect(isOpen('sharing')).to.be.false;
    expect(body('sharing').getAttribute('hidden')).to.equal('until-found');
    expect(toggle('sharing').getAttribute('aria-controls')).to.equal('sharing-body');
    toggle('sharing').click();
    await aTimeout(0);
    expect(isOpen('sharing')).to.be.true;
    expect(body('sharing').hasAttribute('hidden')).to.be.false;
    expect(location.hash).to.equal('#sharing');
    toggle('sharing').click();
    await aTimeout(0);
    expect(isOpen('sharing')).to.be.false;
  });

  it('opens a closed section when the browser’s find-in-page matches text in it', async () => {
    const { body, isOpen, el } = await renderNotice();
    const toggled = oneEvent(el, 'privacy-notice-toggle');
    // Chromium fires beforematch on a hidden="until-found" element before revealing a match.
    body('keeping').dispatchEvent(new Event('beforematch'));
    expect((await toggled).detail).to.deep.equal({ section: 'keeping', open: true });
    await el.updateComplete;
    expect(isOpen('keeping')).to.be.true;
  });

  it('opens every section with one button, and closes them again', async () => {
    const { $, $$ } = await renderNotice();
    $('[part~="toggle-all"]').click();
    await aTimeout(0);
    expect($$('.section-toggle').every((b) => b.getAttribute('aria-expanded') === 'true')).to.be.true;
    $('[part~="toggle-all"]').click();
    await aTimeout(0);
    expect($$('.section-toggle').some((b) => b.getAttribute('aria-expanded') === 'true')).to.be.false;
  });

  it('lays out the sections it opens all at once only near the viewport, on screen, not in print', async () => {
    const { $, $$, el, body } = await renderNotice(exampleConfig(true));
    const visibility = (id: string) => getComputedStyle(body(id)).contentVisibility;
    // Open before "open all" (here the cookie choices): laid out as always, so nothing moves.
    expect(visibility('cookies')).to.equal('visible');
    $('[part~="toggle-all"]').click();
    await el.updateComplete;
    const opened = $$('.section-body').filter((b) => b.id !== 'cookies-body');
    expect(opened.length).to.be.greaterThan(2);
    expect(opened.every((b) => !b.hidden && getComputedStyle(b).contentVisibility === 'auto')).to.be.true;
    expect(visibility('cookies')).to.equal('visible');
    await emulateMedia({ media: 'print' });
    try {
      expect(opened.every((b) => getComputedStyle(b).contentVisibility === 'visible')).to.be.true;
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    // Closed again: hidden until found, as before (the browser's own content-visibility: hidden).
    $('[part~="toggle-all"]').click();
    await el.updateComplete;
    expect(opened.every((b) => b.hidden && getComputedStyle(b).contentVisibility === 'hidden')).to.be.true;
  });

  it('renders rich text as data: emphasis, terms, cross-references, footnotes, email and tel links, never markup', async () => {
    const config = exampleConfig();
    config.notice!.sections[0]!.blocks.push({ p: '<img src=x onerror="window.hacked=1">' }, { p: [{ link: ['Bad link'], href: 'javascript:alert(1)' }, ' and more'] });
    const { $, root } = await renderNotice(config);
    const what = $('#what-body');
    expect(what.querySelector('strong')!.textContent).to.equal('contact details');
    expect(what.querySelector('em')!.textContent).to.equal('health records');
    expect(what.querySelector('ul ul li')!.textContent!.trim()).to.equal('Name and address');
    expect(what.querySelectorAll('privacy-term').length).to.equal(2);
    expect(what.querySelector('img')).to.be.null;
    expect(what.textContent).to.contain('<img src=x onerror="window.hacked=1">');
    // The unsafe link keeps its words, without a link.
    expect(Array.from(what.querySelectorAll('a')).map((a) => a.getAttribute('href'))).to.deep.equal(['#fn-star', 'https://example.org/']);
    expect(what.textContent).to.contain('Bad link and more');
    expect(root.querySelector('#sharing-body a.xref')!.getAttribute('href')).to.equal('#rights');
    const complaints = $('#complaints-body');
    expect(complaints.querySelector('a[href="tel:03031231113"]')!.textContent).to.equal('0303 123 1113');
    expect(complaints.querySelector('a[href="mailto:dpo@example.nhs.uk"]')).to.exist;
  });

  it('keeps the organisation’s words exactly: a footnote marker sits against its word', async () => {
    const { $ } = await renderNotice();
    expect($('#what-body').textContent!.replace(/\s+/g, ' ')).to.contain('Texts to your phone* ');
  });

  it('renders contact cards with mailto and tel links and the address as an address, and the built-in ICO card', async () => {
    const { $$ } = await renderNotice();
    const [dpo, ico] = $$('#complaints-body [part~="contact-card"]');
    expect(dpo!.querySelector('address')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Example House 1 High Street Exampletown EX1 2MP');
    expect(dpo!.querySelector('a[href="tel:01234567890"]')).to.exist;
    expect(ico!.textContent).to.contain("Information Commissioner's Office (ICO)");
    expect(ico!.querySelector('a[href="https://ico.org.uk/make-a-complaint/"]')).to.exist;
    expect(ico!.querySelector('a[href="tel:03031231113"]')).to.exist;
  });

  it('renders rights from structured items with their conditions and how to use them', async () => {
    const { $ } = await renderNotice();
    const rights = $('#rights-body .rights');
    expect(Array.from(rights.querySelectorAll('li')).map((li) => li.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Access You can ask for a copy of your records.',
      'Rectification You can ask us to correct mistakes.',
    ]);
    expect($('#rights-body').textContent).to.contain('Write to our Data Protection Officer.');
  });

  it('renders structured fields in place with show blocks, limited to the ids given', async () => {
    const config = exampleConfig();
    config.notice!.sections[2]!.blocks.push(
      { show: 'data', ids: ['health'] },
      { show: 'purposes' },
      { show: 'sharing' },
      { show: 'retention' },
      { show: 'contacts', ids: ['dpo'] },
    );
    const { $ } = await renderNotice(config);
    const lists = Array.from($('#keeping-body').querySelectorAll(':scope > ul')).map((ul) => ul.textContent!.replace(/\s+/g, ' ').trim());
    expect(lists).to.deep.equal(['Health records', 'Provide your care', 'Your GP practice To keep your GP informed.', 'We keep it for 8 years from your last appointment.']);
    expect($('#keeping-body [part~="contact-card"]').textContent).to.contain('dpo@example.nhs.uk');
  });

  it('puts a wide table in its own focusable, labelled scrolling region', async () => {
    const { $ } = await renderNotice();
    const region = $('#keeping-body .table-scroll');
    expect(region.getAttribute('role')).to.equal('region');
    expect(region.getAttribute('tabindex')).to.equal('0');
    expect(region.getAttribute('aria-label')).to.equal('Retention');
  });

  it('reflows at 320px without a horizontal scrollbar on the page', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const { el, $ } = await renderNotice();
      $('[part~="toggle-all"]').click();
      await el.updateComplete;
      expect(el.scrollWidth).to.be.at.most(320);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('is accessible with sections closed and with every section open', async () => {
    const { el, $ } = await renderNotice();
    await expect(el).to.be.accessible();
    $('[part~="toggle-all"]').click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});

describe('<privacy-notice>: deep links and history', () => {
  it('opens the section a first-layer link names, scrolls to it and moves focus there', async () => {
    const { $, isOpen, toggle, root } = await renderNotice();
    const link = $<HTMLAnchorElement>('[part~="summary-item"][data-kind="retention"] .more a');
    link.click();
    await waitUntil(() => isOpen('keeping'));
    expect(location.hash).to.equal('#keeping');
    await waitUntil(() => root.activeElement === toggle('keeping'));
  });

  it('opens the section named in the address when the page loads', async () => {
    history.replaceState(null, '', '#rights');
    const { isOpen } = await renderNotice();
    await waitUntil(() => isOpen('rights'), 'the #rights section opens');
  });

  it('opens the parent section of a subsection link', async () => {
    history.replaceState(null, '', '#sharing-gp');
    const { isOpen } = await renderNotice();
    await waitUntil(() => isOpen('sharing'));
  });

  it('goes back to the previous section with the browser’s Back button', async () => {
    const { $, isOpen, toggle } = await renderNotice();
    $<HTMLAnchorElement>('[part~="contents"] a[href="#rights"]').click();
    await waitUntil(() => isOpen('rights'));
    $<HTMLAnchorElement>('#rights-body ~ *, [part~="contents"] a[href="#complaints"]').click();
    await waitUntil(() => isOpen('complaints'));
    expect(location.hash).to.equal('#complaints');
    toggle('rights').click(); // the reader closes it
    await waitUntil(() => !isOpen('rights'));
    const popped = oneEvent(window, 'popstate');
    history.back();
    await popped;
    expect(location.hash).to.equal('#rights');
    await waitUntil(() => isOpen('rights'), 'Back reopens the section');
  });

  it('follows a footnote marker to its note and the note back to the marker', async () => {
    const { root, $ } = await renderNotice();
    $('[part~="toggle-all"]').click();
    const marker = root.querySelector<HTMLAnchorElement>('#fnref-star')!;
    expect(marker.textContent).to.equal('*');
    marker.click();
    await waitUntil(() => root.activeElement?.id === 'fn-star');
    root.querySelector<HTMLAnchorElement>('#fn-star .fn-back')!.click();
    await waitUntil(() => root.activeElement?.id === 'fnref-star');
  });
});

describe('<privacy-notice section>: just-in-time', () => {
  it('shows only that section, with a link to the full notice', async () => {
    const { $, $$ } = await renderNotice(exampleConfig(), { section: 'sharing', noticeUrl: '/full-notice' });
    expect($('h2').textContent).to.equal('Who we share it with');
    expect($$('[part~="summary"], [part~="contents"]').length).to.equal(0);
    expect($('h3').textContent).to.equal('Your GP');
    expect($('[part~="full-notice-link"] a').getAttribute('href')).to.equal('/full-notice');
  });

  it('links to the notice’s own url when no notice-url is given', async () => {
    const { $, el } = await renderNotice(exampleConfig(), { section: 'what' });
    expect($('[part~="full-notice-link"] a').getAttribute('href')).to.equal('/privacy.html');
    // Its footnote is listed with it.
    expect($('#fn-star')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('says in the console when the section does not exist', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (message: string) => errors.push(message);
    try {
      const { $ } = await renderNotice(exampleConfig(), { section: 'sharin' });
      expect($('[part~="notice"]')).to.be.null;
      await waitUntil(() => errors.length, 'the mistake is reported');
    } finally {
      console.error = original;
    }
    expect(errors.join('\n')).to.contain('section="sharin" is not a section of the notice; did you mean "sharing"?');
  });
});

describe('<privacy-notice>: print', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('prints every section open, without the open/close controls', async () => {
    const { $$, $ } = await renderNotice();
    await emulateMedia({ media: 'print' });
    for (const body of $$('.section-body')) expect(body.getBoundingClientRect().height, body.id).to.be.greaterThan(0);
    expect(getComputedStyle($('[part~="controls"]')).display).to.equal('none');
    // Link addresses are printed after the links.
    const link = $('#complaints-body a[href^="mailto:"]');
    expect(getComputedStyle(link, '::after').content).to.equal('" (mailto:dpo@example.nhs.uk)"');
  });

  it('opens every section before printing and restores them after', async () => {
    const { $$, el } = await renderNotice();
    window.dispatchEvent(new Event('beforeprint'));
    expect($$('.section-toggle').every((b) => b.getAttribute('aria-expanded') === 'true')).to.be.true;
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect($$('.section-toggle').some((b) => b.getAttribute('aria-expanded') === 'true')).to.be.false;
  });
});

describe('<privacy-notice>: cookies section', () => {
  let runtime: ConsentRuntime;
  const provide = (event: RuntimeRequestEvent) => event.provide(runtime);
  beforeEach(async () => {
    const config = exampleConfig(true) as ConsentingConfig;
    runtime = new ConsentRuntime({
      store: new ConsentStore({ config, storage: new MemoryStorage(), randomId: () => 'test-id' }),
      document,
      host: undefined,
    });
    await runtime.store.load();
    document.addEventListener('privacy-consent-runtime', provide);
  });
  afterEach(() => document.removeEventListener('privacy-consent-runtime', provide));

  it('adds a cookies section listing every cookie by category, open, with the visitor’s choices', async () => {
    const { $, $$, isOpen } = await renderNotice(exampleConfig(true));
    expect(isOpen('cookies')).to.be.true;
    const tables = $$<HTMLTableElement>('#cookies-body table');
    expect(tables.map((t) => t.caption!.textContent)).to.deep.equal(['Strictly necessary cookies', 'Analytics cookies']);
    const analytics = Array.from(tables[1]!.querySelectorAll('td')).map((td) => td.textContent);
    expect(analytics).to.deep.equal(['_pk_id.*', 'Example Health', 'Counts visits', '13 months']);
    expect(Array.from(tables[0]!.querySelectorAll('td')).map((td) => td.textContent)).to.deep.equal(['session', 'Example Health NHS Trust', 'Keeps you signed in', 'Session']);
    expect($('#cookies-body cookie-preferences').getAttribute('heading-level')).to.equal('4');
  });

  it('saves a choice made in the notice and shows it', async () => {
    const { $ } = await renderNotice(exampleConfig(true));
    const prefs = $('#cookies-body cookie-preferences');
    await waitUntil(() => prefs.shadowRoot?.querySelector('[part~="reject-button"]'), 'the preferences render');
    expect(runtime.store.granted('analytics')).to.be.false;
    prefs.shadowRoot!.querySelector<HTMLButtonElement>('[part~="accept-button"]')!.click();
    await waitUntil(() => runtime.store.granted('analytics'), 'the choice is saved');
    const analyticsSwitch = prefs.shadowRoot!.querySelectorAll<HTMLInputElement>('[part~="switch"]')[1]!;
    await waitUntil(() => analyticsSwitch.checked, 'the switch shows the saved choice');
  });

  it('words its cookie tables as the preferences do, with the config’s consent.text overrides', async () => {
    const config = exampleConfig(true);
    config.consent!.text = { cookieProvider: 'Set by', cookieCategoryCaption: 'Cookies: {category}' };
    const { $$ } = await renderNotice(config);
    const tables = $$<HTMLTableElement>('#cookies-body table');
    expect(tables.map((t) => t.caption!.textContent)).to.deep.equal(['Cookies: Strictly necessary', 'Cookies: Analytics']);
    expect(Array.from(tables[0]!.querySelectorAll('th'), (th) => th.textContent)).to.deep.equal(['Name', 'Set by', 'Purpose', 'Duration']);
    expect(tables[0]!.getAttribute('part')).to.equal('cookie-table');
  });

  it('turns each cookie into a stacked card on a 320px screen, without sideways scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const { el, $ } = await renderNotice(exampleConfig(true));
      const row = $('#cookies-body .cookie-table tbody tr');
      expect(getComputedStyle(row).display).to.equal('block');
      expect(getComputedStyle(row.querySelector('td')!, '::before').content).to.equal('"Name: "');
      expect(el.scrollWidth).to.be.at.most(320);
      const region = $('#cookies-body .table-scroll');
      expect(region.scrollWidth).to.be.at.most(region.clientWidth);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('puts the cookie list in the notice’s own cookies section when it has one', async () => {
    const config = exampleConfig(true);
    config.notice!.sections.push({ id: 'our-cookies', heading: 'Our cookies', topic: 'cookies', blocks: [{ p: 'We use a few.' }] });
    const { $$, root } = await renderNotice(config);
    expect(root.getElementById('cookies')).to.be.null;
    expect($$('#our-cookies-body table').length).to.equal(2);
  });

  it('shows the page’s cookie choices when its own config has no consent section', async () => {
    const stop = providePageConfig(exampleConfig(true));
    try {
      const { $$ } = await renderNotice(exampleConfig(false));
      expect($$('#cookies-body table').length).to.equal(2);
      expect($$('#cookies-body cookie-preferences').length).to.equal(1);
    } finally {
      stop();
    }
  });

  it('is accessible with the cookie choices shown', async () => {
    const { el, $ } = await renderNotice(exampleConfig(true));
    await waitUntil(() => $('#cookies-body cookie-preferences').shadowRoot?.querySelector('[part~="switch"]'));
    await expect(el).to.be.accessible();
  });
});

describe('<privacy-notice>: loading and bad input', () => {
  const capture = () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    return { errors, restore: () => (console.error = original) };
  };

  it('reports a dangling reference with both ends and the JSON path, and still renders the rest', async () => {
    const config = exampleConfig();
    config.notice!.sections[1]!.blocks.push({ p: [{ xref: 'complaint', text: 'complaints' }] });
    const { errors, restore } = capture();
    try {
      const { $ } = await renderNotice(config);
      expect($('#sharing-body').textContent).to.contain('complaints');
      expect($('h1')).to.exist;
      // A developer's page (this one is served from localhost) loads the full check on demand.
      await waitUntil(() => errors.length, 'the full check reports');
    } finally {
      restore();
    }
    expect(errors.join('\n')).to.contain(
      'Error at $.notice.sections[1].blocks[1].p[0].xref: the cross-reference in section "sharing" refers to section "complaint", which does not exist; did you mean "complaints"?',
    );
  });

  it('reports a mistake in a translated notice where it is written', async () => {
    const config = exampleConfig();
    const welsh = exampleConfig().notice!;
    welsh.title = 'Sut rydym yn defnyddio eich gwybodaeth';
    welsh.sections[0]!.blocks.push({ p: [{ xref: 'hawliau' }] });
    config.lang = 'en-GB';
    config.translations = { cy: { notice: welsh } };
    const { errors, restore } = capture();
    let title: string | null | undefined;
    try {
      const wrapper = await fixture<HTMLElement>(html`<div lang="cy"><privacy-notice .config=${config}></privacy-notice></div>`);
      const el = wrapper.querySelector<PrivacyNoticeElement>('privacy-notice')!;
      await waitUntil(() => el.shadowRoot!.querySelector('h1'), 'the Welsh notice renders');
      title = el.shadowRoot!.querySelector('h1')!.textContent;
      await waitUntil(() => errors.length, 'the full check reports');
    } finally {
      restore();
    }
    expect(title).to.equal('Sut rydym yn defnyddio eich gwybodaeth');
    expect(errors.join('\n')).to.contain('Error at $.translations.cy.notice.sections[0].blocks[3].p[0].xref');
  });

  it('reports a schema error by JSON path', async () => {
    const config = exampleConfig() as unknown as { notice: { sections: { topic: string }[] } };
    config.notice.sections[0]!.topic = 'dat';
    const { errors, restore } = capture();
    try {
      await renderNotice(config as unknown as PrivacyConfig);
      await waitUntil(() => errors.length, 'the full check reports');
    } finally {
      restore();
    }
    expect(errors.join('\n')).to.match(/Error at \$\.notice\.sections\[0\]\.topic: expected one of/);
  });

  it('reads the page’s config when it has none of its own', async () => {
    const stop = providePageConfig(exampleConfig());
    try {
      const el = await fixture<PrivacyNoticeElement>(html`<privacy-notice></privacy-notice>`);
      expect(el.shadowRoot!.querySelector('h1')!.textContent).to.equal('How Example Health uses your information');
    } finally {
      stop();
    }
  });

  it('fetches the config from its src attribute', async () => {
    const config = exampleConfig();
    config.notice!.title = 'Fetched notice';
    const src = URL.createObjectURL(new Blob([JSON.stringify(config)], { type: 'application/json' }));
    const el = await fixture<PrivacyNoticeElement>(html`<privacy-notice src=${src}></privacy-notice>`);
    await waitUntil(() => el.shadowRoot!.querySelector('h1'), 'the fetched notice renders');
    expect(el.shadowRoot!.querySelector('h1')!.textContent).to.equal('Fetched notice');
  });
});

describe('<privacy-notice>: over a static notice (HTML first)', () => {
  it('renders its own notice a part per task, hidden behind the static one, then swaps them whole', async () => {
    const holder = document.createElement('div');
    // A declarative shadow root, as `privacy-consent render` writes it (here only its outline).
    holder.setHTMLUnsafe('<privacy-notice><template shadowrootmode="open"><article part="notice"><h1>Static notice</h1></article></template></privacy-notice>');
    const el = holder.firstElementChild as PrivacyNoticeElement;
    const root = el.shadowRoot!;
    const staticTitle = root.querySelector('h1')!;
    // After each update: how many sections the element has rendered while the static notice is shown.
    const seen: number[] = [];
    const updated = (el as unknown as { updated: () => void }).updated;
    Object.assign(el, {
      updated(this: PrivacyNoticeElement) {
        updated.call(this);
        const rendered = Array.from(root.querySelectorAll<HTMLElement>('article')).filter((a) => !a.contains(staticTitle));
        if (!staticTitle.isConnected || !rendered.length) return;
        expect(rendered.every((a) => a.style.display === 'none'), 'hidden until complete').to.be.true;
        expect(staticTitle.checkVisibility(), 'the static notice stays shown').to.be.true;
        seen.push(rendered[0]!.querySelectorAll('.section-toggle').length);
      },
    });
    el.config = exampleConfig();
    document.body.append(holder);
    try {
      const sections = exampleConfig().notice!.sections.length;
      await waitUntil(() => !staticTitle.isConnected, 'the element takes over');
      // The notice around the sections came first, in a task of its own; the sections after it.
      expect(seen[0]).to.equal(0);
      expect(seen.length).to.be.greaterThan(1);
      expect(seen).to.deep.equal([...seen].sort((a, b) => a - b));
      expect(root.querySelectorAll('article')).to.have.length(1);
      expect(root.querySelector('article')!.style.display).to.equal('');
      expect(root.querySelectorAll('button.section-toggle')).to.have.length(sections);
    } finally {
      holder.remove();
    }
  });
});
