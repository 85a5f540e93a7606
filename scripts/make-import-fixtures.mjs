// Writes the importer's test fixtures: a Word .docx (with the `docx` library) and a Markdown
// version of one real notice (../shared/notices/humankind-ips-staffordshire.txt), into
// test/fixtures/import/. Run: node scripts/make-import-fixtures.mjs
//
// The notice's structure is read here by a deliberately simple, explicit reader (the heading
// lines are listed below; "- " and "• " lines are bullets; indented lines continue the previous
// line; "**x**" is bold), independent of the importer, so the fixtures test the importer rather
// than echo it. The .docx uses Word's own structures: Title and Heading 1 styles, numbered
// bullets, bold runs, a real hyperlink, a bookmark around a heading and a page break inside a
// sentence, as a Word document would have them.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  AlignmentType, Bookmark, Document, ExternalHyperlink, HeadingLevel, LevelFormat, Packer, PageBreak, Paragraph, TextRun,
} from 'docx';

const root = fileURLToPath(new URL('..', import.meta.url));
const SOURCE = `${root}../shared/notices/humankind-ips-staffordshire.txt`;
const OUT = `${root}test/fixtures/import/`;

const TITLE = 'IPS Staffordshire Privacy Notice';
const HEADINGS = new Set([
  'Managing Your Information', 'What We Use and Why', 'How We Collect Your Data', 'Lawful Reasons for Processing',
  "Sharing Your Information with Others (also known as 'Third Parties')", 'Management Information Systems (MIS)',
  'Confidentiality', 'Transferring Your Data Outside of the UK', 'Keeping Your Information Safe', 'Keeping Your Information',
  'Destroying Your Information', 'Keeping in Touch With You', 'Your Data Rights', 'How To Complain', 'Relevant Contacts',
]);

/** The notice as blocks: { kind: 'title' | 'heading' | 'p' | 'item', text, pageBreakAfter? }. */
function readNotice(text) {
  const blocks = [];
  let pendingBreak = false;
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.replace(/\s+$/, '');
    if (!line.trim()) {
      pendingBreak = true;
      continue;
    }
    const last = blocks[blocks.length - 1];
    // An indented line continues a hard-wrapped item; a lower-case line after blank lines
    // continues a sentence a page break cut ("destroy this data on" … "our premises.").
    if (last && (/^\s/.test(line) || (/^[a-z]/.test(line) && !/[.:;!?]$/.test(last.text)))) {
      if (pendingBreak && /^[a-z]/.test(line)) last.pageBreakAt = last.text.length;
      last.text = `${last.text} ${line.trim()}`;
      pendingBreak = false;
      continue;
    }
    pendingBreak = false;
    const t = line.trim();
    if (t === TITLE) blocks.push({ kind: 'title', text: t });
    else if (HEADINGS.has(t)) blocks.push({ kind: 'heading', text: t });
    else if (/^[-•]\s/.test(t)) blocks.push({ kind: 'item', text: t.replace(/^[-•]\s+/, '') });
    else blocks.push({ kind: 'p', text: t });
  }
  return blocks;
}

/** Splits "**bold**" and web addresses into runs: [{ text, bold?, url? }]. */
function runsOf(text) {
  const runs = [];
  for (const [i, part] of text.split(/\*\*/).entries()) {
    for (const piece of part.split(/(https:\/\/\S+?)(?=\s|$)/)) {
      if (!piece) continue;
      runs.push({ text: piece, ...(i % 2 ? { bold: true } : {}), ...(/^https:\/\//.test(piece) ? { url: piece } : {}) });
    }
  }
  return runs;
}

function docxRuns(text, pageBreakAt) {
  const out = [];
  let offset = 0;
  for (const run of runsOf(text)) {
    const end = offset + run.text.length + (run.bold ? 4 : 0);
    if (pageBreakAt !== undefined && pageBreakAt > offset && pageBreakAt < end && !run.url) {
      // The page break Word keeps inside a sentence that runs over a page.
      const cut = text.slice(0, pageBreakAt).replace(/\*\*/g, '').length - text.slice(0, offset).replace(/\*\*/g, '').length;
      out.push(new TextRun({ text: run.text.slice(0, cut), bold: run.bold }), new PageBreak(), new TextRun({ text: run.text.slice(cut), bold: run.bold }));
    } else if (run.url) {
      out.push(new ExternalHyperlink({ link: run.url, children: [new TextRun({ text: run.text, style: 'Hyperlink' })] }));
    } else out.push(new TextRun({ text: run.text, bold: run.bold }));
    offset = end;
  }
  return out;
}

function makeDocx(blocks) {
  const children = blocks.map((block) => {
    switch (block.kind) {
      case 'title':
        return new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(block.text)] });
      case 'heading':
        // A bookmark on each heading, as Word adds for a table of contents (_Toc…).
        return new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new Bookmark({ id: `_Toc${blocks.indexOf(block)}`, children: [new TextRun(block.text)] })] });
      case 'item':
        return new Paragraph({ numbering: { reference: 'bullets', level: 0 }, children: docxRuns(block.text) });
      default:
        return new Paragraph({ children: docxRuns(block.text, block.pageBreakAt) });
    }
  });
  return new Document({
    creator: 'privacy-consent test fixtures',
    title: TITLE,
    numbering: {
      config: [{
        reference: 'bullets',
        levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }],
      }],
    },
    sections: [{ children }],
  });
}

/** Escapes what Markdown would read as syntax: "*" footnote markers, "_", brackets, "<". */
function mdEscape(text) {
  return text.replace(/([\\`*_[\]<>])/g, '\\$1');
}

function mdInline(text) {
  return runsOf(text)
    .map((run) => (run.url ? `<${run.url}>` : run.bold ? `**${mdEscape(run.text)}**` : mdEscape(run.text)))
    .join('');
}

function makeMarkdown(blocks) {
  const out = [];
  let inList = false;
  for (const block of blocks) {
    if (block.kind !== 'item' && inList) {
      out.push('');
      inList = false;
    }
    if (block.kind === 'title') out.push(`# ${mdEscape(block.text)}`, '');
    else if (block.kind === 'heading') out.push(`## ${mdEscape(block.text)}`, '');
    else if (block.kind === 'item') {
      out.push(`- ${mdInline(block.text)}`);
      inList = true;
    } else out.push(mdInline(block.text).replace(/^(\d+)\./, '$1\\.'), '');
  }
  return `${out.join('\n').trim()}\n`;
}

const blocks = readNotice(readFileSync(SOURCE, 'utf8'));
mkdirSync(OUT, { recursive: true });
writeFileSync(`${OUT}humankind-ips-staffordshire.docx`, await Packer.toBuffer(makeDocx(blocks)));
writeFileSync(`${OUT}humankind-ips-staffordshire.md`, makeMarkdown(blocks));
console.log(`Wrote ${OUT}humankind-ips-staffordshire.docx and .md (${blocks.length} blocks)`);
