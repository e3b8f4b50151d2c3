/**
 * `corecredit profile validate FILE…` and `corecredit profile init [FILE] [--force]`: check a profile
 * by the extension's own schema, every problem with where it is in the file; write an example profile to
 * edit (lib/profile/example-profile.ts), never over an existing file unless asked.
 */
import { writeFile } from 'node:fs/promises';
import { parseCommandArgs } from './args';
import { type CliIo, type Command, EXIT_INPUT, EXIT_OK, EXIT_USAGE, InputError, UsageError } from './io';
import { msg } from './messages';
import { colourEnabled } from './output-format';
import { paint } from './paint';

export const PROFILE_HELP = `usage: corecredit profile validate [--json] FILE…
       corecredit profile init [--force] [FILE]

validate   checks each profile FILE with the extension's own rules and prints every problem, one
           per line: the file, where in it (facilities.1.staff.0.orcid: the second facility's
           first staff member's ORCID; counted from 0), and what is wrong. --json prints
           [{"file", "valid", "problems": [{"path", "message"}], "warnings"}].
           Exit status: 0 every FILE valid, 1 a FILE invalid or unreadable, 2 bad usage.
init       writes an example profile (three facilities with staff, grants, an instrument and
           statements) to FILE, or to stdout without FILE, to edit into your own. An existing FILE
           is kept unless --force is given. Exit status: 0 written, 1 FILE exists or cannot be
           written, 2 bad usage.
`;

interface Outcome {
  file: string;
  valid: boolean;
  /** The facilities' ids, when valid. */
  facilities: string[];
  /** `path`: dotted, counted from 0, "" for the whole file. */
  problems: Array<{ path: string; message: string }>;
  warnings: string[];
}

async function validateOne(file: string): Promise<Outcome> {
  const { readProfileIssues } = await import('./profile-file');
  const outcome = { file, valid: false, facilities: [] as string[], warnings: [] as string[] };
  try {
    const r = await readProfileIssues(file);
    if (r.ok)
      return {
        ...outcome,
        valid: true,
        facilities: r.profile.facilities.map((f) => f.id),
        problems: [],
        warnings: r.warnings,
      };
    if (r.jsonError !== null)
      return {
        ...outcome,
        problems: [{ path: '', message: msg('profileNotJson', { reason: r.jsonError }) }],
      };
    return { ...outcome, problems: r.problems };
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return { ...outcome, problems: [{ path: '', message: msg('profileUnreadable') }] };
  }
}

/** The outcome for a person: "FILE: a valid profile …", or "FILE: 2 problems" then "FILE: PATH: message" each. */
export function validationText(o: Outcome, colour: boolean): string {
  const lines: string[] = [];
  if (o.valid) {
    lines.push(
      paint(
        'green',
        msg('profileValid', { file: o.file, n: o.facilities.length, ids: o.facilities.join(', ') }),
        colour,
      ),
    );
    lines.push(...o.warnings.map((w) => msg('profileWarning', { file: o.file, warning: w })));
  } else {
    const n = o.problems.length;
    lines.push(
      paint('red', msg(n === 1 ? 'profileInvalidOne' : 'profileInvalid', { file: o.file, n }), colour),
    );
    for (const p of o.problems)
      lines.push(`${o.file}: ${p.path ? `${paint('bold', p.path, colour)}: ` : ''}${p.message}`);
  }
  return lines.map((l) => `${l}\n`).join('');
}

async function validate(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(args, { json: { type: 'boolean' } });
  const files = parsed.positionals;
  if (files.length === 0) throw new UsageError('no FILE given');
  const outcomes: Outcome[] = [];
  for (const file of files) outcomes.push(await validateOne(file));
  if (parsed.values.json === true) io.stdout(`${JSON.stringify(outcomes, null, 2)}\n`);
  else for (const o of outcomes) io.stdout(validationText(o, colourEnabled(io.terminal)));
  return outcomes.every((o) => o.valid) ? EXIT_OK : EXIT_INPUT;
}

async function init(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(args, { force: { type: 'boolean' } });
  const [file, extra] = parsed.positionals;
  if (extra !== undefined) throw new UsageError(`unexpected argument "${extra}"`);
  const { EXAMPLE_PROFILE } = await import('../profile/example-profile');
  const text = `${JSON.stringify(EXAMPLE_PROFILE, null, 2)}\n`;
  if (file === undefined || file === '-') {
    io.stdout(text);
    return EXIT_OK;
  }
  try {
    // "wx" fails when the file exists, in the same step as the write (no check-then-write race).
    await writeFile(file, text, { flag: parsed.values.force === true ? 'w' : 'wx' });
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'EEXIST') throw new InputError(msg('profileExists', { file }));
    throw new InputError(`${file}: cannot write (${code ?? String(e)})`);
  }
  io.stderr(`${msg('profileWritten', { file })}\n`);
  return EXIT_OK;
}

export const runProfile: Command = async (args, io) => {
  const [sub, ...rest] = args;
  if (
    sub === undefined ||
    sub === '--help' ||
    sub === '-h' ||
    rest.includes('--help') ||
    rest.includes('-h')
  ) {
    (sub === undefined ? io.stderr : io.stdout)(PROFILE_HELP);
    return sub === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (sub === 'validate') return validate(rest, io);
  if (sub === 'init') return init(rest, io);
  throw new UsageError(`unknown subcommand "${sub}" (validate or init)`);
};
