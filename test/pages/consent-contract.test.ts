/**
 * The drop-in contract a site relies on: where the element goes, how events reach the page,
 * the optional mirror cookie, no cookie wall, and theming through custom properties and ::part.
 */
import { describe, expect, it } from 'vitest';
import { demoConfig, textOf, useSite, type Visit } from './support/site.js';

const site = useSite();

/** Serves `body` (inside a page with the drop-in script and the demo config) at `path`. */
async function visitPage(path: string, body: string, head = ''): Promise<Visit> {
  const context = await site.context();
  const html = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Contract</title>
<script type="module" src="/privacy-consent.js" data-config="/site.json"></script>${head}</head><body>${body}</body></html>`;
  await context.route(`**${path}`, (route) => route.fulfill({ contentType: 'text/html', body: html }));
  return site.visit(path, { in: context });
}

describe('the drop-in script', () => {
  it('adds one <cookie-consent> as the first child of <body>, and dispatches bubbling, composed events from it', async () => {
    const visit = await site.visit('/index.html');
    await visit.banner.shown();
    expect(await visit.eval(`document.querySelectorAll('cookie-consent').length`)).toBe(1);
    expect(await visit.eval(`document.body.firstElementChild.localName`)).toBe('cookie-consent');
    await visit.banner.click('reject');
    await visit.event('consent-change');
    const events = await visit.events();
    expect(events.map((e) => [e.type, e.target])).toEqual([
      ['consent-ready', 'cookie-consent'],
      ['consent-change', 'cookie-consent'],
    ]);
    // The demo page's own listener (document-level) heard them too.
    expect(await visit.page.locator('#last-event').textContent()).toBe('consent-change (reject-all): granted necessary');
  });

  it('uses a <cookie-consent> the page already has instead of adding another', async () => {
    const visit = await visitPage('/own-element.html', `<header><a href="/">Home</a></header><main><h1>Own placement</h1><cookie-consent id="mine"></cookie-consent></main>`);
    await visit.banner.shown();
    expect(await visit.eval(`document.querySelectorAll('cookie-consent').length`)).toBe(1);
    expect(await visit.eval(`document.querySelector('cookie-consent').id`)).toBe('mine');
    expect((await visit.events())[0]?.target).toBe('cookie-consent');
  });

  it('adds nothing when the config has no consent section', async () => {
    const config = demoConfig();
    delete config.consent;
    const visit = await site.visit('/analytics.html', { config });
    expect(await visit.eval(`PrivacyConsent.ready().then((s) => s.status)`)).toBe('unavailable');
    expect(await visit.eval(`document.querySelectorAll('cookie-consent').length`)).toBe(0);
    expect(await visit.granted('analytics')).toBe(false);
    expect(visit.messages('error')).toEqual([]);
  });
});

describe('wording and the cookie list', () => {
  it('uses the config’s own wording where it replaces the defaults', async () => {
    const config = demoConfig();
    config.consent.text = {
      bannerTitle: 'Cookies on our website',
      acceptAll: 'Yes, allow optional cookies',
      rejectAll: 'No, essential cookies only',
      saveChoices: 'Save cookie settings',
      rejectedMessage: 'You chose essential cookies only.',
    };
    const visit = await site.visit('/index.html', { config });
    await visit.banner.shown();
    expect(await visit.banner.region.getAttribute('aria-label')).toBe('Cookies on our website');
    expect(await textOf(visit.banner.button('accept'))).toBe('Yes, allow optional cookies');
    expect(await textOf(visit.banner.button('reject'))).toBe('No, essential cookies only');
    expect(await textOf(visit.banner.button('preferences')), 'a default where not replaced').toBe('Manage preferences');
    await visit.banner.click('preferences');
    await visit.dialog.opened();
    expect(await textOf(visit.dialog.button('save'))).toBe('Save cookie settings');
    await visit.dialog.button('reject').click();
    await expect.poll(() => textOf(visit.banner.confirmation)).toMatch(/^You chose essential cookies only\./);
  });

  it('lists each service’s cookies in an expandable table: name, provider, purpose, duration', async () => {
    const visit = await site.visit('/index.html');
    await visit.banner.shown();
    await visit.banner.click('preferences');
    await visit.dialog.opened();
    const analytics = visit.page.locator('cookie-preferences[modal] [part~="category"]').filter({ hasText: 'Analytics' });
    const details = analytics.locator('[part~="services"]');
    expect(await details.evaluate((el) => (el as HTMLDetailsElement).open), 'closed until asked').toBe(false);
    await details.locator('summary').click();
    const table = analytics.locator('[part~="cookie-table"]');
    await table.waitFor();
    const rows = await table.evaluate((el) =>
      Array.from((el as HTMLTableElement).rows).map((row) => Array.from(row.cells).map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim())),
    );
    expect(rows).toEqual([
      ['Name', 'Provider', 'Purpose', 'Duration'],
      ['_pk_id.*', 'Riverside Community Health NHS Trust (hosted by us)', 'Tells visits from the same browser apart.', '13 months'],
      ['_pk_ses.*', 'Riverside Community Health NHS Trust (hosted by us)', 'Groups the pages of one visit.', '30 minutes'],
    ]);
    expect(await textOf(table.locator('caption'))).toBe('Cookies set by Matomo');
  });
});

describe('no cookie wall', () => {
  it('leaves the page usable while the banner is open, and ignoring it means refusal', async () => {
    const visit = await site.visit('/index.html');
    await visit.banner.shown();
    expect(await visit.banner.region.evaluate((el) => [el.localName, el.getAttribute('aria-label'), el.closest('[aria-modal]'), el.getAttribute('role')])).toEqual([
      'section',
      'Cookies on Riverside Community Health NHS Trust',
      null,
      null,
    ]);
    expect(await visit.eval(`document.querySelector('main').inert || document.body.inert`)).toBe(false);
    // The visitor ignores the banner and follows a link in the page.
    await visit.page.locator('main a[href="/analytics.html"]').click();
    await visit.page.waitForURL('**/analytics.html');
    expect(await visit.ready()).toMatchObject({ status: 'undecided', categories: { analytics: false } });
    await visit.banner.shown();
    expect(await visit.eval('window.fakeAnalyticsRuns ?? 0')).toBe(0);
    expect(await visit.databases()).not.toContain('privacy-consent');
  });
});

describe('the mirror cookie', () => {
  it('is not set by default', async () => {
    const visit = await site.visit('/index.html');
    await visit.banner.shown();
    await visit.banner.click('accept');
    await visit.event('consent-change');
    expect(await visit.cookieNames()).toEqual([]);
  });

  it('mirrors the decision in a first-party cookie servers can read when the config asks, and clears it on reset', async () => {
    const config = demoConfig();
    config.consent.cookie = { name: 'nhs_consent' };
    const visit = await site.visit('/index.html', { config });
    await visit.banner.shown();
    await visit.banner.click('accept');
    const detail = await visit.event('consent-change');
    const cookies = await visit.page.context().cookies();
    const mirror = cookies.find((c) => c.name === 'nhs_consent');
    expect(mirror?.value).toBe(`v=2026-11-01&id=${detail.consentId}&necessary=1&analytics=1&marketing=1`);
    expect(mirror?.path).toBe('/');
    expect(mirror?.sameSite).toBe('Lax');
    expect(mirror!.expires * 1000).toBeCloseTo(Date.parse(detail.expiresAt!), -4);

    await visit.eval('PrivacyConsent.update({ marketing: false })');
    expect((await visit.page.context().cookies()).find((c) => c.name === 'nhs_consent')?.value).toMatch(/&analytics=1&marketing=0$/);
    await visit.eval('PrivacyConsent.reset()');
    expect((await visit.page.context().cookies()).map((c) => c.name)).not.toContain('nhs_consent');
  });
});

describe('theming', () => {
  it('follows the site’s custom properties and ::part rules', async () => {
    const visit = await visitPage(
      '/themed.html',
      `<main><h1>Themed</h1></main>`,
      `<style>
        cookie-consent { --privacy-accent: rgb(51, 0, 102); --privacy-accent-text: rgb(255, 255, 240); --privacy-font: Georgia, serif; }
        cookie-consent::part(banner) { border-top-color: rgb(0, 128, 0); }
        cookie-consent::part(reject-button) { text-transform: uppercase; }
      </style>`,
    );
    await visit.banner.shown();
    const look = (name: 'accept' | 'reject') =>
      visit.banner.button(name).evaluate((el) => {
        const s = getComputedStyle(el);
        return { background: s.backgroundColor, color: s.color, font: s.fontFamily, transform: s.textTransform };
      });
    expect(await look('accept')).toEqual({ background: 'rgb(51, 0, 102)', color: 'rgb(255, 255, 240)', font: 'Georgia, serif', transform: 'none' });
    expect((await look('reject')).transform).toBe('uppercase');
    expect(await visit.banner.region.evaluate((el) => getComputedStyle(el).borderTopColor)).toBe('rgb(0, 128, 0)');
  });
});
