/**
 * Crossref REST `works/{doi}` (https://api.crossref.org/swagger-ui): title, year and funders with their
 * award numbers, for papers whose full text cannot be read. `message.funder[].award` is the list of
 * award numbers as deposited by the publisher; a funder may have none, or no Funder DOI.
 */

import { collapseWhitespace } from '../text';
import type { PoliteFetch } from './http';
import type { MetaGrant } from './paper-meta';
import { SourceError } from './source-error';

export const CROSSREF_BASE = 'https://api.crossref.org';

export interface CrossrefFunder {
  name: string;
  /** Funder Registry DOI ("10.13039/501100001659"), or null. */
  doi: string | null;
  award: string[];
}

export interface CrossrefWork {
  doi: string;
  title: string | null;
  journal: string | null;
  year: number | null;
  funders: CrossrefFunder[];
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {};
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const firstStr = (v: unknown): string | null => {
  const s = arr(v).find((x) => typeof x === 'string' && x.trim()) ?? (typeof v === 'string' ? v : null);
  return typeof s === 'string' && s.trim() ? collapseWhitespace(s) : null;
};

function year(m: Json): number | null {
  for (const key of ['published', 'published-print', 'published-online', 'issued']) {
    const y = arr(arr(obj(m[key])['date-parts'])[0])[0];
    if (typeof y === 'number' && y > 0) return y;
  }
  return null;
}

export function parseWork(json: unknown, doi: string): CrossrefWork {
  const m = obj(obj(json).message);
  return {
    doi: (typeof m.DOI === 'string' ? m.DOI : doi).toLowerCase(),
    title: firstStr(m.title),
    journal: firstStr(m['container-title']),
    year: year(m),
    funders: arr(m.funder).flatMap((f) => {
      const o = obj(f);
      const name = typeof o.name === 'string' ? collapseWhitespace(o.name) : '';
      const award = arr(o.award).filter((a): a is string => typeof a === 'string' && a.trim() !== '');
      return name || award.length ? [{ name, doi: typeof o.DOI === 'string' ? o.DOI : null, award }] : [];
    }),
  };
}

/** Funders as grants (one per award; a funder without awards still counts as a funder). */
export function fundersAsGrants(funders: CrossrefFunder[]): MetaGrant[] {
  return funders.flatMap((f): MetaGrant[] =>
    f.award.length > 0
      ? f.award.map((a) => ({ agency: f.name || null, grantId: a }))
      : [{ agency: f.name || null, grantId: null }],
  );
}

export interface CrossrefClient {
  /** null when Crossref does not know the DOI (404). */
  works(doi: string, options?: { signal?: AbortSignal }): Promise<CrossrefWork | null>;
}

export function createCrossref(
  fetch: PoliteFetch,
  options: { baseUrl?: string; mailto?: string } = {},
): CrossrefClient {
  const base = (options.baseUrl ?? CROSSREF_BASE).replace(/\/+$/, '');
  return {
    async works(doi, opts = {}) {
      // Crossref routes "polite" users (with a mailto) to a better pool.
      const q = options.mailto ? `?mailto=${encodeURIComponent(options.mailto)}` : '';
      const url = `${base}/works/${encodeURIComponent(doi)}${q}`;
      const res = await fetch(url, { signal: opts.signal, headers: { accept: 'application/json' } });
      if (res.status === 404) return null;
      if (!res.ok)
        throw new SourceError(`Crossref answered HTTP ${res.status}`, {
          status: res.status,
          url,
          problem: { code: 'HTTP', values: { service: 'Crossref', status: res.status } },
        });
      const text = await res.text();
      try {
        return parseWork(JSON.parse(text), doi);
      } catch (cause) {
        throw new SourceError('Crossref sent an incomplete answer (invalid JSON)', {
          url,
          cause,
          problem: { code: 'BAD_ANSWER', values: { service: 'Crossref' } },
        });
      }
    },
  };
}
