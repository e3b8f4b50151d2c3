/**
 * Europe PMC article pages (rendered from JATS; sections are <section> with <h2>/<h3>).
 */
import { matchSite } from '../match-site';
import type { SiteAdapter } from '../site-adapter';

export const europepmc: SiteAdapter = {
  id: 'europepmc',
  ...matchSite({ hosts: ['europepmc.org'], publisher: /europe pmc/ }),
  sections: { demote: '#article--sidebar, .article-sidebar, .epmc_sidebar' },
};

// Made for:
// https://europepmc.org/article/MED/30893327
// https://europepmc.org/article/PMC/PMC6428273
