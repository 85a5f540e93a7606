/**
 * Structure misses found by reading the imports of the 269 mined texts nobody has keyed
 * (test/fixtures/import-mining/m1..m7/, issue 16, round 16s): spurious headings, lost headings and
 * wrong titles, fixed by class, each test with the real lines' shapes and the page's address.
 */
import { describe, expect, it } from 'vitest';
import { blockText, type DocBlock } from '../../../src/import/doc-tree.js';
import { textToTree } from '../../../src/import/readers/text.js';

const headings = (blocks: DocBlock[]) => blocks.filter((b) => b.kind === 'heading' && b.level > 1).map(blockText);
const title = (blocks: DocBlock[]) => {
  const h1 = blocks.find((b) => b.kind === 'heading' && b.level === 1);
  return h1 && blockText(h1);
};
const text = (blocks: DocBlock[]) => blocks.map(blockText).join('\n');

describe('16s: sentences and fields that are no headings', () => {
  it('a stopped line whose verb takes an article or determiner is a sentence, whatever the verb (https://www.gov.uk/government/organisations/companies-house/about/personal-information-charter, https://domesticabusecommissioner.uk/cookie-policy/)', () => {
    const ch = textToTree('Personal information charter\n\nThis section of the privacy notice sets out how the Registrar of Companies handles the personal data of officers of companies.\n\nAny references to ‘registers’ covers both the register of companies and ROE.\n\nSee our guidance for more information on the Companies House register and how to protect your personal data.\n\nIdentity of controller and Data Protection Officer (DPO)\n\nThe registrar is the controller of your personal data. This means it’s the registrar who decides how and why your data is processed.\n');
    expect(headings(ch.blocks)).toEqual(['Identity of controller and Data Protection Officer (DPO)']);
    const dac = textToTree('Cookie policy\n\nGoogle Analytics stores information about how you got to the site and the pages you visit on it.\n\nGoogle Analytics sets the following cookies.\n\nWe use these cookies to count how many people visit the site and to see which pages they read most often.\n');
    expect(headings(dac.blocks)).toEqual([]);
    // A noun phrase the page stopped keeps its preposition there, and stays a heading.
    const stopped = textToTree('Privacy notice\n\nWe are the council and this notice explains how we use the information you give us when you apply.\n\nRetention periods for your personal data.\n\nWe keep your application for six years after the end of the financial year in which it was decided.\n');
    expect(headings(stopped.blocks)).toEqual(['Retention periods for your personal data.']);
  });

  it('a label whose value opens with a telephone number is a field, its label any words (https://investinabc.com/privacy-policy/)', () => {
    const abc = textToTree('Privacy Policy\n\nThis Privacy Notice from the Borough Council tells our customers and service users how we process your personal data.\n\nCouncil telephone number: 0300 0300 900For planning please call0300 200 7830\n\nWho we are:\nThe Borough Council is responsible for delivering local services such as bins, recycling, planning and building control.\n');
    expect(headings(abc.blocks)).not.toContain('Council telephone number: 0300 0300 900For planning please call0300 200 7830');
    expect(text(abc.blocks)).toMatch(/Council telephone number/);
  });

  it('a list item ending "; and" is no heading (https://www.citizenhousing.org.uk/cookies/)', () => {
    const citizen = textToTree('Citizen uses cookies to record information about how you may use the website.\nThese essential cookies do not store any directly identifiable information and do things like:\nEnhance and improve your interaction with the website;\nRemember any notifications you have seen, so they are not repeated; and\nRecord your progress through a form.\nThese Cookies are permanently on. You can set your browser to block or alert you about these Cookies.\n');
    expect(headings(citizen.blocks)).not.toContain('Remember any notifications you have seen, so they are not repeated; and');
  });
});

describe('16s: headings shown twice and titles', () => {
  it('a heading shown twice in a row over its body, a panel\'s button and its heading, is one heading (https://content.hta.gov.uk/privacy-notice)', () => {
    const hta = textToTree('Privacy notice\nThis Privacy Notice explains how the HTA collects, uses, retains and discloses personal information.\nWho we are and what we do\nWho we are and what we do\nThe Human Tissue Authority (HTA) is the regulator of human tissues and organs. We are a non-departmental public body.\nData protection legislation\nData protection legislation\nThe HTA whilst processing your personal information must comply with the following legislation:\n- The Data Protection Act (DPA) 2018\n');
    expect(headings(hta.blocks)).toEqual(['Who we are and what we do', 'Data protection legislation']);
  });

  it('the notice\'s name over a question shown twice is the title, not a breadcrumb (https://www.uhnm.nhs.uk/privacy-notice/)', () => {
    const uhnm = textToTree("Skip to main content Skip to footer\n\nPrivacy Notice\n\nWhat is a Privacy Notice?\n\nWhat is a Privacy Notice?\n\nThis is the Privacy Notice (also known as a 'Fair Processing Notice') for the University Hospitals of North Midlands NHS Trust.\n\n  • What information we collect about you\n");
    expect(title(uhnm.blocks)).toBe('Privacy Notice');
    expect(headings(uhnm.blocks)).toEqual(['What is a Privacy Notice?']);
  });

  it('a mark alone over the title ("." or "-") is no line of the notice (https://www.lnwh.nhs.uk/hidden/privacy-policy/, https://neathtowncouncil.gov.uk/cy/polisi-preifatrwydd)', () => {
    const lnwh = textToTree('.\n\nPrivacy Policy\n\nWe take your confidentiality and privacy rights very seriously. This notice explains how we collect and process your information.\n\n1. How we meet the principles of the General Data Protection Regulations\n\nWe will always process your personal information lawfully and fairly by using it only when we have a lawful reason to do so.\n');
    expect(title(lnwh.blocks)).toBe('Privacy Policy');
    const neath = textToTree('-\n\nPrivacy Policy\n\nPam cael polisi preifatrwydd?\n\nMae Cyngor Tref Castell-nedd wedi ymrwymo i ddiogelu eich preifatrwydd pan fyddwch yn defnyddio ei wasanaethau.\n');
    expect(title(neath.blocks)).toBe('Privacy Policy');
  });
});

describe('16s: page furniture', () => {
  it('a guide\'s "Next: …" and "Back: …" links, "Continue reading", "Print" and icons\' names are the page\'s (https://www.essex.gov.uk/privacy-notices/Pages/how-long-do-we-keep-your-personal-information.aspx, https://www.cornwall.gov.uk/council-and-democracy/data-protection-and-freedom-of-information/data-protection/, https://lewes-eastbourne.gov.uk:443/article/1106/Data-protection)', () => {
    const essex = textToTree('How long do we keep your personal information?\n\nFor each service the schedule lists how long your information may be kept for. This ranges from months for some records to decades for others.\n\nNext: Where can I get advice?\n\nBack: How do we protect your information?\n');
    expect(headings(essex.blocks)).toEqual([]);
    expect(text(essex.blocks)).not.toMatch(/Next:|Back:/);
    const cornwall = textToTree('Data Protection\n\nGeneral Data Protection Regulation (GDPR) and the Data Protection Act 2018\n\nLegislation requires the Council to respect the principles of fair processing when handling your personal information.\n\nContinue reading\n\nInformation about your rights under GDPR and the Data Protection Act 2018 can be found on the Information Commissioner’s website.\n');
    expect(headings(cornwall.blocks)).toEqual(['General Data Protection Regulation (GDPR) and the Data Protection Act 2018']);
    const lewes = textToTree("Data protection\n\nYour rights\n\nSubject to some legal exceptions, you have the right to request a copy of any information about you that we hold.\n\nShare this page\n\nFacebook icon Twitter icon email icon\n\nPrint\n\nprint icon\n\nLast modified on 16 August 2023\n");
    expect(headings(lewes.blocks)).toEqual(['Your rights']);
    expect(text(lewes.blocks)).not.toMatch(/icon|Print/);
  });
});
