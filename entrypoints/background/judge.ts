/**
 * Judging a record against the stored profile, in the background.
 */
import { browser } from 'wxt/browser';
import type { ArticleRecord } from '../../lib/article';
import { type CompiledProfile, compileProfile } from '../../lib/match/compile';
import { loadProfile } from '../../lib/profile/store';
import { recordLanguage } from '../../lib/statement/language';
import { STORAGE_KEYS } from '../../lib/storage-keys';
import type { Verdict } from '../../lib/verdict';
import { check } from '../../lib/verdict';
import { extensionStore } from '../../platform/storage';

interface Loaded {
  profile: CompiledProfile;
  facilities: number;
  problems: string[];
}

/**
 * The stored profile, read, validated and compiled once, and again only after it changes: a network's
 * profile (1,000 staff) costs tens of milliseconds to parse and compile, too much for every popup.
 */
let loaded: Promise<Loaded> | undefined;
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && storageName(STORAGE_KEYS.profile) in changes) loaded = undefined;
});

/** The key as the browser's storage area knows it ("local:profile" → "profile"). */
function storageName(key: string): string {
  return key.slice(key.indexOf(':') + 1);
}

async function load(): Promise<Loaded> {
  const { profile, problems } = await loadProfile(extensionStore);
  return { profile: compileProfile(profile), facilities: profile.facilities.length, problems };
}

export interface Judgement {
  /** null when the user has no facility in the profile yet. */
  verdicts: Verdict[] | null;
  profileProblems: string[];
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

export async function judge(record: ArticleRecord): Promise<Judgement> {
  const { profile, facilities, problems } = await current();
  if (facilities === 0) return { verdicts: null, profileProblems: problems };
  // The suggested statement goes into the paper: in the paper's language when it can be told, else in
  // the reader's (the built-in templates cover the extension's seven languages, English otherwise).
  const statementLang = recordLanguage(record) ?? browser.i18n.getUILanguage();
  return { verdicts: check(record, profile, { statementLang }), profileProblems: problems };
}
