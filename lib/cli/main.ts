/**
 * The `corecredit` command line: dispatches to extract, check, statement, audit and profile
 * (docs/CLI.md). Exit status: 0 success, 1 an input could not be read or parsed, 2 bad usage. Never
 * prints a stack trace.
 *
 * Each command is imported only when it runs (a person waits for `--help`; docs/PERFORMANCE.md): `--help` and `--version` load this file and
 * nothing of the engine, and scripts/build-cli.mjs splits the bundle so a command loads its own code
 * only (linkedom, compromise, zod, the audit's sources … each where needed).
 */
import { type CliIo, type Command, EXIT_INPUT, EXIT_OK, EXIT_USAGE, InputError, UsageError } from './io';
import { VERSION } from './version';

const COMMANDS: Record<string, () => Promise<Command>> = {
  extract: async () => (await import('./extract')).runExtract,
  check: async () => (await import('./check')).runCheck,
  statement: async () => (await import('./statement')).runStatement,
  audit: async () => (await import('./audit')).runAudit,
  profile: async () => (await import('./profile')).runProfile,
};

export const HELP = `usage: corecredit <command> [options] FILE…

Checks whether research papers credit the core facilities that made them possible.

commands:
  extract FILE…                          what a saved page, JATS XML, text or manuscript (.docx,
                                         .pdf, .tex, project .zip) says
  check --profile PROFILE.json FILE…     how each facility in the profile is credited
  statement --profile PROFILE.json --facility ID
                                         the acknowledgement and grant wording a paper that used
                                         the facility should carry (corecredit statement --help)
  audit …                                check many papers fetched from public APIs
                                         (corecredit audit --help)
  profile validate FILE | profile init [FILE]
                                         check a profile, every problem with where it is; write an
                                         example profile to edit (corecredit profile --help)

options:
  -h, --help       this help (corecredit <command> --help for a command's own)
  -V, --version    the version

extract and check print a summary to read on a terminal, and JSON into a pipe or a file or with
--json (the stable interface for scripts, docs/CLI.md); --format csv for a spreadsheet. NO_COLOR=1
turns the summary's colours off.

Exit status: 0 success, 1 an input could not be read or parsed, 2 bad usage.
With several FILEs, a file that cannot be read is reported on stderr and left out; the others are
still printed, and the exit status is 1.
`;

function defaultIo(): CliIo {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    fetch: globalThis.fetch,
    terminal: {
      stdoutIsTTY: process.stdout.isTTY === true,
      stderrIsTTY: process.stderr.isTTY === true,
      columns: process.stdout.columns,
      env: process.env,
    },
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
  const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!load) {
    io.stderr(`corecredit: unknown command "${command}" (try corecredit --help)\n`);
    return EXIT_USAGE;
  }
  try {
    const run = await load();
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
