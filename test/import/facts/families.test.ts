/**
 * The fact families on the phrasings notices use, in English and Welsh: small invented texts,
 * one family at a time, each with the sentence the fact was read from.
 */
import { describe, expect, it } from 'vitest';
import { importNotice, importPair, type ImportResult } from '../../../src/import/import-notice.js';
import { detectLanguage } from '../../../src/import/facts/language.js';
import { basesInWords } from '../../../src/import/facts/lawful-bases.js';
import { rightKinds } from '../../../src/import/facts/rights.js';
import { findConditions } from '../../../src/import/facts/special-category.js';

const enc = (s: string) => new TextEncoder().encode(s);
const load = (text: string, name = 'notice.txt', options = {}): Promise<ImportResult> => importNotice(name, enc(text), { today: new Date('2026-12-05'), ...options });
const notice = (body: string) => `Privacy notice\n\n${body}`;

describe('the controller', () => {
  it.each([
    ['The data controller for your personal data is the Department for Education.', 'Department for Education'],
    ['Riverside NHS Foundation Trust (the Trust) runs the hospital. This makes the Trust a ‘Data Controller’.', 'Riverside NHS Foundation Trust'],
    ['The Trust is registered with the Information Commissioner as a Data Controller. Hill Top NHS Foundation Trust (the Trust) runs clinics.', 'Hill Top NHS Foundation Trust'],
    ['We, Northfield Carers Trust, are the ‘controller’ of the information we collect.', 'Northfield Carers Trust'],
    ['Data Controller Name: Department of Health\nTelephone: 028 9052 0500', 'Department of Health'],
    ['This notice is provided by the Chief Constable of Westshire Police who is the data controller of this data.', 'Chief Constable of Westshire Police'],
    ['Mae Cyngor Sir Fynwy yn Rheolydd Data o dan y ddeddf.', 'Cyngor Sir Fynwy'],
    ['Fel Rheolwr Data, mae Cyngor Bro Morgannwg wedi ymroi i gydymffurfio â’r ddeddf.', 'Cyngor Bro Morgannwg'],
    ['Westshire Fire and Rescue Service (WFRS) [us/we] are a Public Authority and the Data Controller for your data.', 'Westshire Fire and Rescue Service'],
    ['Northvale District Council (NDC) complies with the law. It is registered as a ‘Data Controller’ with the ICO.', 'Northvale District Council'],
    ['We, at the Riverside Health Centre situated at 1 Mill Lane, Northtown, are a Data Controller of your information.', 'Riverside Health Centre'],
    ['Yr Adran Addysg yw rheolydd y wybodaeth yma.', 'Adran Addysg'],
  ])('reads "%s"', async (text, name) => {
    const { config, found } = await load(notice(`Who we are\n\n${text}\n`));
    expect(config.organisation.name).toBe(name);
    // The sentence it was read from is the notice's own.
    expect(text).toContain(found.find((f) => f.family === 'controller')!.source.slice(0, 30));
  });

  it('proposes the organisation that "is committed to" protecting data (Welsh "wedi ymrwymo i"), and never an ombudsman named beside the ICO', async () => {
    const cy = await load('Cyflwyniad\nMae Canolfan Arloesi Gogledd Cymru (CAGC) wedi ymrwymo i ddiogelu data personol. Mae’r hysbysiad hwn yn egluro sut.\nPwy ydym ni?\nRydym yn gweithredu fel Rheolydd Data ar gyfer y data a gasglwn ar ein gwefan.\n');
    expect(cy.config.organisation.name).toBe('Canolfan Arloesi Gogledd Cymru');
    const ombudsman = await load(notice('Why we use it\n\nWe use it for your request or as part of an enquiry by the Information Commissioner’s Office or the Local Government Ombudsman.\n'));
    expect(ombudsman.config.organisation.name).not.toBe('Local Government Ombudsman');
  });

  it('proposes the organisation named in the title when no sentence says it, with a note to confirm it', async () => {
    const { config } = await load('Westshire Primary School Privacy Notice\n\nWhy we collect information\n\nWe collect pupil information to support learning and to keep pupils safe.\n');
    expect(config.organisation.name).toBe('Westshire Primary School');
    expect(config.notice.importNotes?.find((n) => /is proposed because/.test(n.text))?.source).toBe('Westshire Primary School Privacy Notice');
  });

  it('never takes the regulator it registers with, or a code of practice, as the organisation', async () => {
    const { config } = await load(notice('About us\n\nWe are registered as a data controller with the Information Commissioner’s Office (ICO). Records follow the Records Management Code of Practice for Health and Social Care.\n'));
    expect(config.organisation.name).toBe('Organisation name not found');
  });
});

describe('lawful bases and special category conditions', () => {
  it('reads bases named in words, in the regulation\'s wording, in a table\'s basis column, and Welsh', async () => {
    expect(basesInWords('processing is necessary for the performance of a task carried out in the public interest', false)).toEqual(['e']);
    expect(basesInWords('It is a voluntary scheme based on consent.', false)).toEqual(['a']);
    expect(basesInWords('we need your consent', false)).toEqual([]);
    expect(basesInWords('Legal obligation', true)).toEqual(['c']);
    expect(basesInWords('er ein buddiannau cyfreithlon ein hunain', true)).toEqual(['f']);
    expect(basesInWords('we do not require your consent to do this', true)).toEqual([]);
    expect(basesInWords('We use it in order to comply with our legal obligations as an employer.', false)).toEqual(['c']);
    expect(basesInWords('We will tell you when your consent is required for a purpose.', false)).toEqual(['a']);
    expect(basesInWords('We may share it with the ambulance service in your vital interests.', false)).toEqual(['d']);
    // A transfer derogation in a list is not the basis the organisation relies on.
    expect(basesInWords('To comply with a legal obligation;', false)).toEqual([]);
    expect(basesInWords('The data is used with donors consent to send them news of our appeals.', false)).toEqual(['a']);
    expect(basesInWords('Day to day processing does not rely on consent.', true)).toEqual([]);
    // Consent to a disclosure (or the common-law duty's consent) is not the Art 6 basis of the
    // processing: the ICB coproduction notice states 6(1)(e) and shares "with your consent".
    expect(basesInWords('This information will be shared with your consent and only with the team doing coproduction.', false)).toEqual([]);
    expect(basesInWords('We should only be using your data with your consent.', false)).toEqual(['a']);
    // One basis named outright makes the sentence about the bases: both are read.
    expect(basesInWords('Legal obligation or public task under the Fire and Rescue Services Act 2004', false).sort()).toEqual(['c', 'e']);
    expect(basesInWords('oherwydd ein bod angen prosesu eich data i ateb ein rhwymedigaethau contractiol i chi', true)).toEqual(['b']);
    const md = '# Notice\n\n## What we do\n\n| Purpose | Lawful basis |\n| --- | --- |\n| Processing your application | Public task |\n| Paying you | Contract |\n';
    const { config } = await load(md, 'notice.md');
    expect(config.notice.bases.map((b) => b.art6).sort()).toEqual(['b', 'e']);
  });

  it('attaches an Article 9 condition to the basis cited in the same sentence, not the section\'s first', async () => {
    const text = notice('Y sail gyfreithiol\n\nY sail gyfreithiol dros brosesu data fydd:\n\n- Cyflawni tasg gyhoeddus (Erthygl 6(1)(e))\n- Gyda’ch cydsyniad penodol chi (Erthyglau 6(1)(a) a 9(2)(a))\n');
    const { config } = await load(text);
    expect(config.notice.bases.map((b) => [b.art6, b.art9 ?? []])).toEqual([['e', []], ['a', ['a']]]);
  });

  it('reads Article 9 conditions by their short names in a list about special category data', async () => {
    const text = notice('Lawful grounds\n\nHealth data is special category data, so another condition is needed.\n\nThe conditions we use most:\n\n- Vital Interests\n- Public Health\n- Health\n\nOther lists\n\nThe teams we work with:\n\n- Public Health\n- Housing\n');
    const { found } = await load(text);
    expect(found.filter((f) => f.family === 'art9').map((f) => f.value)).toEqual(['c', 'i', 'h']);
  });

  it('reads "Article 6.1 c", "Article 9.2 g" and Welsh Schedule 1 references, and no basis from a list of the notice\'s contents', async () => {
    const { config, found } = await load(notice('Conditions\n\nGDPR condition relied upon: Article 6.1 c - legal obligation and Article 9.2 g - substantial public interest, with Atodlen 1, rhan 2(6).\n'));
    expect(config.notice.bases.map((b) => b.art6)).toEqual(['c']);
    expect(found.filter((f) => f.family === 'art9').map((f) => f.value).sort()).toEqual(['g', 'sch1:6']);
    const contents = await load(notice('About\n\nThis privacy notice explains the following:\n\n- what lawful basis we have\n- your right to withdraw consent\n'));
    expect(contents.config.notice.bases).toEqual([]);
  });

  it('does not take a list that explains all six bases in general as relying on them, and says so', async () => {
    const { config } = await load(notice('Why we need your data\n\nThe six lawful bases for processing are:\n\n- Consent: the individual has given clear consent.\n- Contract: the processing is necessary for a contract.\n- Legal obligation: the processing is necessary to comply with the law.\n- Vital interests: the processing is necessary to protect someone’s life.\n- Public task: the processing is necessary for a task in the public interest.\n- Legitimate interests: the processing is necessary for your legitimate interests.\n'));
    expect(config.notice.bases).toEqual([]);
    expect(config.notice.importNotes?.some((n) => /explains the lawful bases in general/.test(n.text))).toBe(true);
  });

  it('reads Article 9 letters after "and", the 9(1) slip, Schedule 1 titles and the conditions in words', () => {
    expect(findConditions('We rely on Articles 6(1)(a) and 9(2)(a).').art9).toEqual(['a']);
    expect(findConditions('in line with GDPR, Article 9(1)(g), for substantial public interest')).toMatchObject({ art9: ['g'], slips: ['Article 9(1)(g)'] });
    expect(findConditions('necessary for medical diagnosis, the provision of health or social care').art9).toEqual(['h']);
    expect(findConditions('special category data for reasons of substantial public interest (equality of opportunity or treatment)').schedule).toEqual([{ part: 2, para: 8, title: 'Equality of opportunity or treatment' }]);
    expect(findConditions('your National Insurance number').schedule).toEqual([]);
    expect(findConditions('byddwn yn dibynnu ar Erthygl 9(2)(h) i brosesu gwybodaeth iechyd').art9).toEqual(['h']);
  });
});

describe('retention, transfers and rights', () => {
  it('reads the right a section\'s heading names, not other rights from the words explaining it', async () => {
    const md = '# Notice\n\n## Your rights\n\n### The right to data portability\n\nThis only applies to processing by automated means, and lets you move data between services.\n\n### The right to object\n\nYou can object where we rely on public task.\n';
    const { config } = await load(md, 'notice.md');
    expect(config.notice.rights.items.map((r) => r.kind)).toEqual(['portability', 'object']);
  });

  it('reads the answer under a heading that asks whether data leaves the UK, and "you can request the deletion"', async () => {
    const { config } = await load(notice('Do we send your data outside the UK?\n\nNo, your records will not be sent anywhere else.\n\nDeleting your data\n\nYou can request the deletion of your details at any time by writing to us.\n'));
    expect(config.notice.transfers.outsideUk).toBe('no');
    expect(config.notice.rights.items.map((r) => r.kind)).toEqual(['erasure']);
  });

  it('does not read a cookie\'s lifetime as how long personal data is kept', async () => {
    const { config } = await load(notice('Cookies\n\nName\tPurpose\tExpires\nsite_pref\tRemembers your text size, stored until you clear it\t1 year\n_ga\tCounts visits\tAfter 2 years\n\nThe analytics cookie is stored for 2 years.\n'));
    expect(config.notice.retention).toEqual([]);
  });

  it.each([
    'We keep donor records for seven years for Gift Aid.',
    'Your details are removed from our database after two years of inactivity.',
    'We keep it for as long as necessary for research and statistical purposes.',
    'Byddwn yn cadw eich data personol am gyhyd ag y bydd ei angen arnom.',
  ])('reads retention from "%s"', async (sentence) => {
    const { config, found } = await load(notice(`Your information\n\n${sentence}\n`));
    expect(config.notice.retention).toHaveLength(1);
    expect(found.find((f) => f.family === 'retention')?.source).toBe(sentence);
  });

  it('does not read the principle "kept no longer than necessary" from a list of principles as retention', async () => {
    const { config } = await load(notice('Principles\n\nThe data protection principles say data must be:\n\n- processed lawfully\n- kept no longer than necessary\n'));
    expect(config.notice.retention).toEqual([]);
  });

  it.each([
    ['Your data is stored outside the UK and EEA under Model Contract Clauses.', 'yes'],
    ['We do not transfer your personal data outside the European Union.', 'no'],
    ['Ni fyddwn yn trosglwyddo eich data personol y tu allan i’r Ardal Economaidd Ewropeaidd.', 'no'],
    ['We sometimes use the services of a hosting provider outside the European Economic Area.', 'yes'],
  ])('reads transfers from "%s"', async (sentence, outsideUk) => {
    const { config } = await load(notice(`Where your data goes\n\n${sentence}\n`));
    expect(config.notice.transfers).toMatchObject({ outsideUk, text: sentence });
  });

  it('reads every right in "ask for a copy …, to have it corrected, and to complain", one per clause (not "1 rights recognised")', async () => {
    expect(rightKinds('You have the right to ask for a copy of your information, to have it corrected, and to complain.')).toEqual(['access', 'rectification', 'complain']);
    expect(rightKinds('You have the right to see, correct, or ask us to delete the data we hold.')).toEqual(['access', 'rectification', 'erasure']);
    const { config } = await load(notice('Your rights\n\nYou have the right to ask for a copy of your information, to have it corrected, and to complain.\n'));
    expect(config.notice.rights.items.map((r) => r.kind)).toEqual(['access', 'rectification', 'complain']);
    expect(config.notice.importNotes?.map((n) => n.text).join(' ')).toMatch(/3 rights recognised \(access, rectification, complain\)/);
  });

  it('reads "stop using it until it\'s put right" as restriction and "an automated portable data file" as portability', () => {
    expect(rightKinds('stop using your data if you think it is wrong, until it\'s put right')).toEqual(['restriction']);
    expect(rightKinds('ask for any automated portable electronic data file we hold on you to be sent to another organisation')).toEqual(['portability']);
  });

  it('reads Welsh rights', () => {
    expect(rightKinds('Yr hawl i gywiriad')).toEqual(['rectification']);
    expect(rightKinds('Yr hawl i gludadwyedd data')).toEqual(['portability']);
    expect(rightKinds('Hawl i gludo data')).toEqual(['portability']);
    expect(rightKinds('Yr hawl i wirio gwallau')).toEqual(['rectification']);
    expect(rightKinds('Yr hawl i wybodaeth')).toEqual(['informed']);
    expect(rightKinds('Mae’r hawl gennych i wrthod rhoi eich cydsyniad ar unrhyw adeg drwy hysbysu’r Swyddog')).toEqual(['withdraw-consent']);
    expect(rightKinds('hawl i gael gwybod am sut mae eich data yn cael ei brosesu; hawl i gael mynediad at gopi o’ch gwybodaeth; hawl i wrthwynebu prosesu')).toEqual(['informed', 'access', 'object']);
  });
});

describe('the ICO route, the DPO, and the language', () => {
  it('keeps a DPO whose address the page hid ("[email protected]"), with a note to fill it in, and contact lines after a DPO intro', async () => {
    const hidden = await load(notice('Contact us\n\nYou can contact our Data Protection Officer direct via [email protected].\n'));
    expect(hidden.config.notice.contacts.some((c) => c.role === 'dpo')).toBe(true);
    expect(hidden.config.notice.importNotes?.some((n) => /hidden by the web page/.test(n.text))).toBe(true);
    const lines = await load(notice('Cysylltu â ni\n\nCysylltwch â’n Swyddog Diogelu Data yn y cyfeiriadau canlynol:\n\nPost: Coleg y Dyffryn, Heol y Bont, Y Bala, LL23 7AB; neu\n\nAnfonwch e-bost at: dpo@dyffryn.ac.uk\n'));
    expect(lines.config.notice.contacts.find((c) => c.role === 'dpo')?.emails).toEqual(['dpo@dyffryn.ac.uk']);
  });

  it('reads the Welsh ICO complaint route and DPO, and writes "cy" to lang', async () => {
    const text = 'Hysbysiad Preifatrwydd\n\nCysylltu â ni\n\nGallwch gysylltu â’n Swyddog Diogelu Data drwy e-bostio dpo@cyngor.cymru neu ffonio 01234 567890.\n\nCwynion\n\nOs ydych yn anfodlon, mae gennych hawl i gwyno i Swyddfa’r Comisiynydd Gwybodaeth.\n';
    const { config } = await load(text);
    expect(config.lang).toBe('cy');
    expect(config.notice.lang).toBe('cy');
    expect(config.notice.contacts.find((c) => c.role === 'dpo')).toMatchObject({ emails: ['dpo@cyngor.cymru'] });
    expect(config.notice.complaints?.regulator).toBe('ico');
  });

  it('detects English on an English page that names Welsh bodies, and Welsh on a Welsh one', () => {
    expect(detectLanguage('Cyngor Gwynedd’s Adult, Health and Wellbeing Department will collect the information we need to assess your needs.')).toBe('en-GB');
    expect(detectLanguage('Mae’n bwysig bod ein cwsmeriaid yn darllen yr hysbysiad preifatrwydd hwn yn llawn. Mae’n esbonio pwy ydym ni.')).toBe('cy');
  });

  it('reads a Welsh cookie page as Welsh though its table describes the cookies in English (a cookie tool\'s descriptions), and a page that is all table by its rows', async () => {
    const rows = Array.from({ length: 12 }, (_, i) => `_cookie${i}\tUsed to remember your settings and to count the visits you make to the website so that we can improve it\t${i + 1} years`).join('\n');
    const welsh = `Polisi cwcis\n\nBeth yw cwcis?\n\nFfeiliau bach yw cwcis sy’n cael eu cadw ar eich cyfrifiadur pan fyddwch yn ymweld â’n gwefan. Rydym yn eu defnyddio i wneud i’r wefan weithio ac i ddeall sut mae pobl yn ei defnyddio.\n\nY cwcis rydym yn eu defnyddio\n\nEnw\tPwrpas\tDod i ben\n${rows}\n`;
    expect((await load(welsh)).config.lang).toBe('cy');
    expect(detectLanguage('Cwcis', 'Enw | Pwrpas | Dod i ben\n_ga | Defnyddir gan Google Analytics i adnabod y defnyddiwr ac i gofio eich dewisiadau | Daw i ben ar ôl 2 flynedd\n_gid | Defnyddir gan Google Analytics i adnabod y defnyddiwr | Daw i ben ar ôl 1 diwrnod')).toBe('cy');
  });

  it('reads a short Welsh page as Welsh by the words a notice uses ("Hysbysiad Preifatrwydd" / "Diweddarwyd ddiwethaf: …", Cardiff Parkway\'s opening)', () => {
    expect(detectLanguage('Cardiff Parkway Developments Limited\nHysbysiad Preifatrwydd\nDiweddarwyd ddiwethaf: 18 Tachwedd 2019\nMae’n bwysig bod ein cwsmeriaid')).toBe('cy');
    expect(detectLanguage('Datganiad Preifatrwydd Priffyrdd a Bwrdeistrefol\nPwrpas a sail gyfreithiol\nRydym angen eich gwybodaeth')).toBe('cy');
    // (An English page that names a Welsh body and its notice stays English.)
    expect(detectLanguage('Cyngor Gwynedd publishes its Hysbysiad Preifatrwydd in Welsh as well. This notice explains how we use the personal information you give us.')).toBe('en-GB');
  });

  it('does not read "registered with the ICO" as a complaint route', async () => {
    const scottish = await load(notice('Appeals\n\nIf you are unhappy with our reply you can complain to the Scottish Information Commissioner.\n'));
    expect(scottish.config.notice.complaints).toBeUndefined();
    const { config } = await load(notice('Who we are\n\nWe are registered with the Information Commissioner’s Office (ICO) as a data controller.\n'));
    expect(config.notice.complaints).toBeUndefined();
  });
});

describe('cookie tables become a draft consent section', () => {
  it('reads "__lc_cid (customerID)" as the name "__lc_cid", and a last row cut short', async () => {
    const text = 'Cookies\n\nThese are the cookies this site sets when you use the chat and the statistics tools.\n\nCookie | Purpose | Expires |\n---|---|---|\n__lc_cid (customerID) | Verifies the chat customer | 2 years |\n_pk_id | Counts visits | 13 months |\n_pk_ses | This cookie is set onc\n';
    const { config } = await load(text);
    expect(config.consent?.categories.flatMap((c) => (c.cookies ?? []).map((k) => k.name)).sort()).toEqual(['__lc_cid', '_pk_id', '_pk_ses']);
  });

  it('reads a "Cookie | Name | …" table whose grouping cell spans rows, and "_x cookie" names', async () => {
    const text = 'Cwcis\n\nMae’r tabl isod yn esbonio’r cwcis rydym yn eu defnyddio ar y wefan hon a pham.\n\nCwci | Enw | Diben |\nMesur defnydd | _pk_id cookie | Yn cyfrif ymweliadau am 13 mis |\n_pk_ses cookie | Yn cofio’r sesiwn am 30 munud | |\nGosodiadau | lang_pref | Yn cofio’r iaith |\n';
    const { config } = await load(text);
    expect(config.consent?.categories.flatMap((c) => (c.cookies ?? []).map((k) => [c.id, k.name]))).toEqual([
      ['functional', 'lang_pref'],
      ['analytics', '_pk_id'],
      ['analytics', '_pk_ses'],
    ]);
  });

  it('reads cookies written as labelled lines ("Name: …" / "Purpose: …" / "Expires: …")', async () => {
    const text = 'Cookies\n\nWe count visits with Matomo:\n\nName: _pk_id\nPurpose: a random number for your browser\nExpires: 13 months\n\nName: _pk_ses\nPurpose: the current visit\nExpires: 30 minutes\n';
    const { config } = await load(text);
    expect(config.consent?.categories.find((c) => c.id === 'analytics')?.cookies).toEqual([
      { name: '_pk_id', purpose: 'a random number for your browser', duration: '13 months' },
      { name: '_pk_ses', purpose: 'the current visit', duration: '30 minutes' },
    ]);
  });

  it('proposes categories from the table\'s grouping and from known cookie names, with notes to confirm', async () => {
    const html = '<h1>Cookies</h1><h2>Essential cookies</h2><table><tr><th>Name</th><th>Purpose</th><th>Expires</th></tr><tr><td>session_id</td><td>Keeps you signed in</td><td>Session</td></tr></table>'
      + '<h2>Other cookies</h2><table><tr><th>Cookie</th><th>Purpose</th><th>Duration</th></tr><tr><td>_ga</td><td>Counts visits</td><td>2 years</td></tr><tr><td>_fbp</td><td>Facebook</td><td>3 months</td></tr></table>';
    const { config, found } = await load(html, 'cookies.html');
    expect(config.consent?.categories).toEqual([
      { id: 'necessary', title: 'Strictly necessary', required: true, cookies: [{ name: 'session_id', purpose: 'Keeps you signed in', duration: 'Session' }] },
      { id: 'analytics', title: 'Analytics', cookies: [{ name: '_ga', purpose: 'Counts visits', duration: '2 years' }] },
      { id: 'marketing', title: 'Marketing', cookies: [{ name: '_fbp', purpose: 'Facebook', duration: '3 months' }] },
    ]);
    const notes = config.notice.importNotes?.map((n) => n.text).join(' ') ?? '';
    expect(notes).toMatch(/draft "consent" section/);
    expect(notes).toMatch(/_ga → Analytics \(a known Google Analytics cookie\)/);
    expect(found.filter((f) => f.family === 'cookies').map((f) => f.value)).toEqual(['session_id', '_ga', '_fbp']);
  });

  it('uses a "strictly necessary?" column and Welsh category titles for a Welsh page', async () => {
    const text = 'Cwcis\n\nMae’r cwcis hyn yn ein helpu ni i wella’r wefan ac rydym yn eu defnyddio ar bob tudalen.\n\nEnw\tDiben\tHyd\tStrictly necessary?\nASP.NET_SessionId\tCadw’r sesiwn\tSesiwn\tYes\n_gid\tCyfrif ymweliadau\t1 diwrnod\tNo\n';
    const { config } = await load(text);
    expect(config.consent?.categories.map((c) => [c.id, c.title, c.cookies?.map((k) => k.name)])).toEqual([
      ['necessary', 'Hollol angenrheidiol', ['ASP.NET_SessionId']],
      ['analytics', 'Dadansoddi', ['_gid']],
    ]);
  });
});

describe('links, translations and sources', () => {
  it('resolves site-relative links against --base-url, and notes them otherwise', async () => {
    const html = '<h1>Notice</h1><h2>Contact</h2><p>Use our <a href="/contact-us">contact form</a>.</p>';
    const without = await load(html, 'notice.html');
    expect(without.config.notice.importNotes?.find((n) => n.kind === 'missing-url')?.text).toMatch(/--base-url/);
    const withBase = await load(html, 'notice.html', { baseUrl: 'https://www.example.gov.uk/privacy/notice' });
    expect(withBase.config.notice.sections[0]!.blocks).toEqual([{ p: ['Use our ', { link: ['contact form'], href: 'https://www.example.gov.uk/contact-us' }, '.'] }]);
  });

  it('imports an English and a Welsh file of one notice into one config, the Welsh as translations.cy', async () => {
    const en = { name: 'notice-en.txt', bytes: enc('Privacy notice\n\nWho we are\n\nWestshire Council is the data controller for your information.\n') };
    const cy = { name: 'notice-cy.txt', bytes: enc('Hysbysiad preifatrwydd\n\nPwy ydym ni\n\nMae Cyngor Sir Westshire yn Rheolydd Data ar gyfer eich gwybodaeth chi.\n') };
    const { config } = await importPair(cy, en, { today: new Date('2026-12-05') });
    expect(config.notice.lang).toBe('en-GB');
    expect(config.notice.title).toBe('Privacy notice');
    expect(config.translations?.cy?.notice).toMatchObject({ lang: 'cy', title: 'Hysbysiad preifatrwydd' });
    await expect(importPair(en, en)).rejects.toThrow(/both in the same language/);
  });

  it('gives each inferred fact\'s note the sentence it was read from', async () => {
    const { config } = await load(notice('Lawful basis\n\nWe rely on Article 6(1)(e) of the UK GDPR to run this service.\n'));
    expect(config.notice.importNotes?.find((n) => /Article 6\(1\)\(e\)/.test(n.text))?.source).toBe('We rely on Article 6(1)(e) of the UK GDPR to run this service.');
  });
});

describe('batch 16d phrasings (invented texts)', () => {
  it('reads "Article 9 2(h)" and "Article 6 1(e)", the paragraph written without brackets', async () => {
    expect(findConditions('GDPR Article 9 2(h) and Article 9 2(j) provide our basis.').art9).toEqual(['h', 'j']);
    const { config } = await load(notice('Our lawful basis\n\nThe processing is necessary as part of our work under GDPR Article 6 1(e) for the Department.\n'));
    expect(config.notice.bases.map((b) => b.art6)).toEqual(['e']);
  });

  it.each([
    ['There are some cases where it is necessary and a legal requirement to process your personal information.', ['c']],
    ['The data we collect is essential for the Council to meet its statutory obligations.', ['c']],
    ['Mae’r data personol a gesglir yn hanfodol er mwyn i’r Cyngor allu chwrdd â rhwymedigaethau statudol.', ['c']],
    ['We will not share it unless there is a legal requirement to share it.', []],
  ])('reads the legal obligation stated with its necessity: "%s"', (sentence, letters) => {
    expect(basesInWords(sentence, false)).toEqual(letters);
  });

  it('reads "as the law requires" and a contract "we may have with you" where the text is about the lawful basis', () => {
    expect(basesInWords('Schools process personal data as the law requires.', true)).toEqual(['c']);
    expect(basesInWords('It is based on a public task, a legal obligation or a contract we may have with you.', false)).toEqual(['e', 'b', 'c']);
  });

  it('takes "We, X’are the data controller" (a quote for the comma) and a DPO listed as "officers are: Mr S Smith – …"', async () => {
    const { config } = await load(notice('Who we are\n\nWe, Northfield Schools’are the ‘data controller’ for the purposes of data protection law.\n\nOur data protection officers are: Mr S Smith – Northfield High School\n\nMrs J Jones – Northfield Primary School\n\nWe collect and hold information about parents and carers so that we can run the school well.\n'));
    expect(config.organisation.name).toBe('Northfield Schools');
    expect(config.notice.contacts.find((c) => c.role === 'dpo')?.person).toBe('Mr S Smith');
  });

  it('names no right from "the right controls" or "inappropriate access"', () => {
    expect(rightKinds('it is kept safe from inappropriate access, theft or misuse')).toEqual([]);
  });

  it('proposes the site name’s organisation when the notice calls the controller "y Cyngor" only', async () => {
    const { config, result } = await load('Cyngor Sir Dyffryn - Valley County Council\n\nHysbysiad preifatrwydd: Gwasanaethau Hamdden\n\nMae’r cyngor wedi ei gofrestru fel rheolydd data drwy Swyddfa’r Comisiynydd Gwybodaeth. Y Cyngor fel y rheolydd data sy’n gyfrifol am eich data.\n\nPam ydym yn casglu’r wybodaeth\n\nMae’r data personol a gesglir yn hanfodol er mwyn i ni ddarparu gwasanaethau hamdden i chi a’ch teulu.\n').then((r) => ({ ...r, result: r }));
    expect(result.config.notice.title).toBe('Hysbysiad preifatrwydd: Gwasanaethau Hamdden');
    expect(config.organisation.name).toBe('Cyngor Sir Dyffryn');
  });
});

describe('cookie tables copied badly (invented texts)', () => {
  it('reads a table copied one cell a line, header included, and a last row cut short', async () => {
    const { config } = await load('Cwcis\n\nMae Google Analytics yn gosod y cwcis canlynol:\n\nEnw\n\nPwrpas\n\nDirwyn i Ben\n\n_ga\n\nMae hyn yn ein helpu i gyfrif ymwelwyr\n\n2 flynedd\n\n_gid\n\nYn gwahaniaethu rhwng defnyddwyr\n\n24 awr\n\n_gat\n\nYn rheoli cyfradd y ceisiadau\n');
    const cookies = config.consent!.categories.flatMap((c) => c.cookies ?? []);
    expect(cookies.map((c) => c.name)).toEqual(['_ga', '_gid', '_gat']);
    expect(cookies[0]!.duration).toBe('2 flynedd');
  });

  it('reads rows broken over several lines under a header joined into one line, the grouping words before each name', async () => {
    const { config } = await load('Cookies on our site\n\nThis table lists the cookies we use on our website:\nCookie Name Purpose Expires\nGoogle Analytics\n_ga Used by Google Analytics\n\nto tell visitors apart\nExpires after 2 years\nSite functions site-cookiePrefs Remembers your settings\n\nfor the next visit\nExpires after 10 hours\nAdvertising\nuuid2 / _mkto_trk Used to show adverts\n');
    const cookies = config.consent!.categories.flatMap((c) => (c.cookies ?? []).map((k) => `${c.id}:${k.name}`));
    expect(cookies).toEqual(expect.arrayContaining(['analytics:_ga', 'marketing:uuid2', 'marketing:_mkto_trk']));
    expect(config.consent!.categories.flatMap((c) => c.cookies ?? []).find((k) => k.name === '_ga')?.duration).toBe('Expires after 2 years');
  });
});
