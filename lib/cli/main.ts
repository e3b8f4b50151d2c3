/**
 * The `corecredit` command line: dispatches to extract, check, statement and audit (docs/CLI.md).
 * Exit status: 0 success, 1 an input could not be read or parsed, 2 bad usage. Never prints a stack trace.
 */
import { runAudit } from './audit';
import { runCheck } from './check';
import { runExtract } from './extract';
import { type CliIo, type Command, EXIT_INPUT, EXIT_OK, EXIT_USAGE, InputError, UsageError } from './io';
import { runStatement } from './statement';
import { VERSION } from './version';

const COMMANDS: Record<string, Command> = {
  extract: runExtract,
  check: runCheck,
  statement: runStatement,
  audit: runAudit,
};

export const HELP = `usage: corecredit <command> [options] FILE…

Checks whether research papers credit the core facilities that made them possible.

commands:
  extract FILE…                          what a saved page, JATS XML, text or manuscript (.docx,
                                         .pdf, .tex, project .zip) says (JSON)
  check --profile PROFILE.json FILE…     how each facility in the profile is credited (JSON)
  statement --profile PROFILE.json --facility ID
                                         the acknowledgement and grant wording a paper that used
                                         the facility should carry (corecredit statement --help)
  audit …                                check many papers fetched from public APIs
                                         (corecredit audit --help)

options:
  -h, --help       this help (corecredit <command> --help for a command's own)
  -V, --version    the version

Exit status: 0 success, 1 an input could not be read or parsed, 2 bad usage.
With several FILEs, a file that cannot be read is reported on stderr and left out; the others are
still printed, and the exit status is 1.
`;

function defaultIo(): CliIo {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    fetch: globalThis.fetch,
  };
}

export async function main(argv: string[], io: CliIo = defaultIo()): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined) {
    io.stderr(HELP);
    return EXIT_USAGE;
  }
  if (command === '--help' || command === '-h' || command === 'help') {
    io.stdout(HELP);
    return EXIT_OK;
  }
  if (command === '--version' || command === '-V') {
    io.stdout(`${VERSION}\n`);
    return EXIT_OK;
  }
  const run = COMMANDS[command];
  if (!run) {
    io.stderr(`corecredit: unknown command "${command}" (try corecredit --help)\n`);
    return EXIT_USAGE;
  }
  try {
    return await run(rest, io);
  } catch (e) {
    const message = (e instanceof Error ? e.message : String(e)).split('\n')[0];
    if (e instanceof UsageError) {
      io.stderr(`corecredit ${command}: ${message} (try corecredit ${command} --help)\n`);
      return EXIT_USAGE;
    }
    // InputError and anything unexpected: one line, exit 1, never a stack trace.
    io.stderr(`corecredit ${command}: ${e instanceof InputError ? '' : 'error: '}${message}\n`);
    return EXIT_INPUT;
  }
}
