/**
 * Classes of miss found in batches 16z17 (English local government), 16z18 (Wales, in Welsh) and
 * 16z19 (health and care) after their one blind measurement: the Welsh controller, rights stated as
 * what the reader may ask, retention forever or in a table's cells, a basis under a heading that is
 * only its name, plain English bases, the complaint route in a heading. Each test uses the shape of a
 * real passage (its address in the test's name); the rules are written for the class.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../../../src/import/import-notice.js';

const enc = (s: string) => new TextEncoder().encode(s);
const factsOf = async (family: string, text: string, file = 'notice.txt') => [...new Set((await importNotice(file, enc(text), { today: new Date('2026-12-06') })).found.filter((f) => f.family === family).map((f) => f.value))].sort();

describe('the controller in Welsh', () => {
  it('reads "X neu Goleg Y (o hyn ymlaen, y Coleg) fydd y rheolydd data", in the name\'s radical form (https://www.colegsirgar.ac.uk/index.php/cy/10-welsh/3551-hysbysiad-preifatrwydd-i-ddysgwyr)', async () => {
    expect(await factsOf('controller', 'Hysbysiad preifatrwydd i Ddysgwyr\n\nMae cymryd rhan yn y rhaglen hon yn ddibynnol ar i chi ddarparu data personol. Coleg Sir Gâr neu Goleg Ceredigion (o hyn ymlaen, y Coleg) fydd y rheolydd data ar gyfer y wybodaeth bersonol y byddwch yn ei darparu.\n')).toEqual(['Coleg Ceredigion']);
  });

  it('proposes the body in "esbonio sut y bydd X yn ymdrin â\'ch gwybodaeth bersonol" (https://www.ombwdsmon.cymru/hysbysiad-preifatrwydd/)', async () => {
    expect(await factsOf('controller', 'Hysbysiad Preifatrwydd – achwynwyr a chynrychiolwyr\n\nMae’r hysbysiad preifatrwydd hwn yn esbonio sut y bydd Ombwdsmon Gwasanaethau Cyhoeddus Cymru yn ymdrin â’ch gwybodaeth bersonol.\n')).toEqual(['Ombwdsmon Gwasanaethau Cyhoeddus Cymru']);
  });

  it('proposes the body a service "yn cael ei weithredu gan", never the kind of body after its address (https://helpap.gig.cymru/help/cyfreithiol-a-chwcis/eich-preifatrwydd/ap-polisi-preifatrwydd)', async () => {
    expect(await factsOf('controller', 'Polisi Preifatrwydd\n\n1.2. Mae DSPP yn cael ei weithredu gan Iechyd a Gofal Digidol Cymru, Tŷ Glan-yr-Afon, 21 Heol Ddwyreiniol y Bont-faen, Caerdydd, CF11 9AD, Awdurdod Iechyd Arbennig a sefydlwyd drwy Orchymyn.\n')).toEqual(['Iechyd a Gofal Digidol Cymru']);
  });

  it('proposes the body that runs a project, the one "sydd wedi ymrwymo" (http://cymruifanc.cymru/index.php/caffi/polisi-preifatrwydd)', async () => {
    expect(await factsOf('controller', 'Polisi Preifatrwydd\n\nMae Cymru Ifanc yn brosiect sy’n cael ei gynnal gan Plant yng Nghymru sydd wedi ymrwymo i gadw’ch gwybodaeth bersonol yn ddiogel.\n')).toEqual(['Plant yng Nghymru']);
  });

  it('takes "Eich Bwrdd Iechyd" (your health board) for no name (https://www.dental-referrals.nhs.wales/cy/patients/confidentiality-2/)', async () => {
    expect(await factsOf('controller', 'Iaith\nEich Bwrdd Iechyd\nCadw data\'n ddiogel\nRydym yn cymryd diogelwch eich data o ddifrif calon.\n')).toEqual([]);
  });
});

describe('rights stated as what the reader may ask', () => {
  it('reads Welsh access, rectification and erasure in plain words (https://www.complantcymru.org.uk/preifatrwydd/)', async () => {
    expect(await factsOf('rights', 'Preifatrwydd\n\nMae gennych hawl i weld unrhyw wybodaeth mae CPC yn ei chadw amdanoch chi. Os ydych chi’n credu bod unrhyw wybodaeth sydd gennym amdanoch chi’n anghywir rhowch wybod i ni ac fe wnawn ein gorau i newid pethau.\n\nDileu\n\nOs ydych yn dymuno dileu eich manylion o’n cronfa ddata am ryw reswm, rhowch wybod i ni.\n')).toEqual(['access', 'erasure', 'rectification']);
  });

  it('reads "byddwn ni\'n dangos i chi\'r wybodaeth … amdanoch chi" as access (http://cymruifanc.cymru/index.php/caffi/polisi-preifatrwydd)', async () => {
    expect(await factsOf('rights', 'Polisi Preifatrwydd\n\nAr unrhyw adeg, gallwch chi ofyn i ni a byddwn ni’n dangos i chi’r wybodaeth bersonol rydyn ni’n ei chadw amdanoch chi.\n')).toEqual(['access']);
  });

  it('reads "Gallwch ofyn i ni dynnu eich enw oddi ar ein systemau" as erasure (https://gofalcymdeithasol.cymru/hub/hub-generic-standalone/privacy-policy-and-cookies)', async () => {
    expect(await factsOf('rights', 'Deddfwriaeth\n\nNi fydd eich manylion personol yn cael eu defnyddio at unrhyw ddiben arall. Gallwch ofyn i ni dynnu eich enw oddi ar ein systemau ar unrhyw adeg.\n')).toEqual(['erasure']);
  });

  it('reads a right said to "you" in Welsh forms other than "chi" and "eich" ("mae gennych hawl i dderbyn copi o\'r wybodaeth bersonol sydd gennym amdanoch") (https://www.llyfrgell.cymru/am-llgc/amdanom-ni/llywodraethiant/rheolaeth-gwybodaeth/rheoliad-cyffredinol-gwarchod-data/datganiad-preifatrwydd)', async () => {
    expect(await factsOf('rights', 'Datganiad preifatrwydd\n\nO dan Reoliad Cyffredinol Gwarchod Data 2018 mae gennych hawl i dderbyn copi o\'r wybodaeth bersonol sydd gennym amdanoch.\n')).toEqual(['access']);
  });

  it('reads "yr hawl i geisio gwybodaeth bersonol yr ydym yn cadw amdanoch" as access (https://www.ombwdsmon.cymru/diogelu-data/)', async () => {
    expect(await factsOf('rights', 'Diogelu Data\n\nMae’r hawliau hyn yn cynnwys yr hawl i geisio gwybodaeth bersonol yr ydym yn cadw amdanoch.\n')).toEqual(['access']);
  });

  it('reads "The right to transparency" as the right to be informed (https://www.rowanshospice.co.uk/informationnotice/)', async () => {
    expect(await factsOf('rights', 'Privacy Policy\n\nData Subject Rights\n\n  • The right to transparency\n  • The right to data portability\n')).toEqual(['informed', 'portability']);
  });

  it('takes withdrawing consent to cookies for no right (https://www.datadictionary.nhs.uk/notices/cookies.html)', async () => {
    expect(await factsOf('rights', 'Cookies\n\nYou can at any time change or withdraw your consent from the Cookie Declaration on our website.\n')).toEqual([]);
  });
});

describe('retention', () => {
  it('reads Welsh "am byth" (forever) (http://wai.org.uk/cookies?diablo.lang=cym)', async () => {
    expect(await factsOf('retention', 'Cwcis\n\nMae\'n bosibl y cedwir y cofnodion hyn am byth a\'u defnyddio ar unrhyw adeg.\n')).toEqual(['criteria']);
  });

  it('reads a Welsh period "N mlynedd ar ôl …" in a retention section (https://www.colegsirgar.ac.uk/index.php/cy/10-welsh/3551-hysbysiad-preifatrwydd-i-ddysgwyr)', async () => {
    expect(await factsOf('retention', 'Hysbysiad\n\nAm ba hyd fydd y Coleg yn cadw eich gwybodaeth?\n\nData craidd dysgwyr: o leiaf 10 mlynedd ar ôl i chi adael y Coleg.\n')).toEqual(['10 years']);
  });

  it('reads no retention from a Welsh section about keeping data safe (https://www.dental-referrals.nhs.wales/cy/patients/confidentiality-2/)', async () => {
    expect(await factsOf('retention', 'Gwybodaeth\n\nCadw data\'n ddiogel\n\nRydym yn cymryd diogelwch eich data o ddifrif calon. Dyma sut rydym yn eu diogelu a sut rydym yn cydymffurfio â\'r Rheoliadau.\n')).toEqual([]);
  });
});

describe('lawful bases', () => {
  it('reads headings that are only a basis\'s name under a title about the lawful basis (https://leeds-cares.org/privacy-7-our-lawful-basis-for-processing-your-data/)', async () => {
    expect(await factsOf('art6', 'Privacy – 7. Our lawful basis for processing your data\n\n7.1 Specific consent\n\nWhere you have provided your consent for us to process your data.\n\n7.2 Legal obligation\n\nWhere we must comply with a legal or regulatory obligation such as reporting to the Charity Commission.\n\n7.3 Contract\n\nWhere the processing is necessary for a contract we have with you.\n\n7.4 Legitimate interests\n\nWhere it is in our interests to do so.\n')).toEqual(['a', 'b', 'c', 'f']);
  });

  it('reads no basis from a heading "Contract" in a notice that never speaks of the lawful basis', async () => {
    expect(await factsOf('art6', 'Privacy notice\n\nContract\n\nWe use the details you give us to run the service.\n')).toEqual([]);
  });

  it('reads a legal obligation given as the reason (http://www.darlington.gov.uk/your-council/data-protection-and-freedom-of-information/privacy-notice/licensing-service/, https://www.pendle.gov.uk/info/20094/data_protection_and_freedom_of_information/434/privacy_notice/2, https://www.lbbd.gov.uk/council-and-democracy/privacy-notices/adult-social-care-privacy-notice)', async () => {
    expect(await factsOf('art6', 'Licensing\n\nWe keep this information to administer the licensing of drivers. We do this because we have a legal obligation to do so.\n')).toEqual(['c']);
    expect(await factsOf('art6', 'Electoral Services\n\nWe collect it because we are legally obliged to comply with the Electoral Registration and Administration Act 2013.\n')).toEqual(['c']);
    expect(await factsOf('art6', 'Adult social care\n\nUnder the Care Act 2014 local authorities have a statutory obligation to provide relevant social care services.\n')).toEqual(['c']);
    expect(await factsOf('art6', 'Sharing\n\nWe may be legally required to share your information with the police.\n')).toEqual([]);
  });

  it('reads "We also use your consent to …" (https://www.runnymede.gov.uk/directory-record/116/planning-privacy-notice)', async () => {
    expect(await factsOf('art6', 'Planning\n\nWe also use your consent to send you email notifications when new planning applications are registered near your property.\n')).toEqual(['a']);
  });

  it('reads Welsh "cyflawni ein swyddogaethau cyhoeddus" as public task only where the text speaks of the basis (https://maethucymru.ynysmon.llyw.cymru/cy/polisi-preifatrwydd, https://helpap.gig.cymru/help/cyfreithiol-a-chwcis/eich-preifatrwydd/ap-polisi-preifatrwydd)', async () => {
    expect(await factsOf('art6', 'Polisi\n\nBydd y Cyngor yn prosesu eich gwybodaeth bersonol oherwydd bod hynny’n angenrheidiol er mwyn i ni gyflawni ein swyddogaethau cyhoeddus swyddogol.\n', 'polisi.txt')).toEqual(['e']);
    expect(await factsOf('art6', 'Polisi\n\nMae DSPP yn casglu’r wybodaeth hon er mwyn cyflawni ei swyddogaethau cyhoeddus i gefnogi gofal iechyd yng Nghymru.\n', 'polisi.txt')).toEqual([]);
  });
});

describe('the complaint route', () => {
  it('reads a heading "Appeals to the Information Commissioner\'s Office" whose section the copy cut short (https://bathnes.gov.uk/council-privacy-notices/estates-tenant-records-privacy-notice)', async () => {
    expect(await factsOf('ico', 'Privacy Notice\n\nHow is it used?\n\nTo manage tenancies.\n\nAppeals to the Information Commissioner’s Office\n\nIf you are not satisfied with our response, you can\n')).toEqual(['ico']);
  });
});

describe('batches 16z22 (Scotland) and 16z23 (England)', () => {
  it('reads a name set as its section\'s heading whose section gives its duration, on a page whose first headings say cookies (http://www.cornexchangenew.com/cookie-policy)', async () => {
    expect(await factsOf('cookies', 'Support our Old Library Campaign\n\nDonate Now\n\nCookie policy\n\nAbout cookies\n\nCookies are small packets of information.\n\nFirst party cookies\n\nCraftSessionId\n\nCreated by the Content Management System (CMS) to determine if a user is logged into the CMS or not.\n\n  • Duration: End of session\n\nCRAFT_CSRF_TOKEN\n\nCreated by the Content Management System (CMS) and used as protection against Cross-Site Request Forgery attacks.\n\n  • Duration: End of session\n')).toEqual(['CRAFT_CSRF_TOKEN', 'CraftSessionId']);
  });

  it('reads a name in capitals before a dash and what it does, beside marked names (https://creativityportal.org.uk/cookies/)', async () => {
    expect(await factsOf('cookies', 'Cookies & Your Privacy\n\nCookies set by Creativity Portal\n\n__utma – Set by Google Analytics to identify unique visitors\n\nCPUSER – Used to store user preferences and remember when users are logged into the site.\n\nGDPR – the General Data Protection Regulation.\n')).toEqual(['CPUSER', '__utma']);
  });

  it('takes a name in a description that differs from a listed one only by its underscores for that cookie (https://www.theheraldrysociety.com/cookie-policy/)', async () => {
    expect(await factsOf('cookies', 'Cookie Policy\n\nGoogle Analytics\n\n_utma\nUsed to distinguish users and sessions. The cookie is created when the javascript library executes and no existing __utma cookies exists.\n\n__utmt\nUsed to throttle request rate.\n')).toEqual(['__utmt', '_utma']);
  });

  it('reads "We are X, an executive non-departmental public body …" and never a registration\'s label ("Scottish Charity number") for a name (https://barr.rcahms.gov.uk/privacy)', async () => {
    expect(await factsOf('controller', 'Privacy Notice\n\nWe are Historic Environment Scotland, an executive non-departmental public body, being a registered charity (Scottish Charity number SC045925) and having its principal office at Longmore House.\n')).toEqual(['Historic Environment Scotland']);
  });

  it('reads "Explicit Consent" in a list about special category data as the Article 9 condition, not an Article 6 basis (https://gla.ac.uk/myglasgow/externalrelations/privacy/wideningparticipationprogrammes/access-to-career)', async () => {
    const text = 'Privacy notice\nLegal basis for processing your data\nWe must have a legal basis for processing all personal data. In this instance, the legal basis is\n- Public task/Official authority – this covers activities undertaken as part of the core functions of the University.\nIn addition, we must have a legal basis for collecting and processing all special categories/sensitive personal information data (disability, ethnicity, gender). In this instance, the legal basis is:\n- Explicit Consent –b y completing each of the programme registration forms you are giving us consent to use your data in the ways outlined in this form and the accompanying statement\nWhat we do with it and who we share it with\nAll the personal data you submit will be stored in a secure database.\n';
    expect(await factsOf('art6', text)).toEqual(['e']);
    expect(await factsOf('art9', text)).toEqual(['a']);
  });

  it('takes "subject to certain restrictions" for no right to restriction, and reads "You can also request deletion of your data" (http://firescotland.gov.uk/access-to-information/data-protection.aspx, https://www.thecommunitytablecic.com/privacy-policy)', async () => {
    expect(await factsOf('rights', 'Data protection\n\nThe Data Protection Act 1998 provides you with a right of access to information we hold about you, and entitles you, subject to certain restrictions, to be told whether we hold it.\n')).toEqual(['access']);
    expect(await factsOf('rights', 'Privacy Policy\n\nYou can also request deletion of your data at any time by emailing info@example.org with subject "Data Deletion Request".\n')).toEqual(['erasure']);
  });

  it('reads a mailbox named for the role ("please email DPO@…") as the DPO\'s contact (https://www.fusion-lifestyle.com/privacy-policy/)', async () => {
    expect(await factsOf('dpo', 'Privacy Policy\n\nShould you have any questions relating to this notice or our processing of personal data, please email DPO@Fusion-Lifestyle.com or contact us at the address below.\n')).toEqual(['DPO@Fusion-Lifestyle.com']);
  });
});

describe('batch 16z21 (Wales, in Welsh)', () => {
  it('reads compliance with legislation as the basis where the text says the processing is necessary for it, and no Welsh verb opens a name ("Bydd y Cyngor …") (https://www.anglesey.gov.wales/cy/Trigolion/Treth-cyngor/Treth-Gyngor-sut-rydym-yn-defnyddio-eich-gwybodaeth-bersonol.aspx)', async () => {
    const text = 'Hysbysiad\n\nBydd y Cyngor yn prosesu eich gwybodaeth personol oherwydd fod y prosesu yn angenrheidiol ar gyfer cydymffurfiaeth â deddfwriaeth ac ar gyfer casglu’r Dreth Gyngor.\n';
    expect(await factsOf('art6', text, 'hysbysiad.txt')).toEqual(['c']);
    expect(await factsOf('controller', text, 'hysbysiad.txt')).toEqual([]);
  });

  it('takes compliance with data protection legislation for no basis (https://www.hefcw.ac.uk/cy/amdanom-ni/polisiau-mewnol/hysbysiad-preifatrwydd-ccauc/)', async () => {
    expect(await factsOf('art6', 'Sail gyfreithiol\n\nRydym yn cynnal asesiadau effaith diogelu data i adnabod risgiau ac i sicrhau cydymffurfiaeth â deddfwriaeth diogelu data.\n', 'hysbysiad.txt')).toEqual([]);
  });

  it('reads "ar gyfer perfformio contract, neu, dasg a gyflawnir er lles y cyhoedd" (http://www.conwy.gov.uk/cy/Council/Access-to-Information/Privacy-Notices/NNDR-Business-Improvement-District-Privacy-Notice.aspx)', async () => {
    expect(await factsOf('art6', 'Hysbysiad\n\nGall y Cyngor ddefnyddio unrhyw wybodaeth rydych wedi ei rhoi i atal twyll, ar gyfer perfformio contract, neu, dasg a gyflawnir er lles y cyhoedd.\n', 'hysbysiad.txt')).toEqual(['b', 'e']);
  });

  // (Read as staying until 2026-12-07; data kept in the EU is outside the UK under the UK GDPR, so it is a transfer: see holdout-studied.test.ts.)
  it('reads data stored within the EU as a transfer out of the UK, and data hosted in the UK as staying (https://torf.llyfrgell.cymru/cy/s/llgc/page/privacy)', async () => {
    expect(await factsOf('transfers', 'Preifatrwydd\n\nBydd y data yn cael ei storio\'n ddiogel ar system allanol o fewn yr UE gan Digirati dan amodau sy\'n cydymffurfio â safonau rhyngwladol.\n', 'preifatrwydd.txt')).toEqual(['yes']);
    expect(await factsOf('transfers', 'Privacy\n\nYour data is hosted on servers within the UK.\n')).toEqual(['no']);
  });
});

describe('Article 9 in Welsh plain words', () => {
  it('reads "Bydd GDPR Erthygl 9 hefyd yn cael ei ddefnyddio ar gyfer darparu Iechyd a Gofal Cymdeithasol" as 9(2)(h) (https://trawma.gig.cymru/gwybodaeth-i-gleifion1/hysbysiad-preifatrwydd)', async () => {
    expect(await factsOf('art9', 'Hysbysiad\n\nRydym wedi ein hawdurdodi i brosesu eich gwybodaeth bersonol o dan Erthygl 6 gan fod y prosesu yn angenrheidiol i ni berfformio ein swyddogaethau swyddogol fel Corff GIG. Bydd GDPR Erthygl 9 hefyd yn cael ei ddefnyddio ar gyfer darparu Iechyd a Gofal Cymdeithasol.\n', 'hysbysiad.txt')).toEqual(['h']);
  });
});

describe('batches 16z25 (Wales, in Welsh), 16z26 (health) and 16z27 (councils and education)', () => {
  it('reads names from a table whose cells the copy glued, the type column run onto the name (https://ourfuturehealth.org.uk/cookies/)', async () => {
    expect(await factsOf('cookies', 'Cookie policy\n\nBelow is a list of the individual cookies we use:\n\nCookieTypePurposeHow long do we keep these cookies?\n_researcher_portal_sessionEssentialStores session dataUntil you close your browser\nofh_utmAnalyticsUsed to store referral information about website visitorsUp to 1 year.\nMATOMO_SESSIDEssentialHelps prevent CSRF security issuesWe do not keep these cookies\n')).toEqual(['MATOMO_SESSID', '_researcher_portal_session', 'ofh_utm']);
  });

  it('takes a product the site uses for no organisation ("how Google Analytics processes your personal data") (https://change-your-address.account.nhs.uk/cookie-policy)', async () => {
    const r = await importNotice('cookies.txt', enc('Cookies policy\n\nWe use software called Google Analytics to collect performance data. You can read more about how Google Analytics processes your personal data.\n'), { today: new Date('2026-12-06') });
    expect(r.config.organisation?.name ?? (r.config as { notice?: { organisation?: { name?: string } } }).notice?.organisation?.name).not.toBe('Google Analytics');
  });

  it('proposes the body in "datganiad preifatrwydd sy\'n trafod sut mae X yn prosesu gwybodaeth" (https://icc.gig.cymru/gwasanaethau-a-thimau/sgrinio/sgrinio-clyw-babanod-cymru/cwestiynau-cyffredin/y-ffordd-rydym-yn-defnyddio-gwybodaeth-amdanoch-chi-neu-am-eich-babi/)', async () => {
    expect(await factsOf('controller', 'Y ffordd rydym yn defnyddio gwybodaeth amdanoch chi\n\nDyma ddolen i\'n datganiad preifatrwydd sy\'n trafod sut mae Iechyd Cyhoeddus Cymru yn prosesu gwybodaeth amdanoch chi/eich babi.\n', 'hysbysiad.txt')).toEqual(['Iechyd Cyhoeddus Cymru']);
  });

  it('reads "yn angenrheidiol i gyflawni\'r contract rhyngom" as contract, and explicit consent to use health data as the Article 9 condition only (https://chwaraeon.cymru/cynnwys/privacy-policy-section-3)', async () => {
    const text = 'Polisi preifatrwydd\n\nMae ein defnydd o’ch gwybodaeth bersonol ar gyfer gweinyddu aelodaeth yn angenrheidiol i gyflawni’r contract rhyngom;\n\nBydd ein defnydd o’ch gwybodaeth iechyd/meddygol yn seiliedig ar y ffaith eich bod wedi rhoi eich caniatâd penodol i ni i ddefnyddio’r wybodaeth.\n';
    expect(await factsOf('art6', text, 'polisi.txt')).toEqual(['b']);
    expect(await factsOf('art9', text, 'polisi.txt')).toEqual(['a']);
  });

  it('reads the DPO as "Swyddog Gwarchod Data" too', async () => {
    expect(await factsOf('dpo', 'Datganiad preifatrwydd\n\nGallwch gysylltu â’n Swyddog Gwarchod Data drwy e-bost: gwarchod.data@enghraifft.cymru\n', 'datganiad.txt')).toEqual(['gwarchod.data@enghraifft.cymru']);
  });

  it('proposes none of several bodies a sentence lists, the last with a Welsh clitic ("… a Llywodraeth Cymru\'n ei wneud"), but a body beside a person is no list (https://ysgolygwernant.co.uk/index.php/cy/rieni/neges-prosesu-teg, http://www.caringhomes.org/cookies-privacy/)', async () => {
    expect(await factsOf('controller', 'Hysbysiad Prosesu Teg:\n\nBeth mae’r Ysgol, yr Awdurdod Lleol, y Gwasanaeth Addysg Rhanbarthol a Llywodraeth Cymru’n ei wneud gyda’r wybodaeth sy’n cael ei chasglu a’i chadw ganddynt am ddisgyblion.\n', 'hysbysiad.txt')).toEqual([]);
    expect(await factsOf('controller', 'Privacy\n\nThis Policy applies as between you, the User of this Web Site and Caring Homes the owner and provider of this Web Site.\n')).toEqual(['Caring Homes']);
  });
});

describe('the controller: parts, things, suppliers and sites', () => {
  it('proposes the organisation an office defined by an acronym is part of ("The Office of … at the University of West London (ODAR)") (https://uwl.ac.uk/about-us/policies-and-regulations/alumni-privacy-notice)', async () => {
    expect(await factsOf('controller', 'Privacy notice for alumni\n\n1.1 The Office of Development and Alumni Relations at the University of West London (ODAR) exists to maintain strong links with former students.\n\n1.3 This notice details how ODAR collects, stores and processes personal information about our alumni.\n')).toEqual(['University of West London']);
  });

  it('proposes no thing the organisation uses ("Body Worn Video (BWV)"), no supplier ("software provided by X Ltd"), no body whose website is cited, no "Council" inside "Council Tax" (https://www.royalfree.nhs.uk/patients-visitors/privacy-notice/cctv-images-and-body-worn-images/, https://fareham.gov.uk/waste_collection_and_recycling/garden_waste_and_composting/privacynotice.aspx, https://www.hampshirehospitals.nhs.uk/our-services/az-departments-and-specialties/research-department/information-patients/take-part-research/protecting-your-data-research, https://www.newcastle-staffs.gov.uk/privacy-notices/housing-benefits-council-tax-reductions-privacy-notice/2)', async () => {
    expect(await factsOf('controller', 'CCTV images\n\nSome clinical staff operate Body Worn Video (BWV). BWV will only be used after a warning has been given. BWV is turned off after an incident.\n')).toEqual([]);
    expect(await factsOf('controller', 'Garden waste\n\nYour personal data will also be stored on the Council\'s back office software provided by \'Bartec Municipal Technologies Ltd\' to enable the administration of the service.\n')).toEqual([]);
    expect(await factsOf('controller', 'Research\n\nYou can find out more about research and about general use of patient information on the Health Research Authority (HRA) website.\n')).toEqual([]);
    expect(await factsOf('controller', 'Housing benefit\n\nWe are a data controller for the personal information we hold about you in relation to Housing Benefit and Council Tax reductions.\n')).toEqual([]);
  });

  it('reads "We (the HCPC) are a \'Data Controller\'" (https://mrs.hcpc-uk.org/about-us/corporate-governance/policies/data-policy-and-terms)', async () => {
    expect(await factsOf('controller', 'Data policy\n\nWe (the HCPC) are a ‘Data Controller’ as defined in the UK General Data Protection Regulations (UK GDPR).\n')).toEqual(['HCPC']);
  });
});

describe('headings in capitals', () => {
  it('reads the organisation an "About X" heading names, and the ICO route in a heading, when the headings are in capitals (https://cromwellharbourmedicalpractice.com/gdpr-and-data-protection-notices/, https://bathnes.gov.uk/council-privacy-notices/estates-tenant-records-privacy-notice)', async () => {
    expect(await factsOf('controller', 'GDPR and Data Protection Notices\n\nPRIVACY NOTICE FOR PATIENTS\n\nThis notice explains how we use your information.\n\n1. ABOUT CROMWELL HARBOUR MEDICAL PRACTICE\n\nWe hold records about the care we give you.\n')).toEqual(['Cromwell Harbour Medical Practice']);
    expect(await factsOf('ico', 'Privacy Notice\n\nHOW IS IT USED?\n\nTo manage tenancies.\n\nAPPEALS TO THE INFORMATION COMMISSIONER’S OFFICE\n\nIf you are not satisfied with our response, you can\n')).toEqual(['ico']);
  });

  it('takes a category heading in capitals over a table for no cookie\'s name, even with a duration under it', async () => {
    expect(await factsOf('cookies', 'Cookie policy\n\nANALYTICS\n\nPseudonymous page-view counts.\n\n  • Duration: 2 years\n')).toEqual([]);
  });
});

describe('a cookie table\'s rows', () => {
  it('takes a row for a service that says it sets no cookie for no cookie (https://hungerford-tc-gov-uk.mycouncilframework.co.uk/cookie-policy?lang=en)', async () => {
    expect(await factsOf('cookies', 'Cookie policy\n\nName Provider Purpose Duration\n_ga Google Google Analytics 4 — distinguishes unique visitors. 2 years\nOpenStreetMap tiles tile.openstreetmap.org Renders the interactive map. Network request only — no cookie set Session\n')).toEqual(['_ga']);
  });
});
