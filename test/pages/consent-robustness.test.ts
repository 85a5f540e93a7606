/**
 * The consent widget when things are not as expected: Global Privacy Control, IndexedDB that is
 * missing or failing, every kind of bad config; and the JS API a site's own code calls.
 */
import { describe, expect, it } from 'vitest';
import { demoConfig, GPC_ON, frames, textOf, useSite, type Visit } from './support/site.js';

const site = useSite();

const analyticsRuns = (visit: Visit): Promise<number> => visit.eval('window.fakeAnalyticsRuns ?? 0');

describe('Global Privacy Control', () => {
  it('starts with optional categories refused and no banner, and still lets the visitor opt in', async () => {
    const visit = await site.visit('/analytics.html', { init: [GPC_ON] });
    expect(await visit.ready()).toMatchObject({ gpc: true, status: 'undecided', categories: { necessary: true, analytics: false, marketing: false } });
    await visit.page.waitForLoadState('networkidle');
    expect(await visit.banner.rendersNothing(), 'no banner: the signal answers for the visitor').toBe(true);
    expect(await visit.granted('analytics')).toBe(false);
    expect(await visit.granted('marketing/youtube')).toBe(false);
    expect(await analyticsRuns(visit)).toBe(0);

    await visit.page.locator('footer [data-consent-open]').first().click();
    await visit.dialog.opened();
    const notice = visit.page.locator('cookie-preferences[modal] .note');
    expect(await textOf(notice)).toMatch(/Global Privacy Control/);
    expect(await visit.dialog.switch('Analytics').isChecked()).toBe(false);
    await visit.dialog.switch('Analytics').check();
    await visit.dialog.button('save').click();
    expect(await visit.event('consent-change')).toMatchObject({ action: 'save', gpc: true, categories: { analytics: true, marketing: false } });
    await visit.until('window.fakeAnalyticsRuns === 1');
    // The visitor's own opt-in is kept over the signal's default.
    await visit.reload();
    expect(await visit.ready()).toMatchObject({ gpc: true, status: 'current', categories: { analytics: true, marketing: false } });
    await visit.until('window.fakeAnalyticsRuns === 1');
  });
});

describe('IndexedDB unavailable or failing', () => {
  const cases: [string, string][] = [
    ['missing', `Object.defineProperty(window, 'indexedDB', { configurable: true, get: () => undefined });`],
    [
      'refusing to open',
      `IDBFactory.prototype.open = function () { throw new DOMException('The user denied permission to access the database.', 'SecurityError'); };`,
    ],
    [
      'failing after it opened a request',
      // Reports our database as present (so the first read tries it), then every open fails asynchronously.
      `IDBFactory.prototype.databases = function () { return Promise.resolve([{ name: 'privacy-consent', version: 1 }]); };
       IDBFactory.prototype.open = function () {
         const request = { result: undefined, error: new DOMException('Quota exceeded', 'QuotaExceededError'), onsuccess: null, onerror: null, onupgradeneeded: null, onblocked: null };
         setTimeout(() => request.onerror && request.onerror(new Event('error')), 0);
         return request;
       };`,
    ],
  ];

  it.each(cases)('IndexedDB %s: says so once, and the banner and choices still work for the page', async (_, init) => {
    const visit = await site.visit('/analytics.html', { init: [init] });
    expect(await visit.ready()).toMatchObject({ status: 'undecided' });
    await visit.banner.shown();
    await visit.banner.click('accept');
    expect(await visit.event('consent-change')).toMatchObject({ action: 'accept-all', decision: 'accept-all', categories: { analytics: true } });
    await visit.until('window.fakeAnalyticsRuns === 1');
    expect(await visit.state()).toMatchObject({ status: 'current', decision: 'accept-all' });
    expect(await textOf(visit.banner.confirmation)).toMatch(/You've accepted additional cookies/);

    // A second decision in the same page: kept in memory too, and no second warning.
    await visit.page.locator('footer [data-consent-open]').first().click();
    await visit.dialog.opened();
    await visit.dialog.button('reject').click();
    expect(await visit.event('consent-change', 2)).toMatchObject({ action: 'withdraw', decision: 'reject-all' });
    expect(await visit.granted('analytics')).toBe(false);

    const warnings = visit.messages('warning').filter((m) => /IndexedDB/i.test(m));
    expect(warnings, visit.messages('warning').join('\n')).toHaveLength(1);
    expect(warnings[0]).toMatch(/privacy-consent: IndexedDB is not available .*kept for this page only/);
    expect(visit.pageErrors).toEqual([]);
    expect(visit.messages('error')).toEqual([]);
  });
});

describe('bad input', () => {
  /** A page with the demo's gated analytics script and `config` inline (or `dataConfig` on the script tag). */
  function page({ config, dataConfig }: { config?: string; dataConfig?: string }): string {
    return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Bad config</title>
${config === undefined ? '' : `<script type="application/json" id="privacy-consent-config">${config}</script>`}
<script type="module" src="/privacy-consent.js"${dataConfig ? ` data-config="${dataConfig}"` : ''}></script></head>
<body><main><h1>Still a working page</h1><button type="button" id="own-button" onclick="this.textContent = 'clicked'">Site button</button>
<script type="text/plain" data-consent="analytics/matomo" data-src="/assets/fake-analytics.js"></script>
<script type="text/plain" data-consent="analytics">window.inlineRan = true;</script>
<a href="/cookies.html" data-consent-open>Cookie settings</a></main></body></html>`;
  }

  async function visitWith(source: { config?: string; dataConfig?: string }): Promise<Visit> {
    const context = await site.context();
    await context.route('**/bad-config.html', (route) => route.fulfill({ contentType: 'text/html', body: page(source) }));
    return site.visit('/bad-config.html', { in: context });
  }

  const json = (mutate: (config: any) => void) => {
    const config = demoConfig();
    mutate(config);
    return JSON.stringify(config, null, 2);
  };

  const errors: [string, { config?: string; dataConfig?: string }, RegExp][] = [
    ['missing categories', { config: json((c) => delete c.consent.categories) }, /\$\.consent\.categories\b.*"categories" is missing from "consent"\. Add it as a list/i],
    ['a category without an id', { config: json((c) => delete c.consent.categories[1].id) }, /\$\.consent\.categories\[1\]\.id\b.*"id" is missing from item 2 of "categories"\. Add it as text/i],
    ['duplicate ids', { config: json((c) => (c.consent.categories[2].id = 'analytics')) }, /\$\.consent\.categories\[2\]\.id\b.*duplicate.*"analytics".*\$\.consent\.categories\[1\]\.id/i],
    ['a duplicate service id', { config: json((c) => (c.consent.categories[2].services[0].id = 'matomo')) }, /\$\.consent\.categories\[2\]\.services\[0\]\.id\b.*duplicate.*"matomo"/i],
    ['a wrong type', { config: json((c) => (c.consent.categories[1].required = 'no')) }, /\$\.consent\.categories\[1\]\.required\b.*expected true or false, got text/i],
    ['categories that are not a list', { config: json((c) => (c.consent.categories = { analytics: true })) }, /\$\.consent\.categories\b.*expected a list/i],
    ['unparsable JSON', { config: json(() => {}).replace('"version": "2026-11-01",', '"version": "2026-11-01",,') }, /not valid JSON at line 3, column \d+/],
    ['a data-config URL that 404s', { dataConfig: '/no-such-config.json' }, /could not load the config from \/no-such-config\.json: HTTP 404/],
  ];

  it.each(errors)('%s: one console error naming the JSON path, nothing optional granted, the page still works', async (_, source, expected) => {
    const visit = await visitWith(source);
    // ready() and consent-ready answer even when no config could be read at all.
    const state = await visit.eval('PrivacyConsent.ready()');
    expect(state.status).toBe('unavailable');
    expect((await visit.event<{ status: string }>('consent-ready')).status).toBe('unavailable');
    expect(state.categories.analytics ?? false).toBe(false);
    await visit.until(`document.readyState === 'complete'`);
    const error = await visit.message('error');
    await visit.page.waitForLoadState('networkidle');
    expect(visit.messages('error'), 'exactly one console error').toHaveLength(1);
    expect(error).toMatch(/^privacy-consent: /);
    expect(error).toMatch(expected);

    // Nothing optional is ever granted, even when the site's code asks for it.
    await visit.eval('PrivacyConsent.acceptAll()');
    await visit.eval(`PrivacyConsent.update({ analytics: true })`);
    await frames(visit.page);
    expect(await visit.granted('analytics')).toBe(false);
    expect(await visit.granted('analytics/matomo')).toBe(false);
    expect(await analyticsRuns(visit)).toBe(0);
    expect(await visit.eval('window.inlineRan === true')).toBe(false);

    // The page is not broken: its own controls work and nothing threw.
    await visit.page.locator('#own-button').click();
    expect(await visit.page.locator('#own-button').textContent()).toBe('clicked');
    await visit.page.locator('[data-consent-open]').click();
    await frames(visit.page);
    expect(visit.pageErrors).toEqual([]);
    expect(visit.messages('error')).toHaveLength(1);
  });

  it('an unknown key: one warning suggesting the nearest known key, and the banner works as usual', async () => {
    const visit = await visitWith({ config: json((c) => (c.consent.expiryDay = 90)) });
    expect(await visit.ready()).toMatchObject({ status: 'undecided' });
    await visit.banner.shown();
    const warning = await visit.message('warning');
    expect(warning).toMatch(/\$\.consent\.expiryDay\b/);
    expect(warning).toMatch(/expiryDays/);
    expect(visit.messages('warning')).toHaveLength(1);
    expect(visit.messages('error')).toEqual([]);
    await visit.banner.click('accept');
    expect(await visit.event('consent-change')).toMatchObject({ categories: { analytics: true } });
    await visit.until('window.fakeAnalyticsRuns === 1');
    expect(visit.pageErrors).toEqual([]);
  });
});

describe('the JS API', () => {
  it('is the same object as the ESM export', async () => {
    const visit = await site.visit('/index.html');
    expect(await visit.eval(`import('/privacy-consent.js').then((m) => m.PrivacyConsent === window.PrivacyConsent)`)).toBe(true);
    expect(await visit.eval(`Object.keys(window.PrivacyConsent).sort()`)).toEqual(
      ['acceptAll', 'get', 'granted', 'on', 'ready', 'receipt', 'rejectAll', 'reset', 'showBanner', 'showPreferences', 'update'].sort(),
    );
  });

  it('reads, decides, updates and forgets, and the banner follows', async () => {
    const visit = await site.visit('/analytics.html');
    const ready = await visit.eval(`PrivacyConsent.ready()`);
    expect(ready).toEqual(await visit.ready());
    expect(ready).toMatchObject({ status: 'undecided', decision: null });
    await visit.banner.shown();

    const accepted = await visit.eval(`PrivacyConsent.acceptAll()`);
    expect(accepted).toMatchObject({ status: 'current', categories: { necessary: true, analytics: true, marketing: true }, services: { matomo: true, youtube: true } });
    expect(await visit.event('consent-change')).toMatchObject({ action: 'api', changed: { categories: ['analytics', 'marketing'] } });
    await visit.banner.gone();
    await visit.until('window.fakeAnalyticsRuns === 1');
    expect(await visit.granted('analytics')).toBe(true);
    expect(await visit.granted('matomo')).toBe(true);
    expect(await visit.granted('analytics/matomo')).toBe(true);
    expect(await visit.granted('no-such-thing')).toBe(false);
    expect(await visit.state()).toEqual(accepted);

    // update() changes only what it names.
    const updated = await visit.eval(`PrivacyConsent.update({ youtube: false })`);
    expect(updated).toMatchObject({ categories: { analytics: true, marketing: true }, services: { matomo: true, youtube: false } });
    expect(await visit.granted('marketing/youtube')).toBe(false);

    await visit.eval(`PrivacyConsent.showBanner()`);
    await visit.banner.shown();
    await visit.eval(`PrivacyConsent.rejectAll()`);
    expect(await visit.granted('analytics')).toBe(false);
    await visit.banner.gone();

    await visit.eval(`PrivacyConsent.showPreferences()`);
    await visit.dialog.opened();
    expect(await visit.dialog.switch('Analytics').isChecked()).toBe(false);
    await visit.page.keyboard.press('Escape');
    await visit.dialog.closed();

    expect(await visit.readStored()).toMatchObject({ schema: 1, categories: { analytics: false, marketing: false } });
    const reset = await visit.eval(`PrivacyConsent.reset()`);
    expect(reset).toMatchObject({ status: 'undecided', decision: null, consentId: null });
    expect(await visit.readStored(), 'the stored choice is forgotten').toBeUndefined();
    await visit.banner.shown();
    const changes = await visit.changes();
    expect(changes.map((c) => c.action)).toEqual(['api', 'api', 'api', 'withdraw']);
  });

  it('calls every change listener, survives one that throws, and unsubscribes', async () => {
    const visit = await site.visit('/index.html');
    await visit.ready();
    await visit.eval(`(() => {
      window.heard = [];
      PrivacyConsent.on('change', () => { throw new Error('listener boom'); });
      const granted = (detail) => Object.keys(detail.categories).filter((id) => detail.categories[id]).join('+');
      window.stop = PrivacyConsent.on('change', (detail) => window.heard.push(granted(detail)));
      PrivacyConsent.on('change', (detail) => window.heard.push('third:' + granted(detail)));
    })()`);
    await visit.banner.shown();
    await visit.banner.click('accept');
    await visit.event('consent-change');
    await expect.poll(() => textOf(visit.banner.confirmation)).toMatch(/You've accepted additional cookies/);
    const all = 'necessary+analytics+marketing';
    expect(await visit.eval('window.heard')).toEqual([all, `third:${all}`]);
    expect(visit.pageErrors, 'the throwing listener is reported like an uncaught error').toEqual(['listener boom']);

    await visit.eval('window.stop()');
    await visit.eval('PrivacyConsent.rejectAll()');
    expect(await visit.eval('window.heard')).toEqual([all, `third:${all}`, 'third:necessary']);
    expect(await visit.granted('analytics')).toBe(false);
    await expect(visit.eval(`PrivacyConsent.on('nope', () => {})`)).rejects.toThrow(/unknown event "nope"/);
  });
});
