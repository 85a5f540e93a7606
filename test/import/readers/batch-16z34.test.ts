/**
 * Structure misses of batches 16z3 (England) and 16z4 (Wales in Welsh, Scotland, Northern Ireland)
 * that broke the corpus's limit of one spurious section a notice, or lost headings (issue 16;
 * test/fixtures/import-corpus/, "batch": "16z3" / "16z4" in answers.json), fixed by class, each
 * test with the real lines and their address.
 */
import { describe, expect, it } from 'vitest';
import { blockText, type DocBlock } from '../../../src/import/doc-tree.js';
import { textToTree } from '../../../src/import/readers/text.js';

const headings = (blocks: DocBlock[]) => blocks.filter((b) => b.kind === 'heading' && b.level > 1).map(blockText);

describe('batches 16z3 and 16z4', () => {
  it('a two-column table copied one cell a line ("Data" / "Pwrpas" / each item over what it is for) is no headings; the line over it is its heading (https://www.gwynedd.llyw.cymru/cy/Cyngor/Gwybodaeth/Datganiadau-preifatrwydd-gwasanaethau.aspx)', () => {
    const tree = textToTree('Datganiadau preifatrwydd gwasanaethau\n\nMae Cyngor Gwynedd wedi ymrwymo i warchod eich preifatrwydd pan rydych yn defnyddio ein gwasanaethau. Mae’r datganiadau isod yn esbonio sut ydym yn defnyddio eich gwybodaeth.\n\napGwynedd\n\nData\n\nPwrpas\n\nTocyn Dyfais\n\nCod unigryw tymor hir sy’n cael ei greu wrth fewngofnodi. Cael ei defnyddio fel nad oes rhaid mewngofnodi bob tro rydych yn defnyddio’r ap.\n\nTocynnau Mynediad\n\n(Fformat JSON Web Token sy’n cynnwys rhif sesiwn a rhif defnyddiwr unigryw)\n\nTocyn tymor byr sy’n cael ei defnyddio i gysylltu â gwasanaethau’r Cyngor.\n\nRhif Dyfais\n\nCael ei ddefnyddio ar gyfer anfon hysbysiadau i’ch dyfais.\n\nCwcis\n\nMae rhai rhannau o’r ap yn defnyddi cwcis fel sydd ar wefan y Cyngor. Rhagor o wybodaeth am Cwcis.\n\nCorfforaethol - gwasanaethau cefnogol\n\nYmwelwyr â’r wefan\n\nPan mae rhywun yn ymweld â www.gwynedd.llyw.cymru rydym yn defnyddio darparwr 3ydd parti, SiteImprove, er mwyn casglu gwybodaeth am batrwm ymddygiad ymwelwyr ar y wefan.\n');
    expect(headings(tree.blocks)).toEqual(['apGwynedd', 'Corfforaethol - gwasanaethau cefnogol', 'Ymwelwyr â’r wefan']);
  });

  it('dashes alone on their lines under "This includes:", each over one item, are the list\'s bullets (https://www.crouchoak.nhs.uk/about-us/our-policies/1757)', () => {
    const tree = textToTree('GDPR - General Data Protection Regulation Policy and Privacy Notice\nWhat data do we hold?\nWe hold data that is necessary to provide you with healthcare services. This includes:\n-\nPersonal details (name, address, date of birth, next of kin, carers, legal representatives)\n-\nDetails of your consultations, treatments, and care\n-\nResults of investigations (e.g. blood tests, X-rays)\n-\nRecords of medication and prescriptions\n-\nNotes of appointments and communications with the practice\nData is held securely in both electronic and paper formats.\nHow do we use your information?\nWe process your data for several reasons, including:\n');
    expect(headings(tree.blocks)).toEqual(['What data do we hold?', 'How do we use your information?']);
    const list = tree.blocks.find((b) => b.kind === 'list');
    expect(list && blockText(list)).toContain('Records of medication and prescriptions');
  });

  it('a pipe table\'s rows and column name wrapped under a row ending in "|" are no headings; a short sentence over the table keeps its heading (https://gfal.leeds.ac.uk/cookie-policy)', () => {
    const tree = textToTree('Our website uses first-party cookies which are set by our web server as opposed to a different web server.\nThe table below explains the cookies we use and why:\nEssential Cookies\nThese cookies are required for our website to function.\nCookie | Information |\n---|---|\nNSC* | NetScaler Appliance session cookie\nPurpose Information |\nPHPSESSID | PHP Session Cookie\nPurpose This cookie stores a unique ID assigned by the web server. It is used to enable some site functionality to work properly. Information Duration It is deleted when you close your browser. |\nAnalytics Cookies\nThese cookies are used to track website visitors and their user behaviour. This data is then used to improve how the website works.\nCookie | Information |\n---|---|\n_ga\n_ga_{container_id} |\nPurpose\nThese cookies are installed by Google Analytics. They are used to calculate visitor, session, campaign data and keep track of site usage.\n');
    expect(headings(tree.blocks)).toEqual(['Essential Cookies', 'Analytics Cookies']);
  });

  it('a header run together with a "Website" column and cookie names one a line are no headings (https://www.whatmatterstoyou.scot/how-we-use-cookies/)', () => {
    const tree = textToTree('How we use cookies\nWhen you enter our websites, your computer will automatically be issued with a number of small text files known as cookies.\nA list of cookies used by our sites and their purpose can be found below:\nCookieTypeWebsitePurpose\nStyleSession cookieAll Healthcare Improvement Scotland websitesRemembers your low or high graphic preference and delivers the website in that format next time.\n_ga\n_gid\n_gat\nAdd ThisHealthcare Improvement Scotland corporate website, SHC websiteSet by Add This (a third party cookie) it allows you to share our web content.\nGAPS\nSNID\nkhcookie\nNID\nPREF\nNID\nPP_TIS_ACK\nGoogle MapsHealthcare Improvement Scotland corporate websiteSet by Google Inc. (a third party cookie) it allows Google to track the number of maps used.\n');
    expect(headings(tree.blocks)).toEqual([]);
  });

  it('lines lettered "(a)", "(b)", "(c)", each alone over its paragraphs, are headings, the last over a paragraph the copy cut (https://www.nicertoffice.org.uk/privacy-policy-and-data-protection-statement)', () => {
    const tree = textToTree('Privacy Policy and Data Protection Statement\n\nCategories of Data Collection\n\n(a) Complaints & issues raised against a trade union\n\nIf you make a complaint against a trade union to the CO, the details on your application form/letters and/or emails are processed and stored electronically.\n\n(b) General Enquiries\n\nIf you make an enquiry by post or email about any aspect of the CO’s powers, or a general enquiry unconnected to a complaint, your personal details are stored electronically for one year.\n\n(c) Financial Irregularities investigations\n\nA financial irregularity investigatio\n');
    expect(headings(tree.blocks)).toEqual(['Categories of Data Collection', '(a) Complaints & issues raised against a trade union', '(b) General Enquiries', '(c) Financial Irregularities investigations']);
  });
});
