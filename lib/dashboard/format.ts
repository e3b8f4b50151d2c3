/** Run ids. The numbers the dashboard shows are in the UI language: components/dashboard/words.ts. */

/** A run id that sorts by time and does not collide across tabs. */
export function newRunId(now: number, random: () => number = Math.random): string {
  return `run-${new Date(now).toISOString().replace(/[:.]/g, '-')}-${Math.floor(random() * 1e6)
    .toString(36)
    .padStart(4, '0')}`;
}
