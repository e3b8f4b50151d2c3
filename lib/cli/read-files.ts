/**
 * What `check` and `extract` share: reading every FILE in turn (an unreadable one reported on stderr in
 * one line and left out, the others still read), progress on a terminal, and printing the results in
 * the format asked for — the JSON exactly as the contract has always printed it (one object for one
 * FILE, an array for several).
 */
import type { CliIo } from './io';
import { InputError } from './io';
import type { OutputFormat } from './output-format';
import { fileProgress } from './progress';

export async function readEach<T>(
  files: string[],
  io: CliIo,
  command: 'check' | 'extract',
  read: (file: string) => Promise<T>,
): Promise<{ out: T[]; failed: boolean }> {
  const out: T[] = [];
  let failed = 0;
  const progress = fileProgress(io, command, files.length);
  for (const [i, file] of files.entries()) {
    try {
      out.push(await read(file));
    } catch (e) {
      failed++;
      // A bug in an extractor must still give one line, not a stack trace (docs/CLI.md).
      const message = e instanceof InputError ? e.message : `${file}: could not ${command} (${String(e)})`;
      progress.note(`corecredit ${command}: ${message.split('\n')[0]}\n`);
    }
    progress.tick(i + 1, failed);
  }
  progress.clear();
  return { out, failed: failed > 0 };
}

export interface Printers<T> {
  text: (out: T[]) => string;
  csv: (out: T[]) => string;
}

/** The results on stdout in `format`; JSON as before: the one object for one FILE, else an array. */
export function printResults<T>(io: CliIo, format: OutputFormat, files: number, out: T[], p: Printers<T>) {
  if (format === 'text') io.stdout(p.text(out));
  else if (format === 'csv') io.stdout(p.csv(out));
  else if (files === 1) {
    if (out[0]) io.stdout(`${JSON.stringify(out[0], null, 2)}\n`);
  } else io.stdout(`${JSON.stringify(out, null, 2)}\n`);
}
