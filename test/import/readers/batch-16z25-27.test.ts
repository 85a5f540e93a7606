/**
 * Structure misses of batches 16z25 (Welsh notices), 16z26 (health and care) and 16z27 (English
 * councils and education) that took spurious headings, lost headings or titles, or broke the
 * corpus's limit of one spurious section a notice (issue 16; test/fixtures/import-corpus/, "batch"
 * in answers.json), fixed by class, each test with the real lines' shapes and their address.
 */
import { describe, expect, it } from 'vitest';
import { blockText, type DocBlock } from '../../../src/import/doc-tree.js';
import { textToTree } from '../../../src/import/readers/text.js';
import { headings, title, text } from '../support/blocks.js';

describe('batches 16z25, 16z26 and 16z27: page furniture', () => {
  it('a quick-exit button and an icon\'s text alternative over the title are the site\'s (https://www.meiccymru.org/cym/polisi-cwcis/)', () => {
    const meic = textToTree("x\nCuddio'r dudalen\ninstagram icon\n\nPolisi Cwcis\n\nDefnydd o gwcis gan Meic\n\nFfeiliau testun bach yw cwcis y mae’r gwefannau rydych chi’n ymweld â nhw yn eu hanfon i’ch cyfrifiadur neu’ch dyfais symudol.\n");
    expect(title(meic.blocks)).toBe('Polisi Cwcis');
    expect(headings(meic.blocks)).toEqual(['Defnydd o gwcis gan Meic']);
    const exit = textToTree('Hide this page\nfacebook icon\n\nPrivacy notice\n\nWho we are\n\nWe are a helpline for children and young people, and this notice explains what we do with your information.\n');
    expect(title(exit.blocks)).toBe('Privacy notice');
  });

  it('a row of icons whose text alternatives repeat one placeholder, and a help banner, over the title are the site\'s (https://stnicholashospice.org.uk/privacy/service-user-privacy-notice/)', () => {
    const hospice = textToTree('Phone human-readable description of the message we trying to accomplish. Search human-readable description of the message we trying to accomplish. Map pin human-readable description of the message we trying to accomplish.\n\nNeed to talk?\n\nCall our 24h help desk.\n01284 766133\nWe’re here to help\n\nService User Privacy Notice\n\nWhat is our legal basis for processing your personal information?\n\nProcessing of patient information comes under Public Task in connection with your health care is necessary for the purposes of health and social care.\n');
    expect(title(hospice.blocks)).toBe('Service User Privacy Notice');
    expect(headings(hospice.blocks)).toEqual(['What is our legal basis for processing your personal information?']);
    expect(text(hospice.blocks)).not.toMatch(/human-readable|Need to talk/);
    // A sentence that only repeats its words is no row of icons.
    const prose = textToTree('Privacy notice\n\nWe keep your records safe. We keep your records safe and up to date. We keep them for six years after your last visit to us.\n');
    expect(text(prose.blocks)).toMatch(/We keep your records safe\./);
  });

  it('a site\'s accessibility panel over the page\'s title, and "Back to …" links, are the site\'s (https://fareham.gov.uk/waste_collection_and_recycling/garden_waste_and_composting/privacynotice.aspx, https://www.centralengland.coop/your-co-op/privacy-and-data-protection/optical-services)', () => {
    const fareham = textToTree("Accessibility and Display Options\n\nChoose accessibility and display settings\nText Preferences\nColour Schemes\nSave Close\n\n\nGarden waste service\n\nPrivacy notice\n\nProcessing your data is necessary for the performance of this service/contract to which you are party. The Council (The data Controller) will only use the personal information you provide for this service.\n\n\nBack to garden waste subscription service\n\nBack to to\n");
    expect(['Garden waste service', 'Privacy notice']).toContain(title(fareham.blocks));
    expect(text(fareham.blocks)).not.toMatch(/Accessibility and Display|Colour Schemes|Back to/);
    const coop = textToTree('Back to Privacy Notice\n\nOptical Services - Privacy Notice\n\n\nClose All\nOpen All\n\n\nPersonal data we collect\n\nWe collect the personal data we need to provide you with optical services. This includes:\n\n  • Your name and contact details\n');
    expect(title(coop.blocks)).toBe('Optical Services - Privacy Notice');
    expect(headings(coop.blocks)).toEqual(['Personal data we collect']);
    expect(text(coop.blocks)).not.toMatch(/Close All|Open All/);
  });

  it('"Share on …" links under the title are the page\'s (https://cavs.org.uk/polisi-preifatrwydd/?lang=cy)', () => {
    const cavs = textToTree('Polisi Preifatrwydd\n\nShare on facebook\nShare on twitter\nShare on linkedin\nShare on email\n\nHysbysiad Preifatrwydd CAVS (diweddarwyd Ebrill 2021)\n\nDisgwylir i’r polisi hwn gael ei adolygu: 01.04.2024\n\nMae Cymdeithas Gwasanaethau Gwirfoddol Sir Gaerfyrddin (CAVS) wedi ymrwymo i barchu a diogelu hawliau preifatrwydd unigolion.\n');
    expect(text(cavs.blocks)).not.toMatch(/Share on/);
    // The notice's own name with its edition's date in brackets heads it; the review date's line is none.
    expect(headings(cavs.blocks)).toEqual(['Hysbysiad Preifatrwydd CAVS (diweddarwyd Ebrill 2021)']);
  });
});

describe('batches 16z25, 16z26 and 16z27: lines that are no headings', () => {
  it('a table a sentence announces, its examples\' cells lists of things longer than ten words, is cells to the last; the short line over the sentence after it is the next heading (https://www.caringhomes.org/privacy-notice)', () => {
    const homes = textToTree('Privacy Notice\n\nPersonal Data We Process\n\nWe process various categories of personal data. The table below outlines these categories along with illustrative but not exhaustive examples of what each may include.\n\nCategories\n\nExamples\n\nPersonal Identifiers\n\nNames, title, date of birth\n\nOperational Data\n\nCar registration, signature, date and time of visit, purpose of visit\n\nOnline Identifiers\n\nIP addresses, cookies, usage data from our websites and systems\n\nPhotos and Videos\n\nCCTV footage, media captured using company-owned devices\n\nPurposes of Processing\n\nWe process personal data to deliver our services, meet legal and regulatory requirements, and support operational effectiveness.\n');
    expect(headings(homes.blocks)).toEqual(['Personal Data We Process', 'Purposes of Processing']);
  });

  it('a document control block\'s fields with their colons lost, and dates with their versions, are no headings (https://www.hockeywalescommunity.org.uk/cy/privacy-policy)', () => {
    const hockey = textToTree("Polisi Preifatrwydd\n\nEnw'r Awdur Prif Swyddog Gweithredol \n\nCymeradwywyd gan Fwrdd y Cyfarwyddwyr \n\nDyddiadau cymeradwyo Ebrill 2018 (fersiwn 1) \n\nEbrill 2019 (fersiwn 2)  \n\nEbrill 2020 (fersiwn 3)  \n\nHydref 2021 (fersiwn 4) \n\nDyddiad Adolygu Ebrill 2022 \n\n\n\nMae Hoci Cymru wedi ymrwymo i brosesu gwybodaeth bersonol am ei aelodau, partneriaid a rhanddeiliaid yn unol â'r gyfraith.\n\nGwybodaeth bersonol y gall Hoci Cymru ei chasglu am unigolyn \n\nGall Hoci Cymru gasglu gwybodaeth bersonol pan fydd gwefan Hoci Cymru yn cael ei chyrchu neu pan fydd unigolyn yn cysylltu â ni.\n");
    expect(headings(hockey.blocks)).toEqual(['Gwybodaeth bersonol y gall Hoci Cymru ei chasglu am unigolyn']);
    const english = textToTree('Privacy Policy\n\nAuthor Chief Executive Officer\n\nApproved by the Board of Directors\n\nMay 2024 (version 2.1)\n\nPolicy version: 2026-05-26.1\n\nWe are committed to processing personal information about our members in line with the law.\n\nWho we are\n\nWe are the national governing body for the sport and hold records of our members and volunteers.\n');
    expect(headings(english.blocks)).toEqual(['Who we are']);
  });

  it('a note with its label run on, and a label with the date it gives, are no headings (https://icc.gig.cymru/gwasanaethau-a-thimau/sgrinio/sgrinio-clyw-babanod-cymru/cwestiynau-cyffredin/y-ffordd-rydym-yn-defnyddio-gwybodaeth-amdanoch-chi-neu-am-eich-babi/)', () => {
    const screening = textToTree("Sut rydym yn defnyddio gwybodaeth\n\nLle y bo'n bosibl, rydym yn cadw profion sgrinio er mwyn i ni allu cymharu eich prawf diweddaraf â'r rhai a gawsoch yn flaenorol.\n\nNoder:   Nid yw'n bosibl storio pecynnau profi sgrinio'r coluddyn a ddefnyddiwyd\n \nRydym hefyd yn casglu gwybodaeth am yr holl ganserau'r fron, coluddyn a cheg y groth i fonitro a gwerthuso'r rhaglenni sgrinio hynny.\n\nRhannu eich gwybodaeth\n\nRydym yn rhannu gwybodaeth gyda'ch meddyg teulu a'r tîm sy'n gofalu amdanoch chi a'ch babi.\n");
    expect(headings(screening.blocks)).toEqual(['Rhannu eich gwybodaeth']);
    const review = textToTree('Privacy notice\n\nThis policy is due to be reviewed: 01.04.2024\n\nWe are committed to respecting and protecting the privacy rights of individuals who use our services.\n');
    expect(headings(review.blocks)).toEqual([]);
  });

  it('a "Label: value" line between two others is a field, whatever its label (https://cimera.co.uk/cy/policy/)', () => {
    const cimera = textToTree('Polisi Preifatrwydd Cimera CBC\n\nPerson cyfrifol: Raine Williams \n\nTeitl: Swyddog Diogelu Data \n\nEbost: enquiries.cimera@outlook.com \n\nRhif polisi: PL09007 \n\nY math o wybodaeth bersonol rydym yn ei gasglu:  \n\nSefyllfa gyfredol, rydym yn casglu’r wybodaeth ganlynol: \n\n  • Ffyrdd adnabod personol, cysylltiadau a nodweddion (er enghraifft, enw a manylion cyswllt). \n');
    expect(headings(cimera.blocks)).not.toContain('Teitl: Swyddog Diogelu Data');
  });

  it('a sentence that points at the table below, its link lost, is no heading; a heading that says "Here are …" stays one (https://ourfuturehealth.org.uk/cookies/)', () => {
    const ofh = textToTree('Cookies\n\nWe use some cookies to make the website work, and we call these ‘essential cookies’.\n\nBelow is a list of the individual cookies we use on and\n\nCookieTypePurposeHow long do we keep these cookies?\n_researcher_portal_sessionEssentialStores session dataUntil you close your browser\n_pk_testcookieEssentialUsed to check whether the visitor’s browser supports cookiesWe do not keep these cookies\n');
    expect(headings(ofh.blocks)).toEqual([]);
    const here = textToTree('Cookie policy\n\nHere are the cookies we use\n\nWe use a small number of cookies to make this website work and to understand how people use it.\n');
    expect(headings(here.blocks)).toEqual(['Here are the cookies we use']);
  });

  it('a row\'s product label before the cookie\'s name, its space kept, is a cell of the table over it (https://www.meiccymru.org/cym/polisi-cwcis/)', () => {
    const meic = textToTree('Polisi Cwcis\n\nDefnydd o gwcis gan Meic\n\nFfeiliau testun bach yw cwcis y mae’r gwefannau rydych chi’n ymweld â nhw yn eu hanfon i’ch cyfrifiadur neu’ch dyfais symudol.\n\nCwci Enw Diben Dod i ben\nLanguage version langPrefWAG Y system rheoli cynnwys sy’n creu’r cwci hwn ac mae’n hanfodol er mwyn i’r wefan ddangos yn yr iaith gywir.\nCookieControl civicAllowCookies\ncivicShowCookieIcon\nMae’r cwci hwn yn cofnodi a yw defnyddiwr wedi derbyn y defnydd o gwcis ar ein gwefan. 10 awr\nYouTube VISITOR_INFO1_LIVE\n\nPREF\n\nMae’r cwcis hyn yn hanfodol i ddangos fideos YouTube ar ein gwefan. 8 mis\nYouTube use_hitbox Ar ddiwedd y sesiwn\n');
    expect(headings(meic.blocks)).toEqual(['Defnydd o gwcis gan Meic']);
  });
});

describe('batches 16z25, 16z26 and 16z27: headings that were lost', () => {
  it('a Welsh question of up to eighteen words, opening with its own word and ending in its mark, is a heading (https://cavs.org.uk/polisi-preifatrwydd/?lang=cy)', () => {
    const cavs = textToTree('Polisi Preifatrwydd\n\nPwy ydym ni?\n\nCAVS yw’r cyngor gwirfoddol sirol (CGS) i Sir Gaerfyrddin. Ein cenhadaeth yw Helpu Mudiadau a Gwella Bywydau Pobl.\n\nPa wybodaeth ydym ni’n ei chasglu amdanoch, sut a pham, a chyda phwy ydym ni’n ei rhannu?\n\nCeir isod fanylion am sut rydym yn casglu a defnyddio data personol mewn amgylchiadau gwahanol.\n');
    expect(headings(cavs.blocks)).toEqual(['Pwy ydym ni?', 'Pa wybodaeth ydym ni’n ei chasglu amdanoch, sut a pham, a chyda phwy ydym ni’n ei rhannu?']);
  });

  it('the notice\'s full name with its stops, straight under the title over the first numbered section, is a heading (https://www.merthyr.ac.uk/cy/polisi-preifatrwydd/)', () => {
    const college = textToTree("Gwibio i'r prif gynnwys\n\nPolisi Preifatrwydd\n\n \n\nY Coleg Merthyr Tudful. Hysbysiad Preifatrwydd.\n\n \n\n1.      Cyflwyniad\n\nY Coleg Merthyr Tudful sy’n darparu’r rhaglen ddysgu rydych am wneud cais amdani. Mae cymryd rhan yn y rhaglen ddysgu hon yn ddibynnol arnoch yn llanw ffurflen gais.\n\n \n\n  1. 2.      Pam fod angen eich data personol arnom?\n\nMae’r Coleg Merthyr Tudful yn defnyddio gwybodaeth o’n rhyngweithio â chi a dysgwyr eraill.\n");
    expect(title(college.blocks)).toBe('Polisi Preifatrwydd');
    expect(headings(college.blocks)[0]).toBe('Y Coleg Merthyr Tudful. Hysbysiad Preifatrwydd.');
    expect(text(college.blocks)).not.toMatch(/Gwibio/);
  });

  it('the kind of thing a section lists, with its clause, over its list\'s intro is a heading (https://cimera.co.uk/cy/policy/)', () => {
    const cimera = textToTree('Polisi Preifatrwydd Cimera CBC\n\nMae Cimera yn elusen sy’n gweithio gyda phlant a theuluoedd ledled Cymru.\n\nY math o wybodaeth bersonol rydym yn ei gasglu:  \n\nSefyllfa gyfredol, rydym yn casglu’r wybodaeth ganlynol: \n\n  • Ffyrdd adnabod personol, cysylltiadau a nodweddion (er enghraifft, enw a manylion cyswllt). \n');
    expect(headings(cimera.blocks)).toEqual(['Y math o wybodaeth bersonol rydym yn ei gasglu:']);
    const english = textToTree('Privacy notice\n\nWe are a small charity working with families across Wales.\n\nThe type of personal information we collect:\n\nCurrently, we collect and process the following information:\n\n  • Personal identifiers, contacts and characteristics\n');
    expect(headings(english.blocks)).toEqual(['The type of personal information we collect:']);
  });

  it('a label in sentence case, a noun phrase set off by blank lines over its paragraph or its list\'s intro, is a heading; straight under a heading it is that section\'s label (https://ysgolygwernant.co.uk/index.php/cy/rieni/neges-prosesu-teg)', () => {
    const school = textToTree("Hysbysiad Prosesu Teg:\n\nMae'r daflen hon yn nodi beth y gall ysgolion, Awdurdod Lleol Sir Ddinbych a Llywodraeth Cymru ei wneud gyda’ch data personol.\n\n \n\nCasglu gwybodaeth bersonol:\n\nMae ysgolion yn casglu gwybodaeth am ddisgyblion newydd a’u rheini neu warcheidwaid cyfreithiol.  Mae ysgolion yn casglu gwybodaeth ar adegau eraill o'r flwyddyn hefyd.\n\n \n\nGwybodaeth bersonol sy’n cael ei chadw:\n\nMae’r math o wybodaeth bersonol a gedwir yn cynnwys;\n\n • manylion personol fel enw, cyfeiriad, dyddiad geni a manylion cyswllt rhieni a gwarcheidwaid;\n • gwybodaeth am berfformiad asesiadau ac arholiadau mewnol a chenedlaethol;\n");
    expect(headings(school.blocks)).toEqual(['Casglu gwybodaeth bersonol:', 'Gwybodaeth bersonol sy’n cael ei chadw:']);
    // An adverb's or a preposition's phrase is no label: "In particular:" over a paragraph stays a line.
    const lead = textToTree('Privacy notice\n\nWe collect information about you when you use our services.\n\nIn particular:\n\nWe collect your name, address and date of birth when you register with the practice and each time you visit.\n');
    expect(headings(lead.blocks)).toEqual([]);
  });

  it('a contents list numbered as the headings it names is a list; the line that repeats its first item, and the numbered lines after it, are the headings (https://mrs.hcpc-uk.org/about-us/corporate-governance/policies/data-policy-and-terms)', () => {
    const hcpc = textToTree('Introduction\nThis policy also serves as a privacy notice under the UK GDPR.\nContents\n1. Our commitment to data protection\n- If you are applying for registration or are a registrant:\n- If you are a graduate of a HCPC approved course\n- If you raise a concern with us about a registrant\n8. Contact us\n9. Complaints\n10. Definitions\n1. Our commitment to data protection\n- We recognise that your privacy is important and that we have a responsibility to you when handling your personal data.\n- We will never provide your personal data to third parties for their marketing purposes.\n');
    expect(headings(hcpc.blocks)).toEqual(['Introduction', 'Contents', '1. Our commitment to data protection']);
    const contents = hcpc.blocks.find((b) => b.kind === 'list');
    expect(contents?.kind === 'list' && contents.items.length).toBe(7);
  });
});

describe('batches 16z25, 16z26 and 16z27: headings over what is no paragraph', () => {
  it('the DPO\'s contact details\' label with its colon over the block, the details well down its lines, is a heading (http://www.pah.nhs.uk/maternity-services-privacy-notice)', () => {
    const pah = textToTree("Maternity services privacy notice\n\nController's contact details\n\nThe Princess Alexandra Hospital NHS Trust\n\nHamstel Road\n\nHarlow\n\nEssex\n\nCM20 1QX\n\nTel: 01279 444455\n\nData protection officer's contact details:\n\nTracy Goodacre\n\nThe Princess Alexandra Hospital NHS Trust\n\nInformation governance\n\nKao 2 \n\nLondon Road\n\nHarlow\n\nEssex\n\nCM17 9NA \n\nTel: 01279 444455\n\nPurpose and legal basis for processing your information\n\nWe collect information about you (your personal data) for the Maternity Services Data Set (MSDS), to help achieve better outcomes of care.\n");
    expect(headings(pah.blocks)).toEqual(["Controller's contact details", "Data protection officer's contact details:", 'Purpose and legal basis for processing your information']);
  });

  it('a heading after an intro that points at a link the copy lost is a heading, not a list\'s item (https://houseofhearing.co.uk/privacy)', () => {
    const hearing = textToTree('Introduction\nIn this Privacy Notice, when we refer to ‘you, your’, we mean the person whose personal data we collect, use and process.\nFor our use of cookies on our website, please read here:\nAbout us\nThe group of undertakings to which this Privacy Notice applies includes:\nReferences to ‘we’, ‘us’ or ‘our’ means the companies listed above that process personal data in the capacity of a data controller.\nHow to contact us\nYou can contact us in a number of ways:\n');
    expect(headings(hearing.blocks)).toEqual(['Introduction', 'About us', 'How to contact us']);
  });

  it('a heading over a contact block set off by a blank line, its lines flush down to a postcode and a phone, is a heading (https://www.rbwm.gov.uk/council-and-democracy/strategies-and-policies/data-protection/privacy-notices/privacy-notices-registrars/register-office-privacy-notice)', () => {
    const rbwm = textToTree('Privacy notices: Registrars\n\nList of all privacy notices for registars team, venue licence to conduct ceremonies, ceremony feedback.\n\nThe Register Office: Privacy notice\n\nWho we are\n\nThe Register Office\nTown Hall \nSt Ives Road\nMaidenhead \nSL6 1RF\nTel 01628 796422\nEmail: registrar@rbwm.gov.uk\n\nLawful basis for processing the information\n\nGeneral Data Protection Regulation Article 6(1)(c) legal obligation.\n');
    expect(headings(rbwm.blocks)).toEqual(['The Register Office: Privacy notice', 'Who we are', 'Lawful basis for processing the information']);
  });

  it('a first line naming the occasion a section covers ("When you contact us") is the first section, not the title (https://www.southwellcouncil.com/privacy-policy-2/)', () => {
    const town = textToTree('When you contact us\nThe information you provide (personal information such as name, address, email address, phone number, organisation) will be processed and stored to enable us to contact you.\nThe Councils Right to Process Information\nGeneral Data Protection Regulations Article 6 (1) (a) (b) and (e)\n');
    expect(title(town.blocks)).toBeUndefined();
    expect(headings(town.blocks)).toEqual(['When you contact us', 'The Councils Right to Process Information']);
  });

  it('a contents list\'s label among the lines starts the list: the lines above it are the page\'s, the label its heading (https://www.edenacademytrust.co.uk/Privacy-Statements/)', () => {
    const eden = textToTree('Eden Academy Trust\n\nPrivacy Statements\n\n \n\nEden Academy Trust\n\nPrivacy notice \n\n \n\nTable of Contents\n\nIntroduction. 3\n\nWho are we?. 3\n\nWhat information do we collect and why do we require it?. 3\n\nWho do we obtain your information from?. 4\n\n \n\nIntroduction\n\nThis privacy notice has been written to inform governors of Eden Academy Trust about what we do with your personal information.\n\nWho are we?\n\nEden Academy Trust is a ‘Data controller’ as defined by Article 4 of GDPR.\n\nWhat information do we collect and why do we require it?\n\nAs part of your governor role within the trust, Eden Academy Trust may need to assess your suitability for the role.\n');
    expect(headings(eden.blocks)).toEqual(['Privacy notice', 'Table of Contents', 'Introduction', 'Who are we?', 'What information do we collect and why do we require it?']);
  });

  it('a heading numbered with no stop after its number, carrying on the heading before it, may end in a full stop (https://colchsfc.ac.uk/gdpr/?id=9)', () => {
    const college = textToTree('Parent Privacy Notice\n\n\n3 The types of information we collect\n\nWe may collect the following types of personal data about you:\n\n  • your name, and contact information such as address, email address and telephone number;\n  • your relationship to the student\n\n4 The legal basis for processing and using your information.\n\nWe process your personal data because it is necessary for the performance of a task carried out in the public interest.\n');
    expect(headings(college.blocks)).toEqual(['3 The types of information we collect', '4 The legal basis for processing and using your information.']);
  });
});

const rowsOf = (blocks: DocBlock[]) => blocks.filter((b) => b.kind === 'table').flatMap((b) => (b.kind === 'table' ? b.rows.map((r) => r.map((c) => blockText({ kind: 'paragraph', content: c }))) : []));

describe('batches 16z25, 16z26 and 16z27: cookie tables', () => {
  it('rows whose cells the copy glued, names hyphenated in small letters or ending in a placeholder\'s marks, stay each its own row (https://change-your-address.account.nhs.uk/cookie-policy)', () => {
    const nhs = textToTree('Cookies policy\n\nStrictly necessary cookies we use\n\nNamePurposeExpires\nsession_idUsed to support the core functionality of the service.60 minutes\naddress-update-cookie-acceptPersistent cookie. This cookie is set once a visitor has agreed to, or rejected cookies. It is used to save their decision on whether they have accepted or rejected cookies.365 days\naws-waf-tokenAmazon Web Services persistent cookie. This cookie contains encrypted information about the way you interact with our feature.5 minutes\n\nOptional analytics cookies we use\n\nNamePurposeExpires\n_gaThis is set when you first log in. It lets us know your unique session ID each time you use.2 years\n_ga_###This is set when you first log in. It lets us know your unique session ID each time you use.2 years\n');
    expect(rowsOf(nhs.blocks).map((r) => [r[0], r[2]])).toEqual([
      ['session_id', '60 minutes'],
      ['address-update-cookie-accept', '365 days'],
      ['aws-waf-token', '5 minutes'],
      ['_ga', '2 years'],
      ['_ga_###', '2 years'],
    ]);
    expect(headings(nhs.blocks)).toEqual(['Strictly necessary cookies we use', 'Optional analytics cookies we use']);
  });

  it('a glued header with a type column second parts each row\'s type from its name; names a comma parts share the row (https://ourfuturehealth.org.uk/cookies/)', () => {
    const ofh = textToTree('Cookies\n\nWe use some cookies to make the website work.\n\nCookieTypePurposeHow long do we keep these cookies?\n_researcher_portal_sessionEssentialStores session dataUntil you close your browser\n_pk_ses, _pk_cvar, _pk_hsrEssentialUsed to temporarily store data for the visit30 minutes\n_pk_idAnalyticsUsed to store details about the visitor such as the unique visitor ID13 months\n');
    expect(rowsOf(ofh.blocks)).toEqual([
      ['_researcher_portal_session', 'Essential', 'Stores session data', 'Until you close your browser'],
      ['_pk_ses, _pk_cvar, _pk_hsr', 'Essential', 'Used to temporarily store data for the visit', '30 minutes'],
      ['_pk_id', 'Analytics', 'Used to store details about the visitor such as the unique visitor ID', '13 months'],
    ]);
  });

  it('under a "Name Provider Purpose Duration" header, a name in capitals with a hyphen, a plain word whose row ends in its expiry, "This site" as the provider and names a slash parts are rows; the category headings between the tables stay headings (https://hungerford-tc-gov-uk.mycouncilframework.co.uk/cookie-policy?lang=en)', () => {
    const council = textToTree("Cookie Policy\n\nPolicy version: 2026-05-26.1\n\nThis page lists the cookies and similar storage this website uses. We split cookies into categories so you can pick the ones you are happy with.\n\nStrictly necessary\n\nRequired for the site to function — session, security and the consent cookie itself. Cannot be disabled.\n\nName Provider Purpose Duration\nXSRF-TOKEN This site Cross-site request forgery protection for forms. Session\nlaravel_session This site Maintains the user session (e.g. logged-in clerks, form state). 2 hours\n\nFunctional\n\nRemember preferences such as theme, language and dismissed notices.\n\nName Provider Purpose Duration\nmpc_locale This site Remembers your chosen language (English / Welsh). 12 months\nChatbot This site Stores the chatbot conversation context. Session\n\nAnalytics\n\nPseudonymous page-view counts that help the council see which information residents look at most.\n\nName Provider Purpose Duration\nmpc_page_view This site Pseudonymous page-view counting (hashed IP, no profiling). 90 days\n_ga / _ga_* Google Google Analytics 4 — distinguishes unique visitors and tracks page views. 2 years\n");
    expect(headings(council.blocks)).toEqual(['Strictly necessary', 'Functional', 'Analytics']);
    expect(rowsOf(council.blocks)).toEqual([
      ['XSRF-TOKEN', 'This site', 'Cross-site request forgery protection for forms.', 'Session'],
      ['laravel_session', 'This site', 'Maintains the user session (e.g. logged-in clerks, form state).', '2 hours'],
      ['mpc_locale', 'This site', 'Remembers your chosen language (English / Welsh).', '12 months'],
      ['Chatbot', 'This site', 'Stores the chatbot conversation context.', 'Session'],
      ['mpc_page_view', 'This site', 'Pseudonymous page-view counting (hashed IP, no profiling).', '90 days'],
      ['_ga', 'Google', 'Google Analytics 4 — distinguishes unique visitors and tracks page views.', '2 years'],
      ['_ga_*', 'Google', 'Google Analytics 4 — distinguishes unique visitors and tracks page views.', '2 years'],
    ]);
  });

  it('a warning callout\'s label over a list\'s intro and its bullets is a heading (https://change-your-address.account.nhs.uk/cookie-policy)', () => {
    const nhs = textToTree("Cookies policy\n\nHow we use cookies\n\nImportant: Important\n\nIf you're using a public computer, make sure you:\n\n  • log out of the NHS App online\n  • delete any cookies from the web browser\n\nStrictly necessary cookies we use\n\nWe use a cookie to remember your session while you change your address.\n");
    expect(headings(nhs.blocks)).toEqual(['How we use cookies', 'Important: Important', 'Strictly necessary cookies we use']);
  });
});

describe('batches 16z25, 16z26 and 16z27: shapes the robustness test re-renders', () => {
  it('a cookie\'s labelled fields, a line each with no blank line, are never one wrapped line (https://test2.cornwall.gov.uk/the-council-and-democracy/website-help-and-information/detailed-information-on-cookies)', () => {
    const cornwall = textToTree('Cookies\n\nCookies we use\n\nWe use the following cookies on this website.\n\nName: ASP.NET_SessionId\nPurpose: User session control and firewall protection\nExpires: Removed at end of user session\nName: IMMAUTH\nPurpose: User login\nExpires: When user logs out or at end of user session\n\nContact us\n\nWrite to us if you have a question about cookies.\n');
    expect(text(cornwall.blocks)).toMatch(/^Purpose: User session control and firewall protection$/m);
    expect(text(cornwall.blocks)).toMatch(/^Expires: Removed at end of user session$/m);
  });

  it('a cookie category in capitals, or a capitalised line flush after a row that ends in its expiry, is the next group\'s heading, not a row (https://hungerford-tc-gov-uk.mycouncilframework.co.uk/cookie-policy?lang=en)', () => {
    const capitals = textToTree('Cookie Policy\n\nSTRICTLY NECESSARY\n\nRequired for the site to function — session, security and the consent cookie itself. Cannot be disabled.\n\nName Provider Purpose Duration\nXSRF-TOKEN This site Cross-site request forgery protection for forms. Session\nmpc_consent_id This site Pseudonymous identifier linking your stored choice to the audit log. 12 months\n\nFUNCTIONAL\n\nRemember preferences such as theme, language and dismissed notices.\n\nName Provider Purpose Duration\nmpc_theme This site Remembers your chosen colour theme. 12 months\n');
    expect(headings(capitals.blocks)).toEqual(['STRICTLY NECESSARY', 'FUNCTIONAL']);
    const flush = textToTree('Cookie Policy\n\nThis page lists the cookies and similar storage this website uses, in categories you can choose from.\nStrictly necessary\nRequired for the site to function — session, security and the consent cookie itself. Cannot be disabled.\n\nName Provider Purpose Duration\nXSRF-TOKEN This site Cross-site request forgery protection for forms. Session\nmpc_consent_id This site Pseudonymous identifier linking your stored choice to the audit log. 12 months\nFunctional\nRemember preferences such as theme, language and dismissed notices.\n\nName Provider Purpose Duration\nmpc_theme This site Remembers your chosen colour theme. 12 months\n');
    expect(headings(flush.blocks)).toContain('Functional');
  });

  it('with no blank lines, a question after the short answer to the question above is a heading (https://www.tewkesbury.gov.uk/parking-privacy-data-functions/parking-permits)', () => {
    const permits = textToTree('Parking permits\n\nIs any information transferred to or stored on servers based outside the European Economic Area?\nNo\nHow long do we keep your information?\n3 years from original enquiry.\nWho do we collect information from?\n  • You\n');
    expect(headings(permits.blocks)).toEqual(['Is any information transferred to or stored on servers based outside the European Economic Area?', 'How long do we keep your information?', 'Who do we collect information from?']);
  });

  it('numbered, or flush over its list\'s intro, the kind of thing a section lists is still its heading (https://cimera.co.uk/cy/policy/)', () => {
    const numbered = textToTree('Polisi Preifatrwydd Cimera CBC\n\nMae Cimera yn elusen sy’n gweithio gyda phlant a theuluoedd ledled Cymru.\n\n1. Y math o wybodaeth bersonol rydym yn ei gasglu:\n\nSefyllfa gyfredol, rydym yn casglu’r wybodaeth ganlynol: \n\n  • Ffyrdd adnabod personol, cysylltiadau a nodweddion.\n\n2. Sut rydym yn casglu y wybodaeth bersonol a pham rydym yn ei gadw\n\n Mae’r rhan fwyaf o’r wybodaeth gasglwn yn cael ei roi i ni gennych chi yn uniongyrchol drwy rai o’r prosesau canlynol:\n\n  • Wrth danysgrifio i’n rhestr bostio.\n');
    expect(headings(numbered.blocks)).toEqual(['1. Y math o wybodaeth bersonol rydym yn ei gasglu:', '2. Sut rydym yn casglu y wybodaeth bersonol a pham rydym yn ei gadw']);
    const flush = textToTree('Polisi Preifatrwydd Cimera CBC\n\nDyddiad adolygu nesaf: 28 Chwefror 2022\nY math o wybodaeth bersonol rydym yn ei gasglu:\nSefyllfa gyfredol, rydym yn casglu’r wybodaeth ganlynol:\n\n  • Ffyrdd adnabod personol, cysylltiadau a nodweddion.\n');
    expect(headings(flush.blocks)).toEqual(['Y math o wybodaeth bersonol rydym yn ei gasglu:']);
  });

  it('a numbered line whose number carries on a form\'s numbered questions is a heading; numbered as subsections, or flush between paragraphs, the labels stay headings (https://ysgolygwernant.co.uk/index.php/cy/rieni/neges-prosesu-teg)', () => {
    const numbered = textToTree("Hysbysiad Prosesu Teg:\n\n1. Pwnc:\n\nMae'r daflen hon yn nodi beth y gall ysgolion, Awdurdod Lleol Sir Ddinbych a Llywodraeth Cymru ei wneud gyda’ch data personol.\n\n2. Casglu gwybodaeth bersonol:\n\nMae ysgolion yn casglu gwybodaeth am ddisgyblion newydd a’u rheini neu warcheidwaid cyfreithiol bob blwyddyn.\n\n3. Gwybodaeth bersonol sy’n cael ei chadw:\n\nMae’r math o wybodaeth bersonol a gedwir yn cynnwys;\n\n • manylion personol fel enw, cyfeiriad, dyddiad geni a manylion cyswllt rhieni a gwarcheidwaid;\n • gwybodaeth am rôl y gwasanaethau cymdeithasol gyda disgyblion unigol lle bo angen.\n\n \n\n4. Sut caiff y wybodaeth bersonol ei storio\n\nCronfeydd data electronig; SIMS, One, DEWi,\n");
    expect(headings(numbered.blocks)).toContain('4. Sut caiff y wybodaeth bersonol ei storio');
    const sub = textToTree("Hysbysiad Prosesu Teg:\n\n1. Pwnc:\n\nMae'r daflen hon yn nodi beth y gall ysgolion, Awdurdod Lleol Sir Ddinbych a Llywodraeth Cymru ei wneud gyda’ch data personol.\n\n1.1 Gwybodaeth bersonol sy’n cael ei chadw:\n\nMae’r math o wybodaeth bersonol a gedwir yn cynnwys;\n\n • manylion personol fel enw, cyfeiriad, dyddiad geni a manylion cyswllt rhieni a gwarcheidwaid;\n");
    expect(headings(sub.blocks)).toEqual(['1. Pwnc:', '1.1 Gwybodaeth bersonol sy’n cael ei chadw:']);
    const flush = textToTree("Hysbysiad Prosesu Teg:\n\nMae'r daflen hon yn nodi beth y gall ysgolion a Llywodraeth Cymru ei wneud gyda’ch data personol.\nCasglu gwybodaeth bersonol:\nMae ysgolion yn casglu gwybodaeth am ddisgyblion newydd a’u rheini neu warcheidwaid cyfreithiol bob blwyddyn.\nGwybodaeth bersonol sy’n cael ei chadw:\nMae’r math o wybodaeth bersonol a gedwir yn cynnwys;\n\n • manylion personol fel enw, cyfeiriad a dyddiad geni;\n");
    expect(headings(flush.blocks)).toEqual(['Casglu gwybodaeth bersonol:', 'Gwybodaeth bersonol sy’n cael ei chadw:']);
  });

  it('headings numbered before a contents list numbered as its headings stay headings (https://mrs.hcpc-uk.org/about-us/corporate-governance/policies/data-policy-and-terms)', () => {
    const hcpc = textToTree('1. Introduction\nThis policy also serves as a privacy notice under the UK GDPR.\n2. Contents\n1. Our commitment to data protection\n- If you are applying for registration or are a registrant:\n- If you raise a concern with us about a registrant\n8. Contact us\n9. Complaints\n10. Definitions\n1. Our commitment to data protection\n- We recognise that your privacy is important and that we have a responsibility to you when handling your personal data.\n');
    expect(headings(hcpc.blocks)).toEqual(['1. Introduction', '2. Contents', '1. Our commitment to data protection']);
  });

  it('numbered, the notice\'s name with its edition\'s date in brackets is still a heading (https://cavs.org.uk/polisi-preifatrwydd/?lang=cy)', () => {
    const cavs = textToTree('Polisi Preifatrwydd\n\n1. Hysbysiad Preifatrwydd CAVS (diweddarwyd Ebrill 2021)\n\nMae Cymdeithas Gwasanaethau Gwirfoddol Sir Gaerfyrddin (CAVS) wedi ymrwymo i barchu a diogelu hawliau preifatrwydd unigolion.\n\n1.1 Pwy ydym ni?\n\nCAVS yw’r cyngor gwirfoddol sirol (CGS) i Sir Gaerfyrddin. Ein cenhadaeth yw Helpu Mudiadau a Gwella Bywydau Pobl.\n');
    expect(headings(cavs.blocks)).toEqual(['1. Hysbysiad Preifatrwydd CAVS (diweddarwyd Ebrill 2021)', '1.1 Pwy ydym ni?']);
  });
});
