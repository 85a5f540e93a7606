/**
 * What a CLI command receives: its arguments and where to write. Commands never touch `process`
 * directly, so they can be run and tested in-process.
 */
export interface CliIo {
  /** Writes to standard output; `text` carries its own newlines. */
  stdout(text: string): void;
  /** Writes to standard error; `text` carries its own newlines. */
  stderr(text: string): void;
  /** The directory relative paths are resolved from. */
  cwd: string;
  /** Whether standard output is a terminal (colour and layout may then differ). */
  isTTY?: boolean;
}

/**
 * A subcommand: `argv` is everything after its name. Resolves with the exit code:
 * 0 clean, 1 warnings only (under `--strict`), 2 errors or unusable input.
 */
export type Command = (argv: string[], io: CliIo) => Promise<number>;

/** Exit codes shared by every command. */
export const EXIT = { ok: 0, warnings: 1, errors: 2 } as const;
