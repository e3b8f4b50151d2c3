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
): ProfileIssue[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [];
  return Object.keys(value)
    .filter((k) => !known.includes(k))
    .map((k) =>
      issueAt(root, path, `the field “${k}” is not part of the profile format and was ignored`, {
        code: 'UNKNOWN_FIELD',
        values: { field: k },
      }),
    );
}

/** Problems with the document as a whole (not an object, wrong version, no facility list). */
export function checkEnvelope(input: unknown): { errors: ProfileIssue[]; warnings: ProfileIssue[] } {
  const errors: ProfileIssue[] = [];
  const warnings: ProfileIssue[] = [];
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    errors.push({
      path: '',
      message: 'The profile should be a JSON object with “version”: 1 and a “facilities” list.',
      detail: { code: 'NOT_A_PROFILE' },
    });
    return { errors, warnings };
  }
  const { version, facilities } = input as { version?: unknown; facilities?: unknown };
  if (version === undefined || version === null) {
    warnings.push({
      path: 'version',
      message: 'The profile has no “version”; it was read as version 1.',
      detail: { code: 'NO_VERSION' },
    });
  } else if (version !== PROFILE_VERSION) {
    errors.push(
      typeof version === 'number' && version > PROFILE_VERSION
        ? {
            path: 'version',
            message: `This profile was written for format version ${version}; this CoreCredit reads version ${PROFILE_VERSION}. Update CoreCredit to open it.`,
            detail: { code: 'NEWER_FORMAT', values: { version, supported: PROFILE_VERSION } },
          }
        : {
            path: 'version',
            message: `The format version “${String(version)}” is not one CoreCredit knows; it should be ${PROFILE_VERSION}.`,
            detail: { code: 'UNKNOWN_FORMAT', values: { value: String(version), expected: PROFILE_VERSION } },
          },
    );
  }
  if (!Array.isArray(facilities)) {
    errors.push(
      facilities === undefined
        ? {
            path: 'facilities',
            message: 'The profile has no “facilities” list.',
            detail: { code: 'NO_FACILITIES' },
          }
        : {
            path: 'facilities',
            message: 'The “facilities” field should be a list of facilities.',
            detail: { code: 'FACILITIES_NOT_A_LIST' },
          },
    );
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
        {
          code: 'DUPLICATE_FACILITY_ID',
          values: { id: facility.id, position: first.index + 1, name: first.name },
        },
      ),
    );
  }
  return issues;
}
