/**
 * Rockefeller University Press (JCB, JEM; Silverchair).
 */
import { matchSite } from '../match-site';
import type { SiteAdapter } from '../site-adapter';

export const jcb: SiteAdapter = {
  id: 'jcb',
  ...matchSite({
    hosts: ['rupress.org'],
    publisher: /rockefeller university press/,
    doiPrefixes: ['10.1083', '10.1084'],
  }),
};

// Made for:
// https://rupress.org/jcb/article/219/1/e201907014/132547
