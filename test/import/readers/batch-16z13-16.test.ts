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
});
