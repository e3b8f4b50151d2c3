/**
 * Progress of `check` and `extract` over many files, on stderr: one line rewritten in place, and only
 * when stderr is a terminal (a script's stderr gets the unreadable files and nothing else, as before).
 * Lines that must stay (a file that cannot be read) are written through `note`, which clears the
 * progress line first so the two never share a line.
 */
import type { CliIo } from './io';
import { msg } from './messages';

export interface FileProgress {
  /** After each file: how many are done and how many of those could not be read. */
  tick(done: number, failed: number): void;
  /** A line for stderr that stays. */
  note(line: string): void;
  /** Removes the progress line (at the end). */
  clear(): void;
}

/** The progress line's text (without the carriage return and erase that keep it in place). */
export function progressLine(command: string, done: number, total: number, failed: number): string {
  const vars = { command: `corecredit ${command}`, done, total, failed };
  return failed > 0 ? msg('progressFailed', vars) : msg('progress', vars);
}

const CLEAR = '\r\u001b[K';

/** A terminal redraws many times a second at most; more is wasted work on thousands of files. */
const REDRAW_MS = 100;

/** A line on stderr rewritten in place, when stderr is a terminal (else nothing is drawn). */
export function liveLine(io: CliIo, now = Date.now) {
  const live = io.terminal?.stderrIsTTY === true;
  let shown = false;
  let last = Number.NEGATIVE_INFINITY;
  const clear = () => {
    if (shown) io.stderr(CLEAR);
    shown = false;
  };
  return {
    /** Draws `text` unless the last drawing was too recent (`force`: draw anyway). */
    draw(text: string, force = false) {
      if (!live || (now() - last < REDRAW_MS && !force)) return;
      last = now();
      io.stderr(`${CLEAR}${text}`);
      shown = true;
    },
    note(line: string) {
      clear();
      io.stderr(line);
    },
    clear,
    live,
  };
}

export function fileProgress(io: CliIo, command: string, total: number, now = Date.now): FileProgress {
  const line = liveLine(io, now);
  return {
    tick(done, failed) {
      if (total > 1) line.draw(progressLine(command, done, total, failed), done === total);
    },
    note: line.note,
    clear: line.clear,
  };
}
