/**
 * Each grant in the words its funder requires papers to use. Where a funder publishes a required
 * wording it is used (the source is named beside each); any other funder gets a neutral sentence that
 * still carries the number as the facility writes it, which is what the check looks for.
 */
import type { Grant } from '../profile/types';
import { nihAward } from './nih';

type WordingSource = 'nih' | 'nsf' | 'wellcome' | 'erc' | 'eu' | 'generic';

export interface GrantWording {
  number: string;
  funder: string | null;
  /** Ready to paste into the funding or acknowledgements section. */
  text: string;
  /** Whose wording it is: a funder's own, or "generic". */
  source: WordingSource;
}

// NIH Grants Policy Statement 4.2.1 (https://grants.nih.gov/grants/acknow.htm): the acknowledgement of
// support, naming the institute, and the disclaimer, both required in publications.
const NIH_DISCLAIMER =
  'The content is solely the responsibility of the authors and does not necessarily represent the official views of the National Institutes of Health.';

function nihText(institute: string | null, number: string): string {
  const by = institute
    ? `the ${institute} of the National Institutes of Health`
    : 'the National Institutes of Health';
  return `Research reported in this publication was supported by ${by} under award number ${number}. ${NIH_DISCLAIMER}`;
}

// NSF PAPPG (Award conditions, "Acknowledgment of support and disclaimer"): the acknowledgement and the
// disclaimer. Only the US NSF: the Swiss, Chinese (NSFC) and other national science foundations differ.
const NSF = /^(?:U\.?S\.? )?(?:NSF|National Science Foundation)$/i;
const NSF_DISCLAIMER =
  'Any opinions, findings, and conclusions or recommendations expressed in this material are those of the author(s) and do not necessarily reflect the views of the National Science Foundation.';

// Wellcome, "How to acknowledge Wellcome funding in research publications" (wellcome.org): "This work was
// supported by the Wellcome Trust [grant number]." following the Research Information Network's form.
const WELLCOME = /\bwellcome\b/i;

// ERC and EU framework programmes: the sentence the ERC and the Commission give grantees, "This project
// has received funding from … (grant agreement No …)". Horizon Europe grantees use it with the
// programme's new name.
const ERC = /\bERC\b|European Research Council/i;
const EU =
  /European (?:Union|Commission)|\bEU\b|Horizon (?:2020|Europe)|\bH2020\b|Marie (?:Sk[łl]odowska[- ])?Curie|\bMSCA\b/i;
const MSCA = /Marie (?:Sk[łl]odowska[- ])?Curie|\bMSCA\b/i;

/**
 * Which programme an EU grant belongs to: as the profile says, else by its number (Horizon Europe grant
 * agreements are numbered from about 101039000 on; Horizon 2020's below).
 */
function euProgramme(grant: Grant): 'Horizon 2020' | 'Horizon Europe' {
  const said = `${grant.funder ?? ''} ${grant.instrument ?? ''}`;
  if (/Horizon Europe|\bHORIZON-/i.test(said)) return 'Horizon Europe';
  if (/Horizon 2020|\bH2020\b/i.test(said)) return 'Horizon 2020';
  const n = Number(grant.number.replace(/\D/g, ''));
  return n >= 101_039_000 ? 'Horizon Europe' : 'Horizon 2020';
}

/** The grant in its funder's required wording (a neutral sentence when the funder has none here). */
export function grantWording(grant: Grant): GrantWording {
  const base = { number: grant.number, funder: grant.funder };
  const funder = grant.funder?.trim() ?? '';
  const said = `${funder} ${grant.instrument ?? ''}`;
  const nih = nihAward(grant);
  if (nih) return { ...base, source: 'nih', text: nihText(nih.institute, nih.number) };
  if (NSF.test(funder)) {
    return {
      ...base,
      source: 'nsf',
      text: `This material is based upon work supported by the National Science Foundation under Grant No. ${grant.number}. ${NSF_DISCLAIMER}`,
    };
  }
  if (WELLCOME.test(funder)) {
    return {
      ...base,
      source: 'wellcome',
      text: `This work was supported by the Wellcome Trust [grant number ${grant.number}].`,
    };
  }
  if (ERC.test(said)) {
    return {
      ...base,
      source: 'erc',
      text: `This project has received funding from the European Research Council (ERC) under the European Union’s ${euProgramme(grant)} research and innovation programme (grant agreement No ${grant.number}).`,
    };
  }
  if (EU.test(said)) {
    const under = MSCA.test(said) ? 'the Marie Skłodowska-Curie grant agreement' : 'grant agreement';
    return {
      ...base,
      source: 'eu',
      text: `This project has received funding from the European Union’s ${euProgramme(grant)} research and innovation programme under ${under} No ${grant.number}.`,
    };
  }
  return {
    ...base,
    source: 'generic',
    text: funder
      ? `This work was supported by ${funder} (${grant.number}).`
      : `This work was supported by grant ${grant.number}.`,
  };
}
