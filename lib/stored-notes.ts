/**
 * What reading a stored value repaired, ignored or set aside, as a code with values, for the extension
 * to say in the user's language (components/stored-note-text.ts). Every note also has its English
 * (`storedNoteMessage`), which `Read.problems` carries index for index, as it always has.
 */
import type { ProfileIssue } from './profile/issues';

/** The stored values a note can be about. */
export type StoredWhat = 'profile' | 'settings' | 'submission' | 'undo' | 'chosen' | 'tabRecord';

const WHAT_ENGLISH: Record<StoredWhat, string> = {
  profile: 'The stored profile',
  settings: 'The stored settings',
  submission: 'The submission assistant’s settings',
  undo: 'The note of the last change',
  chosen: 'The facilities ticked per manuscript',
  tabRecord: 'The cached record of a tab',
};

export type StoredNote =
  /** Not an object with a version: `setAside` when it was kept under the quarantine key. */
  | { code: 'UNKNOWN_FORMAT'; values: { what: StoredWhat; setAside: boolean } }
  | { code: 'NEWER_FORMAT'; values: { what: StoredWhat; version: number; setAside: boolean } }
  | { code: 'NO_UPGRADE'; values: { what: StoredWhat; version: number; setAside: boolean } }
  | {
      code: 'UPGRADE_FAILED';
      values: { what: StoredWhat; version: number; error: string; setAside: boolean };
    }
  /** The storage itself failed (quota, a closed context); `error` is the browser's. */
  | { code: 'READ_FAILED'; values: { what: StoredWhat; error: string } }
  | { code: 'SETTINGS_RESET' }
  | { code: 'SETTING_RESET'; values: { setting: string } }
  | { code: 'SUBMISSION_OFF' }
  /** The profile as a whole could not be read (its problems are the notes before this one). */
  | { code: 'PROFILE_SET_ASIDE' }
  /** A warning about the profile, as it is (an unknown field, a form two instruments share…). */
  | { code: 'PROFILE_ISSUE'; values: { issue: ProfileIssue } }
  | { code: 'VALUE_REMOVED'; values: { issue: ProfileIssue } }
  | { code: 'VALUE_CLEARED'; values: { issue: ProfileIssue } }
  | { code: 'FACILITY_SET_ASIDE'; values: { issue: ProfileIssue } }
  | { code: 'ID_RENAMED'; values: { position: number; name: string; from: string; to: string } };

export type StoredNoteCode = StoredNote['code'];

export const STORED_NOTE_CODES = [
  'UNKNOWN_FORMAT',
  'NEWER_FORMAT',
  'NO_UPGRADE',
  'UPGRADE_FAILED',
  'READ_FAILED',
  'SETTINGS_RESET',
  'SETTING_RESET',
  'SUBMISSION_OFF',
  'PROFILE_SET_ASIDE',
  'PROFILE_ISSUE',
  'VALUE_REMOVED',
  'VALUE_CLEARED',
  'FACILITY_SET_ASIDE',
  'ID_RENAMED',
] as const satisfies readonly StoredNoteCode[];
const _allListed: [StoredNoteCode] extends [(typeof STORED_NOTE_CODES)[number]] ? true : never = true;

type Values<C extends StoredNoteCode> =
  Extract<StoredNote, { code: C }> extends { values: infer V } ? V : never;

function lower(label: string): string {
  return label.charAt(0).toLowerCase() + label.slice(1);
}

const aside = (v: { setAside: boolean }, text: string) =>
  v.setAside ? `${text} It was set aside, not deleted.` : text;

/** Without the issue's final full stop, to continue the sentence. */
const clause = (issue: ProfileIssue) => issue.message.replace(/\.$/, '');

const ENGLISH: { [C in StoredNoteCode]: (v: Values<C>) => string } = {
  UNKNOWN_FORMAT: (v) =>
    aside(v, `CoreCredit does not recognise the format of ${lower(WHAT_ENGLISH[v.what])}.`),
  NEWER_FORMAT: (v) =>
    aside(
      v,
      `A newer CoreCredit saved ${lower(WHAT_ENGLISH[v.what])} (format version ${v.version}); update CoreCredit to use it.`,
    ),
  NO_UPGRADE: (v) =>
    aside(v, `CoreCredit cannot upgrade ${lower(WHAT_ENGLISH[v.what])} from format version ${v.version}.`),
  UPGRADE_FAILED: (v) =>
    aside(
      v,
      `CoreCredit could not upgrade ${lower(WHAT_ENGLISH[v.what])} to format version ${v.version} (${v.error}).`,
    ),
  READ_FAILED: (v) => `${WHAT_ENGLISH[v.what]} could not be read (${v.error}).`,
  SETTINGS_RESET: () => 'Settings were unreadable and were reset to defaults.',
  SETTING_RESET: (v) => `Setting “${v.setting}” had an invalid value and was reset to its default.`,
  SUBMISSION_OFF: () => 'The submission assistant’s settings were unreadable: it is off.',
  PROFILE_SET_ASIDE: () => 'The stored profile was set aside, not deleted.',
  PROFILE_ISSUE: (v) => v.issue.message,
  VALUE_REMOVED: (v) => `${clause(v.issue)} — it was removed; the rest of the facility was kept.`,
  VALUE_CLEARED: (v) => `${clause(v.issue)} — it was cleared; the rest of the facility was kept.`,
  FACILITY_SET_ASIDE: (v) => `${clause(v.issue)} — this facility was set aside, not deleted.`,
  ID_RENAMED: (v) =>
    `Facility ${v.position} (“${v.name}”): the ID “${v.from}” was already used; it was renamed “${v.to}”.`,
};

/** A note in English: what the CLI, the logs and `Read.problems` say. */
export function storedNoteMessage(note: StoredNote): string {
  const word = ENGLISH[note.code] as (v: unknown) => string;
  return word('values' in note ? note.values : undefined);
}
