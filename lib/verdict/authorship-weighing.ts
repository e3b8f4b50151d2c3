/**
 * AUTHORSHIP_CANDIDATE in two steps. The analysis (lib/match/authorship.ts) needs compromise, ~365 kB
 * that a service worker would parse on every cold start although most pages need none of it, and a
 * Chromium service worker cannot import() it lazily. So check() takes the analysis as a dependency:
 * given it, the flag and its evidence are decided at once (the CLI, the dashboard, the manuscript page);
 * without it, each verdict lists the mentions still to weigh (`pendingAuthorship`, only those the cheap
 * pre-test lets through, so most pages have none), and weighAuthorship completes them later where the
 * analysis can be loaded (the popup). Both ways give the same verdicts (tests/unit/verdict/
 * authorship-weighing.test.ts). The flag changes neither the credit level, the badge nor the suggestion.
 */
import type { ArticleRecord } from '../article';
import type { AuthorshipCandidate, Evidence, Flag, Verdict } from './types';

/** The analysis: the intellectual-work cue for the person named at [nameStart, nameEnd) of `text`. */
export type AuthorshipAnalyser = (
  text: string,
  nameStart: number,
  nameEnd: number,
  others: Array<{ start: number; end: number }>,
) => { start: number; end: number } | null;

/** Flags check() adds after AUTHORSHIP_CANDIDATE (lib/verdict/facility-verdict.ts, elsewhere.ts). */
const FLAGS_AFTER: ReadonlySet<Flag> = new Set([
  'STAFF_NOT_NAMED',
  'MISSING_INSTRUMENT_GRANT',
  'MENTIONED_ELSEWHERE',
]);

/** Whether any verdict still has mentions to weigh. */
export function hasPendingAuthorship(verdicts: readonly Verdict[] | null | undefined): boolean {
  return !!verdicts?.some((v) => v.pendingAuthorship?.length);
}

/**
 * Weighs the pending mentions of `verdicts` (checked from `record` without an analyser) with `analyse`,
 * in place: the flag and evidence check() would have given with it, and no `pendingAuthorship` left.
 */
export function weighAuthorship(
  verdicts: Verdict[],
  record: ArticleRecord,
  analyse: AuthorshipAnalyser,
): void {
  const text = record.sections.acknowledgements?.text ?? '';
  for (const v of verdicts) {
    const pending = v.pendingAuthorship;
    if (!pending) continue;
    delete v.pendingAuthorship;
    const cues = pending.map((c) => analyse(text, c.start, c.end, c.others)).filter((c) => c !== null);
    if (cues.length === 0) continue;
    const at = v.flags.findIndex((f) => FLAGS_AFTER.has(f));
    v.flags.splice(at < 0 ? v.flags.length : at, 0, 'AUTHORSHIP_CANDIDATE');
    for (const cue of cues)
      addEvidence(v.evidence, {
        section: 'acknowledgements',
        text: text.slice(cue.start, cue.end),
        start: cue.start,
        end: cue.end,
      });
  }
}

/** Section order of check()'s evidence (facility-verdict.ts sortEvidence; `elsewhere` comes last). */
const SECTION_ORDER = [
  'acknowledgements',
  'funding',
  'methods',
  'contributions',
  'affiliations',
  'elsewhere',
];

/** Adds `e` where check()'s sorting would have put it, unless the same words are there already. */
function addEvidence(list: Evidence[], e: Evidence): void {
  const key = (x: Evidence) => [SECTION_ORDER.indexOf(x.section), x.index ?? 0, x.start];
  const same = (x: Evidence) =>
    x.section === e.section && x.index === e.index && x.start === e.start && x.end === e.end;
  if (list.some(same)) return;
  const [s, i, start] = key(e) as [number, number, number];
  const at = list.findIndex((x) => {
    const [xs, xi, xstart] = key(x) as [number, number, number];
    return xs > s || (xs === s && (xi > i || (xi === i && xstart > start)));
  });
  list.splice(at < 0 ? list.length : at, 0, e);
}

/** What the analysis said about one pending mention (the popup tells the background, which keeps it). */
export interface AuthorshipOutcome {
  start: number;
  end: number;
  cue: { start: number; end: number } | null;
}

/** `analyse`, noting each outcome in `outcomes` as it goes. */
export function noting(analyse: AuthorshipAnalyser, outcomes: AuthorshipOutcome[]): AuthorshipAnalyser {
  return (text, start, end, others) => {
    const cue = analyse(text, start, end, others);
    outcomes.push({ start, end, cue });
    return cue;
  };
}

/**
 * Weighs `verdicts` with outcomes the analysis gave elsewhere for the same record, when they cover every
 * pending mention (a mention's outcome depends only on its place in the acknowledgements); else leaves
 * them as they are and says so.
 */
export function weighWithOutcomes(
  verdicts: Verdict[],
  record: ArticleRecord,
  outcomes: readonly AuthorshipOutcome[],
): boolean {
  const known = new Map(outcomes.map((o) => [`${o.start}:${o.end}`, o.cue]));
  const covered = verdicts.every((v) =>
    (v.pendingAuthorship ?? []).every((c) => known.has(`${c.start}:${c.end}`)),
  );
  if (!covered) return false;
  weighAuthorship(verdicts, record, (_text, start, end) => known.get(`${start}:${end}`) ?? null);
  return true;
}

/** The pending mentions of `verdicts` as one request, for an analysis that runs in another context. */
export interface WeighRequest {
  /** The acknowledgements the mentions are in. */
  text: string;
  candidates: AuthorshipCandidate[];
}

/** Every pending mention of `verdicts` once (several facilities may list the same person). */
export function weighRequest(verdicts: readonly Verdict[], record: ArticleRecord): WeighRequest {
  const seen = new Map<string, AuthorshipCandidate>();
  for (const v of verdicts) for (const c of v.pendingAuthorship ?? []) seen.set(`${c.start}:${c.end}`, c);
  return { text: record.sections.acknowledgements?.text ?? '', candidates: [...seen.values()] };
}

/** The analysis' outcomes for a request (run where the analysis is loaded). */
export function answerWeighRequest(request: WeighRequest, analyse: AuthorshipAnalyser): AuthorshipOutcome[] {
  return request.candidates.map((c) => ({
    start: c.start,
    end: c.end,
    cue: analyse(request.text, c.start, c.end, c.others),
  }));
}
