/**
 * Zod (mini) schema of a facility's instruments, and the checks across one facility's
 * instruments: IDs derived from names when a file gives none, each ID once, and aliases two instruments
 * share (a paper naming one would count as using both).
 */
import * as z from 'zod/mini';
import { aliasProblem, aliasProblemCode, instrumentForms } from '../match/instrument-forms';
import { compactKey } from '../match/tokens';
import type { IssueDetail } from './issue-codes';
import { issueAt, type ProfileIssue } from './issues';
import { normalizeRrid } from './rrid';
import { grantFields } from './schema-entities';
import { optionalText, requiredText, textList, uniqueGrants } from './schema-fields';
import type { Grant, Instrument } from './types';

type Payload = z.core.ParsePayload;

export const INSTRUMENT_FIELDS = [
  'id',
  'name',
  'aliases',
  'rrid',
  'grants',
  'statement',
  'uniqueToFacility',
] as const;

// An instrument's funder asks for its grant in every paper that used it: that is why a facility lists
// it here, so a grant on an instrument is required unless the file says `"required": false`.
const instrumentGrant = z.pipe(
  z.transform((v: unknown) => (typeof v === 'string' ? { number: v } : v)),
  z.pipe(
    z.object({ ...grantFields, required: z.nullish(z.boolean()) }),
    z.transform((g): Grant => ({ ...g, required: g.required ?? true })),
  ),
);

const aliasList = z.pipe(
  textList,
  z.transform((aliases, ctx: Payload) => {
    aliases.forEach((a, i) => {
      const code = aliasProblemCode(a);
      if (code)
        ctx.issues.push({
          code: 'custom',
          message: aliasProblem(a) ?? '',
          input: a,
          path: [i],
          params: { code, values: { alias: a } } satisfies IssueDetail,
        });
    });
    return aliases;
  }),
);

const rridField = z.pipe(
  z.nullish(z.string()),
  z.transform((v, ctx: Payload) => {
    if (v == null || v.trim() === '') return null;
    const id = normalizeRrid(v);
    if (!id) {
      ctx.issues.push({
        code: 'custom',
        message: `RRID “${v.trim()}” is not a valid RRID — it should look like RRID:SCR_020922`,
        input: v,
        params: { code: 'BAD_RRID', values: { value: v.trim() } } satisfies IssueDetail,
      });
    }
    return id;
  }),
);

/** One instrument; `id` may be missing here (see `withInstrumentIds`). */
const instrument = z.pipe(
  z.transform((v: unknown) => (typeof v === 'string' ? { name: v } : v)),
  z.pipe(
    z.object({
      id: z.nullish(z.string()),
      name: requiredText('the name'),
      aliases: aliasList,
      rrid: rridField,
      grants: z.pipe(
        z.pipe(
          z.transform((v: unknown) => (typeof v === 'string' ? [v] : v)),
          z.nullish(z.array(instrumentGrant)),
        ),
        z.transform((v) => uniqueGrants(v ?? [])),
      ),
      statement: optionalText,
      uniqueToFacility: z.pipe(
        z.nullish(z.boolean()),
        z.transform((v) => v ?? false),
      ),
    }),
    z.transform((i, ctx: Payload): Instrument => {
      const forms = instrumentForms({ name: i.name, aliases: i.aliases });
      if (forms.length === 0 && !i.rrid) {
        ctx.issues.push({
          code: 'custom',
          message: `no name of “${i.name}” can be found in a paper — add an alias as papers write the model (“Zeiss LSM 980”)`,
          input: i,
          params: { code: 'NAME_NOT_FINDABLE', values: { name: i.name } } satisfies IssueDetail,
        });
      }
      const id = i.id?.trim() ?? '';
      return { ...i, id, aliases: i.aliases.filter((a) => a !== i.name) };
    }),
  ),
);

export const instrumentList = z.pipe(
  z.nullish(z.array(instrument)),
  z.transform((v) => withInstrumentIds(v ?? [])),
);

function slug(name: string): string {
  const s = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return s || 'instrument';
}

/** Instruments without an ID get one from their name, unique in the facility ("lsm-980", "lsm-980-2"). */
function withInstrumentIds(instruments: Instrument[]): Instrument[] {
  const taken = new Set(instruments.map((i) => i.id).filter(Boolean));
  return instruments.map((i) => {
    if (i.id) return i;
    const base = slug(i.name);
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return { ...i, id };
  });
}

/** Errors for two instruments of facility `index` with one ID (each instrument's verdict is keyed by it). */
export function duplicateInstrumentIds(
  root: unknown,
  index: number,
  instruments: Instrument[],
): ProfileIssue[] {
  const first = new Map<string, number>();
  const issues: ProfileIssue[] = [];
  instruments.forEach((inst, k) => {
    const at = first.get(inst.id);
    if (at === undefined) {
      first.set(inst.id, k);
      return;
    }
    issues.push(
      issueAt(
        root,
        ['facilities', index, 'instruments', k, 'id'],
        `the ID “${inst.id}” is already used by instrument ${at + 1} (“${instruments[at]?.name}”) — each instrument needs its own ID`,
        {
          code: 'DUPLICATE_INSTRUMENT_ID',
          values: { id: inst.id, position: at + 1, name: instruments[at]?.name ?? '' },
        },
      ),
    );
  });
  return issues;
}

/** Warnings for a form two instruments of one facility share: a paper naming it counts as using both. */
export function sharedFormWarnings(root: unknown, index: number, instruments: Instrument[]): ProfileIssue[] {
  const owner = new Map<string, number>();
  const warnings: ProfileIssue[] = [];
  instruments.forEach((inst, k) => {
    for (const form of instrumentForms(inst)) {
      const key = compactKey(form);
      const other = owner.get(key);
      if (other === undefined) owner.set(key, k);
      else if (other !== k) {
        warnings.push(
          issueAt(
            root,
            ['facilities', index, 'instruments', k],
            `“${form}” also names instrument ${other + 1} (“${instruments[other]?.name}”): a paper naming it will count as using both — give each the aliases only it has`,
            {
              code: 'SHARED_FORM',
              values: { form, position: other + 1, name: instruments[other]?.name ?? '' },
            },
          ),
        );
      }
    }
  });
  return warnings;
}
