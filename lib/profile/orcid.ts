/**
 * ORCID iDs: 16 characters in four groups, the last one an ISO 7064 MOD 11-2 check character
 * (0–9 or X). Accepted as https://orcid.org/…, orcid.org/…, bare with or without hyphens.
 */

/** ISO 7064 MOD 11-2 check character for the first 15 digits. */
function orcidCheckChar(digits15: string): string {
  let total = 0;
  for (const ch of digits15) total = (total + Number(ch)) * 2;
  const result = (12 - (total % 11)) % 11;
  return result === 10 ? 'X' : String(result);
}

/** Canonical "0000-0002-1825-0097", or null when `s` is not a valid ORCID iD. */
export function parseOrcid(s: string): string | null {
  const t = s
    .normalize('NFKC')
    .trim()
    .replace(/^(?:https?:\/\/)?(?:www\.)?(?:sandbox\.)?orcid\.org\//i, '')
    .replace(/^orcid(?:\s*id)?\s*[:：]?\s*/i, '')
    .replace(/\/+$/, '')
    .replace(/[\s\u2010-\u2015\u2212-]/g, '')
    .toUpperCase();
  if (!/^\d{15}[\dX]$/.test(t)) return null;
  if (orcidCheckChar(t.slice(0, 15)) !== t.slice(15)) return null;
  return `${t.slice(0, 4)}-${t.slice(4, 8)}-${t.slice(8, 12)}-${t.slice(12)}`;
}
