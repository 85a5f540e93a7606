/**
 * Classes of miss found by the second mining round on the legal fact families (issue 16): the
 * misses round one left in test/fixtures/import-mining/m1/ and m2/, and 40 new unlabelled texts in
 * m3/ (South, Mid and West Wales, the Midlands, East and South East England, London, the South
 * West, Northern Ireland, UK-wide bodies; 17 in Welsh). Each test uses a real sentence, with its
 * source in a comment, and names the class; the rules are written for the class, never for one
 * organisation (no organisation's name is in a rule).
 */
import { describe, expect, it } from 'vitest';
import { importNotice, type ImportResult } from '../../../src/import/import-notice.js';

const enc = (s: string) => new TextEncoder().encode(s);
const load = (text: string): Promise<ImportResult> => importNotice('notice.txt', enc(text), { today: new Date('2026-12-06') });
const values = async (text: string, family: string) => (await load(text)).found.filter((f) => f.family === family).map((f) => f.value).sort();
const controllerOf = async (text: string) => (await load(text)).config.organisation.name;

describe('Article 6: Welsh plain forms of the bases', () => {
  it('reads "perform our official functions" and "comply with the law" where the sentence names the basis', async () => {
    // https://trawma.gig.cymru/… (South Wales Trauma Network privacy notice, Welsh)
    const text = "Hysbysiad preifatrwydd\n\nPam ydyn ni'n gallu prosesu eich gwybodaeth?\n\nRydym wedi'n hawdurdodi'n gyfreithiol i brosesu eich gwybodaeth bersonol o dan Erthygl 6 o'r Rheoliad Cyffredinol Diogelu Data (GDPR) gan fod y prosesu'n angenrheidiol i ni berfformio ein swyddogaethau swyddogol fel Corff GIG. Bydd adegau pan fyddwn yn dibynnu ar seiliau cyfreithlon eraill megis pan fydd angen prosesu er mwyn i ni gydymffurfio â'r gyfraith.\n";
    expect(await values(text, 'art6')).toEqual(['c', 'e']);
  });

  it('reads "i gyflawni ein swyddogaethau statudol" (to carry out our statutory functions) wherever it is', async () => {
    // https://gweithrediaeth.gig.cymru/use-of-site/hysbysiad-preifatrwydd/
    expect(await values('Hysbysiad preifatrwydd\n\nYn y mwyafrif o achosion, rydym yn prosesu eich data personol i gyflawni ein swyddogaethau statudol yn uniongyrchol.\n', 'art6')).toEqual(['e']);
  });

  it('reads a legal obligation and a public task with their mutations ("ei rwymedigaeth gyfreithiol", "â thasg gyhoeddus")', async () => {
    // https://upskillingatwork.co.uk/preifatrwydd/
    expect(await values('Hysbysiad Preifatrwydd\n\nBydd y coleg a WEFO yn defnyddio’r data a gesglir ar holl waith papur y prosiect a’r coleg i gyflawni ei rwymedigaeth gyfreithiol ac ymgymryd â thasg gyhoeddus wrth weinyddu a monitro ei gronfeydd.\n', 'art6')).toEqual(['c', 'e']);
  });

  it('reads "Cytundebol" (contractual) as the answer to "Ar ba sail …?" (on what basis)', async () => {
    // https://www.llyfrgell.cymru/ymweld/pethau-iw-gwneud/darllen-yn-llgc/datganiad-preifatrwydd-camerau-digidol
    expect(await values('Datganiad preifatrwydd\n\nAr ba sail fyddwch chi’n prosesu’r data?\n\nCytundebol, ar sail y ffaith fod eu hangen i brosesu taliad.\n', 'art6')).toEqual(['b']);
  });

  it('reads "diddordeb cyfreithlon" (legitimate interest) and consent in a list of the bases relied on', async () => {
    // https://www.chwaraeon.cymru/polisi-preifatrwydd/adran-12-unigolion-syn-creu-cyfrif-ar-gyfer-gwasanaeth-ar-lein/
    const text = 'Polisi Preifatrwydd\n\nY seiliau cyfreithiol rydym yn dibynnu arnynt\n\nByddwn yn dibynnu ar eich caniatâd i roi diweddariadau i chi a chadw eich manylion yn ein cronfa ddata tanysgrifiadau cyfrif;\n\nByddwn yn dibynnu ar ein diddordeb cyfreithlon mewn hyrwyddo ein cynhyrchion a’n gwasanaethau i ddarparu gwybodaeth arall a allai fod o ddiddordeb i chi.\n';
    expect(await values(text, 'art6')).toEqual(['a', 'f']);
  });

  it('reads consent under "Rydym yn prosesu eich data oherwydd:" (we process your data because), not in "oni bai …"', async () => {
    // https://broadband.pembrokeshire.gov.uk/Broadband/PrivacyStatement?culture=cy
    const text = 'Band Eang Gwell Yn Sir Benfro\n\nRydym yn Prosesu eich data oherwydd:\n\n• Rydych wedi rhoi caniatâd i ni wneud hynny.\n\nNi fyddwn yn datgelu unrhyw beth i drydydd partïon at ddibenion marchnata, oni bai eich bod wedi rhoi caniatâd penodol i ni wneud hynny.\n';
    expect(await values(text, 'art6')).toEqual(['a']);
  });
});

describe('Article 6: the plain-word lists and the letters in other forms', () => {
  it('reads a list introduced by "Data protection laws permit us to … when:", each item in its own words', async () => {
    // https://www.stevenage.gov.uk/about-the-council/access-to-information/privacy-notices/privacy-policy
    const text = 'Privacy policy\n\nYour information and the Law\n\nData protection laws permit us to collect and use the information you provide us when:\n\n  • you, or your legal representative have given us consent\n  • you have entered into a contract with us\n  • it is necessary to perform our public functions and statutory duties\n  • it is necessary to protect you or someone in an emergency\n  • it is required by law\n';
    expect(await values(text, 'art6')).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('reads "Erthygl 6[1][a]" with square brackets and "This is consent-based."', async () => {
    // https://www.npt.gov.uk/… (Newyddion CNPT privacy statement, Welsh)
    expect(await values('Datganiad Preifatrwydd\n\nTrwy danysgrifio i Newyddion CNPT, rydych yn rhoi eich caniatâd (yn unol ag Amod 1 Atodlen 2 Deddf Diogelu Data 1998 ac Erthygl 6[1][a] Rheoliad Diogelu Data Cyffredinol 2016) i’r cyngor anfon Newyddion CNPT i fewnflwch eich e-bost.\n', 'art6')).toEqual(['a']);
    // https://www.derby.ac.uk/its/datagov/privacy-notices/
    expect(await values('Privacy notice\n\nHow we use your data\n\n  • Where you have agreed for the purpose of consulting, informing and gauging your opinion about our products and services. This is consent-based. There are no consequences to you if you do not provide your data.\n', 'art6')).toEqual(['a']);
  });
});

describe('Article 6 and 9: what names no basis (precision)', () => {
  it('reads nothing from a list the law offers as a menu ("The council needs to meet one of these conditions")', async () => {
    // https://www.camden.gov.uk/ccm/content/council-and-democracy/publications-and-finances/freedom-of-information-publication-scheme/data-protection-in-camden-your-rights/?page=15
    const text = 'Data Protection in Camden - your rights\n\nLawfulness of processing conditions\n\nThe council needs to meet one of these conditions.  If consent is not obtained it can still lawfully process the data if a different condition applies. These are set out in the Data Protection Act 2018 and they are:\n  • consent of the data subject\n  • processing is necessary for the performance of a contract with the data subject or to take steps to enter into a contract\n  • processing is necessary for compliance with a legal obligation\n  • processing is  necessary to protect the vital interests of a data subject or another person\n  • processing is necessary for the performance of a task carried out in the public interest or in the exercise of official authority vested in the controller\n\nConditions for special categories of data\n\nIf the data is special personal data, then, as well as one of the conditions above, the council also needs to meet a second condition. Like personal data, consent is not needed if a different condition is met.\n  • explicit consent of the data subject, unless reliance on consent is prohibited by EU or Member State law\n';
    const result = await load(text);
    expect(result.found.filter((f) => f.family === 'art6' || f.family === 'art9')).toEqual([]);
  });

  it('does not read consent from "We do not always rely on consent"', async () => {
    // https://www.lnwh.nhs.uk/hidden/privacy-policy/
    const text = 'Privacy Policy\n\nUnder the General Data Protection Regulations (GDRP), we need a legal basis to process (or use) your information.\n\nWe do not always rely on consent to use your information because there are rules in articles six and nine of GDPR that allows us to process your information based on:\n\n“…a task carried out in the public interest or in the exercise of official authority vested in the Controller” i.e. the Health and Social Care Act 2015\n';
    expect(await values(text, 'art6')).toEqual(['e']);
  });

  it('reads no basis from the words of a sentence citing only an Article 9 letter, and no condition from one citing only an Article 6 letter', async () => {
    // https://northdevon.gov.uk/council/data-protection-and-freedom-of-information/privacy-and-data-protection/what-we-hold-how-we-collect-and-use-personal-data/making-an-information-requests
    const art9 = 'Purpose and lawful basis for processing\n\nIf any of the information you provide us in relation to an information request contains special category data, such as health, religious or ethnic information, the lawful basis we rely on to process it is article 9(2)(g) of the GDPR, which also relates to our public task and the safeguarding of your fundamental rights.\n';
    expect(await values(art9, 'art6')).toEqual([]);
    expect(await values(art9, 'art9')).toEqual(['g']);
    // https://www.dartford.gov.uk/privacy-notices/legal-services
    const art6 = 'Legal services\n\nLawful bases - our lawful bases for processing your personal information are:\n- UK GDPR Article 6(1)(c) - where it is necessary for the establishment, exercise or defence of legal claims\n';
    expect(await values(art6, 'art9')).toEqual([]);
  });

  it('reads no basis from the exception to a right in a rights list', async () => {
    // http://www.lewes-eastbourne.gov.uk/access-to-information/data-protection/
    const text = 'Data protection\n\nYour rights\n\nSubject to some legal exceptions, you have the right to:\n\n  • Request that we stop, or restrict the processing of your personal data, in certain circumstances.  Where possible we will seek to comply with your request, but we may be required to hold or process information to comply with a legal requirement\n';
    expect(await values(text, 'art6')).toEqual([]);
  });
});

describe('retention: Welsh and English criteria, and where a period is written', () => {
  it.each([
    // https://trawma.gig.cymru/… — "no longer than needed", with "storio" (store).
    ['Ni fyddwn yn storio eich gwybodaeth bersonol yn hirach nag sydd ei angen.'],
    // https://www.complantcymru.org.uk/publication/mater-y-mis-hysbysiad-preifatrwydd/
    ['Dydyn ni ddim yn casglu mwy o wybodaeth nag sydd angen, a fyddwn ni ddim yn cadw’r wybodaeth yn hirach nag sydd angen.'],
    // https://keepingcardiffmoving.co.uk/cy/bhpp — "when it is no longer needed".
    ['Bydd y data personol a roddwch fel rhan o’r arolwg yn cael ei ddileu pan nad oes ei angen mwyach.'],
    // https://www.llyfrgell.cymru/am-llgc/amdanom-ni/llywodraethiant/rheolaeth-gwybodaeth/rheoliad-cyffredinol-gwarchod-data/datganiad-preifatrwydd — "for a reasonable period".
    ['Cedwir eich gwybodaeth bersonol am gyfnod rhesymol.'],
    // https://www.lambeth.gov.uk/elections-and-council/privacy/privacy-notice
    ['We do not collect more information than we need to fulfil our stated purposes and will not retain it for longer than is necessary.'],
  ])('"%s" is retention criteria', async (sentence) => {
    expect(await values(`Privacy notice\n\n${sentence}\n`, 'retention')).toEqual(['criteria']);
  });

  it('reads "a gedwir am uchafswm o 15 mlynedd" (kept for a maximum of 15 years) as a period', async () => {
    // https://www.npt.gov.uk/… (planning policy privacy notice, Welsh)
    expect(await values("Hysbysiad Preifatrwydd\n\nPolisi Cynllunio - Gwybodaeth gysylltiedig â'r Cynllun Datblygu Lleol (CDLl) – a gedwir am uchafswm o 15 mlynedd.\n", 'retention')).toEqual(['15 years']);
  });

  it('reads a period given on the line after the sentence that keeps the data ("… am gyfnod o:")', async () => {
    // https://beta.npt.gov.uk/cy/…/hysbysiad-preifatrwydd-arfarniad-opsiynau-camlesi-tennant-a-chastell-nedd-holiadur-yr-ymgynghoriad
    const result = await load('Hysbysiad Preifatrwydd\n\nBydd y wybodaeth bersonol a gesglir oddi wrthoch yn cael ei chadw gan y Cyngor am gyfnod o:\n31 Mawrth 2025, diwedd prosiect Astudiaeth Ddichonoldeb Arfarnu Opsiynau\n');
    expect(result.config.notice.retention.map((r) => r.criteria)).toEqual(['Bydd y wybodaeth bersonol a gesglir oddi wrthoch yn cael ei chadw gan y Cyngor am gyfnod o: 31 Mawrth 2025, diwedd prosiect Astudiaeth Ddichonoldeb Arfarnu Opsiynau']);
  });

  it('takes no paragraph for retention under a heading that asks why or how data is kept', async () => {
    // https://www.npt.gov.uk/… (Newyddion CNPT privacy statement): "Why do we keep personal information?"
    const text = 'Datganiad Preifatrwydd – Newyddion CNPT\n\nPam rydym yn cadw gwybodaeth bersonol?\n\nTrwy danysgrifio i Newyddion CNPT, rydych yn rhoi eich caniatâd i’r cyngor anfon Newyddion CNPT i fewnflwch eich e-bost bob tro y caiff rhifyn newydd ei gyhoeddi.\n';
    expect(await values(text, 'retention')).toEqual([]);
  });
});

describe('transfers', () => {
  it('reads a Welsh transfer to the United States with standard contractual clauses ("Trosglwyddir …", "Cymalau Cytundebol Safonol")', async () => {
    // https://www.llyfrgell.cymru/am-llgc/amdanom-ni/ymholiadau-llgc/datganiad-preifatrwydd-ymholiadau
    const text = 'Datganiad Preifatrwydd\n\nA fydd unrhyw un arall yn derbyn copi o’r data?\n\nTrosglwyddir y data a brosesir yn LibAnswers i’r Unol Daleithiau America lle mae Springshare yn seiliedig. Mae gan y Llyfrgell gytundeb Cymalau Cytundebol Safonol gydag Springshare sydd yn sicrhau diogelwch digonol ar gyfer unrhyw ddata personol a drosglwyddir y tu allan i’r Undeb Ewropeaidd.\n';
    expect((await load(text)).config.notice.transfers.outsideUk).toBe('yes');
  });

  it('reads no transfer or retention from a list of what the law requires of data ("Personal data held about you must be:")', async () => {
    // https://www.nihe.gov.uk/index/rights/data_protection_act.htm
    const text = 'The Data Protection Act 1998\n\nWhat are the relevant data protection rules?\n\nPersonal data held about you must be:\n  • fairly and lawfully processed\n  • not kept for longer than is necessary\n  • not transferred to countries outside the European Economic Area unless that country has adequate protection for the individual.\n';
    const result = await load(text);
    expect(result.config.notice.transfers.outsideUk).toBe('not-stated');
    expect(result.config.notice.retention).toEqual([]);
  });
});

describe('the controller: Welsh forms', () => {
  it('reads "… yn cydnabod mai X yw\'r Rheolwr Data" (that X is the controller) anywhere in the sentence', async () => {
    // https://www.npt.gov.uk/… (planning policy privacy notice, Welsh)
    expect(await controllerOf("Hysbysiad Preifatrwydd\n\nWrth rhoi eich gwybodaeth bersonol i ni, rhydych drwy hyn yn cydnabod mai Cyngor Bwrdeistref Sirol Castell-nedd Port Talbot yw'r Rheolwr Data ar gyfer yr holl wybodaeth bersonol a roddwch.\n")).toBe('Cyngor Bwrdeistref Sirol Castell-nedd Port Talbot');
  });

  it('reads a "Rheolwr Data:" label line', async () => {
    // https://www.torfaen.gov.uk/cy/… (PN162, Welsh)
    expect(await controllerOf('PN162 - Hysbysiad Preifatrwydd Erlyniad am Golli\'r Ysgol\n\nRheolwr Data: Cyngor Bwrdeistref Sirol Torfaen, d/o Y Ganolfan Ddinesig, Pont-y-pŵl, NP4 6YB\n')).toBe('Cyngor Bwrdeistref Sirol Torfaen');
  });

  it('drops the address after the name and resolves the short form the notice defined (“y Ganolfan”)', async () => {
    // https://dysgucymraeg.cymru/hysbysiad-preifatrwydd-y-dysgwyr/
    const text = 'Hysbysiad Preifatrwydd y Dysgwyr\n\nMae’r hysbysiad hwn yn rhoi gwybodaeth am sut mae’r Ganolfan Genedlaethol Dysgu Cymraeg (“y Ganolfan”) yn casglu, prosesu a rhannu eich data personol.\n\nAt ddibenion y gyfraith diogelu data gymwys, y Ganolfan o Ffordd y Coleg, Caerfyrddin, SA31 3EP yw Rheolwr Data y wybodaeth mae’n gasglu gennych.\n';
    // (In its radical form since round twelve: "y Ganolfan" is "Canolfan" soft-mutated after the article.)
    expect(await controllerOf(text)).toBe('Canolfan Genedlaethol Dysgu Cymraeg');
  });

  it('resolves "a elwir yn “Ymddiriedolaeth”" (known as) in "Yr Ymddiriedolaeth yw\'r endid cyfreithiol a\'r Rheolwr Data"', async () => {
    // https://www.velindreoncologyacademy.org.uk/cy/privacy-notice/
    const text = "Hysbysiad Preifatrwydd\n\nMae Academi Oncoleg Felindre yn rhan o Ymddiriedolaeth GIG Prifysgol Felindre, a elwir yn “Ymddiriedolaeth”. Yr Ymddiriedolaeth yw'r endid cyfreithiol a'r Rheolwr Data o ran ei hatebolrwydd ei hun gyda chyfraith diogelu data.\n";
    expect(await controllerOf(text)).toBe('Ymddiriedolaeth GIG Prifysgol Felindre');
  });

  it('leaves out a quoted short name in brackets after the name ("Comisiwn y Senedd (\'y Senedd\')")', async () => {
    // https://senedd.cymru/… (GDPR rights page, Welsh)
    expect(await controllerOf("Eich hawliau\n\nComisiwn y Senedd ('y Senedd') yw'r rheolydd data ar gyfer yr holl ddata personol y mae'n eu cadw.\n")).toBe('Comisiwn y Senedd');
  });

  it('reads the name that answers "Pwy fydd yn gyfrifol am reoli\'r data …?" even when it was set as a heading', async () => {
    // https://www.llyfrgell.cymru/am-llgc/amdanom-ni/ymholiadau-llgc/datganiad-preifatrwydd-ymholiadau
    const text = "Datganiad Preifatrwydd Gwasanaeth Ymholiadau\n\nAm ba hyd y byddwch yn cadw'r data personol?\n\nMae ymholiadau yn cael eu dileu ar ôl 3 blynedd.\n\nPwy fydd yn gyfrifol am reoli'r data rwy'n ei ddarparu?\n\nLlyfrgell Genedlaethol Cymru\n\nBle mae modd cael hyd i fwy o wybodaeth?\n\nCeir gwybodaeth bellach am ein polisï gwarchod data ar ein tudalen Rheoliad Cyffredinol Gwarchod Data.\n";
    expect(await controllerOf(text)).toBe('Llyfrgell Genedlaethol Cymru');
  });

  it('proposes a Welsh name joined by "yng" (in) and opening with "Llyfrgell", not one in an address line', async () => {
    // https://childreninwales.org.uk/cy/polisi_preifatrwydd
    expect(await controllerOf('Polisi Preifatrwydd\n\nMae Plant yng Nghymru wedi ymrwymo i ddiogelu eich data personol ac i gadw eich gwybodaeth bersonol yn ddiogel.\n\nArweinydd Diogelu Data\nPlant yng Nghymru, Parc Ymchwil y Gwyddorau Cymdeithasol Prifysgol Caerdydd (Sbarc), Heol Maendy, Caerdydd CF24 4HQ\n')).toBe('Plant yng Nghymru');
    // https://www.llyfrgell.cymru/am-llgc/amdanom-ni/llywodraethiant/rheolaeth-gwybodaeth/rheoliad-cyffredinol-gwarchod-data/datganiad-preifatrwydd
    expect(await controllerOf("Datganiad Preifatrwydd\n\nMae Llyfrgell Genedlaethol Cymru yn casglu gwybodaeth bersonol at ddibenion sy'n gysylltiedig yn uniongyrchol â gwasanaeth, swyddogaeth neu weithgaredd gan y Llyfrgell.\n")).toBe('Llyfrgell Genedlaethol Cymru');
  });
});

describe('the controller: what is no name (precision)', () => {
  it('ends a name read backwards at a closed quotation ("… (also known as a \'Fair Processing Notice\') for the …")', async () => {
    // https://www.uhnm.nhs.uk/privacy-notice/
    expect(await controllerOf("Privacy Notice\n\nThis is the Privacy Notice (also known as a 'Fair Processing Notice') for the University Hospitals of North Midlands NHS Trust.\n")).toBe('University Hospitals of North Midlands NHS Trust');
  });

  it('proposes no council for a councillor who says "I am the data controller", and notes it', async () => {
    // https://www.camden.gov.uk/privacy-notice-for-councillors
    const result = await load('Privacy notice for Councillors\n\nIntroduction\n\nAs an elected councillor for Camden Council I am the data controller accountable for the processing of personal information. This Privacy Notice provides information about how I process personal information as a member of the Council.\n');
    expect(result.config.organisation.name).toBe('Organisation name not found');
    expect(result.config.notice.importNotes?.some((n) => /says they are the controller/.test(n.text))).toBe(true);
  });

  it('takes neither a kind of body described ("a registered non-profit Housing Association") nor "Unless the Council" for a name', async () => {
    // https://www.woven.org.uk/customer-privacy-notice
    expect(await controllerOf('Customer Privacy Notice\n\nWe are a registered non-profit Housing Association in Northern Ireland. We plan, develop and manage properties throughout the region.\n')).toBe('Organisation name not found');
    // https://www.bedford.gov.uk/your-council/data-protection-bedford-borough-council/privacy-notice
    expect(await controllerOf('Privacy notice\n\nUnless the Council are required to disclose it by law or are permitted to do so, your data will not be passed to any third parties.\n')).toBe('Organisation name not found');
  });
});
