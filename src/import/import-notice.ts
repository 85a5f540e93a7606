/**
 * Imports an existing privacy notice (.docx, Markdown, plain text or HTML) into a config whose
 * `notice` carries the document's wording exactly, with structured facts filled where the text
 * is clear and import notes for everything a person must review. Pure and platform-independent:
 * the CLI runs it in Node, the import demo in the browser.
 */
import { buildConfig, type ImportFormat, type ImportOptions, type ImportResult } from './build-config.js';
import type { DocTree } from './doc-tree.js';
import { ImportError } from './import-errors.js';
import { htmlToTree } from './readers/html.js';
import { markdownToTree } from './readers/markdown.js';
import { hamlToHtml, isHaml } from './readers/haml.js';
import { isJsx, jsxToHtml } from './readers/jsx.js';
import { isSlim, slimToHtml } from './readers/slim.js';
import { rstToMarkdown } from './readers/rst.js';
import { textToTree } from './readers/text.js';

export { ImportError };
export { buildConfig, describeFields, findLastUpdated, type ImportFormat, type ImportOptions, type ImportResult, type ImportSummary } from './build-config.js';


const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** `%PDF-`: the first bytes of every PDF file (ISO 32000-1 §7.5.2). */
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** The format of a file, from its content first (a .docx is a zip) and then its name. */
export function detectFormat(name: string, bytes: Uint8Array): ImportFormat {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  if (startsWith(bytes, ZIP)) return 'docx';
  if (startsWith(bytes, OLE2)) {
    throw new ImportError(
      ext === 'docx'
        ? `${name} is an encrypted (password-protected) Word document. Remove the password in Word (File > Info > Protect Document) and save it again, then import that copy.`
        : `${name} is an old-style Word 97–2003 document (.doc) or another OLE file. Open it in Word or LibreOffice, save it as .docx, then import that.`,
      ext === 'docx' ? 'encrypted' : 'unsupported',
    );
  }
  // A PDF holds positioned glyphs, not a document's structure: the text must be taken out first.
  if (startsWith(bytes, PDF) || ext === 'pdf') {
    throw new ImportError(
      `${name} is a PDF, which the importer cannot read directly. Import the original Word document if you have it; otherwise open the PDF, select all its text, copy it into a .txt file (or use "Save as text", or pdftotext), and import that.`,
      'unsupported',
    );
  }
  if (ext === 'docx') throw new ImportError(`${name} is not a Word .docx file (it is not a zip package). If it is a text file, rename it to .txt.`, 'corrupt');
  // (reStructuredText is read through the Markdown reader, converted first: readTree.)
  if (ext === 'md' || ext === 'markdown' || ext === 'rst') return 'md';
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  // A page template as a site's repository holds it ("privacy.html.erb", "cookies.njk", "Privacy.cshtml"): HTML with directives.
  if (TEMPLATE_EXTENSIONS.includes(ext)) return 'html';
  if (ext === 'txt' || ext === 'text' || ext === '') return 'txt';
  throw new ImportError(`${name}: unsupported file type ".${ext}". The importer reads .docx, .md, .rst, .txt and .html (and HTML page templates: ${TEMPLATE_EXTENSIONS.map((e) => `.${e}`).join(', ')}).`, 'unsupported');
}

/** Page-template files, read as HTML with their directives (Haml, Slim, ERB, Nunjucks, Jinja, Razor, Twig, Liquid, Handlebars, EJS, Template Toolkit, FreeMarker, PHP, and React components). */
export const TEMPLATE_EXTENSIONS = ['haml', 'slim', 'erb', 'njk', 'nunjucks', 'jinja', 'jinja2', 'j2', 'cshtml', 'twig', 'liquid', 'hbs', 'handlebars', 'ejs', 'tt', 'ftl', 'ftlh', 'php', 'phtml', 'jsx', 'tsx', 'js'];

/** Whether a file is reStructuredText, which is read through the Markdown route (its format is "md"). */
export function isRestructuredText(name: string): boolean {
  return /\.rst$/i.test(name);
}

/** Decodes text bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252. Refuses binary data. */
export function decodeText(name: string, bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16LE' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16BE' };
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) if (b === 0 || (b < 0x09) || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  if (sample.length && (sample.includes(0) || control / sample.length > 0.02)) {
    throw new ImportError(`${name} looks like a binary file, not text. The importer reads .docx, .md, .rst, .txt and .html files.`, 'binary');
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, ''), encoding: 'UTF-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'Windows-1252' };
  }
}

/** Reads a file into the intermediate tree through the route for its format. */
export async function readTree(name: string, bytes: Uint8Array): Promise<{ tree: DocTree; format: ImportFormat }> {
  if (!bytes.length) throw new ImportError(`${name} is empty: there is nothing to import.`, 'empty');
  const format = detectFormat(name, bytes);
  if (format === 'docx') {
    // mammoth is loaded only for Word documents (the browser demo does not fetch it otherwise).
    const { docxToTree } = await import('./readers/docx.js');
    return { tree: await docxToTree(bytes, name), format };
  }
  const { text, encoding } = decodeText(name, bytes);
  if (!text.trim()) throw new ImportError(`${name} contains no text (only white space): there is nothing to import.`, 'empty');
  const rst = isRestructuredText(name);
  const haml = format === 'html' && isHaml(name, text);
  const jsx = format === 'html' && isJsx(name);
  const slim = format === 'html' && isSlim(name);
  // (Templates that are no HTML of their own, Haml, Slim and React components, are read as the HTML they render.)
  const rendered = haml ? hamlToHtml(text) : jsx ? jsxToHtml(text) : slim ? slimToHtml(text) : undefined;
  // (A script that returns no markup is no page: "component.js" of a site's code, not its notice.)
  if (jsx && rendered !== undefined && !/\p{L}/u.test(rendered)) throw new ImportError(`${name} holds no page markup (a React component's "return ( <…> )"): the importer reads a .js, .jsx or .tsx file only as the page a component renders.`, 'unsupported');
  const tree = format === 'md' ? markdownToTree(rst ? rstToMarkdown(text) : text) : format === 'html' ? htmlToTree(rendered ?? text) : textToTree(text);
  if (haml) tree.notes.push({ kind: 'artefact', text: 'Haml template read as the HTML it renders: its elements by their indentation, the words of its helpers; its Ruby code left out.' });
  if (slim) tree.notes.push({ kind: 'artefact', text: 'Slim template read as the HTML it renders: its elements by their indentation, its text lines and the words of its helpers; its Ruby code left out.' });
  if (jsx) tree.notes.push({ kind: 'artefact', text: 'React component read as the HTML it renders: the markup it returns, words in its expressions, the first branch of a condition; its code left out.' });
  if (rst) tree.notes.push({ kind: 'artefact', text: 'reStructuredText read as the Markdown it stands for: section titles by their underlines, links, literals; its directives and comments (images, tables of contents) left out.' });
  if (encoding !== 'UTF-8') tree.notes.push({ kind: 'artefact', text: `The file was read as ${encoding} text (it was not UTF-8). Check accented letters and symbols.` });
  return { tree, format };
}

export { type DocTree };

/** Imports a file: reads it, then builds the config. Throws `ImportError` when nothing can be imported. */
export async function importNotice(name: string, bytes: Uint8Array, options: ImportOptions = {}): Promise<ImportResult> {
  const { tree, format } = await readTree(name, bytes);
  return buildConfig(tree, format, name, options);
}


/** A notice and its translation (an English and a Welsh file of the same notice), imported into one config with a `translations` entry. */
export async function importPair(first: { name: string; bytes: Uint8Array }, second: { name: string; bytes: Uint8Array }, options: ImportOptions = {}): Promise<ImportResult> {
  const a = await importNotice(first.name, first.bytes, options);
  const b = await importNotice(second.name, second.bytes, options);
  const langA = a.config.notice.lang ?? 'en-GB';
  const langB = b.config.notice.lang ?? 'en-GB';
  if (langA === langB) {
    throw new ImportError(`${first.name} and ${second.name} are both in the same language (${langA}): give a notice and its translation (for example English and Welsh).`, 'unsupported');
  }
  // English is the config's main language when one of the two is English (the page's usual default).
  const [main, other] = langB === 'en-GB' ? [b, a] : [a, b];
  const otherLang = main === a ? langB : langA;
  const config = { ...main.config, translations: { ...(main.config.translations ?? {}), [otherLang]: { notice: other.config.notice } } };
  main.config.notice.importNotes = [
    ...(main.config.notice.importNotes ?? []),
    { at: 'notice', kind: 'inferred', text: `The ${otherLang === 'cy' ? 'Welsh' : otherLang} file (${main === a ? second.name : first.name}) was imported as this notice's translation ("translations.${otherLang}.notice"). Check that its sections match this one's; its own import notes are in that notice.` },
  ];
  return { config, summary: main.summary, found: [...main.found, ...other.found.filter((f) => f.family === 'language')] };
}
