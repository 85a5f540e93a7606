import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PrivacyConfig } from '../../src/config/types.js';
import { welshDate, welshList, welshPeriod } from '../../src/i18n/cy/format.js';
import { chooseLanguage, configLanguages, formatDate, formatList, languageName, pageLanguage, primaryLanguage, translateConfig } from '../../src/i18n/languages.js';

/** A stand-in for an element inside `<html lang=…>`: all the language functions read. */
const inPage = (lang: string | null) => {
  const html = { getAttribute: () => lang, parentElement: null, getRootNode: () => ({}) };
  return { getAttribute: () => null, parentElement: html, getRootNode: () => ({}) } as unknown as Element;
};

const config = (extra: Partial<PrivacyConfig> = {}): PrivacyConfig => ({
  version: '1',
  organisation: { name: 'Example Trust' },
  consent: {
    categories: [
      { id: 'necessary', title: 'Strictly necessary', required: true, cookies: [{ name: 'session', purpose: 'Keeps you signed in', duration: 'Session' }] },
      {
        id: 'analytics',
        title: 'Analytics',
        description: 'How you use the site',
        services: [{ id: 'matomo', name: 'Matomo', description: 'Counts visits', cookies: [{ name: '_pk_id.*', purpose: 'Tells visits apart', duration: '13 months' }] }],
      },
    ],
    text: { acceptAll: 'Accept analytics cookies' },
  },
  ...extra,
});

const bilingual = () =>
  config({
    lang: 'en-GB',
    translations: {
      cy: {
        consent: {
          categories: { analytics: { title: 'Dadansoddi' } },
          services: { matomo: { description: 'Yn cyfrif ymweliadau' } },
          cookies: { '_pk_id.*': { duration: '13 mis' } },
          text: { rejectAll: 'Gwrthod' },
        },
      },
    },
  });

describe('choosing a language', () => {
  it('reads the nearest lang attribute', () => {
    expect(pageLanguage(inPage('cy-GB'))).toBe('cy-GB');
    expect(pageLanguage(inPage(null))).toBeUndefined();
  });

  it("keeps a single-language config in its own language whatever the page's", () => {
    expect(chooseLanguage(config({ lang: 'cy' }), inPage('en-GB'))).toBe('cy');
    expect(chooseLanguage(config(), inPage('cy'))).toBe('cy');
    expect(chooseLanguage(config(), inPage(null))).toBe('en-GB');
  });

  it("picks a translation by the page's (or the visitor's) primary language", () => {
    expect(configLanguages(bilingual(), inPage('en-GB'))).toEqual(['en-GB', 'cy']);
    expect(chooseLanguage(bilingual(), inPage('cy-GB'))).toBe('cy');
    expect(chooseLanguage(bilingual(), inPage('en-US'))).toBe('en-GB');
    expect(chooseLanguage(bilingual(), inPage('fr'))).toBe('en-GB');
    expect(chooseLanguage(bilingual(), inPage('en-GB'), 'cy')).toBe('cy');
  });

  it('names languages in themselves', () => {
    expect(languageName('cy-GB')).toBe('Cymraeg');
    expect(languageName('en-GB')).toBe('English');
    expect(primaryLanguage('CY_gb')).toBe('cy');
  });
});

describe('translating a config', () => {
  it("replaces the words a translation gives and keeps ids, names and the rest", () => {
    const original = bilingual();
    const cy = translateConfig(original, 'cy', inPage('cy'));
    const [necessary, analytics] = cy.consent!.categories;
    expect(cy.lang).toBe('cy');
    expect(necessary!.title).toBe('Strictly necessary');
    expect(analytics!.title).toBe('Dadansoddi');
    expect(analytics!.description).toBe('How you use the site');
    expect(analytics!.services![0]!.description).toBe('Yn cyfrif ymweliadau');
    expect(analytics!.services![0]!.cookies![0]).toEqual({ name: '_pk_id.*', purpose: 'Tells visits apart', duration: '13 mis' });
    // The config's own UI strings are in its own language: the translation's replace them.
    expect(cy.consent!.text).toEqual({ rejectAll: 'Gwrthod' });
    expect(original.consent!.categories[1]!.title).toBe('Analytics');
  });

  it('returns the config itself in its own language, and the same object for the same translation', () => {
    const original = bilingual();
    expect(translateConfig(original, 'en-GB', inPage('cy'))).toBe(original);
    expect(translateConfig(original, 'cy', inPage('cy'))).toBe(translateConfig(original, 'cy', inPage('cy')));
    expect(translateConfig(original, 'cy-GB', inPage('cy')).consent!.categories[1]!.title).toBe('Dadansoddi');
    expect(translateConfig(original, 'fr', inPage('fr'))).toBe(original);
    // Shown in Welsh, it still offers both languages.
    expect(configLanguages(translateConfig(original, 'cy', inPage('cy')), inPage('cy'))).toEqual(['en-GB', 'cy']);
  });
});

describe('Welsh lists, periods and dates', () => {
  afterEach(() => vi.restoreAllMocks());

  it('uses "ac" before a vowel and "a" before a consonant', () => {
    expect(welshList(['Dadansoddi', 'Fideos'])).toBe('Dadansoddi a Fideos');
    expect(welshList(['Fideos', 'Marchnata', 'Ymarferoldeb'])).toBe('Fideos, Marchnata, ac Ymarferoldeb');
    expect(welshList(['Ebost', 'Ffôn'])).toBe('Ebost a Ffôn');
    expect(formatList('cy', ['Dadansoddi'])).toBe('Dadansoddi');
    expect(formatList('en-GB', ['Analytics', 'Videos'])).toBe('Analytics and Videos');
  });

  it('gives the same results without Welsh locale data (as in Chromium)', () => {
    const withIntl = [welshList(['Dadansoddi', 'Ymarferoldeb']), welshList(['Fideos', 'Marchnata', 'Ebost']), ...[1, 2, 3, 5, 6, 8, 10].map((n) => welshPeriod(n, 'year')), welshPeriod(2, 'month'), welshPeriod(6, 'month'), welshDate(Date.UTC(2026, 0, 5))];
    vi.spyOn(Intl.ListFormat, 'supportedLocalesOf').mockReturnValue([]);
    vi.spyOn(Intl.NumberFormat, 'supportedLocalesOf').mockReturnValue([]);
    vi.spyOn(Intl.DateTimeFormat, 'supportedLocalesOf').mockReturnValue([]);
    const without = [welshList(['Dadansoddi', 'Ymarferoldeb']), welshList(['Fideos', 'Marchnata', 'Ebost']), ...[1, 2, 3, 5, 6, 8, 10].map((n) => welshPeriod(n, 'year')), welshPeriod(2, 'month'), welshPeriod(6, 'month'), welshDate(Date.UTC(2026, 0, 5))];
    expect(without).toEqual(withIntl);
    expect(without).toEqual(['Dadansoddi ac Ymarferoldeb', 'Fideos, Marchnata, ac Ebost', '1 flwyddyn', '2 flynedd', '3 blynedd', '5 mlynedd', '6 blynedd', '8 mlynedd', '10 mlynedd', '2 fis', '6 mis', '5 Ionawr 2026']);
  });
});

describe('formatList in British English', () => {
  it('joins as Intl.ListFormat does for en-GB, without constructing one (its first use loads ICU data)', () => {
    const intl = new Intl.ListFormat('en-GB', { type: 'conjunction' });
    const constructed = vi.spyOn(Intl, 'ListFormat');
    for (const items of [['a'], ['a', 'b'], ['a', 'b', 'c'], ['one', 'two', 'three', 'four']]) {
      expect(formatList('en-GB', items)).toBe(intl.format(items));
      expect(formatList('en', items)).toBe(intl.format(items));
    }
    expect(formatList('en-GB', [])).toBe('');
    expect(constructed).not.toHaveBeenCalled();
    constructed.mockRestore();
  });

  it('writes dates as Intl.DateTimeFormat does for en-GB, without constructing one', () => {
    const intl = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });
    const constructed = vi.spyOn(Intl, 'DateTimeFormat');
    for (const day of ['2026-01-01', '2026-10-01', '2024-02-29', '1999-12-31']) {
      const time = Date.parse(day);
      expect(formatDate('en-GB', time)).toBe(intl.format(time));
    }
    expect(constructed).not.toHaveBeenCalled();
    constructed.mockRestore();
  });
});
