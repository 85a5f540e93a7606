/**
 * Facts in the plain phrasings notices commonly use, written from how UK notices state each fact (the
 * ICO's guidance, the GOV.UK and NHS templates, Welsh public bodies' wording), not from one notice:
 * each line is a sentence any notice might carry, under a neutral heading, and the test says what the
 * importer must read from it. A probe of the reader's coverage by class, so a phrasing missing from
 * the corpus is still read.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../../../src/import/import-notice.js';

const enc = (s: string) => new TextEncoder().encode(s);
/** The values of one family read from a sentence placed in a small notice under a neutral heading. */
async function read(family: string, sentence: string, heading = 'Storage'): Promise<string[]> {
  const text = `Privacy notice\n\nHow we use your data\n\nWe use your data to run the service.\n\n${heading}\n\n${sentence}\n`;
  const r = await importNotice('notice.txt', enc(text), { today: new Date('2026-12-06') });
  return [...new Set(r.found.filter((f) => f.family === family).map((f) => f.value))].sort();
}

describe('transfers outside the UK', () => {
  const cases: [string, string][] = [
    ['Your data is stored and processed in the UK.', 'no'],
    ['Your information is held on secure servers in the UK.', 'no'],
    ['Your data will be processed within the UK only.', 'no'],
    ['All data is held within the United Kingdom.', 'no'],
    ['Your personal data will not leave the UK.', 'no'],
    ['None of your data is transferred outside the UK.', 'no'],
    ['We do not send your information outside of the United Kingdom.', 'no'],
    ['We don’t transfer your personal data overseas.', 'no'],
    ['Personal data is not processed outside the UK.', 'no'],
    ['Transfers outside the UK: No', 'no'],
    ['Is my data transferred abroad? No.', 'no'],
    ['Nid yw eich gwybodaeth yn cael ei throsglwyddo y tu allan i’r DU.', 'no'],
    ['Ni chaiff eich data ei drosglwyddo y tu allan i’r Deyrnas Unedig.', 'no'],
    ['Bydd eich data yn cael ei gadw yn y DU.', 'no'],
    ['Rydym yn storio eich data ar weinyddion yn y DU.', 'no'],
    ['We use Mailchimp, which stores data in the United States.', 'yes'],
    ['Some of our service providers may process your data outside the UK and EEA.', 'yes'],
    ['We will only transfer your data outside the UK where adequate safeguards are in place.', 'yes'],
    ['Your information may be transferred to, and stored at, a destination outside the UK.', 'yes'],
  ];
  for (const [sentence, value] of cases) it(`reads "${sentence}" as ${value}`, async () => expect(await read('transfers', sentence)).toEqual([value]));

  it('reads nothing from the law\'s scope ("… personal data held … by organisations within the United Kingdom")', async () => {
    expect(await read('transfers', 'GDPR and the DPA18 covers personal data held manually and electronically by organisations within the United Kingdom.')).toEqual([]);
  });
});
