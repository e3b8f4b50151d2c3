/**
 * Turns audited papers into result rows, one per paper and facility. Runs again on stored papers when
 * the profile changes (re-check without the network): full texts through the same check() as the popup,
 * metadata-only papers through grant and author matching on what the metadata says.
 */
import { compareNames, fromParts, parsePersonName } from '../match/person-name';
import { grantsMatch } from '../profile/grant-number';
import { parseOrcid } from '../profile/orcid';
import type { Facility, Profile } from '../profile/types';
import type { PaperMeta } from '../sources/paper-meta';
import type { GrantVerdict, Verdict } from '../verdict/types';
import type { AuditEngine } from './engine';
import type { AuditRow, PaperState } from './types';

export const NO_FULL_TEXT = 'no full text — partial check';

/** Staff who are authors by ORCID, or by exact name when the metadata has no ORCID for them. */
export function staffAuthorFromMeta(f: Facility, meta: PaperMeta): boolean | null {
  if (meta.authors.length === 0) return null;
  const orcids = new Set(meta.authors.flatMap((a) => (a.orcid ? [a.orcid] : [])));
  const names = meta.authors.flatMap((a) => {
    const n = a.family ? fromParts(a.given ?? '', a.family) : parsePersonName(a.name);
    return n ? [n] : [];
  });
  return f.staff.some((s) => {
    const orcid = s.orcid ? parseOrcid(s.orcid) : null;
    if (orcid && orcids.has(orcid)) return true;
    return [s.name, ...s.variants].some((v) => {
      const p = parsePersonName(v);
      return p !== null && names.some((n) => compareNames(n, p) === 'exact');
    });
  });
}

export function grantsFromMeta(f: Facility, meta: PaperMeta): GrantVerdict[] {
  const cited = meta.grants.flatMap((g) => (g.grantId ? [g.grantId] : []));
  return f.grants.map((g) => ({
    number: g.number,
    status: cited.some((c) => grantsMatch(c, g.number)) ? 'cited' : 'missing',
  }));
}

function base(paper: PaperState, f: Facility) {
  const m = paper.meta;
  const a = paper.article;
  const year = m?.year ?? (a?.published ? Number(a.published.slice(0, 4)) || null : null);
  return {
    paperKey: paper.paperKey ?? paper.key,
    doi: m?.doi ?? a?.doi ?? (paper.id.kind === 'doi' ? paper.id.value || null : null),
    pmcid: m?.pmcid ?? (paper.id.kind === 'pmcid' ? paper.id.value : null),
    pmid: m?.pmid ?? (paper.id.kind === 'pmid' ? paper.id.value : null),
    title: m?.title ?? a?.title ?? null,
    journal: m?.journal ?? a?.journal ?? null,
    year,
    facilityId: f.id,
  };
}

export function rowsForPaper(paper: PaperState, profile: Profile, verdicts: Verdict[] | null): AuditRow[] {
  if (paper.status === 'duplicate' || paper.status === 'pending') return [];
  return profile.facilities.map((f): AuditRow => {
    const v = verdicts?.find((x) => x.id === f.id) ?? null;
    if (!v && (paper.status === 'failed' || !paper.meta)) {
      return {
        ...base(paper, f),
        status: 'failed',
        verdict: null,
        partial: true,
        reason: paper.reason,
        ...(paper.reasonCode && { reasonCode: paper.reasonCode }),
        grants: [],
        staffAuthor: null,
      };
    }
    if (v) {
      const staffAuthor = f.staff.length > 0 ? v.staff.some((s) => s.status === 'author') : false;
      return {
        ...base(paper, f),
        status: 'checked',
        verdict: v,
        partial: false,
        reason: null,
        grants: v.grants,
        staffAuthor,
      };
    }
    const meta = paper.meta as PaperMeta;
    return {
      ...base(paper, f),
      status: 'partial',
      verdict: null,
      partial: true,
      reason: paper.reason ?? NO_FULL_TEXT,
      ...((paper.reasonCode || paper.reason === null) && {
        reasonCode: paper.reasonCode ?? { code: 'NO_FULL_TEXT' },
      }),
      // No grants in the metadata says nothing (Europe PMC lists grants for few journals): unknown, not missing.
      grants: meta.grants.length > 0 ? grantsFromMeta(f, meta) : [],
      staffAuthor: f.staff.length > 0 ? staffAuthorFromMeta(f, meta) : false,
    };
  });
}

/** Rows for every finished paper, in entry order; the profile is compiled once. */
export function buildRows(papers: PaperState[], profile: Profile, engine: AuditEngine): AuditRow[] {
  const compiled = engine.compileProfile ? engine.compileProfile(profile) : profile;
  return papers.flatMap((p) =>
    rowsForPaper(p, profile, p.article ? engine.check(p.article, compiled) : null),
  );
}
