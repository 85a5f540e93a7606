/**
 * Structure misses of batches 16z1 (England and Scotland) and 16z2 (Wales and Northern Ireland)
 * that broke the corpus's limit of one spurious section a notice (issue 16;
 * test/fixtures/import-corpus/, "batch": "16z1" / "16z2" in answers.json), fixed by class, each
 * test with the real lines and their address.
 */
import { describe, expect, it } from 'vitest';
import { blockText, type DocBlock } from '../../../src/import/doc-tree.js';
import { textToTree } from '../../../src/import/readers/text.js';

const headings = (blocks: DocBlock[]) => blocks.filter((b) => b.kind === 'heading' && b.level > 1).map(blockText);
const title = (blocks: DocBlock[]) => { const h = blocks.find((b) => b.kind === 'heading'); return h?.kind === 'heading' && h.level === 1 ? blockText(h) : undefined; };

describe('batches 16z1 and 16z2', () => {
  it('a cell copied with its "|" separator on the next line is no heading (http://www.scotlandsheritage.org.uk/cookies/)', () => {
    const tree = textToTree('Cookies and Website Traffic Analysis\nWhen you enter the website your computer will automatically be issued with cookies.\nCookie\n|\nPurpose\n|\nMore information\n|\n__utma\n|\nA Google Analytics cookie which helps us understand how visitors are using our website.\nLifespan: Persistent |\n');
    expect(headings(tree.blocks)).toEqual([]);
  });

  it('two cookie names, each over its labelled bullets ("• Purpose: …"), are no headings (http://www.gac.culture.gov.uk/504.html)', () => {
    const tree = textToTree('Privacy and Cookies\n\nFirst-party cookies (cookies set by us)\n\nThese are cookies set by the web domain known as first-party cookies.\n\nASP.NET_SessionId\n\n  • Purpose: to store the user\'s session ID\n  • Data stored by cookie: information about the session\n  • Duration of cookie: expires at the end of the session\n\nWS_pecr-ga_cookie_perm\n\n  • Purpose: to remember whether you accepted cookies\n  • Duration of cookie: one year\n');
    expect(headings(tree.blocks)).toEqual(['First-party cookies (cookies set by us)']);
  });

  it('a site\'s "Desktop" switch, "You are in :" trail and a Welsh cookie banner before the title are furniture (http://www.assembly.wales/cy/help/pages/cookies.aspx)', () => {
    const tree = textToTree('Trwy barhau i ddefnyddio\'r wefan, rydych yn cytuno i osod nifer fechan o gwcis. Polisi cwcis\n\nDesktop\nSkip Ribbon Commands\nSkip to main content\n \n \nYou are in :\n\nPolisi Cwcis\n\nBeth yw cwcis?\n\nMae cwcis yn ffeiliau bach a gedwir ar eich cyfrifiadur.\n');
    expect(title(tree.blocks)).toBe('Polisi Cwcis');
    expect(headings(tree.blocks)).toEqual(['Beth yw cwcis?']);
  });
});
