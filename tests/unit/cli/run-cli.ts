/** Runs the command line in-process, as a user would, with its output captured and no network. */
import type { CliIo, Terminal } from '../../../lib/cli/io';
import { main } from '../../../lib/cli/main';
import './preload-commands';

/** A terminal for `runCli`: stdout and stderr are TTYs, 80 columns, no colour variables set. */
export function tty(env: Terminal['env'] = {}, columns = 80): Terminal {
  return { stdoutIsTTY: true, stderrIsTTY: true, columns, env };
}

/** Without `terminal`, stdout and stderr are pipes (what a script sees). */
export async function runCli(
  argv: string[],
  stdin = '',
  terminal?: Terminal,
): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = { stdout: '', stderr: '' };
  const io: CliIo = {
    stdout: (t) => {
      out.stdout += t;
    },
    stderr: (t) => {
      out.stderr += t;
    },
    fetch: () => Promise.reject(new Error('no network in tests')),
    stdin: async () => new TextEncoder().encode(stdin),
    terminal,
  };
  const code = await main(argv, io);
  return { code, ...out };
}
