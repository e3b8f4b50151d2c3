/**
 * `corecredit extract FILE…` (docs/CLI.md): one JSON object per file, a JSON array when several files
 * are given; on a terminal, a summary for people instead (./summary-extract.ts). A file that cannot be
 * read is reported on stderr (one line) and left out of the output; the others are still printed, and
 * the exit status is then 1. The readers (linkedom …) are imported only once the arguments are good.
 */
import { parseCommandArgs, stringOption } from './args';
import { extractCsv } from './csv-output';
import { type Command, EXIT_INPUT, EXIT_OK, UsageError } from './io';
import { chooseFormat, colourEnabled, summaryWidth } from './output-format';
import { printResults, readEach } from './read-files';
import { extractSummary } from './summary-extract';

/** More files than this in one call is a script gone wrong; the user can batch. */
const MAX_FILES = 10_000;

export const EXTRACT_HELP = `usage: corecredit extract [--json | --format text|csv] FILE…

Reads saved article pages (HTML, or a fragment of one), JATS XML files, plain text (.txt, .md, a
draft's text; "-" reads standard input) and manuscripts: Word (.docx), PDF (two columns put in reading
order) and LaTeX (a .tex file, or a .zip of the project, its input files followed), detected from the
content. Prints what was extracted from each as JSON ("kind": html, jats, text, docx, pdf or latex): one
object for one FILE, a JSON array for several. Credit sections without a heading are found by their
wording; the warnings say so, and say what a manuscript was converted from.

On a terminal it prints a summary to read instead (title, DOI, authors, how each credit section
begins, warnings); --json prints the JSON there too, and a pipe or a file always gets the JSON.

options:
  --json                 JSON, also on a terminal (the same as --format json)
  --format text|csv|json the summary (also into a pipe), CSV (one row per file) or JSON
  NO_COLOR=1             no colour in the summary; FORCE_COLOR=1 colour even into a pipe

If a FILE cannot be read (missing, a directory, empty, binary, truncated, XML that is not JATS, larger
than 20 MB, a password-protected or scanned PDF, a PDF over 300 pages, a zip over 50 MB unpacked or
2,000 files), a one-line reason goes to stderr, the FILE is left out of the output, the other FILEs are
still printed, and the exit status is 1. Exit status: 0 all read, 1 some input unreadable, 2 bad usage.
`;

function parseArgs(args: string[]) {
  const parsed = parseCommandArgs(args, {
    json: { type: 'boolean' },
    format: { type: 'string', needs: 'text, csv or json' },
  });
  const files = parsed.positionals;
  if (files.length === 0) throw new UsageError('no FILE given');
  if (files.length > MAX_FILES)
    throw new UsageError(`too many files (${files.length}; at most ${MAX_FILES})`);
  return { files, json: parsed.values.json === true, format: stringOption(parsed, 'format') };
}

export const runExtract: Command = async (args, io) => {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(EXTRACT_HELP);
    return EXIT_OK;
  }
  const a = parseArgs(args);
  const format = chooseFormat(a, io.terminal);
  const { loadArticle } = await import('./load-article');
  const { out, failed } = await readEach(a.files, io, 'extract', (file) => loadArticle(file, io.stdin));
  const style = { colour: colourEnabled(io.terminal), width: summaryWidth(io.terminal) };
  printResults(io, format, a.files.length, out, {
    text: (r) => extractSummary(r, style),
    csv: (r) => extractCsv(r),
  });
  return failed ? EXIT_INPUT : EXIT_OK;
};
