/**
 * RRID look-up through the SciCrunch resolver (`https://scicrunch.org/resolver/RRID:SCR_017697.json`).
 * No real resolver response was recorded to check against: the shape read here (an
 * Elasticsearch-style `hits.hits[]._source` with `item.name`, `item.synonyms[]`,
 * `item.abbreviations[]`, `rrid.curie`, `rrid.properCitation`) is modelled from knowledge of the
 * resolver and read leniently — every field but the name is optional.
 */
import * as z from 'zod/mini';
import { normalizeRrid } from '../profile/rrid';
import { LookupError, type LookupOptions, lookupJson, unexpected } from './lookup-json';

export const RRID_RESOLVER = 'https://scicrunch.org/resolver';

/** `base` replaces RRID_RESOLVER: only the e2e build points it at a local fake (entrypoints/options). */
export type RridLookupOptions = LookupOptions & { base?: string };

/** Synonyms come as `{ name }` objects or plain strings depending on the record's age. */
const nameList = z.optional(z.array(z.union([z.string(), z.object({ name: z.nullish(z.string()) })])));

const sourceSchema = z.object({
  item: z.object({
    name: z.string(),
    identifier: z.nullish(z.string()),
    description: z.nullish(z.string()),
    synonyms: nameList,
    abbreviations: nameList,
  }),
  rrid: z.optional(z.object({ curie: z.nullish(z.string()), properCitation: z.nullish(z.string()) })),
  url: z.optional(z.array(z.object({ url: z.nullish(z.string()) }))),
});

const resolverSchema = z.object({
  hits: z.object({ hits: z.array(z.object({ _source: z.unknown() })) }),
});

export interface RridRecord {
  rrid: string;
  name: string;
  aliases: string[];
  acronyms: string[];
  description: string | null;
  /** How the resolver asks papers to cite it: "(Name, RRID:SCR_017697)". */
  citation: string | null;
  url: string | null;
}

function names(list: z.infer<typeof nameList>): string[] {
  return (list ?? []).map((n) => (typeof n === 'string' ? n : (n.name ?? '')).trim()).filter(Boolean);
}

export function mapResolverRecord(raw: unknown, requested: string): RridRecord | null {
  const outer = z.safeParse(resolverSchema, raw);
  const first = outer.success ? outer.data.hits.hits[0]?._source : undefined;
  const r = z.safeParse(sourceSchema, first);
  if (!r.success) return null;
  const { item, rrid, url } = r.data;
  const name = item.name.trim();
  return {
    rrid: normalizeRrid(rrid?.curie ?? item.identifier ?? '') ?? requested,
    name,
    aliases: names(item.synonyms).filter((n) => n !== name),
    acronyms: names(item.abbreviations),
    description: item.description?.trim() || null,
    citation: rrid?.properCitation?.trim() || null,
    url: url?.[0]?.url ?? null,
  };
}

/** Resolve one RRID (any written form). Throws LookupError. */
export async function fetchRridRecord(rrid: string, options: RridLookupOptions): Promise<RridRecord> {
  const id = normalizeRrid(rrid);
  if (!id) {
    throw new LookupError(
      'not-found',
      `“${rrid}” is not a valid RRID — it should look like RRID:SCR_017697.`,
      { lookupProblem: { code: 'BAD_RRID', values: { value: rrid } } },
    );
  }
  const url = `${options.base ?? RRID_RESOLVER}/RRID:${id}.json`;
  const notFound = { code: 'RRID_NOT_FOUND', values: { id: `RRID:${id}` } } as const;
  const body = await lookupJson(url, 'the RRID resolver (SciCrunch)', `RRID:${id}`, options, notFound);
  const hits = (body as { hits?: { hits?: unknown[]; total?: unknown } } | null)?.hits?.hits;
  // The resolver answers an unknown RRID with an empty hit list rather than a 404.
  if (Array.isArray(hits) && hits.length === 0) {
    throw new LookupError('not-found', `The RRID resolver (SciCrunch) has no record for RRID:${id}.`, {
      url,
      lookupProblem: notFound,
    });
  }
  const rec = mapResolverRecord(body, id);
  if (!rec) throw unexpected('The RRID resolver (SciCrunch)', url);
  return rec;
}
