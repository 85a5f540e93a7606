/**
 * Fact classes from round twenty-three's corpus half (batch 16z80, keyed blind). Each test uses a real notice's shape and names
 * its body, with a shape the rule must leave alone.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importNotice } from '../../../src/import/import-notice.js';
import { findConditions } from '../../../src/import/facts/special-category.js';
import { factsOf } from '../support/facts-score.js';

const load = (text: string, name = 'notice.txt') => importNotice(name, new TextEncoder().encode(text), { today: new Date('2026-12-08') });
const facts = async (text: string, name?: string) => factsOf(await load(text, name));

describe('batch 16z80: the controller', () => {
  it('gives no controller for a body the text says acts "as a data processor on our behalf" (Dorset & Wiltshire Fire and Rescue\'s testing supplier)', async () => {
    const text = 'Privacy notice\n\nWhat we collect\n\nYou will complete the registration on a host website, Talogy, who act as a data processor on our behalf.\n\nTalogy will collect your name and email address to run the tests.\n\nTalogy will also collect your answers to the questionnaire.\n';
    expect((await facts(text)).controller).toBeUndefined();
    // (Without the processor's sentence the supplier is still proposed.)
    expect((await facts(text.replace(', who act as a data processor on our behalf', ''))).controller).toBe('Talogy');
  });

  it('reads "X will become the controller" (a GP practice\'s transparency notice) as the controller stated', async () => {
    const text = 'Fair Processing Notice\n\nGeneral Practice Transparency Notice for GPES Data\n\nThis practice is sharing your data with NHS Digital.\n\nNHS Digital will become the controller under the General Data Protection Regulation of the personal data collected and analysed.\n';
    expect((await facts(text)).controller).toBe('NHS Digital');
  });

  it('does not take "General Practice Transparency" from a transparency notice\'s title for a name', async () => {
    const text = 'General Practice Transparency Notice for GPES Data\n\nThis practice is supporting planning by sharing your data.\n\nWe share data under a legal direction.\n';
    expect((await facts(text)).controller).toBeUndefined();
  });

  it('reads the Welsh "efallai y bydd angen i Wasanaeth … gasglu" (who needs to collect the data) as the body, in its radical form', async () => {
    const text = "Eich Data a'ch Preifatrwydd\n\nEr mwyn cyflawni ein gwasanaethau, efallai y bydd angen i Wasanaeth Tân ac Achub Canolbarth a Gorllewin Cymru gasglu a phrosesu eich data personol.\n\nMae'r Gwasanaeth wedi ymrwymo i ddiogelu'r data hynny.\n";
    expect((await facts(text)).controller).toBe('Gwasanaeth Tân ac Achub Canolbarth a Gorllewin Cymru');
    // (Never a part of the body named with the article: "Mae'n rhaid i'r Gwasanaeth Dysgu ddefnyddio'r wybodaeth".)
    expect((await facts("Hysbysiad preifatrwydd\n\nMae'n rhaid i'r Gwasanaeth Dysgu ddefnyddio'r wybodaeth er mwyn darparu gwasanaethau i blant.\n")).controller).toBeUndefined();
  });

  it('reads a link "View Medway Council’s privacy statement" as the council\'s name, without the link\'s verb', async () => {
    const text = 'Privacy notice\n\nHow the service uses your data\n\nThe service will collect and process your personal data under Article 6(1)(e).\n\nView Medway Council’s privacy statement\n';
    expect((await facts(text)).controller).toBe('Medway Council');
  });

  it('reads the name that opens a "Who we are" section as the subject of what the body does (Hospiscare), when the text names it again', async () => {
    const text = 'Privacy Policy\n\nWHO WE ARE\n\nHospiscare provides a range of palliative care and end-of-life services to people within Exeter, Mid and East Devon.\n\nContact\n\nThe Data Protection Officer, Hospiscare, Searle House, Dryden Road, Exeter, EX2 5JJ\n';
    expect((await facts(text)).controller).toBe('Hospiscare');
    // (Named once only, it is not proposed.)
    expect((await facts(text.replace('The Data Protection Officer, Hospiscare, ', 'The Data Protection Officer, '))).controller).toBeUndefined();
  });

  it('does not take "University College" (a notice that never gives its name) nor a name\'s noun for its verb ("The HESA record is used") for the controller', async () => {
    const text = 'The University College collects information about all our staff and students for the purposes of administration.\n\nWe will send information from this form to the Higher Education Statistics Agency (HESA).\n\nThe HESA record is used by the organisations listed below.\n\nThe HESA record may also be used by the Office for National Statistics.\n';
    expect((await facts(text)).controller).toBeUndefined();
  });
});

describe('batch 16z80: Article 9', () => {
  it('reads archiving and research named as what lets data be kept longer (DfE\'s template) as no condition', () => {
    const sentence = 'Under Data Protection legislation, and in compliance with the relevant data processing conditions, personal data can be kept for longer periods of time when processed purely for archiving in the public interest, statistical purposes and historical or scientific research.';
    expect(findConditions(sentence).art9).toEqual([]);
    expect(findConditions('The condition we rely on is that processing is necessary for archiving, research or statistics.').art9).toEqual(['j']);
  });
});

describe('batch 16z80: cookies', () => {
  it('reads a capitalised name run onto a label\'s last word in a table copied with no gaps ("Website session cookieASP.NET_SessionID")', async () => {
    const text = 'Cookie Policy\n\nCookies we use\n\nCookieNamePurpose\nWebsite session cookieASP.NET_SessionIDThis cookie stores a session ID which allows the site to recognise the visitor.\nGoogle Analytics_utma, _utmb, _gaThese cookies are used to collect information about how visitors use our site.\n';
    expect((await facts(text)).cookies).toContain('ASP.NET_SessionID');
  });
});

describe('batch 16z82: round twenty-four\'s corpus half', () => {
  it('reads Article 9 conditions listed one an item by their citation ("9(2)(a) – Explicit consent …") under an intro that calls them the body\'s own (NHS England\'s Learning Hub)', async () => {
    const items = ['9(2)(a) – Explicit consent of the data subject', '9(2)(b) – Processing is necessary for the purposes of carrying out the obligations of the controller in the field of employment and social security law', '9(2)(f) – Processing is necessary for the establishment, exercise or defence of legal claims', '9(2)(g) – Processing is necessary for reasons of substantial public interest', '9(2)(h) – Processing is necessary for the management of health and social care systems and services'];
    const text = (intro: string) => `Privacy notice\n\nLegal basis\n\n${intro}\n\n${items.map((i) => `- ${i}`).join('\n')}\n`;
    expect((await facts(text('Where NHSE processes special categories of personal data, its additional legal bases for processing such data as listed in Article 9 of the UK GDPR are as follows:'))).art9.sort()).toEqual(['a', 'b', 'f', 'g', 'h']);
    // (The law's list under an intro that is not the body's is still the law's.)
    expect((await facts(text('Article 9 of the UK GDPR lists these conditions:'))).art9).toEqual([]);
  });

  it('reads the right to have data "ported from one controller to another", under "14.4 Right to request a transfer", as portability', async () => {
    const text = 'Privacy notice\n\n14. Your rights\n\n14.4 Right to request a transfer\n\nThe UK GDPR sets out the right for a data subject to have their personal data ported from one controller to another on request in certain circumstances.\n';
    expect((await facts(text)).rights).toEqual(['portability']);
    // (A section about sending data abroad is still about transfers.)
    expect((await load('Privacy notice\n\nTransfers abroad\n\nWe do not transfer your personal data outside the UK.\n')).config.notice.sections[0]!.topic).toBe('transfers');
  });

  it('reads a stated controller without the clause number before it ("2.2 Barchester is the "Data Controller" …")', async () => {
    expect((await facts('Privacy Statement for Residents\n\n2. WHO ARE WE?\n\n2.2 Barchester is the "Data Controller" for the information which we hold about you.\n')).controller).toBe('Barchester');
  });

  it('proposes the Electoral Registration Officer when the notice opens on the office\'s duty to process the data (Solihull\'s electoral services)', async () => {
    const text = 'Privacy Notice for Electoral Services\n\nThe Electoral Registration Officer and the Returning Officer have a statutory duty to process certain personal data to maintain the electoral register.\n\nWe use information about electors to carry out our functions.\n';
    expect((await facts(text)).controller).toBe('Electoral Registration Officer');
    expect((await facts('Privacy notice\n\nThe electoral register is kept by the council. We use information about electors.\n')).controller).toBeUndefined();
  });

  it('reads "Where we have your consent to use your details for marketing, you can withdraw it at any time" as the right to withdraw consent', async () => {
    const text = 'Privacy policy\n\nConsent\n\nWhere we have your consent to use your details for marketing, you can withdraw it at any time.\n';
    expect((await facts(text)).rights).toEqual(['withdraw-consent']);
  });

  it('reads Google Analytics\' names without their underscores ("utma", "utmz") and ShareThis\'s "unam", alone in a table\'s cells', async () => {
    const text = 'Cookies policy\n\nThe names of the cookies that we use are set out below:\n\nCookie Name\n\nUsed by\n\nDescription\n\n    utma\n\nGoogle Analytics\n\nStores the amount of visits of a user and the time of their first visit, for analytical purposes only.\n\n    utmz\n\nGoogle Analytics\n\nThis performance cookie stores where a user came from, such as a search engine or a link.\n\n_ga and _gid\n\nGoogle Analytics\n\nUsed to distinguish between website users in Google Analytics.\n';
    expect((await facts(text)).cookies).toEqual(expect.arrayContaining(['utma', 'utmz', '_ga', '_gid']));
  });
});

describe('batch 16z84: round twenty-five\'s corpus half', () => {
  it('reads a body named with an ICB\'s, a CCG\'s or an HSCP\'s initials as an organisation ("Derby and Derbyshire ICB Risk Stratification")', async () => {
    const text = 'Derby and Derbyshire ICB Risk Stratification\n\nWhy We Process Your Information\n\nRisk stratification is a process for identifying patients at high risk of emergency hospital admission.\n';
    expect((await facts(text)).controller).toMatch(/^Derby and Derbyshire ICB/);
  });

  it('reads "It’s delivered by SAMH" (a service\'s own sentence) as the body that runs it, not the one that funds it', async () => {
    const text = '1. Who we are\n\n‘Time for You’ is a mental health support service funded by SAMH (Scottish Action for Mental Health). It’s delivered by SAMH, in collaboration with academic partners.\n\n2. Who can use this service?\n\nThis service is available to people aged 16 and over.\n';
    expect((await facts(text)).controller).toBe('SAMH');
  });

  it('reads the Welsh "Mae eich Elusen GIG, Awyr Las, yn ymroddedig i ddiogelu eich preifatrwydd" as the body in apposition, not the board whose policy it follows', async () => {
    const text = "Mae eich Elusen GIG, Awyr Las, yn ymroddedig i ddiogelu eich preifatrwydd.\n\nMae’r datganiad hwn yn esbonio’r ffordd y byddwn yn delio â’r wybodaeth bersonol.\n\n1. Golwg gyffredinol\n\nMae’r Elusen yn cydymffurfio â pholisi diogelu data Bwrdd Iechyd Prifysgol Betsi Cadwaladr. Mae Awyr Las yn elusen.\n";
    expect((await facts(text)).controller).toBe('Awyr Las');
  });

  it('does not read the law that applies in the UK for where the data is kept ("o dan gyfraith diogelu data sy\'n gymwys yn y DU")', async () => {
    const text = "Polisi preifatrwydd\n\nCyfraith Diogelu Data\n\nRydym yn prosesu eich data personol o dan gyfraith diogelu data sy'n gymwys yn y DU.\n";
    expect((await facts(text)).transfers).toBeNull();
    expect((await facts("Polisi preifatrwydd\n\nBle cedwir eich data\n\nRydym yn storio eich data personol yn y DU.\n")).transfers).toBe('no');
  });

  it('reads Article 5(1)(e)\'s own words ("kept in a form which permits identification for no longer than necessary") as no retention stated', async () => {
    const text = 'Data protection\n\nHow we handle your data\n\nPersonal data we process is kept in a form which permits identification for no longer than necessary.\n';
    expect((await facts(text)).retention).toBe(false);
    expect((await facts('Data protection\n\nHow long we keep it\n\nWe keep your application for 6 years.\n')).retention).toBe(true);
  });

  it('reads "NatureScot only shares information when necessary to meet statutory requirements of …" as a disclosure\'s condition, no Article 6(1)(c)', async () => {
    const text = 'How we use your information\n\nThe legal basis\n\nThe legal basis is the performance of a task carried out in the public interest.\n\nWho NatureScot shares your personal data with\n\nNatureScot only shares information when necessary to meet statutory requirements of the Freedom of Information Act 2000.\n';
    expect((await facts(text)).art6).toEqual(['e']);
  });

  it('reads "rights to access a service without the cookie being set" as no right of access', async () => {
    const text = 'Privacy and cookies\n\nYour choices\n\nDepending on the purpose of the cookie, you have some rights to access a service without the cookie being set.\n';
    expect((await facts(text)).rights).toEqual([]);
    expect((await facts('Privacy\n\nYour rights\n\nYou have the right to access the personal data we hold about you.\n')).rights).toEqual(['access']);
  });
});

describe('batch 16z86: round twenty-six\'s corpus half', () => {
  it('reads "The service is provided by the Department for Transport" under a "Who we are" that opens on a service describing itself', async () => {
    const text = 'Privacy notice\n\nWho we are\n\nThe Bus Open Data Service (BODS) is a service for bus operators across England to publish data about local bus services. The service is provided by the Department for Transport.\n\nWhat we collect\n\nWe collect your name and email address.\n';
    expect((await facts(text)).controller).toBe('Department for Transport');
  });

  it('does not propose a service the text always calls "the X" as the body ("The Data Marketplace provides a way for people … to share data")', async () => {
    const text = 'Privacy statement\n\nThe Data Marketplace provides a way for people who work in government to share data.\n\nWhy we need your data\n\nTo get the most out of the Data Marketplace, we need to process some personal data.\n\nWhen you sign in to the Data Marketplace for the first time, we collect your name.\n';
    expect((await facts(text)).controller).toBeUndefined();
    // (A name given without the article is still proposed.)
    expect((await facts(text.replaceAll('The Data Marketplace', 'Data Exchange Wales').replaceAll('the Data Marketplace', 'Data Exchange Wales'))).controller).toBe('Data Exchange Wales');
  });
});

describe('batch 16z88: round twenty-seven\'s corpus half', () => {
  it('reads "The retention period for special data in patient records is a minimum of 10 years" as retention stated', async () => {
    const text = 'Privacy notice\n\nWhy we keep your records and for how long:\n\nThe retention period for special data in patient records is a minimum of 10 years and may be longer for complex records.\n';
    expect((await facts(text)).retention).toBe(true);
  });

  it('reads a documented cookie name run into the next small word ("We use ARRAffinityto administer the website") as the name', async () => {
    const text = 'Cookie policy\n\nCookies we use\n\n1. We use ASP.NET_SessionId to keep your session.\n2. We use ARRAffinityto administer the website in so far as it tells which server to handle website requests.\n';
    expect((await facts(text)).cookies).toEqual(expect.arrayContaining(['ASP.NET_SessionId', 'ARRAffinity']));
    expect((await facts(text)).cookies).not.toContain('ARRAffinityto');
  });
});

describe('batch 16z90: round twenty-eight\'s corpus half', () => {
  it('does not take the body that made a law the text cites for the controller ("The UK Government made this law The Privacy and Electronic Communications …")', async () => {
    const file = 'sandon-school-herts-cookies.txt';
    expect(factsOf(await importNotice(file, readFileSync(`test/fixtures/import-corpus/${file}`), { today: new Date('2026-12-08') })).controller).toBeUndefined();
  });
});
