import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args.js';

const check = { flags: ['strict', 'help'], options: ['format'] };

describe('parseArgs', () => {
  it.each([
    [['--stict', 'x.json'], 'unknown option --stict; did you mean --strict?'],
    [['--format'], '--format needs a value'],
    [['--format', '--strict'], '--format needs a value'],
    [['--strict=yes'], '--strict takes no value'],
    [['-x'], 'unknown option -x'],
  ])('%j: %s', (argv, error) => {
    expect(parseArgs(argv, check).error).toBe(error);
  });

  it('reads flags, --name value, --name=value, one-letter forms and positionals', () => {
    const args = parseArgs(['-s', 'a.json', '--format=json', 'b.json', '-h'], check);
    expect(args.error).toBeUndefined();
    expect([...args.flags]).toEqual(['strict', 'help']);
    expect(args.options.get('format')).toBe('json');
    expect(args.positionals).toEqual(['a.json', 'b.json']);
  });

  it('takes everything after -- as positionals, and a lone - as a value', () => {
    const args = parseArgs(['--format', '-', '--', '--strict'], check);
    expect(args.options.get('format')).toBe('-');
    expect(args.positionals).toEqual(['--strict']);
    expect(args.flags.size).toBe(0);
  });

  it('uses a command’s own one-letter forms', () => {
    const args = parseArgs(['-o', 'out.json', 'notice.md'], { flags: [], options: ['output'], short: { o: 'output' } });
    expect(args.options.get('output')).toBe('out.json');
    expect(args.positionals).toEqual(['notice.md']);
  });
});
