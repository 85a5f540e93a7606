/**
 * Classes from round fifteen's corpus half (batch 16z64: English, Scottish and Northern Irish text copies, and originals from
 * repositories, keyed blind). Each test uses the shape of a real notice and names it.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../../../src/import/import-notice.js';
import { textToTree } from '../../../src/import/readers/text.js';
import { headings, title } from '../support/blocks.js';

const load = (text: string, name = 'notice.txt') => importNotice(name, new TextEncoder().encode(text), { today: new Date('2026-12-07') });
const familyOf = async (family: string, text: string, name?: string) => [...new Set((await load(text, name)).found.filter((f) => f.family === family).map((f) => f.value))];

describe('the controller', () => {
  it('reads "We are currently registered as a data controller …" as the body the sentence before says processes the data, never the regulator it registers with (the Peak District National Park Authority)', async () => {
    const peak = 'Privacy Notice\n\nThe information that you provide to the planning service will be processed by the Peak District National Park Authority (PDNPA). We are currently registered as a data controller for this purpose with the Information Commissioner\'s Office. Our registration number is Z7027992.\n\nHow we get your information\n\nWe process personal information that we receive directly from you when you submit a planning application.\n';
    expect(await familyOf('controller', peak)).toEqual(['Peak District National Park Authority']);
  });

  it('never reads the Information Commissioner\'s Office as the controller, whatever form names it', async () => {
    const ico = 'Privacy Notice\n\nAbout us\n\nWe are currently registered as a data controller for this purpose with the Information Commissioner\'s Office. Our registration number is Z7027992.\n';
    expect(await familyOf('controller', ico)).toEqual([]);
  });
});

describe('structure', () => {
  it('takes out a breadcrumb whose separators the copy lost, ending in the page\'s name the next line gives (Royal Berkshire Fire and Rescue Service)', () => {
    const rbfrs = 'Skip to content\nHome Your Safety Safety at Home Book a Safe and Well Visit Safe and Well Visits Privacy Notice\n\nSafe and Well Visits Privacy Notice\n\nYour privacy is important to us. This privacy statement explains what personal data Royal Berkshire Fire and Rescue Service collects about you.\n\nWhat information we collect about you\n\nWe collect your name and your address.\n';
    const tree = textToTree(rbfrs);
    expect(title(tree.blocks)).toBe('Safe and Well Visits Privacy Notice');
    expect(headings(tree.blocks)).toEqual(['What information we collect about you']);
  });

  it('reads a flattened cookie table\'s grouping over a purpose and an expiry alone on its line as the table\'s, not a heading (Ofgem)', () => {
    const ofgem = 'Cookies in use on this website\n\nCookies are small text files which are placed on your computer or mobile phone when you browse a website.\n\nCookies we use\n\nSession Management\n\nThis helps us to keep your experience of the Ofgem website consistent when you are browsing the website.\n\nWhen you close your browser\n\nNotifications and Alerts\n\nThis remembers whether you have dismissed the cookie notification.\n\n90 Days\n';
    expect(headings(textToTree(ofgem).blocks)).toEqual(['Cookies we use']);
  });
});

describe('the last original of the round (the Royal College of Paediatrics and Child Health\'s growth charts API, MkDocs Markdown)', () => {
  it('reads the body a table of the notice\'s contact details names in its first row', async () => {
    const rcpch = '# Privacy Notice\n\n## How to contact us\n\nPlease contact the RCPCH Data Protection Officer if you wish to make a request or enquiry.\n\n| Our Contact Details |\n| --- |\n| Royal College of Paediatrics and Child Health (RCPCH) |\n| 5-11 Theobalds Road, London, WC1X 8SH |\n| +44 (0)20 7092 6000 |\n';
    expect(await familyOf('controller', rcpch, 'privacy.md')).toEqual(['Royal College of Paediatrics and Child Health']);
  });

  it('reads no basis from the exception to a right in a list under "You have the following rights in relation to your data:"', async () => {
    const rights = '# Privacy Notice\n\n## Your Rights\n\nYou have the following rights in relation to your data:\n\n* Delete your personal data (called a right to erasure). We cannot delete all personal data as we may have a legal obligation or because we have a requirement to retain it for a task in the public interest, but we can delete your account.\n* Object to processing (right to objection).\n';
    expect(await familyOf('art6', rights, 'privacy.md')).toEqual([]);
  });
});
