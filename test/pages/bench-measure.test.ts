// Checks the benchmark's own measuring code (bench/measure.mjs, bench/visit.mjs) against pages
// whose behaviour is known: a deliberate layout shift, a banner shown late, a banner that
// flashes, a button covered by an overlay, and a gated script that runs late.
import { describe, expect, it } from 'vitest';
import { compressedSizes, summarise } from '../../bench/measure.mjs';
import { writePages } from '../../bench/server.mjs';
import { timeToOpen, visit } from '../../bench/visit.mjs';
import { useSite } from './support/site.js';

const BANNER = ['#banner'];
const ACCEPT = ['#banner button'];
const WINDOW_MS = 1200;

/** A page with some content; `script` runs at the end of the body. */
const page = (script: string, style = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<style>body{margin:0;font:16px/1.5 sans-serif} #banner{position:fixed;bottom:0;left:0;right:0;background:#eee;padding:1rem} ${style}</style></head>
<body><main>${'<p>Some ordinary page content that a banner could push down.</p>'.repeat(6)}</main>
<script>${script}</script></body></html>`;

/** Adds a fixed banner with an accept button after `delay` ms. */
const showBanner = (delay: number) =>
  `setTimeout(() => { const b = document.createElement('div'); b.id = 'banner'; b.innerHTML = '<p>Cookies?</p><button>Accept</button>'; document.body.append(b); }, ${delay});`;

const PAGES: Record<string, string> = {
  '/early/': page(showBanner(50)),
  '/late/': page(showBanner(650)),
  // The banner goes into the page flow above the content, pushing it down.
  '/shift/': page(
    `setTimeout(() => { const b = document.createElement('div'); b.style.height = '200px'; b.textContent = 'Cookies?'; document.body.prepend(b); }, 300);`,
  ),
  // Shown for a frame or two, then removed: what a returning visitor must never see. It goes two animation frames after
  // it came, not at a fixed time: on a loaded machine two timers 150 ms apart could both fire before any frame was drawn
  // (this test then passed only on its retry), while two frames apart it is always in one drawn frame.
  '/flash/': page(`${showBanner(100)} setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(() => document.getElementById('banner').remove())), 100);`),
  // In the DOM the whole time but never visible (transparent, then removed).
  '/hidden/': page(`${showBanner(0)} setTimeout(() => document.getElementById('banner').remove(), 400);`, '#banner{opacity:0}'),
  // Visible at once, but an overlay covers the button until 600 ms.
  '/covered/': page(
    `${showBanner(0)} const o = document.createElement('div'); o.style.cssText = 'position:fixed;inset:0;z-index:9'; document.body.append(o); setTimeout(() => o.remove(), 600);`,
  ),
  '/gated/': page(`setTimeout(() => performance.mark('bench:test-gated'), 500);`),
  // A button that adds five items, 300 ms after it is clicked.
  '/open/': page(
    `const b = document.createElement('button'); b.id = 'open'; b.textContent = 'Open'; document.body.append(b);
     b.onclick = () => setTimeout(() => { for (let i = 0; i < 5; i++) { const li = document.createElement('li'); li.className = 'item'; li.textContent = i; document.body.append(li); } }, 300);`,
  ),
  // A banner after the measuring window, then a script it loads lazily.
  '/lazy/': page(
    `setTimeout(() => { ${showBanner(0)} setTimeout(() => { const s = document.createElement('script'); s.src = '/lazy.js'; document.head.append(s); }, 50); }, ${WINDOW_MS + 300});`,
  ),
  '/lazy.js': `window.lazyLoaded = ${JSON.stringify('x'.repeat(2000))};`,
  // A busy main thread: a 150 ms loop in one task.
  '/busy/': page(`setTimeout(() => { const end = performance.now() + 150; while (performance.now() < end); }, 100);`),
};

const site = useSite({ serve: (dir) => writePages(dir, PAGES) });

async function measure(path: string, options: { mark?: string; waitFor?: 'operable' | 'visible' } = {}) {
  const context = await site.browser.newContext();
  try {
    const { figures } = await visit(context, `${site.url}${path}`, { banner: BANNER, accept: ACCEPT, windowMs: WINDOW_MS, ...options });
    return figures;
  } finally {
    await context.close();
  }
}

describe('bench measuring code', () => {
  it('reports a later banner time for a banner shown later', async () => {
    // Wait for the banner rather than end at the window: on a busy machine a late banner can
    // come after it, which would test the machine's load, not the measuring code.
    const early = await measure('/early/', { waitFor: 'visible' });
    const late = await measure('/late/', { waitFor: 'visible' });
    expect(early.bannerVisible).not.toBeNull();
    expect(late.bannerVisible).not.toBeNull();
    // Only what timers guarantee: the late banner cannot show before its 650 ms timer, and it
    // shows after the early one. A gap of 400 ms or more held on an idle machine but not on a
    // loaded CI machine, where the early banner itself came late (279 ms apart once).
    expect(late.bannerVisible!).toBeGreaterThan(early.bannerVisible!);
    expect(late.bannerVisible!).toBeGreaterThanOrEqual(650);
  });

  it('reports a non-zero layout shift when content is pushed down, and zero for a floating banner', async () => {
    const shifted = await measure('/shift/');
    const floating = await measure('/early/');
    expect(shifted.layoutShift).toBeGreaterThan(0.05);
    expect(floating.layoutShift).toBe(0);
  });

  it('detects a banner that flashes, and not one that is never visible', async () => {
    const flash = await measure('/flash/');
    const hidden = await measure('/hidden/');
    expect(flash.everVisible).toBe(true);
    expect(flash.visibleFrames).toBeGreaterThan(0);
    expect(hidden.everVisible).toBe(false);
    expect(hidden.bannerVisible).toBeNull();
  });

  it('counts the button operable only once nothing covers it', async () => {
    const covered = await measure('/covered/');
    expect(covered.bannerVisible).not.toBeNull();
    expect(covered.operable).not.toBeNull();
    expect(covered.operable!).toBeGreaterThanOrEqual(600);
    expect(covered.operable! - covered.bannerVisible!).toBeGreaterThan(300);
  });

  it('reads when the gated script ran, and null when it did not', async () => {
    const gated = await measure('/gated/', { mark: 'bench:test-gated' });
    const none = await measure('/early/', { mark: 'bench:test-gated' });
    expect(gated.mark).toBeGreaterThanOrEqual(500);
    expect(none.mark).toBeNull();
  });

  it('records a long task, its script, and scripting time for a busy main thread', async () => {
    const busy = await measure('/busy/');
    const calm = await measure('/early/');
    expect(busy.longTasks.some((t) => t.duration >= 140)).toBe(true);
    expect(busy.longScripts.some((s) => s.duration >= 140 && s.src.endsWith('/busy/'))).toBe(true);
    expect(busy.scriptMs).toBeGreaterThan(140);
    expect(calm.scriptMs).toBeLessThan(busy.scriptMs);
    expect(busy.heap).toBeGreaterThan(0);
  });

  it('times an opening from the click to the frame with every expected element', async () => {
    const context = await site.browser.newContext();
    try {
      const { page: opened } = await visit(context, `${site.url}/open/`, { windowMs: 100 });
      const ms = await timeToOpen(opened, { trigger: ['#open'], ready: ['.item'], count: 5 });
      expect(ms).toBeGreaterThanOrEqual(300);
      expect(ms).toBeLessThan(3000);
      await expect(timeToOpen(opened, { trigger: ['#open'], ready: ['.item'], count: 99, timeoutMs: 500 })).rejects.toThrow(/of 99/);
    } finally {
      await context.close();
    }
  });

  it('waits for a late banner, and counts the bytes of a script it loads, once the page settles', async () => {
    const lazy = await measure('/lazy/', { waitFor: 'operable' });
    expect(lazy.operable).toBeGreaterThanOrEqual(WINDOW_MS + 300);
    const file = lazy.resources.find((r) => r.url === '/lazy.js');
    expect(file?.type).toBe('script');
    expect(file?.raw).toBeGreaterThan(2000);
    expect(file!.gzip).toBeLessThan(file!.raw);
  });

  it('sizes bodies and summarises runs', () => {
    const text = 'a'.repeat(10_000);
    const sizes = compressedSizes(text);
    expect(sizes.raw).toBe(10_000);
    expect(sizes.gzip).toBeLessThan(200);
    expect(sizes.brotli).toBeLessThan(sizes.gzip);
    expect(compressedSizes('')).toEqual({ raw: 0, gzip: 0, brotli: 0 });
    expect(summarise([5, null, 1, 3])).toEqual({ median: 3, min: 1, max: 5, n: 3 });
    expect(summarise([4, 1, 3, 2])?.median).toBe(2.5);
    expect(summarise([null])).toBeNull();
  });
});
