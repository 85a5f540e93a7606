/**
 * Structure misses of batches 16u, 16w, 16x and 16y (issue 16: sixty unseen notices,
 * test/fixtures/import-corpus/, "batch": "16u" / "16w" / "16x" / "16y" in answers.json), fixed by
 * class: one test a class of copy-paste shape, each with the real lines that showed it and their
 * address, the other language's form where the class has one, and where it helps a line of another
 * shape the class must not take. The fix is the class, never the page.
 */
import { describe, expect, it } from 'vitest';
import { blockText, type DocBlock } from '../../../src/import/doc-tree.js';
import { textToTree } from '../../../src/import/readers/text.js';

const headings = (blocks: DocBlock[]) => blocks.filter((b) => b.kind === 'heading' && b.level > 1).map(blockText);
/** Every heading, the title's too. */
const allHeadings = (blocks: DocBlock[]) => blocks.filter((b) => b.kind === 'heading').map(blockText);
/** The title: the first heading of level 1 (the site's lines kept above it are paragraphs). */
const title = (blocks: DocBlock[]) => { const h = blocks.find((b) => b.kind === 'heading'); return h?.kind === 'heading' && h.level === 1 ? blockText(h) : undefined; };

describe('the page around the notice', () => {
  it('Welsh skip links ("Neidio at y cynnwys", "Neidio at y fwydlen fordwyo") are furniture, never the title (caerdydd.ac.uk/cookies/)', () => {
    const tree = textToTree('Neidio at y cynnwys\nNeidio at y fwydlen fordwyo\n\nEnglish\n\nGwybodaeth am ein defnydd o Gwcis\n\nI roi gwasanaethau rhwydd, defnyddiol a dibynadwy i’n hymwelwyr, rydym yn rhoi peth gwybodaeth ar ddyfeisiadau fel eich cyfrifiadur.\n\nEin defnydd o gwcis\n\nMae’r tudalennau hyn yn rhestru’r cwcis a osodir gan wefan y Brifysgol a’r gwasanaethau allanol rydym yn eu defnyddio.\n');
    expect(title(tree.blocks)).toBe('Gwybodaeth am ein defnydd o Gwcis');
    expect(headings(tree.blocks)).toEqual(['Ein defnydd o gwcis']);
    const english = textToTree('Jump to navigation\n\nSkip to content\n\nAbout our use of cookies\n\nTo give our visitors easy, useful and reliable services, we put some information on devices such as your computer.\n');
    expect(title(english.blocks)).toBe('About our use of cookies');
  });

  it('the site\'s account links before the title ("Login" / "Forgotten password?" / "Create … Account") are furniture (avonandsomerset.police.uk/help/privacy/privacy-notice/)', () => {
    const body = '\n\nIntroduction:\n\nThis document explains the ways in which the Constabulary collect, use and protect your personal information. It has been written in as plain a language as possible.\n';
    const tree = textToTree(`top\n\nLogin\n\nForgotten password?\n\nCreate Community Alerts Account\n\nPrivacy Notice${body}`);
    expect(title(tree.blocks)).toBe('Privacy Notice');
    expect(headings(tree.blocks)).toEqual(['Introduction:']);
    const welsh = textToTree('Mewngofnodi\n\nWedi anghofio’ch cyfrinair?\n\nCreu cyfrif\n\nHysbysiad Preifatrwydd\n\nCyflwyniad:\n\nMae’r ddogfen hon yn esbonio sut mae’r Heddlu yn casglu, defnyddio a diogelu eich gwybodaeth bersonol, mewn iaith mor syml â phosibl.\n');
    expect(title(welsh.blocks)).toBe('Hysbysiad Preifatrwydd');
    // A notice about an account keeps its title.
    expect(title(textToTree(`Your account and your data${body}`).blocks)).toBe('Your account and your data');
  });
});

describe('titles under the site\'s own lines', () => {
  it('a page\'s slug run into its machine timestamp is the CMS\'s, never the title (earlyyears.wales/privacy-policy/?lang=cy)', () => {
    const tree = textToTree('privacy policy2019-07-08T14:47:10+00:00\n\nPolisi Preifatrwydd\n\nBlynyddoedd Cynnar Cymru\n\nPolisi Preifatrwydd ar gyfer Aelodau a Rhanddeiliaid\n\nMae’r polisi preifatrwydd hwn yn berthnasol i’r data sy’n cael ei gasglu gan yr elusen. Mae’n disgrifio sut rydyn ni’n casglu ac yn defnyddio data.\n');
    expect(title(tree.blocks)).toBe('Polisi Preifatrwydd');
    expect(title(textToTree('cookie-policy2024-01-31T09:05:00Z\n\nCookie Policy\n\nThis cookie policy explains which cookies our website sets, why we set them and how you can control them.\n').blocks)).toBe('Cookie Policy');
  });

  it('the mobile menu\'s toggle and a site-wide alert with its paragraph above the notice are the site\'s (abertawe.gov.uk/hysbysiadpreifatrwydddisgyblion, beta.conwy.gov.uk/cy/Council/Access-to-Information/Privacy-Notices/…)', () => {
    const swansea = textToTree('Toglo gwelededd dewislen symudol\n\nGwybodaeth am wyliau\'r banc - y Pasg\n\nGwybodaeth am wyliau\'r banc ar gyfer ein gwasanaethau, gan gynnwys amserau agor a chysylltiadau brys.\n\nHysbysiad preifatrwydd: gwybodaeth a gedwir am ddisgyblion\n\nBeth y mae Ysgolion ac Awdurdodau Lleol yn ei wneud â\'r wybodaeth y maent yn ei chadw am Ddisgyblion.\n\nPwnc\n\nI fodloni gofynion Deddf Diogelu Data 2018, mae\'n ofynnol i ysgolion roi Hysbysiad Preifatrwydd i ddisgyblion a/neu rieni.\n');
    expect(title(swansea.blocks)).toBe('Hysbysiad preifatrwydd: gwybodaeth a gedwir am ddisgyblion');
    expect(headings(swansea.blocks)).toEqual(['Pwnc']);
    // A long breadcrumb ending in the long title under it, and the template's empty "Summary (optional)".
    const conwy = textToTree('Gwaith cynnal hanfodol ar y wefan – Dydd Iau 9 Ionawr 2020\n\nByddwn yn gwneud gwaith cynnal hanfodol ar y wefan trwy\'r prynhawn, a fydd yn effeithio rhywfaint ar systemau.\nCartref Cyngor Mynediad i Wybodaeth Hysbysiadau Preifatrwydd Gwarchod y Cyhoedd – Iechyd yr Amgylchedd - Safonau Masnach - Trwyddedu\n\nGwarchod y Cyhoedd – Iechyd yr Amgylchedd - Safonau Masnach - Trwyddedu\n\n\nSummary (optional)\nstart content\n\nHysbysiad Preifatrwydd\n\nPan fyddwch chi’n cysylltu â’r Tîm Gwarchod y Cyhoedd byddwn fel mater o drefn yn casglu gwybodaeth bersonol benodol gennych chi.\n');
    expect(title(conwy.blocks)).toBe('Gwarchod y Cyhoedd – Iechyd yr Amgylchedd - Safonau Masnach - Trwyddedu');
    expect(headings(conwy.blocks)).toEqual(['Hysbysiad Preifatrwydd']);
    const english = textToTree('Planned website maintenance\n\nWe will be carrying out essential maintenance on the website this afternoon, which may affect some online forms.\n\nPrivacy notice\n\nThis notice explains how the council collects, uses and protects your personal information when you use our services.\n');
    expect(title(english.blocks)).toBe('Privacy notice');
    // A notice whose own first heading speaks of maintenance, with no notice\'s name after it, keeps it.
    const own = textToTree('Planned website maintenance\n\nWe will be carrying out essential maintenance on the website this afternoon, which may affect some online forms.\n\nWhat we collect\n\nWe collect the name and email address you give us when you ask to be told when the work is done.\n');
    expect(title(own.blocks)).toBe('Planned website maintenance');
  });

  it('the site\'s name and its motto over the notice\'s own name: the third line is the title (ysgolcaerelen.cymru/Hysbysiad-Preifatrwydd-Presenoldeb-Medi-2020)', () => {
    const tree = textToTree('Ysgol Caer Elen\n\nDaw derwen o fesen fach\n\nHysbysiad Preifatrwydd - Presenoldeb Medi 2020\n\nHYSBYSIAD PREIFATRWYDD CYNGOR SIR PENFRO\n\nRydym yn casglu ystod eang o ddata amdanoch yn flynyddol, ac eglurir hyn yn fanylach yn yr hysbysiad preifatrwydd hwn.\n\nPa mor aml ydyn ni\'n casglu\'r data hwn?\n\nByddwn yn cadw amlder y casglu dan adolygiad rheolaidd. I ddechrau, bydd y data\'n cael ei gasglu bob wythnos.\n');
    expect(title(tree.blocks)).toBe('Hysbysiad Preifatrwydd - Presenoldeb Medi 2020');
    expect(headings(tree.blocks)).toEqual(['HYSBYSIAD PREIFATRWYDD CYNGOR SIR PENFRO', 'Pa mor aml ydyn ni\'n casglu\'r data hwn?']);
    const english = textToTree('Riverside Primary School\n\nLearning and growing together\n\nPrivacy Notice for Parents\n\nHow we use pupil information\n\nWe collect and hold personal information relating to our pupils and may also receive information about them from their previous school.\n');
    expect(title(english.blocks)).toBe('Privacy Notice for Parents');
  });

  it('"Access Keys:" is the site\'s accessibility furniture, not an intro to a list (seaviewps.org.uk/parents/privacy-notice/)', () => {
    const tree = textToTree('Access Keys:\n\n \n \nSeaview Primary School and Nursery Unit, Belfast\n\nPrivacy Notice\n\nHOW WE USE PUPIL INFORMATION\n\nThe categories of pupil information that we collect, hold and share include:\n\n  • Personal Information (such as name, unique pupil number and address)\n');
    expect(allHeadings(tree.blocks)).toEqual(['Seaview Primary School and Nursery Unit, Belfast', 'Privacy Notice', 'HOW WE USE PUPIL INFORMATION']);
  });

  it('a title that opens with a number of its name, over sections numbered from 1, is the title; the first subsection straight under its section is a heading (gov.uk/government/publications/10-downing-street-privacy-notice-for-contact-details)', () => {
    const tree = textToTree('Guidance\n\n10 Downing Street privacy notice for contact details\n\nPublished 13 February 2019\n\n1. Your data\n\n1.1 Purpose\n\nThe purposes for which we are processing your personal data are:\n\n  • managing phone communications between the office and external parties\n  • recording contact history for the purposes of contact management\n\n1.2 The data\n\nWe will process the following personal data:\n\n  • names and job titles\n  • phone numbers and email addresses\n');
    expect(title(tree.blocks)).toBe('10 Downing Street privacy notice for contact details');
    expect(headings(tree.blocks)).toEqual(['1. Your data', '1.1 Purpose', '1.2 The data']);
    const welsh = textToTree('Canllawiau\n\n10 Stryd y Castell hysbysiad preifatrwydd ar gyfer manylion cyswllt\n\nCyhoeddwyd 13 Chwefror 2019\n\n1. Eich data\n\n1.1 Diben\n\nY dibenion rydym yn prosesu eich data personol ar eu cyfer yw:\n\n  • rheoli galwadau ffôn rhwng y swyddfa a phartïon allanol\n  • cofnodi hanes cyswllt at ddibenion rheoli cysylltiadau\n');
    expect(title(welsh.blocks)).toBe('10 Stryd y Castell hysbysiad preifatrwydd ar gyfer manylion cyswllt');
    expect(headings(welsh.blocks)).toEqual(['1. Eich data', '1.1 Diben']);
  });
});

describe('tables copied as lines', () => {
  it('a cookie table\'s header with a column the shared list lacks ("Name Description Lifetime", "Enw Cynnwys Nodweddiadol Dyddiad dod i ben") is a header, not a heading (foreignnationals.lancashire.police.uk/CookiePolicy, caerdydd.ac.uk/cookies/)', () => {
    const tree = textToTree('Required Cookies\n\nName Description Lifetime\nASP.Net_SessionId This cookie allows the platform to identify you and your browser as a single connection to the system. Session only\n\nFunctional Cookies\n\nName Description Lifetime\ncookieAccepted This cookie records the response to the acceptance of the site Cookie Policy 365 days\n');
    expect(allHeadings(tree.blocks)).toEqual(['Required Cookies', 'Functional Cookies']);
    const welsh = textToTree('Cwcis i wella gwasanaeth (cwcis allanol)\n\nMae Google Analytics yn gosod cwcis i’n helpu i ddeall sut mae pobl yn defnyddio’r wefan, fel y gallwn ei gwella i chi.\n\nEnw Cynnwys Nodweddiadol Dyddiad dod i ben\n_utma rhif a gynhyrchwyd ar hap 2 flynedd\n_utmb rhif a gynhyrchwyd ar hap 30 munud\n');
    expect(allHeadings(welsh.blocks)).toEqual(['Cwcis i wella gwasanaeth (cwcis allanol)']);
  });

  it('a table a sentence announces, copied one cell a line with blank lines between, gives no headings (charityright.org.uk/public/terms-of-use)', () => {
    const tree = textToTree('Personal Data That We Process\n\nThe following table explains the types of data we collect and the legal basis, under current data protection legislation, on which this data is processed.\n\nPurpose\n\nData (key elements)\n\nBasis\n\nEnquiring about our organisation and its work\n\nName, email, message\n\nLegitimate interests - \n');
    expect(allHeadings(tree.blocks)).toEqual(['Personal Data That We Process']);
    const welsh = textToTree('Data Personol Rydym yn eu Prosesu\n\nMae’r tabl isod yn esbonio’r mathau o ddata rydym yn eu casglu a’r sail gyfreithiol dros eu prosesu o dan y ddeddfwriaeth diogelu data.\n\nDiben\n\nData\n\nSail\n\nYmholi am ein gwaith\n\nEnw, e-bost, neges\n');
    expect(allHeadings(welsh.blocks)).toEqual(['Data Personol Rydym yn eu Prosesu']);
    // A heading after a sentence that points to a table elsewhere, over its paragraph, stays one.
    const after = textToTree('Your rights\n\nThe following table sets out each right. You can find it on our website under the rights page, which we keep up to date.\n\nHow to complain\n\nIf you are unhappy with how we have handled your personal data you can complain to the Information Commissioner at any time.\n');
    expect(allHeadings(after.blocks)).toEqual(['Your rights', 'How to complain']);
  });

  it('the names in a cookie table\'s rows whose cells ran together or broke over lines are cells, not headings (llyw.cymru/manylion-am-gwcis-ar-llywcymru)', () => {
    const tree = textToTree('Defnydd o gwcis gan LLYW.CYMRU\n\nFfeiliau testun bach yw cwcis y mae’r gwefannau rydych chi’n ymweld â nhw yn eu hanfon i’ch cyfrifiadur.\n\nCwciEnwDibenDod i ben\nGoogleAnalytics_gaCaiff y cwci hwn ei ddefnyddio i weld sut mae ymwelwyr yn defnyddio’n gwefan.2 flynedd\nCookieControlcivicAllowCookies\ncivicShowCookieIcon\nMae’r cwci hwn yn cofnodi a yw defnyddiwr wedi derbyn y defnydd o gwcis ar ein gwefan.10 awr\nYouTube\n\nVISITOR_INFO1_LIVE\n\nPREF\n\nMae’r cwcis hyn yn hanfodol i ddangos fideos YouTube ar ein gwefan.8 mis\n');
    expect(allHeadings(tree.blocks)).toEqual(['Defnydd o gwcis gan LLYW.CYMRU']);
    const english = textToTree('Cookies we use\n\nSmall text files that websites you visit send to your computer or mobile device.\n\nCookieNamePurposeExpiry\nGoogleAnalytics_gaThis cookie is used to see how visitors use our website.2 years\nYouTube\n\nVISITOR_INFO1_LIVE\n\nThese cookies are needed to show YouTube videos on our website.8 months\n');
    expect(allHeadings(english.blocks)).toEqual(['Cookies we use']);
  });

  it('a table\'s row whose closing separator fell to the next line, and a group\'s row with its empty cells run together, are rows, not headings (southribble.gov.uk/article/1132/Planning-privacy-notice, adultlearnersweek.wales/polisi-cwcis/?lang=cy)', () => {
    const tree = textToTree('Planning privacy notice\nCouncil Service | Development management (Planning and enforcement) |\nWhy we use personal information about you | To Process\n|\nWhy we are allowed to use your personal information | Legal obligation or public task under various UK laws |\n');
    expect(allHeadings(tree.blocks)).toEqual(['Planning privacy notice']);
    expect(tree.blocks.filter((b) => b.kind === 'table')).toHaveLength(1);
    const welsh = textToTree('Y cwcis a ddefnyddiwn\n\nMae rhestr lawn o’n cwcis ar gael yma.\nEnw | Cwci | Diben | Cyfnod cadw |\nSwyddogaeth gwefan | |||\n_cfduid | Defnyddir gan rwydwaith cynnwys Cloudflare i ddynodi traffig gwefan dibynadwy. | 1 flwyddyn | |\n');
    expect(allHeadings(welsh.blocks)).toEqual(['Y cwcis a ddefnyddiwn']);
  });
});

describe('headings the text shows', () => {
  it('a numbered heading that opens with a cookie\'s name is a heading like its neighbours (ombudsman-wales.org.uk/en/Cookies.aspx)', () => {
    const tree = textToTree('The following cookies are used on this website:\n\n\n1. APS.NET Session Cookie\nIn browsing the website, the user creates a unique session ID to track information stored during the session.\n\n\n2. _utma Google Analytics Cookie\nThese cookies store information relating to each user’s visits to the website, including the number of visits.\n\n\n3. _utmb & _utmc Google Analytics Cookie\nThese cookies are used to measure the time spent browsing the website. As such, these are updated regularly.\n');
    expect(allHeadings(tree.blocks)).toEqual(['1. APS.NET Session Cookie', '2. _utma Google Analytics Cookie', '3. _utmb & _utmc Google Analytics Cookie']);
    const welsh = textToTree('Defnyddir y cwcis canlynol ar y wefan hon:\n\n\n1. Cwci Sesiwn APS.NET\nWrth bori’r wefan, mae’r defnyddiwr yn creu rhif adnabod sesiwn unigryw i olrhain gwybodaeth yn ystod y sesiwn.\n\n\n2. _utma Cwci Google Analytics\nMae’r cwcis hyn yn cadw gwybodaeth am bob ymweliad â’r wefan, gan gynnwys nifer yr ymweliadau.\n');
    expect(allHeadings(welsh.blocks)).toEqual(['1. Cwci Sesiwn APS.NET', '2. _utma Cwci Google Analytics']);
  });

  it('a Welsh question stopped with a full stop in a text with no blank lines is a heading ("Pwy ydym ni.") (mountpleasantpractice.com/cy/privacy-policy)', () => {
    const tree = textToTree('Polisi Preifatrwydd\nMae’r polisi preifatrwydd hwn yn nodi’r ffordd y mae’r Practis yn prosesu eich gwybodaeth bersonol. Mae’n delio â sut rydym yn casglu gwybodaeth.\nRydym wedi ymrwymo i ddiogelu preifatrwydd ein cleifion ac unrhyw un sy\'n rhyngweithio â ni.\nCawn ein cofnodi ar Gofrestr Diogelu Data’r ICO o dan y rhif cofrestru Z5131676.\nPwy ydym ni.\nYn y polisi hwn mae cyfeiriadau at y Practis yn cyfeirio at Bartneriaeth Feddygol y dref a’i staff i gyd.\nPa wybodaeth rydym yn ei chasglu.\nRydym yn casglu gwybodaeth bersonol amdanoch er mwyn ein galluogi i ddarparu\'r gwasanaethau neu gyflawni rôl gyda ni.\nGallwn ei rhannu.\nMae hyn yn digwydd pan fydd angen i feddyg arall weld eich cofnod er mwyn eich trin yn ddiogel.\n');
    expect(allHeadings(tree.blocks)).toEqual(['Polisi Preifatrwydd', 'Pwy ydym ni.', 'Pa wybodaeth rydym yn ei chasglu.']);
  });

  it('the same headings in the robustness shapes: a label with a colon straight under the title, a capitals heading beside a cookie table (avonandsomerset.police.uk/help/privacy/privacy-notice/, llyw.cymru/manylion-am-gwcis-ar-llywcymru)', () => {
    const tight = textToTree('Privacy Notice\nIntroduction:\nThis document explains the ways in which the Constabulary collect, use and protect your personal information.\n\nWhat is Personal Information?\nPersonal Information broadly means information that identifies a living individual, directly or indirectly.\n');
    expect(allHeadings(tight.blocks)).toEqual(['Privacy Notice', 'Introduction:', 'What is Personal Information?']);
    const capitals = textToTree('Polisi Cwcis\n\nMae’r wefan yn defnyddio cwcis i gyfrif ymwelwyr ac i gofio eich dewisiadau pan fyddwch yn dychwelyd.\n\nCwciEnwDibenDod i ben\nGoogleAnalytics_gaYn cyfrif ymwelwyr â’r wefan.2 flynedd\n\nSESIYNAU\n\nMae’r cwcis sesiwn yn cael eu dileu pan fyddwch yn cau eich porwr ar ddiwedd y sesiwn\n\nDefnyddiwn y rhain i gadw eich dewis iaith yn ystod eich ymweliad â’r wefan.\n');
    expect(allHeadings(capitals.blocks)).toContain('SESIYNAU');
  });
});
