/**
 * Structure misses of the 72 page openings of the controller phrasing bank (issue 16;
 * test/fixtures/import-phrasings/openings.json), read by eye and fixed by class, each test with the
 * real lines' shapes and their address.
 */
import { describe, expect, it } from 'vitest';
import { textToTree } from '../../../src/import/readers/text.js';
import { headings, title, text } from '../support/blocks.js';

describe('page openings: links and controls', () => {
  it('links to documents with their type in brackets and their size in square brackets are a list of links, no headings (https://www.pkc.gov.uk/article/20337/Detailed-Privacy-Notices-)', () => {
    const pkc = textToTree("Detailed Privacy Notices\n\nThis page provides detailed Privacy Notices for some of the processes carried out by the Council which require individuals to supply us with personal information.\n\nAlcohol sales licenses (PDF) [200KB]\n\nAnimal licenses (PDF) [180KB]\n\nAngel's Share (PDF) [176KB]\n\nClick View (PDF) [50KB]\n\n\nCommunity food growing map (PDF) [134KB]\n\nCommunity link workers (PDF) [45KB]\nFinancial systems (PDF) [45KB] Financial assessment (PDF) [45KB]\n\nHousing repairs (PDF) [183KB]\n");
    expect(title(pkc.blocks)).toBe('Detailed Privacy Notices');
    expect(headings(pkc.blocks)).toEqual([]);
    expect(text(pkc.blocks)).toMatch(/Housing repairs \(PDF\) \[183KB\]/);
    // Two or more in a run are the page's list of links, its bullets lost.
    expect(pkc.blocks.some((b) => b.kind === 'list')).toBe(true);
  });

  it('a link offering further information, set as a line between paragraphs, is no heading (https://www.stavertonsurgery.nhs.uk/privacy-notice)', () => {
    const surgery = textToTree('Privacy Notice\n\n\n1. Introduction\n\n1.1. Policy statement\n\nNHS England collects information with the purpose of improving health and care for everyone.\n\nThe first principle of data protection is that personal data must be processed fairly and lawfully.\u00a0\n\nFind further information on how ee look after your health and care\u00a0\n\n1.2. Status\n\nThe organisation aims to design and implement policies and procedures that meet the diverse needs of our service and workforce.\n');
    expect(headings(surgery.blocks)).not.toContain('Find further information on how ee look after your health and care');
    expect(headings(surgery.blocks)).toContain('1.2. Status');
  });

  it('a share button\'s word under "Share this page", and a breadcrumb\'s label whose trail was lost, are the site\'s (http://www.northerntrust.hscni.net/about-the-trust/accessing-information/, https://www.norfolk.police.uk/about-us/our-data/information-charter)', () => {
    const trust = textToTree('Accessing information\n\nHow the Trust uses your information\n\nThe Trust records information about you so that you can receive proper care and treatment.\n\nPrivacy Notices\n\nThe Trust Privacy Notices explain how we protect and use your information.\n\nShare this page\nShare\n\nInvestors In People\n');
    expect(headings(trust.blocks)).not.toContain('Share');
    expect(text(trust.blocks)).not.toMatch(/^Share/m);
    const police = textToTree('Information Charter | Norfolk Constabulary\n\nYou are here\n\nInformation Charter\n\nThis Information Charter sets out the standards you can expect from Norfolk Constabulary when we obtain, hold, retain, process and disclose information.\n\nStandards\n\nWe will only ask for the information we need.\n');
    expect(text(police.blocks)).not.toMatch(/You are here/);
  });
});

describe('page openings: titles', () => {
  it('the browser tab\'s title, the page\'s name and the site\'s after a bar, over the page\'s name alone gives the page\'s name (https://www.norfolk.police.uk/about-us/our-data/information-charter)', () => {
    const police = textToTree('Information Charter | Norfolk Constabulary\n\nYou are here\n\nInformation Charter\n\nThis Information Charter sets out the standards you can expect from Norfolk Constabulary when we obtain, hold, retain, process and disclose information.\n\nStandards\n\nWe will only ask for the information we need.\n');
    expect(title(police.blocks)).toBe('Information Charter');
    expect(headings(police.blocks)).toEqual(['Standards']);
    // A title with a bar and no repeat of its part keeps its words.
    const alone = textToTree('Privacy notice | Anytown Council\n\nWe are Anytown Council and this notice explains how we use your information.\n\nWho we are\n\nWe are the local council for Anytown.\n');
    expect(title(alone.blocks)).toBe('Privacy notice | Anytown Council');
  });

  it('a cookie banner\'s "Privacy settings" button over the title is the site\'s (https://lancaster.gov.uk/information/museums-privacy-notice)', () => {
    const museums = textToTree('Privacy settings\n\nMuseums Privacy Notice\n\nLancaster City Museums are committed to protecting your privacy and security.\n\nWhen do we collect your Personal Information?\n\nIn some instances, we collect data you provide to us.\n');
    expect(title(museums.blocks)).toBe('Museums Privacy Notice');
    expect(headings(museums.blocks)).toEqual(['When do we collect your Personal Information?']);
  });

  it('the site\'s menu over a breadcrumb from "Home" that ends in the title is the site\'s; the title is the crumb\'s line (http://www.hcpc-uk.co.uk/apply/personaldata/)', () => {
    const hcpc = textToTree("UK approved programme\nInternational\nEuropean Mutual Recognition (EMR)\nReadmission\nAppeals process\nStudent information\nHow we use your personal data\n\n\nHome > Apply > How we use your personal data\n\nHow we use your personal data\n\nSubject information statement for applicants\n\nThis additional notice is specific to the HCPC's processing of your personal data for the purposes of your registration.\n");
    expect(title(hcpc.blocks)).toBe('How we use your personal data');
    expect(text(hcpc.blocks)).not.toMatch(/UK approved programme|Readmission|Home >/);
  });

  it('the notice\'s name run into its first paragraph with a dash is the title (https://christthekingprimary.co.uk/privacy)', () => {
    const school = textToTree('Privacy Notice - Under data protection law, individuals have a right to be informed about how the school uses any personal data that we hold about them. We comply with this right by providing privacy notices.\nCollecting and storing pupil information -\nWe process personal data relating to pupils, parents, staff and Governors of our organisation. We will not give information about our pupils to anyone without consent.\nWe use the pupil data to -\n');
    expect(title(school.blocks)).toBe('Privacy Notice');
    expect(text(school.blocks)).toMatch(/^Under data protection law, individuals/m);
  });
});

describe('page openings: lines that are no headings, and headings kept', () => {
  it('a span of years under the title is the edition\'s, no heading (https://www.csgcc.ac.uk/cy/node/59/polisiau/hysbysiad-preifatrwydd-i-ddysgwyr-2022-2025)', () => {
    const college = textToTree('Hysbysiad Preifatrwydd I Ddysgwyr\n2022 - 2025\nIntroduction\n-\nMae cymryd rhan yn y rhaglen hon yn ddibynnol ar i chi ddarparu data personol. Coleg Sir Gâr fydd y rheolydd data ar gyfer y wybodaeth bersonol y byddwch yn ei darparu.\n');
    expect(headings(college.blocks)).not.toContain('2022 - 2025');
    expect(text(college.blocks)).toMatch(/2022 - 2025/);
  });

  it('a heading set off with a dash over its paragraph is a heading without the dash; a lead-in with one, and a table row whose last cell is a dash, are none (https://christthekingprimary.co.uk/privacy)', () => {
    const school = textToTree('Privacy Notice - Under data protection law, individuals have a right to be informed about how the school uses any personal data that we hold about them. We comply with this right by providing privacy notices.\nCollecting and storing pupil information -\nWe process personal data relating to pupils, parents, staff and Governors of our organisation. We will not give information about our pupils to anyone without consent.\nWe use the pupil data to -\nThe categories of pupil information that we collect, hold and share include:\n');
    expect(headings(school.blocks)).toEqual(['Collecting and storing pupil information']);
    const table = textToTree('Privacy statement\n\nThe table shows which purposes rest on which basis.\n\nLegal obligation 1, 2, 3, 4, 5, 6, 7\nVital interests 6, 8\nLegitimate interests  -\n\n\nWhere we are relying on legal obligation or task carried out in the public interest, below are the key pieces of legislation that apply:\n');
    expect(headings(table.blocks).join('\n')).not.toMatch(/Legitimate interests/);
  });

  it('a contact block\'s field giving hours is no heading (http://alphagov.github.io/govuk-content-best-practices/snapshots/personal-information-charter.html)', () => {
    const charter = textToTree('Personal information charter\n\nContact us\n\nContact us if you want to know more about how we hold your information.\n\nEnquiries team\n\nNatural England\nBlock B, Government Buildings, Whittington Road\nWorcester\nWR5 2LQ\n\nOpening times: 8:30am to 5:00pm, Monday to Friday\n\nFor independent advice about data protection, privacy and data sharing issues, you can contact the Information Commissioner’s Office.\n');
    expect(headings(charter.blocks)).not.toContain('Opening times: 8:30am to 5:00pm, Monday to Friday');
    expect(headings(charter.blocks)).toContain('Contact us');
  });

  it('short lines under a sentence that announces them and lost its colon are its list, not headings (https://www.northayrshirehr.co.uk/PrivacyPolicy)', () => {
    const register = textToTree('Privacy Notice\nNorth Ayrshire Housing Register Privacy Policy Statement\nNorth Ayrshire Housing Register is a partnership operating the Housing Register in this area, it gathers and processes information about you.\nEach partner is responsible for managing information securely.\nPrivacy statements for the partners can be found in the following locations\nCunninghame Housing Association\nIrvine Housing Association\nNorth Ayrshire Council\nWhat is personal data?\nThis is information about a living person that means we can work out who they are, such as:\n- name\n- address\n');
    expect(headings(register.blocks)).toEqual(['North Ayrshire Housing Register Privacy Policy Statement', 'What is personal data?']);
    expect(register.blocks.some((b) => b.kind === 'list' && b.items.length === 3)).toBe(true);
  });

  it('an icon\'s text alternative run into the heading beside it goes, the heading stays (http://itspublicknowledge.info/home/privacy.aspx)', () => {
    const commissioner = textToTree('Privacy\n\nPerson IconPrivacy Statement\n\nHow the Scottish Information Commissioner will use your personal data\n\nThe Scottish Information Commissioner is committed to protecting your privacy in line with the Data Protection Act 1998.\n\nIconography in our leaflets\n\nWe use pictures as well as words to explain what we do with your information.\n');
    expect(headings(commissioner.blocks)).toContain('Privacy Statement');
    expect(text(commissioner.blocks)).not.toMatch(/Person Icon/);
    // A word that starts with "Icon" is no icon's name.
    expect(headings(commissioner.blocks)).toContain('Iconography in our leaflets');
  });
});
