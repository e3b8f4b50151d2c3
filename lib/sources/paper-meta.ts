/**
 * What the metadata APIs say about a paper, whether or not its full text can be read. Plain data,
 * stored with each audited paper so a profile change can be re-checked without asking the API again.
 */

export interface MetaAuthor {
  /** As the API gives it ("Schoenfeld JD"). */
  name: string;
  given: string | null;
  family: string | null;
  /** Bare ORCID iD, or null. */
  orcid: string | null;
}

export interface MetaGrant {
  /** Funder name as written ("NCI NIH HHS", "Deutsche Forschungsgemeinschaft"). */
  agency: string | null;
  /** Award number, when the record has one. */
  grantId: string | null;
}

export interface PaperMeta {
  pmid: string | null;
  /** "PMC" + digits. */
  pmcid: string | null;
  /** Lower-case, no prefix. */
  doi: string | null;
  title: string | null;
  journal: string | null;
  year: number | null;
  /** Europe PMC says its full text is open access (so fullTextXML should answer). */
  isOpenAccess: boolean;
  inEPMC: boolean;
  authors: MetaAuthor[];
  /** Europe PMC grantsList and/or Crossref funder awards. */
  grants: MetaGrant[];
}

export function emptyMeta(): PaperMeta {
  return {
    pmid: null,
    pmcid: null,
    doi: null,
    title: null,
    journal: null,
    year: null,
    isOpenAccess: false,
    inEPMC: false,
    authors: [],
    grants: [],
  };
}
