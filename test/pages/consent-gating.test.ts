/**
 * What the site gets: gated scripts and embeds run or load only with consent (every attribute
 * form, scripts the page adds later, once only), cookies of a withdrawn category are deleted
 * from the host and its parent domain, and the whole widget works under a strict
 * Content-Security-Policy without `unsafe-inline`.
 *
 * `*.demo.test` resolves to the loopback server, so cookies can be set on a parent domain.
 */
import { describe, expect, it } from 'vitest';
import { CSP_NONCE, frames, useSite, type Visit } from './support/site.js';

const site = useSite({ args: ['--host-resolver-rules=MAP *.demo.test 127.0.0.1'] });

const ran = (visit: Visit): Promise<string[]> => visit.eval('window.ran.slice()');
const iframeSrc = (visit: Visit): Promise<string | null> => visit.eval(`document.querySelector('iframe[data-consent]').getAttribute('src')`);

/** Appends a gated script to the page, as a site's own code might after load. */
const addScript = (visit: Visit, consent: string, name: string) =>
  visit.eval(`(() => {
    const s = document.createElement('script');
    s.type = 'text/plain';
    s.dataset.consent = ${JSON.stringify(consent)};
    s.text = ${JSON.stringify(`mark(${JSON.stringify(name)})`)};
    document.body.append(s);
  })()`);

describe('script and embed gating', () => {
  it('runs nothing gated before a choice, except what a required category covers', async () => {
    const visit = await site.visit('/gated.html');
    await visit.banner.shown();
    await frames(visit.page);
    expect(await ran(visit)).toEqual(['necessary']);
    expect(await iframeSrc(visit)).toBeNull();
    expect(await visit.eval(`document.querySelectorAll('script[type="text/plain"][data-consent]').length`)).toBe(7);
    expect(visit.requests).not.toContain('/gated-external.js');
    expect(visit.requests).not.toContain('/embed/video.html');
  });

  it('runs each gated script once its category, service or every listed id is granted, and never twice', async () => {
    const visit = await site.visit('/gated.html');
    await visit.ready();
    // A category without one of its services: `analytics` runs, `analytics/matomo` does not.
    await visit.eval(`PrivacyConsent.update({ analytics: true, matomo: false })`);
    await visit.until(`window.ran.includes('module:string')`);
    expect(await ran(visit)).toEqual(['necessary', 'analytics', 'module:string']);
    expect(await iframeSrc(visit)).toBeNull();

    await visit.eval(`PrivacyConsent.update({ matomo: true, marketing: true })`);
    await visit.until(`window.ran.includes('external:matomo')`);
    expect((await ran(visit)).sort()).toEqual(
      ['necessary', 'analytics', 'module:string', 'external:matomo', 'marketing', 'marketing/youtube', 'analytics+marketing'].sort(),
    );
    expect(await iframeSrc(visit)).toBe('/embed/video.html');

    // Withdrawn: the embed unloads; scripts that ran cannot be un-run, and none runs again.
    await visit.eval(`PrivacyConsent.rejectAll()`);
    expect(await iframeSrc(visit)).toBeNull();
    await visit.eval(`PrivacyConsent.acceptAll()`);
    expect(await iframeSrc(visit)).toBe('/embed/video.html');
    await frames(visit.page);
    const runs = await ran(visit);
    expect(runs.length, runs.join(', ')).toBe(7);
    expect(runs).not.toContain('unknown');
    expect(visit.requests.filter((p) => p === '/gated-external.js')).toHaveLength(1);
  });

  it('keeps a script’s own attributes when it runs it', async () => {
    const visit = await site.visit('/gated.html');
    await visit.ready();
    await visit.eval(`PrivacyConsent.acceptAll()`);
    await visit.until(`window.ran.includes('external:matomo')`);
    const external = await visit.eval(`(() => {
      const s = document.getElementById('external');
      return { type: s.getAttribute('type'), src: s.getAttribute('src'), extra: s.dataset.extra, className: s.className,
        consent: s.dataset.consent, activated: s.hasAttribute('data-consent-activated'), dataSrc: s.hasAttribute('data-src') };
    })()`);
    expect(external).toEqual({
      type: null,
      src: '/gated-external.js',
      extra: 'kept',
      className: 'tracker',
      consent: 'analytics/matomo',
      activated: true,
      dataSrc: false,
    });
    expect(await visit.eval(`document.querySelector('script[data-consent="analytics"][type="module"]') !== null`)).toBe(true);
  });

  it('gates scripts and embeds the page adds after load, before and after consent', async () => {
    const visit = await site.visit('/gated.html');
    await visit.banner.shown();
    await addScript(visit, 'analytics', 'late-before');
    await addScript(visit, 'marketing/youtube', 'late-service-before');
    await visit.eval(`(() => {
      const box = document.createElement('div');
      box.innerHTML = '<iframe title="Late video" id="late-frame" data-consent="marketing" data-src="/embed/video.html"></iframe>';
      document.body.append(box);
    })()`);
    await frames(visit.page);
    expect(await ran(visit)).toEqual(['necessary']);
    expect(await visit.eval(`document.getElementById('late-frame').hasAttribute('src')`)).toBe(false);

    await visit.banner.click('accept');
    await visit.event('consent-change');
    await visit.until(`window.ran.includes('late-before') && window.ran.includes('late-service-before')`);
    expect(await visit.eval(`document.getElementById('late-frame').getAttribute('src')`)).toBe('/embed/video.html');

    // After consent: a script added now runs straight away, once; so does one inside an added element.
    await addScript(visit, 'analytics/matomo', 'late-after');
    await visit.eval(`(() => {
      const box = document.createElement('section');
      const s = document.createElement('script');
      s.type = 'text/plain';
      s.dataset.consent = 'marketing';
      s.text = "mark('nested-after')";
      box.append(s);
      document.body.append(box);
    })()`);
    await visit.until(`window.ran.includes('late-after') && window.ran.includes('nested-after')`);
    await addScript(visit, 'no-such-category', 'late-unknown');
    await frames(visit.page);
    const runs = await ran(visit);
    for (const name of ['late-before', 'late-service-before', 'late-after', 'nested-after']) {
      expect(runs.filter((r) => r === name), name).toHaveLength(1);
    }
    expect(runs).not.toContain('late-unknown');
  });

  it('a refused service keeps its scripts blocked even when they are added later', async () => {
    const visit = await site.visit('/gated.html');
    await visit.ready();
    await visit.eval(`PrivacyConsent.update({ analytics: true, matomo: false })`);
    await addScript(visit, 'analytics/matomo', 'late-refused-service');
    await addScript(visit, 'analytics', 'late-granted-category');
    await visit.until(`window.ran.includes('late-granted-category')`);
    expect(await ran(visit)).not.toContain('late-refused-service');
    expect(await ran(visit)).not.toContain('external:matomo');
  });
});

describe('withdrawal', () => {
  it('deletes the withdrawn category’s cookies from the host and its parent domain and says so', async () => {
    const origin = site.url.replace('127.0.0.1', 'www.demo.test');
    const visit = await site.visit(`${origin}/analytics.html`);
    await visit.banner.shown();
    await visit.banner.click('accept');
    await visit.until('window.fakeAnalyticsRuns === 1');
    await visit.eval(`(() => {
      document.cookie = '_pk_id.2.parent=abc; domain=demo.test; path=/';
      document.cookie = 'site_pref=large-text; path=/';
      document.cookie = 'session=kept; path=/';
    })()`);
    const context = visit.page.context();
    const parent = (await context.cookies()).find((c) => c.name === '_pk_id.2.parent');
    expect(parent?.domain, 'the test set a parent-domain cookie').toBe('.demo.test');
    expect(await visit.cookieNames()).toEqual(['_pk_id.1.demo', '_pk_id.2.parent', '_pk_ses.1.demo', 'session', 'site_pref']);

    // The footer's "Cookie settings" link opens the dialog; rejecting there withdraws.
    await visit.page.locator('footer [data-consent-open]').first().click();
    await visit.dialog.opened();
    expect(await visit.dialog.switch('Analytics').isChecked(), 'the dialog starts from the stored choice').toBe(true);
    await visit.dialog.button('reject').click();
    const detail = await visit.event('consent-change', 2);
    expect(detail).toMatchObject({
      action: 'withdraw',
      decision: 'reject-all',
      categories: { necessary: true, analytics: false, marketing: false },
      changed: { categories: ['analytics', 'marketing'], services: ['matomo', 'youtube'] },
    });
    expect([...detail.deletedCookies].sort()).toEqual(['_pk_id.1.demo', '_pk_id.2.parent', '_pk_ses.1.demo']);
    expect(await visit.cookieNames(), 'undeclared and necessary cookies stay').toEqual(['session', 'site_pref']);
    expect((await context.cookies()).map((c) => c.name).sort()).toEqual(['session', 'site_pref']);
  });

  it('switching one category off in the dialog withdraws it alone', async () => {
    const visit = await site.visit('/analytics.html');
    await visit.banner.shown();
    await visit.banner.click('accept');
    await visit.until('window.fakeAnalyticsRuns === 1');
    await visit.page.locator('footer [data-consent-open]').first().click();
    await visit.dialog.opened();
    await visit.dialog.switch('Analytics').uncheck();
    await visit.dialog.button('save').click();
    const detail = await visit.event('consent-change', 2);
    expect(detail).toMatchObject({
      action: 'withdraw',
      decision: 'custom',
      categories: { analytics: false, marketing: true },
      changed: { categories: ['analytics'], services: ['matomo'] },
    });
    expect([...detail.deletedCookies].sort()).toEqual(['_pk_id.1.demo', '_pk_ses.1.demo']);
    expect(await visit.cookieNames()).toEqual([]);
  });

  it('unloads a withdrawn embed', async () => {
    const visit = await site.visit('/video.html');
    await visit.banner.shown();
    await visit.banner.click('accept');
    await visit.until(`document.querySelector('iframe[data-consent]').getAttribute('src') === '/embed/video.html'`);
    await visit.page.locator('footer [data-consent-open]').first().click();
    await visit.dialog.opened();
    await visit.dialog.button('reject').click();
    expect(await visit.event('consent-change', 2)).toMatchObject({ action: 'withdraw' });
    expect(await visit.eval(`document.querySelector('iframe[data-consent]').hasAttribute('src')`)).toBe(false);
  });
});

describe('a strict Content-Security-Policy', () => {
  it('leaves the whole widget working with no inline script or style allowed', async () => {
    const visit = await site.visit('/csp-widget.html');
    const response = await visit.page.request.get(`${site.url}/csp-widget.html`);
    expect(response.headers()['content-security-policy']).toBe(
      `default-src 'self'; script-src 'self' 'nonce-${CSP_NONCE}'; style-src 'self'`,
    );
    await visit.banner.shown();
    // The banner's styles applied (constructed style sheets): fixed at the bottom of the viewport.
    expect(await visit.banner.region.evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
    expect(await visit.eval('window.ran.slice()')).toEqual([]);

    await visit.banner.click('preferences');
    await visit.dialog.opened();
    expect(await visit.dialog.element.evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
    await visit.dialog.switch('Analytics').check();
    await visit.dialog.button('save').click();
    expect(await visit.event('consent-change')).toMatchObject({ action: 'save', categories: { analytics: true, marketing: false } });
    await visit.until(`window.ran.includes('inline-with-nonce') && window.ran.includes('external:external')`);
    await visit.banner.button('hide').click();
    await visit.banner.gone();

    await visit.page.locator('footer [data-consent-open]').first().click();
    await visit.dialog.opened();
    await visit.dialog.button('accept').click();
    await visit.event('consent-change', 2);
    await visit.until(`document.querySelector('iframe[data-consent]').getAttribute('src') === '/embed/video.html'`);
    await frames(visit.page);
    expect(await visit.eval('window.ran.slice()')).toEqual(['inline-with-nonce', 'external:external']);
    expect(await visit.eval('window.__consent.violations'), 'securitypolicyviolation events').toEqual([]);
    expect(visit.pageErrors).toEqual([]);
    expect(visit.messages('error')).toEqual([]);
  });
});
