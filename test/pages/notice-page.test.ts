/**
 * The example organisation's privacy page (`demo/privacy.html`), served with the built drop-in
 * script: the notice renders from the page's config, its cookies section shows the visitor's
 * choices and saves new ones, so the banner is not shown there; a page with only the banner
 * never downloads the notice's code.
 *
 * Build first (`npm run build`, or `npx vite build --outDir /tmp/x` with `PRIVACY_DIST=/tmp/x`).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { NOTICE_UPGRADED, frames, noticeUpgraded, useSite } from './support/site.js';

const site = useSite();
const demo = (name: string) => JSON.parse(readFileSync(fileURLToPath(new URL(`../../demo/${name}`, import.meta.url)), 'utf8'));

/** Runs in the page: the notice's title, once the element has taken over the page's static notice. */
const NOTICE_TITLE = `${NOTICE_UPGRADED} ? document.querySelector('privacy-notice').shadowRoot.querySelector('h1')?.textContent ?? null : null`;

describe('the privacy page (demo/privacy.html)', () => {
  it('uses the same consent section as the rest of the demo site, so one choice covers every page', () => {
    const privacy = demo('example-privacy.json');
    const rest = demo('site.json');
    expect(privacy.consent).toEqual(rest.consent);
    expect(privacy.version).toBe(rest.version);
  });

  it('renders the notice from the page config, with no console errors and no axe violations', async () => {
    const visit = await site.visit('/privacy.html');
    await visit.page.waitForFunction(NOTICE_TITLE, undefined, { timeout: 10_000 });
    expect(await visit.eval(NOTICE_TITLE)).toBe('How we use your information');
    const items = await visit.page.locator('privacy-notice [part~="summary-item"]').count();
    expect(items).toBeGreaterThan(5);
    expect(items).toBeLessThanOrEqual(10);
    expect(visit.requests.some((path) => /\/chunks\/privacy-notice-[\w-]+\.js$/.test(path))).toBe(true);
    await frames(visit.page);
    expect(await visit.axe()).toEqual([]);
    await visit.page.locator('privacy-notice [part~="toggle-all"]').click();
    await frames(visit.page);
    expect(await visit.axe()).toEqual([]);
    expect(visit.messages('error')).toEqual([]);
    expect(visit.pageErrors).toEqual([]);
  });

  it('does not show the banner, and lets the visitor choose in the cookies section instead', async () => {
    const visit = await site.visit('/privacy.html');
    const ready = await visit.ready();
    expect(ready.status).toBe('undecided');
    await noticeUpgraded(visit.page);
    const prefs = visit.page.locator('privacy-notice #cookies-body cookie-preferences');
    await prefs.locator('[part~="switch"]').first().waitFor({ timeout: 10_000 });
    expect(await visit.banner.rendersNothing()).toBe(true);
    // Every cookie of the config is listed by category (in the notice's own tables, not the choices' tables below them).
    const names = await visit.page.locator('privacy-notice #cookies-body [part~="table"] .cookie-table td code').allTextContents();
    expect(names).toEqual(['session', '_pk_id.*', '_pk_ses.*', 'VISITOR_INFO1_LIVE', 'YSC']);
    await prefs.locator('[part~="reject-button"]').click();
    const change = await visit.event('consent-change');
    expect(change.action).toBe('reject-all');
    expect(await visit.granted('analytics')).toBe(false);
    expect(await visit.banner.rendersNothing()).toBe(true);
  });

  it('opens the section named in the address and goes back with the Back button', async () => {
    const visit = await site.visit('/privacy.html#rights');
    const expanded = (id: string) => visit.page.locator(`privacy-notice #${id}-heading button`).getAttribute('aria-expanded');
    await visit.page.waitForFunction(NOTICE_TITLE, undefined, { timeout: 10_000 });
    await expect.poll(() => expanded('rights')).toBe('true');
    await visit.page.locator('privacy-notice [part~="contents"] a[href="#retention"]').click();
    await expect.poll(() => expanded('retention')).toBe('true');
    expect(new URL(visit.page.url()).hash).toBe('#retention');
    await visit.page.locator('privacy-notice #rights-heading button').click();
    await expect.poll(() => expanded('rights')).toBe('false');
    await visit.page.goBack();
    expect(new URL(visit.page.url()).hash).toBe('#rights');
    await expect.poll(() => expanded('rights')).toBe('true');
  });

  it('prints every section open', async () => {
    const visit = await site.visit('/privacy.html');
    await visit.page.waitForFunction(NOTICE_TITLE, undefined, { timeout: 10_000 });
    await visit.page.emulateMedia({ media: 'print' });
    const heights: number[] = await visit.eval(
      `Array.from(document.querySelector('privacy-notice').shadowRoot.querySelectorAll('.section-body')).map((b) => b.getBoundingClientRect().height)`,
    );
    expect(heights.length).toBeGreaterThan(5);
    expect(heights.every((h) => h > 0)).toBe(true);
  });
});

describe('a page with only the banner (demo/index.html)', () => {
  it('never requests the notice’s code', async () => {
    const visit = await site.visit('/');
    await visit.banner.shown();
    await frames(visit.page);
    expect(visit.requests.filter((path) => /notice|privacy-term|floating/.test(path))).toEqual([]);
  });
});
