/**
 * Bytes of a text manuscript (.tex, .txt, .md) as a string: UTF-8, UTF-16 with a byte-order mark, or —
 * when the bytes are not valid UTF-8 — Windows-1252, the encoding older LaTeX sources declare with
 * \usepackage[latin1]{inputenc} (Latin-1 is a subset of it for every printable character).
 */
export function decodeManuscriptText(data: Uint8Array): string {
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data.subarray(2));
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data).replace(/^\ufeff/, '');
  } catch {
    return new TextDecoder('windows-1252').decode(data);
  }
}
