/**
 * demo/import.html in Chromium: a notice chosen or dropped is imported in the browser (no
 * upload), shown as a layered <privacy-notice> with its import notes and a config to download.
 * The demo's script is bundled here from the current source (scripts/build-import-demo.mjs);
 * the rest of the site comes from the build (`PRIVACY_DIST`, as the other page tests).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page, Request } from 'playwright-core';
import { beforeEach, afterEach, describe, expect, it } from 'vitest';
import { buildImportDemo } from '../../scripts/build-import-demo.mjs';
import { AXE, useSite } from './support/site.js';

const SOURCES = fileURLToPath(new URL('../../../shared/notices/', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../fixtures/import/', import.meta.url));

// The demo's script, bundled from the current source, served in place of the build's.
const site = useSite({ serve: (dir) => buildImportDemo(dir) });
let page: Page;
let requests: Request[];
let errors: string[];

beforeEach(async () => {
  page = await site.browser.newPage();
  requests = [];
  errors = [];
  page.on('request', (request) => requests.push(request));
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(`${site.url}/import.html`);
  await page.waitForSelector('#import-drop[data-ready]');
});

afterEach(async () => {
  await page?.close();
});

const status = () => page.locator('#import-status');
const noticeText = () => page.evaluate(`document.querySelector('#import-notice').shadowRoot?.textContent ?? ''`) as Promise<string>;

async function waitForNotice(): Promise<void> {
  await page.waitForFunction(`!!document.querySelector('#import-notice')?.shadowRoot?.querySelector('[part~="sections"] [part~="section"]')`);
}

describe('demo/import.html', () => {
  it('imports a chosen plain-text notice and shows it layered, with its notes and a config to download', async () => {
    await page.locator('#import-file').setInputFiles(`${SOURCES}nhs-icb-coproduction-team.txt`);
    await expect.poll(() => status().textContent()).toMatch(/^Imported nhs-icb-coproduction-team\.txt: 13 sections, \d+ import notes to review\.$/);
    await waitForNotice();
    expect(await noticeText()).toContain('Coproducing services with people with lived experience');
    const notes = page.locator('#import-notes');
    // (Among them the controller it names only by its kind, "the ICB", and the missing complaint route.)
    await expect.poll(() => notes.locator('[data-kind="missing-content"] li').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/no right to complain to the ICO/), expect.stringMatching(/calls the controller "the ICB"/)]));
    expect(await notes.locator('[data-kind="possible-error"] li').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/NHS Act 2022/)]));
    expect(await page.locator('#import-download').getAttribute('href')).toMatch(/^blob:/);
    const json = JSON.parse((await page.locator('#import-json').textContent()) ?? '{}');
    expect(json.notice.title).toBe('Coproduction Team');
    expect(errors).toEqual([]);
  });

  it('offers page templates in the picker and imports one (an ERB cookie page whose table govuk-components builds)', async () => {
    const accept = (await page.locator('#import-file').getAttribute('accept')) ?? '';
    expect(accept.split(',')).toEqual(expect.arrayContaining(['.html', '.erb', '.haml', '.njk', '.cshtml']));
    const erb = '<h1>Cookies</h1>\n<h2>Essential cookies</h2>\n<%= govuk_table do |table| %>\n<% table.with_head do |head| %><% head.with_row do |row| %><% row.with_cell(text: "Name") %><% row.with_cell(text: "Purpose") %><% row.with_cell(text: "Expires") %><% end %><% end %>\n<% table.with_body do |body| %><% body.with_row do |row| %><% row.with_cell(text: "_claim_session") %><% row.with_cell(text: "Stores session data") %><% row.with_cell(text: "Does not expire") %><% end %><% end %>\n<% end %>\n';
    await page.locator('#import-file').setInputFiles({ name: 'cookies.html.erb', mimeType: 'text/plain', buffer: Buffer.from(erb) });
    await expect.poll(() => status().textContent()).toMatch(/^Imported cookies\.html\.erb:/);
    const json = JSON.parse((await page.locator('#import-json').textContent()) ?? '{}');
    expect(json.notice.title).toBe('Cookies');
    expect(json.consent.categories.flatMap((c: { cookies?: { name: string }[] }) => (c.cookies ?? []).map((k) => k.name))).toEqual(['_claim_session']);
    expect(errors).toEqual([]);
  });

  it('imports a Word document in the browser, fetching the .docx reader only then', async () => {
    expect(requests.some((r) => /import-demo-chunks\/docx-/.test(r.url()))).toBe(false);
    await page.locator('#import-file').setInputFiles(`${FIXTURES}humankind-ips-staffordshire.docx`);
    await expect.poll(() => status().textContent(), { timeout: 20_000 }).toMatch(/^Imported humankind-ips-staffordshire\.docx: 15 sections/);
    await waitForNotice();
    expect(await noticeText()).toContain('Humankind is the');
    expect(requests.some((r) => /import-demo-chunks\/docx-/.test(r.url()))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('imports a file dropped on the page', async () => {
    const markdown = readFileSync(`${FIXTURES}humankind-ips-staffordshire.md`, 'utf8');
    await page.evaluate(`(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([${JSON.stringify(markdown)}], 'notice.md', { type: 'text/markdown' }));
      document.body.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    })()`);
    await expect.poll(() => status().textContent()).toMatch(/^Imported notice\.md: 15 sections/);
    await waitForNotice();
  });

  it('sends nothing anywhere: every request is a GET for the page’s own files', async () => {
    await page.locator('#import-file').setInputFiles(`${SOURCES}anglian-community-enterprise-websites.txt`);
    await expect.poll(() => status().textContent()).toMatch(/^Imported/);
    await waitForNotice();
    for (const request of requests) {
      expect(request.method()).toBe('GET');
      expect(request.url().startsWith(site.url) || request.url().startsWith('blob:') || request.url().startsWith('data:')).toBe(true);
    }
  });

  it('explains a file it cannot import, and shows no results', async () => {
    await page.locator('#import-file').setInputFiles({ name: 'picture.docx', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]) });
    await expect.poll(() => status().textContent()).toMatch(/picture\.docx is not a Word \.docx file/);
    expect(await status().getAttribute('data-state')).toBe('error');
    expect(await page.locator('#import-results').isHidden()).toBe(true);
    await page.locator('#import-file').setInputFiles({ name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) });
    await expect.poll(() => status().textContent()).toMatch(/empty\.txt is empty/);
  });

  it('has no axe-core violations before and after an import', async () => {
    await page.addScriptTag({ path: AXE });
    const run = `axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] } }).then((r) => r.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', ')))`;
    expect(await page.evaluate(run)).toEqual([]);
    await page.locator('#import-file').setInputFiles(`${SOURCES}humankind-ips-staffordshire.txt`);
    await expect.poll(() => status().textContent()).toMatch(/^Imported/);
    await waitForNotice();
    expect(await page.evaluate(run)).toEqual([]);
  });
});

/** An invented GP notice that says everything a notice must: once its notes are resolved, check has nothing to report. */
const COMPLETE = readFileSync(`${FIXTURES}riverside-gp.txt`, 'utf8');

describe('demo/import.html: the review screen', () => {
  it('shows each note with its source sentence and the facts read with theirs, beside the notice', async () => {
    await page.locator('#import-file').setInputFiles({ name: 'riverside.txt', mimeType: 'text/plain', buffer: Buffer.from(COMPLETE) });
    await expect.poll(() => status().textContent()).toMatch(/^Imported riverside\.txt/);
    await waitForNotice();
    const facts = await page.locator('#import-facts li').allTextContents();
    expect(facts).toEqual(expect.arrayContaining([expect.stringMatching(/^Controller: Riverside Surgery.*Riverside Surgery is the data controller for your GP record\./)]));
    expect(facts).toEqual(expect.arrayContaining([expect.stringMatching(/^Lawful basis, Article 6\(1\): \(e\)/)]));
    const withSource = page.locator('#import-notes li', { has: page.locator('.source') });
    expect(await withSource.count()).toBeGreaterThan(0);
    expect(await page.locator('#import-notes li input[type="checkbox"]').count()).toBe(await page.locator('#import-notes li').count());
    expect(errors).toEqual([]);
  });

  it('ticks every note resolved, edits a fact, and check then passes; the download carries it and loads back in', async () => {
    await page.locator('#import-file').setInputFiles({ name: 'riverside.txt', mimeType: 'text/plain', buffer: Buffer.from(COMPLETE) });
    await expect.poll(() => status().textContent()).toMatch(/^Imported riverside\.txt/);
    await waitForNotice();
    await expect.poll(() => page.locator('#import-check [data-rule="import-notes"]').count()).toBeGreaterThan(0);
    // One note by its own box, the rest group by group.
    await page.locator('#import-notes li input[type="checkbox"]').first().check();
    for (const button of await page.locator('#import-notes .tick-all').all()) await button.click();
    await page.locator('#edit-organisation').fill('Riverside Surgery Partnership');
    await page.locator('#edit-organisation').press('Enter');
    await page.locator('#edit-lang').selectOption('en-GB');
    await expect.poll(() => page.locator('#import-check-summary').textContent()).toBe('privacy-consent check: no findings. The config is ready to publish.');
    await expect.poll(() => page.locator('#import-progress').textContent()).toMatch(/^All \d+ import notes resolved\.$/);
    const shown = JSON.parse((await page.locator('#import-json').textContent()) ?? '{}');
    expect(shown.organisation.name).toBe('Riverside Surgery Partnership');
    expect(shown.notice.importNotes.every((n: { resolved?: boolean }) => n.resolved === true)).toBe(true);
    expect(await page.locator('#import-download').getAttribute('download')).toBe('riverside.json');
    const downloaded = (await page.evaluate(`fetch(document.querySelector('#import-download').href).then((r) => r.text())`)) as string;
    expect(JSON.parse(downloaded)).toEqual(shown);
    // The saved config, dropped back in, reopens the review where it was left.
    await page.locator('#import-file').setInputFiles({ name: 'riverside.json', mimeType: 'application/json', buffer: Buffer.from(downloaded) });
    await expect.poll(() => status().textContent()).toMatch(/^Loaded riverside\.json: (\d+) import notes, \1 resolved\.$/);
    expect(await page.locator('#import-notes input[type="checkbox"]:not(:checked)').count()).toBe(0);
    await expect.poll(() => page.locator('#import-check-summary').textContent()).toMatch(/no findings/);
    expect(await page.locator('#edit-organisation').inputValue()).toBe('Riverside Surgery Partnership');
    expect(errors).toEqual([]);
  });

  it('explains a .json file that is not a config with a notice', async () => {
    await page.locator('#import-file').setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from('{"version":"1"}') });
    await expect.poll(() => status().textContent()).toMatch(/other\.json is a JSON file without a "notice" to review/);
    expect(await status().getAttribute('data-state')).toBe('error');
  });

  it('does not scroll sideways on a 320 px wide phone after an import (WCAG 1.4.10)', async () => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.locator('#import-file').setInputFiles(`${SOURCES}humankind-ips-staffordshire.txt`);
    await expect.poll(() => status().textContent()).toMatch(/^Imported/);
    await waitForNotice();
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(320);
  });
});
