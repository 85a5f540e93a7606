/**
 * The commands' argument parsing: Node's `util.parseArgs` splits the arguments (long and short
 * options, `--name=value`, grouped short flags, `--` and positionals); this module only turns
 * what it found into the one-line usage errors our commands print ("unknown option --stict; did
 * you mean --strict?"), which Node's own errors do not give.
 *
 * `parseArgs` runs with `strict: false` and `tokens: true` so that nothing throws: in strict mode
 * Node reports an unknown option as an exception whose text is meant for programmers
 * ("Unknown option '--stict'. To specify a positional argument starting with a '-'…") and carries
 * no suggestion; the tokens say the same facts as data.
 */
import { parseArgs as parseNodeArgs, type ParseArgsConfig } from 'node:util';
import { nearest } from '../config/validate.js';

/** Parsed arguments, or the usage error that stopped parsing. */
export interface ParsedArgs {
  flags: Set<string>;
  options: Map<string, string>;
  positionals: string[];
  error?: string;
}

/** What a command accepts: flag and valued option names (without `--`), and their one-letter forms. */
export interface Accepts {
  flags: string[];
  options: string[];
  /** One-letter forms, `{ h: 'help' }`; only those naming an accepted flag or option are used. */
  short?: Record<string, string>;
}

/** The one-letter forms every command understands when it accepts the long one. */
const SHORT: Record<string, string> = { h: 'help', s: 'strict', f: 'format' };

/** Parses `argv` given the flags and valued options a command accepts. Never throws. */
export function parseArgs(argv: string[], accepts: Accepts): ParsedArgs {
  const result: ParsedArgs = { flags: new Set(), options: new Map(), positionals: [] };
  const shorts = { ...SHORT, ...accepts.short };
  const shortOf = (name: string) => Object.keys(shorts).find((letter) => shorts[letter] === name);
  const options: NonNullable<ParseArgsConfig['options']> = {};
  for (const [names, type] of [[accepts.flags, 'boolean'], [accepts.options, 'string']] as const) {
    for (const name of names) {
      const short = shortOf(name);
      options[name] = short ? { type, short } : { type };
    }
  }
  const { tokens } = parseNodeArgs({ args: argv, options, strict: false, allowPositionals: true, tokens: true });
  for (const token of tokens) {
    if (token.kind === 'positional') {
      result.positionals.push(token.value);
    } else if (token.kind === 'option') {
      const { name, rawName, value, inlineValue } = token;
      if (accepts.flags.includes(name)) {
        if (value !== undefined) return { ...result, error: `--${name} takes no value` };
        result.flags.add(name);
      } else if (accepts.options.includes(name)) {
        // Node takes the next argument as the value even when it is another option
        // (`--format --strict`); that is nearly always a forgotten value.
        if (value === undefined || (!inlineValue && value.startsWith('--'))) return { ...result, error: `--${name} needs a value` };
        result.options.set(name, value);
      } else {
        const suggestion = nearest(name, [...accepts.flags, ...accepts.options]);
        return { ...result, error: `unknown option ${rawName}${suggestion ? `; did you mean --${suggestion}?` : ''}` };
      }
    }
  }
  return result;
}
