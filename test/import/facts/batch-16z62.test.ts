/**
 * Classes from round fourteen's corpus half (batch 16z62: English, Scottish and Northern Irish text copies, templates and
 * saved pages from repositories, keyed blind). Each test uses the shape of a real notice and names it.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../../../src/import/import-notice.js';
import { textToTree } from '../../../src/import/readers/text.js';
import { headings, title } from '../support/blocks.js';

const load = (text: string, name = 'notice.txt') => importNotice(name, new TextEncoder().encode(text), { today: new Date('2026-12-07') });
const familyOf = async (family: string, text: string, name?: string) => [...new Set((await load(text, name)).found.filter((f) => f.family === family).map((f) => f.value))];

describe('structure', () => {
  it('never takes "X is delivered by Y." for a heading, whatever capitals its names give it (FindBusinessSupport.gov.scot)', () => {
    const page = 'Cookie policy\n\nFindBusinessSupport.gov.scot is delivered by Scottish Enterprise and Partners.\n\nThis website uses cookies to distinguish you from other users of this website. A cookie is a small file of letters and numbers.\n';
    expect(headings(textToTree(page).blocks)).toEqual([]);
  });

  it('reads a flattened cookie table\'s group rows under its header as the table\'s lines, not headings (FindBusinessSupport.gov.scot)', () => {
    const page = 'Cookie policy\n\nYou can find more information about the individual cookies we use and the purposes for which we use them in this table:\n\nCookie name Purpose Expiry\n\nAzure webservices\n\nARRAffinity This cookie is set by websites run on the Windows Azure cloud platform. It is used for load balancing. When the browsing session ends\n\nGoogle Analytics\n\n_ga This cookie is used to distinguish unique users by assigning a randomly generated number as a client identifier. 2 years\n';
    expect(headings(textToTree(page).blocks)).toEqual([]);
  });

  it('takes the notice\'s name as the title under the site section it sits in, a crumb or a menu\'s question (the University of Edinburgh; Royal Wolverhampton\'s Embrace service)', () => {
    const edinburgh = 'About our website\n\nAdvertising cookies\n\nWe sometimes use tracking pixels that set cookies to assist with delivering online advertising.\n\nCookie consent banner\n\nYou can give your consent to the setting of advertising cookies or remove it any time.\n';
    expect(title(textToTree(edinburgh).blocks)).toBe('Advertising cookies');
    const embrace = 'What Happens to my information?\n\nSexual Health Services (Embrace) privacy notice\n\nEmbrace is the name of Wolverhampton’s Sexual Health Service, providing confidential and non-judgmental services to residents of Wolverhampton.\n\n  What information do we collect about you?\n\nWe collect your name, your date of birth and the details of your care.\n';
    expect(title(textToTree(embrace).blocks)).toBe('Sexual Health Services (Embrace) privacy notice');
  });

  it('never takes a link\'s "Learn more about …" for a heading (the University of Edinburgh)', () => {
    const page = 'Advertising cookies\n\nCookies are widely used in online advertising. The University and our advertising partners can’t gain personally identifiable information from these cookies.\n\nLearn more about online advertising\n\nCookie consent banner\n\nYou can give your consent to the setting of advertising cookies or remove it any time by interacting with the banner.\n';
    expect(headings(textToTree(page).blocks)).toEqual(['Cookie consent banner']);
  });
});

describe('cookies', () => {
  it('reads no cookie from a quoted name in a privacy notice\'s list that mentions a cookie once (Defra\'s air pollution service: the "In-Combination" Archive)', async () => {
    const defra = '# Privacy notice\n\n## How we use your data\n\nWe use this data:\n\n- To authenticate users through the GOV.UK One Login service, when accessing the "In-Combination" Archive.\n- To understand overall service usage, using Google Analytics. If consent is given by the user, Google Analytics will create a cookie on the user’s computer.\n';
    expect(await familyOf('cookies', defra, 'privacy.md')).toEqual([]);
  });
});

describe('a numbered variant\'s name', () => {
  it('keeps "_oauth2_proxy_0/_1" whole, as Defra\'s table cell gives it, in running text and after a "Name:" label', async () => {
    expect(await familyOf('cookies', 'Cookie policy\n\nSession cookies\n\nThe _oauth2_proxy_0/_1 cookie tracks user sessions, storing OAuth2 ID tokens on the client side.\n')).toEqual(['_oauth2_proxy_0/_1']);
    expect(await familyOf('cookies', 'Cookie policy\n\nCookies we use\n\nName: _oauth2_proxy_0/_1\nPurpose: Tracks user sessions, storing OAuth2 ID tokens on the client side.\nExpires: After each visit\n')).toEqual(['_oauth2_proxy_0/_1']);
  });
});

describe('the controller', () => {
  it('reads "We are X, an executive non-departmental public body …" for a national body\'s name, and a clause\'s number before "X respects your privacy" (Historic Environment Scotland)', async () => {
    const hes = 'Membership Privacy notice\n\n1. Who we are?\n\n2.1 We are Historic Environment Scotland, an executive non-departmental public body, incorporated and established under the Historic Environment Scotland Act 2014.\n\n2.3 We are a data controller for the purposes of the Data Protection Act 2018.\n';
    expect(await familyOf('controller', hes)).toEqual(['Historic Environment Scotland']);
    const committed = 'Membership Privacy notice\n\n1. This Privacy Notice\n\n1.1 Historic Environment Scotland respects your privacy and is committed to protecting your personal data. This privacy notice applies to members.\n';
    expect(await familyOf('controller', committed)).toEqual(['Historic Environment Scotland']);
  });

  it('never takes a body that is the controller of a part the notice only processes for it (the Cabinet Office\'s shielding service: NHS Digital and the NHS login)', async () => {
    const shielding = '<h1>Privacy</h1><p>This service is run by the Cabinet Office.</p><h2>NHS login</h2><p>If you create and use an NHS login, you will be providing personal information to NHS Digital. NHS Digital is the data controller for any personal information you provide to create or access your NHS login. Our role is as a processor of this information.</p>';
    expect(await familyOf('controller', shielding, 'privacy.html')).not.toContain('NHS Digital');
  });
});

describe('lawful bases', () => {
  it('reads a body "set up by law" saying so under "On what basis do we process personal information?" as public task (the Housing Ombudsman)', async () => {
    const ombudsman = 'Privacy notice for dispute resolution\n\nOn what basis do we process personal information?\n\nThe Housing Ombudsman is set up by law to look at complaints about housing organisations that are registered with us. Because we are set up by law we are allowed to process personal data from you to enable us to consider and investigate complaints.\n';
    expect(await familyOf('art6', ombudsman)).toEqual(['e']);
  });
});

describe('rights', () => {
  it('reads GOV.UK\'s "information about how your personal information is processed, and to request a copy" under "You also have the right to request:" as access (the shielding service)', async () => {
    const shielding = '<h1>Privacy</h1><h2>Your rights</h2><p>You also have the right to request:</p><ul><li>information about how your personal information is processed, and to request a copy of that personal data</li><li>that any inaccuracies in your personal information are rectified without delay</li></ul>';
    const rights = await familyOf('rights', shielding, 'privacy.html');
    expect(rights).toEqual(expect.arrayContaining(['access', 'rectification']));
    expect(rights).not.toContain('informed');
  });
});
