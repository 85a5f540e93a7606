/**
 * Classes of miss that batches 16o (England outside the North), 16p (Wales and Northern Ireland)
 * and 16q (Scotland and UK-wide bodies) showed in the fact rules after their blind runs
 * (test/fixtures/import-corpus/, batches "16o", "16p", "16q"). Each test uses the shape of a real
 * passage from those batches (its address in the test's name); the rules are written for the class.
 */
import { describe, expect, it } from 'vitest';
import { importNotice, type ImportResult } from '../../../src/import/import-notice.js';

const enc = (s: string) => new TextEncoder().encode(s);
const load = (text: string, file = 'notice.txt'): Promise<ImportResult> => importNotice(file, enc(text), { today: new Date('2026-12-06') });
const controllerOf = async (text: string, file?: string) => {
  const r = await load(text, file);
  return r.found.find((f) => f.family === 'controller')?.value;
};
const dpoOf = async (text: string) => (await load(text)).config.notice.contacts.find((c) => c.role === 'dpo');

describe('the controller', () => {
  it('reads "X will be what\'s known as the \'Controller\'" (https://gla.ac.uk/myglasgow/externalrelations/privacy/applicants)', async () => {
    expect(await controllerOf('Privacy notice for applicants\n\nYour Personal Data\n\nThe University of Glasgow will be what’s known as the ‘Controller’ of the personal data you provide to us as part of the application process.\n')).toBe('University of Glasgow');
  });

  it('takes no name from inside a law\'s title with "etc." in it, and proposes the name on the address line of the block (https://www.scotborders.gov.uk/privacystatement)', async () => {
    expect(await controllerOf('Privacy statement\n\nWho are we?\n\nWe are a local authority established under the Local Government etc. (Scotland) Act 1994.\n\nContact our Data Protection Officer\n\nBy post\n\nThe Information Management Team\nLegal and Licensing\nScottish Borders Council Headquarters\nNewtown St Boswells\nMelrose\nTD6 0SA\n')).toBe('Scottish Borders Council');
  });

  it('proposes a health board named kind first, as it says what it is, and not a body whose page the reader is sent to (https://www.nhslanarkshire.scot.nhs.uk/data-protection-notice/)', async () => {
    expect(await controllerOf('Data Protection Notice\n\nFor information about the use of your data for COVID-19 testing, please visit the Scottish Government\'s Information Governance web page.\n\nAbout NHS Lanarkshire\n\nNHS Lanarkshire is a public organisation created in Scotland under section 2 of the National Health Service (Scotland) Act 1978 (the 1978 Act).\n')).toBe('NHS Lanarkshire');
  });

  it('proposes a police force named kind first in the opening sentence (https://scotland.police.uk/access-to-information/data-protection/your-rights)', async () => {
    expect(await controllerOf('Your Rights\nYou have a number of rights in relation to the personal data that Police Scotland holds about you.\n')).toBe('Police Scotland');
  });

  it('reads an "Office" that is a body, not a room (http://www.gov.uk/government/organisations/cabinet-office/about/personal-information-charter)', async () => {
    expect(await controllerOf('Personal information charter\n\nThis information charter sets out the standards you can expect from the Cabinet Office when we collect, hold or use your personal information.\n\nWhen the Cabinet Office or its agencies collects, holds, uses or processes in any way your personal data, you are entitled to be told:\n\n- the purpose for which the data is being used\n')).toBe('Cabinet Office');
    expect(await controllerOf('Privacy notice\n\nPlease bring the form to our Head Office in person.\n')).toBeUndefined();
  });

  it('proposes who the notice says collects the data: "when the X collects", "describes how X collects", Welsh "disgrifio sut mae X yn casglu" (https://le.ac.uk/policies/privacy/alumni-and-supporters, https://sizeofwales.org.uk/cy/preifatrwydd/)', async () => {
    expect(await controllerOf('Alumni and supporters privacy notice\n\nThis privacy notice tells you what to expect when the University of Leicester collects personal information about you as a graduate.\n')).toBe('University of Leicester');
    expect(await controllerOf('Polisi preifatrwydd\n\nMae’r polisi hwn yn disgrifio sut mae Maint Cymru yn casglu ac yn defnyddio’r wybodaeth a roddwyd i ni gennych chi.\n', 'polisi.txt')).toBe('Maint Cymru');
  });

  it('proposes the organisation in "At X we collect …" (https://citizensadvicebucks.org.uk/privacy-policy)', async () => {
    expect(await controllerOf('Privacy policy\n\nAt Citizens Advice we collect and use your personal information to help solve your problems.\n\nAt times we might use or share your information without your permission.\n')).toBe('Citizens Advice');
  });

  it('reads "We are The X Colleges Group" for the "we" who are the controller (https://www.windsor-forest.ac.uk/data-sharing-student/)', async () => {
    expect(await controllerOf('Privacy Notice for Students\n\nWe are the data controller of personal information about you. We are The Windsor Forest Colleges Group. Our address is Langley Campus, Station Road, Langley, Slough, SL3 8BY.\n')).toBe('Windsor Forest Colleges Group');
  });

  it('proposes none where the title and the opening name several bodies together (https://sites.google.com/hwbcymru.net/yddwylan/cartref/gwybodaeth)', async () => {
    expect(await controllerOf('Beth mae’r Ysgol neu’r Darparwr Blynyddoedd Cynnar, Awdurdod Lleol Cyngor Sir Gaerfyrddin a Llywodraeth Cymru yn ei wneud â Gwybodaeth Addysgol\nMae’r Hysbysiad Preifatrwydd hwn yn rhoi gwybodaeth am gasglu a phrosesu gwybodaeth bersonol gan yr Ysgol, Cyngor Sir Gaerfyrddin (ALl) a Llywodraeth Cymru.\nMae’r Ysgol yn prosesu’r wybodaeth mae’n ei chasglu i weinyddu’r addysg.\nCaiff Llywodraeth Cymru wybodaeth gan yr ysgol.\n', 'ysgol.txt')).toBeUndefined();
  });

  it('proposes the organisation under the DPO\'s role line when the copy made the block a list (https://belfasttrust.hscni.net/about/access-to-information/data-protection/)', async () => {
    expect(await controllerOf('Data protection\n\nFor all other requests for personal information, please contact:\n\n- Data Protection Officer\n- Belfast Health and Social Care Trust\n- 1st Floor, Administration Building\n- Knockbracken Healthca\n')).toBe('Belfast Health and Social Care Trust');
  });

  it('reads no controller from a cookie page that does not state one, keeping the site\'s organisation as the config\'s (https://www.nottinghamshire.gov.uk/global-content/cookies)', async () => {
    const r = await load('Cookies\n\nNottinghamshire County Council uses cookies on this website.\n\nName Purpose Expires\n_ga Used to distinguish users 2 years\n');
    expect(r.found.some((f) => f.family === 'controller')).toBe(false);
    expect(r.config.organisation.name).toBe('Nottinghamshire County Council');
  });
});

describe('the Data Protection Officer', () => {
  it('takes the contact lines under the sentence naming who holds the role, one-letter labels too (https://gps.northcentrallondon.icb.nhs.uk/privacy-policy)', async () => {
    const dpo = await dpoOf('Privacy\n\nThe Data Protection Officer (DPO) for NCL ICB is Tony Haworth.\ne: nclicb.dpo@nhs.net\nt:  07713 081 391\n');
    expect(dpo?.emails).toEqual(['nclicb.dpo@nhs.net']);
  });

  it('reads a role\'s address written on one line, role first, and the email line after it (https://rooftopgroup.org/legal/privacy-policy)', async () => {
    const dpo = await dpoOf('Who are we?\n\nYou can contact our data protection officer at:\n\nData Protection Officer, Rooftop Housing Group, 70 High Street, Evesham, Worcestershire, WR11 4YD\n\nEmail: dpo@rooftopgroup.org\n');
    expect(dpo?.address?.postcode).toBe('WR11 4YD');
    expect(dpo?.emails).toEqual(['dpo@rooftopgroup.org']);
  });

  it('reads a block of short paragraphs that opens with the role, down to its postcode (https://bmcharityfund.co.uk/privacy-notice)', async () => {
    const dpo = await dpoOf('How to contact us\n\nOur Data Protection Officer can be contacted at any time should you have any queries.\n\nWilliam A Beattie - Secretary\nData Protection Officer\nBelfast Masonic Charity Fund\nCharity Office\n49 Main Street\nBallyclare, Co Antrim.\n\nBT39 9AA\n\nTelephone number: 02890 451020 / Email bmcharities@btconnect.com\n');
    expect(dpo?.address?.postcode).toBe('BT39 9AA');
  });

  it('reads the DPO\'s address under a "By post" subheading of "Contact our Data Protection Officer" (https://www.scotborders.gov.uk/privacystatement)', async () => {
    const dpo = await dpoOf('Privacy statement\n\nContact our Data Protection Officer\n\nBy post\n\nThe Information Management Team\nLegal and Licensing\nCouncil Headquarters\nNewtown St Boswells\nMelrose\nTD6 0SA\n\nBy email\n\nEmail dataprotection@scotborders.gov.uk\n');
    expect(dpo?.address?.postcode).toBe('TD6 0SA');
  });

  it('reads a Welsh intro ending "ar: -" and a "Rhifau Ffôn" line as the DPO\'s (https://bipab.gig.cymru/…/hysbysiad-preifatrwydd-ar-gyfer-mesur-canlyniad-a-adroddir-gan-gleifion-prom)', async () => {
    const dpo = await dpoOf('Hysbysiad preifatrwydd\n\nOs oes gennych unrhyw ymholiadau, cysylltwch â’r Swyddog Diogelu Data ar: -\nRhifau Ffôn: 01495 765019 / 01495 765326 neu gyfeiriad e-bost: DPO.ABB@wales.nhs.uk\n');
    expect(dpo?.emails).toEqual(['DPO.ABB@wales.nhs.uk']);
  });
});

const factsOf = async (family: string, text: string, file?: string) => [...new Set((await load(text, file)).found.filter((f) => f.family === family).map((f) => f.value))].sort();

describe('the rights', () => {
  it('reads rights named by what is requested: "requests for access, rectification, erasure, restriction or objection" (http://www.electoralcommission.org.uk/privacy-policy/when-you-contact-us)', async () => {
    expect(await factsOf('rights', 'When you contact us\n\nWe will respond to any requests for access, rectification, erasure, restriction or objection about this information.\n')).toEqual(['access', 'erasure', 'object', 'rectification', 'restriction']);
  });

  it('reads access from a "Subject Access" request in quotes and from "ask us for information that we may hold about you" (https://canolfaniechydamlwch.gig.cymru/…/i-weld-eich-cofnodion-iechyd/, https://belfasttrust.hscni.net/about/access-to-information/data-protection/)', async () => {
    expect(await factsOf('rights', 'I weld eich Cofnodion Iechyd\n\nOs hoffech weld neu gael copi o\'r wybodaeth sydd gennym amdanoch, gallwch wneud cais "Subject Access" neu "SAR".\n', 'cofnodion.txt')).toEqual(['access']);
    expect(await factsOf('rights', 'Data protection\n\nIf you want to ask us for information that we may hold about you personally, this will be dealt with under the UK GDPR.\n')).toEqual(['access']);
  });

  it('reads objection in "request that we stop, or restrict" and portability in "from one organisation to another" (https://www.lambeth.gov.uk/node/4281, https://chagford-primaryschool.org/your_data/)', async () => {
    expect(await factsOf('rights', 'Your rights\n\nYou have the right to request that we stop, or restrict the processing of your personal data, in certain circumstances.\n')).toEqual(['object', 'restriction']);
    expect(await factsOf('rights', 'Your data\n\n- The individual’s rights include: to move their data from one organisation to another.\n')).toEqual(['portability']);
  });

  it('reads the right to withdraw consent from a heading that asks how (https://www.wsh.nhs.uk/Protecting-your-information-GDPR/GDPR.aspx)', async () => {
    expect(await factsOf('rights', 'GDPR\n\nHow do you withdraw your consent to us to share information with other organisations?\n\nPlease contact the information governance team on 01284 713454.\n')).toEqual(['withdraw-consent']);
  });

  it('reads no right from the notice\'s aim to keep you "fully informed" (https://www.dumgal.ac.uk/website-privacy/privacy-notice-student-enrolment/)', async () => {
    expect(await factsOf('rights', 'Privacy notice\n\nDumfries & Galloway College is providing you with this information to ensure that you are fully informed and that we are transparent in how we use your personal data.\n')).toEqual([]);
  });
});

describe('the lawful bases and conditions', () => {
  it('reads the bases from a list of the cases in which the organisation processes data (https://le.ac.uk/policies/privacy/alumni-and-supporters)', async () => {
    expect(await factsOf('art6', 'Alumni privacy notice\n\nThe University processes personal data where:\n\n- You have given us your consent or\n- It is in the legitimate interests of the University\n')).toEqual(['a', 'f']);
  });

  it('reads a list of the bases rewritten for the organisation as its own, not the law\'s list (https://www.health-ni.gov.uk/articles/privacy-notice-doh)', async () => {
    const text = 'Description of our processing\n\nFor the Department to process personal information we must have a lawful basis for doing so and at least one of the following must apply:\n\n1. Consent: an individual must give clear consent for us to process their personal data and then only for a specific purpose\n2. Contract: the processing is necessary for a contract the Department has with an individual\n3. Legal obligation: the processing is necessary for the Department to comply with the law\n4. Vital interests: the processing is necessary to protect someone’s life\n5. Public task: the processing is necessary for the Department to perform a task in the public interest or for our official functions\n';
    expect(await factsOf('art6', text)).toEqual(['a', 'b', 'c', 'd', 'e']);
    // The regulator's guidance copied as it is stays the law's list.
    expect(await factsOf('art6', text.replace(/for us to process/, 'for you to process').replace(/the Department (has|to)/g, 'you $1').replace(/for our official/, 'for your official'))).toEqual([]);
  });

  it('reads Welsh "cydymffurfio â\'n rhwymedigaethau statudol", 9(2)(g) as "o fudd sylweddol i\'r cyhoedd" and the Schedule 1 conditions in their mutations under a paragraph ending in a colon (http://www.ceredigion.gov.uk/…/hysbysiad-preifatrwydd-ymgynghoriadau-awdurdodau-lleol/)', async () => {
    const text = "Hysbysiad preifatrwydd\n\nLle mae'n ofynnol i ni ymgynghori yn ôl y gyfraith i brosesu eich gwybodaeth, rydym yn cydymffurfio â'n rhwymedigaethau statudol sydd wedi’i nodi yn Neddf Cydraddoldeb 2010.\n\nLle mae data categori arbennig yn cael ei brosesu, mae prosesu yn angenrheidiol am resymau sydd o fudd sylweddol i'r cyhoedd.\n\nBydd yr amodau prosesu er budd sylweddol yn gyhoeddus yn:\n\nDdibenion statudol a llywodraethol, a chyfle neu driniaeth gyfartal.\n";
    expect(await factsOf('art6', text, 'hysbysiad.txt')).toEqual(['c']);
    expect(await factsOf('art9', text, 'hysbysiad.txt')).toEqual(['g', 'sch1:6', 'sch1:8']);
  });

  it('reads Welsh 9(2)(h) and (b) in the regulation\'s words (https://bipab.gig.cymru/…/hysbysiad-preifatrwydd-ar-gyfer-mesur-canlyniad-a-adroddir-gan-gleifion-prom)', async () => {
    expect(await factsOf('art9', 'Hysbysiad\n\nRydym yn gyfreithiol yn gallu prosesu gwybodaeth categori arbennig o dan Erthygl 9 o’r GDPR gan fod y prosesu yn angenrheidiol at ddibenion rheoli systemau a gwasanaethau iechyd neu ofal cymdeithasol neu’n angenrheidiol at ddibenion cyflawni rhwymedigaethau ym maes cyflogaeth a gyfraith nawdd cymdeithasol a diogelu cymdeithasol.\n', 'hysbysiad.txt')).toEqual(['b', 'h']);
  });
});

describe('transfers', () => {
  it('reads no transfer where all the data is processed in the UK (https://gla.ac.uk/myglasgow/externalrelations/privacy/applicants)', async () => {
    expect(await factsOf('transfers', 'Privacy notice for applicants\n\nWhat we do with it\n\nAll the personal data is processed by University staff in the United Kingdom:\n\n- Your data will be processed by University staff whose roles include pre-registration duties.\n')).toEqual(['no']);
  });
});

const cookieNames = async (text: string, file = 'cookies.txt') => ((await load(text, file)).config.consent?.categories ?? []).flatMap((c) => c.cookies ?? []).map((c) => c.name).sort();

describe('cookie names', () => {
  it('reads names in a section that speaks of cookies under a heading that does not (https://westessexccg.nhs.uk/privacy-policy)', async () => {
    expect(await cookieNames('Privacy policy\n\nWhat are cookies?\n\nCookies are small files.\n\nGoogle Analytics\n\n_utma\n_utmb\n_utmc\n_utmz\n\nThese cookies are used to collect information about how visitors use our site.\n', 'privacy.txt')).toEqual(['_utma', '_utmb', '_utmc', '_utmz']);
  });

  it('reads rows under a joined header "Name of cookies Purpose Expires" (https://nisra.gov.uk/node/3362)', async () => {
    expect(await cookieNames('How we use cookies\n\nService availability\n\nName of cookies Purpose Expires\nNIGOV randomly generated number when you close your browser\n')).toEqual(['NIGOV']);
  });

  it('ends a row at "When you navigate to another page", so the next row\'s plain name is read (https://www.apply-civil-service-fast-stream.service.gov.uk/fset-fast-stream/cookies)', async () => {
    expect(await cookieNames('Cookies\n\nSession cookies\n\nWe store session cookies on your computer.\n\nName Purpose Expires\nPLAY_FLASH Stores session data When you navigate to another page\nmdtp Stores session data When you close your browser\nmdtpdi Creates a unique ID for your device to prevent unauthorised access to the service 10 years\n')).toEqual(['PLAY_FLASH', 'mdtp', 'mdtpdi']);
  });

  it('reads a name with a URL-encoded character under a label ("Name: NIGOV_.thisdomain.gov.uk_%F_wat") (https://nisra.gov.uk/node/3362)', async () => {
    expect(await cookieNames('Cookies\n\nService availability\n\nName: NIGOV_.thisdomain.gov.uk_%F_wat\nPurpose: randomly generated number\nExpires: when you close your browser\n')).toEqual(['NIGOV_.thisdomain.gov.uk_%F_wat']);
  });

  it('reads a name given after a label that says it is one (https://www.epilepsysociety.org.uk/first-party-cookies)', async () => {
    expect(await cookieNames('first party cookies\n\nBanner cookie\n\n(Cookie name: OAID)\nA persistent cookie used to track banner click activity for analytical purposes.\n')).toEqual(['OAID']);
  });

  it('reads a lower-case name vendors document at a row\'s start, and neither the site\'s name after Welsh "cwcis" nor the domain in brackets (https://mapdata.llyw.cymru/details-about-cookies/)', async () => {
    expect(await cookieNames('Cwcis\n\nNi chaiff cwcis MapDataCymru eu defnyddio i’ch adnabod yn bersonol. Y cwcis a ddefnyddir ar ein gwefan yw:\n\nCwci Pwrpas Daw i ben\ncookie_consent Mae’r cwci hwn yn tracio pa grwpiau o gwcis y mae’r defnyddiwr wedi’u derbyn. Blwyddyn\ncsrftoken Defnyddir i wella diogelwch y safle. Blwyddyn\n_gid (.llyw.cymru) Defnyddir y cwci i ddangos pa ymweliadau â’r safle sy’n rhai unigryw. 24 awr\n', 'cwcis.txt')).toEqual(['_gid', 'cookie_consent', 'csrftoken']);
  });
});
