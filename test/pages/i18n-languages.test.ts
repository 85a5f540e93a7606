/**
 * Languages in Chromium, through the built drop-in script: the language comes from the config's
 * `lang`, else the page's; a bilingual config (`translations.cy`) follows the page and offers a
 * switch; Welsh strings load only when Welsh is shown; `lang` is set on every rendered region.
 *
 * Build first (`npm run build`, or `npx vite build --outDir /tmp/x` with `PRIVACY_DIST=/tmp/x`).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { noticeUpgraded, openPage, useSite } from './support/site.js';

/** Polls wait as long as a busy machine needs to load a chunk. */
const POLL = { timeout: 15_000 };

const site = useSite();
let context: BrowserContext;
beforeEach(async () => {
  context = await site.browser.newContext();
});
afterEach(async () => context?.close());

const banner = (page: Page) => page.locator('cookie-consent [part~="banner"]');
const dialog = (page: Page) => page.locator('cookie-preferences[modal] dialog');

/** Script files the page requested, by chunk name (`cy`, `localize`…). */
function requestedChunks(page: Page): string[] {
  const names: string[] = [];
  page.on('request', (request) => {
    const match = /\/chunks\/([\w.]+?)-[\w-]+\.js$/.exec(request.url());
    if (match) names.push(match[1]!);
  });
  return names;
}

describe('choosing the language', () => {
  it('shows a bilingual config in Welsh on a Welsh page, with lang="cy" on the banner', async () => {
    const page = await openPage(context, site.url, { config: '/bilingual.json', lang: 'cy' });
    await banner(page).first().waitFor();
    expect(await banner(page).getAttribute('lang')).toBe('cy');
    expect(await banner(page).getAttribute('aria-label')).toBe('Cwcis ar wefan yr Ymddiriedolaeth');
    const text = (await banner(page).innerText()).replace(/\s+/g, ' ');
    expect(text).toContain("Rydym yn defnyddio rhai cwcis hanfodol i wneud i'r wefan hon weithio.");
    expect(text).toContain('Hoffem hefyd osod cwcis dewisol (Dadansoddi), dim ond os byddwch yn eu derbyn.');
    expect(await page.locator('cookie-consent [part~="accept-button"]').innerText()).toBe('Derbyn cwcis ychwanegol');
    expect(await page.locator('cookie-consent [part~="reject-button"]').innerText()).toBe('Gwrthod cwcis ychwanegol');
  });

  it('shows the same config in English on an English page, and loads no Welsh', async () => {
    const context2 = await site.browser.newContext();
    const page = await context2.newPage();
    const chunks = requestedChunks(page);
    await page.close();
    const english = await openPage(context2, site.url, { config: '/bilingual.json', lang: 'en-GB' });
    const requested = requestedChunks(english);
    await banner(english).first().waitFor();
    expect(await banner(english).getAttribute('lang')).toBe('en-GB');
    expect(await english.locator('cookie-consent [part~="accept-button"]').innerText()).toBe('Accept additional cookies');
    expect(await english.locator('cookie-consent [part~="language-button"]').innerText()).toBe('Cymraeg');
    expect(await english.locator('cookie-consent [part~="language-button"]').getAttribute('lang')).toBe('cy');
    expect(requested.filter((name) => name === 'cy' || name === 'cy.preferences')).toEqual([]);
    expect(chunks).toEqual([]);
    await context2.close();
  });

  it('downloads no language code at all for an English-only config on an English page', async () => {
    const page = await context.newPage();
    const requested = requestedChunks(page);
    await page.goto(`${site.url}/`);
    await banner(page).first().waitFor();
    expect(requested).not.toContain('localize');
    expect(requested).not.toContain('cy');
    expect(await page.locator('cookie-consent [part~="language-button"]').count()).toBe(0);
  });

  it("uses a config's own lang over the page's: a Welsh-only config shows Welsh on an English page, with no switch", async () => {
    const page = await openPage(context, site.url, { config: '/welsh-only.json', lang: 'en-GB' });
    await banner(page).first().waitFor();
    expect(await banner(page).getAttribute('lang')).toBe('cy');
    expect(await page.locator('cookie-consent [part~="reject-button"]').innerText()).toBe('Gwrthod cwcis ychwanegol');
    expect(await page.locator('cookie-consent [part~="language-button"]').count()).toBe(0);
  });

  it('still shows the banner on a page without a lang attribute', async () => {
    const page = await openPage(context, site.url, { config: '/site.json', lang: null });
    await banner(page).first().waitFor();
    expect(await page.locator('cookie-consent [part~="accept-button"]').innerText()).toBe('Accept additional cookies');
  });
});

describe('switching language', () => {
  it('switches the banner between English and Welsh in place, keeps focus on the switch, and tells the page', async () => {
    const page = await openPage(context, site.url, { config: '/bilingual.json', lang: 'en-GB' });
    await page.evaluate(() => {
      (window as unknown as { heard: string[] }).heard = [];
      document.addEventListener('privacy-language-change', (e) => (window as unknown as { heard: string[] }).heard.push((e as CustomEvent).detail.lang));
    });
    const toggle = page.locator('cookie-consent [part~="language-button"]');
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => banner(page).getAttribute('lang'), POLL).toBe('cy');
    expect(await page.locator('cookie-consent [part~="accept-button"]').innerText()).toBe('Derbyn cwcis ychwanegol');
    expect(await toggle.innerText()).toBe('English');
    expect(await toggle.getAttribute('lang')).toBe('en-GB');
    expect(await page.evaluate(() => document.querySelector('cookie-consent')?.shadowRoot?.activeElement?.getAttribute('part'))).toBe('language-button');
    expect(await page.evaluate(() => (window as unknown as { heard: string[] }).heard)).toEqual(['cy']);
    // The page itself is untouched: only the widget changed language.
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en-GB');

    await page.keyboard.press('Enter');
    await expect.poll(() => banner(page).getAttribute('lang'), POLL).toBe('en-GB');
    expect(await page.locator('cookie-consent [part~="accept-button"]').innerText()).toBe('Accept additional cookies');
  });

  it('opens the preferences in the language the visitor chose, with translated categories, services and cookies', async () => {
    const page = await openPage(context, site.url, { config: '/bilingual.json', lang: 'en-GB' });
    await page.locator('cookie-consent [part~="language-button"]').click();
    await expect.poll(() => banner(page).getAttribute('lang'), POLL).toBe('cy');
    await page.locator('cookie-consent [part~="preferences-button"]').click();
    await expect.poll(() => dialog(page).evaluate((d: HTMLDialogElement) => d.open), POLL).toBe(true);
    expect(await dialog(page).getAttribute('lang')).toBe('cy');
    expect(await page.locator('cookie-preferences [part~="title"]').innerText()).toBe('Dewisiadau cwcis');
    expect(await page.locator('cookie-preferences #title-analytics').innerText()).toBe('Dadansoddi');
    expect(await page.locator('cookie-preferences #desc-analytics').innerText()).toContain("Mae'r cwcis hyn");
    expect(await page.locator('cookie-preferences [part~="save-button"]').innerText()).toBe('Cadw fy newisiadau');
    expect(await page.locator('cookie-preferences .state').nth(1).innerText()).toBe('I ffwrdd');
    await page.locator('cookie-preferences [part~="services"] summary').nth(1).click();
    const table = page.locator('cookie-preferences [part~="cookie-table"]').nth(1);
    expect((await table.locator('th').allInnerTexts()).map((t) => t.trim())).toEqual(['Enw', 'Darparwr', 'Diben', 'Hyd']);
    expect(await table.locator('td').nth(2).innerText()).toBe("Yn gwahaniaethu rhwng ymweliadau o'r un porwr.");
    expect(await table.locator('td').nth(3).innerText()).toBe('13 mis');
    // The dialog's own switch goes back to English, and the banner follows once it closes.
    await page.locator('cookie-preferences [part~="language-button"]').click();
    await expect.poll(() => dialog(page).getAttribute('lang'), POLL).toBe('en-GB');
    expect(await page.locator('cookie-preferences [part~="title"]').innerText()).toBe('Cookie preferences');
    await page.keyboard.press('Escape');
    await expect.poll(() => banner(page).getAttribute('lang'), POLL).toBe('en-GB');
  });

  it('confirms a choice in the language shown', async () => {
    const page = await openPage(context, site.url, { config: '/bilingual.json', lang: 'cy' });
    await page.locator('cookie-consent [part~="reject-button"]').click();
    await page.locator('cookie-consent [part~="confirmation"]').first().waitFor();
    expect((await page.locator('cookie-consent [part~="confirmation"]').innerText()).replace(/\s+/g, ' ').trim()).toBe(
      'Rydych wedi gwrthod cwcis ychwanegol. Gallwch newid eich gosodiadau cwcis ar unrhyw adeg.',
    );
    expect(await page.locator('cookie-consent [part~="hide-button"]').innerText()).toBe("Cuddio'r neges hon");
  });
});

describe('the notice in Welsh', () => {
  it("shows a bilingual config's Welsh notice on a Welsh page, with Welsh headings, date and glossary", async () => {
    const page = await openPage(context, site.url, { config: '/bilingual.json', lang: 'cy', body: '<privacy-notice></privacy-notice>' });
    const article = page.locator('privacy-notice [part~="notice"]');
    await article.first().waitFor();
    expect(await article.getAttribute('lang')).toBe('cy');
    expect(await page.locator('privacy-notice #notice-title').innerText()).toBe('Hysbysiad preifatrwydd');
    expect(await page.locator('privacy-notice #summary-heading').innerText()).toBe('Cipolwg');
    expect(await page.locator('privacy-notice #contents-heading').innerText()).toBe('Cynnwys');
    const summary = (await page.locator('privacy-notice [part~="summary"]').innerText()).replace(/\s+/g, ' ');
    expect(summary).toContain("Pwy sy'n gyfrifol");
    // Periods, lists and dates in Welsh even where the browser has no Welsh locale data (Chromium).
    expect(summary).toContain('Rydym yn ei chadw am 8 mlynedd');
    expect(summary).toContain('darparu eich gofal ac anfon ein cylchlythyr atoch');
    expect(await page.locator('privacy-notice [part~="meta"]').innerText()).toContain('Diweddarwyd ddiwethaf 5 Ionawr 2026');
  });

  it('follows the visitor when they switch the banner to Welsh', async () => {
    const page = await openPage(context, site.url, { config: '/bilingual.json', lang: 'en-GB', body: '<privacy-notice></privacy-notice>' });
    const title = page.locator('privacy-notice #notice-title');
    await title.first().waitFor();
    expect(await title.innerText()).toBe('Privacy notice');
    // On a page with the notice's cookie list the banner is not shown: switch from the API's dialog.
    await page.evaluate(() => window.PrivacyConsent.showPreferences());
    await page.locator('cookie-preferences[modal] [part~="language-button"]').click();
    await expect.poll(() => title.innerText(), POLL).toBe('Hysbysiad preifatrwydd');
  });
});

describe("the notice's own switch", () => {
  it('switches a bilingual notice between English and Welsh in place, with its lang, keeping focus on the switch', async () => {
    const page = await openPage(context, site.url, { config: '/bilingual.json', lang: 'en-GB', body: '<privacy-notice></privacy-notice>' });
    const title = page.locator('privacy-notice #notice-title');
    await title.waitFor();
    const toggle = page.locator('privacy-notice [part~="header"] [part~="language-button"]');
    expect(await toggle.innerText()).toBe('Cymraeg');
    expect(await toggle.getAttribute('lang')).toBe('cy');
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => title.innerText(), POLL).toBe('Hysbysiad preifatrwydd');
    expect(await page.locator('privacy-notice [part~="notice"]').getAttribute('lang')).toBe('cy');
    expect(await toggle.innerText()).toBe('English');
    expect(await page.evaluate(() => document.querySelector('privacy-notice')?.shadowRoot?.activeElement?.getAttribute('part'))).toBe('language-button');
    // The cookie choices inside the notice follow.
    await expect.poll(() => page.locator('privacy-notice cookie-preferences #title-analytics').innerText(), POLL).toBe('Dadansoddi');
  });

  it('shows no switch on a single-language notice', async () => {
    const page = await context.newPage();
    await page.goto(`${site.url}/notices/nhs-icb-coproduction-team.html`);
    await noticeUpgraded(page);
    expect(await page.locator('privacy-notice [part~="language-button"]').count()).toBe(0);
  });
});

describe('the Welsh demo', () => {
  it('shows the banner and the notice in Welsh, with no console errors, and switches to English', async () => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${site.url}/cy/`);
    await banner(page).first().waitFor();
    expect(await banner(page).getAttribute('aria-label')).toBe('Cwcis ar wefan Bwrdd Iechyd Glan-yr-afon');
    await page.locator('cookie-consent [part~="language-button"]').click();
    await expect.poll(() => banner(page).getAttribute('aria-label'), POLL).toBe('Cookies on the Riverside Health Board website');
    await page.goto(`${site.url}/cy/preifatrwydd.html`);
    await noticeUpgraded(page);
    const title = page.locator('privacy-notice #notice-title');
    await title.first().waitFor();
    expect(await title.innerText()).toBe('Hysbysiad preifatrwydd y wefan');
    expect(await page.locator('privacy-notice [part~="notice"]').getAttribute('lang')).toBe('cy');
    expect(await page.locator('privacy-notice #summary-heading').innerText()).toBe('Cipolwg');
    expect(errors).toEqual([]);
  });
});
