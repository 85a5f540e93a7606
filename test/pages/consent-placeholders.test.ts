/**
 * Consent placeholders on whole pages, in Chromium through the built drop-in script: nothing is
 * requested from the provider before the visitor says yes (every request of the page and its
 * frames is watched), "Load this time" is forgotten on reload, "Always allow" is a decision that
 * the dialog shows and that swaps every placeholder of the service at once (in this tab and in
 * another), withdrawal brings the placeholders back, each takes exactly its embed's box so nothing
 * moves when they arrive or when an embed loads (no layout shift at 320, 768 and 1280 px), a
 * phone's small box gets a compact layout and scrolls as a Tab stop rather than grow, axe finds
 * nothing at 320, 768 and 1280 px in light, dark and forced colours, a keyboard journey through
 * three placeholders, the demo page's embed allowed by its config, Welsh, right to left.
 *
 * The "provider" is a second loopback origin, `http://video.thirdparty.test:<port>` (mapped to
 * 127.0.0.1): the same server, another origin, never a real external address.
 *
 * Build first (`npm run build`, or `npx vite build --outDir /tmp/x` with `PRIVACY_DIST=/tmp/x`).
 */
import type { BrowserContext, BrowserContextOptions, Locator } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { frames, textOf, useSite, type FocusInfo, type Visit } from './support/site.js';

// Chromium's Local Network Access checks block a frame whose host name resolves to the loopback
// address (ERR_BLOCKED_BY_LOCAL_NETWORK_ACCESS_CHECKS): without the switch, a loaded embed here
// would be Chromium's error page, not the stand-in provider's page.
const site = useSite({ args: ['--host-resolver-rules=MAP *.thirdparty.test 127.0.0.1', '--disable-features=LocalNetworkAccessChecks'] });

// The axe matrix visits nine variants: slow on a busy machine.
vi.setConfig({ testTimeout: 180_000 });

/** Polls wait as long as a busy machine needs to load a chunk. */
const POLL = { timeout: 15_000 };

const provider = () => `http://video.thirdparty.test:${new URL(site.url).port}`;

interface PageOptions {
  lang?: string;
  dir?: 'rtl';
  config?: string;
  /** Also an embed naming a service the config does not declare. */
  unknown?: boolean;
}

/**
 * A site's page with four gated embeds (two YouTube videos, a Vimeo video and a Google map, all
 * served by the stand-in provider), text after each (so a shift would show), and the demo site's
 * styles (`iframe { width: 100%; aspect-ratio: 16 / 9 }`). Three keep the height their `height`
 * attribute gives them; the Vimeo video is a responsive 16:9 one (`height: auto`), the smallest
 * box on a phone (288 x 162 px at 320).
 */
function pageHtml({ lang = 'en-GB', dir, config = '/videos.json', unknown = false }: PageOptions = {}): string {
  const p = provider();
  return `<!doctype html>
<html lang="${lang}"${dir ? ` dir="${dir}"` : ''}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Videos</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/site.css">
<style>#vimeo { height: auto; }</style>
<script type="module" src="/privacy-consent.js" data-config="${config}"></script>
</head>
<body>
<main id="main">
<h1>Videos</h1>
<p>Before the videos.</p>
<iframe id="physio" title="Preparing for your physiotherapy appointment" width="560" height="315"
  data-consent="embedded/youtube" data-src="${p}/embed/video.html?v=physio"
  data-consent-poster="/assets/physio-poster.svg" data-consent-link="${p}/embed/video.html?v=physio&amp;watch"></iframe>
<p>After the first video.</p>
<iframe id="map" title="Map of our clinics" width="600" height="450"
  data-consent="embedded/google-maps" data-src="${p}/embed/map.html?q=clinics"></iframe>
<p>After the map.</p>
<iframe id="back" title="Looking after your back" width="560" height="315"
  data-consent="embedded/youtube" data-src="${p}/embed/video.html?v=back"></iframe>
<p>After the second video.</p>
<iframe id="vimeo" title="Hand hygiene" width="640" height="360"
  data-consent="embedded/vimeo" data-src="${p}/embed/video.html?v=hands"></iframe>
<p>After the third video.</p>
${unknown ? `<iframe id="unknown" title="Booking form" width="640" height="480" data-consent="embedded/booking" data-src="${p}/embed/map.html?form"></iframe>\n<p>After the form.</p>` : ''}
</main>
<footer><a href="/cookies.html" data-consent-open>Cookie settings</a></footer>
</body>
</html>`;
}

/** Serves `pageHtml(options)` at `/__placeholders.html` in `context` and records every request URL of its pages and frames. */
async function open(options: PageOptions & { context?: BrowserContext; contextOptions?: BrowserContextOptions } = {}): Promise<Visit & { urls: string[] }> {
  const context = options.context ?? (await site.context(options.contextOptions));
  await context.route(`${site.url}/__placeholders.html`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: pageHtml(options) }));
  const urls: string[] = [];
  context.on('request', (request) => urls.push(request.url()));
  const visit = await site.visit('/__placeholders.html', { in: context });
  return Object.assign(visit, { urls });
}

/** Requests to the stand-in provider. */
const toProvider = (urls: string[]) => urls.filter((url) => url.startsWith(provider()));

/** The placeholder standing before the embed with this id. */
const placeholder = (visit: Visit, id: string): Locator => visit.page.locator(`consent-placeholder:has(+ #${id})`);
const button = (visit: Visit, id: string, part: 'load-button' | 'allow-button' | 'details-link' | 'link') => placeholder(visit, id).locator(`[part~="${part}"]`);

/** Waits until every embed with these ids has its placeholder rendered. */
async function asking(visit: Visit, ...ids: string[]): Promise<void> {
  for (const id of ids) await button(visit, id, 'allow-button').waitFor({ state: 'visible', ...POLL });
}

/** The `src` of each embed, by id. */
const sources = (visit: Visit, ...ids: string[]): Promise<(string | null)[]> =>
  visit.eval(`${JSON.stringify(ids)}.map((id) => document.getElementById(id).getAttribute('src'))`);

/** Whether each embed's placeholder is shown, by id. */
const showing = (visit: Visit, ...ids: string[]): Promise<boolean[]> =>
  visit.eval(`${JSON.stringify(ids)}.map((id) => { const p = document.getElementById(id).previousElementSibling; return !!p && p.localName === 'consent-placeholder' && !p.hidden; })`);

describe('consent placeholders', () => {
  it('requests nothing from the provider before consent, and only what the visitor loads after', async () => {
    const visit = await open();
    await visit.banner.shown();
    await asking(visit, 'physio', 'map', 'back', 'vimeo');
    await visit.page.waitForLoadState('networkidle');
    expect(toProvider(visit.urls)).toEqual([]);
    // The poster is the site's own.
    expect(visit.urls).toContain(`${site.url}/assets/physio-poster.svg`);
    expect(await sources(visit, 'physio', 'map', 'back', 'vimeo')).toEqual([null, null, null, null]);
    expect(await textOf(placeholder(visit, 'physio').locator('[part~="title"]'))).toBe('YouTube: Preparing for your physiotherapy appointment');

    // Refusing everything keeps it so.
    await visit.banner.click('reject');
    await visit.event('consent-change');
    await frames(visit.page);
    await visit.page.waitForLoadState('networkidle');
    expect(toProvider(visit.urls)).toEqual([]);

    await button(visit, 'map', 'load-button').click();
    await expect.poll(() => toProvider(visit.urls), POLL).toEqual([`${provider()}/embed/map.html?q=clinics`]);
    expect(visit.pageErrors).toEqual([]);
    expect(visit.messages('error')).toEqual([]);
  });

  it('forgets "Load this time" on reload: nothing recorded, nothing requested', async () => {
    const visit = await open();
    await asking(visit, 'physio', 'back');
    await button(visit, 'physio', 'load-button').click();
    await expect.poll(() => sources(visit, 'physio', 'back'), POLL).toEqual([`${provider()}/embed/video.html?v=physio`, null]);
    await expect.poll(async () => (await visit.focused())?.label, POLL).toMatch(/^iframe#physio/);
    expect(await visit.changes()).toEqual([]);
    expect(await visit.readStored()).toBeUndefined();

    // The video's own request starts a little after its src is set (late on a busy machine): let
    // it start and finish before counting this page's requests, so it is not counted as the
    // next page's.
    await expect.poll(() => toProvider(visit.urls), POLL).toEqual([`${provider()}/embed/video.html?v=physio`]);
    await visit.page.waitForLoadState('networkidle');
    visit.urls.length = 0;
    await visit.reload();
    await asking(visit, 'physio', 'back');
    await visit.page.waitForLoadState('networkidle');
    expect(await sources(visit, 'physio', 'back')).toEqual([null, null]);
    expect(toProvider(visit.urls)).toEqual([]);
    await visit.banner.shown();
  });

  it('"Always allow YouTube" records that one service, swaps both YouTube placeholders together, persists, and shows in the dialog', async () => {
    const visit = await open();
    await asking(visit, 'physio', 'map', 'back', 'vimeo');
    await button(visit, 'back', 'allow-button').click();
    const change = await visit.event('consent-change');
    expect(change).toMatchObject({
      action: 'placeholder',
      decision: 'custom',
      status: 'current',
      categories: { necessary: true, embedded: false },
      services: { youtube: true, vimeo: false, 'google-maps': false },
      changed: { categories: [], services: ['youtube'] },
    });
    // Both YouTube videos at once; focus on the one chosen here; the others still ask.
    expect(await sources(visit, 'physio', 'back', 'map', 'vimeo')).toEqual([
      `${provider()}/embed/video.html?v=physio`,
      `${provider()}/embed/video.html?v=back`,
      null,
      null,
    ]);
    expect(await showing(visit, 'physio', 'back', 'map', 'vimeo')).toEqual([false, false, true, true]);
    await expect.poll(async () => (await visit.focused())?.label, POLL).toMatch(/^iframe#back/);
    await visit.banner.gone();

    await visit.reload();
    await asking(visit, 'map', 'vimeo');
    expect(await sources(visit, 'physio', 'back')).toEqual([`${provider()}/embed/video.html?v=physio`, `${provider()}/embed/video.html?v=back`]);
    expect(await showing(visit, 'physio', 'back', 'map', 'vimeo')).toEqual([false, false, true, true]);
    expect(await visit.ready()).toMatchObject({ status: 'current', services: { youtube: true, vimeo: false } });

    await visit.page.locator('footer [data-consent-open]').click();
    await visit.dialog.opened();
    expect(await visit.dialog.switch('Videos and maps').first().isChecked()).toBe(false);
    const service = (id: string) => visit.page.locator(`cookie-preferences[modal] #switch-${id}`);
    expect(await service('youtube').isChecked()).toBe(true);
    expect(await service('youtube').isVisible()).toBe(true);
    expect(await service('vimeo').isChecked()).toBe(false);
    expect(await service('google-maps').isChecked()).toBe(false);
  });

  it('withdrawing in the dialog takes the embeds away and brings the placeholders back', async () => {
    const visit = await open();
    await asking(visit, 'physio', 'back');
    await button(visit, 'physio', 'allow-button').click();
    await expect.poll(() => showing(visit, 'physio', 'back'), POLL).toEqual([false, false]);
    await visit.page.locator('footer [data-consent-open]').click();
    await visit.dialog.opened();
    await visit.page.locator('cookie-preferences[modal] #switch-youtube').click();
    await visit.dialog.button('save').click();
    const change = await visit.event('consent-change', 2);
    expect(change).toMatchObject({ action: 'withdraw', services: { youtube: false }, changed: { services: ['youtube'] } });
    await expect.poll(() => showing(visit, 'physio', 'back'), POLL).toEqual([true, true]);
    expect(await sources(visit, 'physio', 'back')).toEqual([null, null]);
    expect(await visit.page.locator('consent-placeholder').count()).toBe(4);
  });

  it('swaps the placeholders of a tab when the visitor allows the service in another tab', async () => {
    const first = await open();
    const second = await open({ context: first.page.context() });
    await asking(first, 'physio', 'back', 'vimeo');
    await asking(second, 'physio', 'back', 'vimeo');
    await button(first, 'vimeo', 'allow-button').click();
    await expect.poll(() => showing(second, 'physio', 'back', 'vimeo'), POLL).toEqual([true, true, false]);
    expect(await sources(second, 'vimeo')).toEqual([`${provider()}/embed/video.html?v=hands`]);
    expect((await second.changes()).at(-1)).toMatchObject({ origin: 'other-tab', action: 'placeholder', changed: { services: ['vimeo'] } });
    // Nothing in the other tab took focus.
    expect(await second.focused()).toBeNull();
  });

  it('takes exactly each embed’s box and moves nothing, on arrival or when the embed loads, at 320, 768 and 1280 px', async () => {
    const ids = ['physio', 'map', 'back', 'vimeo'];
    type Box = { x: number; y: number; width: number; height: number };
    const boxes = (visit: Visit, selectors: string[]): Promise<Box[]> =>
      visit.eval(`${JSON.stringify(selectors)}.map((selector) => { const r = document.querySelector(selector).getBoundingClientRect();
        return { x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height }; })`);
    for (const width of [320, 768, 1280]) {
      const visit = await open({ contextOptions: { viewport: { width, height: 900 } } });
      await asking(visit, ...ids);
      await visit.page.waitForLoadState('networkidle');
      await frames(visit.page, 3);
      // No input on load: every layout shift counts, whatever its hadRecentInput says.
      const shifts: { value: number; recent: boolean }[] = await visit.eval('window.__consent.shifts');
      expect(shifts, `layout shifts on load at ${width} px`).toEqual([]);
      expect(await visit.focused()).toBeNull();
      expect(await visit.eval('document.documentElement.scrollWidth'), `sideways scroll at ${width} px`).toBeLessThanOrEqual(width);
      // Each embed, loaded, has the box its placeholder had; so the text after it stays put too.
      const before = await boxes(visit, ids.flatMap((id) => [`consent-placeholder:has(+ #${id})`, `#${id} + p`]));
      // By keyboard: a pointer click aims at coordinates, which move when the video loaded just
      // before scrolls itself into view as it takes focus.
      for (const id of ids) {
        await button(visit, id, 'load-button').focus();
        await visit.page.keyboard.press('Enter');
        await expect.poll(() => showing(visit, id), POLL).toEqual([false]);
      }
      await expect.poll(() => showing(visit, ...ids), { ...POLL, message: `loaded at ${width} px` }).toEqual([false, false, false, false]);
      const after = await boxes(visit, ids.flatMap((id) => [`#${id}`, `#${id} + p`]));
      after.forEach((box, i) => {
        for (const key of ['x', 'y', 'width', 'height'] as const) expect(Math.abs(box[key] - before[i]![key]), `${key} of ${i % 2 ? 'the text after' : ''} #${ids[i >> 1]} at ${width} px`).toBeLessThan(1);
      });
      await visit.page.context().close();
    }
  });

  it('fits a phone’s 16:9 box: a compact layout, what loading it means behind a disclosure, and a box that scrolls is a Tab stop', async () => {
    const visit = await open({ contextOptions: { viewport: { width: 320, height: 640 } } });
    await asking(visit, 'physio', 'map', 'back', 'vimeo');
    const vimeo = placeholder(visit, 'vimeo');
    const about = vimeo.locator('[part~="about-button"]');
    const description = vimeo.locator('[part~="description"]');
    const layout = (): Promise<{ width: number; height: number; scrolls: boolean; tabIndex: number; sideways: boolean }> =>
      vimeo.evaluate((host) => {
        const box = host.shadowRoot!.querySelector<HTMLElement>('.box')!;
        const r = host.getBoundingClientRect();
        return { width: r.width, height: r.height, scrolls: box.scrollHeight > box.clientHeight + 1, tabIndex: box.tabIndex, sideways: box.scrollWidth > box.clientWidth };
      });
    // 16:9 at 288 px: 162 px high, and it stays so whatever its text needs.
    expect(await layout()).toMatchObject({ width: 288, sideways: false });
    expect(Math.abs((await layout()).height - 162)).toBeLessThan(1);
    expect(await about.isVisible()).toBe(true);
    expect(await about.getAttribute('aria-expanded')).toBe('false');
    expect(await description.isVisible()).toBe(false);
    await about.click();
    expect(await about.getAttribute('aria-expanded')).toBe('true');
    expect(await description.isVisible()).toBe(true);
    expect(await textOf(description)).toContain('Loading it sends information about your visit to Vimeo, which sets cookies (vuid).');
    expect(Math.abs((await layout()).height - 162)).toBeLessThan(1);
    // Nothing clipped: the text scrolls, and a keyboard can scroll it (the named group is a Tab stop).
    await expect.poll(layout, POLL).toMatchObject({ scrolls: true, tabIndex: 0, sideways: false });
    const box = vimeo.locator('[part~="box"]');
    await box.focus();
    await visit.page.keyboard.press('End');
    await expect.poll(() => box.evaluate((el) => el.scrollTop), POLL).toBeGreaterThan(0);
    await expect.poll(() => box.evaluate((el) => el.scrollTop + el.clientHeight >= el.scrollHeight - 1), POLL).toBe(true);
    expect(await visit.axe(['consent-placeholder'])).toEqual([]);
    // A box tall enough for everything has the full layout: no disclosure, the description shown.
    await visit.page.setViewportSize({ width: 1280, height: 900 });
    await visit.reload();
    await asking(visit, 'vimeo');
    expect(await about.isVisible()).toBe(false);
    expect(await description.isVisible()).toBe(true);
    expect(await layout()).toMatchObject({ scrolls: false, tabIndex: -1 });
    // Not even a "ResizeObserver loop" error on the way.
    expect(visit.pageErrors).toEqual([]);
  });

  it('has no axe violations, asking and after a load, at 320, 768 and 1280 px in light, dark and forced colours', async () => {
    const problems: string[] = [];
    for (const width of [320, 768, 1280]) {
      for (const scheme of ['light', 'dark', 'forced'] as const) {
        const visit = await open({
          unknown: true,
          contextOptions: {
            viewport: { width, height: 800 },
            colorScheme: scheme === 'dark' ? 'dark' : 'light',
            forcedColors: scheme === 'forced' ? 'active' : 'none',
          },
        });
        await asking(visit, 'physio', 'map', 'back', 'vimeo');
        await placeholder(visit, 'unknown').locator('[part~="link"]').waitFor(POLL);
        const variant = `${width} px ${scheme}`;
        for (const line of await visit.axe(['consent-placeholder'])) problems.push(`${variant}, asking: ${line}`);
        if (width === 320 && (await visit.eval<number>('document.documentElement.scrollWidth')) > 320) problems.push(`${variant}: scrolls sideways`);
        await button(visit, 'physio', 'load-button').click();
        await expect.poll(() => showing(visit, 'physio'), POLL).toEqual([false]);
        for (const line of await visit.axe(['consent-placeholder', '#physio'])) problems.push(`${variant}, after a load: ${line}`);
        await visit.page.context().close();
      }
    }
    expect(problems).toEqual([]);
  });

  it('takes a keyboard through three placeholders and a map allowed before, with focus on the video loaded', async () => {
    // A first visit allows the map, so this page has it loaded and three placeholders asking.
    const visit = await open();
    await asking(visit, 'map');
    await button(visit, 'map', 'allow-button').click();
    await visit.event('consent-change');
    await visit.reload();
    await asking(visit, 'physio', 'back', 'vimeo');
    await expect.poll(() => sources(visit, 'map'), POLL).toEqual([`${provider()}/embed/map.html?q=clinics`]);
    await visit.page.waitForLoadState('networkidle');
    expect(await visit.focused()).toBeNull();

    /**
     * Presses Tab and returns where focus stops. Tab through a loaded embed goes through its
     * frame, which is another site's, so another process (site isolation): the page's focus is
     * on <body> until that process answers (here: that it has nothing to focus) and hands focus
     * back, which takes a while on a loaded machine. So wait for the stop; a Tab that really
     * lands on nothing still ends as null after the wait.
     */
    const tab = async (): Promise<FocusInfo | null> => {
      await visit.page.keyboard.press('Tab');
      let f = await visit.focused();
      for (const deadline = Date.now() + POLL.timeout; !f && Date.now() < deadline; f = await visit.focused()) await visit.page.waitForTimeout(50);
      return f;
    };
    const stops: string[] = [];
    for (let i = 0; i < 13; i++) {
      const f = await tab();
      stops.push(f?.part ?? f?.label ?? 'nothing');
    }
    // Each placeholder's controls in page order; the loaded map between them is a frame with
    // nothing focusable in it (the stand-in), which Chromium's Tab passes over; then the footer.
    const controls = ['details-link', 'button load-button', 'button allow-button', 'link'];
    expect(stops.slice(0, 12)).toEqual([...controls, ...controls, ...controls]);
    expect(stops[12]).toMatch(/^a "Cookie settings"/);

    // Back to the second video's "Load this time", from the keyboard: focus moves to the video.
    await button(visit, 'back', 'load-button').focus();
    await visit.page.keyboard.press('Enter');
    await expect.poll(async () => (await visit.focused())?.label, POLL).toMatch(/^iframe#back/);
    // Tab goes into the frame's own document first (the browser's way with frames), then on.
    let next = await tab();
    for (let i = 0; i < 2 && /^iframe#back/.test(next?.label ?? ''); i++) next = await tab();
    expect(next, 'after Tab from the loaded video').toMatchObject({ part: 'details-link' });
    expect(await visit.eval(`document.activeElement.nextElementSibling.id`)).toBe('vimeo');
  });

  it('the demo page: two videos and a map ask, and the Trust’s own player is allowed on arrival by the config, with no click and nothing recorded', async () => {
    const visit = await site.visit('/videos.html');
    await visit.banner.shown();
    const own = visit.page.locator('iframe[data-consent="necessary/trust-player"]');
    // Loaded by the gate as the page starts: its service is in the always-on necessary category.
    await expect.poll(() => own.getAttribute('src'), POLL).toBe('/embed/video.html?v=welcome');
    expect(await visit.page.locator('consent-placeholder:has(+ iframe[data-consent="necessary/trust-player"])').count()).toBe(0);
    const asks = visit.page.locator('consent-placeholder:not([hidden])');
    await expect.poll(() => asks.count(), POLL).toBe(3);
    expect(await asks.evaluateAll((all) => all.map((p) => p.nextElementSibling!.getAttribute('data-consent')))).toEqual([
      'embedded/youtube',
      'embedded/vimeo',
      'embedded/google-maps',
    ]);
    expect(await visit.eval(`Array.from(document.querySelectorAll('iframe[data-consent^="embedded/"]'), (f) => f.getAttribute('src'))`)).toEqual([null, null, null]);
    expect(await visit.changes()).toEqual([]);
    expect(await visit.readStored()).toBeUndefined();
    expect(await visit.ready()).toMatchObject({ status: 'undecided' });
    // The cookie preferences list it, always on, with the words that say why.
    await visit.page.locator('footer [data-consent-open]').click();
    await visit.dialog.opened();
    const dialog = visit.page.locator('cookie-preferences[modal] dialog');
    expect(await textOf(dialog)).toContain('Our video player');
    expect(await textOf(dialog)).toContain('It sets no cookies and sends nothing to another organisation');
    expect(visit.messages('error')).toEqual([]);
  });

  it('speaks Welsh on a Welsh page, with the config’s Welsh wording', async () => {
    const visit = await open({ lang: 'cy', config: '/cy/site.json' });
    // The Welsh demo's config gates YouTube as marketing/youtube.
    await visit.page.evaluate(() => document.querySelectorAll('[data-consent^="embedded/youtube"]').forEach((f) => f.setAttribute('data-consent', 'marketing/youtube')));
    await asking(visit, 'physio', 'back');
    const physio = placeholder(visit, 'physio');
    expect(await physio.locator('[part~="box"]').getAttribute('lang')).toBe('cy');
    expect(await textOf(physio.locator('[part~="load-button"]'))).toBe("Llwytho'r tro hwn");
    expect(await textOf(physio.locator('[part~="allow-button"]'))).toBe('Caniatáu YouTube bob amser');
    expect(await textOf(physio.locator('[part~="link"]'))).toBe('Ei agor ar YouTube');
    expect(await textOf(physio.locator('[part~="description"]'))).toContain('Mae ei lwytho yn anfon gwybodaeth am eich ymweliad at YouTube');
    expect(await visit.axe(['consent-placeholder'])).toEqual([]);
  });

  it('lays out right to left on a right-to-left page', async () => {
    const visit = await open({ dir: 'rtl' });
    await asking(visit, 'physio');
    const load = await button(visit, 'physio', 'load-button').boundingBox();
    const allow = await button(visit, 'physio', 'allow-button').boundingBox();
    // The first button is at the inline start: on the right.
    expect(load!.x).toBeGreaterThan(allow!.x);
    expect(await visit.axe(['consent-placeholder'])).toEqual([]);
  });
});
