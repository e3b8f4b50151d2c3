/**
 * eLife's and PLOS's per-author role pop-ups (read in the page by sites/elife.ts and sites/plos.ts): roles
 * read from the contributions text win; the pop-ups fill in when the text gave none.
 */
import type { ArticleDraft } from '../../article';
import type { SiteRead } from '../page-draft';
import { creditFromBlocks } from '../popup-credit';

export function refineRolePopups(record: ArticleDraft, site: SiteRead): void {
  if (record.credit.some((c) => c.roles.length > 0)) return;
  record.credit = [...creditFromBlocks(site.roleBlocks ?? [], record.authors), ...record.credit];
}
