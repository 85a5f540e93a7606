/**
 * Classes of miss that batch 16l (test/fixtures/import-corpus/, batch "16l": the North of England,
 * North Wales, Scotland and two Wales-wide bodies) showed in the fact rules after its blind runs.
 * Each test uses the shape of a real passage from that batch (its address in the test's name); the
 * rules are written for the class (no organisation's name is in a rule).
 */
import { describe, expect, it } from 'vitest';
import { importNotice, type ImportResult } from '../../../src/import/import-notice.js';

const enc = (s: string) => new TextEncoder().encode(s);
const load = (text: string, file = 'notice.txt'): Promise<ImportResult> => importNotice(file, enc(text), { today: new Date('2026-12-06') });
const cookies = async (text: string, file = 'cookies.txt') => ((await load(text, file)).config.consent?.categories ?? []).flatMap((c) => c.cookies ?? []);
const names = async (text: string, file?: string) => (await cookies(text, file)).map((c) => c.name).sort();
const values = async (text: string, family: string) => (await load(text)).found.filter((f) => f.family === family).map((f) => f.value).sort();

describe('cookie names', () => {
  it('reads a Welsh table run together, the expiry before the purpose, a sentence between rows going on with the purpose (https://comisiynyddsafonaucymru.org/cwcis)', async () => {
    const got = await cookies("Cwcis\n\nDefnyddir y cwcis hyn i’n helpu i ddeall sut mae ymwelwyr yn defnyddio ein gwefannau.\n\nCwciDod i benDiben\n_utma24 misFe'i defnyddir i adnabod defnyddwyr a sesiynau.\nCaiff y cwci ei ddiweddaru bob tro yr anfonir data at Google Analytics.\n_utmb30 munudFe'i defnyddir i ddynodi sesiynau/ymweliadau newydd.\n", 'cwcis.txt');
    expect(got.map((c) => [c.name, c.duration])).toEqual(expect.arrayContaining([['_utma', '24 mis'], ['_utmb', '30 munud']]));
    expect(got.find((c) => c.name === '_utma')?.purpose).toMatch(/adnabod defnyddwyr a sesiynau\. Caiff y cwci/);
  });

  it('reads paragraphs "name - what it does" as cookies when two or more run in a section, their names plain words (http://www.trustha.org.uk/privacy-policy/)', async () => {
    expect(await names('Cookies\n\nCookies set by this website\n\nsessionid - Stores a unique id to identify the user session. Expires when you exit the browser.\n\ncsrftoken - A security cookie that stores a unique ID that the server uses to protect against CSRF attacks. Does not expire.\n')).toEqual(['csrftoken', 'sessionid']);
    expect(await names('Cookies\n\nanalytics - We measure visits.\n')).toEqual([]);
  });

  it('reads a list of names each with a labelled expiry, on a page about cookies (http://www.trustha.org.uk/privacy-policy/)', async () => {
    const got = await cookies('Cookies\n\nSet by Google Maps and/or Google Translate\n\nThese are used by Google applications like Maps and Translate.\n\n  • SS Expiry 10 years\n  • SID Expiry 10 years\n  • NID Expiry 6 months\n  • PREF Expiry 2 years\n');
    expect(got.map((c) => [c.name, c.duration]).sort()).toEqual([['NID', '6 months'], ['PREF', '2 years'], ['SID', '10 years'], ['SS', '10 years']]);
  });

  it('reads names of several capitalised humps after capitals or digits, in cells copied one a line (http://www.4hg.co.uk/Content.aspx?pg=241)', async () => {
    expect(await names('Cookies\n\nCookies used on our sites:\n\n| Four Housing Group |\n\n4HGAllowGoogleTracking |\n\nThese cookies are only stored when you close the banner. |\n\n| Three Rivers Housing Association |\n\nTRHAAllowGoogleTracking |\n')).toEqual(['4HGAllowGoogleTracking', 'TRHAAllowGoogleTracking']);
  });

  it('reads a "Cookie | Information" table copied one cell a line, a cell naming several, small letters or placeholders (https://www.york.ac.uk/about/legal-statements/cookies)', async () => {
    expect(await names("Cookies\n\nNecessary cookies\nCookie |\nInformation |\n---|---|\ncfid, cftoken |\nUsed to identify a user's session in a ColdFusion app. |\nJSESSIONID |\nJSESSIONID is a platform session cookie. |\nROUTEID-deptbal-@@@, ROUTEID-lucee@@@ |\nThese ensure session stickiness. |\n")).toEqual(['JSESSIONID', 'ROUTEID-deptbal-@@@', 'ROUTEID-lucee@@@', 'cfid', 'cftoken']);
  });

  it('reads a table with no header whose names column is found by the names, not by a purpose that says "session"', async () => {
    expect(await names("Cookies\n\nWe use the following cookies on this website.\n\ncfid, cftoken\tUsed to identify a user's session in a ColdFusion app.\nJSESSIONID\tJSESSIONID is a platform session cookie.\nROUTEID-lucee@@@\tThese ensure session stickiness.\n")).toEqual(['JSESSIONID', 'ROUTEID-lucee@@@', 'cfid', 'cftoken']);
  });

  it('takes a provider run into the name apart, and reads the name that opens such a row whatever its marks (https://joinus.lancashire.police.uk/cookies/)', async () => {
    expect(await names('Cookies\n\nThe website uses the following cookies:\n\ngoogtransGoogle Translate: Stores the language you have translated the website to, if specified.End of Session (when the browser is closed)\n_utmaGoogle Analytics: Used to collect site use statistics.2 years from set/update\n')).toEqual(['_utma', 'googtrans']);
  });

  it('reads a name with a placeholder "#" and a two-hump name over a capitalised purpose in a table joined by spaces (https://nes-webteam-ndp-cms-int.azurewebsites.net/legal-and-site-information/cookies)', async () => {
    expect(await names('Cookies\n\nThe table below describes the use of cookies.\n\nCookie name\n\nPurpose\n\nExpiry\n\n.AspNetCore.Antiforgery.#\n\nHelps prevent Cross-Site Request Forgery (CSRF) attacks.\n\nSession\n')).toContain('.AspNetCore.Antiforgery.#');
    const got = await cookies('Cookies\n\nName Purpose Expires\nARRAffinity Used to route requests to the same server. Session\nCookieControl Determines whether the visitor has accepted the cookie consent box. 3 months\n');
    expect(got.find((c) => c.name === 'CookieControl')?.duration).toBe('3 months');
  });
});

describe('the controller', () => {
  it('proposes no audience for the organisation ("Users of the University\'s website") (https://stir.ac.uk/…/users-of-the-universitys-website)', async () => {
    const { config } = await load("Users of the University's website\nThe Privacy Notice for Users of the Website should be read in conjunction with the overall Privacy Notice.\nThis section outlines the information that we collect when you visit the Website.\n");
    expect(config.organisation.name).not.toMatch(/^Users of/);
  });

  it('proposes the organisation that owns and operates the website (https://whocaresscotland.org/privacy-policy)', async () => {
    const { config } = await load('Privacy policy\n\nAbout us\n\nThis Website is owned and operated by Who Cares? Scotland.\n\nWe collect information you give us.\n');
    expect(config.organisation.name).toBe('Who Cares? Scotland');
  });

  it('proposes the organisation a contact block names under its DPO line, when nothing else names it (https://www.aberdeenshire.gov.uk/online/legal-notices/data-protection/)', async () => {
    const { config } = await load('Data protection\n\nAs a public body we are also required to appoint a Data Protection Officer.\n\nData Protection Officer\nAberdeenshire Council\nTown House\nLow Street\nAB45 1AY\n');
    expect(config.organisation.name).toBe('Aberdeenshire Council');
  });
});

describe('lawful bases and rights', () => {
  it('reads the common template\'s plain words for the bases in a list under "the law allows us" (https://biometricscommissioner.scot/data-protection)', async () => {
    expect(await values("Privacy notice\n\nHow we use your information\n\nWe will only use your personal information when the law allows us or requires us to. Most commonly, we will use your personal information in the following circumstances:\n- we have been given responsibility and duties by law and we need to use personal information to comply with those obligations\n- we have been given an important function or job by law and need to use personal information to fulfil that function\n- where we need to protect your interests (or someone else's interests)\n", 'art6')).toEqual(['c', 'd', 'e']);
  });

  it('reads consent given by using the website (https://stir.ac.uk/…/users-of-the-universitys-website)', async () => {
    expect(await values('Privacy notice\n\nAbout\n\nBy using the Website you consent to the collection and use of your personal information (where provided) in accordance with this privacy statement.\n', 'art6')).toEqual(['a']);
  });

  it('reads no right to restriction from "exemption (or restriction)", and no rectification from "handled correctly" (https://www.aberdeenshire.gov.uk/…, https://whocaresscotland.org/privacy-policy)', async () => {
    expect(await values("Privacy notice\n\nYour rights\n\nThis right of access extends to all information held on an individual except where a valid exemption (or restriction) applies.\n", 'rights')).toEqual(['access']);
    expect(await values('Privacy notice\n\nComplaints\n\nIf you feel that your data has not been handled correctly, you have the right to lodge a complaint with the Information Commissioner’s Office.\n', 'rights')).toEqual(['complain']);
  });
});
