/**
 * Classes of miss found by mining 42 unlabelled notices and cookie pages (London, the South East and
 * South West of England, South, Mid and West Wales, Welsh national bodies; the texts are in
 * test/fixtures/import-mining/m2/). Each test uses a real sentence, its source in a comment, and
 * states the class, not the phrase: the rules are written for the class.
 */
import { describe, expect, it } from 'vitest';
import { importNotice, type ImportResult } from '../../../src/import/import-notice.js';
import { rightKinds } from '../../../src/import/facts/rights.js';

const enc = (s: string) => new TextEncoder().encode(s);
const load = (text: string, name = 'notice.txt'): Promise<ImportResult> => importNotice(name, enc(text), { today: new Date('2026-12-06') });
const rights = async (text: string) => (await load(text)).found.filter((f) => f.family === 'rights').map((f) => f.value);

describe('rights: Welsh words in their mutated forms, and the verbs that say "you may"', () => {
  it.each([
    // https://keepingcardiffmoving.co.uk/cy/bhpp — "gweld" after "cael" keeps its radical; after "i" it is "weld".
    ['Gallwch ofyn am gael gweld y wybodaeth sydd gan Gyngor Caerdydd amdanoch.', ['access']],
    // https://www.rctcbc.gov.uk/CY/Council/DataProtectionandFreedomofInformation/DataProtection/Yourinformationrights/Yourinformationyourrights.aspx
    ['Hawl i weld gwybodaeth', ['access']],
    ['Hawl i gludo gwybodaeth', ['portability']],
    // https://www.monmouthshire.gov.uk/cy/eich-preifatrwydd/ — "unioni" is "to rectify".
    ['Mae gennych hawl i unioni.', ['rectification']],
    // https://www.cardiff.gov.uk/CYM/Eich-Cyngor/Diogelwch-data-a-Rhyddid-Gwybodaeth/Diogelu-Data/Pages/default.aspx
    ['Bydd gennych hawl i wybod sut y proseswyd eich data a gwneud ceisiadau mewn rhai amgylchiadau.', ['informed']],
    // https://uat.bridgend.gov.uk/cy/fy-nghyngor/rhyddid-gwybodaeth/diogelu-data/ — "a yw" is "whether":
    // being told whether your data is processed is the right of access (Art 15(1)), not the right to be informed.
    ['Cael eich hysbysu gan y cyngor a yw’ch data’n cael ei brosesu', ['access']],
    // https://uat.bridgend.gov.uk/my-council/freedom-of-information/data-protection/
    ['You have the right know whether your personal data is being processed and if so, the right to have a copy.', ['access']],
    // https://n-somerset.gov.uk./council-democracy/privacy-cookies/privacy-notices-corporate-services/privacy-notice-community-governance-review
    // (gathered after the rules above were written: the one right they missed)
    ['request the transfer of your personal information to another party.', ['portability']],
  ])('"%s"', (sentence, kinds) => {
    expect(rightKinds(sentence)).toEqual(kinds);
  });

  it('reads "cewch" ("you may") in a rights section like "gallwch", one right per clause', async () => {
    // https://keepingcardiffmoving.co.uk/cy/bhpp
    const found = await rights('Hysbysiad Preifatrwydd\n\nBeth yw eich hawliau?\n\nMewn rhai amgylchiadau, cewch hefyd ofyn i’r Cyngor gyfyngu ar brosesu eich data personol tan wirir unrhyw gamgymeriadau, gwrthwynebu i ni brosesu neu drosglwyddo neu ofyn i ni ddileu eich data personol.\n');
    expect(found).toEqual(['restriction', 'object', 'erasure']);
  });

  it('reads the withdrawal of consent in Welsh outside a rights section, however long its object', async () => {
    // https://beta.npt.gov.uk/cy/system/telerau-ac-amodau/datganiad-preifatrwydd/ysbysiadau-preifatrwydd-gwasanaeth-penodol/hysbysiad-preifatrwydd-arfarniad-opsiynau-camlesi-tennant-a-chastell-nedd-holiadur-yr-ymgynghoriad
    expect(await rights('Hysbysiad Preifatrwydd\n\nGan eich bod yn cydsynio i’r Cyngor ddefnyddio eich data personol, dylech wybod y gallwch dynnu eich cydsyniad i’r prosesu hwn yn ôl unrhyw bryd trwy roi gwybod i ni yn ysgrifenedig.\n')).toEqual(['withdraw-consent']);
    // https://keepingcardiffmoving.co.uk/cy/bhpp
    expect(await rights('Hysbysiad Preifatrwydd\n\nPa sail gyfreithiol?\n\nGallwch dynnu eich caniatâd yn ôl ar unrhyw adeg drwy gysylltu â diogeludata@caerdydd.gov.uk.\n')).toEqual(['withdraw-consent']);
  });

  it('gives no right for the same words used otherwise', async () => {
    // https://www.npt.gov.uk/15640?lang=cy-gb — the duty of confidence, not a data subject's right.
    expect(await rights('Datganiad Preifatrwydd\n\nMae hyn yn cynnwys parchu eich hawl i gyfrinachedd a sicrhau ein bod yn defnyddio gwybodaeth yn unol â’r caniatâd rydych wedi ei rhoi.\n')).toEqual([]);
    // https://bipabm.gig.cymru/… — a portal's feature ("the chance to see and share"), and encryption.
    expect(await rights('Rhannu\n\nByddwch wedyn yn cael y cyfle i weld a rhannu eich gwybodaeth â phwy bynnag y byddwch yn ei ddymuno. Mae’r holl wybodaeth glinigol wedi’i hamgryptio sy’n golygu na all PKB gael mynediad iddi.\n')).toEqual([]);
    // https://www.torfaen.gov.uk/cy/Cookies.aspx — cookies deleted when the browser closes.
    expect(await rights('Cwcis sesiwn\n\nRydym yn defnyddio cwcis sesiwn ac maen nhw’n cael eu dileu pan fyddwch yn cau eich porwr.\n')).toEqual([]);
  });
});

describe('the DPO: contact blocks and addresses in the shapes pages give them', () => {
  const dpo = async (text: string) => (await load(text)).config.notice.contacts?.find((c) => c.role === 'dpo');

  it('reads an address after "Address:" (capital A) as the card of the role the intro named, not of a department in the address', async () => {
    // https://hduhb.nhs.wales/about-us/governance-arrangements/your-information-your-rights/privacy-notices/privacy-notice-full/
    const card = await dpo('Privacy notice - Full\n\nFor specific enquiries regarding personal data which we process you can contact the Data Protection Officer:\n\nAddress: Hywel Dda University Health Board, Information Governance, IT Building, Bronglais General Hospital, Caradoc Road, Aberystwyth, SY23 1ER\n\nYour Personal Data – what is it?\n\nPersonal data is any information that relates to a person.\n');
    expect(card?.address?.postcode).toBe('SY23 1ER');
    expect(card?.address?.lines[0]).toBe('Hywel Dda University Health Board');
  });

  it('reads a Welsh inline address ("a’i gyfeiriad yw …")', async () => {
    // https://www.npt.gov.uk/15640?lang=cy-gb
    const card = await dpo('Datganiad Preifatrwydd\n\nPwy sy’n gyfrifol?\n\nSwyddog Diogelu Data Cyngor Castell-nedd Port Talbot yw Pennaeth Gwasanaethau Cyfreithiol y cyngor, a’i gyfeiriad yw Adran Gwasanaethau Cyfreithiol, Canolfan Ddinesig, Port Talbot SA13 1PJ.\n');
    expect(card?.address).toEqual({ lines: ['Adran Gwasanaethau Cyfreithiol', 'Canolfan Ddinesig', 'Port Talbot'], postcode: 'SA13 1PJ' });
  });

  it('reads a contact block whose lines were separated by blank lines after an intro naming the role', async () => {
    // https://www.monmouthshire.gov.uk/cy/eich-preifatrwydd/
    const card = await dpo('Hysbysiad\n\nManylion Cyswllt\n\nMae Cyngor Sir Fynwy yn Rheolydd Data. Y manylion cyswllt ar gyfer Swyddog Diogelu Data’r Cyngor yw:\n\nRheolwr Diogelu Data a Gwybodaeth\n\nSwyddfa Rhaglen Ddigidol\n\nNeuadd y Sir\n\nY Rhadyr\n\nBrynbuga\n\nNP15 1GA\n\nE-bost: dataprotection@monmouthshire.gov.uk\n\n01633 644644\n\nPa wybodaeth sydd gan y Cyngor amdanoch chi?\n\nBydd y Cyngor yn casglu ystod o wybodaeth bersonol oddi wrthych.\n');
    expect(card?.emails).toEqual(['dataprotection@monmouthshire.gov.uk']);
    expect(card?.address?.postcode).toBe('NP15 1GA');
    expect(card?.person).toBeUndefined();
  });

  it('never takes an address line for the DPO’s name', async () => {
    // https://swindon.gov.uk/directory_record/23823/… and https://senedd.cymru/cymorth/preifatrwydd/hysbysiad-preifatrwydd-pwyllgorau-r-senedd
    const swindon = await dpo('Privacy notice\n\nWho?\n\nPlease contact our Data Protection Officer or in writing to Data Protection Officer, Civic Offices, Euclid Street, Swindon, Wiltshire, SN1 2JH.\n');
    expect(swindon?.person).toBeUndefined();
    expect(swindon?.address?.postcode).toBe('SN1 2JH');
    const senedd = await dpo('Hysbysiad\n\nSwyddog Diogelu Data\n\nCysylltwch â\'n Swyddog Diogelu Data yn:\n\nTŷ Hywel,\nStryd y Pierhead,\nBae Caerdydd\nCF99 1SN\n\n0300 200 6494\n');
    expect(senedd?.person).toBeUndefined();
    expect(senedd?.address).toEqual({ lines: ['Tŷ Hywel', 'Stryd y Pierhead', 'Bae Caerdydd'], postcode: 'CF99 1SN' });
    // test/fixtures/import-corpus/swansea-bay-health-board-cy.txt — a line ending in a comma is an address line.
    const bay = await load('Hysbysiad\n\nCysylltu\n\nMae ein Pencadlys wedi’i leoli yn:\nPencadlys Bae Abertawe\n1 Porthfa Talbot,\nParc Ynni Baglan,\nBaglan,\nPort Talbot,\nSA12 7BR\n');
    expect(bay.config.notice.contacts?.some((c) => c.person)).toBe(false);
    // https://www.ombwdsmon.cymru/diogelu-data/ — the organisation's Welsh name under the role is not a person.
    const ombudsman = await dpo('Diogelu Data\n\nGwneud cais\n\nGellir ei anfon drwy’r post i’r cyfeiriad canlynol:\n\nSwyddog Gwybodaeth a Diogelu Data\nOmbwdsmon Gwasanaethau Cyhoeddus Cymru\n1 Ffordd yr Hen Gae\nPencoed\nPen-y-bont ar Ogwr\nCF35 5LJ\n');
    expect(ombudsman?.address?.postcode).toBe('CF35 5LJ');
    expect(ombudsman?.person).toBeUndefined();
  });
});

describe('cookies: names in shapes no table reader gives', () => {
  const names = async (text: string) => (await load(text)).found.filter((f) => f.family === 'cookies').map((f) => f.value);

  it('reads a definition list copied with each label run into its value, the name alone above it', async () => {
    // https://www.royalgreenwich.gov.uk/council-and-elections/policies-plans-and-strategies/what-cookies-we-use-and-what-they-do
    const result = await load('What cookies we use and what they do\n\nStrictly necessary cookies\n\nThe names and details of these cookies are shown in tables on this page.\n\ncookie-agreed\n\nContainsAn integer between 0 and 2\nExpiresAfter 100 days\nNotesHandles confirmation of essential cookies.\n\nAWSELB / AWSELBCOR\n\nExpiresWhen you close your browser\nNotesUsed by Amazon Web Services to implement load balancing functionality\n');
    const cookies = result.config.consent?.categories.flatMap((c) => c.cookies ?? []) ?? [];
    expect(cookies.map((c) => c.name)).toEqual(['cookie-agreed', 'AWSELB', 'AWSELBCOR']);
    expect(cookies[0]).toMatchObject({ duration: 'After 100 days', purpose: 'Handles confirmation of essential cookies.' });
    expect(cookies[2]).toMatchObject({ duration: 'When you close your browser' });
  });

  it('reads names listed before a dash in a sentence on a cookie page', async () => {
    // https://www.waverleyhomechoice.org.uk/CookiePolicy
    expect(await names('Cookie Policy\n\nThe following cookies may also be used for analytical purposes:\n\n_ga and _gat - used by Google Analytics to track user activity on the website.\n\nNone of the above cookies are used for any advertising purposes.\n')).toEqual(['_ga', '_gat']);
  });

  it('reads list items that run on from the name into its description, and names one a paragraph', async () => {
    // https://www.bromley.gov.uk/info/200031/data_protection_and_freedom_of_information/503/privacy_policy_for_wwwbromleygovuk/2
    expect(await names('Privacy and cookies statement\n\nGoogle Analytics\n\nWork together to calculate the length of a visit by taking a timestamp of the exact moment when a visitor:\n\n  • _utmb enters the site, expires at the end of the session\n  • _utmc leaves the site, it waits 30 minutes then expires\n')).toEqual(['_utmb', '_utmc']);
    // https://www.connectgwent.org.uk/index.php?id=28&L=1 — the table's cells, one a paragraph.
    expect(await names('Gwcis\n\nMae\'r tabl isod yn egluro\'r cwcis a ddefnyddir gennym a pham.\n\n_utmb\n\n_utmc\n\n_utmz\n\nDefnyddir y cwcis hyn i gasglu gwybodaeth am sut mae ymwelwyr yn defnyddio ein gwefan.\n')).toEqual(['_utmb', '_utmc', '_utmz']);
  });

  it('takes no plain word for a name, and no sentence with a dash that opens with an ordinary word', async () => {
    // A heading word over a labelled line ("Analytics" / "Purpose: …") and prose on a cookie page.
    expect(await names('Cookies\n\nAnalytics\n\nPurpose: to count visits to the site.\n\nGoogle Analytics - used to count visits.\n')).toEqual([]);
  });
});
