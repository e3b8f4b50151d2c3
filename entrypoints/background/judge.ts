/**
 * Judging a record against the stored profile, in the background.
 */
import { browser } from 'wxt/browser';
import { storedNotesText } from '../../components/stored-note-text';
import type { ArticleRecord } from '../../lib/article';
import { type CompiledProfile, compileProfile } from '../../lib/match/compile';
import { loadProfile } from '../../lib/profile/store';
import { recordLanguage } from '../../lib/statement/language';
import { STORAGE_KEYS } from '../../lib/storage-keys';
import type { Judgement } from '../../lib/tab-session';
import { check } from '../../lib/verdict';
import { extensionStore } from '../../platform/storage';

interface Loaded {
  profile: CompiledProfile;
  facilities: number;
  /** What loading repaired or set aside, in the user's language (the popup shows them as they are). */
  problems: string[];
}

/**
 * The stored profile, read, validated and compiled once, and again only after it changes: a network's
 * profile (1,000 staff) costs tens of milliseconds to parse and compile, too much for every popup.
 */
let loaded: Promise<Loaded> | undefined;

/** Forgets the compiled profile when the stored one changes (added in the background's main()). */
export function watchProfile(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && storageName(STORAGE_KEYS.profile) in changes) loaded = undefined;
  });
}

/** The key as the browser's storage area knows it ("local:profile" → "profile"). */
function storageName(key: string): string {
  return key.slice(key.indexOf(':') + 1);
}

async function load(): Promise<Loaded> {
  const { profile, notes } = await loadProfile(extensionStore);
  // Worded here, where the catalogue is at hand, so the popup's one script carries no words for them.
  const problems = storedNotesText(notes);
  return { profile: compileProfile(profile), facilities: profile.facilities.length, problems };
}

function current(): Promise<Loaded> {
  loaded ??= load().catch((error) => {
    loaded = undefined;
    throw error;
  });
  return loaded;
}

/** The stored profile as last read and validated (read again only after it changes). */
export async function storedProfile(): Promise<CompiledProfile> {
  return (await current()).profile;
}

/**
 * The last judgement per record object, for the profile it was made with: the popup's second opening
 * (the tab session keeps the record in memory) does not check the same page again.
 */
const judged = new WeakMap<ArticleRecord, { with: Loaded; judgement: Judgement }>();

export async function judge(record: ArticleRecord): Promise<Judgement> {
  const now = await current();
  const last = judged.get(record);
  if (last?.with === now) return last.judgement;
  // The suggested statement goes into the paper: in the paper's language when it can be told, else in
  // the reader's (the built-in templates cover the extension's seven languages, English otherwise).
  const statementLang = recordLanguage(record) ?? browser.i18n.getUILanguage();
  const judgement = {
    verdicts: now.facilities === 0 ? null : check(record, now.profile, { statementLang }),
    profileProblems: now.problems,
  };
  judged.set(record, { with: now, judgement });
  return judgement;
}
