/**
 * Validation problems in words a facility manager understands: where ("Facility 2 (“Flow Core”),
 * staff member 3 (“Ana Ruiz”)"), which field ("the ORCID iD") and what to do. Zod's own issue
 * codes are translated here; custom issues from `schema-fields.ts` already name their value.
 */
import type * as z from 'zod/mini';
import { detailOf, type IssueDetail } from './issue-codes';

export interface ProfileIssue {
  /** Dotted path into the input ("facilities.1.rrids.0"), for tools and for highlighting a field. */
  path: string;
  message: string;
  /** What is wrong, as a code (without the where): the options form words it beside the field. */
  detail?: IssueDetail;
  /** Where, outermost first (facility 2 “Flow Core”, staff member 3 “Ana Ruiz”), for a list to word it. */
  places?: IssuePlace[];
}

/** The kinds of entry a profile lists, which an issue's place names. */
export type PlaceKind = 'facility' | 'staff' | 'grant' | 'translation' | 'statement' | 'instrument';

export interface IssuePlace {
  kind: PlaceKind;
  /** From 1, as people count. */
  position: number;
  /** Its name (a grant's number, a statement's language); '' when it has none. */
  name: string;
}

const FIELD_WORDS: Record<string, string> = {
  version: 'the format version',
  facilities: 'the list of facilities',
  id: 'the ID',
  name: 'the name',
  aliases: 'the other names',
  formerNames: 'the former names',
  acronyms: 'the acronyms',
  translations: 'the translations',
  institution: 'the institution',
  ror: 'the ROR ID',
  rrids: 'the RRIDs',
  staff: 'the staff list',
  grants: 'the grants',
  statement: 'the acknowledgement statement',
  statements: 'the acknowledgement statements',
  notes: 'the notes',
  variants: 'the name variants',
  orcid: 'the ORCID iD',
  role: 'the role',
  start: 'the start date',
  end: 'the end date',
  number: 'the grant number',
  funder: 'the funder',
  instrument: 'the instrument',
  required: '“must be cited”',
  activeFrom: 'the start date',
  activeTo: 'the end date',
  lang: 'the language',
  text: 'the text',
  instruments: 'the instruments',
  rrid: 'the RRID',
  uniqueToFacility: '“only at this facility”',
};

const ENTITY_WORDS: Record<string, [string, string, PlaceKind]> = {
  facilities: ['Facility', 'name', 'facility'],
  staff: ['staff member', 'name', 'staff'],
  grants: ['grant', 'number', 'grant'],
  translations: ['translation', 'name', 'translation'],
  statements: ['statement', 'lang', 'statement'],
  instruments: ['instrument', 'name', 'instrument'],
};

/** Fields that cannot be null, so the "(or null when unknown)" hint would mislead. */
const REQUIRED_FIELDS = new Set(['id', 'name', 'number', 'text']);

const EXPECTED_WORDS: Record<string, string> = {
  string: 'text',
  array: 'a list',
  object: 'a group of fields',
  boolean: 'true or false',
  number: 'a number',
};

function at(root: unknown, path: PropertyKey[]): unknown {
  let cur = root;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

function label(value: unknown, key: string): string {
  if (typeof value === 'string') return value.trim();
  const v = at(value, [key]);
  return typeof v === 'string' ? v.trim() : '';
}

/** "Facility 2 (“Flow Core”), staff member 3 (“Ana Ruiz”)" and the field words that follow it. */
function describe(
  root: unknown,
  path: PropertyKey[],
): { where: string; field: string | null; places: IssuePlace[] } {
  const where: string[] = [];
  const places: IssuePlace[] = [];
  let field: string | null = null;
  for (let i = 0; i < path.length; i++) {
    const key = String(path[i]);
    const next = path[i + 1];
    const entity = ENTITY_WORDS[key];
    if (entity && typeof next === 'number') {
      const name = label(at(root, path.slice(0, i + 2)), entity[1]);
      where.push(`${entity[0]} ${next + 1}${name ? ` (“${name}”)` : ''}`);
      places.push({ kind: entity[2], position: next + 1, name });
      field = null;
      i++;
    } else if (typeof path[i] === 'number') {
      field = `item ${Number(path[i]) + 1} of ${field ?? 'the list'}`;
    } else {
      field = FIELD_WORDS[key] ?? `the field “${key}”`;
    }
  }
  if (where[0]) where[0] = where[0].charAt(0).toUpperCase() + where[0].slice(1);
  return { where: where.join(', '), field, places };
}

/** The issue with where it is, when it is inside an entry. */
function located(
  path: PropertyKey[],
  message: string,
  places: IssuePlace[],
  detail: IssueDetail | undefined,
): ProfileIssue {
  return {
    path: path.map(String).join('.'),
    message,
    ...(detail && { detail }),
    ...(places.length > 0 && { places }),
  };
}

function sentence(where: string, text: string): string {
  const t = where ? `${where}: ${text}` : text.charAt(0).toUpperCase() + text.slice(1);
  return t.endsWith('.') ? t : `${t}.`;
}

/** Translate one zod issue, using the raw input to name facilities and people. */
export function toProfileIssue(
  root: unknown,
  issue: z.core.$ZodIssue,
  base: PropertyKey[] = [],
): ProfileIssue {
  const path = [...base, ...issue.path];
  const value = at(root, path);
  const { where, field, places } = describe(root, path);
  let text: string;
  let detail: IssueDetail | undefined;
  if (issue.code === 'custom') {
    // Custom messages already name the value; the field is only needed for the "is empty" kind.
    text = issue.message;
    detail = detailOf(issue.params);
  } else if (issue.code === 'invalid_type' && value === undefined) {
    text = `${field ?? 'a value'} is missing`;
    detail = { code: 'MISSING' };
  } else if (issue.code === 'invalid_type') {
    const expected = EXPECTED_WORDS[issue.expected] ?? issue.expected;
    const last = String(path[path.length - 1]);
    const nullable = issue.expected === 'string' && !REQUIRED_FIELDS.has(last);
    text = `${field ?? 'the value'} should be ${expected}${nullable ? ' (or null when unknown)' : ''}`;
    detail = { code: 'WRONG_TYPE', values: { expected: issue.expected } };
  } else {
    text = `${field ?? 'the value'} is not valid`;
    detail = { code: 'INVALID' };
  }
  return located(path, sentence(where, text), places, detail);
}

export function issueAt(
  root: unknown,
  path: PropertyKey[],
  text: string,
  detail?: IssueDetail,
): ProfileIssue {
  const { where, places } = describe(root, path);
  return located(path, sentence(where, text), places, detail);
}

/** One problem per line, for the CLI's stderr and the options page. */
export function formatIssues(issues: ProfileIssue[]): string {
  return issues.map((i) => `• ${i.message}`).join('\n');
}
