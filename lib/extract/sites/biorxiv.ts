/**
 * bioRxiv / medRxiv (HighWire Drupal: div.section with h2, div.ack, fn-group).
 */
import { matchSite } from '../match-site';
import type { SiteAdapter } from '../site-adapter';

export const biorxiv: SiteAdapter = {
  id: 'biorxiv',
  ...matchSite({
    hosts: ['biorxiv.org', 'medrxiv.org'],
    publisher: /biorxiv|medrxiv|cold spring harbor/,
    doiPrefixes: ['10.1101'],
  }),
  // Tool panes (share, metrics, collections) sit beside the article and are never read.
  sections: { exclude: '.pane-highwire-article-collections, .pane-biorxiv-art-tools' },
};

// Made for:
// https://www.biorxiv.org/content/10.1101/2023.01.01.522400v1.full
// https://www.medrxiv.org/content/10.1101/2020.04.14.20062463v2.full
