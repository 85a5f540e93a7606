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
});
