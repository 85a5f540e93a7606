/**
 * Fact classes from blind batch 16z40's misses (test/fixtures/import-corpus/, "batch": "16z40": notices and cookie
 * pages as their repositories hold them). Each test uses the shape of the real passage and its source.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../../../src/import/import-notice.js';

const familyOf = async (family: string, text: string, name = 'notice.txt') => [...new Set((await importNotice(name, new TextEncoder().encode(text), { today: new Date('2026-12-06') })).found.filter((f) => f.family === family).map((f) => f.value))];

describe('lawful bases and conditions', () => {
  it('reads the ICO\'s list of bases with each item tagged with its Article ("Consent (Article 6 and 9)", "Not-for-profit bodies (Article 9)") (https://github.com/ChristChurchMayfair/ccm-main-gatsby privacy_policy.md)', async () => {
    const md = `# Privacy Policy\n\n## How we use your information\n\nUnder the General Data Protection Regulation (GDPR), the lawful bases we rely on for processing this information are:\n\n* Consent (Article 6 and 9): the individual has given clear consent for you to process their personal data for a specific purpose.\n* Legal Obligation (Article 6): We have a legal obligation to collect and retain some information.\n* Not-for-profit bodies (Article 9): This is relevant because the Trust's focus is religious activities.\n`;
    expect((await familyOf('art9', md, 'privacy.md')).sort()).toEqual(['a', 'd']);
    expect((await familyOf('art6', md, 'privacy.md')).sort()).toEqual(['a', 'c']);
  });

  it('reads the ICO\'s names of the Article 9 conditions in a list about special category data', async () => {
    const text = `Privacy notice\n\nSpecial category data\n\nWe process special category data under these Article 9 conditions:\n\n- Legal claims or judicial acts\n- Reasons of substantial public interest (with a basis in law)\n- Made public by the data subject\n`;
    expect((await familyOf('art9', text)).sort()).toEqual(['e', 'f', 'g']);
  });

  it('reads a basis named as what the law calls the reason just given (https://github.com/woodcox/city-jekyll pages/privacy.md)', async () => {
    const text = `Privacy Notice\n\nHow we use your data\n\nWe collect personal data to provide appropriate pastoral care and to fulfil our purposes as a church. In legal terms this is called ‘legitimate interests’.\n`;
    expect(await familyOf('art6', text)).toEqual(['f']);
  });
});

describe('rights', () => {
  it('reads the right to be told what is done with the data, but not being told of a mistake (https://github.com/DEFRA/flood-app privacy-policy.html)', async () => {
    expect(await familyOf('rights', `Personal information charter\n\nYour rights\n\nWhen we collect, hold, use or otherwise process your personal information, you have a right to be told:\n\n- what the data is being used for\n- how long we will keep your data\n`)).toEqual(['informed']);
    expect(await familyOf('rights', `Electoral services\n\nYour rights\n\nYou have the right to be told if we have made a mistake whilst processing your data.\n`)).not.toContain('informed');
  });

  it('reads the 1998 Act\'s "blocked" as restriction, "from one IT system to another" as portability and "the right to removal" as erasure', async () => {
    expect(await familyOf('rights', `Privacy Notice\n\nYour rights\n\nYou have the right to:\n\n- in certain circumstances, have inaccurate personal data rectified, blocked, erased or destroyed; and\n`)).toContain('restriction');
    expect(await familyOf('rights', `Privacy notice\n\nYour rights\n\nUnder data protection legislation, you have the right:\n\n- to ask us to copy or transfer your information from one IT system to another in a safe and secure way\n`)).toEqual(['portability']);
    expect(await familyOf('rights', `Privacy notice\n\nYour rights\n\nYou also have the right to removal of your details from our database.\n`)).toContain('erasure');
  });
});

describe('the controller', () => {
  it('reads the name "we" stands for, given in brackets after it (https://github.com/NHSDigital/lung_cancer_screening privacy_policy.jinja)', async () => {
    expect(await familyOf('controller', `Privacy notice\n\nAbout this notice\n\nThis notice explains how your data is used.\n\nWhat we collect\n\nYour name and date of birth.\n\nHow we use it\n\nTo invite you to a check.\n\nThe check\n\nThe results go to your GP. The Northfield Partnership NHS Trust ("we" or "us") runs the lung health check.\n`)).toEqual(['Northfield Partnership NHS Trust']);
  });

  it('takes no body that provides the service to another as the notice\'s (https://github.com/mysociety/fixmystreet privacy.html)', async () => {
    expect(await familyOf('controller', `Privacy policy\n\nWho runs this service?\n\nThis site is a service provided to [council_name] by SocietyWorks Ltd, a limited company (05798215).\n\nWhat we collect\n\nYour name and email address.\n`)).toEqual([]);
  });
});

describe('cookie names', () => {
  it('reads names with a placeholder, one a line in a table\'s cell and in a labelled block (https://github.com/mysociety/fixmystreet templates/web/merton/about/googlecookies.html)', async () => {
    const html = `<h3>Google Analytics Cookies</h3><table><tr><th>Cookie Name</th><th>Purpose</th><th>Expires After</th></tr><tr><td>__utma<br>_ga<br>_ga_[token]<br>_gid</td><td>These cookies are used to determine unique visitors to our site.</td><td>2 years</td></tr><tr><td>_gat<br>_gat_[token]</td><td>These cookies limit the number of requests made to Google's servers.</td><td>1 minute</td></tr></table>`;
    expect((await familyOf('cookies', html, 'cookies.html')).sort()).toEqual(['__utma', '_ga', '_ga_[token]', '_gat', '_gat_[token]', '_gid']);
    const labelled = `Cookies\n\nCookies we use\n\nName: _ga\nPurpose: Distinguishes users.\nExpires: 2 years\n\nName: _ga_[token]\nPurpose: Keeps the session's state.\nExpires: 2 years\n`;
    expect((await familyOf('cookies', labelled, 'cookies.txt')).sort()).toEqual(['_ga', '_ga_[token]']);
  });
});

describe('transfers', () => {
  it('reads data kept on servers in the UK and another country, named with "the" (https://github.com/DEFRA/water-abstraction-ui privacy-policy.njk)', async () => {
    const text = `Privacy notice\n\nWhere your data is kept\n\nWe store, transfer and process your data through Microsoft Azure servers in the UK and Republic of Ireland and Amazon Web Service (AWS) servers in the Republic of Ireland. Your data will not be transferred outside the European Economic Area.\n`;
    expect(await familyOf('transfers', text)).toEqual(['yes']);
  });
});
