/**
 * The forms an instrument is found by in a paper. Spacing, hyphens and case never matter (the compact
 * automaton key folds "LSM 980", "LSM980" and "lsm-980" together, and a match must start and end on
 * word boundaries, so "980" or "LSM 9800" never match "LSM 980"). The maker's name is optional: papers
 * write "LSM 980 (Zeiss)" as often as "Zeiss LSM 980", so a form that starts with a maker also stands
 * without it, when what is left still names a model (it has a number, or two words).
 */
import { compactKey, contentWords, tokenize } from './tokens';

// Makers of shared instruments, as papers write them before a model. Multi-word names first.
const VENDORS: string[][] = [
  'carl zeiss',
  'zeiss',
  'leica microsystems',
  'leica',
  'nikon',
  'olympus',
  'evident',
  'andor',
  'yokogawa',
  'thermo fisher scientific',
  'thermo fisher',
  'thermo scientific',
  'thermofisher',
  'fei',
  'jeol',
  'bruker',
  'bd biosciences',
  'bd',
  'becton dickinson',
  'beckman coulter',
  'beckman',
  'cytek',
  'sony',
  'miltenyi biotec',
  'miltenyi',
  'illumina',
  'pacbio',
  'oxford nanopore',
  '10x genomics',
  'hamamatsu',
  'visitron',
  'perkinelmer',
  'revvity',
  'molecular devices',
  'agilent',
  'waters',
  'sciex',
  'bio rad',
  'abberior',
  'lavision biotec',
  'lavision',
  'luxendo',
  'gatan',
  'tescan',
  'hitachi',
  'keyence',
  'siemens',
  'philips',
  'ge healthcare',
  'ge',
  'intelligent imaging innovations',
  '3i',
  'applied biosystems',
  'photometrics',
].map((v) => v.split(' '));

// Words that say what kind of instrument it is, not which one: a form made only of these (and numbers)
// would be found in every methods section ("confocal", "Confocal 1", "spinning disk").
const KIND_WORDS = new Set(
  (
    'confocal microscope microscopes microscopy spinning disk disc widefield wide field light sheet lightsheet ' +
    'electron cryo em tem sem scanning laser flow cytometer cytometry sorter cell analyser analyzer sequencer ' +
    'sequencing mass spectrometer spectrometry scanner mri nmr system inverted upright fluorescence super ' +
    'resolution imaging imager camera plate reader slide instrument multiphoton two photon tirf sted live ' +
    'high content screening station unit'
  ).split(' '),
);

export type AliasProblem = 'ALIAS_NUMBER' | 'ALIAS_TOO_SHORT' | 'ALIAS_KIND';

/** Why `alias` cannot be used to find an instrument in a paper, as a code, or null when it can. */
export function aliasProblemCode(alias: string): AliasProblem | null {
  const key = compactKey(alias);
  if (/^\d+$/.test(key)) return 'ALIAS_NUMBER';
  if (key.length < 3) return 'ALIAS_TOO_SHORT';
  if (contentWords(alias).every((w) => KIND_WORDS.has(w) || /^\d+$/.test(w))) return 'ALIAS_KIND';
  return null;
}

const ALIAS_PROBLEM_TEXT: Record<AliasProblem, (alias: string) => string> = {
  ALIAS_NUMBER: (alias) =>
    `the alias “${alias}” is only a number, which papers write for many things — write the model as papers do (“LSM 980”)`,
  ALIAS_TOO_SHORT: (alias) => `the alias “${alias}” is too short to find in a paper`,
  ALIAS_KIND: (alias) =>
    `the alias “${alias}” names a kind of instrument, not this one — write its model (“Zeiss LSM 980”, “CSU-W1 spinning disk”)`,
};

/** Why `alias` cannot be used to find an instrument in a paper, in English, or null when it can. */
export function aliasProblem(alias: string): string | null {
  const code = aliasProblemCode(alias);
  return code && ALIAS_PROBLEM_TEXT[code](alias);
}

/** The form without its maker ("Zeiss LSM 980" → "LSM 980"), or null when it has none or too little is left. */
function withoutVendor(form: string): string | null {
  const tokens = tokenize(form).filter((t) => !t.skip);
  for (const vendor of VENDORS) {
    if (tokens.length <= vendor.length) continue;
    if (!vendor.every((w, i) => tokens[i]?.norm === w)) continue;
    const rest = tokens.slice(vendor.length);
    const model = form.slice(rest[0]?.start ?? form.length).trim();
    const distinctive = rest.length >= 2 || rest.some((t) => /\d/.test(t.norm));
    return distinctive && aliasProblemCode(model) === null ? model : null;
  }
  return null;
}

/** Every form to look for: the name and aliases that can be found, and each without its maker. */
export function instrumentForms(instrument: { name: string; aliases: string[] }): string[] {
  const forms = new Map<string, string>();
  for (const form of [instrument.name, ...instrument.aliases]) {
    if (aliasProblemCode(form) !== null) continue;
    for (const f of [form, withoutVendor(form)]) {
      if (f && !forms.has(compactKey(f))) forms.set(compactKey(f), f);
    }
  }
  return [...forms.values()];
}
