/**
 * Research Resource Identifiers (RRIDs) in the many ways papers and users write them:
 * "RRID:SCR_017697", "RRID: SCR_017697", "rrid:scr_017697", "(SCR_017697)", NBSP or thin spaces
 * after the colon (publisher typesetting), en/em dashes instead of the underscore (word processors),
 * and "SCR017697" with the underscore lost. Core facilities have SCR_ RRIDs; other registries'
 * prefixes (AB_, CVCL_, IMSR_…) are kept as such so a facility that lists them still matches.
 */

/** Unicode spaces seen in typeset PDFs and HTML: NBSP, en/em/thin/hair spaces, narrow NBSP. */
const SPACE = '[\\s\\u00a0\\u2000-\\u200b\\u202f\\u205f\\u3000]';
/** Underscore or any dash a word processor may substitute for it. */
const SEP = '[_\\uff3f\\-\\u2010-\\u2015\\u2212\\ufe58\\ufe63\\uff0d]';
const SEP_RE = new RegExp(`^${SEP}`);

interface Registry {
  /** Canonical spelling of the prefix. */
  prefix: string;
  /** Local part, upper-cased, after the separator. */
  local: RegExp;
  /** Text pattern of the local part (case-insensitive). */
  text: string;
  /** Bare (no "RRID:") and without separator still counts: only SCR, whose 6 digits are distinctive. */
  looseBare?: boolean;
}

// Order matters only for prefixes that start like another: none of these do.
const REGISTRIES: Registry[] = [
  { prefix: 'SCR', local: /^\d{6}$/, text: '\\d{6}', looseBare: true },
  { prefix: 'AB', local: /^\d{4,9}$/, text: '\\d{4,9}' },
  { prefix: 'CVCL', local: /^[A-Z0-9]{4}$/, text: '[A-Za-z0-9]{4}' },
  { prefix: 'IMSR', local: /^[A-Z]+:[A-Z0-9-]+$/, text: '[A-Za-z]+:[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*' },
  { prefix: 'MMRRC', local: /^\d{6}-[A-Z]+$/, text: '\\d{6}-[A-Za-z]+' },
  { prefix: 'Addgene', local: /^\d{3,9}$/, text: '\\d{3,9}' },
  { prefix: 'BDSC', local: /^\d{1,9}$/, text: '\\d{1,9}' },
  { prefix: 'RGD', local: /^\d{1,9}$/, text: '\\d{1,9}' },
  { prefix: 'ZIRC', local: /^[A-Z0-9-]+$/, text: '[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*' },
  { prefix: 'NXR', local: /^\d{1,9}$/, text: '\\d{1,9}' },
  { prefix: 'DGRC', local: /^\d{1,9}$/, text: '\\d{1,9}' },
  { prefix: 'ZFIN', local: /^ZDB-[A-Z]+-\d{6}-\d+$/, text: 'ZDB-[A-Za-z]+-\\d{6}-\\d+' },
];

const RRID_LABEL = new RegExp(`^RRIDs?${SPACE}*[:：]?${SPACE}*`, 'i');

/**
 * Canonical bare RRID ("SCR_017697", "AB_2336877", "IMSR_JAX:000664"), or null when `s` is not one
 * RRID. SCR_ RRIDs must have exactly six digits ("SCR-12" is refused).
 */
export function normalizeRrid(s: string): string | null {
  let t = s.normalize('NFKC').trim();
  t = t.replace(/^[([{<\s]+/, '').replace(/[)\]}>\s.,;]+$/, '');
  // Resolver URLs are how some facility pages give their RRID.
  t = t.replace(/^(?:https?:\/\/)?(?:www\.)?scicrunch\.org\/resolver\//i, '');
  t = t.replace(RRID_LABEL, '');
  t = t.replace(new RegExp(`${SPACE}+`, 'g'), '');
  const upper = t.toUpperCase();
  for (const reg of REGISTRIES) {
    if (!upper.startsWith(reg.prefix.toUpperCase())) continue;
    const local = upper.slice(reg.prefix.length).replace(SEP_RE, '');
    if (reg.local.test(local)) return `${reg.prefix}_${local}`;
  }
  return null;
}

function bodyPattern(strictSeparator: boolean): string {
  return REGISTRIES.map((reg) => {
    const sep = strictSeparator && !reg.looseBare ? `${SEP}` : `(?:${SPACE}?${SEP}${SPACE}?|${SPACE}?)`;
    return `${reg.prefix}${sep}${reg.text}`;
  }).join('|');
}

// A mention may not sit inside a longer token: no word character before it, and none (nor a
// dash-joined continuation such as "-01") after it.
const FIND_RE = new RegExp(
  '(?<![A-Za-z0-9_])' +
    `(?:RRIDs?(?:${SPACE}*[:：]${SPACE}*|${SPACE}+)(?:${bodyPattern(false)})|(?:${bodyPattern(true)}))` +
    `(?![A-Za-z0-9_]|${SEP}[A-Za-z0-9])`,
  'gi',
);

/**
 * Every RRID mention in free text. `start`/`end` index into `text` and cover the mention as
 * written, including an "RRID:" label but not surrounding brackets.
 */
export function findRrids(text: string): Array<{ id: string; start: number; end: number }> {
  const out: Array<{ id: string; start: number; end: number }> = [];
  for (const m of text.matchAll(FIND_RE)) {
    const id = normalizeRrid(m[0]);
    if (id) out.push({ id, start: m.index, end: m.index + m[0].length });
  }
  return out;
}
