// The one argument parser of the CLI (lib/cli/args.ts, over node:util parseArgs): what every command
// accepts and the one-line usage errors (exit 2) it gives.
import { describe, expect, it } from 'vitest';
import { type OptionSpec, parseCommandArgs } from '../../../lib/cli/args';
import { UsageError } from '../../../lib/cli/io';

const OPTIONS: Record<string, OptionSpec> = {
  profile: { type: 'string', short: 'p', needs: 'a file' },
  lang: { type: 'string' },
  json: { type: 'boolean' },
};

describe('parseCommandArgs', () => {
  it.each([
    [['--profile', 'p.json', 'a.html', '-'], { profile: 'p.json' }, ['a.html', '-']],
    [['-p', 'p.json', 'a.html'], { profile: 'p.json' }, ['a.html']],
    [['--profile=p.json', '--json', 'a.html'], { profile: 'p.json', json: true }, ['a.html']],
    [['--profile=-odd-name.json'], { profile: '-odd-name.json' }, []],
    [['--lang', 'en', '--lang', 'fr'], { lang: 'fr' }, []],
    [['--json', '--', '--not-an-option.html'], { json: true }, ['--not-an-option.html']],
  ])('%j', (args, values, positionals) => {
    const parsed = parseCommandArgs(args, OPTIONS);
    expect(parsed.values).toEqual(values);
    expect(parsed.positionals).toEqual(positionals);
  });

  it.each([
    [['--bogus', 'a.html'], 'unknown option --bogus'],
    [['-x'], 'unknown option -x'],
    [['--profile'], '--profile needs a file'],
    [['-p'], '--profile needs a file'],
    [['--profile', '--json', 'a.html'], '--profile needs a file'],
    [['--profile='], '--profile needs a file'],
    [['--lang'], '--lang needs a value'],
    [['--json=yes'], '--json takes no value'],
  ])('%j → %s', (args, message) => {
    expect(() => parseCommandArgs(args, OPTIONS)).toThrow(new UsageError(message));
  });

  it('names an unknown argument as the command does', () => {
    expect(() => parseCommandArgs(['--bogus=1'], OPTIONS, 'argument')).toThrow('unknown argument --bogus=1');
  });
});
