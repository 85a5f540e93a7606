/**
 * The config playground (demo/playground.html) in Chromium: editing the config changes the
 * live preview and the messages beside the lines; demo configs load from the menu; the snippet
 * copies; the preview's `data-debug` mode prints the checks; the page passes axe.
 */
import { describe, expect, it } from 'vitest';
import { useSite, type Visit } from './support/site.js';

const site = useSite();

async function openPlayground(): Promise<Visit> {
  const visit = await site.visit('/playground.html', { permissions: ['clipboard-read', 'clipboard-write'] });
  await expect.poll(() => visit.page.locator('#check-summary').textContent(), { timeout: 15_000 }).toMatch(/problems|error/);
  return visit;
}

const editor = (visit: Visit) => visit.page.locator('#config-editor');
const previewBanner = (visit: Visit) => visit.page.frameLocator('#preview').locator('cookie-consent [part~="banner"]');

/** The editor's config, changed by `edit`, typed back into the editor. */
async function editConfig(visit: Visit, edit: (config: any) => void): Promise<string> {
  const config = JSON.parse(await editor(visit).inputValue());
  edit(config);
  const text = JSON.stringify(config, null, 2);
  await editor(visit).fill(text);
  return text;
}

describe('config playground', () => {
  it('opens on the demo site config, checked, with its banner in the preview', async () => {
    const visit = await openPlayground();
    expect(await visit.page.locator('#demo-select').inputValue()).toBe('/site.json');
    expect(await editor(visit).inputValue()).toContain('"organisation"');
    await expect.poll(() => previewBanner(visit).textContent(), { timeout: 15_000 }).toContain('Cookies on');
    expect(visit.pageErrors).toEqual([]);
  });

  it('updates the preview when the config is edited', async () => {
    const visit = await openPlayground();
    await expect.poll(() => previewBanner(visit).textContent(), { timeout: 15_000 }).toContain('Cookies on');
    await editConfig(visit, (config) => {
      config.organisation.name = 'Playground Test Trust';
      config.organisation.shortName = 'Playground Test Trust';
    });
    await expect.poll(() => previewBanner(visit).textContent(), { timeout: 15_000 }).toContain('Playground Test Trust');
  });

  it('shows a misspelt key beside its line, with what was meant', async () => {
    const visit = await openPlayground();
    const text = await editConfig(visit, (config) => {
      config.consent.categories[0].titel = config.consent.categories[0].title;
      delete config.consent.categories[0].title;
    });
    const line = text.split('\n').findIndex((l) => l.includes('"titel"')) + 1;
    const messages = visit.page.locator('#messages');
    await expect.poll(() => messages.textContent(), { timeout: 10_000 }).toContain('unknown key "titel"; did you mean "title"?');
    expect(await messages.textContent()).toContain(`Line ${line},`);
    expect(await visit.page.locator('#check-summary').textContent()).toMatch(/[1-9]\d* errors?/);
    // The gutter marks the offending line.
    const marked = await visit.page.locator('#gutter .warning, #gutter .error').allTextContents();
    expect(marked).toContain(`▲ ${line}`);
    // Its button takes the caret there.
    await messages.getByRole('button', { name: `Line ${line},` }).first().click();
    const caretLine: number = await editor(visit).evaluate((el: HTMLTextAreaElement) => el.value.slice(0, el.selectionStart).split('\n').length);
    expect(caretLine).toBe(line);
  });

  it('reports a compliance problem with the rule it cites', async () => {
    const visit = await openPlayground();
    await editConfig(visit, (config) => {
      config.consent.text = { ...(config.consent.text ?? {}), rejectAll: 'Maybe later' };
    });
    await expect.poll(() => visit.page.locator('#messages').textContent(), { timeout: 10_000 }).toContain('reject-weakened');
  });

  it('reports a JSON syntax error at its line and column', async () => {
    const visit = await openPlayground();
    await editor(visit).fill('{\n  "version": "1",\n  "organisation": { "name": "A" },\n}');
    await expect.poll(() => visit.page.locator('#messages').textContent(), { timeout: 10_000 }).toContain("not valid JSON: trailing comma before '}'");
    expect(await visit.page.locator('#messages').textContent()).toContain('Line 4, column 1');
  });

  it('loads another demo config from the menu', async () => {
    const visit = await openPlayground();
    const options = await visit.page.locator('#demo-select option').allTextContents();
    expect(options).toEqual(expect.arrayContaining(['site.json']));
    const other = options.find((o) => o.startsWith('notices/'));
    expect(other).toBeDefined();
    await visit.page.locator('#demo-select').selectOption(`/${other}`);
    await expect.poll(() => editor(visit).inputValue(), { timeout: 10_000 }).toContain('"notice"');
    await expect.poll(() => visit.page.frameLocator('#preview').locator('privacy-notice').count(), { timeout: 10_000 }).toBe(1);
  });

  it('copies the drop-in snippet with the edited config', async () => {
    const visit = await openPlayground();
    await editConfig(visit, (config) => (config.version = 'snippet-test'));
    await visit.page.getByRole('button', { name: 'Copy the drop-in snippet' }).click();
    await expect.poll(() => visit.page.locator('#copy-status').textContent()).toContain('Copied');
    const copied: string = await visit.page.evaluate('navigator.clipboard.readText()');
    expect(copied).toContain('<script type="application/json" id="privacy-consent-config">');
    expect(copied).toContain('"version": "snippet-test"');
    expect(copied).toContain('<script type="module" src="/privacy-consent.js"></script>');
    // Nothing that only made sense in this repository, and everything a site must host.
    expect(copied).not.toContain('$schema');
    expect(copied).not.toContain('../dist');
    expect(copied).toMatch(/privacy-consent\.js and the chunks\/ folder/);
    expect(await visit.page.locator('#copy-status').textContent()).toMatch(/chunks\/ folder/);
  });

  it('runs the checks in the preview’s data-debug mode and prints them to the console', async () => {
    const visit = await openPlayground();
    await editConfig(visit, (config) => (config.consent.text = { ...(config.consent.text ?? {}), rejectAll: 'OK' }));
    await expect.poll(() => visit.console.map((m) => m.text).join('\n'), { timeout: 15_000 }).toMatch(/privacy-consent \[data-debug\].*\n?.*reject-weakened/);
    expect(visit.requests.some((path) => /debug-report/.test(path))).toBe(true);
  });

  it('is accessible, with problems listed', async () => {
    const visit = await openPlayground();
    expect(await visit.axe()).toEqual([]);
    await editConfig(visit, (config) => (config.version = ''));
    await expect.poll(() => visit.page.locator('#messages li').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await visit.axe()).toEqual([]);
  });
});

describe('data-debug', () => {
  it('prints the schema and compliance findings for a config loaded from data-config, with line and column', async () => {
    const context = await site.context();
    const page = await context.newPage();
    const messages: { type: string; text: string }[] = [];
    page.on('console', (message) => messages.push({ type: message.type(), text: message.text() }));
    const config = { version: '1', organisation: { name: 'Debug Trust' }, consent: { categories: [{ id: 'analytics', title: 'Analytics' }], text: { rejectAll: 'Not now' } } };
    await page.route('**/debug-config.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(config, null, 2) }));
    await page.route('**/debug-page.html', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><html lang="en-GB"><head><title>Debug</title><script type="module" src="/privacy-consent.js" data-config="/debug-config.json" data-debug></script></head><body><main><h1>Debug</h1></main></body></html>',
      }),
    );
    await page.goto(`${site.url}/debug-page.html`);
    await expect
      .poll(() => messages.find((m) => m.type === 'error' && m.text.includes('[data-debug]'))?.text, { timeout: 15_000 })
      .toMatch(/\/debug-config\.json:\d+:\d+ \$\.consent\.text\.rejectAll: "Not now" does not say that it refuses.*\[reject-weakened/);
  });

  it('is not downloaded by a page without the attribute', async () => {
    const visit = await site.visit('/');
    await visit.ready();
    expect(visit.requests.filter((path) => /debug-report/.test(path))).toEqual([]);
    expect(visit.console.some((m) => m.text.includes('[data-debug]'))).toBe(false);
  });
});
