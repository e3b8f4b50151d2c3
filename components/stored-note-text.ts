/**
 * What reading a stored value repaired or set aside (the profile's repairs in the popup, the options
 * page and the dashboard; the settings' in the settings panel), in the user's language: lib gives each
 * as a code with values (lib/stored-notes.ts) and this words them from the catalogue's `stored` group.
 */
import type { StoredNote, StoredNoteCode, StoredWhat } from '../lib/stored-notes';
import { formatNumber, t } from '../platform/i18n';
import { profileIssueText } from './options/issue-text';

type Values<C extends StoredNoteCode> =
  Extract<StoredNote, { code: C }> extends { values: infer V } ? V : never;

const whatText: Record<StoredWhat, () => string> = {
  profile: () => t('stored.what.profile'),
  settings: () => t('stored.what.settings'),
  submission: () => t('stored.what.submission'),
  undo: () => t('stored.what.undo'),
  chosen: () => t('stored.what.chosen'),
  tabRecord: () => t('stored.what.tabRecord'),
};

/** A setting by the label the settings panel gives it; its own name for one this version does not know. */
const settingText: Record<string, () => string> = {
  autoCheck: () => t('settings.autoCheck'),
  recordReading: () => t('settings.record'),
};

const aside = (v: { setAside: boolean }, text: string) =>
  v.setAside ? `${text} ${t('stored.setAside')}` : text;

/** Every code has its words: a new code without them does not compile. */
const noteText: { [C in StoredNoteCode]: (v: Values<C>) => string } = {
  UNKNOWN_FORMAT: (v) => aside(v, t('stored.unknownFormat', { what: whatText[v.what]() })),
  NEWER_FORMAT: (v) =>
    aside(v, t('stored.newerFormat', { what: whatText[v.what](), version: formatNumber(v.version) })),
  NO_UPGRADE: (v) =>
    aside(v, t('stored.noUpgrade', { what: whatText[v.what](), version: formatNumber(v.version) })),
  UPGRADE_FAILED: (v) =>
    aside(
      v,
      t('stored.upgradeFailed', {
        what: whatText[v.what](),
        version: formatNumber(v.version),
        error: v.error,
      }),
    ),
  READ_FAILED: (v) => t('stored.readFailed', { what: whatText[v.what](), error: v.error }),
  SETTINGS_RESET: () => t('stored.settingsReset'),
  SETTING_RESET: (v) => t('stored.settingReset', { setting: settingText[v.setting]?.() ?? v.setting }),
  SUBMISSION_OFF: () => t('stored.submissionOff'),
  PROFILE_SET_ASIDE: () => t('stored.profileSetAside'),
  PROFILE_ISSUE: (v) => profileIssueText(v.issue),
  VALUE_REMOVED: (v) => t('stored.removed', { problem: profileIssueText(v.issue) }),
  VALUE_CLEARED: (v) => t('stored.cleared', { problem: profileIssueText(v.issue) }),
  FACILITY_SET_ASIDE: (v) => t('stored.facilitySetAside', { problem: profileIssueText(v.issue) }),
  ID_RENAMED: (v) =>
    t('stored.idRenamed', { position: formatNumber(v.position), name: v.name, from: v.from, to: v.to }),
};

/** One note in words. */
export function storedNoteText(note: StoredNote): string {
  const word = noteText[note.code] as (v: unknown) => string;
  return word('values' in note ? note.values : undefined);
}

/** What reading a stored value repaired or set aside, in words, one line per note. */
export function storedNotesText(notes: readonly StoredNote[]): string[] {
  return notes.map(storedNoteText);
}
