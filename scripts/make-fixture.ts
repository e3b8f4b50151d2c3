/**
 * `npm run fixture`: a saved page → a golden fixture with its expected record, for review (CONTRIBUTING.md,
 * "Adding a site adapter"). The work is in ./fixture-files.ts; this file reads the arguments and prints.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { FixtureError, fixtureSlugs, makeFixture, reviewLines, updateFixture } from './fixture-files';

const USAGE = `usage:
  npm run fixture -- PAGE.html SLUG [--strip] [--force]
      copies the saved page to tests/fixtures/pages/SLUG/source.html and writes the record the reader
      gives for it (read as the CLI reads a file: url = null) to expected.json, for you to review.
      --strip  drops scripts (JSON-LD kept), style sheets and preloads
      --force  replaces a fixture that exists
  npm run fixture -- --update SLUG… | --update --all
      rewrites expected.json from the fixture's source.html after a change to the reader; read the
      change in git diff and explain it in the commit.
`;

const PAGES = resolve('tests/fixtures/pages');

class UsageError extends Error {}

function main(argv: string[]): number {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (e) {
    process.stderr.write(`make-fixture: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  try {
    if (values.update) {
      const slugs = values.all ? fixtureSlugs(PAGES) : positionals;
      if (slugs.length === 0) throw new UsageError('--update needs SLUG… or --all');
      for (const slug of slugs) {
        const { changed } = updateFixture(PAGES, slug);
        process.stdout.write(
          `${slug}: ${changed ? 'expected.json CHANGED (review git diff)' : 'unchanged'}\n`,
        );
      }
      return 0;
    }
    const [page, slug, ...extra] = positionals;
    if (!page || !slug || extra.length > 0) throw new UsageError('give PAGE.html and SLUG');
    const made = makeFixture({ page, slug, pagesDir: PAGES, strip: values.strip, force: values.force });
    process.stdout.write(`wrote ${made.dir}/source.html and expected.json\n`);
    if (made.warning) process.stdout.write(`decoding: ${made.warning}\n`);
    for (const line of reviewLines(made.record)) process.stdout.write(`  ${line}\n`);
    process.stdout.write('Review expected.json: it is what the reader does today, not what it should do.\n');
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`make-fixture: ${e.message}\n${USAGE}`);
      return 2;
    }
    if (e instanceof FixtureError) {
      process.stderr.write(`make-fixture: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      strip: { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      update: { type: 'boolean', default: false },
      all: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}

process.exitCode = main(process.argv.slice(2));
