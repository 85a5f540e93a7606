/**
 * Structure misses of batches 16z17 (English councils and fire services), 16z18 (Welsh notices) and
 * 16z19 (health and care) that took spurious headings, lost headings or titles, or broke the
 * corpus's limit of one spurious section a notice (issue 16; test/fixtures/import-corpus/, "batch"
 * in answers.json), fixed by class, each test with the real lines' shapes and their address.
 */
import { describe, expect, it } from 'vitest';
import { blockText, type DocBlock } from '../../../src/import/doc-tree.js';
import { textToTree } from '../../../src/import/readers/text.js';

const headings = (blocks: DocBlock[]) => blocks.filter((b) => b.kind === 'heading' && b.level > 1).map(blockText);
const title = (blocks: DocBlock[]) => {
  const h1 = blocks.find((b) => b.kind === 'heading' && b.level === 1);
  return h1 && blockText(h1);
};

describe('batches 16z17, 16z18 and 16z19: titles under page furniture', () => {
  it('a language prompt ("Please select a language", "Dewisiwch iaith os gwelwch yn dda") and the site\'s header copied flush over the title and its lead are the page\'s (https://www.dental-referrals.nhs.wales/cy/patients/confidentiality-2/)', () => {
    const dental = textToTree("Please select a language\n\nDewisiwch iaith os gwelwch yn dda\n\nNHS Wales Dental Referral Management System\nIaith\nEich Bwrdd Iechyd\nCadw data'n ddiogel\nRydym yn cymryd diogelwch eich data o ddifrif calon. Dyma sut rydym yn eu diogelu a sut rydym yn cydymffurfio â'r Rheoliadau Cyffredinol ar Ddiogelu Data.\n\nSut rydym yn cadw eich cofnodion yn gyfrinachol\n\nY wybodaeth rydym yn ei chasglu amdanoch\n\nMae’r wybodaeth hon yn ymwneud â’r wybodaeth rydym yn ei chasglu amdanoch pan fydd eich deintydd yn gwneud atgyfeiriad deintyddol ar eich cyfer.\n");
    expect(title(dental.blocks)).toBe("Cadw data'n ddiogel");
    expect(headings(dental.blocks)).toEqual(['Sut rydym yn cadw eich cofnodion yn gyfrinachol', 'Y wybodaeth rydym yn ei chasglu amdanoch']);
    // A title flush over its lead under one line of the site's is no header of three: the first line stays the title's business.
    const short = textToTree('Riverside Surgery\nKeeping your data safe\nWe take the security of your data seriously and this page explains how we protect it and how we comply with the law.\n\nWho we are\n\nWe are a GP practice serving the people of the town and the villages around it, and we hold your records.\n');
    expect(blockText(short.blocks[0]!)).toBe('Riverside Surgery');
  });

  it('breadcrumbs before the title that the page shows again after its lead paragraph are the trail (http://111.wales.nhs.uk/lifestylewellbeing/yourinfoyourrights?locale=cy)', () => {
    const nhs111 = textToTree("Amdanom ni\n\nDefnyddio eich gwybodaeth\n\nEich Gwybodaeth Eich Hawliau\n\nMae'r daflen hon yn esbonio pam mae GIG Cymru yn casglu gwybodaeth amdanoch chi a sut y gellir defnyddio hyn: \n\nEich Gwybodaeth Eich Hawliau\n\nHysbysiad Preifatrwydd Cleifion\n\nHysbysiad Preifatrwydd Claf\n\nOs ydych chi'n breswylydd o Gymru sydd wedi derbyn triniaeth gan ddarparwr gofal y GIG yn Lloegr, bydd eich gwybodaeth yn cael ei rhannu yn ôl i GIG Cymru.\n\nPa wybodaeth sydd ei hangen arnoch chi gennyf i?\n\nPan fyddwch yn ffonio GIG 111 Cymru, gofynnir ichi ddarparu rhywfaint o wybodaeth sylfaenol amdanoch chi'ch hun a'r rheswm dros eich galwad.\n");
    expect(title(nhs111.blocks)).toBe('Eich Gwybodaeth Eich Hawliau');
    expect(headings(nhs111.blocks)).not.toContain('Defnyddio eich gwybodaeth');
    expect(headings(nhs111.blocks)).toContain('Pa wybodaeth sydd ei hangen arnoch chi gennyf i?');
  });

  it('the header image\'s text alternative and the site\'s name over the notice\'s name are lines of the introduction (https://gofalcymdeithasol.cymru/hub/hub-generic-standalone/privacy-policy-and-cookies)', () => {
    const hub = textToTree('Skip to main content\nCymraeg English\nMenyw yn helpu bachgen llenwi ffurflen\nHyb Gwybodaeth a Dysgu\n\nPolisi preifatrwydd a chwcis\n\nMae’r polisi hwn yn ymwneud â’r gwasanaethau a ddarperir gan wefan (y Wefan) yr Hyb Gwybodaeth a Dysgu. Mae’r polisi preifatrwydd hwn yn esbonio sut y bydd unrhyw ddata personol a gasglwn gennych yn cael ei brosesu.\n\nDeddfwriaeth\n\nPan fyddwch chi’n cyflwyno unrhyw wybodaeth bersonol i ni, mae gennym ddyletswyddau cyfreithiol tuag atoch o ran y ffordd yr ydym yn ymdrin â’r data hwnnw.\n');
    expect(title(hub.blocks)).toBe('Polisi preifatrwydd a chwcis');
    expect(headings(hub.blocks)).toEqual(['Deddfwriaeth']);
  });

  it('the language switcher\'s two links a line each under the title are the page\'s, and a sentence that goes on from the last ("Rydym hefyd yn …", "This is a list of …") is no heading (https://senedd.dialogue-app.com/privacy_policy, https://www.protectuk.police.uk/protectuk-cookie-policy)', () => {
    const senedd = textToTree("Polisi Preifatrwydd / Privacy policy\n\nCymraeg\n\nEnglish\n\nPolisi Preifatrwydd\n\nRydym ni yng Nghomisiwn Cynulliad Cenedlaethol Cymru yn deall ac yn parchu pa mor bwysig yw preifatrwydd ar-lein i chi.\n\nSut rydym yn defnyddio'r wybodaeth rydym yn ei chasglu\n\nGallwn ddefnyddio'r wybodaeth a gawn drwy Deialog er mwyn:\n\n • caniatáu i chi gymryd rhan mewn ymgynghoriadau yn y dyfodol;\n • ymateb i'ch syniadau, cwestiynau a sylwadau.\n\nRydym hefyd yn defnyddio'r wybodaeth hon i helpu i weinyddu\n\nDeialog, adnabod defnyddwyr Deialog, a chasglu gwybodaeth ddemograffig am ein defnyddwyr.\n");
    expect(headings(senedd.blocks)).toEqual(['Polisi Preifatrwydd', "Sut rydym yn defnyddio'r wybodaeth rydym yn ei chasglu"]);
    const protect = textToTree('Cookie policy\n\n5.    List of the Main ProtectUK Cookies\n\nThis is a list of the main cookies set by ProtectUK\n\nCookie Description\n_pk_ref Matomo analytics\n_pk_cvar Matomo analytics\n');
    expect(headings(protect.blocks)).toEqual(['5. List of the Main ProtectUK Cookies']);
  });
});

describe('batches 16z17, 16z18 and 16z19: contents, tables and fields', () => {
  it('an in-page contents list whose links lost their bullets, a line each between blank lines, two of them the sections\' headings later, is one list (http://www.abertawe.gov.uk/hysbysiadpreifatrwydd)', () => {
    const swansea = textToTree("Toglo gwelededd dewislen symudol\n\nHysbysiad preifatrwydd\n\nSut mae Cyngor Abertawe yn defnyddio'ch data personol.\n\nManylion hunaniaeth a chyswllt y cyngor\n\nCategorïau o ddata personol sydd gennym\n\nFfynhonnell data personol\n\nAm ba hyd rydym yn cadw eich data\n\nEich hawliau data\n\nDatrysiad ffurfiol\n\n \n\nManylion hunaniaeth a chyswllt y cyngor\n\nDyma'n cyfeiriad post:\n\nDinas a Sir Abertawe\nCanolfan Ddinesig\nAbertawe\nSA1 3SN\n\nGallwch gysylltu â ni yma ar gyfer amrywiaeth o wasanaethau, neu drwy ffurflenni ar ein gwefan neu'n bersonol yn y Ganolfan Ddinesig.\n\nCategorïau o ddata personol sydd gennym\n\n'Prosesu' yw'r enw a roddir ar gael, cofnodi a thrin gwybodaeth bersonol, ac mae gennym amrywiaeth o gategorïau data gwahanol.\n");
    expect(headings(swansea.blocks)).toEqual(['Manylion hunaniaeth a chyswllt y cyngor', 'Categorïau o ddata personol sydd gennym']);
    const list = swansea.blocks.find((b) => b.kind === 'list');
    expect(list?.kind === 'list' && list.items.length).toBe(6);
    // An address given twice, flush lines each time, is no contents list: its label stays a heading.
    const police = textToTree('Privacy notice\n\nThe Chief Constable is the Data Controller and as such has overall responsibility for the lawful processing of all personal information.\n\nData Controller\n\nChief Constable of Dyfed Powys Police\nDyfed Powys Police\nPolice Headquarters\nPO BOX 99\nLlangunnor\nCarmarthen\nSA31 2PF\n\nData Protection Officer\n\nHead of Information Management\nDyfed Powys Police\nPolice Headquarters\nPO BOX 99\nLlangunnor\nCarmarthen\nSA31 2PF\n');
    expect(headings(police.blocks)).toEqual(['Data Controller', 'Data Protection Officer']);
  });
});
