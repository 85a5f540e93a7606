/**
 * The `privacy-consent` command line: a dispatcher over subcommands. Bundled by esbuild into
 * `dist/cli.js`; `bin/privacy-consent.js` calls `run()`.
 *
 * `import` lives in its own module (`import-command.ts`, bundled as `dist/cli-import.js` when it
 * exists), exporting `runImport(argv: string[], io: CliIo): Promise<number>`; so does `scan`
 * (`scan-command.ts`, `dist/cli-scan.js`, `runScan`), which needs playwright-core. `render` loads on
 * demand too (`render-command.ts`, with Lit SSR), so `check` never loads it.
 */
import { CHECK_USAGE, runCheck } from './check-command.js';
import { EXIT, type CliIo, type Command } from './io.js';
import { nearest } from '../config/validate.js';

declare const __VERSION__: string;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : 'development';

export const USAGE = `Usage: privacy-consent <command> [options]

Commands:
  check <config.json>…   validate configs and run the compliance checks (--strict, --format json)
  import <notice>        turn a privacy notice (.docx, .md, .rst, .txt, .html, .erb, .njk …) into a config's "notice"
  render <config.json>   write the config's notice as static HTML (-o, --lang, --fragment)
  scan <url>             check a live site against its config: what it stores before a choice
  help [command]         show help

Run "privacy-consent <command> --help" for a command's options. Version ${VERSION}.
`;

/** Loads a command built as a separate module beside this one (`cli-import.js`, `cli-scan.js`). */
async function loadCommand(io: CliIo, name: 'import' | 'scan', exported: 'runImport' | 'runScan'): Promise<Command | undefined> {
  const specifier = new URL(`./cli-${name}.js`, import.meta.url).href;
  try {
    const module = (await import(specifier)) as Record<string, Command | undefined>;
    return module[exported];
  } catch (error) {
    // Say why (a missing build, a missing dependency), not just that it failed.
    io.stderr(`privacy-consent: the ${name} command could not be loaded: ${(error as Error).message}\n`);
    return undefined;
  }
}

/** Runs the CLI and resolves with the exit code. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'check':
      return runCheck(rest, io);
    case 'import':
    case 'scan': {
      const runCommand = await loadCommand(io, command, command === 'import' ? 'runImport' : 'runScan');
      if (!runCommand) return EXIT.errors;
      return runCommand(rest, io);
    }
    case 'render':
      return (await import('./render-command.js')).runRender(rest, io);
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      if (rest[0] === 'check') io.stdout(CHECK_USAGE);
      else if (rest[0] === 'import' || rest[0] === 'scan' || rest[0] === 'render') return main([rest[0], '--help'], io);
      else io.stdout(USAGE);
      return command === undefined ? EXIT.errors : EXIT.ok;
    case '--version':
    case '-v':
      io.stdout(`${VERSION}\n`);
      return EXIT.ok;
    default: {
      const suggestion = nearest(command, ['check', 'import', 'render', 'scan', 'help']);
      io.stderr(`privacy-consent: unknown command "${command}"${suggestion ? `; did you mean "${suggestion}"?` : ''}\n\n${USAGE}`);
      return EXIT.errors;
    }
  }
}

/**
 * Runs the CLI against the real process. Any unexpected failure is reported in one line, never
 * as a stack trace (set PRIVACY_CONSENT_DEBUG=1 to see it).
 */
export async function run(argv: string[]): Promise<number> {
  const io: CliIo = {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    cwd: process.cwd(),
    isTTY: process.stdout.isTTY === true,
  };
  try {
    return await main(argv, io);
  } catch (error) {
    if (process.env.PRIVACY_CONSENT_DEBUG) io.stderr(`${(error as Error).stack}\n`);
    io.stderr(`privacy-consent: internal error: ${(error as Error)?.message ?? String(error)}. Please report it with the file that caused it.\n`);
    return EXIT.errors;
  }
}
