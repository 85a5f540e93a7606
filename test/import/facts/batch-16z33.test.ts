/**
 * Fact classes from blind batch 16z33's misses (test/fixtures/import-corpus/, "batch": "16z33": councils'
 * and universities' pages as their GitHub repositories hold them). Each test uses the shape of the real
 * passage and its source.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../../../src/import/import-notice.js';

const enc = (s: string) => new TextEncoder().encode(s);
const familyOf = async (family: string, text: string, name = 'notice.txt') => [...new Set((await importNotice(name, enc(text), { today: new Date('2026-12-06') })).found.filter((f) => f.family === family).map((f) => f.value))];

describe('lawful bases', () => {
  it('reads "The lawful basis … is public interest" as the public task, and Article 9\'s "substantial public interest" not so (https://github.com/benmeg/rrcf data-policy.php)', async () => {
    expect(await familyOf('art6', 'Data policy\n\nHow we use your data\n\nThe lawful basis for the processing of the data you provide is public interest.\n')).toEqual(['e']);
    expect(await familyOf('art6', 'Privacy policy\n\nHow we use your data\n\nThe lawful basis for processing is substantial public interest.\n')).toEqual([]);
  });

  it('reads "you are making a contract with us" as the contract basis (https://github.com/suffolklibraries/sljekyll full-privacy-notice)', async () => {
    expect(await familyOf('art6', 'Full privacy notice\n\nWhy we need your information\n\nWe need to know who you are as you are making a contract with us to provide library services.\n')).toEqual(['b']);
  });
});

describe('retention', () => {
  it('reads keeping until the person deletes their account, for the purposes it was collected for, and "for more than 30 days" (CLOSER, Broomhill Community Council, Southampton\'s EWAC)', async () => {
    expect(await familyOf('retention', 'Privacy policy\n\nHow we store your personal information\n\nWe will dispose of your information once you delete your Discovery user account.\n')).toEqual(['criteria']);
    expect(await familyOf('retention', 'Privacy policy\n\nRetention\n\nWe will normally keep your personal information for the purposes it was collated for.\n')).toEqual(['criteria']);
    expect(await familyOf('retention', 'Privacy\n\nHosting\n\nNetlify does not store IP address for more than 30 days as stated in its policy.\n')).toEqual(['criteria']);
    // A cookie that goes when the browser closes keeps no personal data for a time.
    expect(await familyOf('retention', 'Cookies\n\nSession cookies\n\nThey are deleted when you close your web browser.\n')).toEqual([]);
  });
});

describe('transfers', () => {
  it('reads Welsh "efallai y bydd angen inni anfon … tu allan i\'r DU" (without "y" before "tu allan", https://github.com/hmcts/idam-web-public privacypolicy_cy.jsp)', async () => {
    expect(await familyOf('transfers', "Polisi preifatrwydd\n\nAnfon data dramor\n\nWeithiau efallai y bydd angen inni anfon eich gwybodaeth bersonol tu allan i'r DU. Pan fyddwn yn gwneud hyn, byddwn yn cydymffurfio â chyfraith diogelu data.\n")).toEqual(['yes']);
  });
});

describe('rights', () => {
  it('reads each right\'s label in an item that runs on into the next one ("… here. Your right to restriction of processing – …", https://github.com/friendsofcoldenclough/friendsofcoldenclough.github.io pages/privacy.md)', async () => {
    const md = '# Privacy\n\n## Your rights\n\n* **Your right to erasure** – You have the right to ask us to delete your personal information. You can read more about this right here.\nYour right to restriction of processing – You have the right to ask us to limit how we can use your personal information. [You can read more about your right to erasure here](https://ico.org.uk/).\n';
    expect((await familyOf('rights', md, 'privacy.md')).sort()).toEqual(['erasure', 'restriction']);
  });
});
