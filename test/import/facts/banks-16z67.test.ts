/**
 * Classes from round sixteen's banks (controller-6, bases-5, transfers-4: passages keyed blind, most from public repositories and
 * archived copies of UK bodies' pages). Each test uses a real passage's shape and names its body.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../../../src/import/import-notice.js';

const load = (text: string) => importNotice('notice.txt', new TextEncoder().encode(text), { today: new Date('2026-12-07') });
const familyOf = async (family: string, text: string) => [...new Set((await load(text)).found.filter((f) => f.family === family).map((f) => f.value))];
const notice = (heading: string, passage: string) => `Privacy notice\n\nHow we use your data\n\nWe use your data to run the service.\n\n${heading}\n\n${passage}\n`;

describe('the controller', () => {
  it('takes the body in the address a sentence gives for the notice\'s own contact, after the role and the department (the RNLI, Cancer Research UK)', async () => {
    expect(await familyOf('controller', notice('Your rights', 'If you wish to exercise any of these rights please contact the Data Protection Officer in writing at RNLI, West Quay Road, Poole, BH15 1HZ or by emailing data_protection@rnli.org.uk.'))).toEqual(['RNLI']);
    expect(await familyOf('controller', notice('Privacy statement', 'If you have any queries about this privacy statement please contact the Data Protection Coordinator at the Legal Department, Cancer Research UK, Angel Building, 407 St John Street, London EC1V 4AD or email dataprotection@cancer.org.uk.'))).toEqual(['Cancer Research UK']);
  });

  it('never takes a body whose address a sentence gives for another purpose', async () => {
    expect(await familyOf('controller', notice('Other information', 'Write to DVLA, Longview Road, Swansea, SA6 7JL for a copy of your driving record.'))).toEqual([]);
  });

  it('reads "how the University of Leeds will collect and process your personal data", never a service of the body\'s ("how Electoral Services will use …")', async () => {
    expect(await familyOf('controller', notice('1. Purpose of this notice', 'This notice tells you how the University of Leeds will collect and process your personal data when you access this website.'))).toEqual(['University of Leeds']);
    expect(await familyOf('controller', notice('Purpose', 'This notice tells you how Electoral Services will use the information you give on your registration form.'))).toEqual([]);
  });
});

describe('lawful bases', () => {
  it('reads "It is necessary to meet legal / regulatory obligations" as legal obligation (Cramond Residence)', async () => {
    expect(await familyOf('art6', notice('Our lawful basis for using your information', 'It is necessary to meet legal / regulatory obligations.'))).toEqual(['c']);
  });

  it('reads "necessary for the performance and management of this contract" as contract (Tor Bay Harbour Authority)', async () => {
    expect(await familyOf('art6', notice('Why we need it?', 'We need to know this information about you in order to produce a contract once a facility has been offered to you, therefore the processing of your personal data is necessary for the performance and management of this contract.'))).toEqual(['b']);
  });

  it('reads "We have a statutory duty under the … Act 1976 … to ensure …" as legal obligation (Cheshire East Council\'s licensing)', async () => {
    expect(await familyOf('art6', notice('Why we are allowed to use your information', 'We have a statutory duty under the Local Government (Miscellaneous Provisions) Act 1976, Town Police Clauses Act 1847 (and associated regulations and amended legislation) to ensure that those we licence are fit and proper persons.'))).toEqual(['c']);
  });
});

describe('transfers', () => {
  it('reads "It may sometimes be necessary to transfer personal information overseas" as a transfer (the Legal Aid Agency)', async () => {
    const { config } = await load(notice('Details of transfers to third country and safeguards', 'It may sometimes be necessary to transfer personal information overseas. Any transfers made will be in full compliance with all aspects of the data protection law.'));
    expect(config.notice.transfers.outsideUk).toBe('yes');
  });

  it('reads Welsh "dramor" (abroad, mutated) as a transfer ("efallai y bydd angen trosglwyddo gwybodaeth bersonol dramor", the Office of the Public Guardian)', async () => {
    const { config } = await load('Hysbysiad preifatrwydd\n\nSut yr ydym yn storio data\n\nWeithiau, efallai y bydd angen trosglwyddo gwybodaeth bersonol dramor. Bydd unrhyw drosglwyddiadau a wneir yn cydymffurfio’n llwyr â phob agwedd o’r gyfraith diogelu data.\n');
    expect(config.notice.transfers.outsideUk).toBe('yes');
  });
});
