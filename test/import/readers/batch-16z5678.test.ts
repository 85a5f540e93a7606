/**
 * Structure misses of batches 16z5 (Scotland and Northern Ireland), 16z6 (Wales), 16z7 and 16z8
 * that lost headings, read a title wrongly or broke the corpus's limit of one spurious section a
 * notice (issue 16; test/fixtures/import-corpus/, "batch": "16z5" … "16z8" in answers.json), fixed
 * by class, each test with the real lines and their address.
 */
import { describe, expect, it } from 'vitest';
import { blockText, type DocBlock } from '../../../src/import/doc-tree.js';
import { textToTree } from '../../../src/import/readers/text.js';

const headings = (blocks: DocBlock[]) => blocks.filter((b) => b.kind === 'heading' && b.level > 1).map(blockText);
const title = (blocks: DocBlock[]) => blocks.find((b) => b.kind === 'heading' && b.level === 1);

describe('batches 16z5 to 16z8', () => {
  it('numbered headings whose sections the copy left empty, each set off by blank lines, carry the numbering on (http://www.caringhomes.org/cookies-privacy/)', () => {
    const tree = textToTree('This Policy applies as between you, the User of this Web Site and Caring Homes the owner and provider of this Web Site. This Policy applies to our use of any and all Data collected by us in relation to your use of the Web Site.\n\n1. Definitions and Interpretation\nIn this Policy the following terms shall have the following meanings:\n\n\n2. Data Collected\nWithout limitation, any of the following Data may be collected:\n\n\n3. Our Use of Data\n\n4. Third Party Web Sites and Services\nCaring Homes may, from time to time, employ the services of other parties for dealing with matters that may include, but are not limited to, payment handling, delivery of purchased items, search engine facilities, advertising and marketing.\n\n5. Changes of Business Ownership and Control\n\n6. Controlling Access to your Data\n\n7. Your Right to Withhold Information\n\n8. Accessing your own Data\n\n9. Security\n\n10. Cookies\n\n11. Changes to this Policy\nCaring Homes reserves the right to change this Privacy Policy as we may deem necessary from time to time or as may be required by law. Any changes will be immediately posted on the Web Site.\n');
    expect(headings(tree.blocks)).toEqual(['1. Definitions and Interpretation', '2. Data Collected', '3. Our Use of Data', '4. Third Party Web Sites and Services', '5. Changes of Business Ownership and Control', '6. Controlling Access to your Data', '7. Your Right to Withhold Information', '8. Accessing your own Data', '9. Security', '10. Cookies', '11. Changes to this Policy']);
  });

  it('a numbered breadcrumb from "1. Home", its crumbs pages\' full titles, is furniture; the heading it ends with is the title (https://www.eastsussex.gov.uk/privacy/asc-your-information/legal)', () => {
    const tree = textToTree('1. Home\n  2. Privacy\n  3. Privacy notice - Adult Social Care: your information and you\n  4. What is the legal basis for processing your information?\n\nWhat is the legal basis for processing your information?\n\nOur legal basis for collecting and processing your data is to fulfil our legal obligations and when it is considered necessary to enable us to carry out our tasks, functions, duties or powers or to perform a task carried out in the public interest.\n\nWhere we rely on seeking your Consent to process your data, we will ask on an individual basis.\n');
    expect(title(tree.blocks) && blockText(title(tree.blocks)!)).toBe('What is the legal basis for processing your information?');
    expect(headings(tree.blocks)).toEqual([]);
  });

  it('a cookie table\'s header with a "Data stored" column is no heading, nor a link naming another site\'s page (https://www.ed.ac.uk/about/website/privacy/cookies-we-use/types-of-cookies/strictly-necessary-cookies)', () => {
    const tree = textToTree('Strictly necessary cookies\n\nSome cookies we place on your browser ensure that the University website delivers you information and services securely and optimally.\n\nCookie preferences\n\nName Data Stored Purpose Expires\n_uoeCookiePrefs True or false cookie retention preferences. The cookie preferences are stored to retain visitor choices in the main cookie banner. One year\n\nSession ID\n\nWikipedia page about Session IDs\n\nName Data stored Purpose Expires\nJSESSIONID A random unique number or string of letters and numbers. A session cookie is required to follow your progress through the website. The cookie is deleted when you close your web browser.\n');
    expect(headings(tree.blocks)).toEqual(['Cookie preferences', 'Session ID']);
    expect(tree.blocks.filter((b) => b.kind === 'table').map((b) => (b.kind === 'table' ? b.head.length : 0))).toEqual([4, 4]);
  });

  it('a breadcrumb of "Home" and the page alone, numbered or bulleted, is furniture (https://solentlep.org.uk/data-protection-privacy-notice/, https://community.hmrc.gov.uk/Cookies/)', () => {
    const solent = textToTree('1. Home\n  2. Data Protection Privacy Notice\n\nData Protection Privacy Notice\n\n\nThe Solent Local Enterprise Partnership (LEP) is a registered Data Controller (Registration Number ZA414905).\n\nThe LEP tries to meet the highest standards when collecting and using personal information in accordance with data protection law.\n');
    expect(blockText(title(solent.blocks)!)).toBe('Data Protection Privacy Notice');
    const hmrc = textToTree('beta This is a new service – your feedback will help us to improve it.\n- Home\n- Cookies\nCookies\nThis website puts small files (known as ‘cookies’) onto your computer to collect information about how you browse the site.\nCookies are used to:\n- measure how you use the website so it can be updated and improved based on your needs\n');
    expect(blockText(title(hmrc.blocks)!)).toBe('Cookies');
  });

  it('an image\'s role or file name above the notice is furniture (https://recruitment.ulster.ac.uk/legal_documents/cookies, https://www.lochlomond-trossachs.org/privacy-policy/)', () => {
    const ulster = textToTree('Banner Default Image\n\nCookies Policy\n\nIntroduction\n\nAt Ulster University, we are committed to protecting your privacy and ensuring transparency about the information we collect when you visit our website.\n');
    expect(blockText(title(ulster.blocks)!)).toBe('Cookies Policy');
    const loch = textToTree('Skip to navigation\nMenu\nSearch\nnational-park-authority-headquarters-building-with-logo-prominent\n\nPrivacy Policy\n\nOn these pages you will find details of the Park Authority’s Privacy Statement – how we collect information and what we do with it.\n\nPrivacy Statement\n\nThis is how we generally use information collected or obtained for various services (being updated on an ongoing basis).\n');
    expect(blockText(title(loch.blocks)!)).toBe('Privacy Policy');
  });

  it('a download pointer or the logo\'s one word above the heading that names the document leaves that heading the title (https://www.gresfordcommunitycouncil.gov.uk/privacy-policy/, https://nihrc.org/privacy, https://procarehq.com/?p=1508)', () => {
    const gresford = textToTree('Download the policy in full\n\nThis file may not be suitable for users of assistive technology. Request an accessible format.\n\nPrivacy and Cookies on our website\n\nGresford Community Council respects your privacy. Any information that you provide us with, or which is gathered automatically, helps us to monitor our service.\n\nIs my visit to this web site anonymous?\n\nYes. Your visit to our site is anonymous – no personal information about you is automatically recorded or gathered.\n');
    expect(blockText(title(gresford.blocks)!)).toBe('Privacy and Cookies on our website');
    expect(blockText(gresford.blocks[1]!)).toBe('Download the policy in full');
    const nihrc = textToTree('skip to main content\n\nOur Privacy Notice in line with General Data Protection Regulation (GDPR) can be also be downloaded here.\n\nPrivacy Notice: General Data Protection Regulation\n\nData Controller Name: Northern Ireland Human Rights Commission\n\nAddress: 4th Floor Alfred House, 19-21 Alfred Street, Belfast, BT2 8ED\n');
    expect(blockText(title(nihrc.blocks)!)).toBe('Privacy Notice: General Data Protection Regulation');
    const procare = textToTree('procare\n\nPRIVACY NOTICE FOR DOMICILIARY HOME CARE SERVICE\n\nDate: 1.3.2025\n\n\n1 Introduction\n\nAs part of the services we offer, we are required to process personal data about our staff, our service users and, in some instances, the friends or relatives of our service users.\n');
    expect(blockText(title(procare.blocks)!)).toBe('PRIVACY NOTICE FOR DOMICILIARY HOME CARE SERVICE');
  });

  it('a cookie banner closed by its button, and the site\'s smoke-free notice under it, are the page\'s (http://www.wales.nhs.uk/sitesplus/862/tudalen/54317)', () => {
    const tree = textToTree("Rydym yn defnyddio cwcis ar y wefan hon, a gallai fod rhai wedi cael eu gosod eisoes.\nOs fyddwch yn parhau i ddefnyddio'r safle heb newid eich gosodiadau, byddwn yn tybio eich bod yn cytuno â hyn.\nDarganfyddwch fwy am ba gwcis rydym yn eu defnyddio a pham\nCuddio'r neges hon\nMae Bwrdd Iechyd Prifysgol Hywel Dda yn amgylchedd di-fwg. Peidiwch ag ysmygu unrhyw le ar ein safleoedd\n\nPam bod GIG Cymru yn casglu gwybodaeth amdanoch chi?\n\nI’ch helpu chi:\n\nMae eich meddyg (meddyg ysbyty a theulu) neu broffesiynolion iechyd eraill sy’n gofalu amdanoch, yn cadw cofnodion am eich iechyd ac unrhyw driniaeth neu ofal rydym wedi’i derbyn gan GIG Cymru.\n");
    expect(blockText(title(tree.blocks)!)).toBe('Pam bod GIG Cymru yn casglu gwybodaeth amdanoch chi?');
    expect(tree.blocks.map(blockText).join('\n')).not.toContain('Darganfyddwch');
  });

  it('accordion panels copied as bullets, a panel\'s body opening with its own subheading, are headings (https://www.qub.ac.uk/directorates/sgc/careers/careers-events/Programmes/privacy-notice/)', () => {
    const tree = textToTree('If you have any questions about this privacy notice, please contact us. Contact details are provided below. \n\n  • Who we are\n\n    We are Queen’s University Belfast, a university with a reputation for excellence in education and research and a member of the Russell Group.\n\n    Founded in 1845 as Queen\'s College Belfast, we became an independent university in 1908.\n\n  • How your personal data is collected\n\n    Information you provide\n\n    When facilitating employability programmes we will ask for information about you, such as your name, contact details, your image, and occasionally your date of birth. This is known as your “Personal Data”.\n\n  • How we use your personal data\n\n    We use your Personal Data and Sensitive Personal Data in the following ways:\n');
    expect(headings(tree.blocks)).toEqual(['Who we are', 'How your personal data is collected', 'Information you provide', 'How we use your personal data']);
  });

  it('"Introduction" first is the first section\'s heading, not the title (https://hillheadhousing.org/privacy/, https://cosica-ni.org/privacy-notice)', () => {
    const hillhead = textToTree('Skip to Main Content\n\nINTRODUCTION\n\n \n\nThis notice explains what information we collect, when we collect it and how we use it.  During the course of our activities we will process personal data.\n\nThe purpose of this notice is to make you aware of how we will handle your information.\n');
    expect(title(hillhead.blocks)).toBeUndefined();
    expect(headings(hillhead.blocks)).toEqual(['INTRODUCTION']);
    const cosica = textToTree("Introduction\nThe Commissioner for Survivors of Institutional Childhood Abuse is committed to protecting your privacy. This Privacy Notice explains how the Commissioner's Office collects and uses your personal information.\nWho we are\nThe Office of the Commissioner is an independent office established under the Historical Institutional Abuse (Northern Ireland) Act 2019 (the Act).\n");
    expect(headings(cosica.blocks)).toEqual(['Introduction', 'Who we are']);
  });
});
