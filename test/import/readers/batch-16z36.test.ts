/**
 * Structure classes from batch 16z36 (test/fixtures/import-corpus/, "batch": "16z36": pages as their
 * GitHub repositories hold them), each in a short page of the same shape.
 */
import { describe, expect, it } from 'vitest';
import { htmlToTree } from '../../../src/import/readers/html.js';
import { markdownToTree } from '../../../src/import/readers/markdown.js';
import { headings, text } from '../support/blocks.js';

describe('batch 16z36: pages as their repositories hold them', () => {
  it('reads a form that holds the page\'s wording (a study\'s information sheet above its consent box), and still skips a search box (https://github.com/Camerontaylorr/HonoursProject2019-2020 participantInformation.php)', () => {
    const sheet = `<h1>Fitts' Law</h1><form method="post" action="consent.php"><h3>Invitation:</h3>You are invited to take part in a research project. Before you decide whether or not you would like to participate it is important that you read the information provided below.<h4>Who is conducting the research?</h4>This study is being undertaken by a 4th year student within the Discipline of Computing, University of Dundee.<h4>Data Protection</h4>The University of Dundee is the data controller for the personal data collected for this study and processes it as necessary for the performance of a task carried out in the public interest.<label><input type="checkbox" name="agree"> I agree to take part</label><button type="submit">Continue</button></form>`;
    const tree = htmlToTree(sheet);
    expect(headings(tree.blocks)).toEqual(['Invitation:', 'Who is conducting the research?', 'Data Protection']);
    expect(text(tree.blocks)).toContain('The University of Dundee is the data controller');
    expect(text(tree.blocks)).not.toContain('Continue');
    const search = htmlToTree('<h1>Privacy</h1><form role="search"><label for="q">Search this site</label><input id="q"><button>Search</button></form><p>We keep your data safe.</p>');
    expect(text(search.blocks)).toBe('Privacy\nWe keep your data safe.');
  });

  it('keeps the lines of an address written a line each in Markdown, which Markdown would join (https://github.com/DFE-Digital/buy-for-your-school app/views/static/privacy.md)', () => {
    const tree = markdownToTree('## The right to lodge a complaint\n\nContact us by writing to:\n\nMinisterial and Public Communications Division\nDepartment for Education\nPiccadilly Gate\nStore Street\nManchester\nM1 2WD\n\nA sentence that wraps\nover two lines stays one paragraph.\n');
    expect(tree.blocks.filter((b) => b.kind === 'paragraph' && b.line).length).toBe(6);
    expect(text(tree.blocks)).toContain('A sentence that wraps over two lines stays one paragraph.');
  });
});
