/** Date windows for grants and staff: ISO strings compared by their common prefix (YYYY, YYYY-MM…). */

/** True when `date` (or unknown) falls inside [from, to]; unknown bounds are open. */
export function activeAt(
  from: string | null,
  to: string | null,
  date: string | null,
  slackYears = 0,
): boolean {
  if (!date) return true;
  const year = Number(date.slice(0, 4));
  if (from && Number(from.slice(0, 4)) > year) return false;
  // Papers appear a year or two after the work: a grant or a person counts until `to` plus the slack.
  if (to && Number(to.slice(0, 4)) + slackYears < year) return false;
  return true;
}
