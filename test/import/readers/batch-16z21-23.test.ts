/**
 * Structure misses of batches 16z21 (Welsh notices), 16z22 (Scotland) and 16z23 (England) that
 * took spurious headings, lost headings or titles, or broke the corpus's limit of one spurious
 * section a notice (issue 16; test/fixtures/import-corpus/, "batch" in answers.json), fixed by
 * class, each test with the real lines' shapes and their address.
 */
import { describe, expect, it } from 'vitest';
import { blockText } from '../../../src/import/doc-tree.js';
import { textToTree } from '../../../src/import/readers/text.js';
import { headings, title, text } from '../support/blocks.js';

describe('batches 16z21, 16z22 and 16z23: page furniture over the title', () => {
  it('social links, a pandemic alert under the cookie banner and a "What\'s New" entry with the date it was added are the site\'s (https://www.nhsggc.org.uk/patients-and-visitors/faqs/data-protection-privacy/)', () => {
    const ggc = textToTree("This site uses cookies to store information on your computer. I'm fine with this Cookie information\nFollow is on Twitter Like us on Facebook Follow us on Instagram\nCORONAVIRUS (COVID-19)\n\n*UPDATED* Hospital visiting changes, home testing kits, Vaccine info, general info and guidance for public, NHSGGC staff, and community-based services.\n\nData Protection & Privacy\n\nThis page provides details about the various personal information we request, obtain and store, our purposes for using that information, who provides us with it, how we protect it, and more.\n\nWhat's New\n\n11 - Child Friendly Privacy Notice (added 27/04/21)\n\n\nNHS Greater Glasgow & Clyde (NHSGGC) is a public organisation created in Scotland under section 1 of the National Health Service (Scotland) Act 1978.\n");
    expect(title(ggc.blocks)).toBe('Data Protection & Privacy');
    expect(headings(ggc.blocks)).toEqual(["What's New"]);
    expect(text(ggc.blocks)).not.toMatch(/Twitter|CORONAVIRUS/);
    // A pandemic's name heading a notice's own section, where no cookie banner stands over it, stays.
    const wg = textToTree("Neidio i'r prif gynnwys\n\nY diweddaraf ar y coronafeirws (COVID-19)\n\nMae Llywodraeth Cymru yn wynebu heriau digynsail yn ystod pandemig coronafeirws (COVID-19) ac mae hyn yn effeithio ar ein gwaith.\n\nCyflwyniad\n\nMae'r hysbysiad hwn yn esbonio sut rydym yn trin ceisiadau am wybodaeth a'r data personol sydd ynddynt.\n");
    expect(text(wg.blocks)).toMatch(/coronafeirws \(COVID-19\)/);
  });

  it('a form\'s name and its required-field note over the notice, and an expander\'s link "Gwelwch ein hysbysiad preifatrwydd", are the form\'s (https://www.dyfed-powys.police.uk/cy-GB/cyngor/cyngor-a-gwybodaeth/ymwelydd-tramor/cofrestru-fel-ymwelydd-wlad-dramor/af2/sut-i-gofrestru/orc/cysylltu-ynglyn-apwyntiad-gofrestru/)', () => {
    const police = textToTree("Ffurflen\n\nMae meysydd sydd wedi’u nodi â * yn orfodol\n\nPreifatrwydd\n\nI ddeall sut mae eich data'n cael ei gasglu a'i brosesu, darllenwch ein hysbysiad preifatrwydd.\n\n \n\n \n\nGwelwch ein hysbysiad preifatrwydd\n\nRhagymadrodd\n\nRheolir defnydd a datgeliad data personol yn y Deyrnas Unedig gan Ddeddf Diogelu Data 2018 (y Ddeddf).\n");
    expect(title(police.blocks)).toBe('Preifatrwydd');
    expect(headings(police.blocks)).toEqual(['Rhagymadrodd']);
    const form = textToTree('Form\n\nFields marked with * are required\n\nPrivacy\n\nTo understand how your data is collected and processed, please read our privacy notice below.\n\nIntroduction\n\nThe use and disclosure of personal data is governed in the United Kingdom by the Data Protection Act 2018.\n');
    expect(title(form.blocks)).toBe('Privacy');
    expect(headings(form.blocks)).toEqual(['Introduction']);
  });

  it('a GOV.UK cookie banner copied before the skip link is the page\'s, not the title (https://cyfrifiad.gov.uk/cwcis)', () => {
    const census = textToTree("Dywedwch wrthym a ydych chi'n derbyn cwcis ons.gov.uk\n\nRydym ni’n defnyddio cwcis i gasglu gwybodaeth am y ffordd rydych chi’n defnyddio cyfrifiad.gov.uk. Rydym ni’n defnyddio’r wybodaeth hon i sicrhau bod y wefan yn gweithio.\n\nYou have accepted all additional cookies. You have rejected all additional cookies. You can change your cookie preferences at any time.\n\nNeidio i’r prif gynnwy\n\nCwcis ar cyfrifiad.gov.uk\n\nFfeiliau bach a gaiff eu storio ar eich ffôn, llechen neu gyfrifiadur pan fyddwch yn mynd at wefan yw cwcis.\n\nGosodiadau cwcis\n\nRydym yn defnyddio JavaScript i osod ein cwcis. Nid yw JavaScript yn rhedeg ar eich porwr felly ni allwch newid eich gosodiadau.\n");
    expect(title(census.blocks)).toBe('Cwcis ar cyfrifiad.gov.uk');
    expect(headings(census.blocks)).toEqual(['Gosodiadau cwcis']);
    // The page's own name before the skip link stays: "Cookie policy" is no banner's line.
    const own = textToTree('Cookie policy\n\nWe use cookies to make this website work and to see how it is used by the people who visit.\n\nSkip to main content\n\nWhat cookies are\n\nCookies are small files saved on your phone, tablet or computer when you visit a website.\n');
    expect(title(own.blocks)).toBe('Cookie policy');
  });

  it('a campaign\'s banner and its "Donate Now" over the page\'s name are the site\'s (http://www.cornexchangenew.com/cookie-policy)', () => {
    const corn = textToTree('Jump to main content\n\nSupport our Old Library Campaign\n\nDonate Now\n\nCookie policy\n\nAbout cookies\n\n\nCookies are small packets of information stored by a web browser on your computer.\n');
    expect(title(corn.blocks)).toBe('Cookie policy');
    expect(headings(corn.blocks)).toEqual(['About cookies']);
  });

  it('the site\'s header over the notice\'s name, the site\'s web address among its lines, is the page\'s; the site\'s name under the title is its byline (http://www.cardiff.gov.uk/CYM/preswylydd/Gwasanaethau-Cymdeithasol-a-Lles/Plant/Hysbysiad-preifatrwydd/Pages/default.aspx)', () => {
    const cardiff = textToTree("Sign In\nCyngor Caerdydd www.caerdydd.gov.uk\nLoading\n\nFy Nghymdogaeth\n\nDefnyddiwch eich cod post i ddod o hyd i gynghorwyr, cyfleusterau, dalgylchoedd ysgol lleol a mwy.\n\nFind facilities in my area\n\nCyngor Caerdydd\n\nwww.caerdydd.gov.uk\n\nHysbysiad Preifatrwydd\n\nCyngor Caerdydd\n\nMae’n rhaid i Gyngor Caerdydd gasglu gwybodaeth bersonol gan unigolion fel ein bod ni’n gallu darparu gwasanaethau gofal cymdeithasol wedi'u teilwra’n arbennig.\n\n\nAt ba ddiben y mae’r wybodaeth yn cael ei defnyddio?\n\nMae gwybodaeth bersonol yn cael ei defnyddio i werthuso a yw pobl yn gymwys i gael gwasanaethau gofal cymdeithasol.\n");
    expect(title(cardiff.blocks)).toBe('Hysbysiad Preifatrwydd');
    expect(headings(cardiff.blocks)).toEqual(['At ba ddiben y mae’r wybodaeth yn cael ei defnyddio?']);
    // The header's lines stay before the title, as lines: the web furniture pass reads the site's name from them.
    expect(cardiff.blocks.slice(0, cardiff.blocks.findIndex((b) => b.kind === 'heading')).every((b) => b.kind === 'paragraph')).toBe(true);
  });

  it('the council\'s bilingual site name over a Welsh title that names "eich gwybodaeth" is the site\'s (https://www.anglesey.gov.wales/cy/Trigolion/Treth-cyngor/Treth-Gyngor-sut-rydym-yn-defnyddio-eich-gwybodaeth-bersonol.aspx)', () => {
    const anglesey = textToTree('Skip to content\n\nCyngor Sir Ynys Môn - Isle of Anglesey County Council\n\nTreth Gyngor: sut rydym yn defnyddio eich gwybodaeth bersonol\n\n\nRhybudd Prosesu Teg\n\nBydd Cyngor Sir Ynys Môn yn defnyddio’r wybodaeth y byddwch yn ei roi, ac unrhyw dystiolaeth cefnogol y darparwch, er mwyn asesu eich atebolrwydd ar gyfer y Dreth Gyngor.\n');
    expect(title(anglesey.blocks)).toBe('Treth Gyngor: sut rydym yn defnyddio eich gwybodaeth bersonol');
    expect(headings(anglesey.blocks)).toEqual(['Rhybudd Prosesu Teg']);
  });
});

describe('batches 16z21, 16z22 and 16z23: sentences, labels and cells that are no headings', () => {
  it('a Welsh line that opens with its verb is a sentence, unless it is the text\'s first line (https://www.fairfieldsurgeryllanelli.wales.nhs.uk/privacy-policy-welsh/, https://freshwater.eventscase.com/CY/Natureandus/Privacy-statement)', () => {
    const surgery = textToTree('Polisi Preifatrwydd\n\nMae ein polisi preifatrwydd yn dilyn un y GIG\n\nGwybodaeth Preifatrwydd ar gyfer Plant a Phobl Ifanc\n\nCyflwyniad\n\nMae’r daflen hon yn esbonio pam rydym yn casglu gwybodaeth amdanoch chi a sut rydym yn ei defnyddio hi yn y feddygfa.\n');
    expect(title(surgery.blocks)).toBe('Polisi Preifatrwydd');
    expect(headings(surgery.blocks)).not.toContain('Mae ein polisi preifatrwydd yn dilyn un y GIG');
    expect(headings(surgery.blocks)).toContain('Cyflwyniad');
    const nature = textToTree("Mae Natur a Ni yn ymrwymedig i ddiogelu a pharchu eich preifatrwydd\nMae'r polisi hwn yn esbonio pryd a pham y byddwn yn casglu gwybodaeth bersonol am ymwelwyr â gwefan Natur a Ni.\nRheolydd data\nCyfoeth Naturiol Cymru (CNC) yw'r rheolydd data ar gyfer gwybodaeth a gyflwynir drwy wefan Natur a Ni.\n");
    expect(title(nature.blocks)).toBe('Mae Natur a Ni yn ymrwymedig i ddiogelu a pharchu eich preifatrwydd');
  });

  it('a Welsh processing table\'s header joined into one line, and its first cell over the bullets of its data, are no headings (https://wwha.co.uk/?p=6246)', () => {
    const housing = textToTree("Polisi Preifatrwydd & Cyfreithiol\n\nCyflwyniad\n\nMae’r tabl isod yn sôn ychydig yn fwy wrthych am yr hyn y byddwn yn ei wneud gyda’ch gwybodaeth y byddwn yn ei chasglu, a’r sail gyfreithiol dros ei phrosesu.\n\n \n\nCategorïau Y rheswm dros ei chasglu Sail gyfreithiol dros ei phrosesu\n\nGwybodaeth safonol\n\n  • Enw\n  • Cyfeiriad\n  • Manylion cyswllt\nEr mwyn rhoi tenantiaeth a reolir, gofal a chymorth i chi.\n  • Contract\n  • Rhwymedigaeth gyfreithiol\n");
    expect(headings(housing.blocks)).toEqual(['Cyflwyniad']);
    // A record's field and its value (with its colon) over one line and bullets is no header: the line is a heading.
    const somerset = textToTree('Privacy Notice\nWhat we do with the information you give us when you use our Council Tax or Business Rates Team.\nLegal Basis for Processing Special Categories of Personal Data: Substantial Public Interest\nWho the data might be shared with\n- Capita (as Data Processor)\n- Other Council Departments\n- Other Local Authorities\nPersonal data is also shared for the prevention and detection of crime, including fraud via the National Fraud Initiative.\n');
    expect(headings(somerset.blocks)).toContain('Who the data might be shared with');
  });

  it('the last of a list\'s lines flush on the others, a blank line before the paragraph after it, is the list\'s last item (http://firescotland.gov.uk/access-to-information/data-protection.aspx)', () => {
    const fire = textToTree('Data Protection\n\nWe have a number of documents which will provide you with more information on how we ensure we meet the Principles of the Data Protection Act:\n\nData Protection Policy\nAccessing your Personal Information (Subject Access) Guide\nHandling Subject Access Requests - Procedure\n\nWe are also committed to ensuring that individuals can find out about their personal data, be given access to it and the right to correct it.\n\nHow to make a request\n\nYou can ask us for a copy of the information we hold about you by writing to our information governance team.\n');
    expect(headings(fire.blocks)).toEqual(['How to make a request']);
    const list = fire.blocks.find((b) => b.kind === 'list');
    expect(list?.kind === 'list' && list.items.length).toBe(3);
  });

  it('an intro that gives its value after the colon ("… relates to the following process: …") is a sentence (https://borderscollege.ac.uk/contact-us/data-protection-and-privacy/student-funding-privacy-notice/)', () => {
    const college = textToTree('Privacy Notice – for Student Funding\n\nWho are we?\n\nBorders College is the ‘Data Controller’ and is responsible for looking after the personal data that you provide.\n\nThis privacy notice relates to the following process: Student Funding application process\n\nThis process applies to applications for Bursaries, Education Maintenance Allowance (EMA), Discretionary and Childcare payments, and European Social Funding.\n');
    expect(headings(college.blocks)).toEqual(['Who are we?']);
  });

  it('a cookie\'s label with its value run on after the colon ("Cookie provider:SESSxxxID") is a field (https://www.cumbriawildlifetrust.org.uk/node/8325)', () => {
    const trust = textToTree('Cookie policy\n\nThird party cookies\n\nWe use a number of suppliers who may also set cookies on their websites on its behalf. This site does not control the dissemination of these cookies.\n\nCookie provider: The Wildlife Trusts\n\nPurpose: Used by the website to remember cookie preferences. \n\nCookies: cookie-agreed expires in 100 days.  MCPopupClosed expires on site entry.\n\n \n\nCookie provider:SESSxxxID\n\nPurpose: Authentication session to prevent having to login more than once.\n');
    expect(headings(trust.blocks)).toEqual(['Third party cookies']);
  });

  it('cookies\' names alone over what each does, one in capitalised parts ("CraftSessionId"), are names, not headings (http://www.cornexchangenew.com/cookie-policy)', () => {
    const corn = textToTree('Cookie policy\n\nFirst party cookies\n\nCraftSessionId\n\nCreated by the Content Management System (CMS) to determine if a user is logged into the CMS or not.\n\n  • Duration: End of session\n\nCRAFT_CSRF_TOKEN\n\nCreated by the Content Management System (CMS) and used as protection against Cross-Site Request Forgery attacks (CSRF).\n\n  • Duration: End of session\n\nreturningVisitor\n\nA check to determine if the user has previously visited the website to control visibility of modal popups.\n\n  • Duration: 1 year\n\nThird-party cookies\n\nSpektrix Ticketing Software\n\nCorn Exchange Newbury uses Spektrix box office to process online ticket bookings.\n');
    expect(headings(corn.blocks)).toEqual(['First party cookies', 'Third-party cookies', 'Spektrix Ticketing Software']);
  });
});

describe('batches 16z21, 16z22 and 16z23: headings that were lost', () => {
  it('a notice\'s first section named for what it gives ("General Information", "Important information") is a section, not the title (https://forestry.gov.scot/privacy-complaints-freedom-of-information-and-requests-for-information/scottish-forestry-data-privacy-notice-regulatory-enforcement-action, https://lakedistrict.gov.uk/privacy-and-cookie-notice/)', () => {
    const forestry = textToTree('General Information\n\nThis privacy notice tells you what Scottish Forestry will do with the personal information we will collect as part of any enforcement actions we take.\n\nController Contact Details\n\nWe are the controller for the personal information we process, unless otherwise stated.\n');
    expect(title(forestry.blocks)).toBeUndefined();
    expect(headings(forestry.blocks)).toEqual(['General Information', 'Controller Contact Details']);
    const park = textToTree('Important information\nPersonal data is data about living persons that can be used to identify them directly or indirectly.\nData Protection Officer\nThe LDNPA has appointed a Data Protection Officer who is responsible for overseeing questions about this notice.\n');
    expect(headings(park.blocks)).toContain('Important information');
  });

  it('headings whose numbers the copy turned into bullets, each alone over its paragraph, are headings; a list whose items explain themselves is left alone (https://www.parkgrovemedicalpractice.scot.nhs.uk/practice-information)', () => {
    const practice = textToTree('Data Protection Notice\nThe following notice applies from 24th October 2024\n- About Parkgrove Medical Practice\nThis practice is an independent contractor providing primary medical services by way of a contract with NHS Lothian, made under the National Health Service (Scotland) Act 1978.\n- About the personal information we use\nWe use personal information on different groups of individuals including:\n- Patients\n- Staff\n- Contractors\nThe personal information we use includes information that identifies you like your name, address, date of birth and postcode.\n- Our purposes for using personal information\nUnder the 1978 Act Parkgrove Medical Practice has the statutory responsibility to provide or arrange for the provision of a range of healthcare services.\n');
    expect(headings(practice.blocks)).toEqual(['About Parkgrove Medical Practice', 'About the personal information we use', 'Our purposes for using personal information']);
    const bases = textToTree('Privacy notice\n\nWe rely on the following lawful bases:\n\n• Public task\n\nThe processing is necessary for us to perform a task in the public interest or for our official functions.\n\n• Legal obligation\n\nThe processing is necessary for us to comply with the law, not including contractual obligations.\n');
    expect(headings(bases.blocks)).toEqual([]);
  });

  it('a form\'s numbered questions, each ending in its colon over its answer, are headings however long (https://active.fife.scot/get-involved/concessions, Fife Council\'s payments notice)', () => {
    const fife = textToTree('\n  1. Purpose of the processing and the legal basis for the processing:\n\nFife Council uses the personal information provided by you in order to process your payment to the Council.\n\n2. Please describe the categories of personal data processed by your Service or service:\n\nThe personal information we gather and use includes:\n\n  • Name, Home Address, Bank Account details, Partial Card Details\n\n3. Any recipient or categories of recipients of the personal data:\n\nWe will share your personal information with other Council Services for the purpose of making your payment.\n\n4. The source the personal data originates from and whether it came from publicly accessible sources (including information gathered about third parties e.g., where we have gathered information about a third-party during discussions with a service user):\n\nWe receive information about you from yourself and other Council Services.\n');
    expect(fife.blocks.filter((b) => b.kind === 'heading').map(blockText)).toEqual([
      '1. Purpose of the processing and the legal basis for the processing:',
      '2. Please describe the categories of personal data processed by your Service or service:',
      '3. Any recipient or categories of recipients of the personal data:',
      '4. The source the personal data originates from and whether it came from publicly accessible sources (including information gathered about third parties e.g., where we have gathered information about a third-party during discussions with a service user):',
    ]);
  });

  it('a site\'s host name alone straight over a cookie table is the table\'s caption, a heading (https://tro.transportappeals.scot/?p=162)', () => {
    const tribunal = textToTree('Cookie Policy\nTransparency – our use of cookies\nWhen you access our website or log in to our secure area we send you an encrypted session cookie that lasts until you close your browser.\ntro.appealparkingorbuslanefine.gov.scot\nName of cookie | Purpose |\n---|---|\npbltssession | Session cookie for the website. |\ncookie_notice_accepted | Used to identify if a user has accepted the sites cookie policy. |\nfoam.appealparkingorbuslanefine.gov.scot\nType of cookie | Name of cookie | Purpose |\n---|---|---|\nSession Cookies | _decider_session | Session cookies allow FOAM to keep track of whether or not a user is signed in. |\n');
    expect(headings(tribunal.blocks)).toEqual(['Transparency – our use of cookies', 'tro.appealparkingorbuslanefine.gov.scot', 'foam.appealparkingorbuslanefine.gov.scot']);
    expect(tribunal.blocks.filter((b) => b.kind === 'table')).toHaveLength(2);
  });

  it('a cookie row whose purpose has no stop ends before the next row that opens with a hyphenated name and a capital (https://www.protectuk.police.uk/protectuk-cookie-policy)', () => {
    const protect = textToTree('Cookie policy\n\nCookie Description\n_pk_ref Matomo analytics\n_pk_ses  Matomo analytics\nSSESS************** Drupal session cookie which name includes an encrypted reference to the user\ncookie-agreed Cookie which is set when the user accepts the cookie banner.\ncookie-agreed-version the version of the cookie policy in use.\n');
    expect(text(protect.blocks)).not.toMatch(/reference to the user cookie-agreed/);
  });
});

describe('batches 16z21, 16z22 and 16z23: shapes the robustness test re-renders', () => {
  it('one cell a line, a purpose that opens "Session cookie" and goes on is the purpose, not the expiry (https://tro.transportappeals.scot/?p=162, https://tradeandinvest.wales/cookie-policy)', () => {
    const cells = textToTree('Cookies\n\nCookies we use\n\nWe use the following cookies on this website.\n\nName\nPurpose\nExpires\npbltssession\nSession cookie for the website.\n\ncookie_notice_accepted\nUsed to identify if a user has accepted the sites cookie policy.\n\n\nContact us\n\nWrite to us if you have a question about cookies.\n');
    const table = cells.blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.rows.map((r) => r.map((c) => blockText({ kind: 'paragraph', content: c })))).toEqual([
      ['pbltssession', 'Session cookie for the website.', ''],
      ['cookie_notice_accepted', 'Used to identify if a user has accepted the sites cookie policy.', ''],
    ]);
  });

  it('with no blank lines, a label with its colon flush on the postcode that ends an address heads the paragraph after it (https://dlnrcrc.co.uk/data-protection/)', () => {
    const rrp = textToTree('Privacy Notice\n\nAny questions regarding this Notice and/or our privacy practices, can be sent by email to informationsecurityteam@rrp.gse.gov.uk, or by writing to:\n\nThe Data Protection Officer\n\nReducing Reoffending Partnership\n\nGround Floor, Centre City Tower\n\n5-7 Hill Street\n\nBirmingham B5 4UA\nWho we are:\nThe RRP consists of CGL, Ingeus, St Giles Trust, DLNR CRC and SWM, who deliver probation services together.\n');
    expect(headings(rrp.blocks)).toEqual(['Who we are:']);
  });

  it('with no blank lines, a subtitle flush on a tagline that opens with its verb stays a heading (https://www.fairfieldsurgeryllanelli.wales.nhs.uk/privacy-policy-welsh/)', () => {
    const surgery = textToTree('Polisi Preifatrwydd\n\nMae ein polisi preifatrwydd yn dilyn un y GIG\nGwybodaeth Preifatrwydd ar gyfer Plant a Phobl Ifanc\nCyflwyniad\nPan fyddwch chi’n glaf gyda’r practis, bydd angen i ni gadw rhywfaint o wybodaeth amdanoch chi er mwyn rhoi’r gofal gorau i chi.\n');
    expect(headings(surgery.blocks)).toEqual(['Gwybodaeth Preifatrwydd ar gyfer Plant a Phobl Ifanc', 'Cyflwyniad']);
  });
});
