/**
 * DOIs, one way for the reader (meta tags, JSON-LD, links, JATS, text) and the audit (pasted id lists).
 *
 * Where a DOI ends is the only hard part. DOIs may contain brackets and punctuation — "10.1016/
 * S0092-8674(00)80001-1", SICI DOIs such as "10.1002/(SICI)1097-4636(199706)35:4<475::AID-JBM8>3.0.CO;2-1"
 * — but a DOI quoted in prose is often followed by ")", "]", "." or ",". So: trailing punctuation
 * (. , ; :) and quotes are dropped, and a closing bracket ) ] } > only when the DOI does not open it
 * (more closers than openers), repeatedly: "(see 10.1000/x(1))." → "10.1000/x(1)".
 */

/** "10." + registrant + "/" + suffix; not preceded by a digit ("210.1000/x" is no DOI). */
const DOI_RE = /(?<!\d)10\.\d{4,9}\/[^\s"']+/;
const PAIRS: Record<string, string> = { ')': '(', ']': '[', '}': '{', '>': '<' };

function count(s: string, ch: string): number {
  let n = 0;
  for (const c of s) if (c === ch) n++;
  return n;
}

/** The DOI without what prose puts after it (see above). */
export function trimDoiEnd(doi: string): string {
  let s = doi;
  for (;;) {
    const before = s;
    s = s.replace(/[.,;:'"]+$/, '');
    const last = s.at(-1) ?? '';
    const open = PAIRS[last];
    if (open && count(s, open) < count(s, last)) s = s.slice(0, -1);
    if (s === before) return s;
  }
}

/** The first DOI in free text, trimmed and lower-cased (DOIs are case-insensitive); null when none. */
export function findDoi(text: string): string | null {
  const m = DOI_RE.exec(text);
  if (!m) return null;
  const doi = trimDoiEnd(m[0]);
  // "10.1234/" followed only by punctuation is no DOI.
  return /\/./.test(doi) ? doi.toLowerCase() : null;
}

/**
 * A DOI as written in a field or a link — bare, "doi:…", "https://doi.org/…", its punctuation URL-encoded — as
 * "10.1/abc"; null when there is none.
 */
export function normaliseDoi(raw: string | null | undefined): string | null {
  if (!raw) return null;
  return findDoi(decodeDoiEscapes(raw.trim()));
}

/** The punctuation escapes of a DOI URL decoded, once (see ESCAPED); every other "%" kept as written. */
export function decodeDoiEscapes(s: string): string {
  return s.replace(ESCAPED, (e) => String.fromCharCode(Number.parseInt(e.slice(1), 16)));
}

/**
 * The escapes a DOI URL puts in place of its punctuation (%2F for "/", brackets, colons). Only these
 * are decoded, once: "%" itself may be part of a DOI, and decoding "%252F" to "%2F" and then (on a second
 * reading) to "/" would give one DOI two forms.
 */
const ESCAPED = /%(?:2[3F]|2[89]|3[ABCEF]|5[BD])/gi;
