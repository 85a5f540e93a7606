/**
 * Structure misses found by mining the cookie pages of `test/fixtures/import-mining/m6/` (issue 16):
 * one test a class of copy-paste shape, with the real lines and their address.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../../../src/import/import-notice.js';

const enc = (s: string) => new TextEncoder().encode(s);
const read = async (text: string) => {
  const result = await importNotice('cookies.txt', enc(text), { today: new Date('2026-12-06') });
  const cookies = (result.config.consent?.categories ?? []).flatMap((c) => c.cookies ?? []);
  const headings: string[] = [];
  const walk = (xs: { heading: string; sub?: typeof xs }[]) => { for (const x of xs) { headings.push(x.heading); walk(x.sub ?? []); } };
  walk(result.config.notice.sections);
  return { cookies, names: cookies.map((c) => c.name), headings };
};

describe('cookie tables in shapes no rule read (m6)', () => {
  it('reads a pipe table straight under a bulleted list as a table, not as items that lost their bullets (https://tnlcommunityfund.org.uk/welsh/about/customer-service/cookies)', async () => {
    const { cookies } = await read("Cwcis\nCwcis sy'n mesur defnydd gwefan\nRydym yn defnyddio Google Analytics a Hotjar i olrhain:\n- sut y gwnaethoch gyrraedd y safle\n- beth rydych chi'n clicio arno tra byddwch chi'n ymweld â'r safle\nName | Expiry |\n_ga | 2 flynedd |\n_hjSessionUser_{site_id} | 1 flwyddyn |\n_hjid | 1 flwyddyn |\n_hjTLDTest | sesiwn |\n");
    expect(cookies.map((c) => [c.name, c.duration])).toEqual([['_ga', '2 flynedd'], ['_hjSessionUser_{site_id}', '1 flwyddyn'], ['_hjid', '1 flwyddyn'], ['_hjTLDTest', 'sesiwn']]);
  });

  it('breaks a table run into one paragraph with its intro back into header and rows (https://www.renewalprogramme.org.uk/cookies-policy, https://www.llamau.org.uk/FAQs/how-we-use-cookies)', async () => {
    const { cookies } = await read('How we use cookies\n\nOur website uses cookies to help us to improve our website and the way you use it. The names of the cookies we use on our website and the purpose for which we use them are set out below: Cookie Name Used by Description Expiration _utma Google Analytics Stores the amount of visits of a user, the time of their first visit, the previous visit, and the current visit. It does not contain any personal information and is used only for analytical purposes 2 year from set / update _ga and_gid Google Analytics Used to distinguish between website users in Google Analytics 2 years and 2 hours _gat_UA-27093031-1 Google Analytics Used to moderate calls to the Google Analytics Service 1 minute cc_cookie_accept Website Stores whether the user has accepted the cookie message or not. 365 days ASP.NET_SessionId Website Used for authenticating a user’s session after logging in. Closes when you exit in the browser. End of session\n');
    expect(cookies.map((c) => c.name).sort()).toEqual(['ASP.NET_SessionId', '_ga', '_gat_UA-27093031-1', '_gid', '_utma', 'cc_cookie_accept']);
    const utma = cookies.find((c) => c.name === '_utma')!;
    expect(utma.duration).toBe('2 year from set / update');
    expect(utma.purpose).toMatch(/^Stores the amount of visits/);
    expect(cookies.find((c) => c.name === 'cc_cookie_accept')!.duration).toBe('365 days');
  });

  it('starts a row at a name with an underscore after a row that ended in its period, whatever word follows it (https://www.renewalprogramme.org.uk/cookies-policy)', async () => {
    const { names } = await read('Cookies Policy What cookies are stored on our website? 18 September 2017 Cookie Name Used by Description Expiration cc_cookie_accept Website Stores whether the user has accepted the cookie message or not. 365 days MemberLoggedIn Website A binary flag which stores whether a user is logged in or not. End of session ai_session and ai_user Website Tracks users as they navigate the website predominately for infrastructure performance insights. 1 day\n');
    expect(names.sort()).toEqual(['MemberLoggedIn', 'ai_session', 'ai_user', 'cc_cookie_accept']);
  });

  it('leaves a long paragraph that only mentions column words as it is', async () => {
    const text = `Cookies\n\n${'We explain each cookie by its name, its purpose and its expiry in the list below. '.repeat(4)}\n`;
    const { names, headings } = await read(text);
    expect(names).toEqual([]);
    expect(headings).toEqual(['Cookies']);
  });

  it('reads a header joined into one line over rows one cell a line, a blank line between cells (https://dvlaregistrations.dvla.gov.uk/cymraeg/cookies)', async () => {
    const { cookies, headings } = await read("Cwcis\n\nCwcis hanfodol\n\nMae cwcis hanfodol yn cadw eich gwybodaeth yn ddiogel wrth ichi ddefnyddio’r gwasanaeth hwn.\n\nEnw Pwrpas Dod i ben\n\nSOMWEB\n\nHelpu i ddynodi a chofio eich cynnydd trwy drafodyn neu wasanaeth\n\nsesiwn\n\nF5[unique ID]\n\nOs ydych chi'n talu am wasanaeth llywodraeth gan ddefnyddio cerdyn credyd neu ddebyd, mae ein darparwr taliadau yn defnyddio'r cwci hwn.\n\n5 funuds\n\nPHPSESSID\n\nEr mwyn caniatáu i'r defnyddiwr ddychwelyd i'r dudalen chwilio ar ôl pryniant wedi'i gwblhau.\n\n1 mis\n\ncookies_policy\n\nMae hwn yn cadw eich gosodiadau caniatâd cwcis.\n\n1 flwyddyn\n\nCwcis ychwanegol (dewisol)\n\nGyda'ch caniatâd, rydym yn defnyddio Google Analytics i gasglu data am sut rydych chi'n defnyddio ein gwasanaeth.\n");
    expect(cookies.map((c) => [c.name, c.duration])).toEqual([['SOMWEB', 'sesiwn'], ['F5[unique ID]', '5 funuds'], ['PHPSESSID', '1 mis'], ['cookies_policy', '1 flwyddyn']]);
    expect(headings).toEqual(['Cwcis hanfodol', 'Cwcis ychwanegol (dewisol)']);
  });

  it('reads the expiry from a middle column, the description last, under "Cookie key" (https://www.bristolesl.com/about-our-website/cookies/)', async () => {
    const { cookies, headings } = await read('About cookies\n\nPerformance cookies\n\nPerformance cookies currently in use are as below:\n\nCookie key Domain Path Cookie type Expiration Description\n_ga_K00BDHCKY3 / First-party 2 years This cookie is used by Google Analytics to persist session state.\n_gid / First-party 1 day This cookie is set by Google Analytics. It stores and update a unique value for each page visited.\n');
    expect(cookies.map((c) => [c.name, c.duration, c.purpose])).toEqual([['_ga_K00BDHCKY3', '2 years', 'This cookie is used by Google Analytics to persist session state.'], ['_gid', '1 day', 'This cookie is set by Google Analytics. It stores and update a unique value for each page visited.']]);
    expect(headings).toEqual(['Performance cookies']);
  });

  it('keeps a table\'s intro ending "as below", its colon lost, as a sentence (https://www.bristolesl.com/about-our-website/cookies/)', async () => {
    const { headings, names } = await read('About cookies\n\nTargeting cookies\n\nTargeting cookies currently in use are as below\n\nCookie key Domain Path Cookie type Expiration Description\n_gat_gtag_UA_4500835_55 / First-party 1 minute This cookie is part of Google Analytics and is used to limit requests (throttle request rate).\n');
    expect(headings).toEqual(['Targeting cookies']);
    expect(names).toEqual(['_gat_gtag_UA_4500835_55']);
  });

  it('starts each row on its own line under a joined header, a plain name before the domain it is set on (https://www.police.uk/cy/about-this-site/cookies/)', async () => {
    const { cookies } = await read('Defnydd cwcis\n\nCofio gwybodaeth\n\nEnw Fannau Cynnwys a Disgrifiad Dod i ben\nmap_state www.police.uk JSON cyfresol, a ddefnyddir i storio cyflwr diwethaf y map stopio a chwilio Pan fyddwch yn cau eich porwr\nhscw www.police.uk a data.police.uk JSON cyfresol Base64 wedi’i amgodio, arwyddiedig. Defnyddir i storio a yw’r faner cwci wedi’i harddangos eisoes. Pan fyddwch yn cau eich porwr\n');
    expect(cookies.map((c) => [c.name, c.duration])).toEqual([['map_state', 'Pan fyddwch yn cau eich porwr'], ['hscw', 'Pan fyddwch yn cau eich porwr']]);
  });

  it('puts back a cookie\'s fields run into one line, each label glued to the value before it (http://www.n-kesteven.gov.uk/cookies/)', async () => {
    const { cookies, headings } = await read('Cookie Policy\n\nCookie Information\n\nName ASP.NET_SessionIdType SessionDomain  Expires At end of session\nWhen you navigate to the site, the server establishes a unique session for you that lasts for the duration of your visit.\n\nName nmstatType OtherDomain  Expires 1000 days\nThis cookie is used to help record the visitor’s use of the website.\n');
    expect(cookies.map((c) => [c.name, c.duration])).toEqual([['ASP.NET_SessionId', 'At end of session'], ['nmstat', '1000 days']]);
    expect(headings).toEqual(['Cookie Information']);
  });

  it('reads a 200 KB paragraph that opens like a run-together table in linear time', async () => {
    const words = ['Stores', 'whether', 'a', 'visitor', 'Google', 'Analytics', 'x_y', '2', 'years', 'and'];
    const body = Array.from({ length: 30000 }, (_, i) => words[i % words.length]).join(' ');
    const started = Date.now();
    await read(`Cookies\n\nSee below: Cookie Name Used by Description Expiration ${body}\n`);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

