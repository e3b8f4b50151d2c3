/** An acronym is one token with capitals after the first letter ("ABIF", "CoRE", "C-CAMP"). */
export function looksLikeAcronym(s: string): boolean {
  const t = s.trim();
  if (/\s/.test(t) || t.length > 12) return false;
  const letters = t.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && /\p{Lu}/u.test(letters.slice(1));
}
