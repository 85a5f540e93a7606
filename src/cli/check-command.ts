/**
 * `privacy-consent check <config.json>…`: the JSON Schema and the compliance checks over config
 * files, with each finding's JSON path, line and column. Exit code 0 when clean, 1 when there are
 * only warnings and `--strict` is given, 2 when there are errors or a file cannot be checked.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { checkConfigText, type CheckFinding } from '../check/check.js';
import { parseArgs } from './args.js';
import { formatReport, type FileReport } from './format.js';
import { EXIT, type CliIo } from './io.js';

/** Configs are sent to every visitor's browser; anything near this size is a mistake. */
export const MAX_CONFIG_BYTES = 5 * 1024 * 1024;

export const CHECK_USAGE = `Usage: privacy-consent check <config.json>… [--strict] [--format text|json]

Checks privacy-consent config files against the JSON Schema and the UK GDPR / PECR compliance
rules, and reports each problem with its JSON path, line and column.

Options:
  --strict         exit with 1 when there are warnings (and no errors)
  --format json    machine-readable output for CI (default: text)
  --help           show this help

Exit codes: 0 no problems (or warnings only, without --strict); 1 warnings only, with --strict;
2 errors, or a file that cannot be read or is not JSON.
`;

/** Runs `check`. Never throws for bad input: every problem becomes a message and an exit code. */
export async function runCheck(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { flags: ['strict', 'help'], options: ['format'] });
  if (args.flags.has('help')) {
    io.stdout(CHECK_USAGE);
    return EXIT.ok;
  }
  const format = args.options.get('format') ?? 'text';
  const usageError = args.error ?? (format !== 'text' && format !== 'json' ? `--format must be "text" or "json", not "${format}"` : args.positionals.length === 0 ? 'give the path of a config file to check' : undefined);
  if (usageError) {
    io.stderr(`privacy-consent check: ${usageError}\n\n${CHECK_USAGE}`);
    return EXIT.errors;
  }

  const reports: FileReport[] = [];
  for (const file of args.positionals) reports.push(await checkFile(file, io.cwd));
  const errors = reports.reduce((n, r) => n + r.errors, 0);
  const warnings = reports.reduce((n, r) => n + r.warnings, 0);
  const exitCode = errors > 0 ? EXIT.errors : warnings > 0 && args.flags.has('strict') ? EXIT.warnings : EXIT.ok;

  if (format === 'json') {
    io.stdout(`${JSON.stringify({ files: reports, errors, warnings, exitCode }, null, 2)}\n`);
  } else {
    const { out, err } = formatReport(reports, { strict: args.flags.has('strict') });
    if (out) io.stdout(out);
    if (err) io.stderr(err);
  }
  return exitCode;
}

/** A file that could not be checked at all, as a report with one error. */
function unusable(file: string, message: string): FileReport {
  return { file, errors: 1, warnings: 0, problem: message, findings: [] };
}

/** Reads and checks one file. */
export async function checkFile(file: string, cwd: string): Promise<FileReport> {
  const path = resolve(cwd, file);
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) {
      const configs = (await readdir(path).catch(() => [] as string[])).filter((name) => name.endsWith('.json')).slice(0, 5);
      const hint = configs.length ? ` (JSON files in it: ${configs.join(', ')})` : '';
      return unusable(file, `${file} is a directory, not a config file: give the path of a .json file${hint}`);
    }
    if (!info.isFile()) return unusable(file, `${file} is not a regular file`);
    size = info.size;
  } catch (error) {
    return unusable(file, describeFsError(file, error));
  }
  if (size > MAX_CONFIG_BYTES) {
    return unusable(
      file,
      `${file} is ${(size / 1024 / 1024).toFixed(1)} MB, too large for a config (the limit is ${MAX_CONFIG_BYTES / 1024 / 1024} MB; a config is sent to every visitor, and real ones are a few KB to a few hundred KB). Is it the right file?`,
    );
  }
  let text: string;
  try {
    const bytes = await readFile(path);
    text = decodeUtf8(bytes);
  } catch (error) {
    return unusable(file, error instanceof TypeError ? `${file} is not UTF-8 text: ${error.message}` : describeFsError(file, error));
  }
  const result = checkConfigText(text);
  return { file, errors: result.errors, warnings: result.warnings, compliance: result.compliance, findings: result.findings };
}

/** Decodes UTF-8, refusing invalid bytes (a binary file, or text saved in another encoding). */
function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new TypeError('it contains bytes that are not UTF-8 (a binary file, or text saved in another encoding: save it as UTF-8)');
  }
}

function describeFsError(file: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return `cannot find ${file}: no such file`;
    case 'EACCES':
    case 'EPERM':
      return `cannot read ${file}: permission denied`;
    case 'EISDIR':
      return `${file} is a directory, not a config file`;
    case 'ENOTDIR':
      return `cannot find ${file}: a part of the path is not a directory`;
    default:
      return `cannot read ${file}: ${(error as Error).message}`;
  }
}

export type { CheckFinding };
