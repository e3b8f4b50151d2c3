/** Where a user reads an audited paper: its DOI landing page and its Europe PMC record. */
import type { AuditRow } from '../audit/types';

export interface PaperLinks {
  doi: string | null;
  europePmc: string | null;
}

export function paperLinks(row: Pick<AuditRow, 'doi' | 'pmid' | 'pmcid'>): PaperLinks {
  // encodeURI keeps the DOI's "/" readable while escaping spaces and quotes a bad record may hold.
  const doi = row.doi ? `https://doi.org/${encodeURI(row.doi).replace(/[?#]/g, encodeURIComponent)}` : null;
  let europePmc: string | null = null;
  if (row.pmcid) europePmc = `https://europepmc.org/article/PMC/${encodeURIComponent(row.pmcid)}`;
  else if (row.pmid) europePmc = `https://europepmc.org/article/MED/${encodeURIComponent(row.pmid)}`;
  return { doi, europePmc };
}
