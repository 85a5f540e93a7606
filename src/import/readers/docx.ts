/**
 * The .docx route: mammoth reads the OOXML (paragraph styles, numbering levels, bold, italics,
 * hyperlinks with their relationship targets, tables, footnotes) and writes simple HTML, which
 * the HTML reader turns into the intermediate tree. mammoth ignores bookmarks and comments.
 */
import mammoth from 'mammoth';
import type { DocTree, RouteNote } from '../doc-tree.js';
import { htmlToTree } from './html.js';
import { ImportError } from '../import-errors.js';

/**
 * Word's Title style is the notice's title (h1); Heading 1–5 are its sections (h2–h6), so a
 * document without a Title keeps every Heading 1 as a section. Underline is dropped (Word uses
 * it for links, which mammoth already reads).
 */
export const DOCX_STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  'p.Title => h1:fresh',
  "p[style-name='Subtitle'] => p:fresh",
  "p[style-name='Heading 1'] => h2:fresh",
  "p[style-name='heading 1'] => h2:fresh",
  'p.Heading1 => h2:fresh',
  "p[style-name='Heading 2'] => h3:fresh",
  "p[style-name='heading 2'] => h3:fresh",
  'p.Heading2 => h3:fresh',
  "p[style-name='Heading 3'] => h4:fresh",
  "p[style-name='heading 3'] => h4:fresh",
  'p.Heading3 => h4:fresh',
  "p[style-name='Heading 4'] => h5:fresh",
  "p[style-name='heading 4'] => h5:fresh",
  'p.Heading4 => h5:fresh',
  "p[style-name='Heading 5'] => h6:fresh",
  "p[style-name='Heading 6'] => h6:fresh",
];

/** Reads .docx bytes. Throws an Error with a clear message for a corrupt package. */
export async function docxToTree(bytes: Uint8Array, name = 'the document'): Promise<DocTree> {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  let result: { value: string; messages: { type: string; message: string }[] };
  try {
    // Node's build reads `buffer`, the browser build `arrayBuffer`; both accept these bytes.
    const input = { buffer: bytes, arrayBuffer: buffer } as unknown as Parameters<typeof mammoth.convertToHtml>[0];
    result = await mammoth.convertToHtml(input, { styleMap: DOCX_STYLE_MAP, includeDefaultStyleMap: true, ignoreEmptyParagraphs: true });
  } catch (error) {
    throw new ImportError(`${name} could not be read as a Word document (${(error as Error).message.split('\n')[0]}). It may be damaged: open it in Word and save it again.`, 'corrupt');
  }
  const notes: RouteNote[] = [];
  const unknownStyles = new Set<string>();
  for (const message of result.messages) {
    const style = /Unrecognised (?:paragraph|run) style: '([^']+)'/.exec(message.message)?.[1];
    if (style) unknownStyles.add(style);
  }
  if (unknownStyles.size) {
    notes.push({ kind: 'artefact', text: `Word styles read as plain paragraphs or text: ${[...unknownStyles].slice(0, 12).map((s) => `"${s}"`).join(', ')}. If one of them is a heading style, restyle it as Heading 1–3 in Word and import again.` });
  }
  return htmlToTree(result.value, notes);
}
