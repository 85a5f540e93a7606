/**
 * Right to left: on a page with `dir="rtl"` (a short Arabic config, `test/fixtures/i18n/arabic.json`)
 * the banner, the dialog and the notice mirror: text starts at the right, the first button is at
 * the right, the dialog's close button at the left, accent borders on the right, switches turn on
 * towards the left, and nothing scrolls sideways at 320 px. axe-core finds nothing.
 *
 * Build first (`npm run build`, or `npx vite build --outDir /tmp/x` with `PRIVACY_DIST=/tmp/x`).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { AXE, AXE_TAGS, openPage, useSite } from './support/site.js';

/** Polls wait as long as a busy machine needs to load a chunk. */
const POLL = { timeout: 15_000 };

const site = useSite();

const box = (page: Page, selector: string) => page.locator(selector).first().evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);

async function axe(page: Page, hosts: string[]): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(
    async ([tags, selectors]) => {
      const run = (window as unknown as { axe: { run(ctx: object, opts: object): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> } }).axe.run;
      const result = await run({ include: selectors.map((s) => [s]) }, { runOnly: { type: 'tag', values: tags } });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
    },
    [AXE_TAGS, hosts] as const,
  );
}

describe('right to left', () => {
  it('mirrors the banner: text from the right, accept first at the right, reject beside it to the left', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await openPage(context, site.url, { config: '/arabic.json', lang: 'ar', dir: 'rtl' });
    await page.locator('cookie-consent [part~="banner"]').waitFor();
    expect(await page.locator('cookie-consent [part~="banner"]').getAttribute('lang')).toBe('ar');
    const inner = await box(page, 'cookie-consent .inner');
    // The heading's words, not its (full-width) box.
    const title = await page.locator('cookie-consent [part~="title"]').evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return range.getBoundingClientRect().toJSON() as DOMRect;
    });
    const accept = await box(page, 'cookie-consent [part~="accept-button"]');
    const reject = await box(page, 'cookie-consent [part~="reject-button"]');
    // The heading hugs the right edge of the content box (with its padding), not the left.
    expect(inner.right - title.right).toBeLessThan(24);
    expect(title.left - inner.left).toBeGreaterThan(24);
    expect(accept.left).toBeGreaterThan(reject.left);
    expect(await axe(page, ['cookie-consent'])).toEqual([]);
    await context.close();
  });

  it('mirrors the dialog: close button at the left, switches move towards the left when on', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await openPage(context, site.url, { config: '/arabic.json', lang: 'ar', dir: 'rtl' });
    await page.locator('cookie-consent [part~="preferences-button"]').click();
    const dialog = page.locator('cookie-preferences[modal] dialog');
    await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open), POLL).toBe(true);
    const frame = await box(page, 'cookie-preferences[modal] dialog');
    const close = await box(page, 'cookie-preferences[modal] [part~="close-button"]');
    expect(close.left - frame.left).toBeLessThan(frame.width / 4);
    const switchEl = page.locator('cookie-preferences[modal] [part~="switch"]:not(:disabled)').first();
    const thumb = () => switchEl.evaluate((el) => getComputedStyle(el).backgroundImage);
    expect(await thumb()).toContain('circle at calc(100% -');
    await switchEl.check();
    expect(await thumb()).not.toContain('circle at calc(100% -');
    // The switch sits at the left end of its category's heading row.
    const head = await box(page, 'cookie-preferences[modal] .category:nth-of-type(2) .head');
    const title = await box(page, 'cookie-preferences[modal] #title-analytics');
    expect(head.right - title.right).toBeLessThan(4);
    expect(await axe(page, ['cookie-preferences'])).toEqual([]);
    await context.close();
  });

  it('mirrors the notice: accent borders and list indents on the right, no sideways scrolling at 320 px', async () => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await openPage(context, site.url, { config: '/arabic.json', lang: 'ar', dir: 'rtl', body: '<privacy-notice></privacy-notice>' });
    const summary = page.locator('privacy-notice [part~="summary"]');
    await summary.waitFor();
    const styles = await summary.evaluate((el) => ({ right: getComputedStyle(el).borderRightWidth, left: getComputedStyle(el).borderLeftWidth }));
    expect(styles).toEqual({ right: '6px', left: '2px' });
    const list = await page.locator('privacy-notice [part~="contents"] ol').first().evaluate((el) => getComputedStyle(el).paddingRight);
    expect(parseFloat(list)).toBeGreaterThan(10);
    await page.locator('privacy-notice [part~="toggle-all"]').click();
    const overflow = await page.evaluate(() => document.scrollingElement!.scrollWidth - document.scrollingElement!.clientWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    const term = page.locator('privacy-notice privacy-term [part~="term"]').first();
    await term.click();
    const definition = page.locator('privacy-notice privacy-term [part~="definition"]').first();
    await expect.poll(() => definition.isVisible(), POLL).toBe(true);
    const panel = await box(page, 'privacy-notice privacy-term [part~="definition"]');
    const closeButton = await box(page, 'privacy-notice privacy-term [part~="close-button"]');
    expect(closeButton.left - panel.left).toBeLessThan(panel.width / 3);
    expect(await axe(page, ['privacy-notice'])).toEqual([]);
    await context.close();
  });
});
