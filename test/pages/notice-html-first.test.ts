/**
 * HTML first (issue 17): the demo's notice pages are sent with the notice already rendered
 * (`privacy-consent render`, at build time: scripts/build-demo-notices.mjs). Without JavaScript
 * every section can be read, every link in the notice leads somewhere and the cookies section says
 * how to change cookie settings; with JavaScript, `<privacy-notice>` takes the static notice over
 * without moving anything, keeping the scroll position, an open `#section` and focus. Both are
 * axe-clean, in English and in Welsh.
 *
 * Build first (`npm run build`): the rendered pages are in dist/demo/.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { PrivacyConfig } from '../../src/config/types.js';
import { translateConfig } from '../../src/i18n/languages.js';
import { allSections } from '../../src/notice/sections.js';
import { frames, noticeUpgraded, textOf, useSite } from './support/site.js';

const site = useSite();

const PAGES = [
  { path: '/privacy.html', config: 'example-privacy.json', lang: 'en-GB' },
  { path: '/cy/preifatrwydd.html', config: 'cy/site.json', lang: 'cy' },
  { path: '/notices/nhs-icb-coproduction-team.html', config: 'notices/nhs-icb-coproduction-team.json', lang: 'en-GB' },
  { path: '/notices/humankind-ips-staffordshire.html', config: 'notices/humankind-ips-staffordshire.json', lang: 'en-GB' },
  { path: '/notices/anglian-community-enterprise-websites.html', config: 'notices/anglian-community-enterprise-websites.json', lang: 'en-GB' },
];

/** The notice a page shows: its config's, in the page's language. */
function shownNotice(page: (typeof PAGES)[number]) {
  const config = JSON.parse(readFileSync(fileURLToPath(new URL(`../../demo/${page.config}`, import.meta.url)), 'utf8')) as PrivacyConfig;
  const element = { getAttribute: (name: string) => (name === 'lang' ? page.lang : null), parentElement: null, getRootNode: () => ({}) } as unknown as Element;
  return { config, notice: translateConfig(config, page.lang, element).notice! };
}

/** Runs in the page: each section of the notice, whether its heading and body can be seen, and its words. */
const READ_SECTIONS = `(() => {
  const root = document.querySelector('privacy-notice').shadowRoot;
  const seen = (el) => !!el && el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && el.getBoundingClientRect().height > 0;
  return Array.from(root.querySelectorAll('section.section[id], section.subsection[id]')).map((section) => {
    const heading = section.querySelector(':scope > .section-heading');
    const body = section.matches('.section') ? section.querySelector(':scope > .section-body') : section;
    return { id: section.id, heading: heading ? heading.textContent.replace(/\\s+/g, ' ').trim() : '', headingSeen: seen(heading), bodySeen: seen(body), words: body ? body.innerText.trim().length : 0 };
  });
})()`;

/** Runs in the page: the href of every link in the notice, nested elements (terms, choices) included. */
const READ_LINKS = `(() => {
  const out = [];
  const walk = (root) => {
    for (const a of root.querySelectorAll('a[href]')) out.push(a.getAttribute('href'));
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
  };
  walk(document.querySelector('privacy-notice').shadowRoot);
  return out;
})()`;

/** Runs in the page with `id`: where the notice's element with that id is, against the window. */
const TARGET_IN_VIEW = `((id) => {
  const target = document.querySelector('privacy-notice').shadowRoot.getElementById(id);
  if (!target) return 'missing';
  const r = target.getBoundingClientRect();
  return r.bottom > 0 && r.top < innerHeight && (r.height > 0 || r.width > 0) ? 'in view' : 'top ' + Math.round(r.top) + ' of ' + innerHeight;
})`;

describe('a rendered notice page without JavaScript', () => {
  it.each(PAGES)('$path: every section is there to read', async (page) => {
    const visit = await site.visit(page.path, { javaScriptEnabled: false });
    const sections = (await visit.eval(READ_SECTIONS)) as { id: string; heading: string; headingSeen: boolean; bodySeen: boolean; words: number }[];
    const expected = allSections(shownNotice(page).notice);
    expect(sections.map((s) => s.id)).toEqual(expect.arrayContaining(expected.map((s) => s.id)));
    for (const section of expected) {
      const shown = sections.find((s) => s.id === section.id)!;
      expect(shown.heading, section.id).toBe(section.heading.replace(/\s+/g, ' ').trim());
      expect(shown.headingSeen && shown.bodySeen, `section ${section.id} can be seen`).toBe(true);
    }
    // Only sections that are headings with nothing under them may have no words of their own.
    expect(sections.filter((s) => s.words === 0 && !expected.find((e) => e.id === s.id)?.sub?.length).map((s) => s.id)).toEqual([]);
    // The first layer and the table of contents are there too.
    expect(await visit.page.locator('privacy-notice [part~="summary-item"]').count()).toBeGreaterThan(3);
    expect(await visit.page.locator('privacy-notice [part~="contents"] a').count()).toBeGreaterThanOrEqual(shownNotice(page).notice.sections.length);
  });

  it.each(PAGES)('$path: every link in the notice leads somewhere', async (page) => {
    const visit = await site.visit(page.path, { javaScriptEnabled: false, viewport: { width: 1024, height: 700 } });
    const links = (await visit.eval(READ_LINKS)) as string[];
    const inPage = [...new Set(links.filter((href) => href.startsWith('#')))];
    expect(inPage.length).toBeGreaterThan(5);
    const lost: string[] = [];
    for (const href of inPage) {
      await visit.page.evaluate(() => window.scrollTo(0, 0));
      await visit.page.locator('privacy-notice').locator(`a[href="${href}"]`).filter({ visible: true }).first().click();
      const id = decodeURIComponent(href.slice(1));
      expect(await visit.page.evaluate(() => location.hash)).toBe(href);
      const where = (await visit.page.evaluate(`${TARGET_IN_VIEW}(${JSON.stringify(id)})`)) as string;
      if (where !== 'in view') lost.push(`${href}: ${where}`);
    }
    expect(lost).toEqual([]);
    // Every other link is a web address, an email address, a phone number, or a page of this site that exists.
    for (const href of links.filter((h) => !h.startsWith('#'))) {
      expect(href, href).toMatch(/^(https?:\/\/|mailto:|tel:|\/)/);
      if (href.startsWith('/')) expect((await visit.page.request.get(`${site.url}${href}`)).ok(), href).toBe(true);
    }
  });

  // The pages whose config has a consent section, so whose notice lists cookie choices.
  it.each(PAGES.slice(0, 2))(
    '$path: the cookies section says how to change cookie settings, and no control that needs a script is shown',
    async (page) => {
      const visit = await site.visit(page.path, { javaScriptEnabled: false });
      const notice = visit.page.locator('privacy-notice');
      const withoutScript = notice.locator('.without-script');
      await expect.poll(() => withoutScript.isVisible()).toBe(true);
      expect(await textOf(withoutScript)).toMatch(page.lang === 'cy' ? /^Nid yw eich porwr yn rhedeg JavaScript/ : /^Your browser is not running JavaScript/);
      expect(await notice.locator('cookie-preferences').isVisible()).toBe(false);
      expect(await notice.locator('[part~="controls"]').isVisible()).toBe(false);
      expect(await notice.locator('[part~="section-toggle"]').first().evaluate((el) => el.localName)).toBe('a');
    },
  );
});

/**
 * Runs axe over the static notice as a browser without JavaScript shows it: the page's script is
 * not loaded (so the static notice stays), and the static notice's own `@media (scripting: none)`
 * rules are applied as they are, because axe itself needs JavaScript to run.
 */
async function staticAxe(path: string): Promise<string[]> {
  const visit = await site.visit(path, { before: (page) => page.route('**/privacy-consent.js', (route) => route.abort()) });
  await visit.page.evaluate(() => {
    const root = document.querySelector('privacy-notice')!.shadowRoot!;
    const css = Array.from(root.querySelectorAll('style'), (style) => style.textContent ?? '').join('\n');
    const start = css.indexOf('@media (scripting: none)');
    const open = css.indexOf('{', start);
    let depth = 0;
    let end = open;
    for (; end < css.length; end++) {
      if (css[end] === '{') depth++;
      else if (css[end] === '}' && --depth === 0) break;
    }
    const style = document.createElement('style');
    style.textContent = css.slice(open + 1, end);
    root.append(style);
  });
  expect(await visit.page.locator('privacy-notice .section-body').first().isVisible()).toBe(true);
  return visit.axe();
}

describe('accessibility of the rendered notice', () => {
  it('the static notice, as shown without JavaScript, is axe-clean in English and in Welsh', async () => {
    expect(await staticAxe('/privacy.html'), 'English').toEqual([]);
    expect(await staticAxe('/cy/preifatrwydd.html'), 'Welsh').toEqual([]);
  });

  it('the element that takes it over is axe-clean in English and in Welsh, with every section open', async () => {
    for (const path of ['/privacy.html', '/cy/preifatrwydd.html']) {
      const visit = await site.visit(path);
      await noticeUpgraded(visit.page);
      await visit.page.locator('privacy-notice [part~="toggle-all"]').click();
      await expect.poll(() => visit.page.locator('privacy-notice [part~="section-body"][hidden]').count()).toBe(0);
      await frames(visit.page);
      expect(await visit.axe(['privacy-notice']), path).toEqual([]);
    }
  });
});

/** Holds the notice's code until `release()`: the static notice is what the visitor has until then. */
function holdNoticeCode() {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const before = (page: Page) =>
    page.route(/\/chunks\/privacy-notice-[\w-]+\.js$/, async (route) => {
      await released;
      await route.continue();
    });
  return { before, release };
}

/** Runs in the page: the position of every heading of the notice and of what follows it, to the pixel. */
const GEOMETRY = `(() => {
  const root = document.querySelector('privacy-notice').shadowRoot;
  const shown = Array.from(root.querySelectorAll('h1, h2, h3, h4, [part~="section-body"]:not([hidden]), [part~="cookie-table"]')).filter((el) => el.checkVisibility());
  const rects = shown.map((el) => {
    const r = el.getBoundingClientRect();
    return Math.round(r.top) + ':' + Math.round(r.height);
  });
  const after = document.querySelector('footer') || document.querySelector('main');
  return { rects, after: Math.round(after.getBoundingClientRect().bottom), height: Math.round(document.querySelector('privacy-notice').getBoundingClientRect().height), y: scrollY };
})()`;

describe('a rendered notice page with JavaScript', () => {
  it('is taken over by <privacy-notice> in place: no layout shift, the same scroll position, the #section still open', async () => {
    const hold = holdNoticeCode();
    const visit = await site.visit('/privacy.html#rights', { before: hold.before, viewport: { width: 1024, height: 700 } });
    // The browser followed the address before any script: #rights is open and at the top.
    const root = 'document.querySelector("privacy-notice").shadowRoot';
    expect(await visit.eval(`${root}.getElementById('rights-body').hidden`)).toBe(false);
    expect(await visit.eval(`Math.round(${root}.getElementById('rights').getBoundingClientRect().top)`)).toBeLessThanOrEqual(1);
    // The visitor reads on a little before the script arrives.
    await visit.page.mouse.wheel(0, 240);
    await expect.poll(() => visit.eval('scrollY')).toBeGreaterThan(0);
    await frames(visit.page);
    const before = await visit.eval(GEOMETRY);
    const releasedAt = await visit.eval<number>('performance.now()');
    hold.release();
    await noticeUpgraded(visit.page);
    await frames(visit.page, 3);
    expect(await visit.eval(GEOMETRY)).toEqual(before);
    expect(await visit.page.locator('privacy-notice #rights-heading button').getAttribute('aria-expanded')).toBe('true');
    const shifts = (await visit.eval<{ value: number; at: number }[]>('window.__consent.shifts')).filter((s) => s.at >= releasedAt);
    expect(shifts, 'layout shifts after the script arrived').toEqual([]);
    expect(visit.messages('error')).toEqual([]);
    expect(visit.pageErrors).toEqual([]);
  });

  it('keeps focus on the control the visitor was on, and upgrades a Welsh page in Welsh', async () => {
    const hold = holdNoticeCode();
    const visit = await site.visit('/cy/preifatrwydd.html', { before: hold.before });
    const link = visit.page.locator('privacy-notice [part~="contents"] a').nth(1);
    const href = await link.getAttribute('href');
    await link.focus();
    const before = await visit.eval(GEOMETRY);
    hold.release();
    await noticeUpgraded(visit.page);
    await frames(visit.page);
    expect(await visit.eval(GEOMETRY)).toEqual(before);
    expect(await visit.focused()).toMatchObject({ label: expect.stringMatching(/^a /) });
    expect(await visit.eval(`document.querySelector('privacy-notice').shadowRoot.activeElement?.getAttribute('href')`)).toBe(href);
    expect(await visit.page.locator('privacy-notice [part~="notice"]').getAttribute('lang')).toBe('cy');
  });

  it('says once in the console when the page’s static notice is from another version of the config, and shows the config', async () => {
    const config = JSON.parse(readFileSync(fileURLToPath(new URL('../../demo/example-privacy.json', import.meta.url)), 'utf8'));
    config.notice.version = `${config.notice.version}-changed`;
    config.notice.sections[0].heading = 'A heading changed since the page was rendered';
    const visit = await site.visit('/privacy.html', {
      before: (page) => page.route('**/example-privacy.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(config) })),
    });
    await noticeUpgraded(visit.page);
    await frames(visit.page);
    expect(await textOf(visit.page.locator(`privacy-notice #${config.notice.sections[0].id}-heading`))).toBe('A heading changed since the page was rendered');
    const warnings = visit.messages('warning').filter((m) => m.includes('static notice'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(`notice version "${config.notice.version}"`);
  });
});
