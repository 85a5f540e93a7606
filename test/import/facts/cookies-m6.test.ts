/**
 * Cookie names read from the cookie pages mined in `test/fixtures/import-mining/m6/` (issue 16):
 * one test a class, with the real lines and their address.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../../../src/import/import-notice.js';

const enc = (s: string) => new TextEncoder().encode(s);
const cookies = async (text: string) => {
  const result = await importNotice('cookies.txt', enc(text), { today: new Date('2026-12-06') });
  return (result.config.consent?.categories ?? []).flatMap((c) => c.cookies ?? []);
};

describe('cookie tables (m6)', () => {
  it('reads names from a "Type of cookie" column, a name after its label, and no cookie from a tool\'s row (https://forwardtrust.org.uk/privacy-policy/cookies-policy)', async () => {
    const got = await cookies('Cookies policy\nCookies that we use\nTYPE OF COOKIE | WHAT IT DOES | WHEN IT EXPIRES |\n---|---|---|\nGoogle Analytics | We use Google Analytics to see how our site is performing. The full list of Google Analytics cookies are below. | Not applicable |\nVisitor ID: _utma | Contains a unique ID, the date and time of first visit and total no of visits made. | Two years |\nSession ID: _utmb | Contains pages visited and decides when a session has timed out. | Thirty minutes of inactivity |\n__RequestVerificationToken | Prevents Cross-Site Request Forgery (CSRF) attacks | When you exit the browser |\n');
    expect(got.map((c) => [c.name, c.duration])).toEqual(expect.arrayContaining([['_utma', 'Two years'], ['_utmb', 'Thirty minutes of inactivity'], ['__RequestVerificationToken', 'When you exit the browser']]));
    expect(got.map((c) => c.name)).not.toContain('Google Analytics');
  });

  it('reads a row whose grouping cell was left out, its period in the name\'s place, as moved one cell left (https://www.financial-ombudsman.org.uk/cookies)', async () => {
    const got = await cookies('Cookies\nThe table below lists the cookies we use and explains why we use them.\nCookie | Cookie name | Expiry | Purpose | Type |\n---|---|---|---|---|\nUniversal Analytics (Google) | _dc_gtm_UA-# | Session | These cookies are used to collect information about how visitors use our website. | Analytics |\n_ga | 2 years | Analytics | ||\ngwcc | 3 months | Analytics | ||\ncollect | Session | Analytics | ||\n');
    const names = got.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['_dc_gtm_UA-#', '_ga', 'gwcc', 'collect']));
    expect(names).not.toContain('3 months');
    expect(names).not.toContain('Session');
    expect(got.find((c) => c.name === 'gwcc')!.duration).toBe('3 months');
  });
});

describe('names in paragraphs and labelled lines (m6)', () => {
  it('reads "Name - what it does" paragraphs, read as a definition list, when the terms are identifiers (https://cov-dev.ukmsl.net/about/tac/cookiespolicy/)', async () => {
    const got = await cookies("Our Cookies\n\nASP.NET_SessionID - this cookie contains a unique session identifier and nothing else. It's a session cookie so is removed from your device once you close the browser.\n\nASPXAUTH - this cookie is only stored if you log in to the site.\n\nAntiXsrfToken - this cookie helps prevent Cross-Site Request Forgery attacks.\n\nMonitoring cookies - we make use of several third party tools in order to monitor performance.\n");
    expect(got.map((c) => c.name)).toEqual(expect.arrayContaining(['ASP.NET_SessionID', 'ASPXAUTH', 'AntiXsrfToken']));
    expect(got.map((c) => c.name)).not.toContain('Monitoring cookies');
    expect(got.find((c) => c.name === 'ASPXAUTH')!.purpose).toBe('this cookie is only stored if you log in to the site.');
  });

  it('gives every name of a line joined by commas and "and" the fields under it (https://www.cambridge.gov.uk/cookies)', async () => {
    const got = await cookies('Cookies on this website\nNecessary cookies\nacceptCookies\n- Purpose: Used to setup the website cookies and control the cookie notification bar.\n- Expiry: 60 days\nRecite.Persist and Recite_Session\n- Purpose: Stores a flag to indicate whether the Recite Me toolbar should persist between pages or not\n- Expiry: End of session\n1P_JAR, NID and CONSENT\n- Purpose: These cookies are set by the website search function, which is powered by Google\n- Expiry: Variable\n');
    expect(got.map((c) => c.name).sort()).toEqual(['1P_JAR', 'CONSENT', 'NID', 'Recite.Persist', 'Recite_Session', 'acceptCookies']);
    expect(got.find((c) => c.name === 'NID')!.duration).toBe('Variable');
  });

  it('reads no cookie from a heading of words joined by "and" over field lines', async () => {
    const got = await cookies('Cookies\nAnalytics and Marketing\n- Purpose: How we measure the site\n- Expiry: 1 year\n');
    expect(got.map((c) => c.name)).not.toContain('Analytics');
  });

  it('reads a name given after a colon in a sentence (https://museumsfestival.wales/cy/polisi-cwcis/)', async () => {
    const got = await cookies('Polisi cwcis\n\n3. Cwcis dadansoddedig\n\n3.1 Rydym yn defnyddio Google Analytics (Universal) i ddadansoddi’r defnydd o’n gwefan.\n\n3.3 Mae gan y cwci dadansoddol a ddefnyddir gan ein gwefan yr enw canlynol: _ga\n');
    expect(got.map((c) => c.name)).toEqual(['_ga']);
  });

  it('reads a session cookie\'s name set as its section\'s heading over a sentence about it, and no word in capitals so set (https://happydaysnurseries.com/cy/cookies/)', async () => {
    const got = await cookies("Cwcis\n\nCategori 1: Cwcis Sy'n Sydd Angenrheidiol\n\nMae'r cwcis hyn yn hanfodol er mwyn eich galluogi i symud o gwmpas y wefan a defnyddio ei nodweddion, megis cyrchu rhannau diogel o'r wefan:\n\nPHPSESSID\n\nCwci sesiwn yw hwn, a ddefnyddir i sicrhau bod y wybodaeth a roddwch ar un dudalen yn cael ei throsglwyddo i eraill yn ôl yr angen.\n\nSESIYNAU\n\nMae cwci yn cael ei osod i gofnodi eich sesiwn.\n");
    expect(got.map((c) => c.name)).toEqual(['PHPSESSID']);
  });
});
