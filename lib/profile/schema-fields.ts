/**
 * Zod (mini) field schemas of profile v1. Each accepts the lenient forms people write by hand
 * (null for unknown, a single string where a list is expected, "RRID:"-prefixed or URL IDs) and
 * outputs the canonical value of `types.ts`. Custom problems carry a message that names the value;
 * `issues.ts` prefixes where it is ("Facility 2 (“Flow Core”)").
 */
import * as z from 'zod/mini';
import { grantKey } from './grant-number';
import { parseOrcid } from './orcid';
import { parseRor } from './ror';
import { normalizeRrid } from './rrid';
import type { Grant } from './types';

type Payload = z.core.ParsePayload;

function clean(s: string): string {
  return s.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** A single string where a list is expected is a one-item list. */
const asList = z.transform((v: unknown) => (typeof v === 'string' ? [v] : v));

/** Optional text: missing, null or blank → null. */
export const optionalText = z.pipe(
  z.nullish(z.string()),
  z.transform((v) => (v == null || clean(v) === '' ? null : clean(v))),
);

/** Required text: blank counts as missing. */
export function requiredText(what: string) {
  return z.pipe(
    z.string(),
    z.transform((v, ctx: Payload) => {
      const t = clean(v);
      if (!t)
        ctx.issues.push({ code: 'custom', message: `${what} is empty`, input: v, params: { code: 'EMPTY' } });
      return t;
    }),
  );
}

function uniqueBy<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((t) => {
    const k = key(t);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** List of names: blanks and repeats dropped. */
export const textList = z.pipe(
  asList,
  z.pipe(
    z.nullish(z.array(z.nullable(z.string()))),
    z.transform((v) =>
      uniqueBy(
        (v ?? []).filter((s) => s != null && clean(s) !== '').map((s) => clean(s!)),
        (s) => s,
      ),
    ),
  ),
);

function idList(parse: (s: string) => string | null, problem: (s: string) => string, code: 'BAD_RRID') {
  return z.pipe(
    asList,
    z.pipe(
      z.nullish(z.array(z.nullable(z.string()))),
      z.transform((v, ctx: Payload) => {
        const out: string[] = [];
        (v ?? []).forEach((raw, i) => {
          if (raw == null || clean(raw) === '') return;
          const id = parse(raw);
          if (id) out.push(id);
          else
            ctx.issues.push({
              code: 'custom',
              message: problem(raw),
              input: raw,
              path: [i],
              params: { code, values: { value: clean(raw) } },
            });
        });
        return uniqueBy(out, (s) => s);
      }),
    ),
  );
}

export const rridList = idList(
  normalizeRrid,
  (s) => `RRID “${clean(s)}” is not a valid RRID — it should look like RRID:SCR_017697`,
  'BAD_RRID',
);

function optionalId(
  parse: (s: string) => string | null,
  problem: (s: string) => string,
  code: 'BAD_ROR' | 'BAD_ORCID',
) {
  return z.pipe(
    z.nullish(z.string()),
    z.transform((v, ctx: Payload) => {
      if (v == null || clean(v) === '') return null;
      const id = parse(v);
      if (!id)
        ctx.issues.push({
          code: 'custom',
          message: problem(v),
          input: v,
          params: { code, values: { value: clean(v) } },
        });
      return id;
    }),
  );
}

export const rorField = optionalId(
  parseRor,
  (s) =>
    `ROR ID “${clean(s)}” is not valid — it should look like https://ror.org/05d78xc36 ` +
    '(copy it from ror.org: its last two digits are a checksum that catches typos)',
  'BAD_ROR',
);

export const orcidField = optionalId(
  parseOrcid,
  (s) =>
    `ORCID iD “${clean(s)}” is not valid — it should look like 0000-0002-1825-0097 ` +
    '(copy it from orcid.org: its last character is a checksum that catches typos)',
  'BAD_ORCID',
);

const DATE_RE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

export function dateField(what: string) {
  return z.pipe(
    z.nullish(z.union([z.string(), z.number()])),
    z.transform((v, ctx: Payload) => {
      if (v == null || String(v).trim() === '') return null;
      const t = String(v).trim();
      if (DATE_RE.test(t)) return t;
      ctx.issues.push({
        code: 'custom',
        message: `${what} “${t}” is not a date — write a year or a date like 2019, 2019-03 or 2019-03-15`,
        input: v,
        params: { code: 'BAD_DATE', values: { value: t } },
      });
      return null;
    }),
  );
}

/** Grants compared by key, so "S10 OD026899" and "1S10OD026899-01" are one grant. */
export function uniqueGrants(grants: Grant[]): Grant[] {
  return uniqueBy(grants, (g) => grantKey(g.number));
}
