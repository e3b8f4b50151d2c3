/**
 * Research Organization Registry IDs: "0" + 6 Crockford base32 characters + a 2-digit checksum
 * (ISO/IEC 7064 MOD 97-10 over the value of the first 7 characters), e.g. 05d78xc36.
 * Written bare or as https://ror.org/05d78xc36. The checksum catches the typos users make when
 * copying IDs by hand.
 */

const CROCKFORD = '0123456789abcdefghjkmnpqrstvwxyz';
const ROR_BODY = '0[0-9a-hjkmnp-tv-z]{6}[0-9]{2}';
const BARE_RE = new RegExp(`^${ROR_BODY}$`);

/** True when the 9-character (lower-case) ID carries the right checksum. */
function rorChecksumOk(id: string): boolean {
  let n = 0;
  for (const ch of id.slice(0, 7)) {
    const v = CROCKFORD.indexOf(ch);
    if (v < 0) return false;
    n = n * 32 + v;
  }
  const expected = 98 - ((n * 100) % 97);
  return Number(id.slice(7)) === expected;
}

/** Bare ROR ID from a URL ("https://ror.org/…", "ror.org/…") or a bare ID; null when invalid. */
export function parseRor(s: string): string | null {
  const t = s
    .trim()
    .toLowerCase()
    .replace(/^(?:https?:\/\/)?(?:www\.)?ror\.org\//, '')
    .replace(/^ror:\s*/, '')
    .replace(/[/\s]+$/, '');
  if (!BARE_RE.test(t)) return null;
  return rorChecksumOk(t) ? t : null;
}

// In free text only the URL form is unambiguous enough; a bare ID must be labelled "ROR".
const FIND_RE = new RegExp(
  `(?<![\\w/.])(?:(?:https?://)?(?:www\\.)?ror\\.org/|ROR(?:\\s*ID)?\\s*[:：]?\\s*)(${ROR_BODY})(?![\\w])`,
  'gi',
);

/** Every valid ROR ID in free text, with offsets into `text` covering the URL or labelled ID. */
export function findRors(text: string): Array<{ id: string; start: number; end: number }> {
  const out: Array<{ id: string; start: number; end: number }> = [];
  for (const m of text.matchAll(FIND_RE)) {
    const id = (m[1] ?? '').toLowerCase();
    if (rorChecksumOk(id)) out.push({ id, start: m.index, end: m.index + m[0].length });
  }
  return out;
}
