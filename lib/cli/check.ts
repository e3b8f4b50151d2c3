/**
 * `corecredit check --profile PROFILE.json FILE…` (docs/CLI.md): per file, the extract object under
 * "article" and one verdict per facility under "facilities"; a JSON array when several files are given.
 * The profile is validated by the same schema as the extension's stored profile and compiled once.
 * Like `extract`, a FILE that cannot be read is reported on stderr and left out, the others still
 * printed, exit status 1.
 */
import { compileProfile } from '../match/compile';
import type { Profile } from '../profile/types';
import { check } from '../verdict/check';
import type { Verdict } from '../verdict/types';
import { parseCommandArgs, stringOption } from './args';
import { type Command, EXIT_INPUT, EXIT_OK, InputError, UsageError } from './io';
import { type LoadedArticle, loadArticle } from './load-article';
import { readProfile } from './profile-file';

export const CHECK_HELP = `usage: corecredit check --profile PROFILE.json FILE…

Reads saved article pages (HTML or fragments), JATS XML files, plain text ("-": standard input) or a
manuscript (Word .docx, PDF, LaTeX .tex or project .zip) and says, for each facility of the profile, how
the paper credits it: credit level (missing, generic, named, named-with-pid), where, RRID, staff, grants,
flags, evidence and the statement that would complete the credit. Prints {"article", "facilities"}
per FILE (a JSON array for several FILEs).

An invalid profile is refused (exit 1) with one line per problem. A FILE that cannot be read is
reported on stderr and left out; the others are still printed, and the exit status is 1.
Exit status: 0 success, 1 some input unreadable or invalid, 2 bad usage.
`;

function parseArgs(args: string[]): { profilePath: string; files: string[] } {
  const parsed = parseCommandArgs(args, { profile: { type: 'string', short: 'p', needs: 'a file' } });
  const profilePath = stringOption(parsed, 'profile');
  if (!profilePath) throw new UsageError('--profile PROFILE.json is required');
  if (parsed.positionals.length === 0) throw new UsageError('no FILE given');
  return { profilePath, files: parsed.positionals };
}

export const runCheck: Command = async (args, io) => {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(CHECK_HELP);
    return EXIT_OK;
  }
  const { profilePath, files } = parseArgs(args);
  let profile: Profile;
  try {
    profile = await readProfile(profilePath);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    // The whole list of field-level problems: the user needs all of them to fix the file.
    io.stderr(`corecredit check: ${e.message}\n`);
    return EXIT_INPUT;
  }
  const compiled = compileProfile(profile);
  const out: Array<{ article: LoadedArticle; facilities: Verdict[] }> = [];
  let failed = false;
  for (const file of files) {
    try {
      const article = await loadArticle(file, io.stdin);
      out.push({ article, facilities: check(article, compiled) });
    } catch (e) {
      failed = true;
      const message = e instanceof InputError ? e.message : `${file}: could not check (${String(e)})`;
      io.stderr(`corecredit check: ${message.split('\n')[0]}\n`);
    }
  }
  if (files.length === 1) {
    if (out[0]) io.stdout(`${JSON.stringify(out[0], null, 2)}\n`);
  } else io.stdout(`${JSON.stringify(out, null, 2)}\n`);
  return failed ? EXIT_INPUT : EXIT_OK;
};
