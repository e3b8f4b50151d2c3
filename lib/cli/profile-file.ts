/**
 * The one reader of a profile file for every command (check, statement, audit): the same schema as the
 * extension's stored profile, and the same messages whichever command was given the file.
 */
import { readFile } from 'node:fs/promises';
import { formatIssues, parseProfile } from '../profile/schema';
import type { Profile } from '../profile/types';
import { InputError } from './io';

const WHY: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'a folder, not a file',
  EACCES: 'permission denied',
};

/** Reads and validates a profile file; an InputError lists every problem, one per line. */
export async function readProfile(path: string): Promise<Profile> {
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
    throw new InputError(`${path}: the profile is not valid JSON (${(e as Error).message})`);
  }
  const parsed = parseProfile(json);
  if (!parsed.ok) throw new InputError(`${path}: invalid profile\n${formatIssues(parsed.errors)}`);
  return parsed.profile;
}
