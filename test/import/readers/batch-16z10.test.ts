/**
 * Structure misses of batch 16z10 (Welsh bodies, twelve notices in Welsh) that lost headings, took a
 * spurious one or broke the corpus's limit of one spurious section a notice (issue 16;
 * test/fixtures/import-corpus/, "batch": "16z10" in answers.json), fixed by class, each test with
 * the real lines and their address.
 */
import { describe, expect, it } from 'vitest';
import { blockText, type DocBlock } from '../../../src/import/doc-tree.js';
import { importNotice } from '../../../src/import/import-notice.js';
import { textToTree } from '../../../src/import/readers/text.js';

const headings = (blocks: DocBlock[]) => blocks.filter((b) => b.kind === 'heading' && b.level > 1).map(blockText);

describe('batch 16z10', () => {
  // (https://www.rwcmd.ac.uk/cy/privacy; its English page, https://www.rwcmd.ac.uk/privacy, has the same table.)
  const rwcmd = 'Preifatrwydd\n\nMae’r Coleg yn ystyried diogelu holl wybodaeth bersonol (data) yn ddifrifol ac mae’n gwbl ymrwymedig i warchod hawliau a rhyddidau pob unigolyn mewn perthynas â phrosesu eu data personol. Bydd prosesu holl wybodaeth bersonol yn unol â chyfreithiau diogelu data.\n\nPwy ydym ni\n\nEnw’r Sefydliad\n\nColeg Brenhinol Cerdd a Drama Cymru Cyf.\n\nCyfeiriad y Sefydliad\n\nMaes y Castell, Parc Cathays, Caerdydd, CF10 3ER\n\nRhif Cofrestru Tŷ’r Cwmnïau\n\n6013744\n\nRhif Cofrestru SCG\n\nZ9702162\n\nSwyddog Diogelu Data Dynodedig\n\nRheolwr TG, Ffôn: 029 2039 1382, E-bost: DPO@rwcmd.ac.uk\n\nNatur y Sefydliad\n\nLleoliad Addysg Uwch a’r Celfyddydau\n\nAwdurdod cyhoeddus yw Coleg Brenhinol Cerdd a Drama Cymru o dan Ddeddf Rhyddid Gwybodaeth 2000.\n\nYnglŷn â’r hysbysiad hwn\n\nPwrpas y rhybudd hwn yw rhoi trosolwg cyffredinol i chi ynglŷn â sut yr ydym yn defnyddio’r wybodaeth yr ydym yn ei chasglu gennych chi yn uniongyrchol ac oddi wrth drydydd parti.\n';

  it('a two-column table of labels and values copied one cell a line, blank lines between, is one definition list under its heading, in Welsh and English; lines of an address flush on one another are not (https://www.rwcmd.ac.uk/cy/privacy, https://www.rwcmd.ac.uk/privacy, https://www.dyfed-powys.police.uk/en/privacy-notice/)', () => {
    const cy = textToTree(rwcmd);
    expect(headings(cy.blocks)).toEqual(['Pwy ydym ni', 'Ynglŷn â’r hysbysiad hwn']);
    const dl = cy.blocks.find((b) => b.kind === 'dl');
    expect(dl?.kind === 'dl' && dl.items.map((item) => blockText({ kind: 'paragraph', content: item.term }))).toEqual(['Enw’r Sefydliad', 'Cyfeiriad y Sefydliad', 'Rhif Cofrestru Tŷ’r Cwmnïau', 'Rhif Cofrestru SCG', 'Swyddog Diogelu Data Dynodedig', 'Natur y Sefydliad']);
    const en = textToTree('Who we are\n\nOrganisation name\n\nRoyal Welsh College of Music & Drama Ltd\n\nOrganisation address\n\nCastle Grounds, Cathays Park, Cardiff, CF10 3ER\n\nCompanies house registration number\n\n6013744\n\nICO registration number\n\nZ9702162\n\nThe Royal Welsh College of Music & Drama is a public authority under the Freedom of Information Act 2000.\n');
    expect(headings(en.blocks)).toEqual([]);
    expect(en.blocks.map((b) => b.kind)).toEqual(['heading', 'dl', 'paragraph']);
    const dyfed = textToTree('Our data protection registration number with the Information Commissioner’s Office (ICO) is Z537336X.\n\nData Controller\n\nChief Constable of Dyfed Powys Police\nDyfed Powys Police\nPolice Headquarters\nPO BOX 99\nLlangunnor\nCarmarthen\nCarmarthenshire\nSA31 2PF\n\nData Protection Officer\n\nHead of Information Management\nDyfed Powys Police\nPolice Headquarters\nPO BOX 99\nLlangunnor\nCarmarthen\nCarmarthenshire\nSA31 2PF\n\nProcessing under PART 2 – General processing\n\nThe processing of personal information is governed by the Data Protection Act 2018 and the associated General Data Protection Regulation.\n');
    expect(headings(dyfed.blocks)).toEqual(['Data Controller', 'Data Protection Officer', 'Processing under PART 2 – General processing']);
    expect(dyfed.blocks.some((b) => b.kind === 'dl')).toBe(false);
  });

  it('the Data Protection Officer\'s label beside its contact value gives the DPO\'s card (https://www.rwcmd.ac.uk/cy/privacy)', async () => {
    const result = await importNotice('rwcmd-privacy-cy.txt', new TextEncoder().encode(rwcmd), { today: new Date('2026-12-06') });
    const dpo = result.config.notice.contacts.find((c) => c.role === 'dpo');
    expect(dpo?.emails).toEqual(['DPO@rwcmd.ac.uk']);
  });

  it('a sign-language badge ("Defnyddir BSL Yma BSL Used Here") is the site\'s furniture wherever it stands, never the title (https://tangogleddcymru.llyw.cymru/hysbysiad-preifatrwydd-cyffredinol/hysbysiad-preifatrwydd-ymyrraeth-lleihau-llosgi-bwriadol-cyfeillgar-i-blant)', () => {
    const nwfrs = textToTree('Defnyddir BSL Yma BSL Used Here\n\nHysbysiad Preifatrwydd Ymyrraeth Lleihau Llosgi Bwriadol (Cyfeillgar i Blant)\n\nPwy ydym ni?\n\nNi yw\'r gwasanaeth tân sy\'n gweithio yn eich ardal.  Rydym yn mynychu argyfyngau fel tanau a hefyd yn gweithio gyda phobl ifanc a allai fod angen cymorth i gadw\'n ddiogel.\n');
    expect(nwfrs.blocks[0]).toMatchObject({ kind: 'heading', level: 1, content: ['Hysbysiad Preifatrwydd Ymyrraeth Lleihau Llosgi Bwriadol (Cyfeillgar i Blant)'] });
    expect(nwfrs.blocks.map(blockText).join('\n')).not.toContain('BSL');
  });

  it('a list\'s intro that opens with a condition ("Where required, we may share your information with:"), its list lost, is body, not a heading (https://emrts.nhs.wales/use-of-site/privacy-notice)', () => {
    const emrts = textToTree('We are legally able to process your personal information under Article 6 of the General Data Protection Regulation (GDPR) as the processing is necessary for us to perform our official functions as an NHS body. Article 9 GDPR for the provision of Health and Social Care will also be utilised.\nThere will be occasions when we will rely on other lawful bases such as when the processing is required for us to comply with the law, supports scientific research or is in your or another person’s vital interest (referring to a life-or-death situation).\nIf relevant, the service will use information that does not identify individuals, however we will sometimes have to process personal information about patients for the following purposes:\nWe will not store personal information for longer than is required. Personal information will be anonymised when it is no longer required in an identifiable format. It will be stored in line with NHS retention guidelines as follows:\nThere may be occasions where we will share your information with others involved in your health care treatment. This will only be done where there is a lawful basis to do so and in line with the purposes listed above.\nWhere required, we may share your information with:\nThe contact details for the Swansea Bay University Health Board’s Data Protection Officer are outlined below:\nData Protection Officer\nHeadquarters, Swansea Bay University Health Board\n1 Talbot Gateway\nPort Talbot\n');
    expect(headings(emrts.blocks)).not.toContain('Where required, we may share your information with:');
  });

  it('a numbered heading that asks with its own words keeps its full stop over its first section, Welsh being wordier (http://www.rctcbc.gov.uk/CY/Council/DataProtectionandFreedomofInformation/DataProtection/serviceprivacynotices/CommunityandChildrensServices/ParksCountrysidePrivacyNotice.aspx)', () => {
    const rct = textToTree('Hysbysiad Preifatrwydd Parciau a Chefn Gwlad\n\nRydyn ni wedi crynhoi yn yr hysbysiad preifatrwydd yma rai o\'r ffyrdd allweddol rydyn ni\'n defnyddio\'ch gwybodaeth bersonol at ddibenion y Gwasanaeth Parciau a Chefn Gwlad.\n\n1. Pwy ydyn ni a\'r hyn rydyn ni\'n ei wneud.\n\nPrif waith yr adran Parciau a Chefn Gwlad yw cynnal mannau cyhoeddus a\'r cyfleusterau cysylltiedig yn y Fwrdeistref Sirol.\n \n2. Pa fath o wybodaeth bersonol ydyn ni\'n ei chadw ac am bwy?\n\nByddwn ni\'n cadw gwybodaeth cyswllt defnyddwyr y gwasanaeth.\n');
    expect(headings(rct.blocks)).toEqual(["1. Pwy ydyn ni a'r hyn rydyn ni'n ei wneud.", "2. Pa fath o wybodaeth bersonol ydyn ni'n ei chadw ac am bwy?"]);
  });

  it('a cookie\'s label over its record, its name field first ("Fersiwn iaith:" / "Enw: language" / "Diben: …"), heads it as its siblings do (http://www.qualificationswales.org/cymraeg/website-privacy-policy/)', () => {
    const qw = textToTree('Cwcis\n\nMae’r wybodaeth a gesglir gan Cymwysterau Cymru yn cynnwys cyfeiriadau IP, tudalennau yr ymwelwyd â hwy, porwr a system weithredu.\n\nFersiwn iaith:\n\nEnw: language\n\nDiben: Crëwyd y cwci hwn gan y system rheoli cynnwys ac mae’n hanfodol er mwyn galluogi’r wefan i ddangos y fersiwn cywir o’r wefan o ran iaith.\n\nGoogleAnalytics\n\nEnw: _ga _gaid\n\nDiben: Defnyddir y cwcis hyn i weld sut mae ymwelwyr yn defnyddio ein gwefan.\n');
    expect(headings(qw.blocks)).toEqual(['Fersiwn iaith:', 'GoogleAnalytics']);
  });
});
