/**
 * `corecredit extract FILE…` (docs/CLI.md): one JSON object per file, a JSON array when several files
 * are given. A file that cannot be read is reported on stderr (one line) and left out of the output; the
 * others are still printed, and the exit status is then 1.
 */
import { parseCommandArgs } from './args';
import { type Command, EXIT_INPUT, EXIT_OK, InputError, UsageError } from './io';
import { type LoadedArticle, loadArticle } from './load-article';

/** More files than this in one call is a script gone wrong; the user can batch. */
const MAX_FILES = 10_000;

export const EXTRACT_HELP = `usage: corecredit extract FILE…

Reads saved article pages (HTML, or a fragment of one), JATS XML files, plain text (.txt, .md, a
draft's text; "-" reads standard input) and manuscripts: Word (.docx), PDF (two columns put in reading
order) and LaTeX (a .tex file, or a .zip of the project, its input files followed), detected from the
content. Prints what was extracted from each as JSON ("kind": html, jats, text, docx, pdf or latex): one
object for one FILE, a JSON array for several. Credit sections without a heading are found by their
wording; the warnings say so, and say what a manuscript was converted from.

If a FILE cannot be read (missing, a directory, empty, binary, truncated, XML that is not JATS, larger
than 20 MB, a password-protected or scanned PDF, a PDF over 300 pages, a zip over 50 MB unpacked or
2,000 files), a one-line reason goes to stderr, the FILE is left out of the output, the other FILEs are
still printed, and the exit status is 1. Exit status: 0 all read, 1 some input unreadable, 2 bad usage.
`;

function parseArgs(args: string[]): string[] {
  const files = parseCommandArgs(args, {}).positionals;
  if (files.length === 0) throw new UsageError('no FILE given');
  if (files.length > MAX_FILES)
    throw new UsageError(`too many files (${files.length}; at most ${MAX_FILES})`);
  return files;
}

export const runExtract: Command = async (args, io) => {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(EXTRACT_HELP);
    return EXIT_OK;
  }
  const files = parseArgs(args);
  const out: LoadedArticle[] = [];
  let failed = false;
  for (const file of files) {
    try {
      out.push(await loadArticle(file, io.stdin));
    } catch (e) {
      failed = true;
      // A bug in an extractor must still give one line, not a stack trace (docs/CLI.md, exit status).
      const message = e instanceof InputError ? e.message : `${file}: could not extract (${String(e)})`;
      io.stderr(`corecredit extract: ${message.split('\n')[0]}\n`);
    }
  }
  if (files.length === 1) {
    if (out[0]) io.stdout(`${JSON.stringify(out[0], null, 2)}\n`);
  } else {
    io.stdout(`${JSON.stringify(out, null, 2)}\n`);
  }
  return failed ? EXIT_INPUT : EXIT_OK;
};
