/**
 * What a rate-limited service sees: the most requests that arrived within any one window (sliding, not
 * aligned to clock seconds), for the rate tests and bench/audit-rate.ts.
 */
export function maxPerWindow(times: readonly number[], windowMs = 1000): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  let first = 0;
  for (let last = 0; last < sorted.length; last++) {
    while ((sorted[last] as number) - (sorted[first] as number) >= windowMs) first++;
    most = Math.max(most, last - first + 1);
  }
  return most;
}
