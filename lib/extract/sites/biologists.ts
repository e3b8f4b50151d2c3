/**
 * The Company of Biologists (Development, JCS, JEB, DMM, BiO; Silverchair).
 */
import { matchSite } from '../match-site';
import type { SiteAdapter } from '../site-adapter';

export const biologists: SiteAdapter = {
  id: 'biologists',
  ...matchSite({
    hosts: ['journals.biologists.com', 'biologists.com'],
    publisher: /company of biologists/,
    doiPrefixes: ['10.1242'],
  }),
};

// Made for:
// https://journals.biologists.com/dev/article/147/1/dev185322/223061
// https://journals.biologists.com/jcs/article/133/5/jcs237891/223459
