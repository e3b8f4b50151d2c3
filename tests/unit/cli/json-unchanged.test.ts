/**
 * Scripts must not notice the summaries for people: into a pipe, or with --json / --format
 * json on a terminal, `extract` and `check` print byte for byte what they printed before them. The
 * files in tests/fixtures/cli-json are the output of the CLI at commit ce03ddb (before the summaries) on the
 * bundled example; regenerate them only when the engine's output changes on purpose:
 *   node bin/corecredit.mjs check --profile examples/profile.json examples/article.html > …/check-example.json
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tty } from './run-cli';

const ROOT = join(__dirname, '../../..');
// The "file" field is the path as given: the golden files were made from the repository's root.
const rel = (p: string) => relative(process.cwd(), join(ROOT, p));
const golden = (name: string) => readFileSync(join(ROOT, 'tests/fixtures/cli-json', name), 'utf8');
const PROFILE = rel('examples/profile.json');
const EXAMPLE = rel('examples/article.html');
const FIXTURE = rel('tests/unit/cli/fixtures/article.html');

const cases: Array<[string, string[], string]> = [
  ['extract, one file', ['extract', EXAMPLE], 'extract-example.json'],
  ['check, one file', ['check', '--profile', PROFILE, EXAMPLE], 'check-example.json'],
  ['check, two files (an array)', ['check', '--profile', PROFILE, EXAMPLE, FIXTURE], 'check-two.json'],
];

describe('the JSON for scripts is what it was', () => {
  it('runs from the repository root, where the golden files were made', () => {
    expect(EXAMPLE).toBe('examples/article.html');
  });

  describe.each(cases)('%s', (_name, argv, file) => {
    const [command, ...rest] = argv as [string, ...string[]];
    it.each([
      ['into a pipe', argv, undefined],
      ['into a pipe, with FORCE_COLOR', argv, { ...tty({ FORCE_COLOR: '1' }), stdoutIsTTY: false }],
      ['--json on a terminal', [command, '--json', ...rest], tty({ FORCE_COLOR: '1' })],
      ['--format json on a terminal', [command, '--format', 'json', ...rest], tty()],
      ['--json into a pipe', [command, '--json', ...rest], undefined],
    ])('%s: byte for byte', async (_how, args, terminal) => {
      const r = await runCli(args, '', terminal);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(golden(file));
      // A terminal's stderr shows progress for several files; a pipe's gets nothing.
      if (!terminal?.stderrIsTTY) expect(r.stderr).toBe('');
    });

    it('on a terminal without --json: the summary instead', async () => {
      const r = await runCli(argv, '', tty());
      expect(r.code).toBe(0);
      expect(r.stdout).not.toBe(golden(file));
      expect(() => JSON.parse(r.stdout)).toThrow();
    });
  });
});
