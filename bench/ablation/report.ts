/** Totals and printed tables for bench/ablation.ts and bench/manuscripts.ts. */
import type { SectionKey } from '../../lib/article';
import type { DocScore, Miss } from './score';

interface Summary {
  documents: number;
  loadErrors: number;
  presence: [number, number];
  contained: [number, number];
  unchanged: [number, number];
  coresUnchanged: [number, number];
  newCoreMissing: number;
}

const add = (a: [number, number], b: [number, number]): [number, number] => [a[0] + b[0], a[1] + b[1]];

function summarise(scores: DocScore[]): Summary {
  return scores.reduce<Summary>(
    (s, d) => ({
      documents: s.documents + 1,
      loadErrors: s.loadErrors + (d.error ? 1 : 0),
      presence: add(s.presence, d.presence),
      contained: add(s.contained, d.contained),
      unchanged: add(s.unchanged, d.unchanged),
      coresUnchanged: add(s.coresUnchanged, d.coresUnchanged),
      newCoreMissing: s.newCoreMissing + d.newCoreMissing,
    }),
    {
      documents: 0,
      loadErrors: 0,
      presence: [0, 0],
      contained: [0, 0],
      unchanged: [0, 0],
      coresUnchanged: [0, 0],
      newCoreMissing: 0,
    },
  );
}

const share = ([n, d]: [number, number]) => (d === 0 ? Number.NaN : n / d);
const cell = ([n, d]: [number, number]) =>
  `${`${n}/${d}`.padStart(8)} ${d === 0 ? '   n/a' : `${((100 * n) / d).toFixed(1)}%`.padStart(6)}`;

type Row = [label: string, get: (s: Summary) => [number, number], target: number];
const RATE_ROWS: Row[] = [
  ['section presence', (s) => s.presence, 0.95],
  ['gold text contained', (s) => s.contained, 0.9],
  ['verdict level unchanged', (s) => s.unchanged, 0.97],
  ['  … core facilities alone', (s) => s.coresUnchanged, 0.97],
];

/** One table: rows of checks, columns all / html / jats, PASS/FAIL of the "all" column. */
function printTable(title: string, groups: [string, Summary][], reference: boolean): void {
  console.log(`\n== ${title} ==`);
  console.log(`  ${''.padEnd(28)}${groups.map(([g]) => g.padStart(16)).join('')}   target`);
  console.log(
    `  ${'documents (load errors)'.padEnd(28)}${groups.map(([, s]) => `${s.documents} (${s.loadErrors})`.padStart(16)).join('')}`,
  );
  for (const [label, get, target] of RATE_ROWS) {
    const verdictRow = label !== 'section presence' && label !== 'gold text contained';
    if (reference && verdictRow) {
      console.log(`  ${label.padEnd(28)}${'(the reference)'.padStart(16)}`);
      continue;
    }
    const all = share(get(groups[0]?.[1] as Summary));
    const verdictLabel = Number.isNaN(all) ? 'n/a' : all >= target ? 'PASS' : 'FAIL';
    console.log(
      `  ${label.padEnd(28)}${groups.map(([, s]) => cell(get(s))).join('')}   ≥ ${(100 * target).toFixed(0)}%  ${verdictLabel}`,
    );
  }
  if (!reference) {
    const n = groups[0]?.[1].newCoreMissing ?? 0;
    console.log(
      `  ${'new missing among cores'.padEnd(28)}${groups.map(([, s]) => String(s.newCoreMissing).padStart(16)).join('')}   = 0    ${n === 0 ? 'PASS' : 'FAIL'}`,
    );
  }
}

/** "html/plos", "jats/elife": where a document comes from, for grouping misses. */
function sourceGroup(file: string): string {
  const [top, ...rest] = file.split('/');
  if (top === 'jats') return `jats/${(rest.join('/').split(/[_.-]/)[0] ?? '').toLowerCase()}`;
  return `${top}/${rest[0] ?? ''}`;
}

/** A miss's kind: what failed, in which section or verdict change, for which source. */
function missKind(m: Miss): string {
  // Load errors are about the file form, not the source: one kind per message.
  if (m.type === 'load') return `load error: ${m.detail.replace(/^.*?: /, '')}`;
  if (m.type === 'verdict') {
    const change = m.detail.replace(/\s*\[.*$/, '');
    return `verdict ${m.core ? 'core' : 'decoy'} ${change} · ${sourceGroup(m.file)}`;
  }
  return `${m.type} ${m.what} · ${sourceGroup(m.file)}`;
}

/** The most frequent kinds of miss, most frequent first (ties by name, so the list is stable). */
function topMissKinds(misses: Miss[], n: number): [string, number][] {
  const counts = new Map<string, number>();
  for (const m of misses) counts.set(missKind(m), (counts.get(missKind(m)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, n);
}

/** The scores of one variant or format over the corpus, with what could not be made or scored. */
export interface Run {
  scores: DocScore[];
  notMade: { file: string; reason: string }[];
  /** Gold sections whose text the generated file does not hold (a JATS fragment has no <front>). */
  absent: { file: string; section: SectionKey }[];
  notApplicable: number;
  notes: Record<string, string>;
}

export const newRun = (): Run => ({ scores: [], notMade: [], absent: [], notApplicable: 0, notes: {} });

/** Columns of the tables: every document, then by the kind of the original. */
const groupsOf = (scores: DocScore[]): [string, Summary][] => [
  ['all', summarise(scores)],
  ['html', summarise(scores.filter((s) => s.kind === 'html'))],
  ['jats', summarise(scores.filter((s) => s.kind === 'jats'))],
];

/**
 * One run's table, what could not be made, the gold sections not in the files and the most common
 * misses; with `verbose`, every miss and note. `title` is the table's heading without the counts.
 */
export function printRun(title: string, run: Run, reference: boolean, verbose: boolean): void {
  const counts = [
    `${run.scores.length} made`,
    run.notMade.length > 0 ? `${run.notMade.length} could not be made` : '',
    run.notApplicable > 0 ? `${run.notApplicable} not applicable` : '',
    run.absent.length > 0 ? `${run.absent.length} gold sections not in the files (expected none there)` : '',
  ];
  printTable(
    reference ? title : `${title}: ${counts.filter(Boolean).join(', ')}`,
    groupsOf(run.scores),
    reference,
  );
  for (const n of run.notMade) console.log(`  could not be made: ${n.file}: ${n.reason}`);
  if (run.absent.length > 0) {
    const list = run.absent.map((a) => `${a.file} ${a.section}`).join('; ');
    console.log(`  gold sections not in the files: ${list}`);
  }
  const misses = run.scores.flatMap((s) => s.misses);
  const top = topMissKinds(misses, 10);
  if (top.length > 0) {
    console.log('  most common misses:');
    for (const [kind, count] of top) console.log(`    ${String(count).padStart(3)}  ${kind}`);
  }
  if (verbose) {
    for (const m of misses) {
      const what = m.type === 'verdict' ? `${m.core ? 'core' : 'decoy'} "${m.what}"` : m.what;
      console.log(`    - [${m.type}] ${m.file} ${what}: ${m.detail}`);
    }
    for (const [file, note] of Object.entries(run.notes)) console.log(`    · ${file}: ${note}`);
  }
}

/** A run as the --json report holds it. */
export function runJson(run: Run): Record<string, unknown> {
  return {
    summaries: Object.fromEntries(groupsOf(run.scores)),
    notMade: run.notMade,
    absentSections: run.absent,
    notApplicable: run.notApplicable,
    notes: run.notes,
    misses: run.scores.flatMap((s) => s.misses),
  };
}
