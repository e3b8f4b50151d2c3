/**
 * One paper through the audit: resolve its metadata, read its open full text through the same
 * extraction as the popup, else fall back to what metadata says (Europe PMC grants, Crossref funders)
 * as a partial check. Returns the paper's new state; only an abort escapes as an exception.
 */
import { fundersAsGrants } from '../sources/crossref';
import type { MetaGrant, PaperMeta } from '../sources/paper-meta';
import { emptyMeta } from '../sources/paper-meta';
import { sourceProblem } from '../sources/source-error';
import type { RunAuditOptions } from './options';
import { readJatsNow } from './read-jats';
import type { AuditReason } from './reasons';
import { NO_FULL_TEXT } from './rows';
import type { PaperState } from './types';

type Ctx = Pick<RunAuditOptions, 'sources' | 'engine' | 'parseXml' | 'readJats' | 'signal'> & {
  owners: Map<string, string>;
  /** Input keys a batch search already looked for in vain: not asked again one by one. */
  notFound?: Set<string>;
};

function canonicalKey(m: PaperMeta): string | null {
  if (m.pmid) return `pmid:${m.pmid}`;
  if (m.pmcid) return `pmcid:${m.pmcid}`;
  return m.doi ? `doi:${m.doi}` : null;
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function mergeGrants(a: MetaGrant[], b: MetaGrant[]): MetaGrant[] {
  const seen = new Set(a.map((g) => `${g.agency}|${g.grantId}`));
  return [...a, ...b.filter((g) => !seen.has(`${g.agency}|${g.grantId}`))];
}

async function crossrefMeta(paper: PaperState, meta: PaperMeta | null, ctx: Ctx): Promise<PaperMeta | null> {
  const doi = meta?.doi ?? (paper.id.kind === 'doi' ? paper.id.value : null);
  if (!doi || !ctx.sources.crossref) return meta;
  const work = await ctx.sources.crossref.works(doi, { signal: ctx.signal });
  if (!work) return meta;
  const m = meta ?? { ...emptyMeta(), doi, title: work.title, journal: work.journal, year: work.year };
  return { ...m, grants: mergeGrants(m.grants, fundersAsGrants(work.funders)) };
}

export async function processPaper(input: PaperState, ctx: Ctx): Promise<PaperState> {
  const paper: PaperState = {
    ...input,
    attempts: input.attempts + 1,
    reason: null,
    reasonCode: undefined,
    article: null,
  };
  const { epmc } = ctx.sources;
  try {
    let meta =
      paper.meta ??
      (ctx.notFound?.has(paper.key) ? null : await epmc.resolve(paper.id, { signal: ctx.signal }));
    const inEpmc = meta !== null;
    let reason: string | null = null;
    let code: AuditReason | undefined;

    // Same paper under two ids (a DOI and its PMID): the first one finished owns it.
    const key = meta ? canonicalKey(meta) : paper.key;
    if (key) {
      const owner = ctx.owners.get(key);
      if (owner && owner !== paper.key)
        return { ...paper, meta, paperKey: key, status: 'duplicate', duplicateOf: owner };
      ctx.owners.set(key, paper.key);
    }

    if (meta?.pmcid && (meta.isOpenAccess || meta.inEPMC)) {
      const xml = await epmc.fullText(meta.pmcid, { signal: ctx.signal });
      if (xml === null) {
        reason = NO_FULL_TEXT;
        code = { code: 'NO_FULL_TEXT' };
      } else {
        const read = ctx.readJats
          ? await ctx.readJats(xml, ctx.signal)
          : readJatsNow(xml, ctx.parseXml, ctx.engine);
        if (read.article) return { ...paper, meta, paperKey: key, status: 'done', article: read.article };
        reason = `${read.reason} — partial check`;
        code = read.problem ?? { code: 'NO_FULL_TEXT' };
      }
    } else {
      reason = NO_FULL_TEXT;
      code = { code: 'NO_FULL_TEXT' };
    }

    try {
      meta = await crossrefMeta(paper, meta, ctx);
    } catch (err) {
      if (ctx.signal?.aborted) throw err;
      reason = `${reason}; Crossref: ${message(err)}`;
      if (code) code = { ...code, crossref: sourceProblem(err) };
    }
    if (!meta)
      return {
        ...paper,
        paperKey: key,
        status: 'failed',
        reason: 'not found in Europe PMC or Crossref',
        reasonCode: { code: 'NOT_FOUND' },
      };
    if (!inEpmc) {
      reason = 'not in Europe PMC — partial check from Crossref';
      code = { code: 'NOT_IN_EUROPE_PMC' };
    }
    return { ...paper, meta, paperKey: key, status: 'done', reason, reasonCode: code };
  } catch (err) {
    if (ctx.signal?.aborted) throw err;
    for (const [k, owner] of ctx.owners) if (owner === paper.key) ctx.owners.delete(k);
    return {
      ...paper,
      status: 'failed',
      reason: message(err),
      reasonCode: { code: 'SOURCE_FAILED', problem: sourceProblem(err) },
    };
  }
}
