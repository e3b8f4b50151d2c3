/** Numbers as the dashboard shows them. */

/** "about 3 min left" style durations: precise enough to decide whether to wait, no false precision. */
export function formatDuration(ms: number | null): string {
  if (ms === null || !Number.isFinite(ms)) return 'estimating…';
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s} s`;
  const m = Math.round(s / 60);
  if (m < 60) return `${m} min`;
  const h = Math.floor(m / 60);
  return `${h} h ${m % 60} min`;
}

/** "42% (21 of 50)", or "—" when nothing could be judged. */
export function formatRate(r: { count: number; of: number; rate: number | null } | null): string {
  if (!r || r.rate === null) return '—';
  return `${Math.round(r.rate * 100)}% (${r.count} of ${r.of})`;
}

/** A run id that sorts by time and does not collide across tabs. */
export function newRunId(now: number, random: () => number = Math.random): string {
  return `run-${new Date(now).toISOString().replace(/[:.]/g, '-')}-${Math.floor(random() * 1e6)
    .toString(36)
    .padStart(4, '0')}`;
}
