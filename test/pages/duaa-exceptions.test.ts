/**
 * PECR Schedule A1 as the Data (Use and Access) Act 2025 amended it (issue 14): a statistics
 * category runs before a choice only when the config opts in; the first layer says so with a
 * one-action Object; the objection stops it, deletes its cookies and is recorded; the same
 * objection in the dialog, on the cookies page and in the notice's cookies section; GPC objects.
 *
 * Build first (`npm run build`).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { demoConfig, GPC_ON, noticeUpgraded, textOf, useSite, type Visit } from './support/site.js';

const site = useSite();

/** The demo site's config with its analytics (Matomo, self-hosted) under the statistics exception. */
function statisticsConfig(optIn = true) {
  const config = demoConfig();
  if (optIn) config.exceptions = 'uk-duaa-2025';
  const analytics = config.consent.categories.find((c: { id: string }) => c.id === 'analytics');
  analytics.basis = 'statistics';
  analytics.services[0].processor = true;
  return config;
}

/** The Welsh demo config, the same way. */
function welshStatisticsConfig() {
  const config = JSON.parse(readFileSync(new URL('../../demo/cy/site.json', import.meta.url), 'utf8'));
  config.exceptions = 'uk-duaa-2025';
  const analytics = config.consent.categories.find((c: { id: string }) => c.id === 'analytics');
  analytics.basis = 'statistics';
  analytics.services[0].processor = true;
  return config;
}

const analyticsRuns = (visit: Visit): Promise<number> => visit.eval('window.fakeAnalyticsRuns ?? 0');
const matomoCookies = async (visit: Visit) => (await visit.cookieNames()).filter((name) => name.startsWith('_pk_'));
const objectButton = (visit: Visit) => visit.page.locator('cookie-consent [part~="object-button"]');

describe('statistics before a choice', () => {
  it('runs with the opt-in, and the first layer says so with an Object button as prominent as the others', async () => {
    const visit = await site.visit('/analytics.html', { config: statisticsConfig() });
    expect(await visit.ready()).toMatchObject({ status: 'undecided', categories: { analytics: true, marketing: false }, services: { matomo: true } });
    await visit.until('window.fakeAnalyticsRuns === 1');
    await visit.banner.shown();
    const region = visit.banner.region;
    expect(await textOf(region.locator('[part~="exceptions"]'))).toBe(
      'We use some cookies without asking first (Analytics) to understand how people use this website, so we can improve it. UK law allows this, but you can object.',
    );
    // The consent question is about the categories that need consent only.
    expect(await textOf(region)).toContain("We'd also like to set optional cookies (Videos and embedded content), only if you accept.");
    expect(await textOf(objectButton(visit))).toBe('Object to Analytics');
    const reject = await visit.banner.button('reject').boundingBox();
    const object = await objectButton(visit).boundingBox();
    expect(object!.height).toBe(reject!.height);
    expect(await objectButton(visit).evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
      await visit.banner.button('reject').evaluate((el) => getComputedStyle(el).backgroundColor),
    );
    expect(await visit.axe(['cookie-consent'])).toEqual([]);
  });

  it('without the opt-in: consent-based (nothing runs), and the development console names the error', async () => {
    const visit = await site.visit('/analytics.html', { config: statisticsConfig(false) });
    expect((await visit.ready()).categories.analytics).toBe(false);
    await visit.banner.shown();
    expect(await objectButton(visit).count()).toBe(0);
    expect(await textOf(visit.banner.region)).toContain('(Analytics and Videos and embedded content)');
    const error = await visit.message('error');
    expect(error).toContain('$.consent.categories[1].basis');
    expect(error).toContain('"exceptions": "uk-duaa-2025"');
    expect(await analyticsRuns(visit)).toBe(0);
  });
});

describe('objecting', () => {
  it('Object works at once: the category stops, its cookies go, the objection is recorded with a receipt, and it holds on the next page', async () => {
    const visit = await site.visit('/analytics.html', { config: statisticsConfig() });
    await visit.until('window.fakeAnalyticsRuns === 1');
    expect(await matomoCookies(visit)).toEqual(['_pk_id.1.demo', '_pk_ses.1.demo']);
    await objectButton(visit).click();
    const change = await visit.event('consent-change');
    expect(change).toMatchObject({ action: 'withdraw', status: 'current', categories: { analytics: false, marketing: false }, changed: { categories: ['analytics'] } });
    expect(change.deletedCookies.sort()).toEqual(['_pk_id.1.demo', '_pk_ses.1.demo']);
    expect(await matomoCookies(visit)).toEqual([]);
    expect(await textOf(visit.banner.confirmation)).toContain("You've objected to Analytics. We've switched them off.");
    const receipt = await visit.eval(`window.PrivacyConsent.receipt()`);
    const [record] = receipt['dpv:hasRecordOfActivity'];
    expect(record['dpv:hasConsentStatus']['dpv:hasIndicationMethod']).toBe('banner');
    expect(record['dpv:hasProcess'][1]).toMatchObject({ 'dct:identifier': 'analytics', 'pc:objected': true, 'pc:active': false, 'dpv:hasLegalBasis': 'https://www.legislation.gov.uk/uksi/2003/2426/schedule/A1/paragraph/5' });

    await visit.reload();
    expect((await visit.ready()).categories.analytics).toBe(false);
    await visit.page.waitForLoadState('networkidle');
    expect(await analyticsRuns(visit)).toBe(0);
    expect(await visit.banner.rendersNothing()).toBe(true);
    expect(visit.pageErrors).toEqual([]);
  });

  it('Reject objects too, as Global Privacy Control does', async () => {
    const visit = await site.visit('/analytics.html', { config: statisticsConfig() });
    await visit.until('window.fakeAnalyticsRuns === 1');
    await visit.banner.click('reject');
    expect(await visit.event('consent-change')).toMatchObject({ categories: { analytics: false } });
    expect(await matomoCookies(visit)).toEqual([]);
  });

  it('in the dialog: each category shows its basis, and Object is one action', async () => {
    const visit = await site.visit('/analytics.html', { config: statisticsConfig() });
    await visit.until('window.fakeAnalyticsRuns === 1');
    await visit.banner.click('preferences');
    await visit.dialog.opened();
    const category = (title: string) => visit.page.locator('cookie-preferences[modal] [part~="category"]').filter({ hasText: title });
    expect(await textOf(category('Analytics').locator('[part~="basis"]'))).toContain('PECR Schedule A1, paragraph 5');
    expect(await textOf(category('Videos').locator('[part~="basis"]'))).toBe('We only use these if you switch them on.');
    expect(await textOf(category('Strictly necessary').locator('[part~="basis"]'))).toBe('The website needs these to work, so we do not ask.');
    expect(await visit.dialog.switch('Analytics').isChecked(), 'on before a choice').toBe(true);
    expect(await visit.dialog.switch('Videos').isChecked()).toBe(false);
    expect(await visit.axe(['cookie-preferences[modal]'])).toEqual([]);
    await category('Analytics').locator('[part~="object-button"]').click();
    expect(await visit.event('consent-change')).toMatchObject({ action: 'withdraw', categories: { analytics: false } });
    expect(await visit.dialog.switch('Analytics').isChecked()).toBe(false);
    expect(await textOf(visit.page.locator('cookie-preferences[modal] [part~="status"]'))).toBe("You've objected to Analytics. It is now switched off.");
    expect(await matomoCookies(visit)).toEqual([]);
    const receipt = await visit.eval(`window.PrivacyConsent.receipt()`);
    expect(receipt['dpv:hasRecordOfActivity'][0]['dpv:hasConsentStatus']['dpv:hasIndicationMethod']).toBe('preferences');
  });

  it('on the cookies page and in the notice’s cookies section, with each category’s legal basis', async () => {
    const cookies = await site.visit('/cookies.html', { config: statisticsConfig() });
    const inline = cookies.page.locator('cookie-preferences:not([modal]) [part~="category"]').filter({ hasText: 'Analytics' });
    await inline.locator('[part~="object-button"]').click();
    expect(await cookies.event('consent-change')).toMatchObject({ categories: { analytics: false } });
    const receipt = await cookies.eval(`window.PrivacyConsent.receipt()`);
    expect(receipt['dpv:hasRecordOfActivity'][0]['dpv:hasConsentStatus']['dpv:hasIndicationMethod']).toBe('cookies-page');

    // The notice page's own config, opted in the same way.
    const noticeConfig = JSON.parse(readFileSync(new URL('../../demo/example-privacy.json', import.meta.url), 'utf8'));
    const statistics = statisticsConfig();
    noticeConfig.exceptions = statistics.exceptions;
    noticeConfig.consent = statistics.consent;
    const context = await site.context();
    await context.route('**/example-privacy.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(noticeConfig) }));
    const notice = await site.visit('/privacy.html', { in: context });
    // The page is sent with the notice rendered from the demo's own config (HTML first): the
    // notice under test is the element's, rendered from the changed config.
    await noticeUpgraded(notice.page);
    const section = notice.page.locator('privacy-notice [part~="cookies"]');
    await section.locator('.cookie-basis').first().waitFor();
    const bases = await section.locator('.cookie-basis').allTextContents();
    expect(bases).toEqual([
      'Legal basis: strictly necessary for the website to work (PECR Schedule A1, paragraph 4), so we do not ask for consent.',
      'Legal basis: the statistics exception (PECR Schedule A1, paragraph 5). We set these cookies without asking first, only to count how the website is used and improve it. You can object below.',
      'Legal basis: your consent. We only set these cookies if you switch them on.',
    ]);
    await section.locator('cookie-preferences [part~="category"]').filter({ hasText: 'Analytics' }).locator('[part~="object-button"]').click();
    expect(await notice.event('consent-change')).toMatchObject({ categories: { analytics: false } });
  });
});

describe('Global Privacy Control', () => {
  it('objects before any UI: the statistics category does not run and no banner asks', async () => {
    const visit = await site.visit('/analytics.html', { config: statisticsConfig(), init: [GPC_ON] });
    expect(await visit.ready()).toMatchObject({ gpc: true, status: 'undecided', categories: { analytics: false } });
    await visit.page.waitForLoadState('networkidle');
    expect(await analyticsRuns(visit)).toBe(0);
    expect(await visit.banner.rendersNothing()).toBe(true);
    const receipt = await visit.eval(`window.PrivacyConsent.receipt()`);
    expect(receipt['dpv:hasRecordOfActivity'][0]['dpv:hasProcess'][1]).toMatchObject({ 'pc:objected': true, 'pc:active': false });
    expect(receipt['dpv:hasRecordOfActivity'][0]['dpv:hasConsentStatus']['dpv:hasIndicationMethod']).toBe('gpc');
  });
});

describe('in Welsh', () => {
  it('the first layer tells and offers the objection in Welsh', async () => {
    // The harness serves the config at every `…/site.json`, so also at /cy/site.json.
    const visit = await site.visit('/cy/index.html', { config: welshStatisticsConfig() });
    await visit.banner.shown();
    expect(await textOf(visit.banner.region.locator('[part~="exceptions"]'))).toBe(
      "Rydym yn defnyddio rhai cwcis heb ofyn yn gyntaf (Dadansoddi) i ddeall sut mae pobl yn defnyddio'r wefan hon, er mwyn ei gwella. Mae cyfraith y DU yn caniatáu hyn, ond gallwch wrthwynebu.",
    );
    expect(await textOf(objectButton(visit))).toBe('Gwrthwynebu Dadansoddi');
    expect(await visit.axe(['cookie-consent'])).toEqual([]);
    await objectButton(visit).click();
    expect(await textOf(visit.banner.confirmation)).toContain("Rydych wedi gwrthwynebu Dadansoddi. Rydym wedi'u diffodd.");
    const receipt = await visit.eval(`window.PrivacyConsent.receipt()`);
    expect(receipt['dpv:hasRecordOfActivity'][0]['dpv:hasNotice']['dct:language']).toBe('cy');
  });
});
