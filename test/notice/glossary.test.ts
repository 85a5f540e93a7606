import { describe, expect, it } from 'vitest';
import { noticeEnGB } from '../../src/i18n/en-GB/notice.js';
import { BUILT_IN_TERM_IDS } from '../../src/config/notice-model.js';
import { resolveGlossary } from '../../src/notice/glossary.js';
import { plainText } from '../../src/config/rich-text.js';

describe('the built-in glossary', () => {
  it('covers the common UK data-protection terms a notice uses', () => {
    for (const id of [
      'data-controller', 'data-processor', 'personal-data', 'special-category-data', 'criminal-offence-data', 'lawful-basis',
      'legitimate-interests', 'public-task', 'legal-obligation', 'vital-interests', 'consent', 'explicit-consent',
      'subject-access-request', 'caldicott-guardian', 'siro', 'dpo', 'ico', 'uk-gdpr', 'dpa-2018',
      'common-law-duty-of-confidentiality', 'national-data-opt-out', 'profiling', 'automated-decision-making',
      'data-portability', 'pseudonymised-data', 'anonymised-data',
    ]) {
      expect(BUILT_IN_TERM_IDS).toContain(id);
    }
  });

  it('defines every built-in term in plain English, in sentences of at most 40 words', () => {
    for (const id of BUILT_IN_TERM_IDS) {
      const { term, definition } = noticeEnGB.glossary[id];
      expect(term, id).not.toBe('');
      const text = plainText(definition);
      expect(text, id).toMatch(/\.$/);
      for (const sentence of text.split(/(?<=\.)\s+/)) expect(sentence.split(/\s+/).length, `${id}: ${sentence}`).toBeLessThanOrEqual(40);
    }
  });

  it('lets a notice add terms and replace a built-in one by id', () => {
    const glossary = resolveGlossary(
      { glossary: [{ id: 'dpo', term: 'Data Protection Lead', definition: 'Our own words.' }, { id: 'stars', term: 'STARS', definition: 'Our service.' }] },
      noticeEnGB.glossary,
    );
    expect(glossary.get('dpo')).toEqual({ id: 'dpo', term: 'Data Protection Lead', definition: 'Our own words.' });
    expect(glossary.get('stars')?.term).toBe('STARS');
    expect(glossary.get('caldicott-guardian')).toMatchObject({ id: 'caldicott-guardian', term: 'Caldicott Guardian', from: 'library' });
  });
});
