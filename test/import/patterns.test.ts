import { describe, expect, it } from 'vitest';
import { findDetails, hostOf, IdPool, isPersonName, POSTCODE, slug } from '../../src/import/patterns.js';
import { topicOf } from '../../src/import/topics.js';

const kinds = (text: string) => findDetails(text).map((f) => `${f.kind}:${f.text}`);

describe('contact details in running text', () => {
  it('finds emails without the sentence full stop', () => {
    expect(kinds('Write to dpo@leeds.gov.uk.')).toEqual(['email:dpo@leeds.gov.uk']);
  });

  it('finds UK phone numbers as written, with a digits-only value for tel:', () => {
    const found = findDetails('Call 0303 123 1113, 01325 731 160 or +44 (0)20 7946 0958 today');
    expect(found.map((f) => f.text)).toEqual(['0303 123 1113', '01325 731 160', '+44 (0)20 7946 0958']);
    expect(found[2]!.value).toBe('02079460958');
  });

  it('does not read dates, years or reference numbers as phone numbers', () => {
    expect(kinds('On 01/02/2020 under the Act 2018, ref 123456')).toEqual([]);
  });

  it('finds web addresses with and without a scheme, trims punctuation, and makes them https', () => {
    const found = findDetails('See www.ico.org.uk/concerns/. Or (https://example.nhs.uk/privacy) and leeds.gov.uk/privacy');
    expect(found.map((f) => [f.text, f.value])).toEqual([
      ['www.ico.org.uk/concerns/', 'https://www.ico.org.uk/concerns/'],
      ['https://example.nhs.uk/privacy', 'https://example.nhs.uk/privacy'],
      ['leeds.gov.uk/privacy', 'https://leeds.gov.uk/privacy'],
    ]);
  });

  it('does not read the domain of an email address as a web address', () => {
    expect(kinds('Email info@example.org.uk')).toEqual(['email:info@example.org.uk']);
  });

  it('recognises postcodes', () => {
    for (const code of ['DH6 5PF', 'SK9 5AF', 'CO4 9YQ', 'EC1A 1BB', 'M1 1AE']) expect(POSTCODE.test(`Leeds ${code}`)).toBe(true);
    expect(POSTCODE.test('Section 2018')).toBe(false);
  });

  it('tells a person from an organisation or a role', () => {
    expect(isPersonName('Tori Jones')).toBe(true);
    expect(isPersonName('Dr Ann Smith')).toBe(true);
    expect(isPersonName("Jayne O'Hiley")).toBe(true);
    expect(isPersonName('Essex Police')).toBe(false);
    expect(isPersonName('Information Governance')).toBe(false);
    expect(isPersonName('the service')).toBe(false);
  });

  it('reads the host of an address', () => {
    expect(hostOf('https://www.ico.uk/x')).toBe('ico.uk');
    expect(hostOf('www.essex.gov.uk')).toBe('essex.gov.uk');
  });
});

describe('ids', () => {
  it('slugs headings and keeps ids unique', () => {
    expect(slug("Who We Share Your Data With (also known as 'Third Parties')")).toBe('who-we-share-your-data-with');
    expect(slug('Eich hawliau – ŵyr a chyfrinachedd')).toBe('eich-hawliau-wyr-a-chyfrinachedd');
    expect(slug('…')).toBe('section');
    const pool = new IdPool(['ico']);
    expect([pool.take('rights'), pool.take('rights'), pool.take('rights'), pool.take('ico')]).toEqual(['rights', 'rights-2', 'rights-3', 'ico-2']);
  });
});

describe('section topics from heading words', () => {
  it.each([
    ['How long do we keep your records?', 'retention'],
    ['Keeping your information safe', 'security'],
    ['Who do we share your information with?', 'sharing'],
    ['Our lawful basis for using your information', 'lawful-basis'],
    ['Your rights', 'rights'],
    ['How to complain', 'complaints'],
    ['Raising a concern', 'complaints'],
    ['National data opt-out', 'ndoo'],
    ['Cookies on our website', 'cookies'],
    ['Children under 13', 'children'],
    ['Transfers outside the UK', 'transfers'],
    ['Data processors we use', 'processors'],
    ['Contact us', 'contacts'],
    ['What information do we collect?', 'data'],
    ['What we collect', 'data'],
    ['How we collect your information', 'sources'],
    ['Why we use your information', 'purposes'],
    ['Changes to this notice', 'changes'],
    ['Privacy Notice – GP Practice', 'about'],
    ['Tea and biscuits', 'other'],
  ])('%s → %s', (heading, topic) => {
    expect(topicOf(heading)).toBe(topic);
  });
});
