/** Progress over many files: on a terminal's stderr only, never on the line of a message. */
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../../lib/cli/io';
import { fileProgress, progressLine } from '../../../lib/cli/progress';
import { tty } from './run-cli';

function io(stderrIsTTY: boolean) {
  const err: string[] = [];
  const cli: CliIo = {
    stdout: () => {},
    stderr: (t) => err.push(t),
    fetch: () => Promise.reject(new Error('no network')),
    terminal: { ...tty(), stdoutIsTTY: false, stderrIsTTY },
  };
  return { cli, err };
}

describe('fileProgress', () => {
  it.each([
    [3, 0, 'corecredit check: 3/60 files'],
    [3, 1, 'corecredit check: 3/60 files (1 unreadable)'],
  ])('progressLine(%d done, %d failed)', (done, failed, text) => {
    expect(progressLine('check', done, 60, failed)).toBe(text);
  });

  it('on a terminal: one line rewritten in place, cleared before a message and at the end', () => {
    const { cli, err } = io(true);
    let t = 0;
    const p = fileProgress(cli, 'check', 3, () => t);
    p.tick(1, 0);
    t += 10; // too soon to redraw
    p.tick(2, 0);
    p.note('corecredit check: b.html: no such file\n');
    t += 200;
    p.tick(3, 1); // the last one is always drawn
    p.clear();
    expect(err).toEqual([
      '\r\u001b[Kcorecredit check: 1/3 files',
      '\r\u001b[K',
      'corecredit check: b.html: no such file\n',
      '\r\u001b[Kcorecredit check: 3/3 files (1 unreadable)',
      '\r\u001b[K',
    ]);
  });

  it.each([
    ['stderr is a pipe', false, 5],
    ['one file', true, 1],
  ])('%s: only the messages', (_name, isTTY, total) => {
    const { cli, err } = io(isTTY);
    const p = fileProgress(cli, 'extract', total);
    p.tick(1, 0);
    p.note('a message\n');
    p.clear();
    expect(err).toEqual(['a message\n']);
  });
});
