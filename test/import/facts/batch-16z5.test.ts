/**
 * Classes of miss found in the round of batches 16z5 to 16z8 (Scotland and Northern Ireland, Wales
 * in Welsh, English health and care, English and UK-wide bodies), and the controller read as the
 * name a notice uses the way it uses "we", which the corpus's last misses showed. Each test uses the
 * shape of a real passage (its address in the test's name); the rules are written for the class.
 */
import { describe, expect, it } from 'vitest';
import { importNotice, type ImportResult } from '../../../src/import/import-notice.js';

const enc = (s: string) => new TextEncoder().encode(s);
const load = (text: string, file = 'notice.txt'): Promise<ImportResult> => importNotice(file, enc(text), { today: new Date('2026-12-06') });
const factsOf = async (family: string, text: string, file?: string) => [...new Set((await load(text, file)).found.filter((f) => f.family === family).map((f) => f.value))].sort();

describe('the controller, as the name the notice uses for "we"', () => {
  it('proposes an acronym that is the subject of what the organisation does, twice (https://cpincidents.hscni.net/privacy-policy)', async () => {
    expect(await factsOf('controller', 'Privacy Policy\n\nBSO respects the security and privacy concerns of users of this and all its websites. BSO is notified under the UK General Data Protection Regulation (UK GDPR) and the Data Protection Act 2018 and we confirm that we will comply with the UK GDPR and the Data Protection Act in all our dealings with your personal data.\n')).toEqual(['BSO']);
  });

  it('proposes a Welsh name after the verb ("Gall Rhentu Doeth Cymru brosesu …", "Mae Rhentu Doeth Cymru hefyd yn derbyn …") (https://rhentudoeth.llyw.cymru/cym/privacy-policy)', async () => {
    expect(await factsOf('controller', 'Polisi preifatrwydd\n\nMae Rhentu Doeth Cymru hefyd yn derbyn gwybodaeth gan ffynonellau eraill fel aelodau\'r cyhoedd.\n\nGall Rhentu Doeth Cymru brosesu data personol i gyflawni ei rwymedigaethau dan Ddeddf Tai (Cymru) 2014.\n', 'polisi.txt')).toEqual(['Rhentu Doeth Cymru']);
  });

  it('proposes an acronym the subject once and named twice more (https://www.scottishhousingregulator.gov.uk/about-us/privacy-statement)', async () => {
    expect(await factsOf('controller', 'Privacy Statement\n\nSHR is committed to protecting your privacy in line with the requirements of the General Data Protection Regulation (GDPR).\n\nThe personal data we process is held on servers hosted within the EU and processed by SHR staff or contracted third parties acting on behalf of SHR.\n')).toEqual(['SHR']);
  });

  it('proposes no law, regulator, product or kind of body that is the subject, however often', async () => {
    expect(await factsOf('controller', 'Privacy notice\n\nUK GDPR is the law. GDPR gives you rights. The ICO is the regulator. The ICO has powers. Google Analytics uses cookies. Google Analytics stores data. The Council may share data. The Council will keep it.\n')).toEqual([]);
  });
});

describe('the controller, stated', () => {
  it('reads the name before its address in "X, building, street, town, postcode is a Data Controller" (https://www.bassetlaw.gov.uk/about-us/data-protection/departmental-privacy-notices/museum-privacy-notice/)', async () => {
    expect(await factsOf('controller', 'Privacy notice\n\nUnder the General Data Protection Regulation 2016 (GDPR) and Data Protection Act 2018 (DPA) Bassetlaw District Council, Queen’s Building, Potter Street, Worksop, Notts, S80 2AH is a Data Controller for the information it holds about you.\n')).toEqual(['Bassetlaw District Council']);
  });
});

describe('the controller, proposed', () => {
  it('proposes "X respects your privacy" and Welsh "X ( neu “ni”) yn ymroddedig i gadw preifatrwydd …" as the organisation the notice speaks for (https://www.gresfordcommunitycouncil.gov.uk/privacy-policy/, http://red-button.org/cy/privacy-policy/)', async () => {
    expect(await factsOf('controller', 'Privacy and Cookies on our website\n\nGresford Community Council respects your privacy. Any information that you provide us with, or which is gathered automatically, helps us to monitor our services.\n')).toEqual(['Gresford Community Council']);
    expect(await factsOf('controller', 'Datganiad Preifatrwydd\n\nBotwm Coch ( neu “ni”) yn ymroddedig i gadw preifatrwydd pawb sy’n ymweld â’r wefan hon. Darllenwch y datganiad preifatrwydd canlynol i ddeall sut yr ydym yn defnyddio ac yn amddiffyn y wybodaeth.\n', 'datganiad.txt')).toEqual(['Botwm Coch']);
  });

  it('proposes "X (referred to as …) is a registered Scottish Charity" (https://harmeny.org.uk/our-privacy-policy/)', async () => {
    expect(await factsOf('controller', '1. INTRODUCTION AND HOW TO CONTACT US\n\nHarmeny Education Trust Limited (referred to as ‘Harmeny’, ‘we’, ‘our’ in this document) is a registered Scottish Charity (No SC024256), and a company limited by guarantee (Reg No SC162021).\n')).toEqual(['Harmeny Education Trust Limited']);
  });

  it('proposes the body whose privacy policy the page describes, in Welsh (https://www.nhsbt.nhs.uk/cy/hysbysiad-preifatrwydd/)', async () => {
    expect(await factsOf('controller', 'Hysbysiad preifatrwydd\n\nMae’r dudalen hon yn disgrifio polisi preifatrwydd Gwaed a Thrawsblaniadau’r GIG (NHSBT), ac mae’n cynnwys gwybodaeth ar sut mae’r data a gesglir gennym yn cael ei rannu.\n', 'hysbysiad.txt')).toEqual(['Gwaed a Thrawsblaniadau’r GIG']);
  });

  it('proposes "X the owner and provider of this Web Site" (http://www.caringhomes.org/cookies-privacy/)', async () => {
    expect(await factsOf('controller', 'Privacy policy\n\nThis Policy applies as between you, the User of this Web Site and Caring Homes the owner and provider of this Web Site. This Policy applies to our use of any and all Data collected by us.\n')).toEqual(['Caring Homes']);
  });

  it('proposes neither a part of the council ("o fewn Uned Busnes y Cyngor") nor a body whose guidance the notice follows (https://rctcbc.gov.uk/CY/Council/DataProtectionandFreedomofInformation/DataProtection/serviceprivacynotices/ChiefExecutives/ElectedandLayCooptedMemberPrivacyNotice.aspx, https://www.sfh-tr.nhs.uk/get-involved/research-and-innovation/what-do-we-do/privacy-notice/)', async () => {
    expect(await factsOf('controller', 'Hysbysiad preifatrwydd\n\nMae\'r Gwasanaethau Democrataidd, o fewn Uned Busnes y Cyngor, yn chwarae rhan hanfodol yn darparu cefnogaeth strategol i\'r holl Aelodau Etholedig.\n', 'hysbysiad.txt')).toEqual([]);
    expect(await factsOf('controller', 'Privacy Notice\n\nThe Medical Research Council (MRC) has set out guidance for the time frame of the retention of medical notes below:\n')).toEqual([]);
  });
});

describe('the lawful bases and special category conditions', () => {
  it('reads a list of "legal reasons" that mixes the Article 6 bases with Article 9 conditions in plain words, each as the template means it (https://www.gwegogledd.cymru/cookie-policy/?lang=en)', async () => {
    const text = 'Privacy notice\n\nHow the law allows us to use your information\n\nWe will tell you the reason when we are collecting this information from you. Usually, we will do that where:\n\n  • you have given your permission\n  • you have a contract with us\n  • it is necessary so that we can carry out our statutory duties\n  • it is necessary in order to protect someone in an emergency\n  • the law says that it must be done\n  • it is necessary for employment reasons\n  • It is necessary in order to provide health or social care services\n  • you have already made your information public\n  • it is necessary for legal cases\n  • it is necessary in the interest of society\n  • it is necessary to protect public health\n  • it is necessary for the purposes of archiving, research or statistical purposes.\n';
    expect(await factsOf('art6', text)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(await factsOf('art9', text)).toEqual(['b', 'e', 'f', 'g', 'h', 'i', 'j']);
  });

  it('reads no condition from a list of the kinds of special category data ("such as: • Health") (https://www.gwegogledd.cymru/cookie-policy/?lang=en)', async () => {
    expect(await factsOf('art9', 'Privacy notice\n\nWhat is personal information?\n\n‘Special category’ information: Some types of information about you are more special and need further protection, as they are sensitive. (special category information) such as:\n\n  • Political or philosophical beliefs\n  • Health\n  • Ethnicity\n')).toEqual([]);
  });

  it('reads "Article 6, 1(e)", "Article 9, 2(i)", "Article 6(1)e" and "Article 9(2)j", and never the article "a" after "Article 6(1)" (https://www.harrow.gov.uk/health-leisure/public-health-privacy-policy, https://www.sfh-tr.nhs.uk/get-involved/research-and-innovation/what-do-we-do/privacy-notice/)', async () => {
    const harrow = 'Public health privacy policy\n\nWe process data under Article 6, 1(e) and for special category data under Article 9, 2(i) of the GDPR.\n';
    expect([await factsOf('art6', harrow), await factsOf('art9', harrow)]).toEqual([['e'], ['i']]);
    const sherwood = 'Privacy Notice\n\nIn most instances we will rely on Article 6(1)e and Article 9(2)j of the UK GDPR if and when we use your information for research.\n';
    expect([await factsOf('art6', sherwood), await factsOf('art9', sherwood)]).toEqual([['e'], ['j']]);
    expect(await factsOf('art6', 'Privacy notice\n\nArticle 6(1) a lawful basis is needed for all processing.\n')).toEqual([]);
  });

  it('reads the care provider\'s "social security and social protection law" and "provide and manage social care services" (https://procarehq.com/?p=1508)', async () => {
    expect(await factsOf('art9', 'Privacy notice\n\nWe process your special category data because:\n• It is necessary due to social security and social protection law;\n• It is necessary for us to provide and manage social care services;\n')).toEqual(['b', 'h']);
  });

  it('reads a section headed about special category data as about it ("GDPR allows the processing of health data … the provision of health care") (https://eastcheshirehospice.org.uk/patients-families/patients-families-and-carers-privacy-notice)', async () => {
    expect(await factsOf('art9', 'Privacy Notice\n5. What are our legal grounds for processing your special category data?\nUnder GDPR, health data is considered to be special category data as it is more sensitive data. GDPR allows the processing of health data in order to facilitate the provision of health care.\n')).toEqual(['h']);
  });

  it('reads "necessary for archiving" in a list of special category conditions (https://www.worcestershire.gov.uk/info/20569/how_we_use_your_information/1875/adult_services_privacy_notice/3)', async () => {
    expect(await factsOf('art9', 'Adult services privacy notice\n\nThe special category personal data condition(s) for processing are:\n\n  • necessary for the provision of health or social care or the management of health or social care systems and services\n  • necessary for archiving purp\n')).toEqual(['h', 'j']);
  });
});

describe('the bases, conditions and rights, continued', () => {
  it('reads a list of Schedule 1 paragraphs ("Schedule 1, Part 2, Part 2 Paras 6, 8, 17, 18 and 19", "Part 1, Para 1, 2 and 3") (https://www.eastsussex.gov.uk/privacy/asc-your-information/legal)', async () => {
    expect(await factsOf('art9', 'What is the legal basis?\n\nThis is in line with GDPR Article 9,2 (g), Data Protection Act 2018 Schedule 1, Part 2, Part 2 Paras 6, 8, 17, 18 and 19 and GDPR Article 9,2 (h), Data Protection Act 2018 Schedule 1, Part 1, Para 1, 2 and 3 and GDPR Article 9, 2(i).\n')).toEqual(['g', 'h', 'i', 'sch1:1', 'sch1:17', 'sch1:18', 'sch1:19', 'sch1:2', 'sch1:3', 'sch1:6', 'sch1:8']);
  });

  it('reads no basis from a row of a bases table whose purposes cell is a dash (https://www.angus.gov.uk/council_and_democracy/managing_and_accessing_information/information_governance_privacy_and_gdpr/services_privacy_statements/schools_and_learning_privacy_statement)', async () => {
    expect(await factsOf('art6', 'Schools and learning privacy statement\n\nWhat is the legal basis for processing?\n\nLegal basis Purpose\nConsent 9, 11\nPerformance of a contract  -\nLegal obligation 1, 2, 3, 4, 5, 6, 7\nVital interests 6, 8\nTask carried out in the public interest 1, 2, 3, 4, 5, 6, 7, 9, 10, 12\nLegitimate interests  -\n')).toEqual(['a', 'c', 'd', 'e']);
  });

  it('reads the Welsh "perfformiad contract gyda gwrthrych y data" and "Mae Gwrthrych y Data wedi cydsynio i\'r Prosesu" (https://conwy.gov.uk/cy/Council/Access-to-Information/Privacy-Notices/Legal-Section-Law-and-Governance.aspx, http://www.swansea.ac.uk/cy/y-brifysgol/safon-fyd-eang/swyddfaris-ganghellor/cydymffurfedd/diogeludataymmhrifysgolabertawe/polisidiogeludata/)', async () => {
    expect(await factsOf('art6', 'Hysbysiad preifatrwydd\n\nMae’r prosesu yn angenrheidiol i ddarparu’r gwasanaethau hyn, a allai fod ar unrhyw un o’r seiliau cyfreithiol a ganlyn:\n- Mae’n angenrheidiol ar gyfer perfformiad contract gyda gwrthrych y data\n', 'hysbysiad.txt')).toEqual(['b']);
    expect(await factsOf('art6', 'Polisi diogelu data\n\nni phrosesir gwybodaeth bersonol gan Brifysgol Abertawe oni fodlonir o leiaf un o\'r amodau canlynol:\n\n • Mae Gwrthrych y Data wedi cydsynio i\'r Prosesu.\n', 'polisi.txt')).toEqual(['a']);
  });

  it('reads a right stated as what the reader may do, wherever it is: "you are entitled to withdraw that consent", "you will be able to request a copy of the recording" (https://www.gwegogledd.cymru/cookie-policy/?lang=en, https://www.ombudsman.org.uk/about-us/corporate-information/freedom-information-and-data-protection/our-publication-scheme/our-privacy-policy)', async () => {
    expect(await factsOf('rights', 'Privacy notice\n\nWhere we rely on your consent to use your information, you are entitled to withdraw that consent at any time.\n')).toEqual(['withdraw-consent']);
    expect(await factsOf('rights', 'Privacy policy\n\nIf you contact us by telephone, we may record the call. When this happens you will be told about it and you will be able to request a copy of the recording or the written version of it.\n')).toEqual(['access']);
  });

  it('reads the Welsh right given to "unigolyn" and Art 20\'s "transmit it to another organisation" (http://www.swansea.ac.uk/cy/y-brifysgol/safon-fyd-eang/swyddfaris-ganghellor/cydymffurfedd/diogeludataymmhrifysgolabertawe/polisidiogeludata/, https://jmpp.liverpoolmuseums.org.uk/privacy-cookies)', async () => {
    expect(await factsOf('rights', 'Polisi diogelu data\n\nMae Deddf Diogelu Data 1998 yn rhoi hawl i unigolyn gael mynediad at yr wybodaeth y mae sefydliadau yn ei dal amdano.\n', 'polisi.txt')).toEqual(['access']);
    expect(await factsOf('rights', 'Your rights\n\nUnder the General Data Protection Regulation (GDPR), you have the right to:\n- Obtain from us the personal data that you have provided, in order to transmit it to another organisation\n')).toEqual(['portability']);
  });
});

describe('cookie names', () => {
  it('reads every name in brackets in running text, the last before ")." too (https://recruitment.ulster.ac.uk/legal_documents/cookies)', async () => {
    const r = await load('Cookies policy\n\nAnalytics cookies\n\nThese cookies help us understand how visitors use our website. Example: Google Analytics cookies (_ga, _gid). We use tools like Google Analytics to:\n', 'cookies.txt');
    expect((r.config.consent?.categories ?? []).flatMap((c) => (c.cookies ?? []).map((k) => k.name)).sort()).toEqual(['_ga', '_gid']);
  });
});

describe('batches 16z9 to 16z11: the controller', () => {
  it('reads "We, X, (Registered Office: …) are the data controller" whole, "to" and all, and "We, at X are …" without its comma (https://finsburyparktennis.org.uk/privacy-notice/, https://www.stjudes.surrey.sch.uk/privacy-cookies/)', async () => {
    expect(await factsOf('controller', 'Privacy notice\n\nWe, The Access to Sports Project, (Registered Office: 8 Blackstock Mews, N4 2AW) are the ‘data controller’ for the purposes of data protection law.\n')).toEqual(['Access to Sports Project']);
    expect(await factsOf('controller', 'Privacy notice\n\nWe, at St Jude’s Schools Federation are the ‘data controller’ for the purposes of data protection law.\n')).toEqual(['St Jude’s Schools Federation']);
  });

  it('reads "The Sixth Form College, Colchester is the data controller": a place after the comma (https://www.colchsfc.ac.uk/gdpr/?id=14)', async () => {
    expect(await factsOf('controller', 'Student privacy notice\n\nThe Sixth Form College, Colchester is the data controller of your personal data and is subject to current data protection legislation.\n')).toEqual(['Sixth Form College, Colchester']);
  });

  it('reads the answer to "Who will own my data …?" (https://knowsley.gov.uk/privacy-notices/family-support-privacy-notice)', async () => {
    expect(await factsOf('controller', 'Family support privacy notice\n\nWho will own my data once I submit it?\n\nKnowsley Borough Council\n\nWhy do you need my information?\n\nThe information collected will be used in case notes.\n')).toEqual(['Knowsley Borough Council']);
  });

  it('proposes a Welsh name after "mae" in small letters too, a mutated college ("Rhaid i Goleg Gŵyr Abertawe gasglu …") and "processed by the EMRTS" (https://repaircafewales.org/cy/data-protection-privacy-notice/, https://www.gcs.ac.uk/cy/privacy-notices, https://emrts.nhs.wales/use-of-site/privacy-notice)', async () => {
    expect(await factsOf('controller', 'Hysbysiad preifatrwydd\n\nMae Caffi Trwsio Cymru yn prosesu data personol yn rheolaidd.\n\nGall y data gynnwys data categori arbennig, ac mae Caffi Trwsio Cymru yn sicrhau bod yr holl ddata’n cael ei gadw’n ddiogel.\n', 'hysbysiad.txt')).toEqual(['Caffi Trwsio Cymru']);
    expect(await factsOf('controller', 'Hysbysiadau Preifatrwydd\nRhaid i Goleg Gŵyr Abertawe gasglu, prosesu, cadw a defnyddio mathau penodol o wybodaeth am bobl y mae’n delio â nhw er mwyn cyflawni ei swyddogaethau o ddydd i ddydd.\n', 'hysbysiadau.txt')).toEqual(['Coleg Gŵyr Abertawe']);
    expect(await factsOf('controller', 'Privacy notice\n\nThis privacy notice tells you what to expect when your information is processed by the EMRTS. You can contact the service at:\n')).toEqual(['EMRTS']);
  });

  it('proposes no NHS code, no funder ("y cyllid … oddi wrth Lywodraeth Cymru"), no body whose policy is cited, and no one of several colleges in a Welsh list with a mutated name (https://peelparksurgery.co.uk/privacy-policy, http://www.ceredigion.gov.uk/eich-cyngor/diogelwch-data-a-rhyddid-gwybodaeth/diogelwch-data/hysbysiad-preifatrwydd/dysgu-bro-preifatrwydd/)', async () => {
    expect(await factsOf('controller', 'Privacy policy\n\nWe will only use information in accordance with the NHS Codes of Practice for Confidentiality and Information Security.\n')).toEqual([]);
    expect(await factsOf('controller', 'Hysbysiad preifatrwydd\n\nMi all hefyd olygu na allwn ni gael y cyllid sydd ei angen arnoch oddi wrth Lywodraeth Cymru i’ch darparu â’r cwrs.\n', 'hysbysiad.txt')).toEqual([]);
    expect(await factsOf('controller', 'Hysbysiad preifatrwydd\n\nY sail gyfreithiol yw cydymffurfio â’n dyletswydd dan Ddeddf Dysgu a Sgiliau 2000 a Pholisi Dysgu Oedolion yng Nghymru 2017 Llywodraeth Cymru.\n', 'hysbysiad.txt')).toEqual([]);
    expect(await factsOf('controller', 'Hysbysiad preifatrwydd\n\nY Prif Fuddiolwr – naill ai Coleg Gwent neu Goleg y Cymoedd – fydd yn prosesu’r data.\n', 'hysbysiad.txt')).toEqual([]);
  });
});

describe('batches 16z9 to 16z11: cookie names', () => {
  it('reads every name in a table cell that lists them with short capitals among them (https://nhswalesleadershipportal.heiw.wales/policies/cookies)', async () => {
    const r = await load('Cookies\n\n| Service | Cookie name | Purpose |\n|---|---|---|\n| MS Clarity | _clck _clsk CLID ANONCHK MR MUID SM | Persists the Clarity User ID and preferences |\n', 'cookies.md');
    expect((r.config.consent?.categories ?? []).flatMap((c) => (c.cookies ?? []).map((k) => k.name)).sort()).toEqual(['ANONCHK', 'CLID', 'MR', 'MUID', 'SM', '_clck', '_clsk']);
  });

  it('reads several names after one "Enw:" label, a name with a colon straight after it in a list, and a wildcard family (http://www.qualificationswales.org/cymraeg/website-privacy-policy/, https://policejobswales.tal.net/vx/lang-cy/mobile-0/appcentre-7/brand-3/xf-0915f7da056b/candidate/cookie_policy, https://counselling-matters.org.uk/cookie-policy/)', async () => {
    const names = async (text: string, file: string) => ((await load(text, file)).config.consent?.categories ?? []).flatMap((c) => (c.cookies ?? []).map((k) => k.name)).sort();
    expect(await names('Polisi cwcis\n\nGoogleAnalytics\n\nEnw: _ga _gaid\n\nDiben: Defnyddir y cwcis hyn i weld sut mae ymwelwyr yn defnyddio ein gwefan.\n', 'cwcis.txt')).toEqual(['_ga', '_gaid']);
    expect(await names('Polisi cwcis\n\nCwcis\n\n • wcn_session: Mae’n bosibl y caiff hyn ei osod ar gyfer defnyddwyr.\n • Crsf-token: Caiff ei ddefnyddio fel mesur i ddiogelu’r defnyddiwr.\n • idservice_session: Mae’n bosibl y caiff hyn ei ddarparu.\n', 'cwcis.txt')).toEqual(['Crsf-token', 'idservice_session', 'wcn_session']);
    expect(await names('Cookie policy\n\nNecessary cookies\n\ncookielawinfo-checkbox-* GDPR Cookie Consent plugin sets this cookie to record the user consent. 1 year\n', 'cookies.txt')).toEqual(['cookielawinfo-checkbox-*']);
  });

  it('reads no cookie from a table\'s header repeated in its body (a second table run on) (https://www.bury.gov.uk/index.aspx?articleid=10339)', async () => {
    const r = await load('Cookies\n\n| Name | Purpose | Expires |\n|---|---|---|\n| cookiesDirective | Saves a message to let us know that you have seen our cookie message | 1 year |\n| Name | Purpose | Expires |\n|---|---|---|\n| ASP.NET_SessionId | Used to maintain session information | when you close your browser |\n', 'cookies.md');
    expect((r.config.consent?.categories ?? []).flatMap((c) => (c.cookies ?? []).map((k) => k.name)).sort()).toEqual(['ASP.NET_SessionId', 'cookiesDirective']);
  });
});

describe('batches 16z9 to 16z11: guards from the robustness test', () => {
  it('reads the controller under a numbered "Who will own my data?" question too (https://knowsley.gov.uk/privacy-notices/family-support-privacy-notice)', async () => {
    expect(await factsOf('controller', 'Family support privacy notice\n\n1.3 Who will own my data once I submit it?\n\nKnowsley Borough Council\n\n1.4 Why do you need my information?\n\nThe information collected will be used in case notes.\n')).toEqual(['Knowsley Borough Council']);
  });

  it('reads no cookie ".NET" from a purpose that names Microsoft\'s framework (https://www.bury.gov.uk/index.aspx?articleid=10339)', async () => {
    const r = await load('Cookies\n\nThe ASP.NET_SessionId cookie. Used to maintain session information for the Microsoft .NET framework.\n', 'cookies.txt');
    expect((r.config.consent?.categories ?? []).flatMap((c) => (c.cookies ?? []).map((k) => k.name))).toEqual(['ASP.NET_SessionId']);
  });
});

describe('batch 16z10: the bases', () => {
  it('reads no basis from the second of two conditions for a disclosure ("oni bai bod rhwymedigaeth gyfreithiol arnom … neu os ydych chi wedi rhoi caniatâd") (https://www.gwent.police.uk/cy/cymraeg/cyfreithiol/hysbysiad-preifatrwydd-yr-adran-cyfathrebu-corfforaethol/)', async () => {
    expect(await factsOf('art6', 'Hysbysiad preifatrwydd\n\nNi fydd y sefydliad yn rhannu eich data gyda thrydydd partïon, oni bai bod rhwymedigaeth gyfreithiol arnom i wneud hynny neu os ydych chi wedi rhoi caniatâd i ni wneud hynny.\n', 'hysbysiad.txt')).toEqual([]);
  });
});

describe('consent as a basis, in the words notices use', () => {
  it('reads "We will always ask for your consent before …", "the applicant consents to the data controller processing …" and the Welsh "drwy gydsyniad" (https://fifehealthandsocialcare.org/about-us/ijb-privacy-notice, http://moray.gov.uk/moray_standard/page_102223.html, https://cyfoethnaturiol.cymru/footer-links/test-trace-protect-privacy-notice/?lang=cy)', async () => {
    expect(await factsOf('art6', 'Privacy notice\n\nWe will always ask for your consent before we include personal information about you in a case study or personal story.\n')).toEqual(['a']);
    expect(await factsOf('art6', 'Privacy notice\n\nApplicant’s Consent: By proceeding with an enquiry, by signing an application or registration form the applicant consents to the data controller processing information in accordance with this leaflet.\n')).toEqual(['a']);
    expect(await factsOf('art6', 'Hysbysiad preifatrwydd\n\nFel y diffinnir gan ddeddfwriaeth y GDPR, y sail gyfreithiol ar gyfer prosesu\'r data uchod yw drwy gydsyniad.\n', 'hysbysiad.txt')).toEqual(['a']);
  });
});

describe('public task from "our statutory functions"', () => {
  it('reads it where the text speaks of the lawful basis ("under Article 6 … to perform our official functions"), not from a purpose given elsewhere ("to fulfil its statutory functions") (https://emrts.nhs.wales/use-of-site/privacy-notice, https://bristol.ac.uk/secretary/data-protection/policy/parent-or-carer-fair-processing-notice)', async () => {
    expect(await factsOf('art6', 'Privacy notice\n\nWe are legally able to process your personal information under Article 6 of the General Data Protection Regulation (GDPR) as the processing is necessary for us to perform our official functions as an NHS body.\n')).toEqual(['e']);
    expect(await factsOf('art6', 'Research participants\n\nThe University needs to collect and process the personal data of individuals who take part in research projects to fulfil its statutory functions and operate effectively.\n')).toEqual([]);
  });
});

describe('the controller, more guards', () => {
  it('proposes no "Trust Board" from "At Trust Board level we …" (https://www.leedscommunityhealthcare.nhs.uk/about-us/access-to-information/how-we-use-information-about-you/)', async () => {
    expect(await factsOf('controller', 'How we use information about you\n\nAt Trust Board level we have a Senior Information Risk Owner (SIRO) who is accountable for the management of all the Trust’s information assets.\n')).toEqual([]);
  });

  it('proposes no body listed last after kinds of body ("Beth y mae Ysgolion, Awdurdodau Lleol a Llywodraeth Cynulliad Cymru yn ei wneud …") (http://www.abertawe.gov.uk/hysbysiadpreifatrwydddisgyblion)', async () => {
    expect(await factsOf('controller', 'Hysbysiad preifatrwydd disgyblion\n\nBeth y mae Ysgolion, Awdurdodau Lleol a Llywodraeth Cynulliad Cymru yn ei wneud â\'r wybodaeth y maent yn ei chadw am Ddisgyblion.\n', 'hysbysiad.txt')).toEqual([]);
  });

  it('drops a notice\'s title words before a name ("Privacy Notice Sheffield City Council")', async () => {
    expect(await factsOf('controller', 'Privacy Notice Sheffield City Council\n\nThis notice explains how we use your information.\n')).toEqual(['Sheffield City Council']);
  });
});

describe('batches 16z13, 16z14 and 16z16', () => {
  it('reads the controller before an address written after a comma in Welsh ("Iaith, Uned 3, …, SA38 9DB yw Rheolwr Data") and from "Croeso i rybudd preifatrwydd X" (http://www.iaith.cymru/cy/preifatrwydd/, https://menteriaith.cymru/nodyn-preifatrwydd-privacy-notice)', async () => {
    expect(await factsOf('controller', 'Hysbysiad preifatrwydd\n\nIaith, Uned 3, Parc Busnes Aberarad, Castellnewydd Emlyn, SA38 9DB yw Rheolwr Data y wybodaeth mae’n gasglu gennych.\n', 'hysbysiad.txt')).toEqual(['Iaith']);
    expect(await factsOf('controller', 'Polisi Preifatrwydd\n\nCroeso i rybudd preifatrwydd Menter Iaith Rhondda Cynon Taf. Mae Menter Iaith RhCT yn parchu\'ch preifatrwydd.\n', 'polisi.txt')).toEqual(['Menter Iaith Rhondda Cynon Taf']);
  });

  it('proposes no department of the council ("Adran Rhyddid Gwybodaeth y Cyngor") (https://www.rctcbc.gov.uk/CY/Council/DataProtectionandFreedomofInformation/DataProtection/serviceprivacynotices/ChiefExecutives/FreedomOfInformationPrivacyNotice.aspx)', async () => {
    expect(await factsOf('controller', 'Hysbysiad preifatrwydd\n\nMae Adran Rhyddid Gwybodaeth y Cyngor yn delio â cheisiadau am wybodaeth.\n', 'hysbysiad.txt')).toEqual([]);
  });

  it('reads Welsh glued rows ("_gatFe’i defnyddir …", "pll_languageCofio’r …") under a glued header with "Yn dod i ben", and an expiry\'s number run onto a name ("_ga1 yearUsed …") (https://telldwp.campaign.gov.uk/manylion-cwcis, https://www.fosterwithus.org.uk/cookies)', async () => {
    const names = async (text: string, file: string) => ((await load(text, file)).config.consent?.categories ?? []).flatMap((c) => (c.cookies ?? []).map((k) => k.name)).sort();
    expect(await names('Cwcis\n\nCwcis dadansoddi\n\nEnwDibenYn dod i ben\n_gatFe’i defnyddir i reoli’r gyfradd y gwneir ceisiadau gweld tudalennau.10 munud\n\nEnwDibenYn dod i ben\npll_languageCofio’r gosodiadau iaith rydych chi’n eu dewis.1 Flwyddyn\n', 'cwcis.txt')).toEqual(['_gat', 'pll_language']);
    expect(await names('Cookies\n\nAnalytics cookies\n\nCookie ExpirationDescription\n_ga1 yearUsed to distinguish users.\n_gcl_au2 monthsTracks conversion\n', 'cookies.txt')).toEqual(['_ga', '_gcl_au']);
  });

  it('reads Article 9 from "the management of health and social care services", "for public health purposes" and "the provision of healthcare and treatment" (https://hct.nhs.uk/your-information, https://darlingspharmacy.co.uk/privacy-policy)', async () => {
    expect(await factsOf('art9', 'Your information\n\nWe are legally permitted to hold and process information about you for health and social care treatment and for the management of health and social care services. We may also hold and process information about you for public health purposes.\n')).toEqual(['h', 'i']);
    expect(await factsOf('art9', 'Privacy policy\n\nWe process your personal data in the performance of a task in the public interest, for the provision of healthcare and treatment and the management of healthcare systems.\n')).toEqual(['h']);
  });

  it('reads rights stated as "You may seek to correct …" and "You may object to …" (https://darlingspharmacy.co.uk/privacy-policy)', async () => {
    expect(await factsOf('rights', 'Privacy policy\n\nWe hold your information for as long as advised by the NHS. You may seek to correct any inaccurate information. You may object to us holding your information.\n')).toEqual(['object', 'rectification']);
  });

  it('reads Welsh retention "dim ond cyn hired ag sydd ei angen" and "pan nad oes ei hangen mwyach", and Play Wales\'s plain bases (https://playwales-welsh.eu.rit.org.uk/polisi-preifatrwydd, https://www.cymoedd.ac.uk/cy/privacy/)', async () => {
    const r = await load('Polisi preifatrwydd\n\nByddwn bob amser yn cadw’ch gwybodaeth yn ddiogel, dim ond cyn hired ag sydd ei angen.\n', 'polisi.txt');
    expect(r.config.notice.retention.length).toBeGreaterThan(0);
    const s = await load('Polisi preifatrwydd\n\nRydym yn cydymffurfio â’r GDPR, gan gynnwys dileu\'ch gwybodaeth bersonol o\'n systemau pan nad oes ei hangen mwyach.\n', 'polisi.txt');
    expect(s.config.notice.retention.length).toBeGreaterThan(0);
    expect(await factsOf('art6', 'Polisi preifatrwydd\n\nEfallai y byddwn yn prosesu eich gwybodaeth bersonol oherwydd eich bod wedi cydsynio i hynny, neu oherwydd bod gennym reswm dilys i wneud hynny sydd ddim yn amharu ar eich hawliau.\n', 'polisi.txt')).toEqual(['a', 'f']);
  });
});

describe('batches 16z13 and 16z14: guards from the robustness test', () => {
  it('reads a placeholder in round brackets after a "Name:" label ("voted_(number)") and Drupal\'s session name in running text ("SSESS" and a hash, "SESSxxxID") (http://shropshire.gov.uk/privacy.nsf/open/566526CBFD719FCD80257899005363A0, https://fireengland.uk/cookies, https://teignhousing.co.uk/cookie-policy)', async () => {
    const names = async (text: string) => ((await load(text, 'cookies.txt')).config.consent?.categories ?? []).flatMap((c) => (c.cookies ?? []).map((k) => k.name)).sort();
    expect(await names('Cookies\n\nName: voted_(number)\nPurpose: Records that you have voted in a poll.\nExpires: 1 year\n')).toEqual(['voted_(number)']);
    expect(await names('Cookies\n\nThe SSESS9b724300a4629e938c8521f4cf9c1980 cookie. Keeps you signed in.\n\nThe SESSxxxID cookie. Holds your session.\n')).toEqual(['SESSxxxID', 'SSESS9b724300a4629e938c8521f4cf9c1980']);
  });

  it('drops "About" before a name a heading gives ("About the Scottish Ambulance Service") (https://www.scottishambulance.com/data-protection-notice/)', async () => {
    expect(await factsOf('controller', 'About the Scottish Ambulance Service\n\nThis notice explains how we use your information.\n')).toEqual(['Scottish Ambulance Service']);
  });
});

describe('batches 16z13 and 16z14: no basis from a right or the duty to tell', () => {
  it('reads no basis from a right\'s condition ("yr hawl i gludo data … lle mae ei brosesu yn seiliedig ar gydsyniad") nor from "We are required by law to provide you with the following information" (http://www.iaith.cymru/cy/preifatrwydd/, https://www.becketthousepractice.nhs.uk/national-screening-privacy-notice)', async () => {
    expect(await factsOf('art6', 'Hysbysiad preifatrwydd\n\nEich hawliau:\n\n• yr hawl i gludo data gan gynnwys i gael data personol mewn fformat y gellir ei ddarllen gan beiriant dan rai amgylchiadau megis lle mae ei brosesu yn seiliedig ar gydsyniad;\n', 'hysbysiad.txt')).toEqual([]);
    expect(await factsOf('art6', 'National screening privacy notice\n\nWe are required by law to provide you with the following information about how we handle your information in relation to our legal obligations to share data.\n')).toEqual([]);
  });
});
