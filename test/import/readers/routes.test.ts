import { Document, ExternalHyperlink, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { blockText, type DocBlock } from '../../../src/import/doc-tree.js';
import { docxToTree } from '../../../src/import/readers/docx.js';
import { decodeEntities, htmlToTree } from '../../../src/import/readers/html.js';
import { markdownToTree } from '../../../src/import/readers/markdown.js';

const kinds = (blocks: DocBlock[]) => blocks.map((b) => (b.kind === 'heading' ? `h${b.level}` : b.kind));

describe('the HTML route', () => {
  it('reads headings, paragraphs, nested lists, marks and links', () => {
    const tree = htmlToTree('<h1>Privacy notice</h1><h2>Who we are</h2><p>We are <strong>the council</strong>, see <a href="https://leeds.gov.uk">our site</a>.</p><ul><li>one<ul><li>nested</li></ul></li><li><em>two</em></li></ul>');
    expect(kinds(tree.blocks)).toEqual(['h1', 'h2', 'paragraph', 'list']);
    const p = tree.blocks[2]!;
    expect(p.kind === 'paragraph' && p.content).toEqual(['We are ', { strong: ['the council'] }, ', see ', { link: ['our site'], href: 'https://leeds.gov.uk' }, '.']);
    const list = tree.blocks[3]!;
    if (list.kind !== 'list') throw new Error('expected a list');
    expect(list.items[0]!.children[0]!.kind).toBe('list');
  });

  it('tolerates unclosed tags and optional end tags, and decodes entities', () => {
    const tree = htmlToTree('<p>First &amp; second<p>Third &#8217;quoted&rsquo;<ul><li>a<li>b</ul>');
    expect(tree.blocks.map(blockText)).toEqual(['First & second', 'Third ’quoted’', 'a\nb']);
    expect(decodeEntities('&nbsp;&bogus;&#x2019;')).toBe('\u00a0&bogus;’');
  });

  it('reads the main content of a saved web page, skipping scripts, styles and navigation', () => {
    const tree = htmlToTree('<html><head><style>p{}</style></head><body><nav><p>Menu</p></nav><main><h2>Your rights</h2><script>alert(1)</script><p>You can ask.</p></main><footer>Footer</footer></body></html>');
    expect(tree.blocks.map(blockText)).toEqual(['Your rights', 'You can ask.']);
  });

  it('reads tables with a header row, and definition lists', () => {
    const tree = htmlToTree('<table><tr><th>Record</th><th>Kept for</th></tr><tr><td>GP record</td><td>10 years</td></tr></table><dl><dt>Access</dt><dd>ask for a copy</dd></dl>');
    expect(kinds(tree.blocks)).toEqual(['table', 'dl']);
    const table = tree.blocks[0]!;
    if (table.kind !== 'table') throw new Error('expected a table');
    expect(table.head).toEqual([['Record'], ['Kept for']]);
    expect(table.rows).toEqual([[['GP record'], ['10 years']]]);
  });

  it('splits a paragraph with <br> into address lines', () => {
    const tree = htmlToTree('<p>County Hall<br>Market Road<br>CM1 1QH</p>');
    expect(tree.blocks.every((b) => b.kind === 'paragraph' && b.line)).toBe(true);
    expect(tree.blocks).toHaveLength(3);
  });

  it('keeps a link whose target was lost without an href, and drops bookmarks', () => {
    const tree = htmlToTree('<p><a id="_Toc1"></a>Complete the <a>Support Request Form</a>.</p>');
    const p = tree.blocks[0]!;
    expect(p.kind === 'paragraph' && p.content).toEqual(['Complete the ', { link: ['Support Request Form'] }, '.']);
  });

  it('turns mammoth footnotes into "[n]" paragraphs and drops their back-links', () => {
    const tree = htmlToTree('<p>Records<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup> are kept.</p><ol><li id="footnote-1"><p> Kept by the trust. <a href="#footnote-ref-1">↑</a></p></li></ol>');
    expect(tree.blocks.map(blockText)).toEqual(['Records[1] are kept.', '[1] Kept by the trust.']);
  });

  it('removes invisible characters and notes it', () => {
    const tree = htmlToTree('<p>Your\u200b data\u00ad here</p>');
    expect(blockText(tree.blocks[0]!)).toBe('Your data here');
    expect(tree.notes[0]?.text).toMatch(/zero-width/);
  });
});

describe('the Markdown route', () => {
  it('reads CommonMark headings, lists with nesting, emphasis and links, joining soft breaks', () => {
    const tree = markdownToTree('# Notice\n\n## Sharing\n\nWe share with **the police**\nand the *courts*.\n\n- one\n  - nested\n- [two](https://example.org.uk)\n');
    expect(kinds(tree.blocks)).toEqual(['h1', 'h2', 'paragraph', 'list']);
    const p = tree.blocks[2]!;
    expect(p.kind === 'paragraph' && p.content).toEqual(['We share with ', { strong: ['the police'] }, ' and the ', { em: ['courts'] }, '.']);
    const list = tree.blocks[3]!;
    if (list.kind !== 'list') throw new Error('expected a list');
    expect(list.items[0]!.children[0]!.kind).toBe('list');
    expect(list.items[1]!.content).toEqual([{ link: ['two'], href: 'https://example.org.uk' }]);
  });

  it('reads ordered lists, tables and hard-break address lines', () => {
    const tree = markdownToTree('1. first\n2. second\n\n| Data | Kept |\n| --- | --- |\n| Letters | 2 years |\n\nCounty Hall  \nCM1 1QH\n');
    expect(kinds(tree.blocks)).toEqual(['list', 'table', 'paragraph', 'paragraph']);
    expect(tree.blocks[0]!.kind === 'list' && tree.blocks[0]!.ordered).toBe(true);
  });

  it('reads "[^1]" footnotes as "[1]" markers and drops inline HTML tags', () => {
    const tree = markdownToTree('Kept[^1] for <span>years</span>.\n\n[^1]: By law.\n');
    expect(tree.blocks.map(blockText)).toEqual(['Kept[1] for years.', '[1] By law.']);
    expect(tree.notes.map((n) => n.text).join(' ')).toMatch(/inline HTML/);
  });
});

describe('the .docx route (mammoth)', () => {
  it('reads Title and Heading styles, bullet levels, bold runs, hyperlinks and tables from a Word document', async () => {
    const doc = new Document({
      numbering: {
        config: [{ reference: 'b', levels: [0, 1].map((level) => ({ level, format: LevelFormat.BULLET, text: '•' })) }],
      },
      sections: [{
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('Surgery privacy notice')] }),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Who we share with')] }),
          new Paragraph({ children: [new TextRun('We rely on '), new TextRun({ text: 'Public Task', bold: true }), new TextRun('.')] }),
          new Paragraph({ numbering: { reference: 'b', level: 0 }, children: [new TextRun('the hospital')] }),
          new Paragraph({ numbering: { reference: 'b', level: 1 }, children: [new TextRun('its pharmacy')] }),
          new Paragraph({ children: [new ExternalHyperlink({ link: 'https://ico.org.uk/make-a-complaint/', children: [new TextRun('Complain to the ICO')] })] }),
          new Table({ rows: [new TableRow({ children: [new TableCell({ children: [new Paragraph('Record')] }), new TableCell({ children: [new Paragraph('Kept')] })] }), new TableRow({ children: [new TableCell({ children: [new Paragraph('GP')] }), new TableCell({ children: [new Paragraph('10 years')] })] })] }),
        ],
      }],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(doc));
    const tree = await docxToTree(bytes);
    expect(kinds(tree.blocks)).toEqual(['h1', 'h2', 'paragraph', 'list', 'paragraph', 'table']);
    expect(tree.blocks[2]!.kind === 'paragraph' && tree.blocks[2]!.content).toEqual(['We rely on ', { strong: ['Public Task'] }, '.']);
    const list = tree.blocks[3]!;
    if (list.kind !== 'list') throw new Error('expected a list');
    expect(list.items[0]!.children[0]!.kind).toBe('list');
    expect(tree.blocks[4]!.kind === 'paragraph' && tree.blocks[4]!.content).toEqual([{ link: ['Complain to the ICO'], href: 'https://ico.org.uk/make-a-complaint/' }]);
  });

  it('rejects a damaged package with a clear message', async () => {
    await expect(docxToTree(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'broken.docx')).rejects.toThrow(/broken\.docx could not be read as a Word document/);
  });
});
