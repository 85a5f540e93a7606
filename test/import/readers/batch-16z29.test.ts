/**
 * Structure misses of batch 16z29 (blind: housing, schools, health, government, regulators' cookie
 * pages) that took spurious headings, lost headings or titles, broke the corpus's limit of one
 * spurious section a notice, or stopped a cookie table's rows (issue 16; test/fixtures/import-corpus/,
 * "batch" in answers.json), fixed by class, each test with the real lines' shapes and their address.
 */
import { describe, expect, it } from 'vitest';
import { blockText, type DocBlock } from '../../../src/import/doc-tree.js';
import { importNotice } from '../../../src/import/import-notice.js';
import { textToTree } from '../../../src/import/readers/text.js';
import { headings, title } from '../support/blocks.js';

const tables = (blocks: DocBlock[]) => blocks.filter((b): b is DocBlock & { kind: 'table' } => b.kind === 'table');
const cookies = async (text: string) => {
  const result = await importNotice('cookies.txt', new TextEncoder().encode(text), { today: new Date('2026-12-06') });
  return (result.config.consent?.categories ?? []).flatMap((c) => (c.cookies ?? []).map((k) => [k.name, k.purpose ?? '', k.duration ?? ''] as const));
};

describe('batch 16z29: titles', () => {
  it('a first question without its mark that the paragraph under it answers is the first section, not the title (https://www.sra.org.uk/home/cookies/)', () => {
    const sra = textToTree('What are cookies\n\nCookies are small pieces of text that are stored in your browser and that can be read by our services and third-parties that we use.\n\nCookies on this site\n\nEssential cookies\n\nThese are cookies that are required to ensure the correct and secure functioning of our services.\n');
    expect(title(sra.blocks)).toBeUndefined();
    expect(headings(sra.blocks)).toEqual(['What are cookies', 'Cookies on this site', 'Essential cookies']);
  });

  it('a breadcrumb trail copied as a list that ends in the heading under it: the heading is the title (https://www.homegroup.org.uk/about-us/corporate/transparency/how-we-manage-your-data/privacy-policy)', () => {
    const home = textToTree('- Home\n- About us\n- Corporate\n- Transparency\n- How we manage your data\n- Privacy policy\nPrivacy policy\nThis privacy notice will help you understand how we collect, use and protect your personal information.\nSummary\nThis privacy notice will help you understand how we collect, use and protect your personal information. If you have any queries about this privacy notice, please contact us.\n');
    expect(title(home.blocks)).toBe('Privacy policy');
    expect(headings(home.blocks)).toEqual(['Summary']);
  });

  it('the header image\'s text alternative over the notice\'s name shown twice: the name is the title (https://www.bucks.ac.uk/privacy-notice-cctv)', () => {
    const bucks = textToTree('A woman with her back to the camera delivers a speech to three other females\n\nPrivacy notice for CCTV\n\nPrivacy notice for CCTV\n\nThis Privacy Notice provides essential information about how Buckinghamshire New University (BNU or the University) handles your personal data.\n');
    expect(title(bucks.blocks)).toBe('Privacy notice for CCTV');
    expect(headings(bucks.blocks)).toEqual([]);
    // A sentence with its stop over the name is the notice's own line, not a picture's.
    const sentence = textToTree('We are committed to protecting your privacy at all times.\n\nPrivacy notice for CCTV\n\nThis Privacy Notice provides essential information about how the University handles your personal data.\n');
    expect(sentence.blocks[0]!.kind).toBe('paragraph');
  });

  it('"On this page" over the bulleted links to the notice\'s sections is the contents list\'s heading, not the site\'s furniture (https://www.eani.org.uk/about-us/privacy/privacy-notices/ea-privacy-notice-candidates)', () => {
    const ea = textToTree('On this page\n- About us\n- How is your personal information collected\n- What personal information do we collect, store and use about you\n- Why do we collect and use this information?\nAbout us\nThe Education Authority (‘EA’) is the data controller of the personal information you provide to us as an individual seeking employment with the EA.\n');
    expect(title(ea.blocks)).toBeUndefined();
    expect(headings(ea.blocks)).toEqual(['On this page', 'About us']);
  });
});

describe('batch 16z29: headings', () => {
  it('a numbered part\'s label does not count to a heading\'s length, numbered or not (https://www.bucks.ac.uk/privacy-notice-cctv)', () => {
    const body = '\n\nWe will use CCTV images to help ensure that the University is a safe environment for students, staff and visitors.\n';
    const bucks = textToTree(`Privacy notice for CCTV\n\nWe collect and use your information for the following purposes.\n\nPurpose 1: to provide a safe environment in which to study and work${body}`);
    expect(headings(bucks.blocks)).toEqual(['Purpose 1: to provide a safe environment in which to study and work']);
    const numbered = textToTree(`Privacy notice for CCTV\n\nWe collect and use your information for the following purposes.\n\n1. Purpose 1: to provide a safe environment in which to study and work${body}`);
    expect(headings(numbered.blocks)).toEqual(['1. Purpose 1: to provide a safe environment in which to study and work']);
  });

  it('GOV.UK\'s "Applies to England" under the page\'s date is the page\'s data, no heading (https://www.gov.uk/government/publications/natural-england-privacy-notices/environmental-impact-assessment-screening-decisions-privacy-notice)', () => {
    const ne = textToTree('Guidance\n\nEnvironmental Impact Assessment privacy notice\n\nUpdated 16 April 2024\n\nApplies to England\n\nThe Environmental Impact Assessment (Agriculture) (England) (No.2) Regulations 2006 require a formal procedure for certain projects.\n\nWho collects your data\n\nThe data controller is Natural England at:\n');
    expect(headings(ne.blocks)).not.toContain('Applies to England');
    expect(headings(ne.blocks)).toContain('Who collects your data');
  });

  it('in a text pasted from Word with no blank lines, a heading broken after its first words is one heading (https://chilternhillsacademy.schoolbookings.co.uk/latest_privacy_policy)', () => {
    const chiltern = textToTree('Privacy Notice for Visitors and Hirers\nUnder data protection law, individuals have a right to be\ninformed how Chiltern Hills Academy uses any personal data that we hold about\nthem. We comply with this right by providing privacy notices to individuals.\nContact details for our Data Protection Officer are listed\nbelow (see ‘Contact’).\nThe\npersonal data we hold\nPersonal data that we may collect, use, store and share (when\nappropriate) about you includes, but is not restricted to:\n•\nName and contact details\n•\nBank account details (if applicable)\nWe may also use, store and share data about you that we have\nreceived from other organisations, including other schools and social services.\nWhy we use\nthis data\nThe purpose of processing this data is to support the Academy to:\n•\nIdentify you and keep you safe while on the Academy site\n');
    expect(headings(chiltern.blocks)).toEqual(['The personal data we hold', 'Why we use this data']);
  });

  it('the notice\'s own name under the organisation\'s, "Introduction:" under it, and a lead-in whose verb ends it over bullets, in a text with no blank lines (https://www.fountainmedicalcentre.co.uk/policies/gdpr/)', () => {
    const lines = (n: string) => `GP GDPR Privacy Notice\n\n${n}Fountain Medical Centre (the Practice)\n${n ? '1.1 ' : ''}Data Protection Privacy Notice for Patients\n${n ? '1.2 ' : ''}Introduction:\nThis privacy notice lets you know what happens to any personal data that you give to us, or\nany information that we may collect from you or about you from other organisations.\nThis privacy notice applies to personal information processed by or on behalf of the practice.\nThis Notice explains\n• Who we are and how we use your information\n• Information about our Data Protection Officer\nThis Notice describes how we collect, use and process your personal data, and how in doing\nso, we comply with our legal obligations to you.\n${n ? '1.3 ' : ''}How we use your information and the law.\nFountain Medical Centre will be what’s known as the ‘Controller’ of your personal data.\nWe collect basic personal data about you and location-based information. This does include\nname, address and contact details such as email and mobile number etc.\n`;
    const fountain = textToTree(lines(''));
    expect(title(fountain.blocks)).toBe('GP GDPR Privacy Notice');
    expect(headings(fountain.blocks)).toEqual(['Fountain Medical Centre (the Practice)', 'Data Protection Privacy Notice for Patients', 'Introduction:', 'How we use your information and the law.']);
    // Numbered "1" and "1.1": a subsection's number excuses a question's clause its stop.
    const numbered = textToTree(lines('1. '));
    expect(headings(numbered.blocks)).toEqual(['1. Fountain Medical Centre (the Practice)', '1.1 Data Protection Privacy Notice for Patients', '1.2 Introduction:', '1.3 How we use your information and the law.']);
  });

  it('two numbered lines of a word or two straight over a table: a heading over its subheading, not a two-item list (https://ddi.ac.uk/cookie-policy)', () => {
    const ddi = textToTree('Our Cookie Policy\nA cookie is a small piece of data (text file) that a website asks your browser to store on your device in order to remember information about you.\n1. Necessary Cookies\n2. First-party\n| Host | Name | Details |\n| ac.uk | _ga | This cookie name is associated with Google Universal Analytics. |\n| ddi.ac.uk | _gid | This cookie name is associated with Google Universal Analytics. |\n');
    expect(headings(ddi.blocks)).toEqual(['1. Necessary Cookies', '2. First-party']);
  });
});

describe('batch 16z29: cookie tables', () => {
  it('a caption that says the section\'s heading again over the header is no heading; a name with placeholders in braces opens a row, and the rows after it are read (https://www.sra.org.uk/home/cookies/)', async () => {
    const text = 'Cookies on this site\n\nEssential cookies\n\nThese are cookies that are required to ensure the correct and secure functioning of our services. You cannot opt out of receiving these cookies.\n\nEssential cookies set on this website\nCookie name Purpose Expiry\nASP.NET_SessionId Unique identifier for sessions, identifies a user’s session When you close your browser\n.EPiForm_BID Identifies the form submission made to the site when a visitor submits data to via an Episerver form. 90 days\nEPiForm_{xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxx}:{xxxxx} Stores partial form submissions so that a user can continue with a form submission upon return. (The xs are replaced by a unique identifier.) 90 days\nARRAffinitySameSite Set by websites run on the Windows Azure cloud platform. It is used for load balancing to make sure the visitor page requests are routed to the same server in any browsing session. Session\nSRACookie This is used to store user preferences about cookie consent. One year\nTiPMix Required for EpiServer release process. Session\nx-ms-routing-name This ensures that the user is routed to the same server. One month\n\n\nLivePerson provides our web chat service, it sets several cookies.\n';
    const sra = textToTree(text);
    expect(title(sra.blocks)).toBe('Cookies on this site');
    expect(headings(sra.blocks)).toEqual(['Essential cookies']);
    expect(tables(sra.blocks)[0]!.rows.map((r) => blockText({ kind: 'paragraph', content: r[0]! }))).toEqual(['ASP.NET_SessionId', '.EPiForm_BID', 'EPiForm_{xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxx}:{xxxxx}', 'ARRAffinitySameSite', 'SRACookie', 'TiPMix', 'x-ms-routing-name']);
    expect(await cookies(text)).toContainEqual(['TiPMix', 'Required for EpiServer release process.', 'Session']);
  });

  it('the same table with no header: a column of one-token names in camel case or hyphenated is the name column (https://www.sra.org.uk/home/cookies/)', async () => {
    const rows = [['ASP.NET_SessionId', 'Unique identifier for sessions', 'When you close your browser'], ['ARRAffinity', 'Routes the request made through a web browser to the same machine.', 'When you close your browser'], ['SRACookie', 'This is used to store user preferences about cookie consent.', 'One year'], ['TiPMix', 'Required for EpiServer release process.', 'Session'], ['x-ms-routing-name', 'This ensures that the user is routed to the same server.', 'One month']];
    const got = await cookies(`Cookies\n\nCookies we use\n\nWe use the following cookies on this website.\n\n${rows.map((r) => r.join('\t')).join('\n')}\n\nContact us\n\nWrite to us if you have a question about cookies.\n`);
    expect(got.map(([name]) => name).sort()).toEqual(rows.map(([name]) => name).sort());
    expect(got).toContainEqual(['x-ms-routing-name', 'This ensures that the user is routed to the same server.', 'One month']);
  });

  it('one cell a line: a name that ends in a period\'s word after its marks is a name, and a purpose that ends "your session" is no expiry (https://apply-transfer-academy.education.gov.uk/Cookies?returnPath=%2FError%2FNotFound)', async () => {
    const got = await cookies('Cookies\n\nCookies we use\n\nWe use the following cookies on this website.\n\nName\nPurpose\nExpires\n.AspNetCore.Antiforgery\nCross-Site Request Forgery prevention.\nWhen you close your browser\n.AspNetCore.Session\nStores any relevant data for your session\nWhen you close your browser\nASLBSA\nUsed by Microsoft\'s Azure Front Door service to determine the best server to respond to users\' requests based on their location\nWhen you close your browser\nhubauth\nAuthenticates your connection to our real-time notification service.\nWhen you close your browser\n\nContact us\n\nWrite to us if you have a question about cookies.\n');
    expect(got.map(([name]) => name)).toEqual(['.AspNetCore.Antiforgery', '.AspNetCore.Session', 'ASLBSA', 'hubauth']);
    expect(got).toContainEqual(['.AspNetCore.Session', 'Stores any relevant data for your session', 'When you close your browser']);
  });

  it('cells joined by spaces: an expiry of several words after the purpose\'s last stop is the expiry cell (https://careerswales.gov.wales/node/785)', async () => {
    const got = await cookies('Cookies\n\nCookies we use\n\nName Purpose Expires\n_hjHasCachedUserAttributes Enables Hotjar to know whether the data set in _hjUserAttributes Local Storage item is up to date or not. Session duration\n_hjUserAttributesHash Enables Hotjar to know when any User Attribute has changed and needs to be updated. 2 minutes duration, extended every 30 seconds\n_hjUserAttributes Stores User Attributes sent through the Hotjar Identify API. No explicit expiration\n\nContact us\n\nWrite to us if you have a question about cookies.\n');
    expect(got).toEqual([
      ['_hjHasCachedUserAttributes', 'Enables Hotjar to know whether the data set in _hjUserAttributes Local Storage item is up to date or not.', 'Session duration'],
      ['_hjUserAttributesHash', 'Enables Hotjar to know when any User Attribute has changed and needs to be updated.', '2 minutes duration, extended every 30 seconds'],
      ['_hjUserAttributes', 'Stores User Attributes sent through the Hotjar Identify API.', 'No explicit expiration'],
    ]);
  });
});

describe('batch 16z29: the cookie bank\'s table shapes', () => {
  it('a pipe table whose purpose column is "What we use it for": plain names are its cookies, a service in the name column none (https://parish.westberks.gov.uk:443/cookies)', async () => {
    const got = await cookies("Cookies\n\nInformation about the cookies we store on your computer\n\nIf you've allowed us to, we will save the following cookies on your computer:\nCookie name | What we use it for |\n---|---|\nASP.NET_SessionId | Used to maintain session information for the Microsoft .NET framework that runs our website |\nClientvars | Used to maintain session information for the platforms other than Microsoft .NET that run our website |\nscreenwidth | Used to store the width of your screen so we can make what you see look better |\nGoogle Analytics | Our site uses Google Analytics, a web analytics service provided by Google, Inc (\"Google\"). |\n");
    expect(got.map(([name]) => name)).toEqual(['ASP.NET_SessionId', 'Clientvars', 'screenwidth']);
    expect(got).toContainEqual(['screenwidth', 'Used to store the width of your screen so we can make what you see look better', '']);
  });

  it('cells joined by spaces: a name of capitalised parts joined by hyphens opens a row (https://www.cloud.service.gov.uk/cookies)', async () => {
    const got = await cookies('Cookies\n\nSession cookies\n\nWe store session cookies on your computer to help keep your information secure when you sign into the service.\n\nName Purpose Expires\nJSESSIONID This is set to identify your session when you close the browser\n__VCAP_ID__ This is used with JSESSIONID to route your request to the right application instance (‘sticky session’) when you close the browser\nX-Uaa-Csrf This is set to verify that your requests haven’t been tampered with by a malicious third party 1 day\n');
    expect(got.map(([name]) => name)).toEqual(['JSESSIONID', '__VCAP_ID__', 'X-Uaa-Csrf']);
    expect(got).toContainEqual(['X-Uaa-Csrf', 'This is set to verify that your requests haven’t been tampered with by a malicious third party', '1 day']);
  });

  it('cells run together with no space: a sentence\'s stop run into the next cell shows the glue as a small letter into a capital does (https://www.oakhamcofeprimary.co.uk/cookie-policy/)', async () => {
    const got = await cookies('Cookies\n\nFirst Party Cookies\n\nThese are necessary Cookies that are set by this website directly. These Cookies are essential to the running of our website.\n\nPHPSESSIDDefault identifier that PHP uses for Cookies which are generated during a session.End of session\ncookie_notice_acceptedIndicates whether pop-up announcements have been viewed or notOne month\n');
    expect(got).toEqual([
      ['PHPSESSID', 'Default identifier that PHP uses for Cookies which are generated during a session.', 'End of session'],
      ['cookie_notice_accepted', 'Indicates whether pop-up announcements have been viewed or not', 'One month'],
    ]);
  });

  it('one cell a line with " |": a caption row across the table closed by "||" is the rows\' group, no cookie (https://www.mhtscotland.gov.uk/mhts/Cookie_Info/Cookie_Info)', async () => {
    // (The whole passage, as the phrasing bank sets it in a page.)
    const got = await cookies('Cookie policy\n\nHow we use your data\n\nWe use your data to run the service.\n\nUse of Cookies by MHTS or Mental Health Chamber\n\nThe table below explains the cookies we use and why:\nCookie Name |\nPurpose |\nExpire |\nCookie Preference, functional |\n||\nCookieControl |\nUsed to remember a user’s choice about cookies on this website. Where users have previously indicated a preference, that user’s preference will be stored in this cookie. |\n3 months |\nGeneral Purpose Platform Cookies, first party, strictly necessary. |\n||\nJSESSIONID |\nThis is a simple token used by Java application to identify a unique session on the website. Typically used to maintain the integrity of a user’s session while transacting information with a website (accessing secure areas etc). |\nWhen browser session ends |\nGoogle Analytics – User Identification Cookies; first party. Read Google overview of privacy and safeguarding data. |\n||\n_utma |\nIdentifies and tracks the number of times a user has visited a website and helps to work out how many unique visitors have visited a website. |\n2 years |\n_utmc |\nThis works with _utmb to identify when you leave a website. |\nWhen browser session ends |\n_utmb |\nThis works with _utmc to calculate the average length of time a user spends on a website. |\n30 minutes |\n_utmz |\nIdentifies a user and records where the user visit occurred from – e.g. what search engine was used and what links a user clicked. |\n6 months |\n_utmt |\nUsed to throttle request rates to help more accurate reporting metrics |\n10 minutes |');
    expect(got.map(([name]) => name).sort()).toEqual(['CookieControl', 'JSESSIONID', '_utma', '_utmb', '_utmc', '_utmt', '_utmz']);
    expect(got).toContainEqual(['CookieControl', 'Used to remember a user’s choice about cookies on this website. Where users have previously indicated a preference, that user’s preference will be stored in this cookie.', '3 months']);
  });
});
