/**
 * Profile schema v1: validates unknown input (a stored value, an imported or CLI file) into exactly
 * the types of `types.ts`, accepting the minimal hand-written form of docs/CLI.md ("The profile file").
 */
import * as z from 'zod/mini';
import { issueAt, type ProfileIssue, toProfileIssue } from './issues';
import { checkEnvelope, duplicateIdIssues, unknownFieldWarnings } from './profile-checks';
import { grant, staffMember, statement, translation } from './schema-entities';
import { optionalText, requiredText, rorField, rridList, textList, uniqueGrants } from './schema-fields';
import {
  duplicateInstrumentIds,
  INSTRUMENT_FIELDS,
  instrumentList,
  sharedFormWarnings,
} from './schema-instruments';
import { type Facility, PROFILE_VERSION, type Profile } from './types';

export { formatIssues, type ProfileIssue } from './issues';
export { checkEnvelope } from './profile-checks';

const FACILITY_FIELDS = [
  'id',
  'name',
  'aliases',
  'formerNames',
  'acronyms',
  'translations',
  'institution',
  'ror',
  'rrids',
  'staff',
  'grants',
  'statement',
  'statements',
  'notes',
  'instruments',
] as const;

const facilitySchema = z.pipe(
  z.object({
    id: requiredText('the ID'),
    name: requiredText('the name'),
    aliases: textList,
    formerNames: textList,
    acronyms: textList,
    translations: z.pipe(
      z.nullish(z.array(translation)),
      z.transform((v) => v ?? []),
    ),
    institution: optionalText,
    ror: rorField,
    rrids: rridList,
    staff: z.pipe(
      z.pipe(
        z.transform((v: unknown) => (typeof v === 'string' ? [v] : v)),
        z.nullish(z.array(staffMember)),
      ),
      z.transform((v) => v ?? []),
    ),
    grants: z.pipe(
      z.pipe(
        z.transform((v: unknown) => (typeof v === 'string' ? [v] : v)),
        z.nullish(z.array(grant)),
      ),
      z.transform((v) => uniqueGrants(v ?? [])),
    ),
    // The contract's single `statement` string is the English statement.
    statement: z.nullish(statement),
    statements: z.pipe(
      z.nullish(z.array(statement)),
      z.transform((v) => v ?? []),
    ),
    notes: optionalText,
    instruments: instrumentList,
  }),
  z.transform(
    (f): Facility => ({
      id: f.id,
      name: f.name,
      aliases: f.aliases,
      formerNames: f.formerNames,
      acronyms: f.acronyms,
      translations: f.translations,
      institution: f.institution,
      ror: f.ror,
      rrids: f.rrids,
      staff: f.staff,
      grants: f.grants,
      statements: [...(f.statement ? [f.statement] : []), ...f.statements].filter(
        (s, i, all) => all.findIndex((o) => o.lang === s.lang && o.text === s.text) === i,
      ),
      notes: f.notes,
      instruments: f.instruments,
    }),
  ),
);

export type FacilityResult =
  | { ok: true; facility: Facility; warnings: ProfileIssue[] }
  | { ok: false; errors: ProfileIssue[] };

/** Validate one facility; `root` and `index` let messages name it ("Facility 2 (“Flow Core”)"). */
export function parseFacility(root: unknown, index: number): FacilityResult {
  const path = ['facilities', index];
  const raw = (root as { facilities: unknown[] }).facilities[index];
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return {
      ok: false,
      errors: [
        issueAt(root, path, 'should be a group of fields with at least an “id” and a “name”', {
          code: 'NOT_A_GROUP',
        }),
      ],
    };
  }
  const result = z.safeParse(facilitySchema, raw);
  if (!result.success) {
    return { ok: false, errors: result.error.issues.map((i) => toProfileIssue(root, i, path)) };
  }
  const instruments = result.data.instruments;
  const idErrors = duplicateInstrumentIds(root, index, instruments);
  if (idErrors.length > 0) return { ok: false, errors: idErrors };
  const rawInstruments = (raw as { instruments?: unknown }).instruments;
  return {
    ok: true,
    facility: result.data,
    warnings: [
      ...unknownFieldWarnings(root, path, raw, FACILITY_FIELDS),
      ...(Array.isArray(rawInstruments) ? rawInstruments : []).flatMap((inst, k) =>
        unknownFieldWarnings(root, [...path, 'instruments', k], inst, INSTRUMENT_FIELDS),
      ),
      ...sharedFormWarnings(root, index, instruments),
    ],
  };
}

export type ParseProfileResult =
  | {
      ok: true;
      profile: Profile;
      /** In English, for the CLI (its JSON's `warnings`). */
      warnings: string[];
      /** The same warnings with their codes and places, index for index, for the extension to word. */
      warningIssues: ProfileIssue[];
    }
  | { ok: false; errors: ProfileIssue[] };

/** Validate a whole profile. Any error refuses it; `loadProfile` is the repairing reader. */
export function parseProfile(input: unknown): ParseProfileResult {
  const envelope = checkEnvelope(input);
  if (envelope.errors.length > 0) return { ok: false, errors: envelope.errors };
  const rawFacilities = (input as { facilities: unknown[] }).facilities;
  const errors: ProfileIssue[] = [];
  const warnings = [...envelope.warnings];
  const good: Array<{ index: number; facility: Facility }> = [];
  rawFacilities.forEach((_, index) => {
    const r = parseFacility(input, index);
    if (r.ok) {
      good.push({ index, facility: r.facility });
      warnings.push(...r.warnings);
    } else errors.push(...r.errors);
  });
  errors.push(...duplicateIdIssues(input, good));
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    profile: { version: PROFILE_VERSION, facilities: good.map((g) => g.facility) },
    warnings: warnings.map((w) => w.message),
    warningIssues: warnings,
  };
}
