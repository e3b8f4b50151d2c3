/**
 * What is wrong with one value of a profile, as a code with values, for the extension to say in the
 * user's language (the options page's form: components/options/issue-text.ts). The English `message`
 * of a ProfileIssue (lib/profile/issues.ts) stays what the CLI and the lists of problems say.
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
  | { code: 'DUPLICATE_INSTRUMENT_ID'; values: { id: string; position: number; name: string } };

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
