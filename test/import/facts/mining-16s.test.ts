/**
 * Fact classes found this session (issue 16) by reading what the importer proposes for the mined
 * texts (test/fixtures/import-mining/, real notices with no key) and by the phrasing banks
 * (test/fixtures/import-phrasings/). Each test uses the shape of the real passage and its address.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../../../src/import/import-notice.js';

const enc = (s: string) => new TextEncoder().encode(s);
const familyOf = async (family: string, text: string) => [...new Set((await importNotice('notice.txt', enc(text), { today: new Date('2026-12-06') })).found.filter((f) => f.family === family).map((f) => f.value))];

describe('the controller', () => {
  it('proposes no product or system named like a body ("stored in the Abavus My Council Services system", https://caerphilly.gov.uk/my-council/data-protection-and-freedom-of-information/privacy-notices/early-years?lang=en-GB)', async () => {
    expect(await familyOf('controller', 'Privacy notice\n\nHow we will use your information\n\nTraining request information will be collected through an online form and stored in the Abavus My Council Services system.\n')).toEqual([]);
    // The body that runs the system is still proposed.
    expect(await familyOf('controller', 'Privacy notice\n\nHow we will use your information\n\nLeeds City Council stores your request in its case management system.\n')).toEqual(['Leeds City Council']);
  });
});
