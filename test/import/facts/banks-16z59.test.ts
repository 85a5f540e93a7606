/**
 * Classes from the last two blind banks of round twelve (test/fixtures/import-phrasings/near-misses-2.json and
 * cookies-3.json). Each test uses the shape of a real passage and names its source; a guard's test shows the wording
 * it must still read.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../../../src/import/import-notice.js';

const load = (text: string) => importNotice('notice.txt', new TextEncoder().encode(text), { today: new Date('2026-12-07') });
const familyOf = async (family: string, text: string) => [...new Set((await load(text)).found.filter((f) => f.family === family).map((f) => f.value))];
const notice = (heading: string, text: string, title = 'Privacy notice') => `${title}\n\n${heading}\n\n${text}\n`;

describe('near misses', () => {
  it('reads no ICO complaint route from a Freedom of Information review (West Lancashire; Slough\'s EIR reviews), and still reads one about personal data', async () => {
    expect(await familyOf('ico', notice('Reviews', 'Internal review requests should be submitted within two months of the date of receipt of the response to your original letter. If you remain dissatisfied after the internal review, you can complain to the Information Commissioner.', 'Freedom of information'))).toEqual([]);
    expect(await familyOf('ico', notice('Complaints', 'If you are unhappy with how we have handled your personal data, or with our answer to a freedom of information request, you can complain to the Information Commissioner\'s Office.'))).toEqual(['ico']);
  });

  it('keeps "upon" inside a body\'s name ("The Newcastle upon Tyne Hospitals NHS Foundation Trust")', async () => {
    expect(await familyOf('controller', notice('Who we are', 'The Newcastle upon Tyne Hospitals NHS Foundation Trust is the data controller for the information we hold about you.'))).toEqual(['Newcastle upon Tyne Hospitals NHS Foundation Trust']);
  });

  it('reads data held "until 31 March 2018 then deleted" (Leith Chooses) and Welsh "cofnodion parhaol" (permanent records, the Wales Centre for Public Policy)', async () => {
    expect(await familyOf('retention', notice('Privacy – your data', 'The information that you give will be held securely by the Council and not shared with any third parties. All information will be held until 31 March 2018 then deleted.'))).toEqual(['criteria']);
    expect(await familyOf('retention', notice('Briwsion ac ystadegau’r we', 'Mae’r Ganolfan yn cadw cofnodion parhaol o weithgarwch gweinydd y we.', 'Hysbysiad preifatrwydd'))).toEqual(['criteria']);
  });

  it('reads "as part of our official duties" as the public task in a list of the legal reasons (Islington Council)', async () => {
    expect((await familyOf('art6', notice('Our legal reasons for processing (using) your data', 'We use your data because:\n\n- it’s our legal obligation (the law says we must)\n- we are doing something in the public interest or as part of our official duties.'))).sort()).toEqual(['c', 'e']);
  });
});

describe('the controller (controller-4)', () => {
  it('reads \'references to "we", "our" and "us" … are references to us, X\' (the University of Nottingham) and a website "owned and operated by" a body (Lower Severn Internal Drainage Board)', async () => {
    expect(await familyOf('controller', notice('General', 'References in this privacy policy to "we", "our" and "us", etc. are references to us, The University of Nottingham.'))).toEqual(['University of Nottingham']);
    expect(await familyOf('controller', notice('Introduction', 'The website ‘www.lowersevernidb.org.uk’ (the Website) is owned and operated by The Lower Severn Internal Drainage Board (LSIDB).'))).toEqual(['Lower Severn Internal Drainage Board']);
  });

  it('reads an institute that says it will retain your data (Colchester Institute), never a team that is committed to your privacy (Welsh "Mae’r Tîm Strategaeth a Pholisi yn ymrwymedig")', async () => {
    expect(await familyOf('controller', notice('Retention', 'Colchester Institute will retain your personal data in accordance with the provisions of the Data Protection Act 2018 for as long as is considered necessary.'))).toEqual(['Colchester Institute']);
    expect(await familyOf('controller', notice('Eich Preifatrwydd', 'Mae’r Tîm Strategaeth a Pholisi yn ymrwymedig i ddiogelu eich preifatrwydd pan fyddwch yn rhyngweithio â ni.', 'Hysbysiad preifatrwydd'))).toEqual([]);
  });
});

describe('cookie names', () => {
  const cookiePage = (body: string) => `Cookies\n\nCookies used on our website\n\n${body}\n`;
  const cookies = async (text: string) => ((await load(text)).config.consent?.categories ?? []).flatMap((c) => (c.cookies ?? []).map((k) => k.name)).sort();

  it('takes the lifetime\'s kind off a name it runs into ("WCCookiesAcceptedPermanent cookie (two months)", Wiltshire Council)', async () => {
    expect(await cookies(cookiePage('Cookie NameTypeUsage\nWCCookiesAcceptedPermanent cookie (two months) Records that access to cookies has been allowed\nStylePermanent cookie (one year) Records the preferred style sheet'))).toEqual(expect.arrayContaining(['WCCookiesAccepted']));
    expect(await cookies(cookiePage('Cookie NameTypeUsage\nWCCookiesAcceptedPermanent cookie (two months) Records that access to cookies has been allowed'))).not.toContain('WCCookiesAcceptedPermanent');
  });

  it('keeps a vendor\'s documented name whole ("Dynamics365PortalAnalytics", the DfE\'s breakfast clubs service)', async () => {
    expect(await cookies(cookiePage('Name\tPurpose\tExpires\nDynamics365PortalAnalytics\tUsed to collect analytics on the portal\t90 days\nARRAffinity\tRoutes your requests to one server\tSession'))).toEqual(['ARRAffinity', 'Dynamics365PortalAnalytics']);
  });

  it('reads a name with a colon in it ("Name: astun:baseMap", West Oxfordshire\'s map cookies)', async () => {
    expect(await cookies(cookiePage('My West Oxfordshire sets the following cookies:\n\nName: ASP.NET_SessionId\nTypical content: random string identifying your session\nExpires: when you close your browser\n\nName: astun:baseMap\nTypical content: the map you chose\nExpires: one year'))).toContain('astun:baseMap');
  });
});
