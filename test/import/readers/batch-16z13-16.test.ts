/**
 * Structure misses of batches 16z13 (NHS England and Scotland), 16z14 (cookie pages of every shape)
 * and 16z16 (Welsh notices) that took spurious headings, lost headings or broke the corpus's limit
 * of one spurious section a notice (issue 16; test/fixtures/import-corpus/, "batch" in
 * answers.json), fixed by class, each test with the real lines and their address.
 */
import { describe, expect, it } from 'vitest';
import { blockText, type DocBlock } from '../../../src/import/doc-tree.js';
import { textToTree } from '../../../src/import/readers/text.js';

const headings = (blocks: DocBlock[]) => blocks.filter((b) => b.kind === 'heading' && b.level > 1).map(blockText);

describe('batches 16z13, 16z14 and 16z16', () => {
  it('a cookie table copied one row a line under one column\'s name left of its header ("Typical content") is lines of the table, none a heading (http://www.gloshospitals.nhs.uk/en/Privacy-and-Cookies-Policy1/)', () => {
    const glos = textToTree('Cookies used on the Gloucestershire Hospitals NHS Foundation Trust website\n\nThe list below shows all of the cookies that are set by this website and the third-party services we use. If you have any queries about these cookies or would like more information about them, please contact the webteam.\n\n Typical content\nA randomly generated number used by Google Analytics\nA randomly generated number used by Google Analytics\nrandomly generated number used by Google Analytics to ascertain information on how the site was reached (e.g. direct or via a link, organic search or paid search etc)\nGlos_User Preferences Used to retain identified browser preferences set by an individual\nEPiDPCKEY Used for logging into the site (for example by those accessing a secure area via a user name and password)\n\nFor more information about cookies, see the ICO\'s guidance on cookies and similar technologies.\n');
    expect(headings(glos.blocks)).toEqual([]);
    expect(glos.blocks.map(blockText).join('\n')).toContain('EPiDPCKEY Used for logging into the site');
    // Outside a section about cookies, a column's word flush over its lines is no table's remnant.
    const other = textToTree('Privacy notice\n\nWe collect information to provide our services to you and to meet our duties as a public body.\n\nPurpose\nTo provide your care and treatment safely.\nTo plan and manage our services.\nTo meet our legal duties.\n\nWe keep your records for as long as the law requires.\n');
    expect(headings(other.blocks)).toEqual(['Purpose']);
  });

  it('a two-column table copied one cell a paragraph under the sentence that announces it, its header lost, is one definition list: the organisations named are not headings (https://www.ealing.gov.uk/info/201219/libraries/2475/ealing_libraries_privacy_notice/1)', () => {
    const ealing = textToTree('Libraries privacy notice\n\nWhat do you do with information about me?\n\nYour information is collected for the purpose of providing access to a comprehensive public library service.\n\nYour information will be shared with the following organisations:\n\n\n\nLibrary Management System\n\nPersonal information to provide access to library resources\n\nDebt vollection\n\nContact and finance information will be shared for debt collection\n\nOnline resource providers\n\nName and library card number to provide access to Ealing purchased licences.\n\nOther Local Authority members of the London Libraries Consortium\n\nAll data as part of London wide library provision, allowing access to libraries where you live, study and work without the need to duplicate input.\n\nOther Ealing Council departments\n\nContact and personal information in relation to safegu');
    expect(headings(ealing.blocks)).toEqual(['What do you do with information about me?']);
    const dl = ealing.blocks.find((b) => b.kind === 'dl');
    expect(dl?.kind === 'dl' && dl.items.map((item) => blockText({ kind: 'paragraph', content: item.term }))).toEqual(['Library Management System', 'Debt vollection', 'Online resource providers', 'Other Local Authority members of the London Libraries Consortium', 'Other Ealing Council departments']);
    // A right named over what it gives, "You …", is a section under its heading, after an intro too.
    const rights = textToTree('Privacy notice\n\nYour rights\n\nYou have the following rights:\n\nRight of access\n\nYou can ask for a copy of the information we hold about you.\n\nRight to rectification\n\nYou can ask us to correct information you think is wrong.\n\nRight to erasure\n\nYou can ask us to delete your information in some circumstances.\n');
    expect(headings(rights.blocks)).toEqual(['Your rights', 'Right of access', 'Right to rectification', 'Right to erasure']);
  });

  it('a heading flush over a cookie table\'s header whose column names ran together ("Cookie ExpirationDescription", "EnwDibenYn dod i ben") heads its table, with no blank line round it (https://www.fosterwithus.org.uk/cookies, https://telldwp.campaign.gov.uk/manylion-cwcis)', () => {
    const foster = textToTree('Cookie policy\n\nChanging your cookie settings\n\nYou can change your computer settings at any time to accept all cookies, to notify you when a cookie is issued, or not to receive cookies.\n\nFind out more at on the About Cookies website\nOur site cookies\nCookie ExpirationDescription\n_ga1 yearUsed to distinguish users.\n_gcl_au2 monthsTracks conversion\n');
    expect(headings(foster.blocks)).toEqual(['Changing your cookie settings', 'Our site cookies']);
    const dwp = textToTree('Manylion cwcis\n\nGoogle Analytics 4\nEnwDibenYn dod i ben\n_gidMae hyn yn ein helpu i gyfrif faint o bobl sy’n ymweld â’r wefan trwy olrhain os ydych chi wedi ymweld o’r blaen.24 awr\n_gatFe’i defnyddir i reoli’r gyfradd y gwneir ceisiadau gweld tudalennau.10 munud\nPolylang\nEnwDibenYn dod i ben\npll_languageCofio’r gosodiadau iaith rydych chi’n eu dewis.1 Flwyddyn\n');
    expect(headings(dwp.blocks)).toContain('Polylang');
  });
});
