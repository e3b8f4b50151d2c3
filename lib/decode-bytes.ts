/**
 * Bytes of a text file (a page, JATS, a .tex or .txt draft) as a string, decoded as browsers decode: one
 * decoder for the CLI and the manuscript readers, so a file reads the same in the terminal and the page.
 */
/** What decoding found: the text, and a warning when it had to guess. */
export interface Decoded {
  text: string;
  warning?: string;
  /** More than 1% of undecodable characters and control codes at the start: not a text file. */
  binary: boolean;
}

/** UTF-16 without a byte-order mark, told by the zero high bytes of markup's ASCII (XML 1.0, Appendix F). */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 1024) & ~1;
  if (n < 8) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const half = n / 2;
  if (oddZero > half * 0.9 && evenZero < half * 0.1) return 'utf-16le';
  if (evenZero > half * 0.9 && oddZero < half * 0.1) return 'utf-16be';
  return null;
}

/** Undecodable characters (U+FFFD) and C0 controls other than tab, newline, CR and form feed. */
function badCharacters(text: string): { bad: number; seen: number } {
  let bad = 0;
  let seen = 0;
  for (const ch of text.slice(0, 8192)) {
    seen++;
    const c = ch.charCodeAt(0);
    if (c === 0xfffd || (c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12)) bad++;
  }
  return { bad, seen };
}

/**
 * Decodes a file's bytes as browsers would: a byte-order mark first (UTF-8, UTF-16), then UTF-16 told
 * by its zero bytes, then the charset a page or XML declaration names (UTF-8 without one). Bytes that are
 * not valid in the declared UTF-8 are read as Windows-1252, what such pages are written in, with a
 * warning. Says whether the content is binary: more than 1% of undecodable characters and control codes
 * at the start (a stray NUL or escape in a page is no reason to call it so).
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  let label: string;
  let body = bytes;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    label = 'utf-8';
    body = bytes.subarray(3);
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    label = 'utf-16le';
    body = bytes.subarray(2);
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    label = 'utf-16be';
    body = bytes.subarray(2);
  } else {
    const declared = /<meta[^>]+charset=["']?([A-Za-z0-9_-]+)|encoding=["']([A-Za-z0-9_-]+)/i.exec(
      new TextDecoder('latin1').decode(bytes.subarray(0, 5000)),
    );
    const utf16 = utf16WithoutBom(bytes);
    label = utf16 ?? (declared?.[1] ?? declared?.[2] ?? 'utf-8').toLowerCase();
    // A UTF-16 label on bytes that are not (the label was read as ASCII, so they are not): HTML's rule.
    if (/^utf-16/.test(label) && !utf16) label = 'utf-8';
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  let text = decoder.decode(body).replace(/^\ufeff/, '');
  let warning: string | undefined;
  let count = badCharacters(text);
  // Invalid UTF-8 in a page whose other non-ASCII characters are not valid UTF-8 either is a legacy page
  // (Latin-1 labelled or assumed UTF-8); a UTF-8 page with a few damaged bytes stays UTF-8.
  if (decoder.encoding === 'utf-8' && text.includes('\ufffd')) {
    let replaced = 0;
    let valid = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0xfffd) replaced++;
      else if (c > 0x7f) valid++;
    }
    if (replaced > valid) {
      text = new TextDecoder('windows-1252').decode(body);
      count = badCharacters(text);
      warning = 'The file is not valid UTF-8: it was read as Windows-1252 (Latin-1).';
    }
  }
  return { text, warning, binary: count.bad > Math.max(2, count.seen / 100) };
}
