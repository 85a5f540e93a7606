/**
 * Classes of miss found by mining 42 unlabelled notices (test/fixtures/import-mining/m1/, issue
 * 16): each test uses a real sentence from one of them, with its source in a comment. The rules
 * they exercise are general (no organisation's name in any rule); the sentences show the class.
 */
import { describe, expect, it } from 'vitest';
import { importNotice, type ImportResult } from '../../../src/import/import-notice.js';

const enc = (s: string) => new TextEncoder().encode(s);
const load = (text: string): Promise<ImportResult> => importNotice('notice.txt', enc(text), { today: new Date('2026-12-06') });
const notice = (body: string) => `Privacy notice\n\n${body}`;
const controllerOf = async (body: string) => (await load(notice(body))).config.organisation.name;

describe('the controller (mined classes)', () => {
  it('reads "As a data controller X …", the English form of Welsh "Fel Rheolydd Data, mae X"', async () => {
    // https://www.derby.ac.uk/its/datagov/privacy-notices/
    expect(await controllerOf('Why we process your data\n\nAs a data controller the University of Derby can process your personal data under the Data Protection Act 1998 and subsequent enactments.\n')).toBe('University of Derby');
  });

  it('drops a leading "At" from a proposed name', async () => {
    // https://www.macmillan.org.uk/terms-and-conditions/privacy-policy.html
    expect(await controllerOf('At Macmillan Cancer Support we are committed to protecting your personal information and being transparent about what we do with it.\n')).toBe('Macmillan Cancer Support');
  });

  it('keeps the words after an acronym in brackets that sits inside the name', async () => {
    // https://www.uhdb.nhs.uk/information-governance
    const body = 'University Hospitals of Derby and Burton (UHDB) NHS Foundation Trust recognises the importance of protecting personal and confidential information.\n\nData controller\n\nUHDB is the data controller responsible for your personal data.\n';
    expect(await controllerOf(body)).toBe('University Hospitals of Derby and Burton NHS Foundation Trust');
  });

  it('proposes the body a notice is "from", and the one its "we" is defined as', async () => {
    // https://www.liofa.eu/privacy-policy?mini=2019-10
    expect(await controllerOf('This Privacy Notice from the Department for Communities (DfC) tells our customers and service users how we process your personal data.\n')).toBe('Department for Communities');
    expect(await controllerOf('Who we are\n\nThroughout this document, “we”, “us”, “our” and “ours” refer to the Department for Communities (DfC).\n')).toBe('Department for Communities');
  });

  it('proposes English names that start with the organisation word, and a "for X and Y" name whole', async () => {
    // http://www.gov.uk/government/organisations/department-for-levelling-up-housing-and-communities/about/personal-information-charter
    expect(await controllerOf('The Department for Levelling Up, Housing and Communities (DLUHC) sometimes needs to process personal information about you so that we can provide services for you.\n')).toBe('Department for Levelling Up, Housing and Communities');
    // https://www.gov.uk/government/organisations/charity-commission/about/personal-information-charter
    expect(await controllerOf('We process personal data in order to carry out our function as the independent regulator of Charities for England and Wales.\n\nFind out more about the Charity Commission for England and Wales.\n')).toBe('Charity Commission for England and Wales');
  });

  it('never proposes a partner the organisation works alongside', async () => {
    // https://www.cambridgeshire.gov.uk/council/data-protection-and-foi/information-and-data-sharing/privacy-notice
    expect(await controllerOf('Much of what we do is a result of legislation set nationally that requires us to provide various public services in Cambridgeshire alongside Peterborough City Council and other public organisations.\n')).toBe('Organisation name not found');
  });
});
