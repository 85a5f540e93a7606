/**
 * Classes from round thirteen's corpus half (batch 16z60: English, Welsh, Scottish and Northern Irish text copies and
 * originals from repositories, keyed blind). Each test uses the shape of a real notice and names it.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../../../src/import/import-notice.js';
import { htmlToTree } from '../../../src/import/readers/html.js';
import { textToTree } from '../../../src/import/readers/text.js';
import { headings, title } from '../support/blocks.js';

const load = (text: string, name = 'notice.txt') => importNotice(name, new TextEncoder().encode(text), { today: new Date('2026-12-07') });
const familyOf = async (family: string, text: string, name?: string) => [...new Set((await load(text, name)).found.filter((f) => f.family === family).map((f) => f.value))];
const sectionHeadings = async (text: string, name?: string) => (await load(text, name)).config.notice.sections.map((s) => s.heading);

describe('structure', () => {
  it('reads a Thymeleaf layout\'s <page> and <content>, elements HTML does not define, as containers (Civil Service Learning)', () => {
    const page = '<page th:replace="~{fragments/user-layout :: page(~{::title},~{::content})}">\n<title>Privacy</title>\n<content>\n<div class="container"><div class="grid-row"><div class="column-two-thirds">\n<h1 class="heading-xlarge">Privacy notice for Civil Service Learning</h1>\n<p>This notice sets out how we use your personal data, and your rights.</p>\n<h2 class="heading-medium">Your data </h2>\n<p>For Learning, we process the following personal data.</p>\n<h3 class="heading-small">Purpose</h3>\n<p>We process your personal data to provide a platform for learning services.</p>\n</div></div></div>\n</content>\n</page>\n';
    const tree = htmlToTree(page);
    expect(title(tree.blocks)).toBe('Privacy notice for Civil Service Learning');
    expect(headings(tree.blocks)).toEqual(['Your data', 'Purpose']);
  });

  it('never takes a bold line inside an address (<br> lines) for a heading (St George\'s, University of London: the DPO\'s block)', async () => {
    const sgul = '<h2>Privacy</h2><p>PACE-UP Next Steps is hosted at St George&#8217;s, University of London (SGUL).</p><p>Queries and requests relating to Data Protection should be directed to:</p><address><strong>Claire Morrissey</strong><br><strong>Data Protection Officer</strong><br>St George\'s, University of London<br>Cranmer Terrace<br>Tooting<br>LONDON SW17 0RE<br>Telephone: 020 8725 0668<br>Email: dataprotection@sgul.ac.uk</address>';
    const result = await load(sgul, 'privacy.html');
    expect(result.config.notice.sections.map((s) => s.heading)).not.toContain('Data Protection Officer');
    expect(result.config.notice.contacts.some((c) => c.role === 'dpo' && c.emails?.includes('dataprotection@sgul.ac.uk'))).toBe(true);
  });

  it('never takes "Our Data Protection Officer is <name> who can be contacted on", its link lost, for a heading (Loretto Housing)', async () => {
    const loretto = 'Privacy notice - FOI and Environmental Information\n\nLoretto will be the "data controller" of the personal information that you provide to us.\n\nOur Data Protection Officer is Ranald Brown who can be contacted on\n\nWhat we need\n\nThe personal information we require from you to process your request for information includes your full name and your contact details.\n';
    expect(await sectionHeadings(loretto)).toEqual(['What we need']);
  });

  it('takes a first line that names the notice and then what it is for as the title, however long (Cardiff University\'s Welsh research-pool notice)', () => {
    const cardiff = 'Hysbysiad diogelu data ar gyfer cronfeydd o ddefnyddwyr y wefan at ddibenion ymchwil\n\nBydd gan Brifysgol Caerdydd restr o unigolion sy’n fodlon sôn am eu profiad o ddarpariaeth ddigidol y Brifysgol. Mae’r hysbysiad preifatrwydd yn nodi sut caiff eich data personol ei ddefnyddio.\n\nRheolwr y data\n\nPrifysgol Caerdydd fydd yn rheoli’r data personol a roddwch, felly mae\'n gyfrifol yn gyfreithiol am brosesu eich data personol.\n';
    expect(title(textToTree(cardiff).blocks)).toBe('Hysbysiad diogelu data ar gyfer cronfeydd o ddefnyddwyr y wefan at ddibenion ymchwil');
  });
});

describe('the controller', () => {
  it('reads "As the \'data controller\' for the personal information … we hold about you, X decides …" (South Ayrshire Council), not the service the title names', async () => {
    const ayrshire = 'Health & Social Care Partnership Community Care Services privacy notice\nRead the privacy notice for Health & Social Care Partnership Community Care Services\nWhen you are referred to Community Care services in South Ayrshire you will need to provide us with some personal data or information.\nAs the \'data controller\' for the personal information - or data - we hold about you, South Ayrshire Council decides how your personal information is used/ processed, and what it is used for.\nYour personal data - what is it?\nPersonal data is information relating to a living person who can be identified from that data.\n';
    expect(await familyOf('controller', ayrshire)).toEqual(['South Ayrshire Council']);
  });

  it('never takes the patients a subtitle names for a body, and reads "X is an independent dental practice" (London Road Dental Practice)', async () => {
    const dental = 'Data Protection Privacy Notice for Patients\nPatient Privacy Notice\n(Private & NHS Dental Patients)\nAtkinson & Ooi Ltd T/A London Road Dental Practice is an independent dental practice providing a range of dental treatments on a private and NHS basis. Our practice team work together to ensure our patient’s data is protected.\nThis privacy notice outlines how we handle patient information according to the UK GDPR.\nCollecting Your Personal Data\nThe majority of your personal data we process is collected directly from you when you attend the practice in person.\n';
    expect(await familyOf('controller', dental)).toEqual(['Atkinson & Ooi Ltd']);
    // (Without the sentence naming the practice, the subtitle alone names no body.)
    const unnamed = dental.replace(/Atkinson & Ooi Ltd T\/A London Road Dental Practice is an independent dental practice providing a range of dental treatments on a private and NHS basis\. /, '');
    expect(await familyOf('controller', unnamed)).toEqual([]);
  });
});

describe('lawful bases', () => {
  it('reads the basis a "Why we need …" heading gives after its dash (Loretto Housing: "– legitimate interest")', async () => {
    const loretto = 'Privacy notice - FOI\n\nWhat we need\n\nThe personal information we require from you includes your full name and your contact details.\n\nWhy we need your personal information – legitimate interest\n\nWe are not listed as a public body under the Freedom of Information (Scotland) Act 2002 although we do act in the spirit of the Act.\n';
    expect(await familyOf('art6', loretto)).toEqual(['f']);
  });

  it('reads information "used under statutory powers" as public task (Shropshire Fire and Rescue Service\'s emergency calls)', async () => {
    const fire = 'Privacy notice\n\nEmergency calls\n\nInformation relating to emergency incidents is used under statutory powers to manage and record incidents and investigate if necessary. We may collect medical information to support the ambulance service in providing care to you.\n';
    expect(await familyOf('art6', fire)).toEqual(['e']);
  });
});

describe('special category conditions', () => {
  it('reads Schedule 1 paragraph 8 quoted in the Act\'s words, the intro saying "sensitive" in a paragraph of its own (Civil Service Learning)', async () => {
    const csl = '<h1>Privacy notice</h1><h3>Legal basis of processing</h3><p>The legal basis for processing your sensitive personal data relating to diversity characteristics is -</p><p>"processing is of a specific category of personal data and it is necessary for the purposes of identifying or keeping under review the existence or absence of equality of opportunity or treatment between groups of people"</p>';
    expect(await familyOf('art9', csl, 'privacy.html')).toContain('sch1:8');
  });
});

describe('retention', () => {
  it('reads Welsh "Tan eich bod yn dewis dileu eich cyfrif, caiff eich manylion eu cadw" (until you choose to delete your account) (the All Wales Convention)', async () => {
    const convention = 'Polisi preifatrwydd\n\nCofrestru\n\nCaiff yr wybodaeth hon ei storio’n ddiogel ar ein cronfeydd data.  Tan eich bod yn dewis dileu eich cyfrif, caiff eich manylion eu cadw’n ddiogel fel nad oes rhaid ichi ailgofrestru os ydych chi’n dychwelyd i’r safle hwn.\n';
    expect(await familyOf('retention', convention)).toEqual(['criteria']);
  });

  it('does not take the first paragraph under a heading that names keeping beside collecting as how long data is kept (Loretto Housing)', async () => {
    const loretto = 'Privacy notice\n\nWho we are\n\nLoretto will be the data controller of the personal information that you provide to us.\n\nCollecting and retaining personal information\n\nThe personal information we require from you to process your request includes your full name and your contact details.\n';
    expect(await familyOf('retention', loretto)).toEqual([]);
  });
});

describe('rights', () => {
  it('reads "the right to request information about how your personal data is processed, and to request a copy" as access, not the right to be informed (GOV.UK\'s template)', async () => {
    const govuk = 'Privacy notice\n\nYour rights\n\nYou have the right to request information about how your personal data is processed, and to request a copy of that personal data.\n\nYou have the right to request that any inaccuracies in your personal data are rectified without delay.\n';
    expect(await familyOf('rights', govuk)).toEqual(expect.arrayContaining(['access', 'rectification']));
    expect(await familyOf('rights', govuk)).not.toContain('informed');
  });
});
