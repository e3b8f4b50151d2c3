/**
 * Reads a Europe PMC `resultType=core` result item into PaperMeta. Tolerant: every field may be
 * missing or of an unexpected type (the API omits empty lists rather than sending []).
 */
import { parseOrcid } from '../profile/orcid';
import { collapseWhitespace } from '../text';
import type { MetaAuthor, MetaGrant, PaperMeta } from './paper-meta';

type Json = Record<string, unknown>;

function obj(v: unknown): Json {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {};
}
function arr(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}
function str(v: unknown): string | null {
  if (typeof v === 'number') return String(v);
  return typeof v === 'string' && v.trim() ? collapseWhitespace(v) : null;
}
function yes(v: unknown): boolean {
  return v === 'Y' || v === true;
}

function author(v: unknown): MetaAuthor | null {
  const a = obj(v);
  const given = str(a.firstName);
  const family = str(a.lastName);
  const name = str(a.fullName) ?? ([given, family].filter(Boolean).join(' ') || null);
  if (!name) return null;
  const id = obj(a.authorId);
  const orcid = id.type === 'ORCID' ? parseOrcid(str(id.value) ?? '') : null;
  return { name, given, family, orcid };
}

function grant(v: unknown): MetaGrant | null {
  const g = obj(v);
  const out = { agency: str(g.agency), grantId: str(g.grantId) };
  return out.agency || out.grantId ? out : null;
}

function parsePmcid(v: unknown): string | null {
  const m = /^(?:pmc)?(\d+)$/i.exec(str(v) ?? '');
  return m ? `PMC${Number(m[1])}` : null;
}

export function parseCoreResult(v: unknown): PaperMeta {
  const r = obj(v);
  const journalInfo = obj(r.journalInfo);
  const year = Number(str(r.pubYear) ?? journalInfo.yearOfPublication);
  return {
    pmid: str(r.pmid),
    pmcid: parsePmcid(r.pmcid),
    doi: str(r.doi)?.toLowerCase() ?? null,
    title: str(r.title)?.replace(/\.$/, '') ?? null,
    journal: str(obj(journalInfo.journal).title) ?? str(obj(r.bookOrReportDetails).publisher),
    year: Number.isInteger(year) && year > 0 ? year : null,
    isOpenAccess: yes(r.isOpenAccess),
    inEPMC: yes(r.inEPMC),
    authors: arr(obj(r.authorList).author).flatMap((a) => author(a) ?? []),
    grants: arr(obj(r.grantsList).grant).flatMap((g) => grant(g) ?? []),
  };
}

export interface SearchPage {
  hitCount: number;
  results: PaperMeta[];
  /** null when this is the last page (Europe PMC repeats the cursor on the last page). */
  nextCursorMark: string | null;
}

export function parseSearchPage(json: unknown, cursorMark: string): SearchPage {
  const j = obj(json);
  const results = arr(obj(j.resultList).result).map(parseCoreResult);
  const next = str(j.nextCursorMark);
  return {
    hitCount: typeof j.hitCount === 'number' ? j.hitCount : results.length,
    results,
    nextCursorMark: next && next !== cursorMark && results.length > 0 ? next : null,
  };
}
