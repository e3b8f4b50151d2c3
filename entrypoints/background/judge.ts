/**
 * Judging a record against the stored profile, in the background. The profile is compiled once and
 * reused until the stored profile changes.
 */
import type { ArticleRecord } from '../../lib/article';
import { type CompiledProfile, compileProfile } from '../../lib/match/compile';
import { loadProfile } from '../../lib/profile/store';
import type { Verdict } from '../../lib/verdict';
import { check } from '../../lib/verdict';
import { extensionStore } from '../../platform/storage';

let compiled: { stamp: string; profile: CompiledProfile; facilities: number } | undefined;

export interface Judgement {
  /** null when the user has no facility in the profile yet. */
  verdicts: Verdict[] | null;
  profileProblems: string[];
}

export async function judge(record: ArticleRecord): Promise<Judgement> {
  const { profile, problems } = await loadProfile(extensionStore);
  const stamp = JSON.stringify(profile);
  if (compiled?.stamp !== stamp) {
    compiled = { stamp, profile: compileProfile(profile), facilities: profile.facilities.length };
  }
  return {
    verdicts: compiled.facilities === 0 ? null : check(record, compiled.profile),
    profileProblems: problems,
  };
}
