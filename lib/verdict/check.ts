/**
 * `check(article, profile)`: one Verdict per facility of the profile. Each text of the article is
 * scanned once by the compiled profile and its identifiers (RRID, ROR, grant numbers) found once;
 * each facility's verdict is then assembled from its own hits.
 */
import type { ArticleRecord } from '../article';
import { type CompiledProfile, compileProfile, isCompiled } from '../match/compile';
import type { Profile } from '../profile/types';
import { indexArticle } from './article-index';
import { markMentionedElsewhere } from './elsewhere';
import { facilityVerdict } from './facility-verdict';
import type { Verdict } from './types';

export function check(article: ArticleRecord, profile: Profile | CompiledProfile): Verdict[] {
  const cp = isCompiled(profile) ? profile : compileProfile(profile);
  const ix = indexArticle(article, cp);
  const verdicts = cp.facilities.map((cf) => facilityVerdict(cf, ix));
  markMentionedElsewhere(verdicts, cp, article);
  return verdicts;
}
