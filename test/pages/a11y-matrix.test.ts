/**
 * The accessibility state matrix, in Chromium through the built drop-in script. Every state of
 * every element (banner first layer, confirmation, preferences dialog with each category open,
 * inline cookie preferences, notice first layer, notice with every section open, glossary
 * definition open, just-in-time section) is checked at 320, 768 and 1280 px wide, in the light
 * and dark colour schemes and in forced-colors mode:
 *
 * - axe-core (WCAG 2.0–2.2 A and AA rules and best practices): no violations;
 * - every target at least 24 × 24 CSS px, or spaced as SC 2.5.8 allows, or inline in a sentence;
 *   the banner's buttons at least 44 px high;
 * - no two-dimensional scrolling at 320 px (SC 1.4.10): the page never scrolls sideways and no
 *   region of ours does, except a table's own labelled scroll region;
 * - text contrast at least 4.5:1 (3:1 for large text) and non-text contrast (switch track and
 *   thumb, focus indicator, button edge) at least 3:1, computed from the styles Chromium applies.
 *
 * Then, at 200% text size and with the SC 1.4.12 text-spacing overrides, nothing is clipped.
 * One browser and one page per state keep the whole matrix within the test command's budget.
 *
 * Build first (`npm run build`, or `npx vite build --outDir /tmp/x` with `PRIVACY_DIST=/tmp/x`).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { AXE, AXE_TAGS, frames, noticeUpgraded, openPage, useSite } from './support/site.js';

const WIDTHS = [320, 768, 1280] as const;
const SCHEMES = ['light', 'dark', 'forced'] as const;
type Scheme = (typeof SCHEMES)[number];

// Each test checks one or two states in nine variants, then text resizing: slow on a busy machine.
vi.setConfig({ testTimeout: 240_000 });

/** Polls wait as long as a busy machine needs to load a chunk. */
const POLL = { timeout: 15_000 };

const site = useSite();

interface AuditOptions {
  /** Elements whose shadow trees are ours to check. */
  hosts: string[];
  /** Check `part` buttons of the banner are at least 44 px high. */
  bannerButtons: boolean;
  /** Measure contrast (not in forced-colors mode, where the system's colours apply). */
  contrast: boolean;
  /** Check that no region of ours scrolls sideways, and the page neither. */
  reflow: boolean;
}

/**
 * Runs in the page: target sizes, sideways scrolling and contrast over every element in the
 * hosts' shadow trees (nested ones included). Kept as a string so it does not depend on the
 * test bundler's helpers. Returns a list of problems, each naming the element.
 */
const AUDIT = `(options) => {
  const problems = [];
  const elements = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      elements.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  for (const selector of options.hosts) for (const host of document.querySelectorAll(selector)) if (host.shadowRoot) walk(host.shadowRoot);
  const parentOf = (el) => el.assignedSlot || el.parentElement || (el.getRootNode() instanceof ShadowRoot ? el.getRootNode().host : null);
  const name = (el) => {
    const part = el.getAttribute('part');
    const text = (el.textContent || el.getAttribute('aria-label') || '').replace(/\\s+/g, ' ').trim().slice(0, 40);
    return el.localName + (part ? '[part=' + part + ']' : el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : '') + (text ? ' "' + text + '"' : '');
  };
  const shown = (el) => {
    const box = el.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) return false;
    for (let node = el; node; node = parentOf(node)) {
      const style = getComputedStyle(node);
      if (style.display === 'none' || style.visibility === 'hidden') return false;
      if (node.localName === 'details' && !node.open && el.localName !== 'summary' && !node.contains(el.closest('summary'))) return false;
    }
    return true;
  };

  // Targets (SC 2.5.8).
  const isTarget = (el) =>
    el.matches('a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex="-1"])') && !el.disabled && shown(el);
  const targets = elements.filter(isTarget);
  const block = (el) => {
    for (let node = parentOf(el); node; node = parentOf(node)) {
      const display = getComputedStyle(node).display;
      if (!display.startsWith('inline') && display !== 'contents') return node;
    }
    return null;
  };
  // Inline exception: the target sits in a sentence (its block has other text).
  const inline = (el) => {
    const display = getComputedStyle(el).display;
    if (!display.startsWith('inline')) return false;
    const container = block(el);
    const own = (el.innerText || '').trim().length;
    return !!container && (container.innerText || '').trim().length > own + 2;
  };
  const boxes = targets.map((el) => ({ el, box: el.getBoundingClientRect() }));
  const small = boxes.filter(({ el, box }) => (box.width < 24 - 0.01 || box.height < 24 - 0.01) && !inline(el));
  const centre = (box) => ({ x: box.left + box.width / 2, y: box.top + box.height / 2 });
  const distanceToBox = (p, box) => Math.hypot(Math.max(box.left - p.x, 0, p.x - box.right), Math.max(box.top - p.y, 0, p.y - box.bottom));
  for (const { el, box } of small) {
    const c = centre(box);
    // Spacing exception: a 24 px circle on the target's centre meets no other target, nor another small target's circle.
    const crowded = boxes.some((other) => other.el !== el && (distanceToBox(c, other.box) < 12 || (small.some((s) => s.el === other.el) && Math.hypot(c.x - centre(other.box).x, c.y - centre(other.box).y) < 24)));
    if (crowded) problems.push('target smaller than 24x24 and too close to another: ' + name(el) + ' ' + Math.round(box.width) + 'x' + Math.round(box.height));
  }
  if (options.bannerButtons) {
    for (const { el, box } of boxes) {
      if (el.localName === 'button' && el.closest('[part~=banner]') && box.height < 44 - 0.01) problems.push('banner button lower than 44px: ' + name(el) + ' ' + Math.round(box.height));
    }
  }

  // Reflow (SC 1.4.10).
  if (options.reflow) {
    const root = document.scrollingElement;
    if (root.scrollWidth > root.clientWidth + 1) problems.push('the page scrolls sideways: ' + root.scrollWidth + ' > ' + root.clientWidth);
    for (const el of elements) {
      if (!shown(el)) continue;
      const style = getComputedStyle(el);
      if (!/auto|scroll/.test(style.overflowX) || el.scrollWidth <= el.clientWidth + 1) continue;
      // A table's own scroll region is allowed (data tables are an exception), if it is labelled and focusable.
      const region = el.querySelector('table') && el.getAttribute('tabindex') === '0' && (el.getAttribute('aria-label') || el.getAttribute('aria-labelledby'));
      if (!region) problems.push('scrolls sideways: ' + name(el) + ' ' + el.scrollWidth + ' > ' + el.clientWidth);
    }
  }

  // Contrast (SC 1.4.3, 1.4.11).
  if (options.contrast) {
    const parse = (value) => {
      const m = /rgba?\\(([\\d.]+)[, ]+([\\d.]+)[, ]+([\\d.]+)(?:[,/ ]+([\\d.]+%?))?\\)/.exec(value);
      if (!m) return null;
      let a = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
      return [parseFloat(m[1]), parseFloat(m[2]), parseFloat(m[3]), a];
    };
    const over = (top, bottom) => [0, 1, 2].map((i) => top[i] * top[3] + bottom[i] * (1 - top[3])).concat(1);
    const background = (el) => {
      const layers = [];
      for (let node = el; node; node = parentOf(node)) {
        const style = getComputedStyle(node);
        if (style.backgroundImage !== 'none' && !/gradient/.test(style.backgroundImage)) return null;
        const colour = parse(style.backgroundColor);
        if (colour && colour[3] > 0) {
          layers.push(colour);
          if (colour[3] >= 1) break;
        }
      }
      let result = [255, 255, 255, 1];
      for (const layer of layers.reverse()) result = over(layer, result);
      return result;
    };
    const luminance = ([r, g, b]) => {
      const f = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4));
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const ratio = (a, b) => {
      const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
      return (x + 0.05) / (y + 0.05);
    };
    for (const el of elements) {
      const hasText = [...el.childNodes].some((n) => n.nodeType === 3 && n.data.trim());
      if (!hasText || !shown(el)) continue;
      const style = getComputedStyle(el);
      const bg = background(el);
      const fg = parse(style.color);
      if (!bg || !fg) continue;
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && parseInt(style.fontWeight, 10) >= 700);
      const value = ratio(over(fg, bg), bg);
      if (value < (large ? 3 : 4.5) - 0.005) problems.push('text contrast ' + value.toFixed(2) + ': ' + name(el));
    }
    // Switches: the track's edge and the thumb against the surface, on and off.
    for (const el of elements.filter((e) => e.matches('input[role=switch]') && shown(e))) {
      const style = getComputedStyle(el);
      const surface = background(parentOf(el));
      const border = parse(style.borderTopColor);
      if (surface && border && ratio(over(border, surface), surface) < 3) problems.push('switch edge contrast ' + ratio(over(border, surface), surface).toFixed(2) + ': ' + name(el));
      if (el.checked) {
        const fill = parse(style.backgroundColor);
        if (fill && surface && ratio(over(fill, surface), surface) < 3) problems.push('switch fill contrast: ' + name(el));
      }
    }
    // Buttons filled with colour: their edge against what is around them.
    for (const el of elements.filter((e) => e.matches('button') && shown(e))) {
      const fill = parse(getComputedStyle(el).backgroundColor);
      if (!fill || fill[3] === 0) continue;
      const around = background(parentOf(el));
      if (around && ratio(over(fill, around), around) < 3) problems.push('button edge contrast ' + ratio(over(fill, around), around).toFixed(2) + ': ' + name(el));
    }
  }
  return problems;
}`;

/**
 * Focus indicator contrast (SC 1.4.11, 2.4.7): moves focus with the Tab key, as a keyboard user
 * does (so `:focus-visible` applies), and at each of our elements measures the indicator (outline,
 * box shadow or highlight background) against the surface behind it. At least 3:1.
 */
async function focusAudit(page: Page, hosts: string[]): Promise<string[]> {
  const problems = new Set<string>();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const seen = new Set<string>();
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press('Tab');
    const result = await page.evaluate(`(${MEASURE_FOCUS})(${JSON.stringify(hosts)})`) as { key: string; problem?: string } | null;
    if (!result) continue;
    if (seen.has(result.key)) break;
    seen.add(result.key);
    if (result.problem) problems.add(result.problem);
  }
  return [...problems];
}

/** Runs in the page: the focused element inside our hosts, and its indicator's contrast. */
const MEASURE_FOCUS = `(hosts) => {
  let el = document.activeElement;
  let path = [];
  while (el && el.shadowRoot && el.shadowRoot.activeElement) { path.push(el.localName); el = el.shadowRoot.activeElement; }
  if (!el) return null;
  const key = path.join('>') + '>' + el.localName + ':' + (el.id || '') + ':' + (el.textContent || '').trim().slice(0, 40) + ':' + Math.round(el.getBoundingClientRect().top + scrollY);
  const inHost = hosts.some((h) => { for (let n = el; n; n = n.parentElement || (n.getRootNode() instanceof ShadowRoot ? n.getRootNode().host : null)) if (n.matches && n.matches(h)) return true; return false; });
  if (!inHost) return { key };
  const parse = (value) => { const m = /rgba?\\(([\\d.]+)[, ]+([\\d.]+)[, ]+([\\d.]+)(?:[,/ ]+([\\d.]+))?\\)/.exec(value); return m ? [+m[1], +m[2], +m[3], m[4] === undefined ? 1 : +m[4]] : null; };
  const luminance = ([r, g, b]) => { const f = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4)); return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
  const ratio = (a, b) => { const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
  const parentOf = (n) => n.assignedSlot || n.parentElement || (n.getRootNode() instanceof ShadowRoot ? n.getRootNode().host : null);
  let around = [255, 255, 255, 1];
  for (let n = parentOf(el); n; n = parentOf(n)) { const c = parse(getComputedStyle(n).backgroundColor); if (c && c[3] >= 1) { around = c; break; } }
  const style = getComputedStyle(el);
  const colours = [];
  if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) colours.push(parse(style.outlineColor));
  for (const m of style.boxShadow.matchAll(/rgba?\\([^)]*\\)/g)) colours.push(parse(m[0]));
  const bg = parse(style.backgroundColor);
  if (bg && bg[3] >= 1) colours.push(bg);
  const best = Math.max(0, ...colours.filter(Boolean).map((c) => ratio(c, around)));
  const label = el.localName + (el.getAttribute('part') ? '[part=' + el.getAttribute('part') + ']' : '') + ' "' + (el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 30) + '"';
  return { key, problem: best < 3 ? 'focus indicator contrast ' + best.toFixed(2) + ': ' + label : undefined };
}`;

async function setScheme(page: Page, scheme: Scheme): Promise<void> {
  await page.emulateMedia(scheme === 'forced' ? { colorScheme: 'light', forcedColors: 'active' } : { colorScheme: scheme, forcedColors: 'none' });
}

/**
 * axe-core over our elements (their shadow trees included). The host page is left out: its own
 * markup is the site's, and the demo's is not what this matrix proves.
 */
async function axe(page: Page, hosts: string[]): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  return page.evaluate(
    async ([tags, selectors]) => {
      const present = selectors.filter((s) => document.querySelector(s));
      const run = (window as unknown as { axe: { run(ctx: object, opts: object): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> } }).axe.run;
      const result = await run({ include: present.map((s) => [s]) }, { runOnly: { type: 'tag', values: tags } });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
    },
    [AXE_TAGS, hosts] as const,
  );
}

/**
 * Checks one state in every width and colour scheme, then at 200% text and with text spacing.
 * `restore` puts the state back after a change of width (a resize can close a popover).
 */
async function checkState(
  page: Page,
  state: string,
  hosts: string[],
  options: { bannerButtons?: boolean; restore?: () => Promise<void>; focus?: boolean } = {},
): Promise<string[]> {
  const failures: string[] = [];
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: width === 320 ? 640 : 800 });
    await options.restore?.();
    for (const scheme of SCHEMES) {
      await setScheme(page, scheme);
      const label = `${state} @${width}px ${scheme}`;
      const problems = await page.evaluate(`(${AUDIT})(${JSON.stringify({ hosts, bannerButtons: !!options.bannerButtons, contrast: scheme !== 'forced', reflow: width === 320 })})`);
      for (const p of problems as string[]) failures.push(`${label}: ${p}`);
      for (const v of await axe(page, hosts)) failures.push(`${label}: axe ${v}`);
      // Focus indicators once per page and scheme, in the state that shows the most targets.
      if (scheme !== 'forced' && width === 1280 && options.focus !== false) {
        for (const p of await focusAudit(page, hosts)) failures.push(`${label}: ${p}`);
        await options.restore?.();
      }
    }
  }
  await setScheme(page, 'light');
  failures.push(...(await checkTextResize(page, state, hosts, options.restore)));
  await page.setViewportSize({ width: 1280, height: 800 });
  return failures;
}

/** The SC 1.4.12 overrides, applied to the page and inside every shadow root. */
const TEXT_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }`;

/** At 200% text and with text spacing, at 1280 and 320 px: no text is cut off and the page does not scroll sideways at 320. */
async function checkTextResize(page: Page, state: string, hosts: string[], restore?: () => Promise<void>): Promise<string[]> {
  const failures: string[] = [];
  for (const [mode, width] of [['200% text', 1280], ['text spacing', 1280], ['text spacing', 320]] as const) {
    await page.setViewportSize({ width, height: 800 });
    await page.evaluate(
      ([m, css]) => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(m === '200% text' ? ':root { font-size: 200% !important; }' : css!);
        (window as unknown as { testSheet: CSSStyleSheet }).testSheet = sheet;
        const roots: (Document | ShadowRoot)[] = [document];
        const walk = (root: Document | ShadowRoot) => {
          for (const el of root.querySelectorAll('*')) if (el.shadowRoot) (roots.push(el.shadowRoot), walk(el.shadowRoot));
        };
        walk(document);
        for (const root of m === '200% text' ? [document] : roots) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      },
      [mode, TEXT_SPACING],
    );
    await restore?.();
    const clipped = await page.evaluate((hostList) => {
      const found: string[] = [];
      const walk = (root: ParentNode) => {
        for (const el of root.querySelectorAll('*')) {
          if (el.shadowRoot) walk(el.shadowRoot);
          const style = getComputedStyle(el);
          const box = el.getBoundingClientRect();
          if (!box.width || style.display === 'none') continue;
          const clips = (o: string) => o === 'hidden' || o === 'clip';
          // Text cut off by a box that does not scroll: lost to the reader.
          if ((clips(style.overflowX) && el.scrollWidth > el.clientWidth + 1) || (clips(style.overflowY) && el.scrollHeight > el.clientHeight + 1)) {
            if (el.getAttribute('aria-hidden') === 'true' || /inset\(50%\)|rect\(0/.test(style.clipPath + style.clip)) continue;
            found.push(`${el.localName}${el.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : ''} clips its content`);
          }
          // Text pushed off the side of the window, outside any scroll region: lost to the reader.
          for (const node of el.childNodes) {
            if (node.nodeType !== Node.TEXT_NODE || !node.textContent?.trim()) continue;
            const range = document.createRange();
            range.selectNodeContents(node);
            const rect = range.getBoundingClientRect();
            let scrolls = false;
            for (let n: Element | null = el; n; n = n.parentElement ?? ((n.getRootNode() as ShadowRoot).host || null)) {
              if (/auto|scroll/.test(getComputedStyle(n).overflowX)) scrolls = true;
            }
            if (rect.width && !scrolls && (rect.right > innerWidth + 1 || rect.left < -1)) {
              found.push(`text "${node.textContent.trim().slice(0, 30)}" is outside the window`);
            }
          }
        }
      };
      for (const selector of hostList) for (const host of document.querySelectorAll(selector)) if (host.shadowRoot) walk(host.shadowRoot);
      const root = document.scrollingElement!;
      if (innerWidth <= 320 && root.scrollWidth > root.clientWidth + 1) found.push(`the page scrolls sideways (${root.scrollWidth} > ${root.clientWidth})`);
      return found;
    }, hosts);
    for (const c of clipped) failures.push(`${state} ${mode} @${width}px: ${c}`);
    await page.evaluate(() => {
      const sheet = (window as unknown as { testSheet: CSSStyleSheet }).testSheet;
      const walk = (root: Document | ShadowRoot) => {
        root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
        for (const el of root.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
      };
      walk(document);
    });
  }
  return failures;
}

/** A fresh page (new storage) for the consent states. */
async function freshPage(path: string): Promise<Page> {
  const fresh = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await fresh.newPage();
  await page.goto(`${site.url}${path}`);
  // The demo's notice pages are sent rendered (HTML first): the states tested are the element's.
  if (path.startsWith('/notices/')) await noticeUpgraded(page);
  return page;
}

describe('the banner and the cookie preferences, in every state', () => {
  it('banner first layer and confirmation pass at every width, in light, dark and forced colours', async () => {
    const page = await freshPage('/');
    const banner = page.locator('cookie-consent [part~="banner"]');
    await banner.waitFor();
    const failures = await checkState(page, 'banner', ['cookie-consent'], { bannerButtons: true });
    await page.locator('cookie-consent [part~="reject-button"]').click();
    await page.locator('cookie-consent [part~="confirmation"]').waitFor();
    failures.push(...(await checkState(page, 'confirmation', ['cookie-consent'], { bannerButtons: true })));
    await page.context().close();
    expect(failures).toEqual([]);
  });

  it('preferences dialog, with every category and its cookie list open, passes at every width and scheme', async () => {
    const page = await freshPage('/');
    await page.locator('cookie-consent [part~="preferences-button"]').click();
    const dialog = page.locator('cookie-preferences[modal] dialog');
    await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open), POLL).toBe(true);
    const failures: string[] = [];
    const count = await page.locator('cookie-preferences[modal] [part~="services"]').count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      await page.locator('cookie-preferences[modal] [part~="services"] > summary').nth(i).click();
      failures.push(...(await checkState(page, `dialog, category ${i + 1} open`, ['cookie-preferences'], { focus: i === count - 1 })));
      await page.locator('cookie-preferences[modal] [part~="services"] > summary').nth(i).click();
    }
    // And with a switch turned on, which changes its colours.
    await page.locator('cookie-preferences[modal] [part~="switch"]:not(:disabled)').first().check();
    failures.push(...(await checkState(page, 'dialog, a switch on', ['cookie-preferences'])));
    await page.context().close();
    expect(failures).toEqual([]);
  });

  it('inline cookie preferences on the cookies page pass at every width and scheme', async () => {
    const page = await freshPage('/cookies.html');
    await page.locator('cookie-preferences [part~="switch"]').first().waitFor();
    for (const summary of await page.locator('cookie-preferences [part~="services"] > summary').all()) await summary.click();
    const failures = await checkState(page, 'inline preferences', ['cookie-preferences']);
    await page.context().close();
    expect(failures).toEqual([]);
  });
});

describe('in Welsh, with the language switch', () => {
  it('the Welsh banner and dialog, each with its English switch, pass at every width and scheme', async () => {
    const fresh = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await openPage(fresh, site.url, { config: '/bilingual.json', lang: 'cy' });
    await page.locator('cookie-consent [part~="language-button"]').waitFor();
    const failures = await checkState(page, 'Welsh banner', ['cookie-consent'], { bannerButtons: true });
    await page.locator('cookie-consent [part~="preferences-button"]').click();
    await page.locator('cookie-preferences[modal] [part~="language-button"]').waitFor();
    failures.push(...(await checkState(page, 'Welsh dialog', ['cookie-preferences'], { focus: false })));
    await fresh.close();
    expect(failures).toEqual([]);
  });

  it('the Welsh notice, with its English switch and every section open, passes at every width and scheme', async () => {
    const fresh = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await openPage(fresh, site.url, { config: '/bilingual.json', lang: 'cy', body: '<privacy-notice></privacy-notice>' });
    await page.locator('privacy-notice [part~="language-button"]').waitFor();
    await page.locator('privacy-notice [part~="toggle-all"]').click();
    const failures = await checkState(page, 'Welsh notice', ['privacy-notice']);
    await fresh.close();
    expect(failures).toEqual([]);
  });
});

describe('on a page without a dark theme', () => {
  it('keeps the notice and the inline cookie choices readable when the visitor uses dark mode', async () => {
    const fresh = await site.browser.newContext({ viewport: { width: 768, height: 800 }, colorScheme: 'dark' });
    const page = await openPage(fresh, site.url, { config: '/bilingual.json', darkPage: false, body: '<privacy-notice></privacy-notice>' });
    await page.locator('privacy-notice [part~="summary"]').waitFor();
    await page.locator('privacy-notice [part~="toggle-all"]').click();
    // Every section opens and lays out over a few frames; on a loaded machine the audit could catch a sentence's
    // cross-reference before its sentence was laid out round it. The audit is taken once the layout has settled
    // (a lasting problem still fails, after the poll's time).
    await frames(page, 3);
    const audit = async () => (await page.evaluate(
      `(${AUDIT})(${JSON.stringify({ hosts: ['privacy-notice'], bannerButtons: false, contrast: true, reflow: false })})`,
    )) as string[];
    try {
      await expect.poll(audit, { timeout: 5000, interval: 250 }).toEqual([]);
    } finally {
      await fresh.close();
    }
  });
});

describe('the privacy notice, in every state', () => {
  const NOTICE = '/notices/nhs-icb-coproduction-team.html';

  it('first layer, and every section open, pass at every width and scheme', async () => {
    const page = await freshPage(NOTICE);
    await page.locator('privacy-notice [part~="summary"]').waitFor();
    const failures = await checkState(page, 'notice first layer', ['privacy-notice'], { focus: false });
    await page.locator('privacy-notice [part~="toggle-all"]').click();
    await expect.poll(() => page.locator('privacy-notice [part~="toggle-all"]').getAttribute('aria-expanded'), POLL).toBe('true');
    failures.push(...(await checkState(page, 'notice all open', ['privacy-notice'])));
    await page.context().close();
    expect(failures).toEqual([]);
  });

  it('a glossary definition, open, passes at every width and scheme', async () => {
    const page = await freshPage(NOTICE);
    await page.locator('privacy-notice [part~="toggle-all"]').click();
    const term = page.locator('privacy-notice privacy-term [part~="term"]').first();
    await term.waitFor();
    const open = async () => {
      if ((await term.getAttribute('aria-expanded')) !== 'true') await term.click();
      await expect.poll(() => term.getAttribute('aria-expanded'), POLL).toBe('true');
    };
    await open();
    const failures = await checkState(page, 'glossary open', ['privacy-notice'], { restore: open, focus: false });
    await page.context().close();
    expect(failures).toEqual([]);
  });

  it('a just-in-time section beside a form passes at every width and scheme', async () => {
    const fresh = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await openPage(fresh, site.url, {
      config: '/notices/nhs-icb-coproduction-team.json',
      body: `<style>form input, form button { min-height: 44px; font: inherit; }</style>
        <form><label for="email">Email address</label> <input id="email" type="email" autocomplete="email">
        <privacy-notice section="contact" notice-url="/notices/nhs-icb-coproduction-team.html"></privacy-notice>
        <button type="submit">Send</button></form>`,
    });
    await page.locator('privacy-notice [part~="full-notice-link"]').waitFor();
    const failures = await checkState(page, 'just-in-time', ['privacy-notice']);
    await fresh.close();
    expect(failures).toEqual([]);
  });
});
