/**
 * Sentences of a methods text that name a facility, core, platform, shared resource, an RRID (SCR_…) or
 * a named instrument ("Zeiss LSM 880", "BD FACSAria", "Illumina NovaSeq"). These are where papers most
 * often use a core without crediting it, so the check can point at them.
 */
import type { MethodsMention } from '../article';
import { splitSentences } from './sentences';

/** A methods section rarely names more; the cap keeps huge supplements bounded. */
export const MAX_MENTIONS = 25;

const FACILITY =
  /\bcore (?:facilit(?:y|ies)|laborator(?:y|ies)|lab)\b|\b(?:imaging|microscopy|cytometry|sequencing|genomics|proteomics|metabolomics|mass spectrometry|bioinformatics|histology|pathology|animal|vivarium|transgenic|electron microscopy|crystallography|NMR|screening|flow) (?:core|facilit(?:y|ies)|platform|unit|shared resource)s?\b|\bshared (?:resource|instrument(?:ation)?|facilit(?:y|ies))s?\b|\bplateforme?\b/i;
// "Center"/"Centre"/"Unit" only count with a research word before them, not "Medical Center".
const FACILITY_CAPITALISED =
  /\b(?:[A-Z][\w&-]*\s+)*(?:Imaging|Microscopy|Cytometry|Sequencing|Genomics?|Genome|Proteomics?|Proteome|Metabolomics|Spectrometry|Bioinformatics|Histology|Pathology|Animal|Transgenic|Crystallography|NMR|Screening|Research Resources?|Clinical Research|Core)\s+(?:[A-Z][\w&-]*\s+)*(?:Core|Cores|Facility|Facilities|Platform|Unit|Center|Centre|Laboratory|Resource|Biobank|Biorepository)\b|\b[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*\s+(?:Core Facility|Core|Facility|Platform|Biobank|Biorepository)\b/;
// A service named by the work it does, after "at"/"by" ("read on an ABI3730 at DBS Genomics").
const SERVICE_NAMED =
  /\b(?:at|by)\s+(?:the\s+)?(?:[A-Z][\w&-]*\s+){1,4}(?:Genomics|Proteomics|Metabolomics|Sequencing|Imaging|Microscopy|Cytometry|Bioimaging)\b/;
// MRI cores: a scanner named by field strength or maker ("3.0-T MRI scanner", "Siemens Prisma").
const SCANNER =
  /\b\d(?:\.\d)?[\s-]?T(?:esla)?\b[^.;]{0,40}?\b(?:f?MRI?|scanner)\b|\b(?:Siemens|Philips|GE)\b[^.;]{0,30}?\b(?:Trio|Prisma|Skyra|Verio|Avanto|Vida|Allegra|Achieva|Ingenia|Signa|Discovery)\b/;
const RRID = /\bRRID\s*:\s*SCR_\d+|\bSCR_\d{6,}\b/i;
// Instrument makers only: reagent suppliers (Thermo Fisher, Miltenyi, Bio-Rad…) fill methods sections with
// catalogue numbers, so their instruments are caught by model name (MODEL) instead.
const VENDOR =
  /\b(?:Zeiss|Leica|Nikon|Olympus|Evident|Andor|Yokogawa|BD|Becton Dickinson|Beckman(?: Coulter)?|Cytek|Illumina|Bruker|JEOL|FEI|Hitachi|Hamamatsu|Keyence|Gatan|Tescan|PerkinElmer|Molecular Devices|Visitron|Photometrics)\b[^.;]{0,30}?\b(?:[A-Z][A-Za-z]*[\s-]?\d{1,4}[A-Za-z]*|[A-Z]{3,}[A-Za-z]*|NovaSeq|NextSeq|HiSeq|MiSeq|Fortessa|Symphony|Aurora|Krios|Glacios|Talos|Elyra|Airyscan|Stellaris|Thunder|Eclipse|Axio\w*|CytoFLEX|Gallios|Canto|Melody|Aria|Accuri|Typhoon|Cytation)\b/;
const MODEL =
  /\b(?:LSM\s?\d{3}|FACS\s?(?:Aria|Canto|Calibur|Melody|Symphony|Lyric|Verse)\w*|LSR\s?(?:Fortessa|II)\w*|NovaSeq|NextSeq|HiSeq|MiSeq|iSeq|MinION|PromethION|GridION|Orbitrap|CytoFLEX|Attune\s+NxT|ImageStream|(?:Titan )?Krios|Glacios|Talos Arctica|Dragonfly|Spinning[- ]dis[ck]|Light[- ]?sheet|Airyscan|Elyra|Opera Phenix|Operetta|ImageXpress|IncuCyte|LightCycler|QuantStudio|Chromium Controller|PacBio Sequel|Odyssey (?:CLx|Fc)|Typhoon|ABI\s?(?:PRISM\s)?3[1-7]\d0(?:xl)?)\b/i;

function mentionsFacilityOrInstrument(sentence: string): boolean {
  return (
    RRID.test(sentence) ||
    FACILITY_CAPITALISED.test(sentence) ||
    FACILITY.test(sentence) ||
    VENDOR.test(sentence) ||
    MODEL.test(sentence) ||
    SERVICE_NAMED.test(sentence) ||
    SCANNER.test(sentence)
  );
}

/** The sentences of a methods section that name a facility, core, RRID or instrument (capped). */
export function findMethodsMentions(heading: string, text: string, max = MAX_MENTIONS): MethodsMention[] {
  const out: MethodsMention[] = [];
  collect(heading, text, null, max, new Set(), out);
  return out;
}

/**
 * The same over the methods' paragraphs, each mention numbered with its paragraph (`first` + its index),
 * so a check can tell that an instrument and a facility are named in one paragraph.
 */
export function findMethodsMentionsIn(
  heading: string,
  paragraphs: string[],
  max = MAX_MENTIONS,
  first = 0,
): MethodsMention[] {
  const out: MethodsMention[] = [];
  const seen = new Set<string>();
  let budget = 200_000;
  paragraphs.forEach((text, i) => {
    if (budget <= 0) return;
    collect(heading, text.slice(0, budget), first + i, max, seen, out);
    budget -= text.length;
  });
  return out;
}

function collect(
  heading: string,
  text: string,
  paragraph: number | null,
  max: number,
  seen: Set<string>,
  out: MethodsMention[],
): void {
  const part = text.slice(0, 200_000);
  // A sentence that names something names it in its paragraph too (no pattern is anchored, and none can
  // match across the period and spaces where sentences are split or glued back): paragraphs that name
  // nothing — most of a methods section — are not split into sentences.
  if (!mentionsFacilityOrInstrument(part)) return;
  for (const sentence of splitSentences(part)) {
    if (out.length >= max) break;
    if (sentence.length > 1500 || seen.has(sentence)) continue;
    if (mentionsFacilityOrInstrument(sentence)) {
      seen.add(sentence);
      out.push(paragraph === null ? { heading, text: sentence } : { heading, text: sentence, paragraph });
    }
  }
}
