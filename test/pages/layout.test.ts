/**
 * What a visitor sees, measured in Chromium at desktop and phone widths: cookie names kept whole,
 * labels spaced, one set of choices at a time, switches in one column, a compact first-visit
 * banner with Accept and Reject side by side and equal, and no sideways scrolling at 320 px on any
 * demo page. Screenshots of each state go to .test-results/layout/ for a person to look at.
 */
import { mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { demoConfig, frames, useSite, type Visit } from './support/site.js';

const site = useSite();
const SHOTS = fileURLToPath(new URL('../../.test-results/layout/', import.meta.url));
mkdirSync(SHOTS, { recursive: true });
const DEMO = fileURLToPath(new URL('../../demo/', import.meta.url));

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

async function screenshot(visit: Visit, name: string): Promise<void> {
  await visit.page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

/** Opens the preferences dialog with every services list expanded. */
async function openDialog(visit: Visit): Promise<void> {
  await visit.banner.shown();
  await visit.banner.click('preferences');
  await visit.dialog.opened();
  await visit.page.evaluate(`document.querySelector('cookie-preferences[modal]').shadowRoot.querySelectorAll('details').forEach((d) => (d.open = true))`);
  await frames(visit.page);
}

describe('cookie tables', () => {
  for (const viewport of [DESKTOP, PHONE]) {
    it(`never break a cookie name inside a word at ${viewport.width} px`, async () => {
      const visit = await site.visit('/analytics.html', { viewport });
      await openDialog(visit);
      const names: { name: string; lines: number }[] = await visit.eval(`[...document.querySelector('cookie-preferences[modal]').shadowRoot.querySelectorAll('td code')]
        .map((code) => ({ name: code.textContent, lines: new Set([...code.getClientRects()].map((r) => Math.round(r.top))).size }))`);
      expect(names.map((n) => n.name)).toEqual(expect.arrayContaining(['session', 'VISITOR_INFO1_LIVE', '_pk_id.*']));
      expect(names.filter((n) => n.lines !== 1)).toEqual([]);
      await screenshot(visit, `cookie-table-${viewport.width}`);
    });
  }

  it('labels each value of a stacked row on a phone with a space after the colon ("Name: session")', async () => {
    const visit = await site.visit('/analytics.html', { viewport: PHONE });
    await openDialog(visit);
    const label: { content: string; gap: number } = await visit.eval(`(() => {
      const td = document.querySelector('cookie-preferences[modal]').shadowRoot.querySelector('td[data-label]');
      const code = td.querySelector('code');
      const range = document.createRange();
      range.selectNodeContents(td);
      return { content: getComputedStyle(td, '::before').content, gap: code.getBoundingClientRect().left - td.getBoundingClientRect().left };
    })()`);
    expect(label.content).toBe('"Name: "');
    // "Name: " then the value: the value starts after the label and its space, not against the colon.
    expect(label.gap).toBeGreaterThan(40);
  });
});

describe('the preferences dialog over the banner', () => {
  for (const viewport of [DESKTOP, PHONE]) {
    it(`shows one set of Accept and Reject at a time at ${viewport.width} px`, async () => {
      const visit = await site.visit('/analytics.html', { viewport });
      await visit.banner.shown();
      await visit.banner.click('preferences');
      await visit.dialog.opened();
      expect(await visit.banner.button('accept').isVisible()).toBe(false);
      expect(await visit.banner.button('reject').isVisible()).toBe(false);
      expect(await visit.dialog.button('accept').isVisible()).toBe(true);
      await screenshot(visit, `dialog-over-banner-${viewport.width}`);
      // Closed without a decision: the banner is back, still asking.
      await visit.page.keyboard.press('Escape');
      await visit.dialog.closed();
      // The banner shows again on the dialog's close event, a task after the dialog closes.
      await visit.banner.button('reject').waitFor({ state: 'visible', timeout: 5000 });
      expect(await visit.banner.button('reject').isVisible()).toBe(true);
    });
  }

  it('keeps every switch at the end of its title’s first line when a title wraps', async () => {
    const config = demoConfig();
    config.consent.categories[1].title = 'Analytics and measurement of how people use this website to improve our services';
    for (const viewport of [DESKTOP, PHONE, { width: 320, height: 640 }]) {
      const visit = await site.visit('/analytics.html', { viewport, config });
      await openDialog(visit);
      const heads: { title: DOMRect; toggle: DOMRect }[] = await visit.eval(`[...document.querySelector('cookie-preferences[modal]').shadowRoot.querySelectorAll('.head:not(.service-head)')]
        .map((head) => ({ title: head.querySelector('.category-title').getBoundingClientRect().toJSON(), toggle: head.querySelector('input[role=switch]').getBoundingClientRect().toJSON() }))`);
      expect(heads.length).toBeGreaterThan(2);
      const rights = heads.map((h) => Math.round(h.toggle.right));
      expect(new Set(rights).size, `switch columns at ${viewport.width} px: ${rights}`).toBe(1);
      for (const { title, toggle } of heads) {
        expect(toggle.left).toBeGreaterThan(title.left + title.width / 2);
        expect(Math.abs(toggle.top - title.top)).toBeLessThan(16);
      }
      expect(heads.some((h) => h.title.height > 40), 'the long title wraps').toBe(true);
      await screenshot(visit, `switches-${viewport.width}`);
    }
  });
});

describe('the first-visit banner', () => {
  // The Welsh demo site's config without its English translation: one language, as the English
  // demo's config is, so both banners have the same parts (no language button).
  const welsh = JSON.parse(readFileSync(join(DEMO, 'cy/site.json'), 'utf8'));
  delete welsh.translations;
  it.each([
    ['English', '/analytics.html', undefined],
    ['Welsh', '/cy/index.html', welsh],
    // The Welsh demo as it is, with its English translation: the language button sits beside the
    // title, so a bilingual banner is no taller than a single-language one.
    ['Welsh and English', '/cy/index.html', undefined],
  ])('in %s, on a 390 px phone takes well under half the screen, with Accept and Reject side by side, equal and next to each other', async (language, path, config) => {
    const visit = await site.visit(path, { viewport: PHONE, config });
    await visit.banner.shown();
    expect(await visit.banner.button('reject').innerText()).toBe(language.startsWith('Welsh') ? 'Gwrthod cwcis ychwanegol' : 'Reject additional cookies');
    const box = (await visit.banner.region.boundingBox())!;
    expect(box.height / PHONE.height, `banner ${Math.round(box.height)} px high`).toBeLessThan(0.42);
    const accept = (await visit.banner.button('accept').boundingBox())!;
    const reject = (await visit.banner.button('reject').boundingBox())!;
    expect(Math.round(reject.y)).toBe(Math.round(accept.y));
    expect(Math.round(reject.width)).toBe(Math.round(accept.width));
    expect(Math.round(reject.height)).toBe(Math.round(accept.height));
    expect(reject.y + reject.height).toBeLessThanOrEqual(PHONE.height);
    await visit.banner.button('accept').focus();
    await visit.page.keyboard.press('Tab');
    expect((await visit.focused())?.part).toBe('button reject-button');
    expect(await visit.axe(['cookie-consent'])).toEqual([]);
    await screenshot(visit, `banner-390${language === 'Welsh' ? '-cy' : language === 'Welsh and English' ? '-cy-en' : ''}`);
  });

  for (const viewport of [{ width: 320, height: 640 }, PHONE, DESKTOP]) {
    it(`never makes Reject harder to reach than Accept at ${viewport.width} px`, async () => {
      const visit = await site.visit('/analytics.html', { viewport });
      await visit.banner.shown();
      const accept = (await visit.banner.button('accept').boundingBox())!;
      const reject = (await visit.banner.button('reject').boundingBox())!;
      // The same size, and next in reading and tab order.
      expect(Math.round(reject.width)).toBe(Math.round(accept.width));
      expect(Math.round(reject.height)).toBe(Math.round(accept.height));
      expect(reject.y + reject.height).toBeLessThanOrEqual(viewport.height);
      await visit.banner.button('accept').focus();
      await visit.page.keyboard.press('Tab');
      expect((await visit.focused())?.part).toBe('button reject-button');
    });
  }

  it('shows "Hide this message" at the width of its words, not the banner’s', async () => {
    const visit = await site.visit('/analytics.html', { viewport: DESKTOP });
    await visit.banner.shown();
    await visit.banner.click('accept');
    await visit.banner.button('hide').waitFor();
    const hide = (await visit.banner.button('hide').boundingBox())!;
    expect(hide.width).toBeLessThan(300);
    await screenshot(visit, 'confirmation-1280');
  });
});

/** Every page of the demo site, as a path from its root. */
function demoPages(dir = DEMO): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return demoPages(path);
    return name.endsWith('.html') ? [`/${relative(DEMO, path).split('\\').join('/')}`] : [];
  });
}

describe('reflow (WCAG 1.4.10)', () => {
  const pages = demoPages();
  it('covers every demo page, the playground included', () => {
    expect(pages).toEqual(expect.arrayContaining(['/index.html', '/playground.html', '/import.html', '/cookies.html', '/privacy.html']));
  });

  it.each(pages)('%s has no horizontal scroll at 320 px, with the banner showing', async (path) => {
    const visit = await site.visit(path, { viewport: { width: 320, height: 640 } });
    await visit.page.waitForLoadState('networkidle');
    await frames(visit.page);
    const overflow: { scroll: number; wide: string[] } = await visit.eval(`(() => {
      const width = document.documentElement.clientWidth;
      const wide = [...document.querySelectorAll('body *')].filter((el) => el.getBoundingClientRect().right > width + 1).map((el) => el.localName + (el.id ? '#' + el.id : ''));
      return { scroll: document.documentElement.scrollWidth - width, wide: wide.slice(0, 5) };
    })()`);
    expect(overflow, JSON.stringify(overflow)).toMatchObject({ scroll: 0 });
  });
});
