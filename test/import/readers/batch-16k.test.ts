/**
 * Structure misses of batch 16k (issue 16: fifteen unseen notices, test/fixtures/import-corpus/,
 * "batch": "16k" in answers.json), fixed by class: one test a class of copy-paste shape, each with
 * the real lines that showed it and their address, and where it helps a line of another shape the
 * class must not take. The fix is the class, never the page.
 */
import { describe, expect, it } from 'vitest';
import { blockText, inlineText, type DocBlock } from '../../../src/import/doc-tree.js';
import { importNotice } from '../../../src/import/import-notice.js';
import { textToTree } from '../../../src/import/readers/text.js';

const headings = (blocks: DocBlock[]) => blocks.filter((b) => b.kind === 'heading' && b.level > 1).map(blockText);
const levels = (blocks: DocBlock[]) => blocks.flatMap((b) => (b.kind === 'heading' ? [`${b.level} ${blockText(b)}`] : []));
const title = (text: string) => {
  const h1 = textToTree(text).blocks.find((b) => b.kind === 'heading' && b.level === 1);
  return h1 ? blockText(h1) : undefined;
};
const tables = (blocks: DocBlock[]) => blocks.flatMap((b) => (b.kind === 'table' ? [{ head: b.head.map(inlineText), rows: b.rows.map((r) => r.map(inlineText)) }] : []));

describe('page furniture before or around the title', () => {
  it('drops skip links wherever the copy put them: "top of page" first, "start content" between the title and the notice\'s name (ladywood.bolton.sch.uk/privacy-notice, nwpcp.org.uk/cy/Home/Privacy-Notice.aspx)', () => {
    // (At the start it is furniture with the menu after it: "top of page" / "Menu".)
    const school = textToTree('top of page\nMenu\n\nPrivacy Notice\n\n\nPrivacy Notice for Parents / Carers\n\nUnder data protection law, individuals have a right to be informed about how the school uses any personal data that we hold about them.\n');
    expect(levels(school.blocks)).toEqual(['1 Privacy Notice', '2 Privacy Notice for Parents / Carers']);
    expect(blockText(school.blocks[0]!)).toBe('Privacy Notice');
    const tree = textToTree('Hysbysiad Preifatrwydd\n\nstart content\n\nHysbysiad Preifatrwydd Panel Heddlu a Throsedd Gogledd Cymru \n\nMae’r hysbysiad preifatrwydd hwn yn ymwneud â phrosesu data personol gan Banel Heddlu a Throsedd Gogledd Cymru.\n\nYn ôl i’r brig\n\nEich hawliau gwybodaeth\n\nMae gennych hawl i gael copi o’r wybodaeth bersonol sydd gennym amdanoch chi.\n');
    expect(tree.blocks.map(blockText)).not.toContain('start content');
    expect(tree.blocks.map(blockText)).not.toContain('Yn ôl i’r brig');
    expect(headings(tree.blocks)).toEqual(['Hysbysiad Preifatrwydd Panel Heddlu a Throsedd Gogledd Cymru', 'Eich hawliau gwybodaeth']);
  });

  it('drops a breadcrumb trail flattened onto one line, from the home page (after the language switch) to the title the next line shows (nwpcp.org.uk/cy/Home/Privacy-Notice.aspx)', () => {
    expect(title('cy Cartref Hysbysiad Preifatrwydd\n\nHysbysiad Preifatrwydd\n\nMae’r hysbysiad preifatrwydd hwn yn ymwneud â phrosesu data personol gan Banel Heddlu a Throsedd Gogledd Cymru.\n\nPwrpas prosesu\n\nMae Panel yr Heddlu a Throsedd yn prosesu gwybodaeth bersonol er mwyn perfformio ei swyddogaethau statudol.\n')).toBe('Hysbysiad Preifatrwydd');
    expect(title('Home > About us > Privacy notice\n\nPrivacy notice\n\nThis notice explains how the council uses the personal information it holds about you and your family.\n\nYour rights\n\nYou have the right to ask for a copy of the information we hold about you.\n')).toBe('Privacy notice');
  });

  it('reads the last crumb of a "You are here:" / "Yr ydych yma:" breadcrumb as the title when the page shows no other (cyngortrefcriccieth.org.uk/cy/datganiad-preifatrwydd.html)', () => {
    expect(title('Yr ydych yma: Datganiad Preifatrwydd\nMae’r rhybudd preifatrwydd yma yn dweud wrthoch beth i’w ddisgwyl pan mae Cyngor Tref Criccieth yn casglu gwybodaeth bersonol\nRydym yn defnyddio trydydd parti i weinyddu’n safle we ac yn casglu gwybodaeth ddienw am weithgaredd defnyddwyr o’r safle.\n')).toBe('Datganiad Preifatrwydd');
    expect(title('You are here: Home > Your council > Privacy notice\n\nThis notice explains how the council uses the personal information it holds about you and your family.\n\nYour rights\n\nYou have the right to ask for a copy of the information we hold about you.\n')).toBe('Privacy notice');
  });

  it('drops the breadcrumb when a title follows it, as before (a heading after the trail is the page\'s title)', () => {
    expect(title('You are currently in: Privacy Notices\n\nHow long do we keep your personal information?\n\nFor each service the schedule lists how long your information may be kept for, from months to decades.\n')).toBe('How long do we keep your personal information?');
  });

  it('drops the site\'s cookie banner sentence alone before a short title (visitdenbigh.co.uk/cymraeg/cwcis.html), and so keeps "1. Cyflwyniad" a heading', () => {
    const tree = textToTree('This site uses cookies that store non-personal information to help us improve our site.\n\nPolisi cwcis\n\n1. Cyflwyniad\n\nMae ein gwefan yn defnyddio cwcis.\n\nByddwn yn gofyn i chi gytuno i’n defnydd o gwcis yn unol â thelerau’r polisi hwn pan fyddwch yn ymweld â’n gwefan am y tro cyntaf.\n\n2. Ynglyn â chwcis\n\nCwci yw ffeil sy’n cynnwys dynodydd (cyfres o lythrennau a rhifau) a anfonir gan weinydd gwe at borwr gwe.\n');
    expect(levels(tree.blocks)).toEqual(['1 Polisi cwcis', '2 1. Cyflwyniad', '2 2. Ynglyn â chwcis']);
    expect(title('Mae’r wefan hon yn defnyddio cwcis i wella eich profiad.\n\nPolisi cwcis\n\nCyflwyniad\n\nMae ein gwefan yn defnyddio cwcis i gofio eich dewisiadau ac i ddeall sut mae pobl yn ei defnyddio.\n')).toBe('Polisi cwcis');
  });

  it('keeps a cookie page\'s own opening sentence when no title follows it (leedscil.org.uk/cookies)', () => {
    const tree = textToTree('Our site uses cookies to distinguish you from other users of our site. This helps us to provide you with a good experience when you browse our site.\n\nA cookie is a small file of letters and numbers that we store on your browser or the hard drive of your computer if you agree.\n');
    expect(blockText(tree.blocks[0]!)).toMatch(/^Our site uses cookies/);
  });
});

describe('headings a rule did not read', () => {
  // https://cyngortrefcriccieth.org.uk/cy/datganiad-preifatrwydd.html
  const criccieth = 'Datganiad Preifatrwydd\nMae’r rhybudd preifatrwydd yma yn dweud wrthoch beth i’w ddisgwyl pan mae Cyngor Tref Criccieth yn casglu gwybodaeth bersonol\n1. Mae’n gymwys ar gyfer gwybodaeth rydym yn gasglu:\na. Os byddwch yn ymweld â’n safle we\nRydym yn defnyddio trydydd parti i weinyddu’n safle we ac yn casglu gwybodaeth ddienw am weithgaredd defnyddwyr o’r safle.\nb. Pan fyddwch yn cysylltu gyda ni drwy e-bost, drwy lythyr neu ar y ffôn oherwydd gwasanaethau neu gyfleusterau\nMae’r manylion rydych yn cyflwyno (manylion personol fel enw, cyfeiriad, e-bost, rhif ffôn) yn cael ei brosesi a’i storio er mwyn i ni fedru cysylltu gyda chi.\nc. Os byddwch yn cyflwyno cwyn i ni\nPan fyddwn yn derbyn cwyn oddi wrth unigolyn byddwn yn gwneud ffeil sy’n cynnwys manylion o’r gwyn.\n';

  it('reads lettered lines over paragraphs, a., b., c. under a numbered line, as its subheadings', () => {
    expect(levels(textToTree(criccieth).blocks)).toEqual([
      '1 Datganiad Preifatrwydd',
      '2 1. Mae’n gymwys ar gyfer gwybodaeth rydym yn gasglu:',
      '3 a. Os byddwch yn ymweld â’n safle we',
      '3 b. Pan fyddwch yn cysylltu gyda ni drwy e-bost, drwy lythyr neu ar y ffôn oherwydd gwasanaethau neu gyfleusterau',
      '3 c. Os byddwch yn cyflwyno cwyn i ni',
    ]);
  });

  it('the same in capitals ("A." … "C.")', () => {
    const upper = criccieth.split('\n').map((l) => (/^(?:\d|[a-c])\. /.test(l) ? l.toUpperCase() : l)).join('\n');
    expect(headings(textToTree(upper).blocks)).toHaveLength(4);
  });

  it('leaves a lettered list alone: items one after another, or sentences', () => {
    const tree = textToTree('Your rights\n\n1. You have these rights:\na. to be informed\nb. to access your data\nc. to have it corrected\n\nPlease write to us to use any of them, giving your name and your address.\n');
    expect(headings(tree.blocks)).toEqual([]);
  });

  it('a line that the contents list straight under it starts with heads the first section (nwpcp.org.uk/cy/Home/Privacy-Notice.aspx), numbered too', () => {
    const text = 'Hysbysiad Preifatrwydd\n\nMae’r hysbysiad preifatrwydd yn cynnwys:\n\nPwrpas prosesu\n\n  – Pwrpas prosesu\n  – Gwybodaeth bersonol a gesglir a sail gyfreithiol\n  – Gyda phwy y gallwn rannu eich gwybodaeth\n  – Am ba hyd y byddwn yn cadw eich gwybodaeth\n\nMae Panel yr Heddlu a Throsedd yn prosesu gwybodaeth bersonol er mwyn perfformio ei swyddogaethau statudol yn cynnwys:\n\n  – prosesu cwynion yn erbyn Comisiynydd yr Heddlu a Throsedd\n\nGwybodaeth bersonol a gesglir a sail gyfreithiol\n\nMae’r Panel yn prosesu gwybodaeth bersonol sy’n berthnasol i achosion unigol, a all gynnwys y data personol canlynol:\n';
    expect(headings(textToTree(text).blocks)).toEqual(['Pwrpas prosesu', 'Gwybodaeth bersonol a gesglir a sail gyfreithiol']);
    expect(headings(textToTree(text.replace('\nPwrpas prosesu\n\n', '\n1. Pwrpas prosesu\n\n')).blocks)).toContain('1. Pwrpas prosesu');
  });

  it('a heading whose words are set off by a pair of dashes (ladywood.bolton.sch.uk/privacy-notice), numbered too, over a list\'s intro', () => {
    const text = 'Privacy Notice\n\nThe categories of pupil information that we collect, hold and share include:\n\n• Personal information (such as name, unique pupil number and address)\n• Photographs\n\nWhy - we collect and use pupil information -\n\nWe use the pupil data:\n\n• to support pupil learning\n• to monitor and report on pupil progress\n\nThe lawful basis on which we use this information\n\nWe collect and use pupil information to enable us to run the school and provide education as permitted under Article 6.\n';
    expect(headings(textToTree(text).blocks)).toEqual(['Why - we collect and use pupil information -', 'The lawful basis on which we use this information']);
    expect(headings(textToTree(text.replace('\nWhy - we', '\n1. Why - we')).blocks)).toContain('1. Why - we collect and use pupil information -');
    // A line that runs on after a dash that opens nothing is no heading.
    expect(headings(textToTree(text.replace('Why - we collect and use pupil information -', 'Why we collect and use pupil information -')).blocks)).toEqual(['The lawful basis on which we use this information']);
  });

  // https://www.slab.org.uk/site-pages/privacy-policies/
  const slab = 'Privacy policies\n\nThis privacy policy explains how we use any personal information we collect about you and your rights as an individual.\n\nWhat information do we collect about you?\n\n  • Opponents, witnesses and referees\n\n    Your personal information will be used for the purposes of administering Legal Aid and for, communicating the status of Legal Aid applications, where you are named as an opponent.\n\n    • Basic details such as name, address, relationship status, date of birth, phone number and email address.\n  • Suppliers and service providers\n\n    If you are part of our supply chain, we will process\n';

  it('accordion panels\' titles copied as bullets, each panel\'s text indented under its title, are headings under the heading above them', () => {
    expect(levels(textToTree(slab).blocks)).toEqual(['1 Privacy policies', '2 What information do we collect about you?', '3 Opponents, witnesses and referees', '3 Suppliers and service providers']);
  });

  it('a numbered question over those bullets is a heading too', () => {
    expect(headings(textToTree(slab.replace('\nWhat information', '\n1. What information')).blocks)).toContain('1. What information do we collect about you?');
  });

  it('leaves the items of a list its intro announces as items, each with its explanation indented under it', () => {
    const tree = textToTree('Privacy policy\n\nWe use your personal information for the purposes set out in this policy, which include:\n\n  • To provide support\n\n    We support people affected by cancer in a number of ways, including via our support line.\n\n  • Marketing\n\n    We will only send you emails and text messages where you have consented to this.\n');
    expect(headings(tree.blocks)).toEqual([]);
  });

  it('a "1." heading whose first subsection, "1.1", comes after its own body (stcuthbertshospice.com/privacy-policy)', () => {
    const tree = textToTree('Privacy Notice\n\n1. What type of information we have and why we have it\n\nWhen reading this document and we mention St Cuthbert’s Hospice this relates to both St Cuthbert’s Hospice Limited and its lottery.\n\nIn this statement we will tell you:\n\n  • why we are able to process your information\n  • who we share it with\n\n1.1 Why we collect your data\nMost of the personal information we process is provided to us directly by you for one of the following reasons:\n');
    expect(headings(tree.blocks)).toEqual(['1. What type of information we have and why we have it', '1.1 Why we collect your data']);
  });

  it('a numbered heading straight after a sentence that ends in its full stop, with no blank line (visitdenbigh.co.uk/cymraeg/cwcis.html)', () => {
    const tree = textToTree('Polisi cwcis\n1. Cyflwyniad\nMae ein gwefan yn defnyddio cwcis i gofio eich dewisiadau ac i ddeall sut mae pobl yn defnyddio’r wefan.\n\nMae polisi preifatrwydd darparwr ein gwasanaeth dadansoddi ar gael ar: http://www.google.com/policies/privacy/.\n2. Gwrthod derbyn cwcis\nMae’r rhan fwyaf o borwyr yn eich galluogi i wrthod derby\n');
    expect(headings(tree.blocks)).toEqual(['1. Cyflwyniad', '2. Gwrthod derbyn cwcis']);
  });
});

describe('lines that are not headings', () => {
  // https://bield.co.uk/cookie-policy
  const bield = 'About Cookies\n\nCookies are small text files that are placed on your computer by websites that you visit.\n\n2. What Cookies we use and how you can manage them\n\nCookie\n\nName\n\nWhat they are used for\n\nHow they can be managed\n\nGoogle Analytics\n\n_gid\n_ga\n_gat\n\n· Collect information in an anonymous form, e.g. site visitor numbers.\n\n· To manage your Google Analytics tracking settings, visit the Google website.\n\n1P_JAR\n\n· Used to gather website statistics, and track conversion rates.\n\nCONSENT\n\n· Stores the users cookie consent state for the current domain.\n\nHSID\n\n· A security cookie to authenticate users, prevent fraudulent use of login credentials and protect user data from unauthorised parties.\n\nNID\n\n· Contains a unique ID that Google uses to remember your preferences.\n\nSSID\n\n· SSID cookies are stored on the computer in o\n';

  it('a cookie table\'s header copied one cell a line, and the first row\'s first cell under it', () => {
    const found = headings(textToTree(bield).blocks);
    for (const cell of ['Cookie', 'Name', 'What they are used for', 'How they can be managed', 'Google Analytics']) expect(found).not.toContain(cell);
  });

  it('the same header in Welsh', () => {
    const found = headings(textToTree('Polisi cwcis\n\nCwcis rydym yn eu defnyddio\n\nCwci\n\nEnw\n\nBeth maen nhw’n ei wneud\n\nSut i’w rheoli\n\nGoogle Analytics\n\n_gid\n_ga\n\n· Casglu gwybodaeth yn ddienw, e.e. nifer yr ymwelwyr â’r safle a’r tudalennau a welwyd.\n').blocks);
    expect(found).toEqual(['Cwcis rydym yn eu defnyddio']);
  });

  it('cookie names alone on their lines, each over what it does', () => {
    expect(headings(textToTree(bield).blocks)).toEqual(['2. What Cookies we use and how you can manage them']);
  });

  it('keeps one-word headings in capitals over their sections, where no name has an identifier\'s marks', () => {
    const tree = textToTree('PRIVACY NOTICE\n\nINTRODUCTION\n\nThis notice says how the school uses the information it holds about pupils and their families.\n\nCOOKIES\n\nOur website uses a few cookies to remember your settings and to count visits.\n\nCONTACT\n\nWrite to the school office if you have a question about this notice.\n');
    expect(headings(tree.blocks)).toEqual(['INTRODUCTION', 'COOKIES', 'CONTACT']);
  });

  it('a header joined by spaces with a two-word column ("Expiry period"), read as the table over its rows; "Used by" before the expiry is the provider (leedscil.org.uk/cookies)', () => {
    const tree = textToTree('You can find more information about the individual cookies we use and the purposes for which we use them in the table below:\n\nName Purpose Used by Expiry period\n_utma Stores the number of visits of a user, the time of their first visit, the previous visit and the current visit. It does not contain any personal information and is used on for analytical purposes. Google Analytics 2 years\n_utmz This performance cookie stores where a user came from (e.g\n');
    expect(headings(tree.blocks)).toEqual([]);
    const [t] = tables(tree.blocks);
    expect(t!.head).toEqual(['Name', 'Purpose', 'Used by', 'Expiry period']);
    expect(t!.rows[0]!.slice(2)).toEqual(['Google Analytics', '2 years']);
    expect(t!.rows.map((r) => r[0])).toEqual(['_utma', '_utmz']);
  });

  it('a link\'s words that end the line ("For a pdf copy click here", humber.nhs.uk/data-protection.htm)', () => {
    const tree = textToTree('Privacy notice for patients\n\nPlease see the Supplementary Privacy Notice for information about how we may use your information during the outbreak.\n\nFor a pdf copy click here\n\nHumber Teaching NHS Foundation Trust collects, stores and uses large amounts of personal data every day, such as medical records.\n\nAm gopi PDF cliciwch yma\n\nMae’r Ymddiriedolaeth yn casglu, yn storio ac yn defnyddio llawer o ddata personol bob dydd, megis cofnodion meddygol.\n');
    expect(headings(tree.blocks)).toEqual([]);
  });

  it('a field whose value is an address ending in its postcode (stcuthbertshospice.com/privacy-policy)', () => {
    const tree = textToTree('Privacy Notice\n\nRegistered Charity No: 519767\nCompany Registration No: 2208426\nGambling Operations Number 000/005230/N/30378110004\nVAT Number: 997 3057 70\nRegistered Offices: St Cuthbert’s Hospice, Park House Road, Durham, DH1 3QF\n\nSt Cuthbert’s Hospice is registered with the Information Commissioner in the UK (Registered No: Z22126399) and is legally bound to comply with the requirements of\nthe Data Protection Act 1998.\n\nWhat type of information we have and why we have it\n\nWhen reading this document and we mention St Cuthbert’s Hospice this relates to both of its companies.\n');
    expect(headings(tree.blocks)).toEqual(['What type of information we have and why we have it']);
  });
});

describe('the batch\'s titles through the whole importer', () => {
  it('gives each page\'s own title, not the file name', async () => {
    const result = await importNotice('datganiad.txt', new TextEncoder().encode('Yr ydych yma: Datganiad Preifatrwydd\nMae’r rhybudd preifatrwydd yma yn dweud wrthoch beth i’w ddisgwyl pan mae Cyngor Tref Criccieth yn casglu gwybodaeth bersonol\n1. Mae’n gymwys ar gyfer gwybodaeth rydym yn gasglu:\na. Os byddwch yn ymweld â’n safle we\nRydym yn defnyddio trydydd parti i weinyddu’n safle we ac yn casglu gwybodaeth ddienw am weithgaredd defnyddwyr.\nb. Os byddwch yn cyflwyno cwyn i ni\nPan fyddwn yn derbyn cwyn oddi wrth unigolyn byddwn yn gwneud ffeil sy’n cynnwys manylion o’r gwyn.\n'), { today: new Date('2026-12-06') });
    expect(result.config.notice.title).toBe('Datganiad Preifatrwydd');
    expect(result.config.notice.sections.map((s) => s.heading)).toEqual(['1. Mae’n gymwys ar gyfer gwybodaeth rydym yn gasglu:']);
  });
});
