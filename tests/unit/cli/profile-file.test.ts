/** Every command reads a profile file the same way (lib/cli/profile-file.ts), so it fails the same way. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const tmp = mkdtempSync(join(tmpdir(), 'cc-profile-file-'));
const ids = join(tmp, 'ids.txt');
writeFileSync(ids, '10.1234/abc\n');
const commands: Record<string, (profile: string) => string[]> = {
  check: (p) => ['check', '--profile', p, 'examples/article.html'],
  statement: (p) => ['statement', '--profile', p, '--facility', 'x'],
  audit: (p) => ['audit', '--profile', p, '--ids', ids, '--out', join(tmp, 'out.csv')],
};

describe('one profile-file reader', () => {
  it.each([
    ['a missing file', join(tmp, 'nope.json'), /nope\.json: cannot read the profile \(no such file\)/],
    ['a folder', tmp, /cannot read the profile \(a folder, not a file\)/],
    ['not JSON', 'bad.json:{"version": 1,', /bad\.json: the profile is not valid JSON \(/],
    [
      'an invalid profile',
      'invalid.json:{"version": 1, "facilities": [{}]}',
      /invalid\.json: invalid profile\n/,
    ],
  ])('%s: the same reason from check, statement and audit, exit 1', async (_, spec, reason) => {
    const [name, text] = spec.startsWith('/') ? [spec, null] : spec.split(/:(.*)/s);
    const path = text === null ? (name as string) : join(tmp, name as string);
    if (text !== null) writeFileSync(path, text as string);
    for (const [command, argv] of Object.entries(commands)) {
      const r = await runCli(argv(path));
      expect(r.code, command).toBe(1);
      expect(r.stderr, command).toMatch(reason);
    }
  });
});
