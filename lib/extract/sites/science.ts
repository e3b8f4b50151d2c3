/**
 * Science / Science Advances (Atypon: "Acknowledgments" with run-in Funding:, Author contributions:).
 */
import { matchSite } from '../match-site';
import type { SiteAdapter } from '../site-adapter';

export const science: SiteAdapter = {
  id: 'science',
  ...matchSite({
    hosts: ['science.org', 'sciencemag.org'],
    publisher: /american association for the advancement of science|\baaas\b/,
    doiPrefixes: ['10.1126'],
  }),
  sections: { demote: '.core-collateral' },
};

// Made for:
// https://www.science.org/doi/10.1126/science.abc1234
// https://www.science.org/doi/10.1126/sciadv.abc5678
