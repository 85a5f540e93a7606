/**
 * The banner and dialog for visitors using a keyboard, a screen reader, a phone or a zoomed
 * page: keyboard-only flow, focus never hidden under the banner (WCAG 2.2 SC 2.4.11), axe-core
 * on every state, buttons of equal weight, 320px reflow, no layout shift, and the in-flow
 * top position.
 */
import { describe, expect, it } from 'vitest';
import { demoConfig, frames, textOf, useSite, type FocusInfo, type Visit } from './support/site.js';

const site = useSite();

/** Presses Tab (or Shift+Tab) and describes what then has focus. */
async function tab(visit: Visit, back = false): Promise<FocusInfo | null> {
  await visit.page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  return visit.focused();
}

/** Tabs until `match` holds for the focused element; fails after `limit` presses. */
async function tabTo(visit: Visit, match: (f: FocusInfo) => boolean, limit = 40): Promise<FocusInfo> {
  const seen: string[] = [];
  for (let i = 0; i < limit; i++) {
    const focused = await tab(visit);
    if (focused && match(focused)) return focused;
    seen.push(focused?.label ?? '(body)');
  }
  throw new Error(`never reached the element by Tab; went through: ${seen.join(' → ')}`);
}

const parts = (f: FocusInfo | null) => (f?.part ?? '').split(/\s+/);

describe('keyboard only', () => {
  it('reaches the banner first, accepts with Enter, hears the confirmation and hides it', async () => {
    const visit = await site.visit('/index.html');
    await visit.banner.shown();
    const order: FocusInfo[] = [];
    for (let f = await tab(visit); f && !parts(f).includes('accept-button'); f = await tab(visit)) {
      order.push(f);
      expect(order.length, 'Tab reached the Accept button').toBeLessThan(10);
    }
    expect(order.every((f) => f.where === 'banner'), `before Accept: ${order.map((f) => f.label).join(', ')}`).toBe(true);
    expect(order.some((f) => f.label.includes('Skip to main content'))).toBe(false);

    await visit.page.keyboard.press('Enter');
    expect(await visit.event('consent-change')).toMatchObject({ action: 'accept-all' });
    await visit.until(`(() => { let a = document.activeElement; while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement; return a && a.getAttribute('part') === 'confirmation'; })()`);
    const confirmation = await visit.focused();
    expect(confirmation).toMatchObject({ where: 'banner', role: 'alert', part: 'confirmation' });
    expect(await textOf(visit.banner.confirmation)).toBe("You've accepted additional cookies. You can change your cookie settings at any time.");

    // The confirmation's link reopens the choices; Escape comes back to it.
    const link = await tabTo(visit, (f) => f.where === 'banner', 2);
    expect(link.label).toContain('change your cookie settings');
    await visit.page.keyboard.press('Enter');
    await visit.dialog.opened();
    expect(await visit.dialog.switch('Analytics').isChecked(), 'the dialog shows the choice just made').toBe(true);
    await visit.page.keyboard.press('Escape');
    await visit.dialog.closed();
    // Focus returns on the dialog's close event, a task after the dialog closes.
    await expect.poll(async () => (await visit.focused())?.label, { timeout: 5000 }).toContain('change your cookie settings');
    expect((await visit.focused())?.label).toContain('change your cookie settings');

    const hide = await tabTo(visit, (f) => parts(f).includes('hide-button'), 3);
    expect(hide.label).toContain('Hide this message');
    await visit.page.keyboard.press('Enter');
    await visit.banner.gone();
    expect(await visit.banner.rendersNothing()).toBe(true);
    // Focus carries on in the page: the next Tab reaches the skip link, the page's first control.
    const next = await tabTo(visit, (f) => f.where === 'page', 3);
    expect(next.label).toContain('Skip to main content');
  });

  it('opens the dialog, keeps focus inside it, toggles with Space, closes with Escape back to its opener, and saves', async () => {
    const visit = await site.visit('/index.html');
    await visit.banner.shown();
    await tabTo(visit, (f) => parts(f).includes('preferences-button'));
    await visit.page.keyboard.press('Enter');
    await visit.dialog.opened();
    await visit.until(`document.querySelector('cookie-preferences[modal]').shadowRoot.activeElement !== null`);
    expect((await visit.focused())?.where, 'focus moved into the dialog').toBe('dialog');

    // Tab and Shift+Tab cycle inside the dialog, both ways, past each end.
    const forward: string[] = [];
    for (let i = 0; i < 14; i++) {
      const f = await tab(visit);
      expect(f?.where, `Tab ${i + 1} left the dialog for ${f?.label}`).toBe('dialog');
      forward.push(f!.label);
    }
    expect(new Set(forward).size, 'Tab went round every control').toBeLessThan(14);
    for (let i = 0; i < 14; i++) {
      const f = await tab(visit, true);
      expect(f?.where, `Shift+Tab ${i + 1} left the dialog for ${f?.label}`).toBe('dialog');
    }

    // Space toggles a switch.
    const analytics = visit.dialog.switch('Analytics');
    expect(await analytics.isChecked()).toBe(false);
    await tabTo(visit, (f) => f.role === 'switch');
    expect(await analytics.evaluate((el) => el.matches(':focus'))).toBe(true);
    await visit.page.keyboard.press('Space');
    expect(await analytics.isChecked()).toBe(true);

    // Escape closes without deciding, and focus returns to the button that opened the dialog.
    await visit.page.keyboard.press('Escape');
    await visit.dialog.closed();
    expect(await visit.changes()).toEqual([]);
    // Focus returns on the dialog's close event, a task after the dialog closes.
    await expect.poll(async () => (await visit.focused())?.where, { timeout: 5000 }).toBe('banner');
    const back = await visit.focused();
    expect(back?.where).toBe('banner');
    expect(parts(back)).toContain('preferences-button');

    // Open again, switch Analytics on, Save: the confirmation takes focus.
    await visit.page.keyboard.press('Enter');
    await visit.dialog.opened();
    expect(await analytics.isChecked(), 'a closed dialog forgets unsaved switches').toBe(false);
    await tabTo(visit, (f) => f.role === 'switch');
    await visit.page.keyboard.press('Space');
    await tabTo(visit, (f) => parts(f).includes('save-button'));
    await visit.page.keyboard.press('Enter');
    expect(await visit.event('consent-change')).toMatchObject({ action: 'save', categories: { analytics: true, marketing: false } });
    await visit.dialog.closed();
    await visit.until(`(() => { let a = document.activeElement; while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement; return a && a.getAttribute('part') === 'confirmation'; })()`);
    expect(await visit.focused()).toMatchObject({ where: 'banner', role: 'alert' });
    expect(await textOf(visit.banner.confirmation)).toMatch(/^You've saved your cookie preferences\./);
  });

  it('opens the preferences from the footer link by keyboard and returns focus to it', async () => {
    const visit = await site.visit('/index.html');
    await visit.banner.shown();
    await visit.page.locator('footer [data-consent-open]').focus();
    await visit.page.keyboard.press('Enter');
    await visit.dialog.opened();
    await visit.page.keyboard.press('Escape');
    await visit.dialog.closed();
    expect((await visit.focused())?.label).toContain('Cookie settings');
    // The same with the dialog's Close button, reached by Shift+Tab from the first control.
    await visit.page.keyboard.press('Enter');
    await visit.dialog.opened();
    const close = await tab(visit, true);
    expect(parts(close)).toContain('close-button');
    expect(close?.label).toContain('Close');
    await visit.page.keyboard.press('Enter');
    await visit.dialog.closed();
    expect((await visit.focused())?.label).toContain('Cookie settings');
    expect(await visit.changes(), 'closing decides nothing').toEqual([]);
  });
});

describe('focus is never hidden under the banner (WCAG 2.4.11)', () => {
  it.each([
    ['a desktop window', { width: 1280, height: 720 }],
    ['a phone', { width: 360, height: 640 }],
  ])('on %s, every control Tab reaches is at least partly visible above the banner', async (_, viewport) => {
    const visit = await site.visit('/long-page.html', { viewport });
    await visit.banner.shown();
    await frames(visit.page);
    const hidden: string[] = [];
    let reachedLast = false;
    for (let i = 0; i < 120 && !reachedLast; i++) {
      const f = await tab(visit);
      if (!f || f.where !== 'page') continue;
      const bannerTop = (await visit.banner.region.boundingBox())!.y;
      const visibleTop = Math.max(f.rect.top, 0);
      const visibleBottom = Math.min(f.rect.bottom, bannerTop);
      if (visibleBottom - visibleTop < 1) hidden.push(`${f.label} (${Math.round(f.rect.top)}–${Math.round(f.rect.bottom)}, banner at ${Math.round(bannerTop)})`);
      reachedLast = f.label.includes('#last-link');
    }
    expect(reachedLast, 'Tab reached the last footer link').toBe(true);
    expect(hidden, 'focused elements hidden by the banner').toEqual([]);
  });
});

describe('axe-core', () => {
  // The widget's own elements. (On the whole demo page axe adds one best-practice finding,
  // `region` on the skip link: axe stops counting it as a skip link once a non-fragment link,
  // the banner's privacy notice link, precedes it, as on GOV.UK pages with their banner first.)
  const WIDGET = ['cookie-consent', 'cookie-preferences'];
  it.each(['light', 'dark'] as const)('finds no violations on the banner, the confirmation and the open dialog (%s scheme)', async (colorScheme) => {
    // Tall enough for the dialog with every table open to fit: axe judges a label that is
    // scrolled out of the dialog's view as not visible (`label-title-only`), a false finding.
    const visit = await site.visit('/index.html', { colorScheme, viewport: { width: 1280, height: 1800 } });
    await visit.banner.shown();
    expect(await visit.axe(WIDGET), 'banner').toEqual([]);

    await visit.banner.click('preferences');
    await visit.dialog.opened();
    expect(await visit.axe(WIDGET), 'dialog').toEqual([]);
    await visit.eval(`document.querySelector('cookie-preferences[modal]').shadowRoot.querySelectorAll('details').forEach((d) => (d.open = true))`);
    expect(await visit.eval(`document.querySelector('cookie-preferences[modal]').shadowRoot.querySelectorAll('details[open] table').length`)).toBeGreaterThan(0);
    expect(await visit.axe(WIDGET), 'dialog with every category’s details open').toEqual([]);

    await visit.dialog.button('reject').click();
    await visit.dialog.closed();
    await visit.banner.confirmation.waitFor();
    expect(await visit.axe(WIDGET), 'confirmation').toEqual([]);
  });

  it('finds no violations on the cookies page’s inline choices', async () => {
    const visit = await site.visit('/cookies.html');
    await visit.page.locator('cookie-preferences:not([modal]) [part~="switch"]').first().waitFor();
    expect(await visit.axe()).toEqual([]);
    await visit.page.locator('cookie-preferences:not([modal])').evaluate((el) => el.shadowRoot!.querySelectorAll('details').forEach((d) => (d.open = true)));
    expect(await visit.axe()).toEqual([]);
  });
});

describe('look and layout', () => {
  /** What makes buttons look equal: size, type and colours. */
  const look = (el: Element) => {
    const s = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    return {
      width: Math.round(r.width),
      height: Math.round(r.height),
      fontWeight: s.fontWeight,
      fontSize: s.fontSize,
      color: s.color,
      background: s.backgroundColor,
      border: `${s.borderTopWidth} ${s.borderTopStyle} ${s.borderTopColor}`,
    };
  };

  it.each([
    ['a desktop window', { width: 1280, height: 720 }],
    ['a phone', { width: 320, height: 640 }],
  ])('on %s, Accept, Reject and Manage preferences have the same size, weight and colours', async (_, viewport) => {
    const visit = await site.visit('/index.html', { viewport });
    await visit.banner.shown();
    const [accept, reject, manage] = await Promise.all(
      (['accept', 'reject', 'preferences'] as const).map((name) => visit.banner.button(name).evaluate(look)),
    );
    expect(reject).toEqual(accept);
    expect(manage).toEqual(accept);
  });

  it('reflows at 320px wide: no sideways scrolling, and buttons at least 44px high', async () => {
    const visit = await site.visit('/index.html', { viewport: { width: 320, height: 640 } });
    await visit.banner.shown();
    const overflow = `document.documentElement.scrollWidth - document.documentElement.clientWidth`;
    expect(await visit.eval(overflow), 'page with banner').toBeLessThanOrEqual(0);
    for (const name of ['accept', 'reject', 'preferences'] as const) {
      const box = (await visit.banner.button(name).boundingBox())!;
      expect(box.height, name).toBeGreaterThanOrEqual(44);
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(320);
    }
    const banner = (await visit.banner.region.boundingBox())!;
    expect(banner.height, 'the banner leaves part of the page visible').toBeLessThan(640);

    await visit.banner.click('preferences');
    await visit.dialog.opened();
    await visit.eval(`document.querySelector('cookie-preferences[modal]').shadowRoot.querySelectorAll('details').forEach((d) => (d.open = true))`);
    await frames(visit.page);
    const dialog = await visit.dialog.element.evaluate((el) => ({ overflow: el.scrollWidth - el.clientWidth, right: el.getBoundingClientRect().right, left: el.getBoundingClientRect().left }));
    expect(dialog.overflow, 'dialog content scrolls sideways').toBeLessThanOrEqual(0);
    expect(dialog.left).toBeGreaterThanOrEqual(0);
    expect(dialog.right).toBeLessThanOrEqual(320);
    for (const name of ['save', 'accept', 'reject'] as const) {
      expect((await visit.dialog.button(name).boundingBox())!.height, `dialog ${name}`).toBeGreaterThanOrEqual(44);
    }
    expect(await visit.eval(overflow), 'page with dialog').toBeLessThanOrEqual(0);
  });

  it('follows the visitor’s colour scheme and forced-colors mode, and never moves', async () => {
    const surface = (visit: Visit) =>
      visit.banner.region.evaluate((el) => {
        const s = getComputedStyle(el);
        return { background: s.backgroundColor, color: s.color, sideBorder: s.borderLeftWidth };
      });
    const light = await site.visit('/index.html', { colorScheme: 'light' });
    await light.banner.shown();
    expect(await surface(light)).toEqual({ background: 'rgb(255, 255, 255)', color: 'rgb(11, 12, 12)', sideBorder: '0px' });
    const dark = await site.visit('/index.html', { colorScheme: 'dark' });
    await dark.banner.shown();
    expect(await surface(dark)).toMatchObject({ background: 'rgb(27, 27, 27)', color: 'rgb(243, 242, 241)' });
    // Forced colours: the banner gets a system-colour border all round, so it stays distinct from the page.
    const forced = await site.visit('/index.html', { forcedColors: 'active' });
    await forced.banner.shown();
    expect((await surface(forced)).sideBorder).toBe('2px');
    // Reduced motion: nothing in the banner or the dialog animates.
    await forced.banner.click('preferences');
    await forced.dialog.opened();
    const moving = await forced.eval(`(() => {
      const all = [];
      const walk = (root) => root.querySelectorAll('*').forEach((el) => { all.push(el); if (el.shadowRoot) walk(el.shadowRoot); });
      walk(document.querySelector('cookie-consent').shadowRoot);
      walk(document.querySelector('cookie-preferences[modal]').shadowRoot);
      return all.filter((el) => { const s = getComputedStyle(el); return parseFloat(s.transitionDuration) > 0 || parseFloat(s.animationDuration) > 0; }).map((el) => el.localName);
    })()`);
    expect(moving).toEqual([]);
  });

  /** The layout shifts that count towards CLS. */
  const CLS = `window.__consent.shifts.filter((s) => !s.recent).map((s) => s.value)`;

  it('never shifts the page’s layout when the bottom banner appears (CLS 0)', async () => {
    const visit = await site.visit('/index.html');
    await visit.banner.shown();
    await frames(visit.page, 3);
    expect(await visit.eval(CLS), 'layout shifts').toEqual([]);
    const placed = await visit.banner.region.evaluate((el) => ({ position: getComputedStyle(el).position, bottom: el.getBoundingClientRect().bottom, viewport: innerHeight }));
    expect(placed.position).toBe('fixed');
    expect(placed.bottom).toBeCloseTo(placed.viewport, 0);
    // While open, focus scrolling stops above it; once hidden, the page is as it was.
    const height = Math.ceil((await visit.banner.region.boundingBox())!.height);
    expect(await visit.eval(`document.documentElement.style.scrollPaddingBottom`)).toBe(`${height}px`);
    const content = `['header', 'main', 'footer'].map((s) => document.querySelector(s).getBoundingClientRect().toJSON())`;
    const before = await visit.eval(content);
    await visit.banner.click('reject');
    await visit.banner.click('hide');
    await visit.banner.gone();
    expect(await visit.eval(`document.documentElement.style.scrollPaddingBottom`)).toBe('');
    expect(await visit.eval(`document.querySelectorAll('[data-privacy-consent-spacer]').length`)).toBe(0);
    // The page's content has not moved. (The banner itself shrinks to its confirmation, in
    // answer to the visitor's click, so its own shift is not the page's.)
    expect(await visit.eval(content), 'the page content stays put').toEqual(before);
    // The measurement works: a real shift is seen.
    const seen = await visit.eval<number>('window.__consent.shifts.length');
    await visit.eval(`document.querySelector('main').prepend(Object.assign(document.createElement('div'), { style: 'height: 200px' }))`);
    await visit.until(`window.__consent.shifts.length > ${seen}`);
  });

  it('with position "top", sits in the page flow before the content and scrolls away with it', async () => {
    const config = demoConfig();
    config.consent.position = 'top';
    const visit = await site.visit('/index.html', { config, viewport: { width: 1024, height: 600 } });
    await visit.banner.shown();
    const banner = await visit.banner.region.evaluate((el) => ({ position: getComputedStyle(el).position, ...el.getBoundingClientRect().toJSON() }));
    expect(['static', 'relative']).toContain(banner.position);
    expect(banner.top).toBe(0);
    const header = await visit.page.locator('header').boundingBox();
    expect(header!.y, 'the header follows the banner').toBeGreaterThanOrEqual(banner.bottom - 0.5);
    await visit.eval('window.scrollTo(0, 400)');
    await frames(visit.page);
    const after = await visit.banner.region.boundingBox();
    expect(after!.y, 'not sticky').toBeLessThan(0);
    expect(await visit.eval(`document.documentElement.style.scrollPaddingBottom`)).toBe('');
  });
});
