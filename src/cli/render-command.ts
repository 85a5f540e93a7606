/**
 * `privacy-consent render <config.json> [-o notice.html] [--lang cy] [--fragment]`: the config's
 * privacy notice as static HTML (`src/render/`), to publish as the notice page or to include in
 * one, where `<privacy-notice>` takes it over when JavaScript runs.
 *
 * The config is checked first as `check` checks it, with the same messages and exit codes: with
 * an error (or a warning, under --strict) nothing is written.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { renderNotice } from '../render/render-notice.js';
import { parseArgs } from './args.js';
import { checkFile } from './check-command.js';
import { formatReport } from './format.js';
import { EXIT, type CliIo } from './io.js';

export const RENDER_USAGE = `Usage: privacy-consent render <config.json> [options]

Writes the config's privacy notice as static HTML: every section, the first layer, the contents,
contact cards, cookie tables, the glossary's definitions and working links, readable before and
without JavaScript. Include it in your notice page: with the privacy-consent script on the page,
<privacy-notice> takes it over in place. The config is checked first, as "check" does; nothing is
written when it has errors.

Options:
  -o, --output <file>      where to write the HTML (default: standard output)
  --lang <tag>             the language to render, one the config has (default: its own);
                           run once per language for a bilingual site
  --fragment               only the <privacy-notice> element, to include in a page
                           (default: a complete HTML page)
  --heading-level <1-6>    level of the notice's main heading (default 1)
  --draft                  render a notice that does not yet pass the compliance rules, to
                           review it (their errors are listed; JSON and schema errors still stop it)
  --strict                 treat warnings as errors: write nothing and exit with 1
  --help                   show this help

Exit codes: 0 written; 1 warnings only, with --strict (nothing written); 2 errors, or a file
that cannot be read (nothing written). A --draft is written despite compliance errors (exit 0).
`;

/** Runs `render`. Never throws for bad input: every problem becomes a message and an exit code. */
export async function runRender(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(
    argv.map((a) => (a === '-o' ? '--output' : a.startsWith('-o=') ? `--output=${a.slice(3)}` : a)),
    { flags: ['fragment', 'strict', 'draft', 'help'], options: ['output', 'lang', 'heading-level'] },
  );
  if (args.flags.has('help')) {
    io.stdout(RENDER_USAGE);
    return EXIT.ok;
  }
  const level = args.options.get('heading-level');
  const usageError =
    args.error ??
    (args.positionals.length === 0
      ? 'give the path of a config file to render'
      : args.positionals.length > 1
        ? 'give one config at a time'
        : level !== undefined && !/^[1-6]$/.test(level)
          ? `--heading-level must be a number from 1 to 6, not "${level}"`
          : undefined);
  if (usageError) {
    io.stderr(`privacy-consent render: ${usageError}\n\n${RENDER_USAGE}`);
    return EXIT.errors;
  }
  const file = args.positionals[0]!;
  const strict = args.flags.has('strict');
  const draft = args.flags.has('draft');

  // The same reading and checking as `check`: the same messages, the same exit codes.
  const report = await checkFile(file, io.cwd);
  const stopping = report.problem ? 1 : report.findings.filter((f) => f.severity === 'error' && (!draft || f.rule === 'json' || f.rule === 'schema')).length;
  const checkExit = stopping > 0 ? EXIT.errors : report.warnings > 0 && strict ? EXIT.warnings : EXIT.ok;
  if (report.findings.length || report.problem) {
    const { out, err } = formatReport([report], { strict });
    io.stderr(`${err}${out}`);
  }
  if (checkExit !== EXIT.ok) {
    io.stderr(`privacy-consent render: nothing written.\n`);
    return checkExit;
  }

  const rendered = await renderNotice(await readFile(resolve(io.cwd, file), 'utf8'), {
    lang: args.options.get('lang'),
    fragment: args.flags.has('fragment'),
    headingLevel: level === undefined ? undefined : Number(level),
    draft,
  });
  const problems = rendered.findings.filter((f) => f.rule === 'render');
  if (!rendered.html) {
    for (const p of problems) io.stderr(`${file}: error: ${p.message}\n    at ${p.path}\n`);
    io.stderr(`privacy-consent render: nothing written.\n`);
    return EXIT.errors;
  }
  const output = args.options.get('output');
  if (output === undefined || output === '-') io.stdout(rendered.html);
  else {
    try {
      await writeFile(resolve(io.cwd, output), rendered.html);
    } catch (error) {
      io.stderr(`privacy-consent render: cannot write ${output}: ${(error as Error).message}\n`);
      return EXIT.errors;
    }
    io.stderr(`${output}: the notice in ${rendered.lang}, ${(Buffer.byteLength(rendered.html) / 1024).toFixed(1)} KB\n`);
  }
  const others = rendered.languages.filter((l) => l !== rendered.lang);
  if (others.length) io.stderr(`The config also has ${others.join(', ')}: render each with --lang.\n`);
  return EXIT.ok;
}
