/** Runs the command line in-process, as a user would, with its output captured and no network. */
import type { CliIo } from '../../../lib/cli/io';
import { main } from '../../../lib/cli/main';
import './preload-commands';

export async function runCli(
  argv: string[],
  stdin = '',
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
  };
  const code = await main(argv, io);
  return { code, ...out };
}
