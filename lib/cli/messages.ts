/**
 * Every word the command line's summaries, progress and `profile` command say to a person, by key, with
 * `{name}` placeholders, so a translation is a second table with the same keys (the extension's
 * catalogue is separate). The credit levels and flags come from lib/verdict/explain.ts, as in the popup.
 * JSON and CSV are for programs and are not worded here.
 */
export const CLI_MESSAGES = {
  title: 'Title',
  doi: 'DOI',
  kind: 'Read as',
  noTitle: '(no title found)',
  none: 'none',
  authors: 'Authors',
  sections: 'Sections',
  sectionFound: '{section}: “{start}”',
  sectionMissing: '{section}: not found',
  sectionUnheaded: '{section} (no heading): “{start}”',
  credit: 'CRediT roles for {n} authors',
  methodsMentions: '{n} methods sentences name a facility, core, RRID or instrument',
  warnings: 'Warnings',
  foundIn: 'Found in',
  staff: 'Staff',
  missing: 'Missing',
  toCheck: 'To check',
  grantsMissing: '{text}: {grants}.',
  instrumentGrantsMissing: 'The paper used the {instrument} but does not cite its grant: {grants}.',
  suggestion: 'Suggested statement',
  noFacilities: 'The profile has no facilities.',
  filesSummary: '{files} files, {verdicts} verdicts: {levels}',
  levelCount: '{n} {label}',
  progress: '{command}: {done}/{total} files',
  progressFailed: '{command}: {done}/{total} files ({failed} unreadable)',
  profileValid: '{file}: a valid profile ({n} facilities: {ids})',
  profileInvalid: '{file}: {n} problems',
  profileInvalidOne: '{file}: 1 problem',
  profileNotJson: 'The file is not valid JSON ({reason}).',
  profileUnreadable: 'The file cannot be read (no such file?).',
  profileWarning: '{file}: note: {warning}',
  profileWritten:
    'Wrote an example profile to {file}: edit it, then check it with `corecredit profile validate {file}`.',
  profileExists: '{file} exists; use --force to replace it',
} as const;

export type CliMessageKey = keyof typeof CLI_MESSAGES;

/** The message `key` with its `{placeholders}` filled (a missing value leaves the placeholder as it is). */
export function msg(key: CliMessageKey, vars: Record<string, string | number> = {}): string {
  return CLI_MESSAGES[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(vars, name) ? String(vars[name]) : whole,
  );
}
