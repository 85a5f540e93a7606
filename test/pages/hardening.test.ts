/**
 * The drop-in under attack and under faults, each tested as a class: script links in every form,
 * wording that weakens Reject, values of the wrong type, a polluted `Object.prototype`, cookies on
 * other paths, cookie access that throws, storage that refuses writes, records from the far
 * future, and pages that enforce Trusted Types.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { demoConfig, frames, noticeUpgraded, textOf, useSite, type Visit } from './support/site.js';

const site = useSite();
const DEMO = fileURLToPath(new URL('../../demo/', import.meta.url));

/** Every `href` in the page and in the widget's shadow roots. */
const ALL_HREFS = `(() => {
  const out = [];
  const walk = (root) => {
    for (const a of root.querySelectorAll('a[href]')) out.push(a.getAttribute('href'));
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
  };
  walk(document);
  return out;
})()`;

/** Serves `html` at `path` for this context, then visits it. */
async function visitPage(path: string, html: string, options: { config?: unknown; init?: string[]; headers?: Record<string, string> } = {}): Promise<Visit> {
  const context = await site.context();
  await context.route(`**${path}`, (route) => route.fulfill({ contentType: 'text/html', headers: options.headers, body: html }));
  return site.visit(path, { in: context, config: options.config, init: options.init });
}

const analyticsRuns = (visit: Visit): Promise<number> => visit.eval('window.fakeAnalyticsRuns ?? 0');

/** With the banner shown: analytics is not granted and its gated script has not run, nor after Reject. */
async function expectNothingRunsThenReject(visit: Visit): Promise<void> {
  expect(await visit.granted('analytics')).toBe(false);
  expect(await visit.granted('analytics/matomo')).toBe(false);
  await visit.page.waitForLoadState('networkidle');
  expect(await analyticsRuns(visit)).toBe(0);
  await visit.banner.click('reject');
  await visit.event('consent-change');
  expect(await visit.granted('analytics')).toBe(false);
  expect(await analyticsRuns(visit)).toBe(0);
}

describe('script links in config: one URL policy for every link rendered', () => {
  // Written as they arrive in the JSON text: plain, mixed case, split by controls, escaped, NUL-prefixed.
  const PAYLOADS = [
    'javascript:window.pwned=1',
    'JaVaScRiPt:window.pwned=1',
    'java\tscript:window.pwned=1',
    'java\nscript:window.pwned=1',
    '\u0000javascript:window.pwned=1',
    ' \u0001javascript:window.pwned=1',
    'javascript\u003Awindow.pwned=1',
    'data:text/html,<script>parent.pwned=1</script>',
    'vbscript:msgbox(1)',
  ];

  it.each(PAYLOADS)('%j as noticeUrl and privacyUrl: never a link in the banner, dialog or cookies page; one console error', async (payload) => {
    const config = demoConfig();
    config.consent.noticeUrl = payload;
    config.consent.categories[2].services[0].privacyUrl = payload;
    const visit = await site.visit('/analytics.html', { config });
    await visit.banner.shown();
    // The banner's notice link is left out; the rest of the banner works.
    expect(await visit.page.locator('cookie-consent [part~="notice-link"]').count()).toBe(0);
    await visit.banner.click('preferences');
    await visit.dialog.opened();
    await visit.page.evaluate(`document.querySelector('cookie-preferences[modal]').shadowRoot.querySelectorAll('details').forEach((d) => (d.open = true))`);
    await frames(visit.page);
    const hrefs: string[] = await visit.eval(ALL_HREFS);
    expect(hrefs.filter((href) => /script|data:|^\W/i.test(href.replace(/^[/#]/, 'x'))), hrefs.join('\n')).toEqual([]);
    expect(await visit.page.locator('cookie-preferences[modal] a', { hasText: 'privacy' }).count()).toBe(0);
    // The console says which values were left out, by JSON path.
    const errors = visit.messages('error').join('\n');
    expect(errors).toMatch(/\$\.consent\.noticeUrl/);
    expect(errors).toMatch(/\$\.consent\.categories\[2\]\.services\[0\]\.privacyUrl/);
    expect(await visit.eval('window.pwned === 1')).toBe(false);
    expect(visit.pageErrors).toEqual([]);

    // The cookies page (inline choices) applies the same policy.
    const cookies = await site.visit('/cookies.html', { config });
    await cookies.page.locator('cookie-preferences').first().locator('details').first().waitFor({ state: 'attached', timeout: 20_000 });
    await cookies.page.evaluate(`document.querySelectorAll('cookie-preferences').forEach((p) => p.shadowRoot.querySelectorAll('details').forEach((d) => (d.open = true)))`);
    await frames(cookies.page);
    const cookieHrefs: string[] = await cookies.eval(ALL_HREFS);
    expect(cookieHrefs.some((href) => /script:|^data:|vbscript/i.test(href.replace(/[\u0000-\u0020]/g, '')))).toBe(false);
  });

  it('the full check on a developer machine never says "stay refused" while the page grants', async () => {
    const config = demoConfig();
    config.consent.noticeUrl = 'javascript:alert(1)';
    const visit = await site.visit('/analytics.html', { config });
    await visit.banner.shown();
    await visit.page.waitForLoadState('networkidle');
    await expect.poll(() => visit.messages('error').join('\n'), { timeout: 10_000 }).toMatch(/still uses it/);
    expect(visit.messages('error').join('\n')).not.toMatch(/stay refused/);
    await visit.banner.click('accept');
    await visit.until('window.fakeAnalyticsRuns === 1');
    expect(await visit.granted('analytics')).toBe(true);
  });
});

describe('wording that weakens Reject falls back to the built-in pair, in the page’s language', () => {
  const WEAK: [string, Record<string, string>, string][] = [
    ['a reject that defers', { rejectAll: 'Not now' }, '$.consent.text.rejectAll'],
    ['a reject that agrees', { rejectAll: 'OK' }, '$.consent.text.rejectAll'],
    ['an empty reject', { rejectAll: '' }, '$.consent.text.rejectAll'],
    ['a reject that shames', { rejectAll: 'No thanks, I prefer a worse experience' }, '$.consent.text.rejectAll'],
    ['an accept that copies reject', { acceptAll: 'Reject additional cookies' }, '$.consent.text.acceptAll'],
    ['an accept far longer than reject', { acceptAll: 'Accept all cookies and enjoy the very best and fastest experience of our website' }, '$.consent.text.acceptAll'],
  ];

  it.each(WEAK)('%s: the banner and the dialog show the built-in Accept and Reject, with one console error naming %s', async (_, text, path) => {
    const config = demoConfig();
    config.consent.text = text;
    const visit = await site.visit('/analytics.html', { config });
    await visit.banner.shown();
    expect(await textOf(visit.banner.button('accept'))).toBe('Accept additional cookies');
    expect(await textOf(visit.banner.button('reject'))).toBe('Reject additional cookies');
    await visit.banner.click('preferences');
    await visit.dialog.opened();
    expect(await textOf(visit.dialog.button('reject'))).toBe('Reject additional cookies');
    expect(await textOf(visit.dialog.button('accept'))).toBe('Accept additional cookies');
    const errors = visit.messages('error').filter((m) => m.includes(path));
    expect(errors, visit.messages('error').join('\n')).toHaveLength(1);
    expect(errors[0]).toMatch(/built-in wording/);
    expect(visit.pageErrors).toEqual([]);
  });

  it('keeps honest rewording as written', async () => {
    const config = demoConfig();
    config.consent.text = { acceptAll: 'Accept analytics cookies', rejectAll: 'Reject analytics cookies' };
    const visit = await site.visit('/analytics.html', { config });
    await visit.banner.shown();
    expect(await textOf(visit.banner.button('reject'))).toBe('Reject analytics cookies');
    expect(visit.messages('error')).toEqual([]);
  });

  it('on a Welsh page, falls back to the Welsh built-in wording and names the translation’s path', async () => {
    const config = demoConfig();
    config.lang = 'en-GB';
    config.translations = { cy: { consent: { text: { acceptAll: 'Derbyn', rejectAll: 'Derbyn' } } } };
    const context = await site.context();
    await context.route('**/cy-page.html', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><html lang="cy"><head><meta charset="utf-8"><title>Tudalen</title><script type="module" src="/privacy-consent.js" data-config="/site.json"></script></head><body><main><h1>Croeso</h1></main></body></html>',
      }),
    );
    const visit = await site.visit('/cy-page.html', { in: context, config });
    await visit.banner.shown();
    expect(await textOf(visit.banner.button('accept'))).toBe('Derbyn cwcis ychwanegol');
    expect(await textOf(visit.banner.button('reject'))).toBe('Gwrthod cwcis ychwanegol');
    expect(visit.messages('error').join('\n')).toMatch(/\$\.translations\.cy\.consent\.text\.rejectAll: makes Accept and Reject read the same/);
  });
});

describe('values of the wrong type never break the banner', () => {
  /** A list nested `levels` deep, as JSON text (Node's own JSON.stringify would run out of stack). */
  const deep = (levels: number) => `${'['.repeat(levels)}"x"${']'.repeat(levels)}`;
  const DEEP = '"__deep__"';
  // A Lit template result as JSON can write it: rendering one would throw.
  const TEMPLATE = { _$litType$: 1, strings: ['<b>', '</b>'], values: [1] };
  const CASES: [string, (config: any) => void, RegExp][] = [
    ['"bannerTitle": 5', (c) => (c.consent.text = { bannerTitle: 5 }), /\$\.consent\.text\.bannerTitle/],
    ['a template-shaped object as UI text', (c) => (c.consent.text = { bannerIntro: TEMPLATE }), /\$\.consent\.text\.bannerIntro/],
    ['a template-shaped object as a description', (c) => (c.consent.categories[1].description = TEMPLATE), /\$\.consent\.categories\[1\]\.description/],
    ['a list nested 5,000 levels deep as a description', (c) => (c.consent.categories[1].description = '__deep__'), /\$\.consent\.categories\[1\]\.description/],
    ['a number as a cookie purpose', (c) => (c.consent.categories[1].services[0].cookies[0].purpose = 42), /\$\.consent\.categories\[1\]\.services\[0\]\.cookies\[0\]\.purpose/],
    ['an object as the config language', (c) => (c.lang = { tag: 'en' }), /\$\.lang/],
  ];

  it.each(CASES)('%s: the banner and dialog show, with the built-in wording or nothing in its place', async (_, change, path) => {
    const config = demoConfig();
    change(config);
    const visit = await site.visit('/analytics.html', { config: JSON.stringify(config).replace(DEEP, deep(5000)) });
    await visit.banner.shown();
    expect(await textOf(visit.banner.region)).toMatch(/Cookies on Riverside Community Health NHS Trust/);
    await visit.banner.click('preferences');
    await visit.dialog.opened();
    expect(await visit.dialog.switch('Analytics').count()).toBe(1);
    await visit.dialog.button('reject').click();
    expect(await visit.event('consent-change')).toMatchObject({ decision: 'reject-all' });
    expect(visit.pageErrors).toEqual([]);
    await expect.poll(() => visit.messages('error').join('\n'), { timeout: 10_000 }).toMatch(path);
  });
});

describe('a notice nested 600 block levels deep', () => {
  it('renders what it can, with one clear error where it was cut, and the banner still works', async () => {
    const notice = JSON.parse(readFileSync(join(DEMO, 'example-privacy.json'), 'utf8'));
    let blocks: unknown[] = [{ p: 'The deepest paragraph.' }];
    for (let level = 600; level > 0; level--) blocks = [{ list: [{ text: `Level ${level}`, children: blocks }] }];
    notice.notice.sections[0].blocks.push(...blocks);
    const context = await site.context();
    await context.route('**/example-privacy.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(notice) }));
    const visit = await site.visit('/privacy.html', { in: context });
    await visit.page.locator('privacy-notice h2').first().waitFor({ timeout: 20_000 });
    // The demo's privacy page is sent with the notice rendered from the demo's own config (HTML
    // first): the notice under test is the one the element renders from the changed config.
    await noticeUpgraded(visit.page);
    const text: string = await visit.eval(`document.querySelector('privacy-notice').shadowRoot.textContent`);
    expect(text, visit.messages('error').join('\n')).toContain('Level 1');
    expect(text).toContain('Level 20');
    expect(text).not.toContain('Level 600');
    expect(visit.pageErrors).toEqual([]);
    await expect.poll(() => visit.messages('error').join('\n'), { timeout: 10_000 }).toMatch(/nested more than 100 levels deep/);
    expect(visit.messages('error').join('\n')).not.toMatch(/RangeError|call stack/i);
  });
});

describe('a polluted Object.prototype never grants', () => {
  const POLLUTIONS = [
    'Object.prototype.analytics = true;',
    'Object.prototype.analytics = true; Object.prototype.matomo = true; Object.prototype["analytics/matomo"] = true;',
    'Object.prototype.required = true;',
  ];

  it.each(POLLUTIONS)('%s: nothing optional is granted and no gated script runs before a decision', async (pollution) => {
    const visit = await site.visit('/analytics.html', { init: [pollution] });
    const ready = await visit.ready();
    expect(ready.status).toBe('undecided');
    expect(ready.categories.analytics).toBe(false);
    await visit.banner.shown();
    await expectNothingRunsThenReject(visit);
  });
});

describe('a polluted Object.prototype never fills a field the config left out', () => {
  // Optional fields of the config (root, consent section, category, service), set on the prototype
  // before the script loads, as a careless library's deep merge of JSON would.
  const POLLUTION = [
    "Object.prototype.exceptions = 'uk-duaa-2025';",
    "Object.prototype.basis = 'statistics';",
    'Object.prototype.required = true;',
    'Object.prototype.expiryDays = 400;',
    'Object.prototype.integrations = { googleConsentMode: {} };',
    "Object.prototype.services = [{ id: 'extra', name: 'Extra' }];",
    "Object.prototype.position = 'top';",
    'Object.prototype.unsent = true;',
  ].join(' ');

  it('with a statistics category the site did not opt in for: nothing optional runs before a decision, and the banner asks', async () => {
    const config = demoConfig();
    // The category says what it is, but the site has not opted in to the UK exceptions.
    config.consent.categories[1].basis = 'statistics';
    const visit = await site.visit('/analytics.html', { config, init: [POLLUTION] });
    const ready = await visit.ready();
    expect(ready.status).toBe('undecided');
    expect(ready.categories).toEqual({ necessary: true, analytics: false, marketing: false });
    await visit.banner.shown();
    // The plain banner: no exception words, no Object button, at the bottom.
    expect(await visit.page.locator('cookie-consent [part~="exceptions"], cookie-consent [part~="object-button"]').count()).toBe(0);
    expect(await visit.page.locator('cookie-consent section.banner.bottom').count()).toBe(1);
    await expectNothingRunsThenReject(visit);
    expect(visit.pageErrors).toEqual([]);
  });
});

describe('cookie deletion across the page’s paths', () => {
  it('deletes a declared cookie set with path=/sub from /sub/page.html, and reports only what went', async () => {
    const page = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Sub</title>
<script>document.cookie = '_pk_id.9.sub=1; path=/sub'; document.cookie = '_pk_ses.9.sub=1; path=/sub/';</script>
<script type="module" src="/privacy-consent.js" data-config="/site.json"></script></head>
<body><main><h1>Sub page</h1><p id="analytics-status"></p>
<script type="text/plain" data-consent="analytics/matomo" data-src="/assets/fake-analytics.js"></script></main></body></html>`;
    const visit = await visitPage('/sub/page.html', page);
    await visit.banner.shown();
    await visit.banner.click('accept');
    await visit.until('window.fakeAnalyticsRuns === 1');
    expect(await visit.cookieNames()).toEqual(expect.arrayContaining(['_pk_id.9.sub', '_pk_ses.9.sub', '_pk_id.1.demo', '_pk_ses.1.demo']));
    const rejected = await visit.eval('PrivacyConsent.rejectAll().then(() => null)');
    expect(rejected).toBeNull();
    const change = await visit.event('consent-change', 2);
    const left = await visit.cookieNames();
    expect(left.filter((name) => name.startsWith('_pk_'))).toEqual([]);
    expect([...change.deletedCookies].sort()).toEqual(['_pk_id.1.demo', '_pk_id.9.sub', '_pk_ses.1.demo', '_pk_ses.9.sub']);
  });
});

describe('cookie access that throws (as in a sandboxed iframe)', () => {
  const THROWING_COOKIES = `Object.defineProperty(Document.prototype, 'cookie', {
    configurable: true,
    get() { throw new DOMException('The document is sandboxed and lacks the allow-same-origin flag.', 'SecurityError'); },
    set() { throw new DOMException('The document is sandboxed and lacks the allow-same-origin flag.', 'SecurityError'); },
  });`;

  it('rejectAll() after accepting resolves, the withdrawal is recorded and confirmed, nothing is unhandled', async () => {
    const config = demoConfig();
    config.consent.cookie = { name: 'privacy-consent' };
    const visit = await site.visit('/analytics.html', { config, init: [THROWING_COOKIES] });
    await visit.banner.shown();
    await visit.banner.click('accept');
    expect(await visit.event('consent-change')).toMatchObject({ decision: 'accept-all' });
    const state = await visit.eval('PrivacyConsent.rejectAll()');
    expect(state).toMatchObject({ status: 'current', decision: 'reject-all', categories: { analytics: false } });
    expect(await visit.event('consent-change', 2)).toMatchObject({ decision: 'reject-all', categories: { analytics: false }, deletedCookies: [] });
    // Withdrawing from the preferences is confirmed in the banner.
    await visit.eval('PrivacyConsent.showPreferences()');
    await visit.dialog.opened();
    await visit.dialog.button('accept').click();
    await visit.dialog.closed();
    await visit.eval('PrivacyConsent.showPreferences()');
    await visit.dialog.opened();
    await visit.dialog.button('reject').click();
    await expect.poll(() => textOf(visit.banner.confirmation)).toMatch(/You've rejected additional cookies/);
    // The only errors are the stand-in tracker's own, which writes cookies as it starts.
    expect(visit.pageErrors.filter((e) => !/sandboxed/.test(e))).toEqual([]);
    expect(visit.messages('warning').filter((m) => /cannot use cookies/.test(m))).toHaveLength(1);
  });
});

describe('storage that refuses writes (quota exhausted)', () => {
  // Every write's transaction aborts after its request succeeded, as a full disk makes it do.
  const QUOTA = `(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (...args) {
      const request = put.apply(this, args);
      const tx = this.transaction;
      request.addEventListener('success', () => { try { tx.abort(); } catch {} });
      return request;
    };
  })();`;

  it('warns once, keeps the decision for the page, and a second decision needs no second warning', async () => {
    const visit = await site.visit('/analytics.html', { init: [QUOTA] });
    await visit.banner.shown();
    await visit.banner.click('accept');
    expect(await visit.event('consent-change')).toMatchObject({ decision: 'accept-all' });
    await visit.until('window.fakeAnalyticsRuns === 1');
    expect(await visit.state()).toMatchObject({ status: 'current', decision: 'accept-all' });
    expect(await textOf(visit.banner.confirmation)).toMatch(/You've accepted additional cookies/);
    await visit.eval('PrivacyConsent.rejectAll()');
    expect(await visit.granted('analytics')).toBe(false);
    const warnings = visit.messages('warning').filter((m) => /IndexedDB/.test(m));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/kept for this page only/);
    expect(await visit.readStored(), 'nothing half-written is left behind').toBeUndefined();
    expect(visit.pageErrors).toEqual([]);
  });
});

describe('records from the far future', () => {
  it('a stored record that claims to last 100 years still asks again after the config’s expiry', async () => {
    const visit = await site.visit('/analytics.html');
    await visit.banner.shown();
    await visit.banner.click('accept');
    await visit.event('consent-change');
    const record = (await visit.readStored()) as Record<string, string>;
    const day = 86_400_000;
    await visit.writeStored({
      ...record,
      decidedAt: new Date(Date.now() - 200 * day).toISOString(),
      expiresAt: new Date(Date.now() + 100 * 365 * day).toISOString(),
    });
    await visit.reload();
    expect(await visit.ready()).toMatchObject({ status: 'expired', categories: { analytics: false } });
    await visit.banner.shown();
    expect(await analyticsRuns(visit)).toBe(0);
  });
});

describe('Trusted Types', () => {
  const NONCE = 'tt-n0nce-for-tests';
  const page = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Trusted Types</title>
<script nonce="${NONCE}" type="module" src="/privacy-consent.js" data-config="/site.json"></script></head>
<body><main><h1>Trusted Types page</h1><p id="analytics-status"></p>
<script nonce="${NONCE}" type="text/plain" data-consent="analytics/matomo" data-src="/assets/fake-analytics.js"></script>
<script nonce="${NONCE}" type="text/plain" data-consent="analytics">window.inlineRan = (window.inlineRan ?? 0) + 1;</script>
</main></body></html>`;
  const policy = (scriptSrc: string, policies: string) => ({
    'content-security-policy': `default-src 'self'; script-src ${scriptSrc}; style-src 'self' 'unsafe-inline'; img-src 'self' data:; require-trusted-types-for 'script'; trusted-types ${policies}`,
  });

  /**
   * A context whose pages are served under `require-trusted-types-for 'script'` with these script
   * sources: the test page above, and the demo's notice and placeholder pages with the nonce
   * given to each of their scripts (as a site with `'strict-dynamic'` does).
   */
  async function trustedTypesSite(scriptSrc: string, policies = 'privacy-consent lit-html') {
    const context = await site.context();
    const headers = policy(scriptSrc, policies);
    await context.route('**/tt-page.html', (route) => route.fulfill({ contentType: 'text/html', headers, body: page }));
    for (const name of ['privacy.html', 'video.html']) {
      const body = readFileSync(join(DEMO, name), 'utf8').replace(/<script\b/g, `<script nonce="${NONCE}"`);
      await context.route(`**/${name}`, (route) => route.fulfill({ contentType: 'text/html', headers, body }));
    }
    return context;
  }

  /** No CSP violation reported in this page load, and no Trusted Types error in the console. */
  async function expectNoViolation(visit: Visit, step: string): Promise<void> {
    expect(await visit.eval('window.__consent.violations'), step).toEqual([]);
    expect(visit.messages('error').filter((m) => /Trusted|trusted-types|Content Security Policy/i.test(m)), step).toEqual([]);
    expect(visit.pageErrors, step).toEqual([]);
  }

  it.each([
    ["with 'strict-dynamic'", `'nonce-${NONCE}' 'strict-dynamic'`],
    ["without 'strict-dynamic'", `'self' 'nonce-${NONCE}'`],
  ])('%s: gated scripts run once allowed, on this page and the next, with no violation on any page', async (_, scriptSrc) => {
    const context = await trustedTypesSite(scriptSrc);
    // First visit: the banner, then the preferences dialog.
    const visit = await site.visit('/tt-page.html', { in: context });
    await visit.banner.shown();
    await visit.banner.click('preferences');
    await visit.dialog.opened();
    await visit.page.keyboard.press('Escape');
    await visit.dialog.closed();
    await visit.banner.shown();
    expect(await analyticsRuns(visit)).toBe(0);
    await expectNoViolation(visit, 'first visit, banner and dialog');
    // Accept: both gated scripts (one inline, one `data-src`) run, once.
    await visit.banner.click('accept');
    await visit.until('window.fakeAnalyticsRuns === 1 && window.inlineRan === 1');
    await expectNoViolation(visit, 'after Accept');
    // A returning visitor: the scripts run at load.
    await visit.reload();
    await visit.until('window.fakeAnalyticsRuns === 1 && window.inlineRan === 1');
    await expectNoViolation(visit, 'reload with gated scripts running');
    // The notice page.
    await visit.goto(`${site.url}/privacy.html`);
    await visit.page.locator('privacy-notice h2').first().waitFor({ timeout: 20_000 });
    await expectNoViolation(visit, 'notice page');

    // A placeholder page, before any decision: the placeholder, then the video loaded "this time".
    const other = await site.visit('/video.html', { in: await trustedTypesSite(scriptSrc) });
    await other.banner.shown();
    const load = other.page.locator('consent-placeholder [part~="load-button"]');
    await load.click();
    await other.until(`!!document.querySelector('iframe[data-consent-once][src]')`);
    await expectNoViolation(other, 'placeholder page');
  });

  it('on a page that does not require Trusted Types: the same policy, no request for it, no violation', async () => {
    const visit = await visitPage('/tt-page.html', page, { headers: { 'content-security-policy': `script-src 'self' 'nonce-${NONCE}'` } });
    await visit.banner.shown();
    await visit.banner.click('accept');
    await visit.until('window.fakeAnalyticsRuns === 1 && window.inlineRan === 1');
    // The page cannot tell, so a browser with Trusted Types gets the policy anyway; it is part of
    // the entry, so a gated script waits for no further download.
    expect(visit.requests.filter((path) => /trusted-types/.test(path))).toEqual([]);
    await expectNoViolation(visit, 'no Trusted Types required');
  });

  it('in a browser without Trusted Types: the scripts run, no violation', async () => {
    const visit = await visitPage('/tt-page.html', page, {
      headers: { 'content-security-policy': `script-src 'self' 'nonce-${NONCE}'` },
      init: ['delete window.trustedTypes'],
    });
    expect(await visit.eval(`'trustedTypes' in window`)).toBe(false);
    await visit.banner.shown();
    await visit.banner.click('accept');
    await visit.until('window.fakeAnalyticsRuns === 1 && window.inlineRan === 1');
    await expectNoViolation(visit, 'no Trusted Types in the browser');
  });

  it("without Lit's policy allowed, no banner and nothing granted; the console names lit-html", async () => {
    const visit = await visitPage('/tt-page.html', page, { headers: policy(`'self' 'nonce-${NONCE}'`, 'privacy-consent') });
    await expect.poll(() => [...visit.messages('error'), ...visit.pageErrors].join('\n'), { timeout: 10_000 }).toMatch(/lit-html/);
    expect(await visit.banner.rendersNothing()).toBe(true);
    expect(await visit.granted('analytics')).toBe(false);
    expect(await analyticsRuns(visit)).toBe(0);
  });

  it('without the policy allowed, gated scripts stay blocked and the console says which policy to allow', async () => {
    const visit = await visitPage('/tt-page.html', page, { headers: policy(`'self' 'nonce-${NONCE}'`, 'lit-html') });
    await visit.banner.shown();
    await visit.banner.click('accept');
    // The browser's own message: "Creating a TrustedTypePolicy named 'privacy-consent' violates
    // the following Content Security policy directive: "trusted-types lit-html"".
    await expect.poll(() => visit.messages('error').join('\n'), { timeout: 10_000 }).toMatch(/trusted-types directive.*privacy-consent|privacy-consent.*trusted-types/);
    expect(await analyticsRuns(visit)).toBe(0);
    expect(await visit.eval('window.inlineRan ?? 0')).toBe(0);
  });
});
