/**
 * The one reader of a profile file for every command (check, statement, audit, profile validate): the
 * same schema as the extension's stored profile, and the same messages whichever command was given the
 * file.
 */
import { readFile } from 'node:fs/promises';
import { formatIssues, type ProfileIssue, parseProfile } from '../profile/schema';
import type { Profile } from '../profile/types';
import { InputError } from './io';

const WHY: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'a folder, not a file',
  EACCES: 'permission denied',
};

export type ProfileReading =
  | { ok: true; profile: Profile; warnings: string[] }
  /** `jsonError`: the file is not JSON (the parser's message); else `problems`: every schema problem. */
  | { ok: false; jsonError: string | null; problems: ProfileIssue[] };

/**
 * Reads and validates a profile file. A file that cannot be read is an InputError; otherwise the
 * profile, or why it is not one: JSON that does not parse, or every schema problem with its dotted path.
 */
export async function readProfileIssues(path: string): Promise<ProfileReading> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as { code?: string }).code ?? 'error';
    throw new InputError(`${path}: cannot read the profile (${WHY[code] ?? code})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, jsonError: (e as Error).message, problems: [] };
  }
  const parsed = parseProfile(json);
  if (!parsed.ok) return { ok: false, jsonError: null, problems: parsed.errors };
  return { ok: true, profile: parsed.profile, warnings: parsed.warnings };
}

/** Reads and validates a profile file; an InputError lists every problem, one per line. */
export async function readProfile(path: string): Promise<Profile> {
  const r = await readProfileIssues(path);
  if (r.ok) return r.profile;
  if (r.jsonError !== null) throw new InputError(`${path}: the profile is not valid JSON (${r.jsonError})`);
  throw new InputError(`${path}: invalid profile\n${formatIssues(r.problems)}`);
}
