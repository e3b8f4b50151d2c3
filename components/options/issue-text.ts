/**
 * A profile problem beside its field, in the user's language: lib/profile gives what is wrong as a code
 * (lib/profile/issue-codes.ts), and this words it, naming the field by the form's own label. A problem
 * without a code (none today) keeps lib's English.
 */
import type { IssueCode, IssueDetail } from '../../lib/profile/issue-codes';
import type { ProfileIssue } from '../../lib/profile/issues';
import { formatNumber, t } from '../../platform/i18n';

/** The form's label of a field, by where it sits ("staff.orcid") or its own key ("orcid"). */
const LABELS: Record<string, () => string> = {
  name: () => t('options.form.name'),
  id: () => t('options.form.id'),
  institution: () => t('options.form.institution'),
  ror: () => t('options.form.ror'),
  rrids: () => t('options.form.rrids'),
  acronyms: () => t('options.form.acronyms'),
  aliases: () => t('options.form.aliases'),
  formerNames: () => t('options.form.formerNames'),
  translations: () => t('options.form.translations'),
  notes: () => t('options.form.notes'),
  statements: () => t('options.form.statements'),
  'staff.name': () => t('options.staff.name'),
  'staff.variants': () => t('options.staff.variants'),
  'staff.orcid': () => t('options.staff.orcid'),
  'staff.role': () => t('options.staff.role'),
  'staff.start': () => t('options.staff.start'),
  'staff.end': () => t('options.staff.end'),
  'grants.number': () => t('options.grants.number'),
  'grants.funder': () => t('options.grants.funder'),
  'grants.instrument': () => t('options.grants.instrument'),
  'grants.activeFrom': () => t('options.grants.from'),
  'grants.activeTo': () => t('options.grants.until'),
  'instruments.name': () => t('options.instruments.name'),
  'instruments.id': () => t('options.instruments.id'),
  'instruments.rrid': () => t('options.instruments.rrid'),
  'instruments.aliases': () => t('options.instruments.aliases'),
  'instruments.statement': () => t('options.instruments.statement'),
  'statements.lang': () => t('options.statements.language'),
  'statements.text': () => t('options.statements.text'),
};

/** The label of the field at `path` (inside the facility: "staff.1.orcid"); a neutral word if none. */
export function fieldLabel(path: string): string {
  const keys = path.split('.').filter((k) => !/^\d+$/.test(k));
  const own = keys[keys.length - 1] ?? '';
  const label = LABELS[keys.slice(-2).join('.')] ?? (keys.length <= 1 ? LABELS[own] : undefined);
  return label ? label() : t('issue.thisField');
}

type Of<C extends IssueCode> = Extract<IssueDetail, { code: C }>;

const detailText: { [C in IssueCode]: (d: Of<C>, field: string) => string } = {
  MISSING: (_, field) => t('issue.required', { field }),
  EMPTY: (_, field) => t('issue.required', { field }),
  WRONG_TYPE: (_, field) => t('issue.wrongType', { field }),
  INVALID: (_, field) => t('issue.invalid', { field }),
  BAD_RRID: ({ values: v }) => t('issue.badRrid', { value: v.value }),
  BAD_ROR: ({ values: v }) => t('issue.badRor', { value: v.value }),
  BAD_ORCID: ({ values: v }) => t('issue.badOrcid', { value: v.value }),
  BAD_DATE: ({ values: v }, field) => t('issue.badDate', { field, value: v.value }),
  NOT_A_GROUP: () => t('issue.notAGroup'),
  DUPLICATE_INSTRUMENT_ID: ({ values: v }) =>
    t('issue.duplicateInstrumentId', { id: v.id, position: formatNumber(v.position), name: v.name }),
};

/** What is wrong with the field at `path` (inside the facility), in words. */
export function issueDetailText(detail: IssueDetail, path: string): string {
  const word = (detailText as unknown as Record<string, (d: IssueDetail, field: string) => string>)[
    detail.code
  ];
  return word ? word(detail, fieldLabel(path)) : '';
}

/** An issue of the facility being edited, for the form: in words when it has a code. */
export function formIssueText(
  issue: ProfileIssue,
  pathInFacility: string,
  english: (message: string) => string,
) {
  return (issue.detail && issueDetailText(issue.detail, pathInFacility)) || english(issue.message);
}
