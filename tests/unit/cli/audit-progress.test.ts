/** `corecredit audit` on a terminal: progress on stderr, kept in place, never in the JSON. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { runAudit } from '../../../lib/cli/audit';
import type { CliIo } from '../../../lib/cli/io';
import { type FakeServer, startFakeEpmcServer } from '../../support/fake-epmc-server';
import { makePaper, pmidOf } from '../../support/fake-papers';
import { tty } from './run-cli';

let server: FakeServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

it.each([
  ['stderr a terminal', true],
  ['stderr a pipe', false],
])('%s: the summary on stdout is JSON alone', async (_name, stderrIsTTY) => {
  server = await startFakeEpmcServer({ papers: [makePaper(1), makePaper(2)] });
  const dir = mkdtempSync(join(tmpdir(), 'cc-audit-progress-'));
  const ids = join(dir, 'ids.txt');
  writeFileSync(ids, `${pmidOf(1)}\n${pmidOf(2)}\n`);
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (s) => out.push(s),
    stderr: (s) => err.push(s),
    fetch,
    terminal: { ...tty(), stdoutIsTTY: true, stderrIsTTY },
  };
  const profile = resolve(process.cwd(), 'tests/fixtures/api/profile-abif.json');
  const argv = ['--profile', profile, '--ids', ids, '--out', join(dir, 'r.csv'), '--api', server.epmcBase];
  expect(await runAudit([...argv, '--rate', '200'], io)).toBe(0);
  expect(JSON.parse(out.join(''))).toMatchObject({ status: 'done', total: 2 });
  const stderr = err.join('');
  if (stderrIsTTY) {
    expect(stderr).toContain('\r\u001b[Kcorecredit audit: 2/2 papers (0 failed)');
    // Cleared before the summary is printed, so the two never share a line.
    expect(stderr.endsWith('\r\u001b[K')).toBe(true);
  } else expect(stderr).not.toContain('\r');
});
