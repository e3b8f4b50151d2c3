/**
 * ROR API v2 client for the profile editor: fetch one organisation by ID, or search by name, and
 * turn the record into what a facility profile needs (institution name, ROR ID, other names).
 * Shapes follow the v2 schema (2.1): `names[]` with `types` ror_display / label / acronym / alias
 * and a `lang` that may be null; `relationships[]` with type parent / child / related.
 */
import * as z from 'zod/mini';
import { parseRor } from '../profile/ror';
import type { Translation } from '../profile/types';
import { LookupError, type LookupOptions, lookupJson, unexpected } from './lookup-json';

export const ROR_API = 'https://api.ror.org/v2/organizations';

/** `base` replaces ROR_API: only the e2e build points it at a local fake (entrypoints/options). */
export type RorLookupOptions = LookupOptions & { base?: string };

const nameSchema = z.object({
  value: z.string(),
  types: z.array(z.string()),
  lang: z.nullish(z.string()),
});

const recordSchema = z.object({
  id: z.string(),
  names: z.array(nameSchema),
  types: z.optional(z.array(z.string())),
  status: z.optional(z.string()),
  relationships: z.optional(z.array(z.object({ id: z.string(), label: z.string(), type: z.string() }))),
  locations: z.optional(
    z.array(z.object({ geonames_details: z.optional(z.object({ country_name: z.nullish(z.string()) })) })),
  ),
});

const searchSchema = z.object({ items: z.array(recordSchema) });

export interface RorOrganization {
  ror: string;
  /** The ror_display name. */
  name: string;
  /** Language of the display name, when ROR gives one. */
  lang: string | null;
  /** Labels in other languages. */
  labels: Translation[];
  acronyms: string[];
  aliases: string[];
  /** education, facility, funder, healthcare… */
  types: string[];
  status: string | null;
  country: string | null;
  relationships: Array<{ type: string; label: string; ror: string | null }>;
}

export function mapRorRecord(raw: unknown): RorOrganization | null {
  const r = z.safeParse(recordSchema, raw);
  if (!r.success) return null;
  const rec = r.data;
  const ror = parseRor(rec.id);
  const display =
    rec.names.find((n) => n.types.includes('ror_display')) ??
    rec.names.find((n) => n.types.includes('label'));
  if (!ror || !display) return null;
  const others = rec.names.filter((n) => n !== display);
  return {
    ror,
    name: display.value,
    lang: display.lang ?? null,
    labels: others
      .filter((n) => n.types.includes('label') && n.lang)
      .map((n) => ({ lang: n.lang!, name: n.value })),
    acronyms: others.filter((n) => n.types.includes('acronym')).map((n) => n.value),
    // A label without a language is still another name for it.
    aliases: others
      .filter((n) => n.types.includes('alias') || (n.types.includes('label') && !n.lang))
      .map((n) => n.value),
    types: rec.types ?? [],
    status: rec.status ?? null,
    country: rec.locations?.[0]?.geonames_details?.country_name ?? null,
    relationships: (rec.relationships ?? []).map((rel) => ({
      type: rel.type,
      label: rel.label,
      ror: parseRor(rel.id),
    })),
  };
}

/** Fetch one organisation by ID or URL. Throws LookupError. */
export async function fetchRorOrganization(id: string, options: RorLookupOptions): Promise<RorOrganization> {
  const ror = parseRor(id);
  if (!ror) {
    throw new LookupError(
      'not-found',
      `“${id}” is not a valid ROR ID — it should look like https://ror.org/05d78xc36.`,
      { lookupProblem: { code: 'BAD_ROR', values: { value: id } } },
    );
  }
  const url = `${options.base ?? ROR_API}/${ror}`;
  const org = mapRorRecord(
    await lookupJson(url, 'ROR', `the ID ${ror}`, options, {
      code: 'ROR_NOT_FOUND',
      values: { id: ror },
    }),
  );
  if (!org) throw unexpected('ROR', url);
  return org;
}

/** Search organisations by name (ROR's `query`); at most 20 results, best first. */
export async function searchRor(query: string, options: RorLookupOptions): Promise<RorOrganization[]> {
  const url = `${options.base ?? ROR_API}?query=${encodeURIComponent(query.trim())}`;
  const r = z.safeParse(searchSchema, await lookupJson(url, 'ROR', `“${query}”`, options));
  if (!r.success) throw unexpected('ROR', url);
  return r.data.items.flatMap((item) => mapRorRecord(item) ?? []).slice(0, 20);
}
