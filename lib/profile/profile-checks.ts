/**
 * Checks of a profile that are about more than one field: the envelope (object, version, facility
 * list), facility IDs shared by two facilities, and fields the format does not know (ignored, with
 * a warning, so a typo like "rrid" for "rrids" does not pass unnoticed).
 */
import { issueAt, type ProfileIssue } from './issues';
import { type Facility, PROFILE_VERSION } from './types';

export function unknownFieldWarnings(
  root: unknown,
  path: PropertyKey[],
  value: unknown,
  known: readonly string[],
): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [];
  return Object.keys(value)
    .filter((k) => !known.includes(k))
    .map(
      (k) =>
        issueAt(root, path, `the field “${k}” is not part of the profile format and was ignored`).message,
    );
}

/** Problems with the document as a whole (not an object, wrong version, no facility list). */
export function checkEnvelope(input: unknown): { errors: ProfileIssue[]; warnings: string[] } {
  const errors: ProfileIssue[] = [];
  const warnings: string[] = [];
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    errors.push({
      path: '',
      message: 'The profile should be a JSON object with “version”: 1 and a “facilities” list.',
    });
    return { errors, warnings };
  }
  const { version, facilities } = input as { version?: unknown; facilities?: unknown };
  if (version === undefined || version === null) {
    warnings.push('The profile has no “version”; it was read as version 1.');
  } else if (version !== PROFILE_VERSION) {
    errors.push({
      path: 'version',
      message:
        typeof version === 'number' && version > PROFILE_VERSION
          ? `This profile was written for format version ${version}; this CoreCredit reads version ${PROFILE_VERSION}. Update CoreCredit to open it.`
          : `The format version “${String(version)}” is not one CoreCredit knows; it should be ${PROFILE_VERSION}.`,
    });
  }
  if (!Array.isArray(facilities)) {
    errors.push({
      path: 'facilities',
      message:
        facilities === undefined
          ? 'The profile has no “facilities” list.'
          : 'The “facilities” field should be a list of facilities.',
    });
  }
  warnings.push(...unknownFieldWarnings(input, [], input, ['version', 'facilities']));
  return { errors, warnings };
}

/** Issues for facilities sharing an ID (each facility's verdict is keyed by it). */
export function duplicateIdIssues(
  root: unknown,
  facilities: Array<{ index: number; facility: Facility }>,
): ProfileIssue[] {
  const firstIndex = new Map<string, { index: number; name: string }>();
  const issues: ProfileIssue[] = [];
  for (const { index, facility } of facilities) {
    const first = firstIndex.get(facility.id);
    if (!first) {
      firstIndex.set(facility.id, { index, name: facility.name });
      continue;
    }
    issues.push(
      issueAt(
        root,
        ['facilities', index, 'id'],
        `the ID “${facility.id}” is already used by facility ${first.index + 1} (“${first.name}”) — each facility needs its own ID`,
      ),
    );
  }
  return issues;
}
