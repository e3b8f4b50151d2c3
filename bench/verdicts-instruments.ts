/**
 * The instrument part of bench:verdicts (docs/ACCURACY.md): each case of `instrument-cases.ts` gives one core
 * facility of a document's label profile its instruments, and the check must say which were used, each
 * grant's status, raise MISSING_INSTRUMENT_GRANT exactly when a used instrument lacks a grant, never ask
 * for an unused instrument's grant, and leave the facility's own verdict as it was without instruments.
 */
import type { ArticleRecord } from '../lib/article';
import { compactKey } from '../lib/match/tokens';
import { formatIssues, parseProfile } from '../lib/profile/schema';
import type { Instrument, Profile } from '../lib/profile/types';
import { check } from '../lib/verdict/check';
import type { Verdict } from '../lib/verdict/types';
import { FULL } from './full-check';
import { INSTRUMENT_CASES, type InstrumentCase } from './instrument-cases';
import { benchProfile, type VerdictLabel } from './verdicts-profiles';

type Tally = [pass: number, total: number];

export interface InstrumentScore {
  used: Tally;
  /** Used instruments only, and unused ones. */
  usedWhenUsed: Tally;
  usedWhenUnused: Tally;
  grants: Tally;
  flag: Tally;
  unchanged: Tally;
  /** Grants of instruments the reader says were not used that the verdict asks for (target 0). */
  askedUnused: number;
  failures: string[];
}

/** The case's instruments through the profile schema, as a real profile file would be read. */
function instrumentsOf(c: InstrumentCase): Instrument[] {
  const r = parseProfile({
    version: 1,
    facilities: [{ id: 'x', name: c.facility, instruments: c.instruments.map((e) => e.instrument) }],
  });
  if (!r.ok) throw new Error(`${c.file}: ${formatIssues(r.errors)}`);
  return r.profile.facilities[0]!.instruments;
}

function withInstruments(profile: Profile, index: number, instruments: Instrument[]): Profile {
  return {
    ...profile,
    facilities: profile.facilities.map((f, i) => (i === index ? { ...f, instruments } : f)),
  };
}

/** The facility's own verdict, instruments and their flag aside. */
function ownPart(v: Verdict): string {
  const { instruments: _i, suggestion: _s, flags, ...rest } = v;
  return JSON.stringify({ ...rest, flags: flags.filter((f) => f !== 'MISSING_INSTRUMENT_GRANT') });
}

export function scoreInstruments(
  articles: Map<string, ArticleRecord>,
  labels: Map<string, VerdictLabel>,
): InstrumentScore {
  const s: InstrumentScore = {
    used: [0, 0],
    usedWhenUsed: [0, 0],
    usedWhenUnused: [0, 0],
    grants: [0, 0],
    flag: [0, 0],
    unchanged: [0, 0],
    askedUnused: 0,
    failures: [],
  };
  const tally = (t: Tally, ok: boolean, what: string) => {
    t[0] += ok ? 1 : 0;
    t[1]++;
    if (!ok) s.failures.push(what);
  };
  for (const c of INSTRUMENT_CASES) {
    const article = articles.get(c.file);
    const label = labels.get(c.file);
    if (!article || !label) {
      s.failures.push(`${c.file}: not loaded`);
      continue;
    }
    const { profile, cores } = benchProfile(label);
    const index = cores.findIndex((f) => f.name === c.facility);
    if (index < 0) {
      s.failures.push(`${c.file}: no core facility "${c.facility}" in the label`);
      continue;
    }
    const before = check(article, profile, FULL)[index] as Verdict;
    const v = check(article, withInstruments(profile, index, instrumentsOf(c)), FULL)[index] as Verdict;
    const where = `${c.file} / ${c.facility}`;
    tally(s.unchanged, ownPart(before) === ownPart(v), `${where}: the facility's own verdict changed`);
    let owes = false;
    c.instruments.forEach((expected, k) => {
      const got = v.instruments[k];
      const name = expected.instrument.name;
      const usedOk = got?.used === expected.used;
      tally(
        s.used,
        usedOk,
        `${where}: "${name}" used ${got?.used}, expected ${expected.used} (${expected.why})`,
      );
      const byUse = expected.used ? s.usedWhenUsed : s.usedWhenUnused;
      byUse[0] += usedOk ? 1 : 0;
      byUse[1]++;
      for (const [number, status] of Object.entries(expected.grants)) {
        const gotStatus = got?.grants.find((g) => g.number === number)?.status;
        tally(
          s.grants,
          gotStatus === status,
          `${where}: "${name}" grant ${number} ${gotStatus}, expected ${status}`,
        );
        if (expected.used && status === 'missing') owes = true;
      }
      if (!expected.used) {
        const asked =
          (got?.used === true && got.grants.some((g) => g.status === 'missing')) ||
          Object.keys(expected.grants).some((n) => compactKey(v.suggestion ?? '').includes(compactKey(n)));
        if (asked) {
          s.askedUnused++;
          s.failures.push(`${where}: a grant of "${name}" is asked for, but it was not used`);
        }
      }
    });
    const flagged = v.flags.includes('MISSING_INSTRUMENT_GRANT');
    tally(s.flag, flagged === owes, `${where}: MISSING_INSTRUMENT_GRANT ${flagged}, expected ${owes}`);
  }
  return s;
}

export function reportInstruments(s: InstrumentScore): void {
  const pct = ([p, t]: Tally) => (t === 0 ? '–' : `${((100 * p) / t).toFixed(1)}%`);
  const line = (what: string, t: Tally, target: string, ok: boolean) =>
    console.log(
      `  ${what.padEnd(44)} ${String(t[0]).padStart(3)} / ${String(t[1]).padEnd(3)} ${pct(t).padStart(6)}  ${target}: ${ok ? 'PASS' : 'FAIL'}`,
    );
  const rate = ([p, t]: Tally) => (t === 0 ? 0 : p / t);
  const cases = INSTRUMENT_CASES.length;
  const files = new Set(INSTRUMENT_CASES.map((c) => c.file)).size;
  console.log(
    `\nInstrument checks (issue 16): ${s.used[1]} instruments of ${cases} facilities in ${files} documents`,
  );
  line('instrument used right', s.used, 'target ≥ 97%', rate(s.used) >= 0.97);
  console.log(
    `    (used ${pct(s.usedWhenUsed)} of ${s.usedWhenUsed[1]}, not used ${pct(s.usedWhenUnused)} of ${s.usedWhenUnused[1]})`,
  );
  line('instrument grant status right', s.grants, 'target 100%', rate(s.grants) === 1);
  line('MISSING_INSTRUMENT_GRANT right', s.flag, 'target 100%', rate(s.flag) === 1);
  line('facility verdict unchanged by instruments', s.unchanged, 'target 100%', rate(s.unchanged) === 1);
  console.log(
    `  grants asked for instruments not used: ${s.askedUnused}  target 0: ${s.askedUnused === 0 ? 'PASS' : 'FAIL'}`,
  );
  for (const f of s.failures) console.log(`  - ${f}`);
}
