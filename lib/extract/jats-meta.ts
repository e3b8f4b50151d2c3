/** Bibliographic fields of a JATS article (<front>): DOI, title, journal, publication date, publisher. */

import { normaliseDoi } from '../doi';
import { childrenNamed, descendantsNamed, jatsText } from './jats-text';

export function jatsDoi(meta: Element | undefined): string | null {
  if (!meta) return null;
  const id = childrenNamed(meta, 'article-id').find((el) => el.getAttribute('pub-id-type') === 'doi');
  return normaliseDoi(id?.textContent);
}

export function jatsTitle(meta: Element | undefined): string | null {
  const group = meta ? childrenNamed(meta, 'title-group')[0] : undefined;
  const title = group ? childrenNamed(group, 'article-title')[0] : undefined;
  const text = title ? jatsText(title).replace(/\.$/, '') : '';
  return text || null;
}

export function jatsJournal(journalMeta: Element | undefined): string | null {
  if (!journalMeta) return null;
  const title = descendantsNamed(journalMeta, ['journal-title'], 1)[0];
  const text = title ? jatsText(title) : '';
  if (text) return text;
  const id = childrenNamed(journalMeta, 'journal-id')[0];
  return id ? jatsText(id) || null : null;
}

function dateOf(el: Element): string | null {
  const part = (name: string) => (childrenNamed(el, name)[0]?.textContent ?? '').trim();
  const year = part('year');
  if (!/^\d{4}$/.test(year)) return null;
  const month = part('month');
  const day = part('day');
  if (!/^\d{1,2}$/.test(month)) return year;
  const mm = month.padStart(2, '0');
  return /^\d{1,2}$/.test(day) ? `${year}-${mm}-${day.padStart(2, '0')}` : `${year}-${mm}`;
}

/** The electronic publication date when given, else the first complete <pub-date>. */
export function jatsPublished(meta: Element | undefined): string | null {
  if (!meta) return null;
  const dates = childrenNamed(meta, 'pub-date');
  const electronic = dates.filter(
    (d) =>
      /^(epub|pub|electronic)$/.test(d.getAttribute('pub-type') ?? d.getAttribute('date-type') ?? '') ||
      d.getAttribute('publication-format') === 'electronic',
  );
  for (const d of [...electronic, ...dates]) {
    const iso = dateOf(d);
    if (iso) return iso;
  }
  return null;
}

const SITE_BY_DOI: [RegExp, string][] = [
  [/^10\.7554\//, 'elife'],
  [/^10\.1371\//, 'plos'],
  [/^10\.12688\//, 'f1000'],
  [/^10\.1101\//, 'biorxiv'],
  [/^10\.3389\//, 'frontiers'],
  [/^10\.3390\//, 'mdpi'],
];

/**
 * The publisher whose JATS conventions apply (funding rules differ: eLife shows the whole funding-group).
 * Detected from the DOI prefix, then the journal title; "jats" when unknown (Europe PMC and PMC serve
 * publishers' JATS as is, so they are recognised by the publisher, not the archive).
 */
export function jatsSite(doi: string | null, journal: string | null): string {
  for (const [re, site] of SITE_BY_DOI) if (doi && re.test(doi)) return site;
  const j = (journal ?? '').toLowerCase();
  if (j.includes('elife')) return 'elife';
  if (/^plos\b/.test(j)) return 'plos';
  if (j.includes('f1000')) return 'f1000';
  if (/biorxiv|medrxiv/.test(j)) return 'biorxiv';
  if (j.startsWith('frontiers')) return 'frontiers';
  return 'jats';
}
