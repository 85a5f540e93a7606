/**
 * Structure misses of batches 16t and 16v (issue 16: thirty unseen notices, test/fixtures/import-corpus/,
 * "batch": "16t" / "16v" in answers.json), fixed by class: one test a class of copy-paste shape, each
 * with the real lines that showed it and their address, the other language's form where the class
 * has one, and where it helps a line of another shape the class must not take. The fix is the
 * class, never the page.
 */
import { describe, expect, it } from 'vitest';
import { blockText, type DocBlock } from '../../../src/import/doc-tree.js';
import { looksLikeHeading, textToTree } from '../../../src/import/readers/text.js';

const headings = (blocks: DocBlock[]) => blocks.filter((b) => b.kind === 'heading' && b.level > 1).map(blockText);
const title = (blocks: DocBlock[]) => (blocks[0]?.kind === 'heading' && blocks[0].level === 1 ? blockText(blocks[0]) : undefined);
const tables = (blocks: DocBlock[]) => blocks.filter((b) => b.kind === 'table');

describe('the page around the notice', () => {
  it('a breadcrumb from "Home" after the site\'s strapline: the page starts at the title under it, the strapline kept (nclhealthandcare.org.uk/privacy-notices/)', () => {
    const tree = textToTree('North London Partners logo\n\nWe are a partnership of NHS, councils, and voluntary sector organisations, working together to improve health and care in Barnet, Camden, Enfield, Haringey, and Islington.\n\nHome E Privacy Notices (ICB)\n\nPrivacy Notices (ICB)\n\nNorth Central London Integrated Care Board’s Privacy Notices\n\nNorth Central London Integrated Care Board is a controller of personal information defined in UK GDPR, and processes it for a range of health and care purposes.\n');
    expect(title(tree.blocks)).toBe('Privacy Notices (ICB)');
    expect(headings(tree.blocks)).toEqual(['North Central London Integrated Care Board’s Privacy Notices']);
    expect(tree.blocks.some((b) => b.kind === 'paragraph' && blockText(b).startsWith('We are a partnership'))).toBe(true);
    const welsh = textToTree('Logo Partneriaeth Iechyd\n\nRydym yn bartneriaeth o gyrff y GIG, cynghorau a sefydliadau gwirfoddol sy’n cydweithio i wella iechyd a gofal.\n\nHafan E Hysbysiadau Preifatrwydd\n\nHysbysiadau Preifatrwydd\n\nPwy ydym ni\n\nMae’r bwrdd yn rheolydd data personol fel y’i diffinnir yn GDPR y DU, ac yn ei brosesu at ddibenion iechyd a gofal.\n');
    expect(title(welsh.blocks)).toBe('Hysbysiadau Preifatrwydd');
  });

  it('a banner image\'s text, the platform\'s credit, a page region\'s label and the site\'s footer links are furniture, never the title (edinburghcollege.ac.uk/data-protection-and-cookies, uhb.nhs.uk/ask/cookies, norfolkcommunityhealthandcare.nhs.uk/privacy-notice/, radiushousing.org/privacy-policy)', () => {
    const body = '\n\nThe Data Protection Act 2018 provides certain rights for individuals in relation to their personal data and what organisations may do with it.\n';
    expect(title(textToTree(`EC Default Banner\n\nData protection and Cookies${body}`).blocks)).toBe('Data protection and Cookies');
    expect(title(textToTree(`Powered by Babylon\n\n\nAbout cookies${body}`).blocks)).toBe('About cookies');
    expect(title(textToTree(`• Privacy Notice - Header\n\n    Privacy Notice${body}`).blocks)).toBe('Privacy Notice');
    expect(title(textToTree(`Accessibility & Cookies\n\nGDPR Fair Processing Notice${body}`).blocks)).toBe('GDPR Fair Processing Notice');
    expect(title(textToTree(`Hygyrchedd a Chwcis\n\nHysbysiad Preifatrwydd${body}`).blocks)).toBe('Hysbysiad Preifatrwydd');
    // A page about privacy and cookies keeps its title; so does a cookie page about its banner.
    expect(title(textToTree(`Privacy and cookies${body}`).blocks)).toBe('Privacy and cookies');
    expect(title(textToTree(`Cookie banner${body}`).blocks)).toBe('Cookie banner');
  });

  it('a cookie banner of two sentences before a title that names the law is the page\'s (pulteney.co.uk/info.aspx?p=7)', () => {
    const tree = textToTree('This website uses cookies to function correctly.\nYou may delete cookies at any time but doing so may result in some parts of the site not working correctly.\n\nGDPR, Confidentiality & Rights\n\nFrom 25 May 2018, new data protection regulations come into force, called the EU General Data Protection Regulations (or GDPR for short).\n');
    expect(title(tree.blocks)).toBe('GDPR, Confidentiality & Rights');
    // A cookie page whose own first lines speak of cookies keeps them.
    const cookiePage = textToTree('We use cookies to make this website work.\nYou can turn off the cookies we do not need in the settings below.\n\nCookies\n\nA cookie is a small file saved on your device when you visit a website, which helps the site remember you.\n');
    expect(blockText(cookiePage.blocks[0]!)).toBe('We use cookies to make this website work.');
  });
});

describe('titles the text shows', () => {
  it('a short title ended with a colon over the notice\'s name: the title and its subtitle (sbha.dev.anzu.nvisage.co.uk/privacy_notice.htm)', () => {
    const tree = textToTree('How we use your information:\n\nPrivacy Notice for Applicants and Tenants\n\nWhat we need\n\nScottish Borders Housing Association (SBHA) will be a "controller" of the personal information that you provide to us through your completed Housing Application Form.\n');
    expect(title(tree.blocks)).toBe('How we use your information:');
    expect(headings(tree.blocks)).toEqual(['Privacy Notice for Applicants and Tenants', 'What we need']);
    const welsh = textToTree('Sut rydym yn defnyddio eich gwybodaeth:\n\nHysbysiad Preifatrwydd i Ymgeiswyr a Thenantiaid\n\nBeth sydd ei angen arnom\n\nBydd y Gymdeithas Dai yn "rheolydd" y wybodaeth bersonol rydych yn ei rhoi i ni ar eich Ffurflen Gais am Dŷ.\n');
    expect(title(welsh.blocks)).toBe('Sut rydym yn defnyddio eich gwybodaeth:');
  });

  it('a first question answered by a paragraph that opens with its term is the first section, not the title (nhsgrampian.org/about-us/data-protection)', () => {
    const tree = textToTree('What is data protection legislation?\nData protection legislation is made up of the UK General Data Protection Regulation and the Data Protection Act 2018.\nData protection legislation has seven key principles:\n- Lawfulness, fairness and transparency\n');
    expect(title(tree.blocks)).toBeUndefined();
    expect(headings(tree.blocks)).toEqual(['What is data protection legislation?']);
    const welsh = textToTree('Beth yw cwcis?\n\nCwcis yw ffeiliau bach sy’n cael eu cadw ar eich dyfais pan fyddwch yn ymweld â gwefan.\n');
    expect(title(welsh.blocks)).toBeUndefined();
    // A question that the text under it does not define stays the title.
    const asked = textToTree('What happens to your data?\n\nThis notice explains how the practice uses the information you give us and who we share it with.\n');
    expect(title(asked.blocks)).toBe('What happens to your data?');
  });

  it('a field\'s label first ("Data Controller" over its value) heads the first section, never the title (ulster.ac.uk/about/governance/compliance/student-privacy-notice)', () => {
    const tree = textToTree('Page content\n\nData Controller\n\n  • Ulster University\n\nData Protection Officer\n\n  • Eoin Coyle, Data Protection & Information Compliance Manager\n\nThis Privacy Notice explains how Ulster University collects, uses and processes student personal data as a data controller.\n');
    expect(title(tree.blocks)).toBeUndefined();
    expect(headings(tree.blocks)).toEqual(['Data Controller', 'Data Protection Officer']);
    const welsh = textToTree('Rheolydd Data\n\n  • Prifysgol Cymru\n\nMae’r hysbysiad hwn yn egluro sut mae’r brifysgol yn casglu ac yn defnyddio data personol myfyrwyr fel rheolydd data.\n');
    expect(title(welsh.blocks)).toBeUndefined();
  });
});

describe('body lines that read like headings', () => {
  it('who holds a post, stated with no stop, is a sentence (nclhealthandcare.org.uk/privacy-notices/, radiushousing.org/privacy-policy)', () => {
    expect(looksLikeHeading('North Central London Integrated Care Board’s, Data Protection Officer is Tony Haworth')).toBe(false);
    expect(looksLikeHeading('Our Data Protection Officer is Sharon Patterson')).toBe(false);
    expect(looksLikeHeading('Ein Swyddog Diogelu Data yw Gareth Davies')).toBe(false);
    // Asking who holds it is a heading.
    expect(looksLikeHeading('Who our Data Protection Officer is')).toBe(true);
  });

  it('a date line run into a heading or a numbered clause is the document\'s date (stage2.tenantstogether.scot/cookies-policy/, uhleicester.nhs.uk/privacy/data-protection)', () => {
    expect(looksLikeHeading('Tenants Together (Scotland) Last updated: April 2026')).toBe(false);
    expect(looksLikeHeading('1.2 Version Control: This is Version 1.3, Revised May 2024')).toBe(false);
    expect(looksLikeHeading('Hysbysiad Preifatrwydd Diweddarwyd: Mai 2024')).toBe(false);
    expect(looksLikeHeading('Changes to this notice')).toBe(true);
  });

  it('a cookie table: a header with a column of the page\'s own, a product over its cookies\' bare names, a row\'s cells on one short line (cityofglasgowcollege.ac.uk/cookies)', () => {
    const tree = textToTree('Cookies\n\nCookie Overview\n\nThe table below provides an overview of the cookies used by the college, the purpose of the cookie, its perceived level of potential intrusiveness to visitors and when it expires:\n\nCookie Purpose Intrusiveness Expiry\nhas_js This cookie is set to identify when a client browser has Javascript enabled. Very Low Close of Session\nSESS### This cookie is set providing a Session ID for the visitor to enhance the browsing experience and use some features of the site. Very Low Close of Session\nGoogle Analytics\n\n_utma\n\n_utmb\n\n_utmc\n\nThese cookies are used to collect information (non-personal information) about how visitors use the college website, to help us improve it.\nLow _utma persistant\n\nManaging cookies\n\nYou can disable the cookies from your browser and delete all cookies currently stored on your computer at any time.\n');
    expect(headings(tree.blocks)).toEqual(['Cookie Overview', 'Managing cookies']);
    const [table] = tables(tree.blocks);
    expect(table?.kind === 'table' && table.head.map((c) => blockText({ kind: 'paragraph', content: c }))).toEqual(['Cookie', 'Purpose', 'Intrusiveness', 'Expiry']);
    expect(table?.kind === 'table' && table.rows.map((r) => blockText({ kind: 'paragraph', content: r[0]! }))).toEqual(['has_js', 'SESS###']);
    // Two unknown words are no header.
    expect(looksLikeHeading('Cookie Purpose Intrusiveness Sensitivity Expiry')).toBe(true);
  });

  it('a header run together over rows whose cells kept their spaces is read as a table (uhb.nhs.uk/ask/cookies)', () => {
    const tree = textToTree('Cookies on this website\n\nThis website may store the cookies listed in the table below on your device, depending on which parts of the website you use.\n\nCookie namePurposeDurationAdditional information\nuseTextOnly This is used to store whether you are viewing a website in text-only mode or not. Persistent for three months. Strictly necessary cookie.\nSitekitLogin This is used to store the username and password for "remember my login" feature on extranets. Persistent for one month. Strictly necessary cookie.\nAcceptCookies This is used to store whether you have agreed to receive cookies. Persistent for one year. Strictly necessary cookie.\n');
    expect(headings(tree.blocks)).toEqual([]);
    const [table] = tables(tree.blocks);
    expect(table?.kind === 'table' && table.rows.map((r) => blockText({ kind: 'paragraph', content: r[0]! }))).toEqual(['useTextOnly', 'SitekitLogin', 'AcceptCookies']);
  });
});

describe('headings missed', () => {
  it('noun phrases ended with a full stop between blank lines, the law\'s long wording among them (shaftesbury-churchview.co.uk/policies/privacy-notice/)', () => {
    const tree = textToTree('Privacy Notice\n\nThe details of transfers of the personal data to any third countries or international organisations.\n\nAs a GP surgery, the only occasions when this would occur would be if you specifically requested this to occur.\n\nRetention periods for your personal data.\n\nAs long as you are registered as a patient with the surgery, your paper records are held at the practice along with your GP electronic record.\n\nThe rights available to you in respect of data processing.\n\nUnder the GDPR all patients have certain rights in relation to the information which the practice holds about them.\n\nThis highlights that our website uses cookies.\n\nWe need to make you aware that cookies exist, to comply with the Privacy and Electronic Communications Regulations.\n');
    expect(headings(tree.blocks)).toEqual([
      'The details of transfers of the personal data to any third countries or international organisations.',
      'Retention periods for your personal data.',
      'The rights available to you in respect of data processing.',
    ]);
    const welsh = textToTree('Hysbysiad Preifatrwydd\n\nCyfnodau cadw ar gyfer eich data personol.\n\nCyhyd â’ch bod wedi cofrestru fel claf gyda’r feddygfa, cedwir eich cofnodion papur yn y practis gyda’ch cofnod electronig.\n\nMae’r practis yn rhannu data gyda’r ysbyty.\n\nBydd y practis yn rhannu eich data gyda’r ysbyty lleol pan fydd angen hynny ar gyfer eich gofal.\n');
    expect(headings(welsh.blocks)).toEqual(['Cyfnodau cadw ar gyfer eich data personol.']);
  });

  it('a numbered heading that ends in "is" over its first numbered subsection is not joined to it (uhleicester.nhs.uk/privacy/data-protection)', () => {
    const tree = textToTree('1. Introduction\n1.1. This Privacy Notice applies to personal information processed by or on behalf of the Trust. It explains:\n2) Who we are and contact details for our Data Protection Officer (DPO)\n3) What kinds of personal information about you we collect and process, how we process it, and what the legal grounds for processing are\n4) How we keep the information safe and how long we keep it for\n5) What your rights are under Data Protection law\n6) What you should do if your information changes\n7) Who you can speak to for further information or to make a complaint\n1.2 Version Control: This is Version 1.3, Revised May 2024\n2. Who we are and who our data protection officer (DPO) is\n2.1. The Trust is a registered Data Controller and its Information Commissioner Office (ICO) registration number is Z7882087.\n3. Personal information we collect about you and the legal grounds for processing\n3.1 Types of date we use\nPersonal data means any information relating to an identified or identifiable natural, living person.\n');
    expect(headings(tree.blocks)).toEqual(['1. Introduction', '2. Who we are and who our data protection officer (DPO) is', '3. Personal information we collect about you and the legal grounds for processing', '3.1 Types of date we use']);
  });

  it('a question\'s clause ended with a colon over a list\'s intro is a heading (radiushousing.org/privacy-policy)', () => {
    const tree = textToTree('Privacy Notice\n\nWho are we?\n\nWe are a registered housing association, registered with the Department of Communities under the Housing Order 1992.\n\nHow we collect information from you and what information we collect: \n\nWe collect information about you when:\n\n  • you apply for housing with us\n  • you become a tenant\n');
    expect(headings(tree.blocks)).toEqual(['Who are we?', 'How we collect information from you and what information we collect:']);
    const welsh = textToTree('Hysbysiad Preifatrwydd\n\nPwy ydym ni?\n\nRydym yn gymdeithas dai gofrestredig, wedi ein cofrestru gyda’r Adran Cymunedau o dan Orchymyn Tai 1992.\n\nSut rydym yn casglu eich gwybodaeth a pha wybodaeth a gasglwn:\n\nRydym yn casglu gwybodaeth amdanoch pan:\n\n  • fyddwch yn gwneud cais am dŷ\n');
    expect(headings(welsh.blocks)).toEqual(['Pwy ydym ni?', 'Sut rydym yn casglu eich gwybodaeth a pha wybodaeth a gasglwn:']);
  });

  it('a question over its answer after an intro whose link was lost is a heading, not an item (research.parkinsons.org.uk/privacy)', () => {
    const tree = textToTree('Privacy policy\n\nYour rights\n\nYou have the right to access, correct and erase the information that we hold about you, with some conditions.\n\nTo exercise any of these rights please contact our data protection officer:\n\nWhat personal data do we collect?\n\nWe collect the names, addresses, email\n');
    expect(headings(tree.blocks)).toEqual(['Your rights', 'What personal data do we collect?']);
    // Questions that lost their bullets, one after another, stay items.
    const list = textToTree('Privacy policy\n\nYou can ask us:\n\nWhat data do we hold?\n\nWhy do we hold it?\n\nWe will answer within one month of receiving your request, free of charge.\n');
    expect(headings(list.blocks)).not.toContain('What data do we hold?');
  });
});
