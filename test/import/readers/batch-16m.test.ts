/**
 * Structure misses of batch 16m (issue 16: fifteen unseen notices, test/fixtures/import-corpus/,
 * "batch": "16m" in answers.json), fixed by class: one test a class of copy-paste shape, each with
 * the real lines that showed it and their address, the other language's form, and where it helps a
 * line of another shape the class must not take. The fix is the class, never the page.
 */
import { describe, expect, it } from 'vitest';
import { blockText, type DocBlock } from '../../../src/import/doc-tree.js';
import { looksLikeHeading, textToTree } from '../../../src/import/readers/text.js';

const headings = (blocks: DocBlock[]) => blocks.filter((b) => b.kind === 'heading' && b.level > 1).map(blockText);
const tables = (blocks: DocBlock[]) => blocks.filter((b) => b.kind === 'table').length;

describe('headings a rule did not read', () => {
  it('a product\'s name over the table of its cookies heads it, after a list\'s intro too: no line of an address, no item that lost its bullet (commissionondevolutioninwales.independent.gov.uk/about/cookies/)', () => {
    const tree = textToTree('We don’t use these to identify you personally; and at all times, you have control over your browser or device’s use of cookies.\nOur site uses the following cookies:\nGoogle Analytics\n| Cookie name | Expires |\n|---|---|\n| _utma | 2 years |\n| _utmb | 30 mins |\n| _utmc | session |\n| _utmz | 6 months |\nWe use Google Analytics to collect information about how people use this site. We do this to make sure it’s meeting its users’ needs and to understand how we could do it better.\nWPML\n| Cookie name | Expires |\n|---|---|\n| _icl_current_language | 24 hours |\nWe use an off-the-shelf product called WPML to manage content in multiple languages.\nBad Behavior\n| Cookie name | Expires |\n|---|---|\n| bb2_screener_ | Session |\nTo block the automated submission of ‘spam’ comments, we use an off-the-shelf plugin called Bad Behavior.\n');
    expect(headings(tree.blocks)).toEqual(['Google Analytics', 'WPML', 'Bad Behavior']);
    expect(tables(tree.blocks)).toBe(3);
    const welsh = textToTree('Nid ydym yn defnyddio’r rhain i’ch adnabod chi’n bersonol, a gallwch reoli’r cwcis drwy osodiadau eich porwr bob amser.\nMae ein gwefan yn defnyddio’r cwcis canlynol:\nGoogle Analytics\n| Enw’r cwci | Dod i ben |\n|---|---|\n| _ga | 2 flynedd |\n| _gid | 24 awr |\nRydym yn defnyddio Google Analytics i gasglu gwybodaeth am sut mae pobl yn defnyddio’r wefan hon er mwyn ei gwella.\n');
    expect(headings(welsh.blocks)).toEqual(['Google Analytics']);
  });

  it('a product\'s name over its table after a paragraph (parolecomni.org.uk/node/64)', () => {
    const tree = textToTree('Measuring website usage\nWe use Google Analytics to collect information about how people use our website. We do this to make sure it’s meeting people\'s needs and to understand how we could meet those needs better.\nWe do not allow Google to use or share any information we collect with other third parties.\nGoogle Analytics\nName of cookie | Typical content | Expires |\n---|---|---|\n_ga | randomly generated number | when you close your browser |\n_gat | randomly generated number | 10 minutes |\nService availability\nWe use cookies which help improve service availability and security across this website.\n');
    expect(headings(tree.blocks)).toEqual(['Google Analytics', 'Service availability']);
  });

  it('leaves a caption flush on its table\'s header, in a text with blank lines, a caption (GOV.UK\'s "Universal Analytics" over "Enw Diben Dod i ben")', () => {
    const tree = textToTree('Mesur defnydd o’r wefan (Google Analytics)\n\nRydym yn defnyddio meddalwedd Google Analytics i gasglu gwybodaeth am sut rydych yn defnyddio’r wefan hon.\n\nMae Google Analytics yn gosod y cwcis canlynol:\n\nUniversal Analytics\nEnw Diben Dod i ben\n_ga Mae hyn yn ein helpu i gyfrif sawl person sydd wedi ymweld â’n gwefan 2 flynedd\n_gid Fe’i defnyddir i adnabod defnyddwyr 1 diwrnod\n\nSesiynau\n\nMae cwci yn cael ei osod i gofnodi eich sesiwn ac i gadw eich cynnydd rhwng tudalennau’r gwasanaeth.\n');
    expect(headings(tree.blocks)).not.toContain('Universal Analytics');
  });

  it('a heading written with a colon over a heading and its paragraph (talbotmedicalcentre.co.uk/about-section/practice-policies/privacy-notice)', () => {
    const tree = textToTree('Privacy notice\n\nAs data controllers, GPs have fair processing responsibilities under the Data Protection Act 2018 and the General Data Protection Regulation (GDPR).\n\nPrivacy Notice:\n\nTier One – Overview of information held and shared\n\nThis Privacy Notice explains and describes how this GP Practice uses and manages the information it holds about its patients, service users and staff.\n');
    expect(headings(tree.blocks)).toEqual(['Privacy Notice:', 'Tier One – Overview of information held and shared']);
    const welsh = textToTree('Hysbysiad preifatrwydd\n\nFel rheolwyr data, mae gan feddygon teulu gyfrifoldebau prosesu teg o dan Ddeddf Diogelu Data 2018 a GDPR y DU.\n\nHysbysiad Preifatrwydd:\n\nHaen Un – Trosolwg o’r wybodaeth a gedwir ac a rennir\n\nMae’r Hysbysiad Preifatrwydd hwn yn egluro sut mae’r Practis yn defnyddio ac yn rheoli’r wybodaeth sydd ganddo am ei gleifion.\n');
    expect(headings(welsh.blocks)).toEqual(['Hysbysiad Preifatrwydd:', 'Haen Un – Trosolwg o’r wybodaeth a gedwir ac a rennir']);
    // A sentence's subject and verb with a colon is a list's intro, never such a heading.
    const intro = textToTree('Hysbysiad Preifatrwydd\n\nMae’r ysgol yn casglu gwybodaeth am ddisgyblion a’u gwarcheidwaid er mwyn cyflawni ei dyletswyddau.\n\nRydym yn defnyddio’r data Gwarcheidwad:\n\nY sail gyfreithlon i ni ddefnyddio’r wybodaeth yma\n\nRydym ni’n casglu ac yn defnyddio gwybodaeth myfyriwr o dan Adran 537A Deddf Addysg 1996 ac Erthygl 6 a 9.\n');
    expect(headings(intro.blocks)).toEqual(['Y sail gyfreithlon i ni ddefnyddio’r wybodaeth yma']);
  });

  it('the contact details\' heading written with a colon over the contact block (talbotmedicalcentre.co.uk/about-section/practice-policies/privacy-notice)', () => {
    const tree = textToTree('Privacy notice\n\nThis Privacy Notice explains and describes how this GP Practice uses and manages the information it holds about its patients, service users and staff.\n\nOur contact details:\n\nTalbot Medical Centre\n63 Kinson Road, Bournemouth, BH10 4BX\n\nPhone number(01202) 636400\n\nEmail: admin.talbot@nhs.net\n\nWhat type of personal information do we hold about our patients?\n\nWe collect and process the following information about our patients:\n\n  • identity details – name, gender, date of birth, NHS Number;\n');
    expect(headings(tree.blocks)).toEqual(['Our contact details:', 'What type of personal information do we hold about our patients?']);
    const welsh = textToTree('Hysbysiad preifatrwydd\n\nMae’r Hysbysiad Preifatrwydd hwn yn egluro sut mae’r Practis yn defnyddio ac yn rheoli’r wybodaeth sydd ganddo am ei gleifion.\n\nManylion cyswllt:\n\nCanolfan Feddygol y Dref\n12 Stryd Fawr, Caerfyrddin, SA31 1AA\n\nE-bost: practis@wales.nhs.uk\n\nPa wybodaeth bersonol ydym yn ei chadw?\n\nRydym yn casglu ac yn prosesu’r wybodaeth ganlynol am ein cleifion:\n\n  • manylion adnabod – enw, dyddiad geni, rhif GIG;\n');
    expect(headings(welsh.blocks)).toEqual(['Manylion cyswllt:', 'Pa wybodaeth bersonol ydym yn ei chadw?']);
    // Flush on its block, with no blank line, the same.
    const flush = textToTree('Privacy notice\n\nThis Privacy Notice explains and describes how this GP Practice uses and manages the information it holds about its patients, service users and staff.\nOur contact details:\nTalbot Medical Centre\n63 Kinson Road, Bournemouth, BH10 4BX\nEmail: admin.talbot@nhs.net\n\nWhat type of personal information do we hold about our patients?\n\nWe collect and process the following information about our patients, from you and from the other services that care for you.\n');
    expect(headings(flush.blocks)).toEqual(['Our contact details:', 'What type of personal information do we hold about our patients?']);
    // A lead-in naming whose details they are is a line of its section (powys.gov.uk: "Contact details for the council:").
    const lead = textToTree('Housing Services Privacy Notice\n\nWho is the controller?\n\nPowys County Council is the controller for the purposes of data protection law and determines the purpose of the processing.\n\nContact details for the council:\n\nPowys County Hall\nSpa Road East\nLlandrindod Wells\nLD1 5LG\n\nEmail: customerservices@powys.gov.uk\n');
    expect(headings(lead.blocks)).toEqual(['Who is the controller?']);
    // Straight under a heading, it is that section's label for its block (oscr.org.uk: "Privacy Policy and a GDPR Guide for Users" / "Contact details:").
    const label = textToTree('Privacy, GDPR and Data Protection\n\nCharity law is changing and this page tells you what to expect when we collect personal information about you.\n\nPrivacy Policy and a GDPR Guide for Users\n\nContact details:\n\nData Controller - The Scottish Charity Regulator\nData Protection Officer - Mandy Downie tel: 0131 376 3605\n\nEmail: info@oscr.org.uk\n\n1. Introduction\n\nThe Scottish Charity Regulator is a Non-Ministerial Department of the Scottish Government and this guide tells you what to expect.\n');
    expect(headings(label.blocks)).not.toContain('Contact details:');
  });
});

describe('lines that are not headings', () => {
  it('a role\'s field naming its holder and their post (talbotmedicalcentre.co.uk/about-section/practice-policies/privacy-notice)', () => {
    for (const line of ['Data Protection Officer: Judith Young, Practice Manager', 'Caldicott Guardian – Dr Ann Smith, GP Partner', 'Swyddog Diogelu Data: Sian Jones, Rheolwr y Practis']) expect(looksLikeHeading(line), line).toBe(false);
    for (const line of ['Data Protection Officer', 'Privacy Notice – Law Enforcement', 'Swyddog Diogelu Data']) expect(looksLikeHeading(line), line).toBe(true);
  });

  it('an imperative sending the reader to a website, its link lost (hull.gov.uk/help/privacy-notices/privacy-notice)', () => {
    const tree = textToTree('Privacy notice\n\nWe are registered as a data controller under the Data Protection Act 1998 as we collect and process personal information about you. Our registration number is Z6005621.\n\nVisit the Information Commissioner Office website to access our data protection notification\n\nThis notice explains how we use and share your information to provide services to you.\n\nHow we collect your personal information\n\nPersonal information may be collected by phone, by email, in person or through our website when you ask us for a service.\n');
    expect(headings(tree.blocks)).toEqual(['How we collect your personal information']);
    for (const line of ['Visit the Information Commissioner Office website to access our data protection notification', 'Go to www.ico.org.uk to read our registration', 'Ewch i wefan Swyddfa’r Comisiynydd Gwybodaeth i weld ein cofrestriad', 'Ymwelwch â gwefan y Comisiynydd Gwybodaeth']) expect(looksLikeHeading(line), line).toBe(false);
    for (const line of ['Visitors to our website', 'Visit Denbigh', 'Ymwelwyr â’n gwefan']) expect(looksLikeHeading(line), line).toBe(true);
  });
});

describe('the same headings in other shapes', () => {
  it('a long question keeps its heading when numbered: its number is no word of it (olderpeoplewales.com/wl/about/our-policies/privacy-notice.aspx)', () => {
    const tree = textToTree('Hysbysiad Preifatrwydd a Chwcis\n\n2. Ymwelwyr â’n gwefan\n\nPan fydd rhywun yn ymweld â’n gwefan rydym yn defnyddio gwasanaeth trydydd parti i gasglu gwybodaeth log safonol.\n\n3. Pa wybodaeth fydd y Comisiynydd yn ei chasglu amdanaf os byddaf yn gwneud cais am gymorth?\n\nMae’r adran ‘Cysylltu â Ni’ ar y wefan yn egluro sut y gallwch gysylltu gyda’r Comisiynydd am gymorth, er enghraifft drwy eich rhoi mewn cysylltiad â sefydliad arall.\n');
    expect(headings(tree.blocks)).toContain('3. Pa wybodaeth fydd y Comisiynydd yn ei chasglu amdanaf os byddaf yn gwneud cais am gymorth?');
    expect(looksLikeHeading('3. What information will the Commissioner collect about me if I ask the office for some help?')).toBe(true);
  });
});
