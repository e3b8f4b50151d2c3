/**
 * arXiv HTML (LaTeXML output: .ltx_section, h2.ltx_title, acknowledgements in .ltx_acknowledgements).
 */
import { matchSite } from '../match-site';
import type { SiteAdapter } from '../site-adapter';

export const arxiv: SiteAdapter = {
  id: 'arxiv',
  ...matchSite({
    hosts: ['arxiv.org'],
    publisher: /\barxiv\b/,
    markup: '.ltx_page_main, .ltx_document',
  }),
  root: '.ltx_page_main, .ltx_document',
};

// Made for:
// https://arxiv.org/html/2403.00001v1
// https://arxiv.org/html/2310.06825v1
