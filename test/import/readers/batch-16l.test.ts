/**
 * Structure misses of batch 16l (issue 16: fifteen unseen notices, test/fixtures/import-corpus/,
 * "batch": "16l" in answers.json), fixed by class: one test a class of copy-paste shape, each with
 * the real lines that showed it and their address, the other language's form, and where it helps a
 * line of another shape the class must not take. The fix is the class, never the page.
 */
import { describe, expect, it } from 'vitest';
import { blockText, type DocBlock } from '../../../src/import/doc-tree.js';
import { importNotice } from '../../../src/import/import-notice.js';
import { looksLikeHeading, textToTree } from '../../../src/import/readers/text.js';

const headings = (blocks: DocBlock[]) => blocks.filter((b) => b.kind === 'heading' && b.level > 1).map(blockText);
const title = (text: string) => {
  const h1 = textToTree(text).blocks.find((b) => b.kind === 'heading' && b.level === 1);
  return h1 ? blockText(h1) : undefined;
};
const load = (name: string, text: string) => importNotice(name, new TextEncoder().encode(text), { today: new Date('2026-12-06') });

describe('titles', () => {
  it('reads the title from the control table a policy opens with, when no line gives it (staging.nw-pcc.councilplatform.com/cy/polisi-preifatrwydd)', async () => {
    const welsh = await load('polisi.txt', 'Teitl: | Polisi Preifatrwydd |\nPerchennog y Polisi: | Prif Weithredwr |\nAwdur y Polisi: | Swyddog Gweithredol |\nRhif y Polisi: | 27 |\nDyddiad Cychwyn: | 25.08.2018 |\nCyflwyniad\nMae’r Polisi hwn yn egluro sut mae’r Comisiynydd Heddlu a Throsedd (SCHTh) yn cael, dal, defnyddio ac yn dadlennu gwybodaeth am unigolion. Eglura hefyd y camau a gymerir i sicrhau y gwarchodir gwybodaeth.\nDeddfwriaeth\nY ddeddfwriaeth bresennol yn y DU yw Deddf Diogelu Data 2018 a Rheoliad Diogelu Data Cyffredinol yr UE.\n');
    expect(welsh.config.notice.title).toBe('Polisi Preifatrwydd');
    expect(welsh.config.notice.sections.map((s) => s.heading)).toEqual(['Cyflwyniad', 'Deddfwriaeth']);
    const english = await load('policy.txt', 'Document Title: | Data Protection Privacy Notice |\nDocument Owner: | Information Governance Manager |\nVersion: | 3.0 |\nIntroduction\nThis notice explains how the authority collects, uses and shares the personal information it holds about you.\nYour rights\nYou have the right to ask for a copy of the information we hold about you.\n');
    expect(english.config.notice.title).toBe('Data Protection Privacy Notice');
  });

  it('takes a site\'s slogan of short phrases set off by commas for furniture over the page\'s short title (comisiynyddsafonaucymru.org/cwcis)', () => {
    expect(title('Cynnal enw da, gwarchod safonau, mynd i’r afael â phryderon\n\nCwcis\n\nBeth yw cwcis?\n\nFfeiliau testun bach yw cwcis; fe’u gosodir ar eich cyfrifiadur neu’ch dyfais symudol gan wefannau yr ydych yn ymweld â nhw.\n\nRheoli cwcis\n\nMae’r rhan fwyaf o borwyr gwe yn caniatáu rhywfaint o reolaeth i ddefnyddwyr dros y rhan fwyaf o’r cwcis drwy newid y gosodiadau.\n')).toBe('Cwcis');
    expect(title('Caring, compassionate, committed\n\nCookies\n\nWhat are cookies?\n\nCookies are small files that websites put on your computer or phone to remember your settings between visits.\n\nManaging cookies\n\nMost web browsers let you see, block and delete the cookies that websites have set on your device.\n')).toBe('Cookies');
  });
});

describe('headings a rule did not read', () => {
  it('ends a list that kept its bullets at its last bullet: a short line after it is no item that lost its bullet (biometricscommissioner.scot/data-protection)', () => {
    const tree = textToTree('We will only use your personal information when the law allows us or requires us to. Most commonly, we will use your personal information in the following circumstances:\n- we have been given responsibility and duties by law and we need to use personal information to comply with those obligations\n- when we have your consent to do so\n- where we need to protect your interests (or someone else\'s interests)\nCollecting and using information\nTo deliver the functions as st');
    expect(headings(tree.blocks)).toEqual(['Collecting and using information']);
    const welsh = textToTree('Dim ond pan fydd y gyfraith yn caniatáu hynny y byddwn yn defnyddio eich gwybodaeth bersonol, fel arfer yn yr amgylchiadau canlynol:\n- pan fydd y gyfraith yn rhoi dyletswyddau i ni\n- pan fyddwch wedi rhoi eich caniatâd\nCasglu a defnyddio gwybodaeth\nEr mwyn cyflawni’r swyddogaethau fel y');
    expect(headings(welsh.blocks)).toEqual(['Casglu a defnyddio gwybodaeth']);
  });

  it('keeps the lines straight over a table copied one cell a line with its separators as headings: a category and its provider (york.ac.uk/about/legal-statements/cookies)', () => {
    const tree = textToTree('Cookies\nHow cookies are used on our website\nThe cookies used on our website have a range of different purposes. Each cookie in the list will be labelled as one of the following:\n- Necessary cookies help make a website usable by enabling basic functions like page navigation and access to secure areas of the website. The website cannot function properly without these cookies.\n- Marketing cookies are used to track visitors across websites. The intention is to display ads that are relevant and engaging for the individual user and thereby more valuable for publishers and third party advertisers.\nNecessary cookies\nUniversity of York\nCookie |\nInformation |\n---|---|\ncfid, cftoken |\nUsed to identify a user\'s session in a ColdFusion app. See the ColdFusion documentation for more details. |\nJSESSIONID |\nJSESSIONID is a platform session cookie and is used by sites with JavaServer Pages (JSP). |\n');
    expect(headings(tree.blocks)).toEqual(['How cookies are used on our website', 'Necessary cookies', 'University of York']);
  });

  it('reads numbering that starts again at "1." after a run of numbered headings as headings still (a document numbered in parts)', () => {
    // The numbers of staging.nw-pcc.councilplatform.com/cy/polisi-preifatrwydd's first sections as a rewrite gives them, over its own "1.".
    const tree = textToTree('Polisi Preifatrwydd\n1. Cyflwyniad\nMae’r Polisi hwn yn egluro sut mae’r Comisiynydd Heddlu a Throsedd (SCHTh) yn cael, dal, defnyddio ac yn dadlennu gwybodaeth am unigolion.\n2. Deddfwriaeth\nY ddeddfwriaeth bresennol yn y DU yw Deddf Diogelu Data 2018 a Rheoliad Diogelu Data Cyffredinol yr UE.\n3. Rheolwr Data\nMae Prif Weithredwr Swyddfa’r CHTh wedi cofrestru gyda Swyddfa’r Comisiynydd Gwybodaeth fel y Rheolwr Data.\n1. Pa wybodaeth bersonol ydym yn ei chasglu?\nEr mwyn cyflawni eu dyletswyddau gall y CHTh gael, defnyddio a dadlennu gwybodaeth bersonol sy’n berthnasol i unigolion.\n');
    expect(headings(tree.blocks)).toEqual(['1. Cyflwyniad', '2. Deddfwriaeth', '3. Rheolwr Data', '1. Pa wybodaeth bersonol ydym yn ei chasglu?']);
    const english = textToTree('Privacy notice\n\nPart A\n\n1. Who we are\n\nWe are the council for the county and we provide services to the people who live in it and visit it.\n\n2. What we collect\n\nWe collect your name, address and the details of the service you ask us for when you contact us.\n\nPart B\n\n1. How long we keep it\n\nWe keep your information for as long as the law says we must, and then we delete it securely.\n');
    expect(headings(english.blocks)).toContain('1. How long we keep it');
  });
});

describe('lines that are not headings', () => {
  it('column names run together with no space, whatever the rows under them (comisiynyddsafonaucymru.org/cwcis)', () => {
    const tree = textToTree('Google Analytics\n\nAm ragor o wybodaeth am y cwcis dadansoddol, ewch i dudalennau gwybodaeth Google.\n\nCwciDod i benDiben\n_utma24 misFe\'i defnyddir i adnabod defnyddwyr a sesiynau.\nCaiff y cwci ei ddiweddaru bob tro yr anfonir data at Google Analytics.\n_utmb30 munudFe\'i defnyddir i ddynodi sesiynau/ymweliadau newydd.\n');
    expect(headings(tree.blocks)).not.toContain('CwciDod i benDiben');
    const english = textToTree('The cookies we set are listed below.\n\nCookiePurposeExpires\n_ga\nUsed to distinguish users from one another when they come back to the site.\n2 years\n');
    expect(headings(english.blocks)).not.toContain('CookiePurposeExpires');
  });

  it('a cookie\'s expiry alone on its line (joinus.lancashire.police.uk/cookies/)', () => {
    const tree = textToTree('A ‘cookie’ is a small text file that is written to your computer by your web browser. The Lancashire Police website uses the following cookies:\n\nARRAffinityThis cookie is used for load balancing to ensure our servers do not become overloaded by requests by distributing workload.\nEnd of Session (when the browser is closed)\nASP.Net _SessionIDUsed so our website can identify requests linked to the same browser session.End of Session (when the browser is closed)\nGoogle Analytics:\n Used to collect site use statistics. Used to establish and continue a user session.\n30 minutes from set/update\n_utmcGoogle Analytics: Used to collect site use statistics. Used in conjunction with the _utmb cookie to determine whether or not to establish a new session for the user.\n');
    expect(headings(tree.blocks)).toEqual([]);
    for (const line of ['End of Session (when the browser is closed)', '30 minutes from set/update', '1 Day', '3 months', 'Session', 'Diwedd y sesiwn', '2 flynedd', 'When you close your browser']) expect(looksLikeHeading(line), line).toBe(false);
    for (const line of ['Session cookies', 'Cwcis sesiwn', 'How long cookies last']) expect(looksLikeHeading(line), line).toBe(true);
  });

  it('the cells of a cookie table copied one cell a paragraph under its header, where no table reader took it (nes-webteam-ndp-cms-int.azurewebsites.net/legal-and-site-information/cookies)', () => {
    const tree = textToTree('Cookies\n\nUse of cookies\n\nA cookie is a small data file that some websites send to your hard drive when you visit them.\n\nThe table below describes the use of cookies on the NDP website.\n\nCookie name\n\nPurpose\n\nExpiry\n\nCategory\n\n.AspNetCore.Antiforgery.#\n\nHelps prevent Cross-Site Request Forgery (CSRF) attacks.\n\nSession\n\nNecessary\n\nai_session\n\nPreserves users states across page requests.\n\n1 Day\n\nNecessary\n\nARRAffinity\n\nUsed to distribute traffic to the website on several servers to optimise response times.\n\nSession\n\nNecessary\n\nCookieControl\n\nDetermines whether the visitor has accepted the cookie consent box. This ensures that the cookie consent box will not be presented again upon re-entry.\n\n3 months\n\nNecessary\n\nai_user\n\nUsed by Microsoft Application Insights software to collect statistical usage and telemetry information. The cookie stores a unique identifier\n');
    expect(headings(tree.blocks)).toEqual(['Use of cookies']);
    const welsh = textToTree('Cwcis\n\nSut rydym yn defnyddio cwcis\n\nMae’r tabl isod yn disgrifio’r cwcis a ddefnyddir ar y wefan hon a’r hyn y mae pob un yn ei wneud.\n\nEnw’r cwci\n\nDiben\n\nDod i ben\n\nCategori\n\n.AspNetCore.Antiforgery.#\n\nYn helpu i atal ymosodiadau ffugio ceisiadau traws-safle.\n\nSesiwn\n\nAngenrheidiol\n\nCookieControl\n\nYn cofio a ydych wedi derbyn y cwcis ai peidio.\n\n3 mis\n\nAngenrheidiol\n\nRheoli cwcis\n\nMae’r rhan fwyaf o borwyr gwe yn caniatáu rhywfaint o reolaeth i chi dros y cwcis drwy newid y gosodiadau.\n');
    expect(headings(welsh.blocks)).toEqual(['Sut rydym yn defnyddio cwcis', 'Rheoli cwcis']);
  });

  it('a contact field and its value, whatever the value (uhmb.nhs.uk/privacy-policy: the web link lost after "(")', () => {
    const tree = textToTree('Privacy notice for patients\n\nOur contact details\n\nName: University Hospitals of Morecambe Bay NHS Foundation Trust\n\nAddress: Trust Head Quarters, Westmorland General Hospital, Burton Road, Kendal, Cumbria LA9 7RG\n\nGeneral phone number: 01539 732288\n\nGeneral inquiries email address:  \n\nWebsite: University Hospitals of Morecambe Bay NHS Foundation Trust (\n\nWe are the controller for your information. A controller decides on why and how information is used and shared.\n\nData Protection Officer contact details\n\nOur Data Protection Officer is responsible for monitoring our compliance with data protection requirements.\n');
    expect(headings(tree.blocks)).toEqual(['Our contact details', 'Data Protection Officer contact details']);
    expect(looksLikeHeading('Gwefan: Bwrdd Iechyd Prifysgol (')).toBe(false);
    expect(looksLikeHeading('Cyfeiriad: Swyddfeydd y Bwrdd')).toBe(false);
  });

  it('a list\'s lead-in that lost its colon, a sentence opening with its subject and verb over the bullets (westyorksfire.gov.uk/about-us/who-we-are/your-information-privacy-notice)', () => {
    const tree = textToTree('How we use your information\n\nWe collect your personal information to allow us to carry out the various business functions such as;\n\n  • Completing safe and well visits.\n  • Responding to 999 calls.\n\nIn addition we collect information when you complete and submit\n\n  • Job applications.\n  • Request for safe and well visits.\n  • Complaints and Compliments.\n  • Subject Access Requests.\n\nWe will\n\n  • Only use the informa');
    expect(headings(tree.blocks)).toEqual([]);
    const welsh = textToTree('Sut rydym yn defnyddio eich gwybodaeth\n\nYn ogystal, rydym yn casglu gwybodaeth pan fyddwch yn llenwi ac yn cyflwyno\n\n  • Ceisiadau am swyddi.\n  • Cwynion a chanmoliaeth.\n\nByddwn yn\n\n  • Defnyddio’r wybodaeth at y diben a nodwyd yn unig.\n  • Cadw’r wybodaeth yn ddiogel.\n');
    expect(headings(welsh.blocks)).toEqual([]);
    // A heading in title case over bullets stays one.
    const titled = textToTree('Privacy notice\n\nWe Take Privacy Seriously\n\n  • We never sell your personal information to anyone.\n  • We keep your information secure at all times.\n');
    expect(headings(titled.blocks)).toEqual(['We Take Privacy Seriously']);
  });
});
