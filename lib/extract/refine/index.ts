/**
 * The text part of the site adapters' refinements, by adapter id: what their DOM part (sites/*.ts,
 * `readPage`) read is applied where the record is finished, after the generic text work.
 */
import type { ArticleDraft } from '../../article';
import type { SiteRead } from '../page-draft';
import { refineRolePopups } from './role-popups';
import { refineSciencedirect } from './sciencedirect';

export const REFINEMENTS: Readonly<Record<string, (record: ArticleDraft, site: SiteRead) => void>> = {
  sciencedirect: refineSciencedirect,
  elife: refineRolePopups,
  plos: refineRolePopups,
};
