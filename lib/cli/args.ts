/**
 * The one argument parser of the CLI's commands: node:util's parseArgs reads the options (long and short
 * forms, "--name=value", "--" ending them), and this turns its findings into the one-line UsageErrors of
 * the CLI contract (exit 2): an unknown option, a value missing. Each command says what else is wrong.
 */
import { parseArgs } from 'node:util';
import { UsageError } from './io';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** What a missing value is called in the error ("--profile needs a file"); default "a value". */
  needs?: string;
}

export interface ParsedArgs {
  /** By option name: the last value given (strings), true (booleans), or undefined when absent. */
  values: Record<string, string | true | undefined>;
  /** Arguments that are not options, in order ("-" is one: standard input). */
  positionals: string[];
  /** By string option name: every value given, in order (for repeatable options). */
  all: Record<string, string[]>;
}

/**
 * Reads `args` against `options`. Throws UsageError for an unknown option ("unknown option --bogus", or
 * `unknown` in place of "option"), a string option without a value — missing, empty, or followed by
 * another option rather than a value — and a value given to a boolean option.
 */
export function parseCommandArgs(
  args: string[],
  options: Record<string, OptionSpec>,
  unknown = 'option',
): ParsedArgs {
  // Not strict: the unknown and the malformed are reported here, in the contract's words.
  const { tokens } = parseArgs({ args, options, strict: false, allowPositionals: true, tokens: true });
  const values: ParsedArgs['values'] = {};
  const all: ParsedArgs['all'] = {};
  const positionals: string[] = [];
  for (const t of tokens) {
    if (t.kind === 'positional') positionals.push(t.value);
    if (t.kind !== 'option') continue;
    const spec = options[t.name];
    if (!spec) throw new UsageError(`unknown ${unknown} ${args[t.index]}`);
    const flag = `--${t.name}`;
    if (spec.type === 'boolean') {
      if (t.value !== undefined) throw new UsageError(`${flag} takes no value`);
      values[t.name] = true;
      continue;
    }
    // "--profile --json": the next option is no value (a value starting with "-" is given as --profile=-x).
    const value = t.value;
    if (value === undefined || value === '' || (!t.inlineValue && value.startsWith('-') && value !== '-'))
      throw new UsageError(`${flag} needs ${spec.needs ?? 'a value'}`);
    values[t.name] = value;
    all[t.name] = [...(all[t.name] ?? []), value];
  }
  return { values, positionals, all };
}

/** A string option's value (see parseCommandArgs), or null when it was not given. */
export function stringOption(parsed: ParsedArgs, name: string): string | null {
  const v = parsed.values[name];
  return typeof v === 'string' ? v : null;
}
