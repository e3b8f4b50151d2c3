/**
 * Scores one loaded document (original or variant) against its gold label: section presence, whether the
 * extracted section holds the gold start and end snippets, and how each facility's credit level compares
 * with the verdict on the original document.
 */
import type { ArticleRecord } from '../../lib/article';
import { loadArticle } from '../../lib/cli/load-article';
import type { Verdict } from '../../lib/verdict/types';
import { collapseAll, type GoldLabel, SECTION_KEYS } from '../corpus-metrics';

type MissType = 'load' | 'presence' | 'contained' | 'verdict';

export interface Miss {
  file: string;
  type: MissType;
  /** Section key and what went wrong ("funding not found"), or the facility name for verdict misses. */
  what: string;
  /** True for core facilities (verdict misses only). */
  core?: boolean;
  detail: string;
}

export interface DocScore {
  file: string;
  kind: 'html' | 'jats';
  error: string | null;
  presence: [number, number];
  contained: [number, number];
  /** Facility verdicts whose credit level is unchanged from the original: all, and cores alone. */
  unchanged: [number, number];
  coresUnchanged: [number, number];
  /** Cores credited on the original that are `missing` on the variant. */
  newCoreMissing: number;
  misses: Miss[];
}

const stripFinal = (s: string) => collapseAll(s).replace(/[\s.,;:!?]+$/, '');

/** Whether the section text holds a gold snippet (whitespace collapsed, final punctuation ignored). */
function holdsSnippet(text: string, snippet: string): boolean {
  return collapseAll(text).includes(stripFinal(snippet));
}

function shorten(s: string | undefined | null, n = 70): string {
  const t = collapseAll(s ?? '');
  return t.length <= 2 * n + 5 ? t : `${t.slice(0, n)} … ${t.slice(-n)}`;
}

/**
 * `rec` null means the document could not be loaded (`error`): every check of it fails, and each core
 * the original credits counts as newly missing, since a user would get no verdict at all.
 */
export function scoreDoc(
  gold: GoldLabel,
  rec: ArticleRecord | null,
  error: string | null,
  original: Verdict[] | null,
  variant: Verdict[] | null,
  coreCount: number,
): DocScore {
  const file = gold.file;
  const s: DocScore = {
    file,
    kind: gold.kind,
    error,
    presence: [0, 0],
    contained: [0, 0],
    unchanged: [0, 0],
    coresUnchanged: [0, 0],
    newCoreMissing: 0,
    misses: [],
  };
  const miss = (type: MissType, what: string, detail: string, core?: boolean) =>
    s.misses.push({ file, type, what, detail, ...(core === undefined ? {} : { core }) });
  if (!rec) miss('load', 'file', error ?? 'not loaded');
  for (const key of SECTION_KEYS) {
    const want = gold.sections[key];
    const got = rec?.sections[key] ?? null;
    s.presence[1]++;
    if (rec && !!want === !!got) s.presence[0]++;
    else if (rec && want) miss('presence', `${key} not found`, 'expected a section, got none');
    else if (rec) miss('presence', `${key} spurious`, `expected none, got "${shorten(got?.text)}"`);
    if (!want) continue;
    // A section not found fails this check too; only a found section with other text is a miss of its own.
    s.contained[1]++;
    if (got && holdsSnippet(got.text, want.start) && holdsSnippet(got.text, want.end)) s.contained[0]++;
    else if (got) {
      miss(
        'contained',
        `${key} other text`,
        `expected "${want.start}" … "${want.end}", got "${shorten(got.text)}"`,
      );
    }
  }
  (original ?? []).forEach((before, i) => {
    const after = variant?.[i] ?? null;
    const core = i < coreCount;
    const same = !!after && after.credit === before.credit;
    s.unchanged[1]++;
    if (same) s.unchanged[0]++;
    if (core) {
      s.coresUnchanged[1]++;
      if (same) s.coresUnchanged[0]++;
      if (before.credit !== 'missing' && (!after || after.credit === 'missing')) s.newCoreMissing++;
    }
    if (!same && after) {
      miss(
        'verdict',
        before.name,
        `${before.credit} → ${after.credit} [${before.flags.join(' ')} → ${after.flags.join(' ')}]`,
        core,
      );
    }
  });
  return s;
}

/**
 * The label as it applies to a generated file: a gold section whose start or end snippet is not in the
 * file's visible text at all is expected to be absent there (the reader cannot find what is not in it).
 */
export function withoutAbsent<T extends GoldLabel>(label: T, visible: string): T {
  const seen = collapseAll(visible);
  const sections = { ...label.sections };
  for (const key of SECTION_KEYS) {
    const g = sections[key];
    if (g && !(seen.includes(stripFinal(g.start)) && seen.includes(stripFinal(g.end)))) sections[key] = null;
  }
  return { ...label, sections };
}

/** A file read as the CLI reads it, or the reason it could not be (scored as a load error). */
export async function loadOrError(
  path: string,
): Promise<{ rec: ArticleRecord | null; error: string | null }> {
  try {
    return { rec: await loadArticle(path), error: null };
  } catch (e) {
    return { rec: null, error: e instanceof Error ? e.message : String(e) };
  }
}
