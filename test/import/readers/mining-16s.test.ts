/**
 * Structure misses found by reading the imports of the 269 mined texts nobody has keyed
 * (test/fixtures/import-mining/m1..m7/, issue 16, round 16s): spurious headings, lost headings and
 * wrong titles, fixed by class, each test with the real lines' shapes and the page's address.
 */
import { describe, expect, it } from 'vitest';
import { textToTree } from '../../../src/import/readers/text.js';
import { headings, title, text } from '../support/blocks.js';

describe('16s: sentences and fields that are no headings', () => {
  it('a stopped line whose verb takes an article or determiner is a sentence, whatever the verb (https://www.gov.uk/government/organisations/companies-house/about/personal-information-charter, https://domesticabusecommissioner.uk/cookie-policy/)', () => {
    const ch = textToTree('Personal information charter\n\nThis section of the privacy notice sets out how the Registrar of Companies handles the personal data of officers of companies.\n\nAny references to ‘registers’ covers both the register of companies and ROE.\n\nSee our guidance for more information on the Companies House register and how to protect your personal data.\n\nIdentity of controller and Data Protection Officer (DPO)\n\nThe registrar is the controller of your personal data. This means it’s the registrar who decides how and why your data is processed.\n');
    expect(headings(ch.blocks)).toEqual(['Identity of controller and Data Protection Officer (DPO)']);
    const dac = textToTree('Cookie policy\n\nGoogle Analytics stores information about how you got to the site and the pages you visit on it.\n\nGoogle Analytics sets the following cookies.\n\nWe use these cookies to count how many people visit the site and to see which pages they read most often.\n');
    expect(headings(dac.blocks)).toEqual([]);
    // A noun phrase the page stopped keeps its preposition there, and stays a heading.
    const stopped = textToTree('Privacy notice\n\nWe are the council and this notice explains how we use the information you give us when you apply.\n\nRetention periods for your personal data.\n\nWe keep your application for six years after the end of the financial year in which it was decided.\n');
    expect(headings(stopped.blocks)).toEqual(['Retention periods for your personal data.']);
  });

  it('a label whose value opens with a telephone number is a field, its label any words (https://investinabc.com/privacy-policy/)', () => {
    const abc = textToTree('Privacy Policy\n\nThis Privacy Notice from the Borough Council tells our customers and service users how we process your personal data.\n\nCouncil telephone number: 0300 0300 900For planning please call0300 200 7830\n\nWho we are:\nThe Borough Council is responsible for delivering local services such as bins, recycling, planning and building control.\n');
    expect(headings(abc.blocks)).not.toContain('Council telephone number: 0300 0300 900For planning please call0300 200 7830');
    expect(text(abc.blocks)).toMatch(/Council telephone number/);
  });

  it('a list item ending "; and" is no heading (https://www.citizenhousing.org.uk/cookies/)', () => {
    const citizen = textToTree('Cookies are small files which are saved on your device such as a phone, tablet, PC or laptop when you visit this website.\nCitizen uses cookies to record information about how you may use the website such as the services you use or the pages you visit. Citizen uses a variety of different types of cookies as outlined below:\nThese essential cookies do not store any directly identifiable information and do things like:\nEnhance and improve your interaction with the website;\nRemember any notifications you have seen, so they are not repeated; and\nRecord your progress through a form.\nThese Cookies are permanently on. You can set your browser to block or alert you about these Cookies, but without these Cookies, some or all of the services you have requested may not function correctly.\nARRAffinity | www.citizenhousing.org.uk | ARRAffinity cookie is set by Azure app service, and allows the service to choose the right instance. |\n');
    expect(headings(citizen.blocks)).not.toContain('Remember any notifications you have seen, so they are not repeated; and');
  });
});

describe('16s: headings shown twice and titles', () => {
  it('a heading shown twice in a row over its body, a panel\'s button and its heading, is one heading (https://content.hta.gov.uk/privacy-notice)', () => {
    const hta = textToTree('Privacy notice\nThis Privacy Notice explains how the HTA collects, uses, retains and discloses personal information.\nWho we are and what we do\nWho we are and what we do\nThe Human Tissue Authority (HTA) is the regulator of human tissues and organs. We are a non-departmental public body.\nData protection legislation\nData protection legislation\nThe HTA whilst processing your personal information must comply with the following legislation:\n- The Data Protection Act (DPA) 2018\n');
    expect(headings(hta.blocks)).toEqual(['Who we are and what we do', 'Data protection legislation']);
  });

  it('the notice\'s name over a question shown twice is the title, not a breadcrumb (https://www.uhnm.nhs.uk/privacy-notice/)', () => {
    const uhnm = textToTree("Skip to main content Skip to footer\n\nPrivacy Notice\n\nWhat is a Privacy Notice?\n\nWhat is a Privacy Notice?\n\nThis is the Privacy Notice (also known as a 'Fair Processing Notice') for the University Hospitals of North Midlands NHS Trust.\n\n  • What information we collect about you\n");
    expect(title(uhnm.blocks)).toBe('Privacy Notice');
    expect(headings(uhnm.blocks)).toEqual(['What is a Privacy Notice?']);
  });

  it('a mark alone over the title ("." or "-") is no line of the notice (https://www.lnwh.nhs.uk/hidden/privacy-policy/, https://neathtowncouncil.gov.uk/cy/polisi-preifatrwydd)', () => {
    const lnwh = textToTree('.\n\nPrivacy Policy\n\nWe take your confidentiality and privacy rights very seriously. This notice explains how we collect and process your information.\n\n1. How we meet the principles of the General Data Protection Regulations\n\nWe will always process your personal information lawfully and fairly by using it only when we have a lawful reason to do so.\n');
    expect(title(lnwh.blocks)).toBe('Privacy Policy');
    const neath = textToTree('-\n\nPrivacy Policy\n\nPam cael polisi preifatrwydd?\n\nMae Cyngor Tref Castell-nedd wedi ymrwymo i ddiogelu eich preifatrwydd pan fyddwch yn defnyddio ei wasanaethau.\n');
    expect(title(neath.blocks)).toBe('Privacy Policy');
  });
});

describe('16s: page furniture', () => {
  it('a guide\'s "Next: …" and "Back: …" links, "Continue reading", "Print" and icons\' names are the page\'s (https://www.essex.gov.uk/privacy-notices/Pages/how-long-do-we-keep-your-personal-information.aspx, https://www.cornwall.gov.uk/council-and-democracy/data-protection-and-freedom-of-information/data-protection/, https://lewes-eastbourne.gov.uk:443/article/1106/Data-protection)', () => {
    const essex = textToTree('How long do we keep your personal information?\n\nFor each service the schedule lists how long your information may be kept for. This ranges from months for some records to decades for others.\n\nNext: Where can I get advice?\n\nBack: How do we protect your information?\n');
    expect(headings(essex.blocks)).toEqual([]);
    expect(text(essex.blocks)).not.toMatch(/Next:|Back:/);
    const cornwall = textToTree('Data Protection\n\nGeneral Data Protection Regulation (GDPR) and the Data Protection Act 2018\n\nLegislation requires the Council to respect the principles of fair processing when handling your personal information.\n\nContinue reading\n\nInformation about your rights under GDPR and the Data Protection Act 2018 can be found on the Information Commissioner’s website.\n');
    expect(headings(cornwall.blocks)).toEqual(['General Data Protection Regulation (GDPR) and the Data Protection Act 2018']);
    const lewes = textToTree("Data protection\n\nYour rights\n\nSubject to some legal exceptions, you have the right to request a copy of any information about you that we hold.\n\nShare this page\n\nFacebook icon Twitter icon email icon\n\nPrint\n\nprint icon\n\nLast modified on 16 August 2023\n");
    expect(headings(lewes.blocks)).toEqual(['Your rights']);
    expect(text(lewes.blocks)).not.toMatch(/icon|Print/);
  });
});

describe('16s: headings that were lost', () => {
  it('a label ending in its colon heads its section as the text\'s earlier labels did, in sentence case or up to twelve words (https://investinabc.com/privacy-policy/, https://www.castlecaereinion.org.uk/privacy-notice/)', () => {
    const abc = textToTree('Privacy Policy\n\nThis Privacy Notice from the Borough Council tells our customers and service users how we process your personal data.\n\nWho we are:\nThe Borough Council is responsible for delivering local services such as bins, recycling, planning, building control, environmental health and leisure centres.\n\nThe law and why we process your information:\nThe following is a broad description of the way the Council, as a data controller, processes personal information in accordance with our legal obligations.\n');
    expect(headings(abc.blocks)).toEqual(['Who we are:', 'The law and why we process your information:']);
    const castle = textToTree('Castle Caereinion Community\n\nThis Privacy Notice relates to the community website.\n\nHow We Collect Information:\n\nWhen you contact us via the contact form we collect your personal information, such as your name and email address.\n\nWhy We Collect Information:\n\nWe collect the above information for the following purposes;\n\n  • To provide and operate a community services;\n  • To comply with any applicable laws and regulations.\n\nHow We Store, Use, Share And Disclose Your Personal Information:\n\nData will be stored securely. When it is stored electronically, it will be kept in password protected platforms.\n');
    expect(headings(castle.blocks)).toContain('How We Store, Use, Share And Disclose Your Personal Information:');
    // A list's intro whose verb ends it stays an intro, however the text heads its sections.
    const intro = textToTree('Cookie policy\n\nWho we are:\nWe are the hospital charity and we run this website for our supporters, our volunteers, our patients and their families.\n\nThe third-party cookies used on this site are:\nGoogle Analytics, which we use to count how many people visit each page of the website.\n');
    expect(headings(intro.blocks)).toEqual(['Who we are:']);
  });

  it('a question\'s clause with its colon heads a one-word subheading and its body (https://sandybear.co.uk/cy/polisi-preifatrwydd)', () => {
    const bear = textToTree("Polisi Preifatrwydd\n\nPwy ydym ni\n\nNi yw Sandy Bear Elusen Profedigaeth Plant, Elusen Gofrestredig rhif: 1187011. Cyfeiriad ein gwefan yw: https://sandybear.co.uk.\n\nPa ddata personol rydym yn ei gasglu a pham rydym yn ei gasglu:\n\nSylwadau\n\nPan fydd ymwelwyr yn gadael sylwadau ar y wefan rydym yn casglu’r data a ddangosir yn y ffurflen sylwadau.\n");
    expect(headings(bear.blocks)).toEqual(['Pwy ydym ni', 'Pa ddata personol rydym yn ei gasglu a pham rydym yn ei gasglu:', 'Sylwadau']);
  });

  it('a question over its answer\'s list heads it, after an intro that ends in a colon (https://www.fermanaghomagh.com/your-council/privacy-statement/corporate-services/elected-members-and-members-of-the-public/)', () => {
    const fo = textToTree('Elected Members and Members of the Public\n\nElected Members have been elected to represent the constituents of the district. As an Elected Member they may collect some, or all, of the following information (only where it is relevant to your enquiry or complaint):\n\nWhat information is being collected?\n1. Name\n2. Postal Address\n3. Email address\n\nWho is collecting it?\nThe Elected Member is the Data Controller which means that they determine how the information is collected, used and stored.\n');
    expect(headings(fo.blocks)).toEqual(['What information is being collected?', 'Who is collecting it?']);
  });

  it('two topics joined by a question\'s word may run to sixteen words (https://www.norfolk.gov.uk/article/61423/County-Councillors-privacy-notice, https://www.suffolk.gov.uk/about/privacy-notice/councillors-privacy-notice, https://www.camden.gov.uk/privacy-notice-for-councillors)', () => {
    const norfolk = textToTree("County Councillor's privacy notice\n\nData Protection Principles\n\nI will comply with data protection law. This says that the personal information I hold about you must be:\n\n  • Used lawfully, fairly and in a transparent way.\n  • Kept securely.\n\nThe kind of information I may collect about you and how it is collected\n\nI collect personal information about you when you contact me to ask for my assistance in my role as a county councillor.\n");
    expect(headings(norfolk.blocks)).toContain('The kind of information I may collect about you and how it is collected');
    const camden = textToTree('Privacy notice for Councillors\n\nIntroduction\n\nAny personal data I process for party political or campaigning purposes is not covered by this privacy notice.\n\nMy role as an elected representative and how personal data will be processed \n\nAs an elected councillor, I regularly hold advice surgeries and respond to casework and policy queries raised by residents.\n');
    expect(headings(camden.blocks)).toContain('My role as an elected representative and how personal data will be processed');
    // A sentence that opens with its purpose, its link lost, stays a sentence.
    const stafford = textToTree('Information About Cookies\n\nTo find out more about cookies and how they work you can visit\n\nCookies we use\n\nThese cookies are required for the site to be fully operational and are set when you first visit any page.\n');
    expect(headings(stafford.blocks)).toEqual(['Cookies we use']);
  });
});

describe('16s: cookie tables copied as lines', () => {
  it('under a header copied one cell a line, a line straight after a cookie\'s name or straight over one is a cell (https://www.bathcollege.ac.uk/website/cookies)', () => {
    const bath = textToTree('The table below outlines the cookies we use and why we use them.\nService\nName\nCookie Details\nLinks\nGoogle Analytics\n_utma\n_utmb\nThese cookies are used to collect information about how visitors use our site. We use the information to compile reports.\nGoogle Translation\ngoogtrans\nThis cookie is only set if you want to translate a page. This cookie is deleted when you close your browser.\nHotJar\n_ga\nGoogle Analytics cookie, used to distinguish users. Duration: Decided by Google\nHotJar\n_gat\nGoogle Analytics cookie, used to throttle request rate.\n');
    expect(headings(bath.blocks)).toEqual([]);
  });

  it('a row whose name lost its marks ("utma"), and names joined by "and", are rows of the table under a header one cell a paragraph (https://www.harlingtonhospice.org/cookies/)', () => {
    const harlington = textToTree('Cookies policy\n\nThe names of the cookies that we use on our website, and the purposes for which they are used, are set out below.\n\nCookie Name\n\nUsed by\n\nDescription\n\n    utma\n\nGoogle Analytics\n\nStores the amount of visits of a user, the time of their first visit, the previous visit, and the current visit.\n\n    utmz\n\nGoogle Analytics\n\nThis performance cookie stores where a user came from (eg. search engine, search keyword, link).\n\n_ga and _gid\n\nGoogle Analytics\n\nUsed to distinguish between website users in Google Analytics.\n');
    expect(headings(harlington.blocks)).toEqual([]);
  });

  it('names joined by commas or "and" over a record\'s labelled bullets are a cookie\'s names, not headings (https://www.cambridge.gov.uk/cookies)', () => {
    const cambridge = textToTree('Cookies on this website\nNecessary cookies\nacceptCookies\n- Purpose: Used to setup the website cookies and control the cookie notification bar.\n- Expiry: 60 days\nARRAffinity\n- Purpose: Distributes website traffic across several servers to optimise response times\n- Expiry: End of session\nRecite.Persist and Recite_Session\n- Purpose: Stores a flag to indicate whether the Recite Me toolbar should persist between pages or not\n- Expiry: End of session\nUMB_UPDCHK\n- Purpose: This cookie is set using the Umbraco web content management system.\n- Expiry: One month\n1P_JAR, NID and CONSENT\n- Purpose: These cookies are set by the website search function, which is powered by Google\n- Expiry: Variable\n');
    expect(headings(cambridge.blocks)).not.toContain('Recite.Persist and Recite_Session');
    expect(headings(cambridge.blocks)).not.toContain('1P_JAR, NID and CONSENT');
  });

  it('"Expires on exit of browser" is a cookie\'s expiry, not a heading (https://www.cardiffstudents.com/cookies)', () => {
    const su = textToTree('Cookie Policy\n\nEssential cookies: The session cookie and aspxauth are strictly necessary for the functioning of the website.\n\nASP.NET_SessionID\n\nStores a temporary unique identifier for your session – no other information is stored. This cookie is deleted when you close your browser.\n\nExpires on exit of browser\n\nASPXAUTH\n\nWhen you are logged in, this cookie stores a value that identifies you to the site. This value is encrypted.\n');
    expect(headings(su.blocks)).not.toContain('Expires on exit of browser');
  });
});

describe('16s: intros, sentences and links that are no headings', () => {
  it('a list\'s intro whose verb ends it, or that announces "the following" with its verb, is no heading (https://www.nottinghamshirehealthcare.nhs.uk/privacy-notice, https://www.eastanglianschoolstrust.co.uk/Privacy-Policy/, https://www.thestudentsunion.co.uk/cookies/)', () => {
    const notts = textToTree('Privacy notice\n\nWhat is special category personal data?\n\nSpecial categories of personal data include:\n\n  • race;\n  • ethnic origin;\n  • health.\n\nWho are we?\n\nThe Trust is a major provider of mental health, intellectual disability and community health services for the people of the county.\n');
    expect(headings(notts.blocks)).toEqual(['What is special category personal data?', 'Who are we?']);
    const uwe = textToTree("Cookies\n\nOur site, like many other websites, uses small files called cookies to allow our website to operate as you would expect it to.\n\nHow do we use cookies?\n\nUsing our website will generate the following type of cookies\n\nFirst party core website cookies\n\nThese cookies are used for core functionality of the website, such as logging into our website and using the shop.\n");
    expect(headings(uwe.blocks)).not.toContain('Using our website will generate the following type of cookies');
    const trust = textToTree('Privacy Policy\n\nAll academies within the Trust will adhere to the following\n\nPrivacy Notice\n\nWhy do we collect and use pupil information?\n\nWe collect and use pupil information under article 6 of the General Data Protection Regulations and the Education Act 1996.\n');
    expect(headings(trust.blocks)).not.toContain('All academies within the Trust will adhere to the following');
  });

  it('a Welsh line that opens with its verb, mutated ("Mae\'r", "Dylid"), is a sentence (https://pcgc.gig.cymru/use-of-site/polisi-preifatrwydd, http://www.lgcareerswales.org.uk/cookie-policy-cy.aspx)', () => {
    const pcgc = textToTree("Polisi preifatrwydd\n\nO ran gwybodaeth bersonol neu wybodaeth gyfrinachol arall adnabyddadwy, mae gan bob maes gwasanaeth sy'n prosesu'r wybodaeth hon hysbysiad preifatrwydd.\n\nMae’r rhain yn cynnwys (er enghraifft)\n\nHysbysiad Preifatrwydd Gwasanaethau Cyfreithiol a Risg\n\nO dan GDPR, mae gennych hawliau fel unigolyn y gallwch eu harfer mewn perthynas â’r wybodaeth sydd gennym amdanoch.\n");
    expect(headings(pcgc.blocks)).not.toContain('Mae’r rhain yn cynnwys (er enghraifft)');
    const lg = textToTree("Polisi Cwcis\n\nAnfonir y côd adnabod yn ôl at y gweinydd bob tro y bydd porydd yn gofyn iddo am dudalen.\n\nDylid defnyddio'r polisi hwn ynghyd â pholisi preifatrwydd neu'n rhan ohono.\n\nBydd y rhan fwyaf o borwyr yn gadael ichi wrthod neu dderbyn cwcis, ac mae modd dileu cwcis sydd eisoes wedi'u gosod.\n");
    expect(headings(lg.blocks)).toEqual([]);
  });

  it('the page as its sentence\'s subject is a sentence, its stop or link lost (http://www.patientclientcouncil.hscni.net/cookies)', () => {
    const pcc = textToTree('Cookies\n\nCookie Information\n\nThis page gives a detailed breakdown of all cookies used on www.patientclientcouncil.hscni.net\n\nCookies Information - August 2012\nAll websites are required by law to inform users about the types of cookies generated by the website.\n');
    expect(headings(pcc.blocks)).not.toContain('This page gives a detailed breakdown of all cookies used on www.patientclientcouncil.hscni.net');
  });

  it('a request to follow a link, and a document\'s link with its type and size, are links (https://www.originhousing.org.uk/about/data-protection, https://www.west-lindsey.gov.uk/privacy/corporate-policy-privacy-notice, https://nwleics.gov.uk/pages/how_long_we_keep_your_personal_information)', () => {
    const origin = textToTree('Our policy on Data Protection\n\nWe recognise the importance of respecting the personal privacy of all our tenants, residents, customers and staff.\n\nPlease click here to view our Data Protection Policy\n\nWe will only use your information for the purposes for which you gave it to us and to manage your tenancy.\n');
    expect(headings(origin.blocks)).toEqual([]);
    const lindsey = textToTree('Corporate Policy Privacy Notice\n\nPlease see our full Privacy Notice\n\nUpdated: 13 September 2022\n\nThe reasons we use your data\n\n  • to procure a contract\n  • to manage petitions\n');
    expect(headings(lindsey.blocks)).toEqual(['The reasons we use your data']);
    const nwl = textToTree('How long we keep your personal information\nWe do not keep personal information any longer than necessary. We keep your information for a variety of different periods.\nRetention Schedule V1.3 (Excel Spreadsheet, 0.1 Mb)\nLast updated: Mon 11 November, 2019 @ 15:35\n');
    expect(headings(nwl.blocks)).toEqual([]);
  });
});

describe('16s: more page furniture', () => {
  it('a logo\'s text, a site search\'s prompt and a breadcrumb from the home page are the site\'s (https://www.nottinghamshirehealthcare.nhs.uk/privacy-notice, https://www.police.uk/cy/about-this-site/cookies/, http://www.patientclientcouncil.hscni.net/cookies)', () => {
    const notts = textToTree('Privacy notice\n\nWho are we?\n\nThe Trust is also involved in a number of collaborations in research and innovation with universities and other partners.\n\nMaking a difference logo - Trust, Honesty, Respect, compassion and teamwork\n\nThe Trust has approximately 9,600 staff who carry out a wide range of roles across the county.\n');
    expect(headings(notts.blocks)).toEqual(['Who are we?']);
    expect(text(notts.blocks)).not.toMatch(/logo/);
    const police = textToTree("Defnydd cwcis\n\nYdych chi’n chwilio am rywbeth arall?\n\nEr mwyn gwneud y wefan hon yn ddiogel, yn ddefnyddiol ac hawdd ei defnyddio, byddwn weithiau’n gosod ffeiliau bach o ddata ar eich dyfais.\n");
    expect(headings(police.blocks)).toEqual([]);
    const pcc = textToTree('Cookies\n\nHome > Cookies\n\nCookie Information\n\nAll websites are required by law to inform users about the types of cookies generated by the website and what they are used for.\n');
    expect(text(pcc.blocks)).not.toMatch(/Home >/);
  });
});

describe('16s: runs of lines and rows', () => {
  it('a row of four capitalised words after an intro\'s colon is its items, not a heading (https://www.derby.ac.uk/its/datagov/privacy-notices/)', () => {
    const derby = textToTree('Privacy Notices\n\n\nWhether you are a student or a member of staff your privacy is important to us.\n\nThere are five stages to the student journey:\n\nEnquirer Applicant Current Alumni\n\nThere are four stages to the staff data journey:\n\nPre-app Applicant Employee Leaver\n\nEach privacy notice should explain why we are asking you for particular data, how we will use that and how long we keep it.\n\nWho we are\n\nThe University uses your personal data to provide you with University services and to undertake its research.\n');
    expect(headings(derby.blocks)).toEqual(['Who we are']);
  });

  it('five heading-like lines or more flush on one another, none with body, are a list, not headings (https://www.velindreoncologyacademy.org.uk/cy/privacy-notice/)', () => {
    const velindre = textToTree("Hysbysiad Preifatrwydd\n\nHysbysiad Preifatrwydd, Ymwadiad a Thelerau Defnydd\n\nMae Academi Oncoleg Felindre wedi ymrwymo'n gryf i ddiogelu data personol. Mae'r hysbysiad preifatrwydd hwn yn esbonio'r canlynol:\n\nPwy ydyn ni?\nPa wybodaeth rydym yn ei chasglu amdanoch?\nSut rydym yn casglu eich gwybodaeth, pam mae ei hangen arnom, a sut rydym yn ei defnyddio\nEin defnydd o brosesau gwneud penderfyniadau awtomatig a phroffilio\nEin defnydd o gwcis a thechnolegau eraill\nPa sail gyfreithiol sydd gennym ar gyfer prosesu eich data personol\nPa bryd rydym yn rhannu data personol?\nBle rydym yn storio ac yn prosesu data personol?\nSut rydym yn diogelu data personol\nAm ba mor hir rydym yn cadw eich data personol?\nSicrhau bod gennym yr wybodaeth ddiweddaraf\nEich hawliau cyfreithiol mewn perthynas â data personol, gan gynnwys eich hawliau i dynnu eich cysyniad yn ôl\nSut i gysylltu â ni, gan gynnwys sut i wneud cwyn gydag awdurdod goruchwylio\nSut a phryd rydym yn adolygu ein hysbysiad preifatrwydd\n\nRydym yn argymell eich bod yn darllen yr hysbysiad preifatrwydd hwn yn drylwyr. Cysylltwch â ni gydag unrhyw gwestiynau neu bryderon ynghylch ein harferion preifatrwydd. Mae ein manylion cyswllt ar ein gwefan, ac maen nhw wedi’u cynnwys yn yr Hysbysiad Preifatrwydd hwn hefyd.\n\nPwy ydyn ni?\n\nMae Academi Oncoleg Felindre yn rhan o Ymddiriedolaeth GIG Prifysgol Felindre, a elwir yn “Ymddiriedolaeth”. Yr Ymddiriedolaeth yw'r endid cyfreithiol a'r Rheolwr Data o ran ei hatebolrwydd ei hun gyda chyfraith diogelu data. Mae Academi Oncoleg Felindre yn ddarparwr addysg oncoleg a sgiliau clinigol.\n");
    expect(headings(velindre.blocks)).toEqual(['Hysbysiad Preifatrwydd, Ymwadiad a Thelerau Defnydd', 'Pwy ydyn ni?']);
    expect(velindre.blocks.some((b) => b.kind === 'list' && b.items.length === 14)).toBe(true);
  });

  it('a link offering more on a topic is a link, not a heading (https://www.rctcbc.gov.uk/CY/Council/DataProtectionandFreedomofInformation/DataProtection/Yourinformationrights/Yourinformationyourrights.aspx)', () => {
    const rct = textToTree("EICH GWYBODAETH, EICH HAWLIAU - TROSOLWG\n\nHawl i gael gwybod\n\nMae'r hawl yma'n amlinellu pa wybodaeth y dylai'r Cyngor ei rhannu â chi pan fyddwn ni'n casglu'ch gwybodaeth bersonol.\n\nI gael rhagor o wybodaeth am eich hawl i gael gwybod\n\nHawl i weld gwybodaeth\n\nMae hyn yn eich galluogi chi i ofyn i'r Cyngor os oes ganddo wybodaeth bersonol amdanoch chi ac at ba ddiben.\n");
    expect(headings(rct.blocks)).toEqual(['Hawl i gael gwybod', 'Hawl i weld gwybodaeth']);
    const english = textToTree('Research privacy notice\n\nWho Are We?\n\nWe are an NHS trust that takes part in research to improve the care we give to our patients and their families.\n\nFor more information about the research we do, please visit this link\n\nWe will only use your information for research where the law allows it and an ethics committee has approved the study.\n');
    expect(headings(english.blocks)).toEqual(['Who Are We?']);
  });

  it('a cookie\'s row with its name\'s underscore run into its purpose\'s first word is no heading (https://www.parentkind.org.uk/cookie-policy)', () => {
    const pk = textToTree('Cookie policy\n\nEssential cookies\n\nThese cookies are essential in helping you to move around our website and to use features, such as accessing secure areas.\nLanguage preferencePK_LangPreferenceRemembers a user’s preferred language if they toggle between English and Welsh versions of the site\nGoogle reCAPTCHA_GRECAPTCHAProvides spam protection via the Google reCAPTCHA risk analysis service\nDot Digital Chatcomapi.*Saves the visitor’s current Dot Digital chat status so it’s possible to tell if they’re returning\n\nNon-essential cookies\n\nSome cookies, like those used to measure how you use our website, are not needed for our website to work.\nGoogle DoubleClick__gadsProvides ad delivery and retargeting\nGoogle Analytics_ga, _ga_*Provides us with statistical data on the usage of our website, such as pageviews\n');
    expect(headings(pk.blocks)).toEqual(['Essential cookies', 'Non-essential cookies']);
  });
});

describe('16s: statements and trails', () => {
  it('a statement in the passive, a hard wrap cutting it, is no heading; a relative clause that names stays one (https://thewaytogosuffolk.org.uk/privacy-policy/)', () => {
    const suffolk = textToTree('Privacy Policy\n\nGeneral information\n\nSuffolk County Council (the council) collects and uses personal data to\n\nprovide and manage services.\n\nThe processing of personal data is governed by the UK General Data\n\nProtection Regulation (UK GDPR) and the Data Protection Act 2018 (DPA 2018), collectively referred to as data protection law.\n');
    expect(headings(suffolk.blocks)).not.toContain('The processing of personal data is governed by the UK General Data');
    const named = textToTree('Privacy notice\n\nWe are the council and this notice explains how we use the information you give us.\n\nThe kind of information we hold and how it is collected\n\nWe collect personal information about you when you contact us to ask for help with a service we provide.\n');
    expect(headings(named.blocks)).toEqual(['The kind of information we hold and how it is collected']);
  });

  it('a sentence in sentence case that opens with its pronoun and verb is no heading (https://arkatwoodprimary.org/privacy/students-aged-12-and-under)', () => {
    const ark = textToTree('Privacy notice for students aged 12 and under\n\nNote to parents / carers: This privacy notice explains how we collect, store and use personal data about your child.\nThis letter explains how we use information about you and what we do with it.\nWe call this information about you ‘personal data’ or ‘personal information’\nUnder the law, people have a right to be informed about how school uses any information we collect about them.\nIntroduction\nIn this document the Trust and its schools, whether alone or in groups, are referred to as ‘we’ or ‘our’.\n');
    expect(headings(ark.blocks)).not.toContain('We call this information about you ‘personal data’ or ‘personal information’');
  });

  it('a stopped line whose verb follows its subject\'s article and noun is a sentence (https://www.gwh.nhs.uk/patients-and-visitors/your-health-record/how-we-use-your-information/privacy-notice-for-staff/)', () => {
    const gwh = textToTree('Privacy Notice for staff\n\nThis is a Privacy Notice - also known as a Fair Processing Notice.\n\nPersonal data is information that relates to a living individual who can be identified from that data.\n\nThe Trust holds personal information about its staff for employment-related purposes.\n\nThe Trust is registered with the Information Commissioner\'s Office as a Data Controller and its reference is given below.\n');
    expect(headings(gwh.blocks)).toEqual([]);
  });

  it('under a numbered trail from the home page, the page\'s heading in capitals shown twice is the title (https://www.chwaraeon.cymru/polisi-preifatrwydd/adran-12-unigolion-syn-creu-cyfrif-ar-gyfer-gwasanaeth-ar-lein/)', () => {
    const sport = textToTree("Skip to main content\n  1. Hafan\n  2. Polisi Preifatrwydd\n  3. ADRAN 12 - UNIGOLION SY'N CREU CYFRIF AR GYFER GWASANAETH AR-LEIN\n\nADRAN 12 - UNIGOLION SY'N CREU CYFRIF AR GYFER GWASANAETH AR-LEIN\n\nMae gan Chwaraeon Cymru nifer o wasanaethau ar-lein sy'n ei gwneud yn ofynnol i ddefnyddwyr gofrestru a chreu cyfrif.\n\nPa wybodaeth bersonol fyddwn yn ei defnyddio?\n\nBydd yr wybodaeth a gaiff ei chasglu yn dibynnu ar y maes gwasanaeth hwnnw a'r hyn rydych yn ei ddewis.\n");
    expect(title(sport.blocks)).toBe("ADRAN 12 - UNIGOLION SY'N CREU CYFRIF AR GYFER GWASANAETH AR-LEIN");
    expect(headings(sport.blocks)).toEqual(['Pa wybodaeth bersonol fyddwn yn ei defnyddio?']);
  });
});

describe('16s: a stopped title and a row with its cells\' spaces', () => {
  it('the notice\'s own name with a full stop is its title (https://hedyn.cymru/hysbysiad-preifatrwydd)', () => {
    const hedyn = textToTree('Hysbysiad preifatrwydd.\n\nMae preifatrwydd a diogelwch eich gwybodaeth bersonol yn hynod bwysig i ni.\n\nWrth gysylltu â ni mae cofnodion sy’n cynnwys peth gwybodaeth bersonol yn cael eu creu.\n');
    expect(title(hedyn.blocks)).toBe('Hysbysiad preifatrwydd.');
  });

  it('a cookie\'s name, its expiry and its other cells on one line are a row, not a heading; a cookie named with its kind stays one (https://www.londonmet.ac.uk/site-information/cookies/)', () => {
    const lm = textToTree("Cookie information\n\nAbout our cookies\n\nWhen you use our websites, a number of cookies identified with our domain name are stored in your web browser.\n\n1. System cookies websites use cookies which are essential for its software to work properly, including:\n\nCFID session System - sessionID (with CFTOKEN)\nCFTOKEN session System - sessionID (with CFID)\nrecently-viewed 20 mins 'Recently viewed' panel\n\n2. Google Analytics cookies\n\nThese cookies are set and used by Google Analytics software, and all our webpages use them to count visits.\n");
    expect(headings(lm.blocks)).not.toContain('CFID session System - sessionID (with CFTOKEN)');
    const named = textToTree('Cookies\n\nThis website uses the cookies listed below.\n\n\n1. APS.NET Session Cookie\nIn browsing the website, the user creates a unique session ID to track information stored during the session. This cookie is essential.\n');
    expect(headings(named.blocks)).toEqual(['1. APS.NET Session Cookie']);
  });
});

describe('16s: a heading broken over two lines', () => {
  it('a heading broken before its second topic ("… and why we have it") is one heading (https://www.eastherts.gov.uk/about-east-herts-0/information-requests/access-information-privacy-notice)', () => {
    const eh = textToTree('Access to Information Privacy Notice\n\nThis privacy notice tells you how East Hertfordshire District Council collects and uses your personal information.\n\nHow we get your personal information\nand why we have it\n\n\nMost of the personal information we process is provided to us directly by you for one of the following reasons:\n\n  • When a request is made for information under the Freedom of Information Act\n');
    expect(headings(eh.blocks)).toEqual(['How we get your personal information and why we have it']);
  });
});
