import { describe, expect, it } from 'vitest';
import { resolveGrants } from '../../src/consent/consent-record.js';
import { allowChoices, embedCookies, refusesOnce, resolveEmbedConsent, webUrl } from '../../src/consent/embeds.js';
import { makeConfig } from './fixtures.js';

const { consent } = makeConfig();
const none = resolveGrants(consent, {});

describe('resolveEmbedConsent', () => {
  it('finds a service named as category/service or by its own id', () => {
    for (const spec of ['marketing/youtube', ' youtube ']) {
      const target = resolveEmbedConsent(spec, consent);
      expect(target.services.map((s) => s.id)).toEqual(['youtube']);
      expect(target.categories).toEqual([]);
      expect(target.problem).toBeUndefined();
      expect(target.scope).toEqual({ categories: ['marketing'], services: ['youtube'] });
    }
  });

  it('finds a category named on its own, with its services in scope', () => {
    const target = resolveEmbedConsent('marketing', consent);
    expect(target.categories.map((c) => c.id)).toEqual(['marketing']);
    expect(target.scope).toEqual({ categories: ['marketing'], services: ['youtube'] });
  });

  it.each([
    ['an unknown service', 'marketing/vimeo', /"vimeo" in "marketing\/vimeo" is not a service/],
    ['an unknown category', 'videos/youtube', /"videos" in "videos\/youtube" is not a category/],
    ['an unknown id', 'vimeo', /"vimeo" is neither a category nor a service/],
    ['an empty value', '  ', /data-consent is empty/],
  ])('names the problem with %s', (_name, spec, message) => {
    expect(resolveEmbedConsent(spec, consent).problem).toMatch(message);
  });

  it('warns, without blocking, about a service named with the wrong category', () => {
    const target = resolveEmbedConsent('analytics/youtube', consent);
    expect(target.problem).toBeUndefined();
    expect(target.warning).toMatch(/"youtube" is declared in the category "marketing", not "analytics"/);
  });

  it('has a problem for every embed when the config could not be read', () => {
    expect(resolveEmbedConsent('marketing/youtube', undefined).problem).toMatch(/config could not be read/);
  });
});

describe('allowChoices', () => {
  it('allows the service on its own, keeping every other choice', () => {
    const before = resolveGrants(consent, { analytics: true });
    const choices = allowChoices(consent, before, resolveEmbedConsent('marketing/youtube', consent));
    const after = resolveGrants(consent, choices);
    expect(after.categories).toEqual({ necessary: true, analytics: true, marketing: false });
    expect(after.services).toEqual({ matomo: true, youtube: true });
  });

  it('allows the whole category when the embed names the category', () => {
    const before = resolveGrants(consent, { marketing: true, youtube: false, analytics: false });
    const after = resolveGrants(consent, allowChoices(consent, before, resolveEmbedConsent('marketing', consent)));
    expect(after.categories.marketing).toBe(true);
    expect(after.services.youtube).toBe(true);
    expect(after.categories.analytics).toBe(false);
  });

  it('never grants anything the embed does not name', () => {
    const after = resolveGrants(consent, allowChoices(consent, none, resolveEmbedConsent('youtube', consent)));
    expect(after.categories.analytics).toBe(false);
    expect(after.services.matomo).toBe(false);
  });
});

describe('embedCookies', () => {
  it('lists a service’s cookies, and a category’s own and its services’ once each', () => {
    expect(embedCookies(resolveEmbedConsent('youtube', consent)).map((c) => c.name)).toEqual(['YSC']);
    expect(embedCookies(resolveEmbedConsent('analytics analytics/matomo', consent)).map((c) => c.name)).toEqual(['_pk_id.*', '_pk_ses.*']);
  });
});

describe('webUrl', () => {
  const base = 'https://www.example.nhs.uk/videos/';
  it('resolves http(s) and relative addresses', () => {
    expect(webUrl('/embed/map.html', base)?.href).toBe('https://www.example.nhs.uk/embed/map.html');
    expect(webUrl('https://player.vimeo.com/video/1', base)?.hostname).toBe('player.vimeo.com');
  });
  it.each([['javascript:alert(1)'], ['data:text/html,x'], [' java\tscript:alert(1)'], ['http://[::'], [null]])('refuses %j', (url) => {
    expect(webUrl(url, base)).toBeUndefined();
  });
});

describe('refusesOnce', () => {
  const target = resolveEmbedConsent('marketing/youtube', consent);
  const detail = (over: Partial<Parameters<typeof refusesOnce>[0]>) => ({
    decision: 'custom' as const,
    action: 'api' as const,
    changed: { categories: [], services: [] },
    ...over,
  });

  it('keeps a one-time load through an unrelated decision', () => {
    expect(refusesOnce(detail({ changed: { categories: ['analytics'], services: ['matomo'] } }), target, false)).toBe(false);
    expect(refusesOnce(detail({ action: 'placeholder' }), target, false)).toBe(false);
  });

  it.each([
    ['Reject all', { decision: 'reject-all' as const, action: 'reject-all' as const }],
    ['a forgotten choice', { decision: null, action: 'withdraw' as const }],
    ['a choice saved in the preferences', { action: 'save' as const }],
    ['a decision that changed its service', { changed: { categories: [], services: ['youtube'] } }],
  ])('unloads it after %s that leaves it refused', (_name, over) => {
    expect(refusesOnce(detail(over), target, false)).toBe(true);
  });

  it('never unloads what is now allowed', () => {
    expect(refusesOnce(detail({ decision: 'reject-all', action: 'reject-all' }), target, true)).toBe(false);
  });
});
