/**
 * Classes of miss that batches 16w (England: councils, police, fire, colleges), 16x (Wales, in
 * Welsh, and Northern Ireland) and 16y (Scotland and UK-wide bodies) showed in the fact rules
 * after their blind runs (test/fixtures/import-corpus/, batches "16w", "16x", "16y"). Each test uses
 * the shape of a real passage from those batches (its address in the test's name); the rules are
 * written for the class.
 */
import { describe, expect, it } from 'vitest';
import { importNotice, type ImportResult } from '../../../src/import/import-notice.js';

const enc = (s: string) => new TextEncoder().encode(s);
const load = (text: string, file = 'notice.txt'): Promise<ImportResult> => importNotice(file, enc(text), { today: new Date('2026-12-06') });
const factsOf = async (family: string, text: string, file?: string) => [...new Set((await load(text, file)).found.filter((f) => f.family === family).map((f) => f.value))].sort();

describe('the controller', () => {
  it('reads the subject of "X complies with … (… the Data Protection Act) and is a registered data controller" (https://www.hampshire-pcc.gov.uk/privacy-policy)', async () => {
    expect(await factsOf('controller', 'Privacy policy\n\nThe Police and Crime Commissioner complies with data protection law (including the General Data Protection Regulation and the Data Protection Act) and is a registered data controller (registration no.Z3653467).\n')).toEqual(['Police and Crime Commissioner']);
  });

  it('proposes the name under "Our contact details" in the regulator\'s template, and a school that collects and uses pupil information (https://www.rcpch.ac.uk/about-us/privacy-hub/committees-and-trustees, https://www.seaviewps.org.uk/parents/privacy-notice/)', async () => {
    expect(await factsOf('controller', 'Committees and trustees\n\nOur contact details\n\nName: Royal College of Paediatrics and Child Health (RCPCH)\nAddress: 5-11 Theobalds Road, London, WC1X 8SH\n')).toEqual(['Royal College of Paediatrics and Child Health']);
    expect(await factsOf('controller', 'Privacy notice\n\nSeaview Primary School and Nursery Unit collect and use pupil information under the Education Act (Northern Ireland) 2014.\n')).toEqual(['Seaview Primary School and Nursery Unit']);
  });
});

describe('the lawful bases', () => {
  it('reads a council\'s list of four bases under "Legal Basis for Processing" as its own, not the law\'s list of all six (https://duftonparishcouncil.gov.uk/privacy/)', async () => {
    expect(await factsOf('art6', 'Privacy\n\n5. Legal Basis for Processing\n\n- Legal obligation – to comply with statutory duties\n- Public task – to carry out functions in the public interest\n- Consent – where we ask for and receive your permission (e.g., photographs at events)\n- Contract – where processing is necessary to provide a service you have requested\n')).toEqual(['a', 'b', 'c', 'e']);
  });

  it('reads the Welsh regulation wording under "pan fod o leiaf un o\'r amodau canlynol", and "party to a contract" (https://beta.conwy.gov.uk/cy/…/Public-Protection-Environmental-Trading-Standards-Licensing.aspx, https://glasgowclyde.ac.uk/studentprivacynotice)', async () => {
    expect(await factsOf('art6', 'Hysbysiad preifatrwydd\n\nMae’r gwasanaeth ond yn prosesu Data Personol pan fod o leiaf un o’r amodau canlynol yn cael ei gyflawni:\n\n- Mae Gwrthrych y Data wedi rhoi caniatâd.\n- Mae angen hyn er mwyn cyflawni contract gyda Gwrthrych y Data.\n- Mae\'n angenrheidiol er mwyn cydymffurfio gyda rhwymedigaeth gyfreithiol.\n', 'hysbysiad.txt')).toEqual(['a', 'b', 'c']);
    expect(await factsOf('art6', 'Student privacy notice\n\nWe are required to explain that your personal data is being processed as you have or are taking steps to become party to a contract with us.\n')).toEqual(['b']);
  });

  it('reads no basis from how long data is held "as is required by law", nor a contract from "contractual obligations with other funding agencies" (https://knowes.org/website-privacy-notice-cookie-notice/, https://www.preston.ac.uk/about-us/corporate/privacy-policy/)', async () => {
    expect(await factsOf('art6', 'Privacy notice\n\nWe only hold personal data for as long as is necessary, as is required by law or as is set out in any contract we enter.\n')).toEqual([]);
    expect(await factsOf('art6', 'Privacy policy\n\nStudents are required to provide information to the College, to enable the College to carry out its legal duty under the Education Act 2011 and contractual obligations with other funding agencies and awarding bodies.\n')).toEqual(['c']);
  });
});

describe('retention and transfers', () => {
  it('reads no retention from a pointer to the retention schedule nor from a setting kept until the browser closes (https://ico.org.uk/global/privacy-notice/submit-a-dpia-for-consultation, https://businessintheparliament.scot/cookies)', async () => {
    expect(await factsOf('retention', 'DPIA consultation\n\nHow long we keep it\n\nFor information about how long we hold personal data, see our retention schedule.\n')).toEqual([]);
    expect(await factsOf('retention', 'Accessibility\n\nFor example, if you change the page to high contrast, it’ll keep that setting until you close your browser.\n')).toEqual([]);
  });

  it('reads no transfer from a table row about other countries answered "Not applicable" (https://southribble.gov.uk/article/1132/Planning-privacy-notice)', async () => {
    expect(await factsOf('transfers', 'Planning privacy notice\n\n| Who we are | South Ribble Borough Council |\n| When your data gets sent to other countries | Not applicable |\n')).toEqual(['no']);
  });
});

describe('batch 16z1', () => {
  it('reads "provided to you by the X which is the data controller" (https://northwichtowncouncil.gov.uk/council-policies-procedures/)', async () => {
    expect(await factsOf('controller', 'Privacy Notice\n\nThis Privacy Notice is provided to you by the Northwich Town Council which is the data controller for your data.\n')).toEqual(['Northwich Town Council']);
  });

  it('reads hyphenated names in small letters after "Cookie name:" (https://az-infra-cdn-2.azureedge.net/about-us/cookies-on-the-museums-website.html)', async () => {
    const r = await load('Cookies\n\nFunctional cookies\n\nCookie name: nhm-performance, nhm-functional, nhm-marketing, nhm-wpy-functional\n', 'cookies.txt');
    expect((r.config.consent?.categories ?? []).flatMap((c) => c.cookies ?? []).map((c) => c.name).sort()).toEqual(['nhm-functional', 'nhm-marketing', 'nhm-performance', 'nhm-wpy-functional']);
  });
});

describe('batch 16z2', () => {
  it('reads a statutory duty given as the reason, in Welsh and English (https://www.conwy.gov.uk/cy/…/Democratic-Services-Privacy-Notice.aspx, https://cffdl.llyw.cymru/tudalen/polisi-diogelu-data-phreifatrwydd, https://rhentudoeth.llyw.cymru/cym/privacy-policy)', async () => {
    expect(await factsOf('art6', 'Hysbysiad\n\nMae’r ddeddfwriaeth diogelu data’n caniatáu inni ddefnyddio’ch gwybodaeth fel hyn, gan fod arnom ddyletswydd statudol.\n', 'hysbysiad.txt')).toEqual(['c']);
    expect(await factsOf('art6', 'Polisi\n\nCaiff proses Arolygon y Comisiwn ei llywio gan ymgynghoriadau cyhoeddus – mae hyn yn ofyniad statudol o dan Ddeddf Llywodraeth Leol (Democratiaeth) (Cymru) 2013.\n', 'polisi.txt')).toEqual(['c']);
    expect(await factsOf('art6', 'Polisi\n\nGall Rhentu Doeth Cymru brosesu data personol i gyflawni ei rwymedigaethau dan Ddeddf Tai (Cymru) 2014.\n', 'polisi.txt')).toEqual(['c']);
    expect(await factsOf('art6', 'Privacy\n\nThe Authority processes personal data to fulfil its obligations under the Housing (Wales) Act 2014.\n')).toEqual(['c']);
  });

  it('proposes the organisation a Welsh "Croeso i Hysbysiad Preifatrwydd X" welcomes the reader to (https://www.socialfirmswales.co.uk/polisi-preifatrwydd)', async () => {
    expect(await factsOf('controller', 'Polisi preifatrwydd\n\nCroeso i Hysbysiad Preifatrwydd Cwmnïau Cymdeithasol Cymru. Mae\'r Hysbysiad Preifatrwydd hwn wedi\'i gynllunio i\'ch hysbysu.\n', 'polisi.txt')).toEqual(['Cwmnïau Cymdeithasol Cymru']);
  });
});

describe('batches 16z3 and 16z4', () => {
  it('proposes no body the organisation has a contract with (https://cromwellharbourmedicalpractice.com/gdpr-and-data-protection-notices/)', async () => {
    expect(await factsOf('controller', 'GDPR\n\nThis practice is an independent contractor providing primary medical services by way of a contract with NHS Lothian, made under the National Health Service (Scotland) Act 1978.\n')).toEqual([]);
  });

  it('reads no complaint route from "This privacy notice concerns …" and an ICO registration number (https://www.devon.gov.uk/privacy/privacy-notices/privacy-notice-for-legal-services/)', async () => {
    expect(await factsOf('ico', 'Privacy notice for legal services\n\nDevon County Council (DCC) is collecting and or processing your personal data as a Data Controller and our ICO registration number is Z6475582. This privacy notice concerns the processing of personal data that takes place in Legal Services.\n')).toEqual([]);
  });

  it('reads no basis from a cookie table\'s row, nor from the conditions for a disclosure (https://idp-tell-us-someone-died.dwp.gov.uk/cy/Home/CookieInfo, https://www.uppernithsdalegrouppractice.co.uk/gdpr-2/)', async () => {
    expect(await factsOf('art6', 'Cwcis\n\nEnw | Pwrpas | Dod i ben |\n---|---|---|\nConsent.Cookie.Notification | Defnyddir y cwci hwn i benderfynu a ydych wedi darllen ein neges cwcis. | Un Mis |\n', 'cwcis.txt')).toEqual([]);
    expect(await factsOf('art6', 'GDPR\n\nYour data is collected for the purpose of providing direct patient care; however, we can disclose this information if it is required by law, if you give consent or if it is justified in the public interest.\n')).toEqual([]);
  });
});
