/**
 * A profile problem in the user's language: lib/profile gives what is wrong as a code
 * (lib/profile/issue-codes.ts) and where it is as places, and this words them, naming the field by the
 * form's own label: beside the field in the form, or with where it is in a list of problems. A problem
 * without a code keeps lib's English.
 */
import type { IssueCode, IssueDetail } from '../../lib/profile/issue-codes';
import type { IssuePlace, PlaceKind, ProfileIssue } from '../../lib/profile/issues';
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
  DUPLICATE_FACILITY_ID: ({ values: v }) =>
    t('options.form.idTaken', { id: v.id, position: formatNumber(v.position), name: v.name }),
  END_BEFORE_START: ({ values: v }) => t('issue.endBeforeStart', v),
  BAD_LANGUAGE: ({ values: v }) => t('issue.badLanguage', v),
  ALIAS_NUMBER: ({ values: v }) => t('issue.aliasNumber', v),
  ALIAS_TOO_SHORT: ({ values: v }) => t('issue.aliasTooShort', v),
  ALIAS_KIND: ({ values: v }) => t('issue.aliasKind', v),
  NAME_NOT_FINDABLE: ({ values: v }) => t('issue.nameNotFindable', v),
  SHARED_FORM: ({ values: v }) =>
    t('issue.sharedForm', { form: v.form, position: formatNumber(v.position), name: v.name }),
  UNKNOWN_FIELD: ({ values: v }) => t('issue.unknownField', v),
  NOT_A_PROFILE: () => t('issue.notAProfile'),
  NO_VERSION: () => t('issue.noVersion'),
  NEWER_FORMAT: ({ values: v }) =>
    t('issue.newerFormat', { version: formatNumber(v.version), supported: formatNumber(v.supported) }),
  UNKNOWN_FORMAT: ({ values: v }) =>
    t('issue.unknownFormat', { value: v.value, expected: formatNumber(v.expected) }),
  NO_FACILITIES: () => t('issue.noFacilities'),
  FACILITIES_NOT_A_LIST: () => t('issue.facilitiesNotAList'),
  SAVE_FAILED: ({ values: v }) => t('issue.saveFailed', v),
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

const placeWords: Record<PlaceKind, (position: string) => string> = {
  facility: (position) => t('issue.place.facility', { position }),
  staff: (position) => t('issue.place.staff', { position }),
  grant: (position) => t('issue.place.grant', { position }),
  translation: (position) => t('issue.place.translation', { position }),
  statement: (position) => t('issue.place.statement', { position }),
  instrument: (position) => t('issue.place.instrument', { position }),
};

/** "Facility 2 (“Flow Core”), staff member 3 (“Ana Ruiz”)" in the user's language. */
function placesText(places: IssuePlace[]): string {
  return places
    .map((p) => {
      const place = placeWords[p.kind](formatNumber(p.position));
      return p.name ? t('issue.named', { place, name: p.name }) : place;
    })
    .reduce((outer, inner) => t('issue.within', { outer, inner }));
}

/**
 * An issue of a list of problems (an import's, a repaired profile's), in words with where it is; its
 * English when it has no code.
 */
export function profileIssueText(issue: ProfileIssue): string {
  const problem = issue.detail && issueDetailText(issue.detail, pathInFacility(issue.path));
  if (!problem) return issue.message;
  return issue.places?.length ? t('issue.at', { place: placesText(issue.places), problem }) : problem;
}

/** "facilities.1.staff.2.orcid" → "staff.2.orcid": the path the form's labels are keyed by. */
function pathInFacility(path: string): string {
  return path.startsWith('facilities.') ? path.split('.').slice(2).join('.') : path;
}
