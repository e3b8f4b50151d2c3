/**
 * `check(article, profile)`: one Verdict per facility of the profile. Each text of the article is
 * scanned once by the compiled profile and its identifiers (RRID, ROR, grant numbers) found once;
 * each facility's verdict is then assembled from its own hits.
 */
import type { ArticleRecord } from '../article';
import { type CompiledProfile, compileProfile, isCompiled } from '../match/compile';
import type { Profile } from '../profile/types';
import { indexArticle } from './article-index';
import type { AuthorshipAnalyser } from './authorship-weighing';
import { markMentionedElsewhere } from './elsewhere';
import { facilityVerdict } from './facility-verdict';
import type { Verdict } from './types';

export interface CheckOptions {
  /**
   * The language of the suggested statements (BCP 47): the paper's when it can be told, else the
   * reader's. A facility's own statement in it is chosen, else the built-in one. Default English.
   */
  statementLang?: string | null;
  /**
   * The authorship analysis (`authorshipCue` of lib/match/authorship.ts, which loads compromise). Without
   * it, mentions to weigh are left in each verdict's `pendingAuthorship` for weighAuthorship
   * (lib/verdict/authorship-weighing.ts): the extension's service worker cannot load it lazily.
   */
  authorship?: AuthorshipAnalyser;
}

export function check(
  article: ArticleRecord,
  profile: Profile | CompiledProfile,
  options: CheckOptions = {},
): Verdict[] {
  const cp = isCompiled(profile) ? profile : compileProfile(profile);
  const ix = indexArticle(article, cp);
  const lang = options.statementLang || 'en';
  const verdicts = cp.facilities.map((cf) => facilityVerdict(cf, ix, lang, options.authorship));
  markMentionedElsewhere(verdicts, cp, article);
  return verdicts;
}
