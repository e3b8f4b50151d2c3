/**
 * NIH awards: which grants are NIH's, and the institute or centre that made each one, from the two
 * letters of its number after the activity code (P30 CA016672: CA, the National Cancer Institute).
 * Names as the NIH writes them (https://www.nih.gov/institutes-nih/list-institutes-centers).
 */
import { grantKey } from '../profile/grant-number';
import type { Grant } from '../profile/types';

/** IC code → the institute's name and acronym. The ICs that award most core and instrument grants. */
const NIH_INSTITUTES: Record<string, { name: string; acronym: string }> = {
  AA: { name: 'National Institute on Alcohol Abuse and Alcoholism', acronym: 'NIAAA' },
  AG: { name: 'National Institute on Aging', acronym: 'NIA' },
  AI: { name: 'National Institute of Allergy and Infectious Diseases', acronym: 'NIAID' },
  AR: { name: 'National Institute of Arthritis and Musculoskeletal and Skin Diseases', acronym: 'NIAMS' },
  AT: { name: 'National Center for Complementary and Integrative Health', acronym: 'NCCIH' },
  CA: { name: 'National Cancer Institute', acronym: 'NCI' },
  DA: { name: 'National Institute on Drug Abuse', acronym: 'NIDA' },
  DC: { name: 'National Institute on Deafness and Other Communication Disorders', acronym: 'NIDCD' },
  DE: { name: 'National Institute of Dental and Craniofacial Research', acronym: 'NIDCR' },
  DK: { name: 'National Institute of Diabetes and Digestive and Kidney Diseases', acronym: 'NIDDK' },
  EB: { name: 'National Institute of Biomedical Imaging and Bioengineering', acronym: 'NIBIB' },
  ES: { name: 'National Institute of Environmental Health Sciences', acronym: 'NIEHS' },
  EY: { name: 'National Eye Institute', acronym: 'NEI' },
  GM: { name: 'National Institute of General Medical Sciences', acronym: 'NIGMS' },
  HD: {
    name: 'Eunice Kennedy Shriver National Institute of Child Health and Human Development',
    acronym: 'NICHD',
  },
  HG: { name: 'National Human Genome Research Institute', acronym: 'NHGRI' },
  HL: { name: 'National Heart, Lung, and Blood Institute', acronym: 'NHLBI' },
  LM: { name: 'National Library of Medicine', acronym: 'NLM' },
  MD: { name: 'National Institute on Minority Health and Health Disparities', acronym: 'NIMHD' },
  MH: { name: 'National Institute of Mental Health', acronym: 'NIMH' },
  NR: { name: 'National Institute of Nursing Research', acronym: 'NINR' },
  NS: { name: 'National Institute of Neurological Disorders and Stroke', acronym: 'NINDS' },
  // S10 shared-instrument awards are made by the Office of the Director (ORIP), before 2012 by NCRR.
  OD: { name: 'Office of the Director', acronym: 'OD' },
  RR: { name: 'National Center for Research Resources', acronym: 'NCRR' },
  TR: { name: 'National Center for Advancing Translational Sciences', acronym: 'NCATS' },
  TW: { name: 'Fogarty International Center', acronym: 'FIC' },
};

const NIH_FUNDER = /\bNIH\b|\bNational Institutes? of Health\b/i;
const IC_ACRONYMS = new Set(Object.values(NIH_INSTITUTES).map((i) => i.acronym));
/** Activity code (R01, S10, P30, DP2, UL1) + IC code + six-digit serial: the key grantKey makes. */
const NIH_KEY = /^([A-Z]\d{2}|[A-Z]{2}\d)([A-Z]{2})(\d{6})$/;

export interface NihAward {
  /** The number in the form NIH asks papers to use ("S10OD026899"), or as written when it has no such form. */
  number: string;
  /** The awarding institute's name, or null when the number does not say. */
  institute: string | null;
}

/**
 * The grant as an NIH award, or null when it is not one. A grant is NIH's when its funder says so (NIH,
 * National Institutes of Health, or an institute's acronym: NCI, NIGMS…), or when it has no funder and an
 * NIH-shaped number (S10OD…, P30CA…, R01GM…). A number of that shape from another named funder is that
 * funder's.
 */
export function nihAward(grant: Pick<Grant, 'number' | 'funder'>): NihAward | null {
  const funder = grant.funder?.trim() ?? '';
  const key = grantKey(grant.number);
  const shape = NIH_KEY.exec(key);
  const byFunder = NIH_FUNDER.test(funder) || IC_ACRONYMS.has(funder.toUpperCase());
  if (!byFunder && (funder || !shape)) return null;
  if (!shape) return { number: grant.number.trim(), institute: null };
  return { number: key, institute: NIH_INSTITUTES[shape[2] ?? '']?.name ?? null };
}
