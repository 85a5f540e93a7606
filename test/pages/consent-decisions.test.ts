/**
 * The consent banner on the demo site, as a visitor meets it: the first visit, each decision,
 * what a returning visitor gets, when the question is asked again (policy version, categories,
 * expiry), two tabs, the cookies page, and a stored record that is not ours.
 *
 * Build first (`npm run build`, or `npx vite build --outDir /tmp/x` with `PRIVACY_DIST=/tmp/x`).
 */
import { describe, expect, it } from 'vitest';
import { demoConfig, frames, textOf, useSite, type ConsentChangeDetail, type Visit } from './support/site.js';

const site = useSite();

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const DAY = 86_400_000;

/** Makes a decision on the banner (or in the dialog, for `custom`) and returns its consent-change detail. */
async function decide(visit: Visit, how: 'accept' | 'reject' | 'custom'): Promise<ConsentChangeDetail> {
  await visit.banner.shown();
  if (how === 'custom') {
    await visit.banner.click('preferences');
    await visit.dialog.opened();
    await visit.dialog.switch('Analytics').check();
    await visit.dialog.button('save').click();
    await visit.dialog.closed();
  } else {
    await visit.banner.click(how);
  }
  return visit.event('consent-change');
}

async function gatedAnalyticsRuns(visit: Visit): Promise<number> {
  return visit.eval('window.fakeAnalyticsRuns ?? 0');
}

describe('first visit', () => {
  it('shows the banner, runs nothing gated, loads no embed and writes no storage before a choice', async () => {
    const visit = await site.visit('/analytics.html');
    const ready = await visit.ready();
    expect(ready).toMatchObject({ status: 'undecided', decision: null, consentId: null, decidedAt: null, gpc: false });
    expect(ready.categories).toEqual({ necessary: true, analytics: false, marketing: false });
    expect(ready.services).toEqual({ matomo: false, youtube: false });
    await visit.banner.shown();
    expect(await visit.banner.region.count()).toBe(1);
    expect(await visit.banner.region.getAttribute('aria-label')).toBe('Cookies on Riverside Community Health NHS Trust');
    expect(await visit.eval(`document.body.firstElementChild.localName`)).toBe('cookie-consent');
    expect(await gatedAnalyticsRuns(visit)).toBe(0);
    expect(await visit.eval(`document.querySelectorAll('script[type="text/plain"][data-consent]').length`)).toBe(1);
    expect(await visit.cookieNames()).toEqual([]);
    expect(await visit.databases(), 'no IndexedDB database before a choice').not.toContain('privacy-consent');
    expect(await visit.granted('analytics')).toBe(false);

    const video = await site.visit('/video.html');
    await video.banner.shown();
    expect(await video.eval(`document.querySelector('iframe[data-consent]').hasAttribute('src')`)).toBe(false);
    expect(video.requests.filter((p) => p.startsWith('/embed/'))).toEqual([]);
    expect([...visit.pageErrors, ...video.pageErrors]).toEqual([]);
  });
});

describe('decisions', () => {
  it('accepting runs the gated script once, loads the embed and reports every grant', async () => {
    const visit = await site.visit('/analytics.html');
    const before = Date.now();
    const detail = await decide(visit, 'accept');
    expect(detail).toMatchObject({
      action: 'accept-all',
      status: 'current',
      decision: 'accept-all',
      origin: 'this-tab',
      version: '2026-11-01',
      categories: { necessary: true, analytics: true, marketing: true },
      services: { matomo: true, youtube: true },
      changed: { categories: ['analytics', 'marketing'], services: ['matomo', 'youtube'] },
      deletedCookies: [],
      gpc: false,
    });
    expect(detail.consentId).toMatch(UUID);
    expect(Date.parse(detail.decidedAt!)).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(detail.expiresAt!) - Date.parse(detail.decidedAt!)).toBe(182 * DAY);
    await visit.until('window.fakeAnalyticsRuns === 1');
    expect(await visit.cookieNames()).toEqual(['_pk_id.1.demo', '_pk_ses.1.demo']);
    await expect.poll(() => textOf(visit.banner.confirmation)).toMatch(/You've accepted additional cookies\./);
    expect(await visit.readStored()).toMatchObject({ schema: 1, decision: 'accept-all', consentId: detail.consentId, version: '2026-11-01' });

    const video = await site.visit('/video.html', { in: visit.page.context() });
    await video.ready();
    await video.until(`document.querySelector('iframe[data-consent]').getAttribute('src') === '/embed/video.html'`);
    expect(await gatedAnalyticsRuns(visit)).toBe(1);
  });

  it('rejecting refuses every optional category and runs nothing', async () => {
    const visit = await site.visit('/analytics.html');
    const detail = await decide(visit, 'reject');
    expect(detail).toMatchObject({
      action: 'reject-all',
      decision: 'reject-all',
      categories: { necessary: true, analytics: false, marketing: false },
      services: { matomo: false, youtube: false },
      changed: { categories: [], services: [] },
    });
    expect(detail.consentId).toMatch(UUID);
    await expect.poll(() => textOf(visit.banner.confirmation)).toMatch(/You've rejected additional cookies\. You can change your cookie settings at any time\./);
    expect(await gatedAnalyticsRuns(visit)).toBe(0);
    expect(await visit.cookieNames()).toEqual([]);
    expect(await visit.readStored()).toMatchObject({ decision: 'reject-all', categories: { analytics: false } });
  });

  it('saving custom choices from the dialog grants only what was switched on', async () => {
    const visit = await site.visit('/analytics.html');
    await visit.banner.shown();
    await visit.banner.click('preferences');
    await visit.dialog.opened();
    // No pre-ticked boxes: every optional switch starts off, the required one on and locked.
    expect(await visit.dialog.switch('Analytics').isChecked()).toBe(false);
    expect(await visit.dialog.switch('Videos and embedded content').isChecked()).toBe(false);
    expect(await visit.dialog.switch('Strictly necessary').isChecked()).toBe(true);
    expect(await visit.dialog.switch('Strictly necessary').isDisabled()).toBe(true);
    await visit.dialog.switch('Analytics').check();
    await visit.dialog.button('save').click();
    const detail = await visit.event('consent-change');
    expect(detail).toMatchObject({
      action: 'save',
      decision: 'custom',
      categories: { necessary: true, analytics: true, marketing: false },
      services: { matomo: true, youtube: false },
      changed: { categories: ['analytics'], services: ['matomo'] },
    });
    await visit.dialog.closed();
    await expect.poll(() => textOf(visit.banner.confirmation)).toMatch(/You've saved your cookie preferences\./);
    await visit.until('window.fakeAnalyticsRuns === 1');
  });
});

describe.each(['accept', 'reject', 'custom'] as const)('a returning visitor after "%s"', (how) => {
  it('is not asked again, gets the stored decision in consent-ready, and downloads no banner code', async () => {
    const visit = await site.visit('/analytics.html');
    const decided = await decide(visit, how);
    await visit.reload();
    const ready = await visit.ready();
    expect(ready).toMatchObject({
      status: 'current',
      decision: decided.decision,
      categories: decided.categories,
      services: decided.services,
      consentId: decided.consentId,
      decidedAt: decided.decidedAt,
    });
    await visit.page.waitForLoadState('networkidle');
    await frames(visit.page);
    expect(await visit.banner.rendersNothing(), 'nothing of the banner flashes').toBe(true);
    // Only the entry: no lazily loaded chunk at all (banner, dialog, strings, config check).
    expect(visit.requests.filter((p) => p.endsWith('.js')), 'scripts requested').toEqual(
      how === 'reject' ? ['/privacy-consent.js'] : ['/privacy-consent.js', '/assets/fake-analytics.js'],
    );
    expect(await visit.eval(`!!customElements.get('cookie-consent')`)).toBe(false);
    expect(await gatedAnalyticsRuns(visit)).toBe(how === 'reject' ? 0 : 1);
    expect(await visit.events(), 'no consent-change on a plain reload').toHaveLength(1);
  });
});

describe('asking again', () => {
  async function acceptThenReload(config: unknown): Promise<Visit> {
    const visit = await site.visit('/index.html');
    await decide(visit, 'accept');
    await visit.page.route('**/site.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(config) }));
    await visit.reload();
    return visit;
  }

  it('asks again when the policy version changes, and grants nothing meanwhile', async () => {
    const config = demoConfig();
    config.version = '2026-12-01';
    const visit = await acceptThenReload(config);
    expect(await visit.ready()).toMatchObject({ status: 'outdated', decision: null, categories: { analytics: false, marketing: false } });
    await visit.banner.shown();
    expect(await visit.granted('analytics')).toBe(false);
  });

  it('asks again when a category is added, even without a version bump', async () => {
    const config = demoConfig();
    config.consent.categories.push({ id: 'functional', title: 'Remember your settings', description: 'Remembers your text size.' });
    const visit = await acceptThenReload(config);
    expect(await visit.ready()).toMatchObject({ status: 'outdated', decision: null });
    await visit.banner.shown();
  });

  it('asks again when a service is added to a category', async () => {
    const config = demoConfig();
    config.consent.categories[1].services.push({ id: 'hotjar', name: 'Hotjar', description: 'Heatmaps.' });
    const visit = await acceptThenReload(config);
    expect(await visit.ready()).toMatchObject({ status: 'outdated' });
    await visit.banner.shown();
  });

  it('asks again when a category stops being optional or becomes optional', async () => {
    const config = demoConfig();
    config.consent.categories[0].required = false;
    config.consent.categories[1].required = true;
    const visit = await acceptThenReload(config);
    expect(await visit.ready()).toMatchObject({ status: 'outdated' });
    await visit.banner.shown();
  });

  it('does not ask again when only the wording changes', async () => {
    const config = demoConfig();
    config.organisation.name = 'Riverside Health NHS Foundation Trust';
    for (const category of config.consent.categories) {
      category.title = `${category.title} (reworded)`;
      category.description = 'New wording.';
      for (const service of category.services ?? []) service.description = 'New wording.';
    }
    config.consent.categories.reverse();
    const visit = await acceptThenReload(config);
    expect(await visit.ready()).toMatchObject({ status: 'current', decision: 'accept-all', categories: { analytics: true } });
    await visit.page.waitForLoadState('networkidle');
    expect(await visit.banner.rendersNothing()).toBe(true);
  });

  it('asks again once the choice has expired (182 days), and not before', async () => {
    const start = new Date('2026-11-23T10:00:00Z');
    const context = await site.context();
    await context.clock.install({ time: start });
    const visit = await site.visit('/analytics.html', { in: context });
    const detail = await decide(visit, 'accept');
    const decidedAt = Date.parse(detail.decidedAt!);
    expect(decidedAt - start.getTime()).toBeGreaterThanOrEqual(0);
    expect(decidedAt - start.getTime()).toBeLessThan(60_000);
    expect(Date.parse(detail.expiresAt!) - decidedAt).toBe(182 * DAY);

    await visit.page.clock.setSystemTime(new Date(start.getTime() + 181 * DAY));
    await visit.reload();
    expect(await visit.ready()).toMatchObject({ status: 'current', decision: 'accept-all' });

    await visit.page.clock.setSystemTime(new Date(start.getTime() + 182 * DAY + 60_000));
    await visit.reload();
    expect(await visit.ready()).toMatchObject({ status: 'expired', decision: null, categories: { analytics: false } });
    await visit.banner.shown();
    expect(await gatedAnalyticsRuns(visit)).toBe(0);
  });
});

describe('a configured lifetime', () => {
  it('keeps a choice for the configured number of days', async () => {
    const start = new Date('2026-11-23T10:00:00Z');
    const config = demoConfig();
    config.consent.expiryDays = 30;
    const context = await site.context();
    await context.clock.install({ time: start });
    const visit = await site.visit('/index.html', { in: context, config });
    const detail = await decide(visit, 'reject');
    expect(Date.parse(detail.expiresAt!) - Date.parse(detail.decidedAt!)).toBe(30 * DAY);
    await visit.page.clock.setSystemTime(new Date(start.getTime() + 29 * DAY));
    await visit.reload();
    expect(await visit.ready()).toMatchObject({ status: 'current' });
    await visit.page.clock.setSystemTime(new Date(start.getTime() + 31 * DAY));
    await visit.reload();
    expect(await visit.ready()).toMatchObject({ status: 'expired' });
    await visit.banner.shown();
  });
});

describe('two tabs', () => {
  it('a choice made in one tab reaches the other, whose banner goes away', async () => {
    const first = await site.visit('/index.html');
    const second = await site.visit('/analytics.html', { in: first.page.context() });
    await first.banner.shown();
    await second.banner.shown();
    const made = await decide(first, 'accept');
    const heard = await second.event('consent-change');
    expect(heard).toMatchObject({
      origin: 'other-tab',
      action: 'accept-all',
      decision: 'accept-all',
      consentId: made.consentId,
      categories: { analytics: true, marketing: true },
      changed: { categories: ['analytics', 'marketing'], services: ['matomo', 'youtube'] },
    });
    await second.banner.gone();
    await second.until('window.fakeAnalyticsRuns === 1');
    expect(await second.granted('analytics/matomo')).toBe(true);

    // A withdrawal travels the same way.
    await first.eval('PrivacyConsent.update({ analytics: false })');
    expect(await second.event('consent-change', 2)).toMatchObject({
      origin: 'other-tab',
      categories: { analytics: false, marketing: true },
      changed: { categories: ['analytics'], services: ['matomo'] },
    });
    expect(await second.granted('analytics')).toBe(false);
    expect(await second.granted('marketing')).toBe(true);
  });
});

describe('the cookies page', () => {
  it('shows the choices in the page and no banner, and saves them there', async () => {
    const visit = await site.visit('/cookies.html');
    expect(await visit.ready()).toMatchObject({ status: 'undecided' });
    const inline = visit.page.locator('cookie-preferences:not([modal])');
    const analytics = inline.locator('[part~="category"]').filter({ hasText: 'Analytics' }).locator('[part~="switch"]');
    await analytics.waitFor();
    await visit.page.waitForLoadState('networkidle');
    expect(await visit.banner.rendersNothing(), 'no banner on the cookies page').toBe(true);
    expect(await analytics.isChecked()).toBe(false);
    await analytics.check();
    await inline.locator('[part~="save-button"]').click();
    expect(await visit.event('consent-change')).toMatchObject({ action: 'save', categories: { analytics: true, marketing: false } });
    await expect.poll(() => textOf(inline.locator('[part~="status"]'))).toMatch('Your cookie settings were saved.');
    expect(await visit.banner.rendersNothing()).toBe(true);
    // A decision made elsewhere (here the site's code) shows in the page's switches.
    const videos = inline.locator('[part~="category"]').filter({ hasText: 'Videos' }).locator('[part~="switch"]');
    expect(await videos.isChecked()).toBe(false);
    await visit.eval('PrivacyConsent.acceptAll()');
    await expect.poll(() => videos.isChecked()).toBe(true);
    await visit.reload();
    await videos.waitFor();
    await expect.poll(() => videos.isChecked()).toBe(true);
    expect(await analytics.isChecked()).toBe(true);
  });
});

describe('a stored record that is not ours', () => {
  // Each starts from the real record of an acceptance (current version and fingerprint), so
  // only the record check stands between the junk and consent.
  const junk: [string, (record: any) => unknown][] = [
    ['a string', () => 'accepted'],
    ['a foreign object', (r) => ({ analytics: true, marketing: true, consentId: r.consentId })],
    ['a record of another format', (r) => ({ ...r, schema: 2 })],
    ['a record without a format', (r) => ({ ...r, schema: undefined })],
    ['a record with a non-boolean grant', (r) => ({ ...r, categories: { ...r.categories, analytics: 'yes' } })],
    ['a record with an unknown decision', (r) => ({ ...r, decision: 'yes-please' })],
    ['a record with an unreadable expiry', (r) => ({ ...r, expiresAt: 'never' })],
    ['a record with services as a list', (r) => ({ ...r, services: ['matomo', 'youtube'] })],
  ];

  it.each(junk)('treats %s as no decision, grants nothing, and keeps it until the visitor decides', async (_, corrupt) => {
    const visit = await site.visit('/analytics.html');
    await decide(visit, 'accept');
    const value = JSON.parse(JSON.stringify(corrupt(await visit.readStored()) ?? null));
    await visit.writeStored(value);
    await visit.reload();
    expect(await visit.ready()).toMatchObject({ status: 'undecided', decision: null, categories: { analytics: false, marketing: false } });
    await visit.banner.shown();
    expect(await visit.granted('analytics')).toBe(false);
    expect(await gatedAnalyticsRuns(visit)).toBe(0);
    expect(await visit.readStored(), 'not overwritten before a decision').toEqual(value);
    expect(visit.pageErrors).toEqual([]);
    await decide(visit, 'reject');
    expect(await visit.readStored()).toMatchObject({ schema: 1, decision: 'reject-all' });
  });
});
