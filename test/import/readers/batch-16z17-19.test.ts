/**
 * Structure misses of batches 16z17 (English councils and fire services), 16z18 (Welsh notices) and
 * 16z19 (health and care) that took spurious headings, lost headings or titles, or broke the
 * corpus's limit of one spurious section a notice (issue 16; test/fixtures/import-corpus/, "batch"
 * in answers.json), fixed by class, each test with the real lines' shapes and their address.
 */
import { describe, expect, it } from 'vitest';
import { blockText } from '../../../src/import/doc-tree.js';
import { textToTree } from '../../../src/import/readers/text.js';
import { headings, title } from '../support/blocks.js';

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

  it('a page\'s record of the notice copied label over value, flush, a date\'s label among them, is one definition list; the template\'s fields over the title that repeat it are the page\'s (https://rochdale.gov.uk/directory-record/905/taxi-licensing-privacy-notice, https://www.dartford.gov.uk/privacy-notices/council-tax-privacy-notice)', () => {
    const rochdale = textToTree("Taxi Licensing Privacy Notice\n\nPrivacy notice name\nTaxi Licensing Privacy Notice\nLast updated\nWednesday, 7 September 2022.\n\nWe're responsible for regulating the number of taxis or Hackney Carriages in the borough. We do this through a licensing scheme.\n\nWhat personal information we collect\n\nWe collect your name, address, date of birth, contact details and your driving licence details when you apply.\n");
    expect(headings(rochdale.blocks)).toEqual(['What personal information we collect']);
    const dl = rochdale.blocks.find((b) => b.kind === 'dl');
    expect(dl?.kind === 'dl' && dl.items.map((item) => blockText({ kind: 'paragraph', content: item.term }))).toEqual(['Privacy notice name', 'Last updated']);
    const dartford = textToTree('Name: Council Tax Privacy Notice\nDescription: Council Tax Privacy Notice\n\nCouncil Tax Privacy Notice\n\nPrivacy Notice for Council Tax (a joint service with Sevenoaks District Council)\n\nWe administer the billing, collection and enforcement of council tax and any reductions or discounts you are entitled to.\n');
    expect(title(dartford.blocks)).toBe('Council Tax Privacy Notice');
    expect(headings(dartford.blocks)).toEqual(['Privacy Notice for Council Tax (a joint service with Sevenoaks District Council)']);
  });

  it('a field among fields, each "Label: value", stays with them though its value names the notice (https://www.torfaen.gov.uk/cy/AboutTheCouncil/DataProtectionFreedomofInformation/DataProtection/Privacy-Notice/PSSU/PN024-Cohesion-and-Community-Safety-Privacy-Notice.aspx)', () => {
    const torfaen = textToTree("PN024 - Hysbysiad Preifatrwydd Cydlyniant a Diogelwch Cymunedol\n\nMae Cyngor Bwrdeistref Sirol Torfaen yn ymrwymo i amddiffyn eich preifatrwydd pan fyddwch yn defnyddio ein gwasanaethau.\n\nMaes Gwasanaeth CBST: UCGC\nMaes gwaith: Cydlyniant a Diogelwch Cymunedol\nManylion Cyswllt: Kate.Williams@torfaen.gov.uk\nEnw Hysbysiad Preifatrwydd: Cydlyniant a Diogelwch Cymunedol\n\nRheolwr Data: Cyngor Bwrdeistref Sirol Torfaen, d/o Y Ganolfan Ddinesig, Pont-y-pŵl, NP4 6YB\n\nPwy sy'n darparu eich data i'r Cyngor?\n\nAr adegau, mae’r wybodaeth bersonol rydym yn ei phrosesu yn cael ei darparu yn uniongyrchol gennych chi.\n");
    expect(headings(torfaen.blocks)).toEqual(["Pwy sy'n darparu eich data i'r Cyngor?"]);
  });

  it('a cookie banner over a notice whose title was not copied ends at the first numbered section (https://www.elizabethavenue.org.uk/privacy-notice)', () => {
    const practice = textToTree('We use cookies to help provide you with the best possible online experience.\nBy using this site, you agree that we may store and access cookies on your device. Cookie policy.\nCookie settings.\nFunctional Cookies\nFunctional Cookies are enabled by default at all times so that we can save your preferences for cookie settings and ensure site works and delivers best experience.\n3rd Party Cookies\nThis website uses Google Analytics to collect anonymous information such as the number of visitors to the site, and the most popular pages.\nKeeping this cookie enabled helps us to improve our website.\n1. Introduction\nThe Data Protection Regulations in the UK include two key pieces of law:\n- The Data Protection Act 2018\n- The UK GDPR\n2. What is this Privacy Notice about?\nThis Privacy Notice explains how we use the information we hold about you and how we keep it safe.\n');
    const all = practice.blocks.filter((b) => b.kind === 'heading').map(blockText);
    expect(all).toEqual(['1. Introduction', '2. What is this Privacy Notice about?']);
  });

  it('in a text with no blank lines, a question broken after a dash is one heading, an intro broken before its colon one line, and a bracketed list of examples its items (http://doultingparish.org/Privacy-Notice-and-Data-Protection.php)', () => {
    const doulting = textToTree('DOULTING PARISH COUNCIL\nGENERAL PRIVACY NOTICE\nYour personal data –\nwhat is it?\n“Personal data” is any information about a living\nindividual which allows them to be identified from that data (for example a\nname, photographs, videos, email address, or address).\nWho are we?\nThis Privacy Notice is provided to you by the Parish\nCouncil of Doulting which is the data controller for your data.\nOther data\ncontrollers the council works with:\n[e.g. other data controllers, such as local\nauthorities\nCommunity groups\nCharities\nOther not for profit entities\nContractors\nCredit reference agencies]\nWe may need to share your personal data we hold with them\nso that they can carry out their responsibilities to the council. If we and the other data controllers listed\nabove are processing your data jointly for the same purposes, then the council and the other data controllers may be “joint data controllers”.\nEmail: clerk@example.org\n');
    expect(headings(doulting.blocks)).toEqual(['Your personal data – what is it?', 'Who are we?']);
    expect(doulting.blocks.map(blockText)).toContain('Other data controllers the council works with:');
  });

  it('a retention schedule copied one cell a paragraph under its two column names is cells, none a heading (https://www.colegsirgar.ac.uk/index.php/cy/10-welsh/3551-hysbysiad-preifatrwydd-i-ddysgwyr)', () => {
    const coleg = textToTree("Hysbysiad preifatrwydd i Ddysgwyr\n\nAm ba hyd fydd y Coleg yn cadw eich gwybodaeth?\n\nDisgrifiad\n\nCadw\n\nData craidd dysgwyr\n\nO leiaf 10 mlynedd ar ôl i chi adael y  Coleg ac ar hyn o bryd am gyfnod  amhenodol ar Gronfeydd Data ac yn yr  Archif.\n\nDeilliannau dysgwyr - pasio, cymhwyster, rhestrau dyfarniadau.\n\n10 mlynedd ar ôl i chi adael y Coleg*\n\nCofnodion yn ymwneud â");
    expect(headings(coleg.blocks)).toEqual(['Am ba hyd fydd y Coleg yn cadw eich gwybodaeth?']);
    const english = textToTree('Privacy notice\n\nHow long do we keep your information?\n\nDescription\n\nRetention period\n\nStudent records\n\nSix years after you leave the College.\n\nApplications that did not lead to enrolment\n\n1 year\n\nWho we share it with\n\nWe share your information with the awarding bodies whose qualifications you take and with the funding agencies.\n');
    expect(headings(english.blocks)).toEqual(['How long do we keep your information?', 'Who we share it with']);
  });

  it('a record\'s value that says nothing ("Not applicable") and an Article cited over its words ("Article 6 Lawfulness of Processing (Section 1, (e)):") are no headings (https://bathnes.gov.uk/council-privacy-notices/estates-tenant-records-privacy-notice, https://legacy.tendringdc.gov.uk/council/your-right-know/data-protection-privacy-notice-and-cookies/cctv-privacy-notice)', () => {
    const bathnes = textToTree('Estates Tenant Records Privacy Notice\n\nGDPR condition relied upon for processing special category data\n\nNot applicable\n\nSharing of personal data with external recipients\n\nResults of financial assessments are shared with providers who deliver services under contract on the Council’s behalf.\n');
    expect(headings(bathnes.blocks)).toEqual(['GDPR condition relied upon for processing special category data', 'Sharing of personal data with external recipients']);
    const tendring = textToTree('CCTV - Privacy Notice\n\nLegal basis for this processing\n\nArticle 6 Lawfulness of Processing (Section 1, (e)):\n\nProcessing is necessary for the performance of a task carried out in the public interest or in the exercise of official authority vested in the controller.\n\nUnder section 163 of the Criminal Justice and Public Order Act 1994.\n');
    expect(headings(tendring.blocks)).toEqual(['Legal basis for this processing']);
  });

  it('headings that were lost: a question over its short answer under the heading above, the Welsh legal basis\'s label, the right to see one\'s information, a lone accordion panel, a label flush over its paragraph (https://www.pendle.gov.uk/info/20094/data_protection_and_freedom_of_information/434/privacy_notice/2, https://www.ysgolwaunfawr.cymru/en/privacy-policy, https://www.complantcymru.org.uk/preifatrwydd/, https://improvinglivesnw.org.uk/about-us/our-nhs-integrated-care-board-icb/icb-publications/your-information/privacy-notice/, https://reacthomecare.co.uk/privacy-policy/)', () => {
    const pendle = textToTree('Privacy Notice\n\nElectoral Services Privacy Notice\n\nWho is the Data Controller?\n\nRose Rouse, Electoral Registration Officer and Returning Officer.\n\nWhat information do we collect from you?\n\nWe collect your name, address, nationality, date of birth and national insurance number to register you to vote.\n');
    expect(headings(pendle.blocks)).toEqual(['Electoral Services Privacy Notice', 'Who is the Data Controller?', 'What information do we collect from you?']);
    const ysgol = textToTree("Privacy Policy\n\nPam yr ydym yn casglu a defnyddio'r wybodaeth hon\nRydym yn defnyddio data disgybl:\n\n  • i gefnogi addysg y disgybl\n  • i fonitro ac adrodd ar gynnydd y disgybl\n\nY sail gyfreithlon pam yr ydym yn defnyddio'r wybodaeth hon:\nRydym yn casglu ac yn defnyddio gwybodaeth am ddisgyblion, staff a llywodraethwyr dan\n\n  • Rheoliadau Addysg (Gwybodaeth Ysgolion) (Cymru) 2011\n  • Rheoliadau Addysg (Gwybodaeth Disgybl) (Cymru) 2011\n");
    expect(headings(ysgol.blocks)).toEqual(["Pam yr ydym yn casglu a defnyddio'r wybodaeth hon", "Y sail gyfreithlon pam yr ydym yn defnyddio'r wybodaeth hon:"]);
    const cpc = textToTree('Preifatrwydd\n\nDeddf Diogelu Data 1998\n\nDeddf Diogelu Data 1998 yw’r ddeddf sy’n dweud wrth sefydliadau beth sy’n rhaid iddynt ei wneud i gadw manylion personol pobl yn ddiogel.\n\nGweld eich gwybodaeth\n\nMae gennych hawl i weld unrhyw wybodaeth mae CPC yn ei chadw amdanoch chi. Ewch i’r dudalen ‘Cysyllta’ am fanylion sut i gysylltu.\n\nDileu\n\nGallwch ofyn i ni ddileu eich gwybodaeth bersonol ar unrhyw adeg drwy gysylltu â ni.\n');
    expect(headings(cpc.blocks)).toEqual(['Deddf Diogelu Data 1998', 'Gweld eich gwybodaeth', 'Dileu']);
    const icb = textToTree('Privacy Notice\n\nWhat is a Privacy Notice?\n\nThis notice applies to all information held by the ICB relating to individuals, whether you are a current or previous patient.\n\nWe revise the Privacy Notice regularly to ensure that it continually provides transparent information about the use of your data.\n\n  • Our Commitment to Data Protection and Confidentiality\n\n    We are committed to protecting your privacy and will only process personal information in accordance with UK GDPR.\n\n    NHS Norfolk and Waveney ICB as a data controller is legally responsible for ensuring that all personal information is processed lawfully.\n');
    expect(headings(icb.blocks)).toEqual(['What is a Privacy Notice?', 'Our Commitment to Data Protection and Confidentiality']);
    // One item explained under a list's intro stays an item.
    const item = textToTree('Privacy Notice\n\nWhat is a Privacy Notice?\n\nWe share your information with:\n\n  • Our partners in the NHS\n\n    Hospitals and community services that provide your care and treatment in the area.\n\n    They keep your information confidential under the same duties as we do.\n');
    expect(headings(item.blocks)).toEqual(['What is a Privacy Notice?']);
    const react = textToTree('Privacy Policy\n\nHow do we collect information about you?\nWe collect information about you in a number of ways:\n\nInformation you tell us:\nWe accept self-referrals from you as an individual or from a family member or friends with your consent.  You will be asked for certain information when you contact us by phone or online.\n');
    expect(headings(react.blocks)).toEqual(['How do we collect information about you?', 'Information you tell us:']);
  });

  it('a page about cookies that opens with its own title is no cookie banner, whatever number its sections start at (https://www.nihe.gov.uk, nihe-information-about-cookies.txt)', () => {
    const nihe = textToTree('Information about cookies\n\nInformation about Cookies*\n\nCookies are small text files that are placed on your computer by websites that you visit.\n\nCookies on Our Website\n\nThe N.I. Housing Executive website was developed using the Kentico EMS software solution, delivering enhanced functionality and personalised features.\n\n1. System Cookies\n\nThese cookies allow the website to work and are set on every visit to the site.\n');
    expect(title(nihe.blocks)).toBe('Information about cookies');
    expect(headings(nihe.blocks)).toContain('Cookies on Our Website');
  });

  it('numbered, a question\'s clause of up to twelve words over a list\'s intro and the Welsh legal basis\'s label with its colon are headings (https://www.ysgolwaunfawr.cymru/en/privacy-policy)', () => {
    const ysgol = textToTree("Privacy Policy\n\nMae'r categorïau gwybodaeth am ddisgyblion yr ydym yn eu casglu, eu dal a'u rhannu yn cynnwys:\n\n  • Gwybodaeth bersonol (megis enw, rhif unigryw disgybl a chyfeiriad)\n  • Gwybodaeth am asesiadau\n\n1. Pam yr ydym yn casglu a defnyddio'r wybodaeth hon\nRydym yn defnyddio data disgybl:\n\n  • i gefnogi addysg y disgybl\n  • i fonitro ac adrodd ar gynnydd y disgybl\n\n2. Y sail gyfreithlon pam yr ydym yn defnyddio'r wybodaeth hon:\nRydym yn casglu ac yn defnyddio gwybodaeth am ddisgyblion, staff a llywodraethwyr dan\n\n  • Rheoliadau Addysg (Gwybodaeth Ysgolion) (Cymru) 2011\n  • Rheoliadau Addysg (Gwybodaeth Disgybl) (Cymru) 2011\n");
    expect(headings(ysgol.blocks)).toEqual(["1. Pam yr ydym yn casglu a defnyddio'r wybodaeth hon", "2. Y sail gyfreithlon pam yr ydym yn defnyddio'r wybodaeth hon:"]);
  });
});
