/**
 * What `check` and `extract` print: JSON for scripts (the contract in docs/CLI.md, byte for byte as
 * before), a summary for a person at a terminal, or CSV for a spreadsheet; and whether the summary
 * is coloured. Pure functions of the options and the terminal, so every case is a table row in a test.
 */
import type { Terminal } from './io';
import { UsageError } from './io';

export type OutputFormat = 'json' | 'text' | 'csv';

const FORMATS: readonly OutputFormat[] = ['json', 'text', 'csv'];

/**
 * `--json` or `--format json` → JSON; `--format text|csv` → that; neither → the summary when stdout is a
 * terminal, JSON otherwise (a pipe, a file, a script: what they always got).
 */
export function chooseFormat(
  options: { json: boolean; format: string | null },
  terminal: Terminal | undefined,
): OutputFormat {
  const { json, format } = options;
  if (format !== null && !FORMATS.includes(format as OutputFormat))
    throw new UsageError(`--format is json, text or csv (not "${format}")`);
  if (json && format !== null && format !== 'json')
    throw new UsageError(`--json and --format ${format} contradict each other`);
  if (json) return 'json';
  if (format !== null) return format as OutputFormat;
  return terminal?.stdoutIsTTY ? 'text' : 'json';
}

/**
 * Colour, as https://no-color.org and the FORCE_COLOR convention say: NO_COLOR set (to anything but
 * "") turns it off; else FORCE_COLOR turns it on ("0" or "false": off); else only on a terminal that is
 * not TERM=dumb.
 */
export function colourEnabled(
  terminal: Terminal | undefined,
  stream: 'stdout' | 'stderr' = 'stdout',
): boolean {
  if (!terminal) return false;
  const { env } = terminal;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  const tty = stream === 'stdout' ? terminal.stdoutIsTTY : terminal.stderrIsTTY;
  return tty && env.TERM !== 'dumb';
}

/** Width to wrap the summary at: the terminal's, kept between 40 and 100 columns; 80 off a terminal. */
export function summaryWidth(terminal: Terminal | undefined): number {
  const cols = terminal?.stdoutIsTTY ? terminal.columns : undefined;
  if (!cols || cols <= 0) return 80;
  return Math.max(40, Math.min(100, cols));
}
