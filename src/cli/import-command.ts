/**
 * `privacy-consent import <notice.docx|.md|.txt|.html> [-o privacy.json]`: turns an existing
 * privacy notice into a config whose `notice` keeps the organisation's wording, prints a summary
 * (sections found, fields filled, import notes by kind) and writes the JSON.
 *
 * Exit codes: 0 the config was written; 1 it was written but the document had no headings or
 * no title, so the structure is minimal; 2 nothing was written (unreadable, empty or binary
 * input, a bad option, or the output file exists without --force).
 */
import { access, readFile, writeFile } from 'node:fs/promises';
import { basename, extname, relative, resolve } from 'node:path';
import { describeFields, importNotice, ImportError, type ImportResult } from '../import/import-notice.js';
import { parseArgs } from './args.js';
import { EXIT } from './io.js';

/** Documents bigger than this are refused before reading (a notice is a few hundred KB at most). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export const IMPORT_USAGE = `Usage: privacy-consent import <notice.docx|notice.md|notice.txt|notice.html> [options]

Reads an existing privacy notice and writes a config whose "notice" keeps every section in the
organisation's own words, with contacts, lawful bases, retention, rights and the complaint route
filled where the text is clear. Everything guessed, suspicious or missing is listed in
"notice.importNotes" (and below) for a person to resolve before publishing.

Options:
  -o, --output <file>         where to write the config (default: <notice name>.json in the
                              current directory); "-" writes the JSON to standard output
  --organisation <name>       the organisation's name, when the document does not say it clearly
  --notice-version <version>  the config and notice version (default: imported-YYYY-MM-DD)
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
    { flags: ['help', 'force'], options: ['output', 'organisation', 'notice-version'] },
  );
  if (args.flags.has('help')) {
    io.stdout(IMPORT_USAGE);
    return EXIT.ok;
  }
  const usageError =
    args.error ?? (args.positionals.length === 0 ? 'give the path of the notice to import' : args.positionals.length > 1 ? 'give one notice at a time' : undefined);
  if (usageError) {
    io.stderr(`privacy-consent import: ${usageError}\n\n${IMPORT_USAGE}`);
    return EXIT.errors;
  }
  const input = resolve(io.cwd, args.positionals[0]!);
  const name = basename(input);
  let bytes: Uint8Array;
  try {
    const buffer = await readFile(input);
    if (buffer.byteLength > MAX_IMPORT_BYTES) {
      io.stderr(`privacy-consent import: ${name} is ${(buffer.byteLength / 1048576).toFixed(0)} MB; a privacy notice is far smaller. Nothing written.\n`);
      return EXIT.errors;
    }
    bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    io.stderr(`privacy-consent import: cannot read ${args.positionals[0]}: ${why}\n`);
    return EXIT.errors;
  }

  let result: ImportResult;
  try {
    const organisation = args.options.get('organisation');
    const version = args.options.get('notice-version');
    result = await importNotice(name, bytes, { ...(organisation ? { organisation } : {}), ...(version ? { version } : {}) });
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

  const summary = formatSummary(result, name, output ? relative(io.cwd, output) || output : undefined);
  (toStdout ? io.stderr : io.stdout)(summary);
  const degraded = result.config.notice.importNotes?.some((n) => /has no headings|has no title line/.test(n.text)) ?? false;
  return degraded ? EXIT.warnings : EXIT.ok;
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}


const FORMAT_NAMES = { docx: 'Word .docx', md: 'Markdown', txt: 'plain text', html: 'HTML' } as const;
/** Notes that need a decision are listed in full; the rest are counted. */
const LISTED_KINDS = new Set(['possible-error', 'broken-xref', 'missing-url', 'missing-content']);

/** The terminal summary: what was found and what a person must review. */
export function formatSummary(result: ImportResult, name: string, output?: string): string {
  const { summary, config } = result;
  const notice = config.notice;
  const lines: string[] = [];
  lines.push(`Imported ${name} (${FORMAT_NAMES[summary.format]})${output ? ` → ${output}` : ''}`);
  lines.push(`  Title: ${summary.title}`);
  lines.push(`  Organisation: ${config.organisation.name}`);
  lines.push(`  ${summary.sections} section${summary.sections === 1 ? '' : 's'}, ${summary.blocks} blocks of text`);
  const filled = describeFields(summary);
  lines.push(`  Filled: ${filled.length ? filled.join(', ') : 'nothing (no structured facts recognised)'}`);
  const notes = notice.importNotes ?? [];
  const byKind = Object.entries(summary.notes).map(([k, n]) => `${n} ${k}`).join(', ');
  lines.push(`  Import notes: ${notes.length}${notes.length ? ` (${byKind})` : ''}`);
  for (const note of notes) {
    if (!LISTED_KINDS.has(note.kind)) continue;
    lines.push(`    ${note.kind} at ${note.at}: ${note.text}`);
  }
  if (notes.some((n) => !LISTED_KINDS.has(n.kind))) lines.push('    (artefacts removed and facts inferred are listed in notice.importNotes)');
  lines.push('');
  lines.push(`Next: review every import note, set "resolved": true on each, then run: privacy-consent check ${output ?? '<config.json>'}`);
  return `${lines.join('\n')}\n`;
}
