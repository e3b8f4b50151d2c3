/**
 * `corecredit check --profile PROFILE.json FILE…` (docs/CLI.md): per file, the extract object under
 * "article" and one verdict per facility under "facilities"; a JSON array when several files are given.
 * On a terminal, a summary for people instead (./summary-check.ts); `--json` or a pipe: the JSON.
 * The profile is validated by the same schema as the extension's stored profile and compiled once.
 * Like `extract`, a FILE that cannot be read is reported on stderr and left out, the others still
 * printed, exit status 1. The engine (linkedom, compromise, zod) is imported once the arguments are
 * known to be good, so `check --help` and usage errors answer at once (a person waits for it: docs/PERFORMANCE.md, "Command line start-up").
 */
import { parseCommandArgs, stringOption } from './args';
import { checkCsv } from './csv-output';
import { type Command, EXIT_INPUT, EXIT_OK, InputError, UsageError } from './io';
import { chooseFormat, colourEnabled, type OutputFormat, summaryWidth } from './output-format';
import { printResults, readEach } from './read-files';
import { checkSummary } from './summary-check';

export const CHECK_HELP = `usage: corecredit check --profile PROFILE.json [--json | --format text|csv] FILE…

Reads saved article pages (HTML or fragments), JATS XML files, plain text ("-": standard input) or a
manuscript (Word .docx, PDF, LaTeX .tex or project .zip) and says, for each facility of the profile, how
the paper credits it: credit level (missing, generic, named, named-with-pid), where, RRID, staff, grants,
flags, evidence and the statement that would complete the credit.

On a terminal it prints a summary to read: per file its title and DOI, per facility the credit in words
and colour, what is missing and the suggested statement. Otherwise (a pipe, a file) or with --json it
prints JSON: {"article", "facilities"} per FILE (a JSON array for several FILEs).

options:
  -p, --profile FILE     the facilities' profile (corecredit profile init writes an example)
  --json                 JSON, also on a terminal (the same as --format json)
  --format text|csv|json the summary (also into a pipe), CSV (one row per file and facility) or JSON
  NO_COLOR=1             no colour in the summary; FORCE_COLOR=1 colour even into a pipe

An invalid profile is refused (exit 1) with one line per problem. A FILE that cannot be read is
reported on stderr and left out; the others are still printed, and the exit status is 1.
Exit status: 0 success, 1 some input unreadable or invalid, 2 bad usage.
`;

interface CheckArgs {
  profilePath: string;
  files: string[];
  json: boolean;
  format: string | null;
}

function parseArgs(args: string[]): CheckArgs {
  const parsed = parseCommandArgs(args, {
    profile: { type: 'string', short: 'p', needs: 'a file' },
    json: { type: 'boolean' },
    format: { type: 'string', needs: 'text, csv or json' },
  });
  const profilePath = stringOption(parsed, 'profile');
  if (!profilePath) throw new UsageError('--profile PROFILE.json is required');
  if (parsed.positionals.length === 0) throw new UsageError('no FILE given');
  return {
    profilePath,
    files: parsed.positionals,
    json: parsed.values.json === true,
    format: stringOption(parsed, 'format'),
  };
}

export const runCheck: Command = async (args, io) => {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(CHECK_HELP);
    return EXIT_OK;
  }
  const a = parseArgs(args);
  const format: OutputFormat = chooseFormat(a, io.terminal);
  const [{ readProfile }, { compileProfile }, { check }, { loadArticle }, { authorshipCue }] =
    await Promise.all([
      import('./profile-file'),
      import('../match/compile'),
      import('../verdict/check'),
      import('./load-article'),
      // compromise itself starts only on the analysis' first call (lib/cli/compromise-lazy.ts).
      import('../match/authorship'),
    ]);
  let profile: Awaited<ReturnType<typeof readProfile>>;
  try {
    profile = await readProfile(a.profilePath);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    // The whole list of field-level problems: the user needs all of them to fix the file.
    io.stderr(`corecredit check: ${e.message}\n`);
    return EXIT_INPUT;
  }
  const compiled = compileProfile(profile);
  const { out, failed } = await readEach(a.files, io, 'check', async (file) => {
    const article = await loadArticle(file, io.stdin);
    return { article, facilities: check(article, compiled, { authorship: authorshipCue }) };
  });
  const style = { colour: colourEnabled(io.terminal), width: summaryWidth(io.terminal) };
  printResults(io, format, a.files.length, out, {
    text: (r) => checkSummary(r, style),
    csv: (r) => checkCsv(r),
  });
  return failed ? EXIT_INPUT : EXIT_OK;
};
