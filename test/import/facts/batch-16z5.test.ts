/**
 * Classes of miss found in the round of batches 16z5 to 16z8 (Scotland and Northern Ireland, Wales
 * in Welsh, English health and care, English and UK-wide bodies), and the controller read as the
 * name a notice uses the way it uses "we", which the corpus's last misses showed. Each test uses the
 * shape of a real passage (its address in the test's name); the rules are written for the class.
 */
import { describe, expect, it } from 'vitest';
import { importNotice, type ImportResult } from '../../../src/import/import-notice.js';

const enc = (s: string) => new TextEncoder().encode(s);
const load = (text: string, file = 'notice.txt'): Promise<ImportResult> => importNotice(file, enc(text), { today: new Date('2026-12-06') });
const factsOf = async (family: string, text: string, file?: string) => [...new Set((await load(text, file)).found.filter((f) => f.family === family).map((f) => f.value))].sort();

describe('the controller, as the name the notice uses for "we"', () => {
  it('proposes an acronym that is the subject of what the organisation does, twice (https://cpincidents.hscni.net/privacy-policy)', async () => {
    expect(await factsOf('controller', 'Privacy Policy\n\nBSO respects the security and privacy concerns of users of this and all its websites. BSO is notified under the UK General Data Protection Regulation (UK GDPR) and the Data Protection Act 2018 and we confirm that we will comply with the UK GDPR and the Data Protection Act in all our dealings with your personal data.\n')).toEqual(['BSO']);
  });

  it('proposes a Welsh name after the verb ("Gall Rhentu Doeth Cymru brosesu …", "Mae Rhentu Doeth Cymru hefyd yn derbyn …") (https://rhentudoeth.llyw.cymru/cym/privacy-policy)', async () => {
    expect(await factsOf('controller', 'Polisi preifatrwydd\n\nMae Rhentu Doeth Cymru hefyd yn derbyn gwybodaeth gan ffynonellau eraill fel aelodau\'r cyhoedd.\n\nGall Rhentu Doeth Cymru brosesu data personol i gyflawni ei rwymedigaethau dan Ddeddf Tai (Cymru) 2014.\n', 'polisi.txt')).toEqual(['Rhentu Doeth Cymru']);
  });

  it('proposes an acronym the subject once and named twice more (https://www.scottishhousingregulator.gov.uk/about-us/privacy-statement)', async () => {
    expect(await factsOf('controller', 'Privacy Statement\n\nSHR is committed to protecting your privacy in line with the requirements of the General Data Protection Regulation (GDPR).\n\nThe personal data we process is held on servers hosted within the EU and processed by SHR staff or contracted third parties acting on behalf of SHR.\n')).toEqual(['SHR']);
  });

  it('proposes no law, regulator, product or kind of body that is the subject, however often', async () => {
    expect(await factsOf('controller', 'Privacy notice\n\nUK GDPR is the law. GDPR gives you rights. The ICO is the regulator. The ICO has powers. Google Analytics uses cookies. Google Analytics stores data. The Council may share data. The Council will keep it.\n')).toEqual([]);
  });
});

describe('the controller, stated', () => {
  it('reads the name before its address in "X, building, street, town, postcode is a Data Controller" (https://www.bassetlaw.gov.uk/about-us/data-protection/departmental-privacy-notices/museum-privacy-notice/)', async () => {
    expect(await factsOf('controller', 'Privacy notice\n\nUnder the General Data Protection Regulation 2016 (GDPR) and Data Protection Act 2018 (DPA) Bassetlaw District Council, Queen’s Building, Potter Street, Worksop, Notts, S80 2AH is a Data Controller for the information it holds about you.\n')).toEqual(['Bassetlaw District Council']);
  });
});
