/**
 * What is wrong with one value of a profile, as a code with values, for the extension to say in the
 * user's language (components/options/issue-text.ts: beside the field in the options form, and with
 * where it is in the lists of problems). The English `message` of a ProfileIssue (lib/profile/issues.ts)
 * stays what the CLI says.
 */
export type IssueDetail =
  | { code: 'MISSING' }
  | { code: 'WRONG_TYPE'; values: { expected: string } }
  | { code: 'INVALID' }
  | { code: 'EMPTY' }
  | { code: 'BAD_RRID'; values: { value: string } }
  | { code: 'BAD_ROR'; values: { value: string } }
  | { code: 'BAD_ORCID'; values: { value: string } }
  | { code: 'BAD_DATE'; values: { value: string } }
  | { code: 'NOT_A_GROUP' }
  | { code: 'DUPLICATE_INSTRUMENT_ID'; values: { id: string; position: number; name: string } }
  | { code: 'DUPLICATE_FACILITY_ID'; values: { id: string; position: number; name: string } }
  | { code: 'END_BEFORE_START'; values: { start: string; end: string } }
  | { code: 'BAD_LANGUAGE'; values: { value: string } }
  | { code: 'ALIAS_NUMBER'; values: { alias: string } }
  | { code: 'ALIAS_TOO_SHORT'; values: { alias: string } }
  | { code: 'ALIAS_KIND'; values: { alias: string } }
  | { code: 'NAME_NOT_FINDABLE'; values: { name: string } }
  | { code: 'SHARED_FORM'; values: { form: string; position: number; name: string } }
  | { code: 'UNKNOWN_FIELD'; values: { field: string } }
  | { code: 'NOT_A_PROFILE' }
  | { code: 'NO_VERSION' }
  | { code: 'NEWER_FORMAT'; values: { version: number; supported: number } }
  | { code: 'UNKNOWN_FORMAT'; values: { value: string; expected: number } }
  | { code: 'NO_FACILITIES' }
  | { code: 'FACILITIES_NOT_A_LIST' }
  | { code: 'SAVE_FAILED'; values: { error: string } };

export type IssueCode = IssueDetail['code'];

export const ISSUE_CODES = [
  'MISSING',
  'WRONG_TYPE',
  'INVALID',
  'EMPTY',
  'BAD_RRID',
  'BAD_ROR',
  'BAD_ORCID',
  'BAD_DATE',
  'NOT_A_GROUP',
  'DUPLICATE_INSTRUMENT_ID',
  'DUPLICATE_FACILITY_ID',
  'END_BEFORE_START',
  'BAD_LANGUAGE',
  'ALIAS_NUMBER',
  'ALIAS_TOO_SHORT',
  'ALIAS_KIND',
  'NAME_NOT_FINDABLE',
  'SHARED_FORM',
  'UNKNOWN_FIELD',
  'NOT_A_PROFILE',
  'NO_VERSION',
  'NEWER_FORMAT',
  'UNKNOWN_FORMAT',
  'NO_FACILITIES',
  'FACILITIES_NOT_A_LIST',
  'SAVE_FAILED',
] as const satisfies readonly IssueCode[];
const _allListed: [IssueCode] extends [(typeof ISSUE_CODES)[number]] ? true : never = true;

/** A detail carried in a zod custom issue's `params`, when it is one. */
export function detailOf(params: unknown): IssueDetail | undefined {
  if (typeof params !== 'object' || params === null) return undefined;
  const code = (params as { code?: unknown }).code;
  return typeof code === 'string' && (ISSUE_CODES as readonly string[]).includes(code)
    ? (params as IssueDetail)
    : undefined;
}
