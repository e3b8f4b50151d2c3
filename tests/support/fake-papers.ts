/**
 * Generated Europe PMC records for the fake server: a core search result and a JATS full text per paper,
 * built from the shapes of tests/fixtures/api (themselves modelled on recorded Europe PMC responses).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const fixtures = resolve(process.cwd(), 'tests/fixtures/api');
const JATS = readFileSync(resolve(fixtures, 'epmc-fulltext.jats.xml'), 'utf8');

export interface FakePaper {
  /** A `resultType=core` result item. */
  result: Record<string, unknown>;
  /** fullTextXML body; null → 404. */
  fullText: string | null;
  /** Crossref `works` envelope; null → 404. */
  crossref: unknown | null;
}

export interface PaperSpec {
  /** Open access with a JATS full text that names the facility (default true). */
  openAccess?: boolean;
  /** The full text is HTML, not JATS. */
  notJats?: boolean;
  /** The ack leaves the facility unnamed. */
  unnamed?: boolean;
  year?: number;
  grantsList?: { grantId?: string; agency?: string }[];
  crossrefAwards?: string[];
}

export const pmidOf = (i: number) => String(38_000_000 + i);
export const pmcidOf = (i: number) => `PMC${9_000_000 + i}`;
export const doiOf = (i: number) => `10.1234/cc.${i}`;

export function makePaper(i: number, spec: PaperSpec = {}): FakePaper {
  const oa = spec.openAccess ?? true;
  const year = spec.year ?? 2023;
  const result: Record<string, unknown> = {
    id: pmidOf(i),
    source: 'MED',
    pmid: pmidOf(i),
    ...(oa ? { pmcid: pmcidOf(i) } : {}),
    doi: doiOf(i),
    title: `Paper number ${i}.`,
    authorList: {
      author: [{ fullName: 'Tremblay A', firstName: 'Anne', lastName: 'Tremblay', initials: 'A' }],
    },
    journalInfo: { yearOfPublication: year, journal: { title: 'Journal of Cell Imaging' } },
    pubYear: String(year),
    ...(spec.grantsList ? { grantsList: { grant: spec.grantsList } } : {}),
    isOpenAccess: oa ? 'Y' : 'N',
    inEPMC: oa ? 'Y' : 'N',
  };
  let fullText: string | null = null;
  if (oa) {
    fullText = spec.notJats
      ? `<html><head><title>Paper ${i}</title></head><body><p>Paper ${i}</p></body></html>`
      : JATS.replace(
          '<article-id pub-id-type="pmcid">9000001',
          `<article-id pub-id-type="pmcid">${9_000_000 + i}`,
        )
          .replace('38000001', pmidOf(i))
          .replace('10.1234/cc.2023.0001', doiOf(i))
          .replace('<year>2023</year>', `<year>${year}</year>`);
    if (spec.unnamed) {
      fullText = fullText.replace(
        /(?:the )?Advanced BioImaging Facility \((?:ABIF, )?RRID:SCR_017697\)/g,
        'the microscopy staff',
      );
    }
  }
  const crossref = spec.crossrefAwards
    ? {
        status: 'ok',
        message: {
          DOI: doiOf(i),
          title: [`Paper number ${i}`],
          funder: [{ name: 'NIH', award: spec.crossrefAwards }],
        },
      }
    : null;
  return { result, fullText, crossref };
}
