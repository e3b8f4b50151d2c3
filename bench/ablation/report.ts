/** Totals and printed tables for bench/ablation.ts. */
import type { DocScore, Miss } from './score';

export interface Summary {
  documents: number;
  loadErrors: number;
  presence: [number, number];
  contained: [number, number];
  unchanged: [number, number];
  coresUnchanged: [number, number];
  newCoreMissing: number;
}

const add = (a: [number, number], b: [number, number]): [number, number] => [a[0] + b[0], a[1] + b[1]];

export function summarise(scores: DocScore[]): Summary {
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
export function printTable(title: string, groups: [string, Summary][], reference: boolean): void {
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
export function sourceGroup(file: string): string {
  const [top, ...rest] = file.split('/');
  if (top === 'jats') return `jats/${(rest.join('/').split(/[_.-]/)[0] ?? '').toLowerCase()}`;
  return `${top}/${rest[0] ?? ''}`;
}

/** A miss's kind: what failed, in which section or verdict change, for which source. */
export function missKind(m: Miss): string {
  // Load errors are about the file form, not the source: one kind per message.
  if (m.type === 'load') return `load error: ${m.detail.replace(/^.*?: /, '')}`;
  if (m.type === 'verdict') {
    const change = m.detail.replace(/\s*\[.*$/, '');
    return `verdict ${m.core ? 'core' : 'decoy'} ${change} · ${sourceGroup(m.file)}`;
  }
  return `${m.type} ${m.what} · ${sourceGroup(m.file)}`;
}

/** The most frequent kinds of miss, most frequent first (ties by name, so the list is stable). */
export function topMissKinds(misses: Miss[], n: number): [string, number][] {
  const counts = new Map<string, number>();
  for (const m of misses) counts.set(missKind(m), (counts.get(missKind(m)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, n);
}
