/**
 * BMC and SpringerOpen journals ("Declarations" with Acknowledgements, Funding, Authors\u2019 contributions).
 */
import { matchSite } from '../match-site';
import type { SiteAdapter } from '../site-adapter';

export const bmc: SiteAdapter = {
  id: 'bmc',
  ...matchSite({
    hosts: ['biomedcentral.com', 'springeropen.com'],
    publisher: /biomed central|springeropen/,
    doiPrefixes: ['10.1186'],
  }),
  sections: { demote: '.c-article-extras, .c-reading-companion' },
};

// Made for:
// https://bmcevolbiol.biomedcentral.com/articles/10.1186/1471-2148-14-70
// https://bioresourcesbioprocessing.springeropen.com/articles/10.1186/s40643-016-0099-3
