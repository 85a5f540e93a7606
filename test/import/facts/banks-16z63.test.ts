/**
 * Classes from round fourteen's near-misses-3 bank (test/fixtures/import-phrasings/near-misses-3.json), read after its blind
 * figures were recorded. Each test uses the shape of a real passage and names its source; a guard's test shows the wording it
 * must still read.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../../../src/import/import-notice.js';

const load = (text: string) => importNotice('notice.txt', new TextEncoder().encode(text), { today: new Date('2026-12-07') });
const familyOf = async (family: string, text: string) => [...new Set((await load(text)).found.filter((f) => f.family === family).map((f) => f.value))];
const notice = (heading: string, text: string, title = 'Privacy notice') => `${title}\n\nHow we use your data\n\nWe use your data to run the service.\n\n${heading}\n\n${text}\n`;

describe('near misses', () => {
  it('reads no transfer from a checklist\'s question (Cotton Parish Council\'s DPIA screening), and still reads a statement', async () => {
    expect(await familyOf('transfers', notice('Do you need to carry out a DPIA?', '  • Will personal data about individuals be disclosed to organisations or people who have not previously had routine access to the personal data?\n  • Will personal data be transferred outside the EEA?\n  • Is personal data about individuals to be used for a purpose it is not currently used for?'))).toEqual([]);
    expect(await familyOf('transfers', notice('Transfers', 'Personal data may be transferred outside the EEA where our suppliers host it.'))).toEqual(['yes']);
  });

  it('reads no lawful basis from the six bases listed by their bare names (Cranbrook Education Campus)', async () => {
    expect(await familyOf('art6', notice('Lawful Basis for Processing', 'The Trust must have a lawful basis for processing personal information, which are:\n\n  • Consent\n  • Contract\n  • Legal obligation\n  • Vital interests\n  • Public task\n  • Legitimate interest'))).toEqual([]);
  });

  it('reads no right from "Your rights to access, change or move your information are limited" (the Health Research Authority\'s template)', async () => {
    expect(await familyOf('rights', notice('Your rights', 'Your rights to access, change or move your information are limited as we need to manage your information in specific ways in order for the research to be reliable and accurate.'))).toEqual([]);
  });
});

describe('facts the bank\'s passages state', () => {
  it('reads "X collects, uses and is responsible for certain personal information" (the ICO\'s template; Dudley MBC)', async () => {
    expect(await familyOf('controller', notice('About us', 'Dudley MBC (DMBC) collects, uses and is responsible for certain personal information. When we do so we are regulated under the General Data Protection Regulation.'))).toEqual(['Dudley MBC']);
  });

  it('reads "move your data" as portability (NHS Kent and Medway)', async () => {
    expect(await familyOf('rights', notice('Your rights', '  • you have the right to know how your data is used\n  • you can ask to see, correct, or move your data.'))).toContain('portability');
  });

  it('reads Welsh "ei ddal am hyd rhaglen … yn unig" (held for the duration of the programme only) as retention (ERAMMP)', async () => {
    expect(await familyOf('retention', notice('Datganiad Preifatrwydd Arolwg Maes UKCEH', 'Caiff eich data personol ei ddal am hyd rhaglen ERAMMP yn unig, ac wedi hynny, bydd UKCEH yn dileu eich data personol o systemau UKCEH.', 'Datganiad preifatrwydd'))).toEqual(['criteria']);
  });

  it('reads no retention from a definition of a retention schedule (Powys County Council)', async () => {
    expect(await familyOf('retention', notice('Retention and destruction of records', 'A retention schedule is a list of records that need to be retained by the Council. The Retention Schedule shows the title of each record.'))).toEqual([]);
  });
});
