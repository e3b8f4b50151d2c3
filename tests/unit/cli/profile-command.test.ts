/** `corecredit profile init` and `profile validate` */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_PROFILE } from '../../../lib/profile/example-profile';
import { parseProfile } from '../../../lib/profile/schema';
import { runCli } from './run-cli';

const ROOT = join(__dirname, '../../..');
const tmp = mkdtempSync(join(tmpdir(), 'corecredit-profile-'));
const path = (name: string) => join(tmp, name);

describe('corecredit profile init', () => {
  it('prints the example profile, valid as it is, without FILE', async () => {
    const r = await runCli(['profile', 'init']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(EXAMPLE_PROFILE);
    expect(parseProfile(JSON.parse(r.stdout)).ok).toBe(true);
  });

  it('writes FILE, then refuses to replace it without --force', async () => {
    const file = path('mine.json');
    const first = await runCli(['profile', 'init', file]);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('');
    expect(first.stderr).toContain(`corecredit profile validate ${file}`);
    writeFileSync(file, '{"edited": true}');
    const again = await runCli(['profile', 'init', file]);
    expect(again.code).toBe(1);
    expect(again.stderr).toBe(`corecredit profile: ${file} exists; use --force to replace it\n`);
    expect(readFileSync(file, 'utf8')).toBe('{"edited": true}');
    const forced = await runCli(['profile', 'init', '--force', file]);
    expect(forced.code).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(EXAMPLE_PROFILE);
  });

  it('cannot write into a folder that does not exist: exit 1, one line', async () => {
    const r = await runCli(['profile', 'init', path('no/such/dir.json')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot write \(ENOENT\)\n$/);
  });
});

describe('corecredit profile validate', () => {
  it('says a valid profile is valid, with its facilities: exit 0', async () => {
    const r = await runCli(['profile', 'validate', join(ROOT, 'examples/profile.json')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/examples\/profile\.json: a valid profile \(2 facilities: cicc, gsp\)\n$/);
  });

  it('reports every problem with its path in the file: exit 1', async () => {
    const file = join(ROOT, 'tests/fixtures/profile/v0-profile.json');
    const r = await runCli(['profile', 'validate', file]);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(`${file}: ${lines.length - 1} problems`);
    expect(lines.slice(1)).toContain(
      `${file}: facilities.0.id: Facility 1 (“Advanced BioImaging Facility”): the ID is missing.`,
    );
    for (const line of lines.slice(1)) expect(line).toMatch(/^.+: facilities\.\d+(\.\w+)*: .+\.$/);
  });

  it.each([
    ['not JSON', '{"version": 1,', /: 1 problem\n.*The file is not valid JSON \(/],
    ['no facilities list', '{"version": 1}', /: facilities: /],
    [
      'a bad ORCID',
      JSON.stringify({
        version: 1,
        facilities: [{ id: 'a', name: 'A', staff: [{ name: 'Ann Lee', orcid: 'nope' }] }],
      }),
      /facilities\.0\.staff\.0\.orcid: /,
    ],
  ])('%s: exit 1, the problem named', async (_name, text, message) => {
    const file = path(`bad-${_name.replace(/\W/g, '')}.json`);
    writeFileSync(file, text);
    const r = await runCli(['profile', 'validate', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(message);
  });

  it('several files, one unreadable; --json for scripts', async () => {
    const good = join(ROOT, 'examples/profile.json');
    const r = await runCli(['profile', 'validate', '--json', good, path('missing.json')]);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out).toEqual([
      { file: good, valid: true, facilities: ['cicc', 'gsp'], problems: [], warnings: expect.any(Array) },
      {
        file: path('missing.json'),
        valid: false,
        facilities: [],
        problems: [{ path: '', message: 'The file cannot be read (no such file?).' }],
        warnings: [],
      },
    ]);
  });

  it.each([
    [['profile'], 2],
    [['profile', 'validate'], 2],
    [['profile', 'frobnicate'], 2],
    [['profile', 'init', 'a.json', 'b.json'], 2],
    [['profile', '--help'], 0],
    [['profile', 'validate', '--help'], 0],
  ])('%j → exit %d', async (argv, code) => {
    const r = await runCli(argv);
    expect(r.code).toBe(code);
  });
});
