/**
 * Keyboard journeys, the accessibility tree and motion, in Chromium through the built script:
 * a defined term opens and closes from the keyboard with focus back on it; the notice's table of
 * contents takes the reader to an open section with focus there; Chromium's accessibility tree
 * (CDP `Accessibility.getFullAXTree`) gives the banner, dialog, switches and definitions the
 * right roles, names and states, in English and in Welsh; `prefers-reduced-motion` stops every
 * transition and animation.
 *
 * Build first (`npm run build`, or `npx vite build --outDir /tmp/x` with `PRIVACY_DIST=/tmp/x`).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { noticeUpgraded, openPage, useSite } from './support/site.js';

/** Polls wait as long as a busy machine needs to load a chunk. */
const POLL = { timeout: 15_000 };

const site = useSite();

const NOTICE = '/notices/nhs-icb-coproduction-team.html';

async function fresh(path: string): Promise<Page> {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${site.url}${path}`);
  // The demo's notice pages are sent rendered (HTML first): the journeys are the element's.
  if (path === NOTICE) await noticeUpgraded(page);
  return page;
}

/** The focused element, looking inside shadow roots: its tag, part, text and aria-expanded. */
function focused(page: Page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return {
      tag: el?.localName,
      part: el?.getAttribute('part') ?? '',
      text: (el?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      expanded: el?.getAttribute('aria-expanded') ?? null,
      href: el?.getAttribute('href') ?? null,
      inContents: !!el?.closest('[part~="contents"]'),
    };
  });
}

/** Presses Tab until `match` holds for the focused element; fails after `limit` presses. */
async function tabTo(page: Page, match: (f: Awaited<ReturnType<typeof focused>>) => boolean, limit = 150) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (match(f)) return f;
  }
  throw new Error('never reached by Tab');
}

interface AxNode {
  role: string;
  name: string;
  props: Record<string, unknown>;
  ignored: boolean;
}

/** Chromium's full accessibility tree, flattened. */
async function axTree(page: Page): Promise<AxNode[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: { role?: { value: string }; name?: { value: string }; properties?: { name: string; value: { value: unknown } }[]; ignored: boolean }[];
  };
  await cdp.detach();
  return nodes.map((n) => ({
    role: n.role?.value ?? '',
    name: n.name?.value ?? '',
    props: Object.fromEntries((n.properties ?? []).map((p) => [p.name, p.value.value])),
    ignored: n.ignored,
  }));
}

const find = (tree: AxNode[], role: string, name?: string | RegExp) =>
  tree.filter((n) => !n.ignored && n.role === role && (name === undefined || (typeof name === 'string' ? n.name === name : name.test(n.name))));

describe('keyboard journeys', () => {
  it('opens a defined term with Enter, closes it with Escape, and returns focus to the term', async () => {
    const page = await fresh(NOTICE);
    await page.locator('privacy-notice [part~="toggle-all"]').click();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const term = await tabTo(page, (f) => f.part === 'term');
    expect(term.expanded).toBe('false');
    await page.keyboard.press('Enter');
    expect((await focused(page)).part).not.toBe('');
    const open = page.locator('privacy-notice privacy-term [part~="term"][aria-expanded="true"]');
    await open.first().waitFor();
    await page.locator('privacy-notice privacy-term [part~="definition"]:visible').first().waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => open.count(), POLL).toBe(0);
    const back = await focused(page);
    expect(back.part).toBe('term');
    expect(back.text).toBe(term.text);
    await page.context().close();
  });

  it('follows the table of contents to a section: it opens, focus moves to it, and Tab continues inside it', async () => {
    const page = await fresh(NOTICE);
    await page.locator('privacy-notice [part~="contents"]').waitFor();
    // The first link of the table of contents, then the next one: the reader moves through it.
    await tabTo(page, (f) => f.tag === 'a' && f.inContents);
    await page.keyboard.press('Tab');
    const current = await focused(page);
    expect(current.inContents).toBe(true);
    const id = current.href!.slice(1);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash), POLL).toBe(`#${id}`);
    const toggle = page.locator(`privacy-notice #${id} .section-toggle`).first();
    await expect.poll(() => toggle.getAttribute('aria-expanded'), POLL).toBe('true');
    const arrived = await focused(page);
    expect(arrived.part).toContain('section-toggle');
    expect(arrived.text).toBe(current.text);
    // The next Tab stays in the section (its content) or reaches the next section's heading.
    await page.keyboard.press('Tab');
    const next = await page.evaluate((sectionId) => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      const root = document.querySelector('privacy-notice')!.shadowRoot!;
      const sections = [...root.querySelectorAll('.sections > section, .sections > [id]')].map((s) => s.id);
      const inside = root.getElementById(sectionId)?.contains(el) ?? false;
      const nextSection = root.getElementById(sections[sections.indexOf(sectionId) + 1] ?? '')?.contains(el) ?? false;
      return inside || nextSection;
    }, id);
    expect(next).toBe(true);
    await page.context().close();
  });
});

describe('the accessibility tree', () => {
  it('names the banner region and its buttons, and the dialog, its switches and their states', async () => {
    const page = await fresh('/');
    await page.locator('cookie-consent [part~="banner"]').waitFor();
    let tree = await axTree(page);
    expect(find(tree, 'region', 'Cookies on Riverside Community Health NHS Trust')).toHaveLength(1);
    expect(find(tree, 'heading', 'Cookies on Riverside Community Health NHS Trust')).toHaveLength(1);
    for (const name of ['Accept additional cookies', 'Reject additional cookies', 'Manage preferences']) expect(find(tree, 'button', name)).toHaveLength(1);

    await page.locator('cookie-consent [part~="preferences-button"]').click();
    await expect.poll(async () => find(await axTree(page), 'dialog', 'Cookie preferences').length, POLL).toBe(1);
    tree = await axTree(page);
    const [dialog] = find(tree, 'dialog', 'Cookie preferences');
    expect(dialog!.props.modal).toBe(true);
    const switches = find(tree, 'switch');
    expect(switches.map((s) => s.name)).toEqual(['Strictly necessary', 'Analytics', 'Videos and embedded content']);
    expect(switches.map((s) => s.props.checked)).toEqual(['true', 'false', 'false']);
    expect(switches[0]!.props.disabled).toBe(true);
    expect(find(tree, 'button', 'Close')).toHaveLength(1);

    await page.locator('cookie-preferences [part~="switch"]').nth(1).press('Space');
    tree = await axTree(page);
    expect(find(tree, 'switch', 'Analytics')[0]!.props.checked).toBe('true');
    // Behind the modal dialog, the banner is out of the tree (inert).
    expect(find(tree, 'button', 'Accept additional cookies').length).toBeLessThanOrEqual(1);
    await page.context().close();
  });

  it('gives the Welsh banner and dialog Welsh names, and the switch to English its own language', async () => {
    const context = await site.browser.newContext();
    const page = await openPage(context, site.url, { config: '/bilingual.json', lang: 'cy' });
    await page.locator('cookie-consent [part~="banner"]').waitFor();
    let tree = await axTree(page);
    expect(find(tree, 'region', 'Cwcis ar wefan yr Ymddiriedolaeth')).toHaveLength(1);
    expect(find(tree, 'button', 'Gwrthod cwcis ychwanegol')).toHaveLength(1);
    expect(find(tree, 'button', 'English')).toHaveLength(1);
    await page.locator('cookie-consent [part~="preferences-button"]').click();
    await expect.poll(async () => find(await axTree(page), 'dialog', 'Dewisiadau cwcis').length, POLL).toBe(1);
    tree = await axTree(page);
    expect(find(tree, 'switch').map((s) => s.name)).toEqual(['Cwbl angenrheidiol', 'Dadansoddi']);
    expect(find(tree, 'button', 'Cau')).toHaveLength(1);
    await context.close();
  });

  it('exposes a defined term as a collapsed button, and its open definition as a named group', async () => {
    const page = await fresh(NOTICE);
    await page.locator('privacy-notice [part~="toggle-all"]').click();
    const term = page.locator('privacy-notice privacy-term [part~="term"]').first();
    // The button's words are the term's own (slotted) text.
    const name = ((await page.locator('privacy-notice privacy-term').first().textContent()) ?? '').replace(/\s+/g, ' ').trim();
    let tree = await axTree(page);
    expect(find(tree, 'button', name).some((n) => n.props.expanded === false)).toBe(true);
    await term.click();
    tree = await axTree(page);
    expect(find(tree, 'button', name).some((n) => n.props.expanded === true)).toBe(true);
    const groups = find(tree, 'group').filter((g) => g.name.length > 0);
    expect(groups.length).toBeGreaterThan(0);
    await page.context().close();
  });
});

describe('motion', () => {
  /** Durations of every transition and animation in our shadow trees. */
  const motion = (page: Page) =>
    page.evaluate(() => {
      const found: string[] = [];
      const walk = (root: ParentNode) => {
        for (const el of root.querySelectorAll('*')) {
          if (el.shadowRoot) walk(el.shadowRoot);
          const style = getComputedStyle(el);
          const moving = style.transitionDuration.split(',').some((d) => parseFloat(d) > 0) || style.animationName !== 'none';
          if (moving) found.push(`${el.localName}.${el.className}`);
        }
      };
      for (const host of document.querySelectorAll('privacy-notice, cookie-consent, cookie-preferences')) if (host.shadowRoot) walk(host.shadowRoot);
      return found;
    });

  it('moves nothing when the visitor asks for reduced motion', async () => {
    const page = await fresh(NOTICE);
    await page.locator('privacy-notice [part~="summary"]').waitFor();
    expect((await motion(page)).length).toBeGreaterThan(0);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await motion(page)).toEqual([]);
    await page.context().close();
  });
});
