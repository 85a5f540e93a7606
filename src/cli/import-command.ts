/**
 * `privacy-consent import <notice.docx|.md|.txt|.html> [translation] [-o privacy.json]`: turns an
 * existing privacy notice into a config whose `notice` keeps the organisation's wording, prints a
 * summary (sections found, the facts read with the sentence each came from, import notes by kind)
 * and writes the JSON. A second file (the same notice in Welsh, say) becomes a `translations` entry.
 *
 * Exit codes: 0 the config was written; 1 it was written but the document had no headings or
 * no title, so the structure is minimal; 2 nothing was written (unreadable, empty or binary
 * input, a bad option, or the output file exists without --force).
 */
import { access, readFile, writeFile } from 'node:fs/promises';
import { basename, extname, relative, resolve } from 'node:path';
import { describeFields, importNotice, importPair, ImportError, isRestructuredText, type ImportResult } from '../import/import-notice.js';
import type { FoundFact } from '../import/facts/sources.js';
import { parseArgs } from './args.js';
import { EXIT } from './io.js';

/** Documents bigger than this are refused before reading (a notice is a few hundred KB at most). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export const IMPORT_USAGE = `Usage: privacy-consent import <notice.docx|notice.md|notice.txt|notice.html> [translation] [options]

Reads an existing privacy notice and writes a config whose "notice" keeps every section in the
organisation's own words, with the controller, contacts, lawful bases, special category
conditions, retention, transfers, rights and the complaint route filled where the text is clear,
each shown below with the sentence it was read from. A cookie table becomes a draft "consent"
section. English and Welsh are read; the language is written to "lang". Everything guessed,
suspicious or missing is listed in "notice.importNotes" (and below) for a person to resolve
before publishing. Give a second file (the same notice in the other language) to import both
into one config, the second as a "translations" entry.

Options:
  -o, --output <file>         where to write the config (default: <notice name>.json in the
                              current directory); "-" writes the JSON to standard output
  --organisation <name>       the organisation's name, when the document does not say it clearly
  --notice-version <version>  the config and notice version (default: imported-YYYY-MM-DD)
  --base-url <address>        the address the notice was published at, so links relative to it
                              ("/contact") become full links instead of plain text
  --force                     overwrite the output file if it exists
  --help                      show this help

Then: privacy-consent check <config.json>, and render it with <privacy-notice>.

Exit codes: 0 written; 1 written, but the document had no headings or title (minimal structure);
2 nothing written (unreadable, empty, binary or password-protected input, or a bad option).
`;

/** The subset of the CLI's io an import needs. */
export interface ImportIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
}

/** Runs `import`. Never throws for bad input: every problem becomes a message and an exit code. */
export async function runImport(argv: string[], io: ImportIo): Promise<number> {
  const args = parseArgs(
    argv.map((a) => (a === '-o' ? '--output' : a.startsWith('-o=') ? `--output=${a.slice(3)}` : a)),
    { flags: ['help', 'force'], options: ['output', 'organisation', 'notice-version', 'base-url'] },
  );
  if (args.flags.has('help')) {
    io.stdout(IMPORT_USAGE);
    return EXIT.ok;
  }
  const usageError =
    args.error ??
    (args.positionals.length === 0
      ? 'give the path of the notice to import'
      : args.positionals.length > 2
        ? 'give one notice, or a notice and its translation'
        : baseUrlError(args.options.get('base-url')));
  if (usageError) {
    io.stderr(`privacy-consent import: ${usageError}\n\n${IMPORT_USAGE}`);
    return EXIT.errors;
  }
  const input = resolve(io.cwd, args.positionals[0]!);
  const name = basename(input);
  const files: { name: string; bytes: Uint8Array }[] = [];
  for (const given of args.positionals) {
    const read = await readNotice(given, io);
    if (!read) return EXIT.errors;
    files.push(read);
  }

  let result: ImportResult;
  try {
    const organisation = args.options.get('organisation');
    const version = args.options.get('notice-version');
    const baseUrl = args.options.get('base-url');
    const options = { ...(organisation ? { organisation } : {}), ...(version ? { version } : {}), ...(baseUrl ? { baseUrl } : {}) };
    result = files.length === 2 ? await importPair(files[0]!, files[1]!, options) : await importNotice(name, files[0]!.bytes, options);
  } catch (error) {
    if (error instanceof ImportError) {
      io.stderr(`privacy-consent import: ${error.message}\nNothing written.\n`);
      return EXIT.errors;
    }
    throw error;
  }

  const json = `${JSON.stringify(result.config, null, 2)}\n`;
  const outputOption = args.options.get('output');
  const toStdout = outputOption === '-';
  const output = toStdout ? undefined : resolve(io.cwd, outputOption ?? `${basename(name, extname(name))}.json`);
  if (output) {
    if (output === input) {
      io.stderr(`privacy-consent import: the output would overwrite the notice itself (${args.positionals[0]}). Choose another name with -o. Nothing written.\n`);
      return EXIT.errors;
    }
    if (!args.flags.has('force') && (await exists(output))) {
      io.stderr(`privacy-consent import: ${relative(io.cwd, output) || output} already exists. Use --force to overwrite it, or -o to choose another file. Nothing written.\n`);
      return EXIT.errors;
    }
    try {
      await writeFile(output, json);
    } catch (error) {
      io.stderr(`privacy-consent import: cannot write ${relative(io.cwd, output) || output}: ${(error as Error).message}\n`);
      return EXIT.errors;
    }
  } else io.stdout(json);

  const summary = formatSummary(result, files.map((f) => f.name).join(' + '), output ? relative(io.cwd, output) || output : undefined);
  (toStdout ? io.stderr : io.stdout)(summary);
  const degraded = result.config.notice.importNotes?.some((n) => /has no headings|has no title line/.test(n.text)) ?? false;
  return degraded ? EXIT.warnings : EXIT.ok;
}

/** Reads one notice file, or explains on stderr why it cannot (returns undefined). */
async function readNotice(given: string, io: ImportIo): Promise<{ name: string; bytes: Uint8Array } | undefined> {
  const path = resolve(io.cwd, given);
  const name = basename(path);
  try {
    const buffer = await readFile(path);
    if (buffer.byteLength > MAX_IMPORT_BYTES) {
      io.stderr(`privacy-consent import: ${name} is ${(buffer.byteLength / 1048576).toFixed(0)} MB; a privacy notice is far smaller. Nothing written.\n`);
      return undefined;
    }
    return { name, bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    io.stderr(`privacy-consent import: cannot read ${given}: ${why}\n`);
    return undefined;
  }
}

/** `--base-url` must be an absolute http(s) address (WHATWG URL parsing). */
function baseUrlError(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? undefined : `--base-url must be an https: or http: address, not "${value}"`;
  } catch {
    return `--base-url must be a full address such as https://www.example.gov.uk/privacy, not "${value}"`;
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}


const FAMILY_NAMES: Record<FoundFact['family'], string> = {
  controller: 'Controller', art6: 'Lawful basis (Art 6(1))', art9: 'Special category condition', retention: 'Retention', transfers: 'Transfers outside the UK',
  rights: 'Right', dpo: 'Data Protection Officer', ico: 'Complaint to the ICO', cookies: 'Cookie', language: 'Language',
};

/** The facts read, one line each, with the sentence each was read from (cookies counted, not listed). */
export function describeFound(found: FoundFact[]): string[] {
  const shown = found.filter((f) => f.family !== 'language' && f.family !== 'cookies');
  const cookies = found.filter((f) => f.family === 'cookies').length;
  if (!shown.length && !cookies) return ['  Facts read: none (see the import notes for what is missing)'];
  const quote = (s: string) => `"${s.length > 110 ? `${s.slice(0, 109)}…` : s}"`;
  const value = (f: FoundFact) => (f.family === 'art6' ? `(${f.value})` : f.family === 'art9' ? (f.value.startsWith('sch1:') ? `DPA 2018 Sch 1 para ${f.value.slice(5)}` : `Art 9(2)(${f.value})`) : f.family === 'ico' ? 'yes' : f.value);
  return [
    '  Facts read (and the sentence each came from):',
    ...shown.map((f) => `    ${FAMILY_NAMES[f.family]}: ${value(f)} ← ${quote(f.source)}`),
    ...(cookies ? [`    ${cookies} cookie${cookies === 1 ? '' : 's'} named in the notice, in a draft "consent" section`] : []),
  ];
}

const FORMAT_NAMES = { docx: 'Word .docx', md: 'Markdown', txt: 'plain text', html: 'HTML' } as const;
/** Notes that need a decision are listed in full; the rest are counted. */
const LISTED_KINDS = new Set(['possible-error', 'broken-xref', 'missing-url', 'missing-content']);

/** The terminal summary: what was found and what a person must review. */
export function formatSummary(result: ImportResult, name: string, output?: string): string {
  const { summary, config } = result;
  const notice = config.notice;
  const lines: string[] = [];
  // (A reStructuredText file goes through the Markdown route: say what it was.)
  const format = isRestructuredText(name) ? 'reStructuredText, read as Markdown' : FORMAT_NAMES[summary.format];
  lines.push(`Imported ${name} (${format})${output ? ` → ${output}` : ''}`);
  lines.push(`  Title: ${summary.title}`);
  lines.push(`  Organisation: ${config.organisation.name}`);
  lines.push(`  Language: ${config.lang === 'cy' ? 'Welsh (cy)' : config.lang === 'en-GB' ? 'English (en-GB)' : config.lang ?? 'en-GB'}${config.translations ? `, with ${Object.keys(config.translations).map((l) => (l === 'cy' ? 'Welsh (cy)' : l)).join(', ')} in "translations"` : ''}`);
  lines.push(`  ${summary.sections} section${summary.sections === 1 ? '' : 's'}, ${summary.blocks} blocks of text`);
  const filled = describeFields(summary);
  lines.push(`  Filled: ${filled.length ? filled.join(', ') : 'nothing (no structured facts recognised)'}`);
  lines.push(...describeFound(result.found));
  const notes = notice.importNotes ?? [];
  const byKind = Object.entries(summary.notes).map(([k, n]) => `${n} ${k}`).join(', ');
  lines.push(`  Import notes: ${notes.length}${notes.length ? ` (${byKind})` : ''}`);
  for (const note of notes) {
    if (!LISTED_KINDS.has(note.kind)) continue;
    lines.push(`    ${note.kind} at ${note.at}: ${note.text}`);
  }
  if (notes.some((n) => !LISTED_KINDS.has(n.kind))) lines.push('    (artefacts removed and facts inferred are listed in notice.importNotes)');
  lines.push('');
  lines.push(`Next: review every import note (drop ${output ?? 'the config'} on the import demo page, npm start then /import.html, to tick them off beside the notice), or set "resolved": true on each by hand, then run: privacy-consent check ${output ?? '<config.json>'}`);
  return `${lines.join('\n')}\n`;
}
