/**
 * What every CLI command gets from its caller, so commands run in tests without a process.
 * Exit codes (docs/CLI.md): 0 success, 1 an input could not be read or parsed, 2 bad usage.
 */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Injected so `audit` can be pointed at a fake server in tests. */
  fetch: typeof fetch;
  /** Standard input, read whole, for the file name "-" (default: the process's). */
  stdin?: () => Promise<Uint8Array>;
  /**
   * The worker `audit` reads full texts in (lib/cli/jats-reader.ts). Default: the one built next to the
   * CLI, else (run from the TypeScript sources) none; null reads them on the main thread.
   */
  jatsWorker?: URL | null;
  /**
   * The terminal, for output meant for people (lib/cli/output-format.ts): whether stdout and stderr are
   * terminals, their width, and the environment (NO_COLOR, FORCE_COLOR, TERM). Absent: not a terminal,
   * so scripts and tests get JSON, as before these existed.
   */
  terminal?: Terminal;
}

export interface Terminal {
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  /** Columns of stdout when it is a terminal. */
  columns: number | undefined;
  env: Readonly<Record<string, string | undefined>>;
}

export const EXIT_OK = 0;
export const EXIT_INPUT = 1;
export const EXIT_USAGE = 2;

/** Bad usage: exit 2 with this one-line message. */
export class UsageError extends Error {}
/** An input that could not be read or parsed: exit 1 with this one-line message (never a stack trace). */
export class InputError extends Error {}

/** A command's implementation: takes its own arguments (after the command name), returns the exit code. */
export type Command = (args: string[], io: CliIo) => Promise<number>;
