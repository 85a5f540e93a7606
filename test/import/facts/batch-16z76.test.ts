/**
 * Fact classes from round twenty-one's corpus half (batch 16z76, keyed blind). Each test uses a real notice's shape and names
 * its body, with a shape the rule must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../../../src/import/import-notice.js';
import { factsOf } from '../support/facts-score.js';

const load = (text: string) => importNotice('notice.txt', new TextEncoder().encode(text), { today: new Date('2026-12-07') });
const notice = (heading: string, passage: string) => `Privacy notice\n\nHow we use your data\n\nWe use your data to run the service.\n\n${heading}\n\n${passage}\n`;
const facts = async (text: string) => factsOf(await load(text));

describe('batch 16z76: rights', () => {
  it('reads the ICO\'s plain words "get and reuse your data for different services" (DfE\'s Apply for teacher training) as portability', async () => {
    const list = 'This includes the right to:\n\n- access personal data\n- get and reuse your data for different services\n- object to how your data is processed in certain circumstances\n';
    expect((await facts(notice('Your rights', list))).rights.sort()).toEqual(['access', 'object', 'portability']);
    // (Reusing data for the organisation's own purposes is no right.)
    expect((await facts(notice('Your rights', 'You have the right to access your data. We may reuse your data to improve our services.'))).rights).toEqual(['access']);
  });

  it('reads profiling among the uses "we" make of the data (Isabel Hospice\'s summary) as no right about automated decisions', async () => {
    const list = 'It’s important that you read the full notice to understand what your rights are.\n\n- We collect information to provide services or goods, to fundraise, for administration, research, profiling, analysis, and for the prevention of crime.\n- You have the right to ask for a copy of your information.\n';
    expect((await facts(notice('The policy in brief', list))).rights).toEqual(['access']);
    expect((await facts(notice('Your rights', 'You have the right not to be subject to a decision based on profiling.'))).rights).toEqual(['automated-decisions']);
  });
});

describe('batch 16z76: lawful bases', () => {
  it('reads "We only share information when necessary to meet the statutory requirements of …" (NatureScot) as a disclosure\'s condition, no Article 6(1)(c)', async () => {
    const passage = 'The legal basis for processing is the performance of a task carried out in the public interest. We only share information when necessary to meet the statutory requirements of the Environmental Information (Scotland) Regulations 2004 and Freedom of Information Act 2000.';
    expect((await facts(notice('Why we process your data', passage))).art6).toEqual(['e']);
    expect((await facts(notice('Why we process your data', 'We process your data when necessary to meet our statutory obligations under the Housing Act.'))).art6).toEqual(['c']);
  });
});

describe('batch 16z78: a heading with no wording of its own heads the labels under it', () => {
  it('reads the bases listed under "Lawful bases for processing" / "Personal Data" (a dental practice) as the bases relied on', async () => {
    const text = 'Privacy notice\n\nWhat we collect\n\nWe hold your dental records.\n\nLawful bases for processing\n\nPersonal Data\n\n  • Legitimate interests\n\n  • Performance of a contract\n\n  • Consent\n\n  • Legal obligations\n\nHow long we keep it\n\nWe keep records for 11 years.\n';
    expect((await facts(text)).art6.sort()).toEqual(['a', 'b', 'c', 'f']);
    // (The same labels under a heading that is about something else give no basis.)
    const other = 'Privacy notice\n\nWhat we collect\n\nWe hold your dental records.\n\nOur values\n\nPersonal Data\n\n  • Legitimate interests\n\n  • Consent\n\nHow long we keep it\n\nWe keep records for 11 years.\n';
    expect((await facts(other)).art6).toEqual([]);
  });
});

describe('batch 16z78: cookie names set in bold, a line each', () => {
  const names = async (html: string) => factsOf(await importNotice('cookies.html', new TextEncoder().encode(html), { today: new Date('2026-12-07') })).cookies.sort();

  it('reads "<b>JBJCR3</b> - used to identify …" / "<b>username &amp; rand</b> - if you select \'remember me\' …" (a college common room\'s PHP page) as cookies, plain words too', async () => {
    const html = '<h1>Cookies</h1><h3>Session Cookies</h3><p>Session cookies allow choices and logins to be remembered:<br/><b>JBJCR3</b> - used to identify your browsing session.<br/><b>username &amp; rand</b> - if you select \'remember me\', these cookies will store your username and a random identifier.</p>';
    expect(await names(html)).toEqual(['JBJCR3', 'rand', 'username']);
  });

  it('reads no cookie from one bold term before a dash, or bold words on a page that is not about cookies', async () => {
    expect(await names('<h1>Cookies</h1><h3>Session Cookies</h3><p><b>Note</b> - we review this page every year.</p>')).toEqual([]);
    expect(await names('<h1>Privacy notice</h1><h3>Your rights</h3><p><b>Access</b> - you can ask for a copy.<br/><b>Erasure</b> - you can ask us to delete it.</p>')).toEqual([]);
  });
});
