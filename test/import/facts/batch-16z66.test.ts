/**
 * Classes from round sixteen's corpus half (batch 16z66: English, Scottish and Northern Irish text copies, and originals from
 * repositories, keyed blind). Each test uses the shape of a real notice and names it.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../../../src/import/import-notice.js';

const load = (text: string, name = 'notice.txt') => importNotice(name, new TextEncoder().encode(text), { today: new Date('2026-12-07') });
const familyOf = async (family: string, text: string, name?: string) => [...new Set((await load(text, name)).found.filter((f) => f.family === family).map((f) => f.value))];

describe('transfers', () => {
  it('reads "Your information will not be shared overseas" as no transfer, never as one (an NHS trust\'s staff vaccination notice)', async () => {
    const text = 'Staff immunisation privacy policy\n\nIs the information shared?\n\nThis information will be aggregated and shared with NHSE.\n\nIs the information transferred overseas?\n\nYour information will not be shared overseas.\n';
    const { config } = await load(text);
    expect(config.notice.transfers.outsideUk).toBe('no');
  });
});

describe('the controller', () => {
  it('never proposes a body that sets the organisation\'s targets ("… our national objective set by NHSE and the UK Health Security Agency")', async () => {
    const text = 'Staff immunisation privacy policy\n\nWhy are we collecting it?\n\nThe purpose of collecting this information is to review the trusts vaccine compliance in line with our national objective set by NHSE and the UK Health Security Agency (UKHSA).\n\nHow long will we hold the information?\n\nAs a Trust we will hold this information in line with healthcare data retentions.\n';
    expect(await familyOf('controller', text)).toEqual([]);
  });

  it('reads who "us" are from the brackets after the word, before a title\'s service name ("… will be processed by us (East Renfrewshire Council, Eastwood Park, Giffnock, G46 6UG)")', async () => {
    const text = 'Health and Social Care Partnership - privacy notice\n\nRead the privacy notice for the Health and Social Care Partnership (HSCP).\n\nSocial work information\n\nThe personal information you give to us through any of our forms relating to adult and child social work services will be processed by us (East Renfrewshire Council, Eastwood Park, Giffnock, G46 6UG) for the purposes of our statutory functions.\n';
    expect(await familyOf('controller', text)).toEqual(['East Renfrewshire Council']);
  });
});

describe('lawful bases and conditions', () => {
  it('reads "necessary to do so for the performance of the contract" as the contract basis (a university library\'s notice for members of the public)', async () => {
    const text = 'Library membership privacy notice\n\nHow we use your data\n\nThe personal data outlined above will be used for the following purposes because it is necessary to do so for the performance of the contract:\n\n- to issue your library card\n- to manage your loans\n';
    expect(await familyOf('art6', text)).toEqual(['b']);
  });

  it('reads "necessary for us to carry out our statutory obligations/public tasks" as legal obligation and public task (Fife HSCP)', async () => {
    const text = 'Privacy notice\n\nWhy we hold your information\n\nWe hold and process the information you have given us on the basis that it is necessary for us to carry out our statutory obligations/public tasks.\n';
    expect((await familyOf('art6', text)).sort()).toEqual(['c', 'e']);
  });

  it('reads no basis from a right\'s condition ("Note that this right only applies to automated information which you initially provided consent for us to use or where we have used the information to perform a contract with you", Belfast Masonic Charity Fund)', async () => {
    const text = 'Privacy Policy\n\nYour Legal Rights\n\nRequest the transfer of your personal data to you or to a third party. Note that this right only applies to automated information which you initially provided consent for us to use or where we have used the information to perform a contract with you.\n';
    expect(await familyOf('art6', text)).toEqual([]);
  });

  it('reads no Article 9 condition from a list of the data held or of who receives it, that uses a condition\'s words for what the data is (a GP practice, an HSCP)', async () => {
    const data = 'Privacy notice\n\nWhat information do we collect about you?\n\n- Details about you: address, next of kin\n- Details about your medical care: medical diagnosis, record of treatment received, referrals\n\nWho we share with\n\nOther organisations include:\n\n- other councils\n- other private companies or entities involved in the provision of social care services\n';
    expect(await familyOf('art9', data)).toEqual([]);
  });

  it('still reads the condition a sentence in the same section says is the basis for sensitive data ("our legal basis is usually … substantial public interest", Argyll and Bute)', async () => {
    const text = 'Privacy statement\n\nWhat information we collect\n\nThe personal data we require includes special category information about you.\n\nWhen we are using this more sensitive type of personal information, our legal basis is usually that we require the information for reasons of substantial public interest.\n';
    expect(await familyOf('art9', text)).toEqual(['g']);
  });
});

describe('rights', () => {
  it('reads the law firms\' template\'s imperatives in a rights section ("Request correction …", "Request restriction …", "Request the transfer of your personal data to you …"), and its "automated information" as no right about automated decisions (Belfast Masonic Charity Fund)', async () => {
    const text = 'Privacy Policy\n\nYour Legal Rights\n\nRequest correction of the personal data that we hold about you. This enables you to have any incomplete or inaccurate data we hold about you corrected.\n\nRequest restriction of processing of your personal data. This enables you to ask us to suspend the processing of your personal data.\n\nRequest the transfer of your personal data to you or to a third party. Note that this right only applies to automated information which you initially provided consent for us to use.\n';
    const rights = await familyOf('rights', text);
    expect(rights).toEqual(expect.arrayContaining(['rectification', 'restriction', 'portability']));
    expect(rights).not.toContain('automated-decisions');
  });

  it('reads a long sentence that lists the rights with semicolons a part at a time, outside a section about rights (the University of Sheffield)', async () => {
    const text = 'Privacy notice\n\nMore information\n\nThe UK GDPR provides you, as a data subject, with a number of rights in relation to your personal data. You have the right to withdraw your consent where that is the legal basis of our processing; the right to have inaccuracies in the personal data that we hold about you rectified; the right to erasure; the right to request that the processing of your personal data be restricted; the right to object to certain processing activities; and the right to complain to the Information Commissioner\'s Office about the way we process your personal data and the way we handle it.\n';
    expect(await familyOf('rights', text)).toEqual(expect.arrayContaining(['withdraw-consent', 'rectification', 'erasure', 'restriction', 'object']));
  });
});

describe('cookie names in a page template', () => {
  it('reads a GOV.UK summary list, a <div> round each name and value, as the cookie it describes', async () => {
    const row = (k: string, v: string) => `<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">${k}</dt><dd class="govuk-summary-list__value">${v}</dd></div>`;
    const html = `<h1>Cookies</h1><h2>Essential cookies</h2><dl class="govuk-summary-list">${row('Name', 'session_id')}${row('Purpose', 'Keeps you signed in')}${row('Expires', 'When you close your browser')}</dl><h2>Analytics cookies</h2><dl class="govuk-summary-list">${row('Name', '_ga')}${row('Purpose', 'Distinguishes users')}${row('Expires', '2 years')}</dl>`;
    expect(await familyOf('cookies', html, 'cookies.html')).toEqual(['session_id', '_ga']);
  });

  it('reads no name from a cell that is only the template\'s placeholder ("{{ cookieName }}"), and keeps a name the placeholder completes ("_ga_{{ measurementId }}")', async () => {
    const html = `<h1>Cookies</h1><table class="govuk-table"><thead><tr><th>Name</th><th>Purpose</th><th>Expires</th></tr></thead><tbody><tr><td>_ga_{{ measurementId }}</td><td>Used by Google Analytics</td><td>2 years</td></tr><tr><td>{{ cookieName }}</td><td>Saves consent</td><td>1 year</td></tr></tbody></table>`;
    expect(await familyOf('cookies', html, 'cookies.html')).toEqual(['_ga_[measurementId]']);
  });
});
