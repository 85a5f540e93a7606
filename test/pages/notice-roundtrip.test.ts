/**
 * The three real notices in `demo/notices/`, rendered by the built drop-in script in Chromium.
 * For each: the notice's own wording on the page equals its source text with extraction
 * artefacts removed (`comparableText`), every first-layer item links to a section that exists,
 * the page has no axe-core violations with sections closed or open, it reflows at 320px, and the
 * console stays free of errors.
 *
 * Build first (`npm run build`, or `npx vite build --outDir /tmp/x` with `PRIVACY_DIST=/tmp/x`).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { comparableText, describeDifference } from '../../src/notice/source-text.js';
import { READ_WORDING } from './support/notice-wording.js';
import { AXE, AXE_TAGS, noticeUpgraded, useSite } from './support/site.js';

const NOTICES = ['nhs-icb-coproduction-team', 'humankind-ips-staffordshire', 'anglian-community-enterprise-websites'];
const SOURCES = fileURLToPath(new URL('../../../shared/notices/', import.meta.url));



/** Runs in the page: each first-layer item's kind and the in-page targets of its links. */
const READ_FIRST_LAYER = `(() => {
  const root = document.querySelector('privacy-notice').shadowRoot;
  return Array.from(root.querySelectorAll('[part~="summary-item"]')).map((item) => ({
    kind: item.getAttribute('data-kind'),
    targets: Array.from(item.querySelectorAll('a[href^="#"]')).map((a) => {
      const id = decodeURIComponent(a.getAttribute('href').slice(1));
      const target = root.getElementById(id);
      return { id, isSection: !!target && target.matches('[part~="section"]') };
    }),
  }));
})()`;

const RUN_AXE = `axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(AXE_TAGS)} } }).then((result) =>
  result.violations.map((v) => v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)).join(', ')))`;

/** Section topics that explain each first-layer item (notice-model §3.3). */
const ITEM_TOPICS: Record<string, string[]> = {
  who: ['controller', 'about'],
  what: ['data'],
  why: ['purposes'],
  basis: ['lawful-basis'],
  sharing: ['sharing'],
  transfers: ['transfers'],
  retention: ['retention'],
  rights: ['rights'],
  complain: ['complaints'],
  contact: ['contacts', 'contact-methods'],
};

interface SectionLike {
  topic: string;
  sub?: SectionLike[];
}

function readConfig(name: string): { notice: { sections: SectionLike[] } } {
  return JSON.parse(readFileSync(fileURLToPath(new URL(`../../demo/notices/${name}.json`, import.meta.url)), 'utf8'));
}

function sectionTopics(sections: SectionLike[]): string[] {
  return sections.flatMap((s) => [s.topic, ...sectionTopics(s.sub ?? [])]);
}

const site = useSite();

describe.each(NOTICES)('the real notice %s', (name) => {
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    page = await site.browser.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('response', (response) => {
      if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
    });
    const response = await page.goto(`${site.url}/notices/${name}.html`);
    expect(response?.ok(), `demo page /notices/${name}.html`).toBe(true);
    await noticeUpgraded(page);
  });

  afterAll(async () => {
    await page?.close();
  });

  it('renders every word of the source text, in order, with only extraction artefacts removed', async () => {
    const rendered = (await page.evaluate(READ_WORDING)) as string | null;
    expect(rendered, 'the notice rendered its header, intro and sections').toBeTruthy();
    const expected = comparableText(readFileSync(`${SOURCES}${name}.txt`, 'utf8'));
    const actual = comparableText(rendered ?? '');
    const difference = describeDifference(expected, actual);
    expect(difference, difference).toBeUndefined();
  });

  it('links every first-layer item to a section of the notice that exists', async () => {
    const items = (await page.evaluate(READ_FIRST_LAYER)) as { kind: string; targets: { id: string; isSection: boolean }[] }[];
    expect(items.length).toBeGreaterThan(0);
    expect(items.length).toBeLessThanOrEqual(10);
    const topics = new Set(sectionTopics(readConfig(name).notice.sections));
    for (const item of items) {
      // An item may go without a link only when the notice has no section about it: the
      // complaint route to the ICO is shown even when a notice never mentions it.
      const explained = (ITEM_TOPICS[item.kind] ?? []).some((topic) => topics.has(topic));
      if (explained) expect(item.targets.length, `first-layer item "${item.kind}" has a link to its section`).toBeGreaterThan(0);
      for (const target of item.targets) expect(target.isSection, `first-layer item "${item.kind}" links to #${target.id}`).toBe(true);
    }
    expect(items.filter((item) => item.targets.length).length, 'most items link to a section').toBeGreaterThanOrEqual(items.length - 2);
  });

  it('has no axe-core violations with its sections closed and open', async () => {
    await page.addScriptTag({ path: AXE });
    expect(await page.evaluate(RUN_AXE), 'sections as first shown').toEqual([]);
    await page.locator('privacy-notice').locator('[part~="toggle-all"]').click();
    await page.waitForFunction(`document.querySelector('privacy-notice').shadowRoot.querySelectorAll('[part~="section-body"][hidden]').length === 0`);
    expect(await page.evaluate(RUN_AXE), 'every section open').toEqual([]);
  });

  it('reflows at 320 CSS pixels wide without scrolling sideways', async () => {
    await page.setViewportSize({ width: 320, height: 640 });
    const overflow = await page.evaluate(`document.documentElement.scrollWidth - document.documentElement.clientWidth`);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('logs no errors to the console', () => {
    expect(errors).toEqual([]);
  });
});

describe('the real notices index', () => {
  it("links every real notice's demo page and has no axe-core violations", async () => {
    const page = await site.browser.newPage();
    try {
      const response = await page.goto(`${site.url}/notices/`);
      expect(response?.ok()).toBe(true);
      const links = await page.locator('main a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
      for (const name of NOTICES) expect(links).toContain(`/notices/${name}.html`);
      await page.addScriptTag({ path: AXE });
      expect(await page.evaluate(RUN_AXE)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
