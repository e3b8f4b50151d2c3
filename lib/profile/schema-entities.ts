/**
 * Zod (mini) schemas of the profile's repeated entities: staff members, grants, translations and
 * statements. Each also accepts a plain string (a name, a grant number, an English statement).
 */
import * as z from 'zod/mini';
import type { IssueDetail } from './issue-codes';
import { dateField, optionalText, orcidField, requiredText, textList } from './schema-fields';
import type { Grant, StaffMember, Statement, Translation } from './types';

type Payload = z.core.ParsePayload;

export const staffMember = z.pipe(
  z.transform((v: unknown) => (typeof v === 'string' ? { name: v } : v)),
  z.pipe(
    z.object({
      name: requiredText('the name'),
      variants: textList,
      orcid: orcidField,
      role: optionalText,
      start: dateField('the start date'),
      end: dateField('the end date'),
    }),
    z.transform((s, ctx: Payload): StaffMember => {
      if (s.start && s.end && s.end < s.start) {
        ctx.issues.push({
          code: 'custom',
          message: `the end date ${s.end} is before the start date ${s.start}`,
          input: s,
          params: { code: 'END_BEFORE_START', values: { start: s.start, end: s.end } } satisfies IssueDetail,
          path: ['end'],
        });
      }
      return { ...s, variants: s.variants.filter((n) => n !== s.name) };
    }),
  ),
);

/** A grant's fields; a facility's grant is required only when it says so (an instrument's: see schema-instruments). */
export const grantFields = {
  number: requiredText('the grant number'),
  funder: optionalText,
  instrument: optionalText,
  required: z.pipe(
    z.nullish(z.boolean()),
    z.transform((v) => v ?? false),
  ),
  activeFrom: dateField('the start date'),
  activeTo: dateField('the end date'),
};

export const grant = z.pipe(
  z.transform((v: unknown) => (typeof v === 'string' ? { number: v } : v)),
  z.pipe(
    z.object(grantFields),
    z.transform((g): Grant => g),
  ),
);

const LANG_RE = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

function langField() {
  return z.pipe(
    z.nullish(z.string()),
    z.transform((v, ctx: Payload) => {
      const t = (v ?? '').trim();
      if (!t) return 'en';
      if (!LANG_RE.test(t)) {
        ctx.issues.push({
          code: 'custom',
          message: `the language “${t}” is not a language code — use a code like en, fr, de or pt-BR`,
          input: v,
          params: { code: 'BAD_LANGUAGE', values: { value: t } } satisfies IssueDetail,
        });
      }
      return t;
    }),
  );
}

export const translation = z.pipe(
  z.object({ lang: langField(), name: requiredText('the translated name') }),
  z.transform((t): Translation => t),
);

export const statement = z.pipe(
  z.transform((v: unknown) => (typeof v === 'string' ? { lang: 'en', text: v } : v)),
  z.pipe(
    z.object({ lang: langField(), text: requiredText('the statement text') }),
    z.transform((s): Statement => s),
  ),
);
