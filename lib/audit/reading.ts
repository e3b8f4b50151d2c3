/**
 * Papers checked while reading (opt-in): each article the user checks in the browser is kept as a
 * paper of one standing audit run, so the dashboard's record builds up by itself. Only the extracted
 * article is stored (as for any audit paper); verdicts are remade from it with the current profile.
 */
import type { ArticleRecord } from '../article';
import type { PaperMeta } from '../sources/paper-meta';
import type { AuditRun, AuditStore, PaperState } from './types';

export const READING_RUN_ID = 'reading';

function readingRun(now: Date): AuditRun {
  return {
    id: READING_RUN_ID,
    input: { kind: 'reading' },
    createdAt: now.toISOString(),
    // Never resumable: papers arrive one at a time, already checked.
    status: 'done',
    cursorMark: null,
    listed: true,
    hitCount: null,
  };
}

function yearOf(published: string | null): number | null {
  const m = published ? /^(\d{4})/.exec(published) : null;
  return m ? Number(m[1]) : null;
}

function metaOf(record: ArticleRecord, doi: string): PaperMeta {
  return {
    pmid: null,
    pmcid: null,
    doi,
    title: record.title,
    journal: record.journal,
    year: yearOf(record.published),
    isOpenAccess: false,
    inEPMC: false,
    // Group authors (a consortium) are not people a staff member could be.
    authors: record.authors
      .filter((a) => a.kind !== 'group')
      .map((a) => ({ name: a.name, given: a.given, family: a.family, orcid: a.orcid })),
    grants: [],
  };
}

/** The audit paper for an article read in the browser; null without a DOI (nothing to key it by). */
function readingPaper(record: ArticleRecord, seq: number): PaperState | null {
  const doi = record.doi?.toLowerCase() ?? null;
  if (!doi) return null;
  const key = `doi:${doi}`;
  return {
    key,
    id: { kind: 'doi', value: doi },
    seq,
    status: 'done',
    paperKey: key,
    meta: metaOf(record, doi),
    article: record,
    reason: null,
    attempts: 1,
  };
}

/** How much credit text a record holds: its three sections and its methods sentences. */
function creditTextSize(record: ArticleRecord | null): number {
  if (!record) return 0;
  const { acknowledgements, funding, contributions } = record.sections;
  return (
    (acknowledgements?.text.length ?? 0) +
    (funding?.text.length ?? 0) +
    (contributions?.text.length ?? 0) +
    record.methodsMentions.reduce((n, m) => n + m.text.length, 0)
  );
}

/**
 * Adds (or refreshes) an article in the reading run. A paper read twice stays one paper, in the place
 * it was first read; of two reads, the one with more credit text is kept (the full text at PMC rather
 * than a publisher's abstract page with a funding box). Returns false when the article has no DOI.
 */
export async function recordReading(store: AuditStore, record: ArticleRecord, now: Date): Promise<boolean> {
  const fresh = readingPaper(record, now.getTime());
  if (!fresh) return false;
  if (!(await store.getRun(READING_RUN_ID))) await store.putRun(readingRun(now));
  const before = await store.getPaper(READING_RUN_ID, fresh.key);
  if (before && creditTextSize(before.article) > creditTextSize(record)) return true;
  await store.putPaper(READING_RUN_ID, before ? { ...fresh, seq: before.seq } : fresh);
  return true;
}
