/** A small argument parser: flags, `--name value` / `--name=value` options and positionals. */
import { nearest } from '../config/validate.js';

/** Parsed arguments, or the usage error that stopped parsing. */
export interface ParsedArgs {
  flags: Set<string>;
  options: Map<string, string>;
  positionals: string[];
  error?: string;
}

/** Parses `argv` given the flags and valued options a command accepts (names without `--`). */
export function parseArgs(argv: string[], accepts: { flags: string[]; options: string[] }): ParsedArgs {
  const result: ParsedArgs = { flags: new Set(), options: new Map(), positionals: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      result.positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      result.positionals.push(arg);
      continue;
    }
    const [rawName, inline] = arg.replace(/^--?/, '').split(/=(.*)/s, 2) as [string, string | undefined];
    const name = arg.startsWith('--') ? rawName : ({ h: 'help', s: 'strict', f: 'format' } as Record<string, string>)[rawName] ?? rawName;
    if (accepts.flags.includes(name)) {
      if (inline !== undefined) return { ...result, error: `--${name} takes no value` };
      result.flags.add(name);
    } else if (accepts.options.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined || (inline === undefined && value.startsWith('--'))) return { ...result, error: `--${name} needs a value` };
      result.options.set(name, value);
    } else {
      const suggestion = nearest(name, [...accepts.flags, ...accepts.options]);
      return { ...result, error: `unknown option ${arg}${suggestion ? `; did you mean --${suggestion}?` : ''}` };
    }
  }
  return result;
}
