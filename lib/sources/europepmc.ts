/**
 * Europe PMC REST client (https://europepmc.org/RestfulWebService): search with cursor paging,
 * resolving a DOI/PMID/PMCID to its core metadata, and the open-access full text as JATS XML.
 * Every request goes through a PoliteFetch (rate limit, timeout, retries).
 */
import type { PaperId } from '../audit/ids';
import { parseSearchPage, type SearchPage } from './europepmc-parse';
import type { PoliteFetch } from './http';
import type { PaperMeta } from './paper-meta';
import { SourceError } from './source-error';

export { buildQuery } from './europepmc-query';

export const EUROPE_PMC_BASE = 'https://www.ebi.ac.uk/europepmc/webservices/rest';

interface SearchOptions {
  cursorMark?: string;
  pageSize?: number;
  signal?: AbortSignal;
}

export interface EuropePmcClient {
  search(query: string, options?: SearchOptions): Promise<SearchPage>;
  /** Core metadata of one paper, or null when Europe PMC does not know it. */
  resolve(id: PaperId, options?: { signal?: AbortSignal }): Promise<PaperMeta | null>;
  /** Many papers in few requests (OR-joined ids); papers Europe PMC does not know are absent. */
  resolveMany(ids: PaperId[], options?: { signal?: AbortSignal }): Promise<Map<string, PaperMeta>>;
  /** JATS XML, or null when there is no open full text (404). */
  fullText(pmcid: string, options?: { signal?: AbortSignal }): Promise<string | null>;
}

/** The search clause that finds exactly this paper. */
export function idClause(id: PaperId): string {
  if (id.kind === 'pmid') return `(EXT_ID:${id.value} AND SRC:MED)`;
  if (id.kind === 'pmcid') return `PMCID:${id.value}`;
  return `DOI:"${id.value.replace(/"/g, '')}"`;
}

/** Whether a metadata record is the paper this id names. */
function metaMatches(id: PaperId, meta: PaperMeta): boolean {
  if (id.kind === 'pmid') return meta.pmid === id.value;
  if (id.kind === 'pmcid') return meta.pmcid === id.value;
  return meta.doi === id.value;
}

const BATCH = 50;

export function createEuropePmc(fetch: PoliteFetch, options: { baseUrl?: string } = {}): EuropePmcClient {
  const base = (options.baseUrl ?? EUROPE_PMC_BASE).replace(/\/+$/, '');

  async function getJson(url: string, signal?: AbortSignal): Promise<unknown> {
    const res = await fetch(url, { signal, headers: { accept: 'application/json' } });
    if (!res.ok)
      throw new SourceError(`Europe PMC answered HTTP ${res.status}`, {
        status: res.status,
        url,
        problem: { code: 'HTTP', values: { service: 'Europe PMC', status: res.status } },
      });
    const text = await res.text();
    try {
      return JSON.parse(text);
    } catch (cause) {
      throw new SourceError(`Europe PMC sent an incomplete answer (${text.length} bytes of invalid JSON)`, {
        url,
        cause,
        problem: { code: 'BAD_ANSWER', values: { service: 'Europe PMC' } },
      });
    }
  }

  async function search(query: string, opts: SearchOptions = {}): Promise<SearchPage> {
    const cursorMark = opts.cursorMark ?? '*';
    const params = {
      query,
      format: 'json',
      resultType: 'core',
      cursorMark,
      pageSize: String(opts.pageSize ?? 100),
    };
    // encodeURIComponent, not URLSearchParams: spaces as %20, since "+" is meaningful in Lucene syntax.
    const qs = Object.entries(params).map(([k, v]) => `${k}=${encodeURIComponent(v)}`);
    return parseSearchPage(await getJson(`${base}/search?${qs.join('&')}`, opts.signal), cursorMark);
  }

  async function resolveMany(ids: PaperId[], opts: { signal?: AbortSignal } = {}) {
    const found = new Map<string, PaperMeta>();
    for (let i = 0; i < ids.length; i += BATCH) {
      const chunk = ids.slice(i, i + BATCH);
      const page = await search(chunk.map(idClause).join(' OR '), { pageSize: 1000, signal: opts.signal });
      for (const id of chunk) {
        // Prefer the record with a PMCID (the one with full text) when a DOI has several (preprint + paper).
        const hits = page.results.filter((m) => metaMatches(id, m));
        const best = hits.find((m) => m.pmcid) ?? hits[0];
        if (best) found.set(`${id.kind}:${id.value}`, best);
      }
    }
    return found;
  }

  return {
    search,
    resolveMany,
    async resolve(id, opts = {}) {
      return (await resolveMany([id], opts)).get(`${id.kind}:${id.value}`) ?? null;
    },
    async fullText(pmcid, opts = {}) {
      const url = `${base}/${encodeURIComponent(pmcid)}/fullTextXML`;
      const res = await fetch(url, { signal: opts.signal, headers: { accept: 'application/xml' } });
      if (res.status === 404) return null;
      if (!res.ok)
        throw new SourceError(`Europe PMC answered HTTP ${res.status} for the full text`, {
          status: res.status,
          url,
          problem: { code: 'HTTP', values: { service: 'Europe PMC', status: res.status } },
        });
      return res.text();
    },
  };
}
