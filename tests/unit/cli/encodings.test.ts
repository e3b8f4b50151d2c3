// Pages in the encodings files really come in (found refused as "binary file" by the fuzzer,
// bench/fuzz.ts): UTF-16 with and without a byte-order mark, Latin-1 bytes labelled UTF-8, a stray NUL.
// Each is read as the same record as its UTF-8 original; real binary content is still refused.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { latin1, utf16 } from '../../../bench/fuzz/byte-mutations';
import { rngFrom } from '../../../bench/fuzz/prng';
import { articleFromBytes, decodeText } from '../../../lib/cli/load-article';
import { decodeBytes } from '../../../lib/decode-bytes';

const PAGE = readFileSync(resolve('tests/fixtures/e2e/plos-article.html'), 'utf8');
const ACCENTED = PAGE.replace('<body>', '<body><p>Imaging by Daniel Lévesque, Zürich.</p>');

describe('decoding a page as browsers do', () => {
  const original = decodeBytes(new TextEncoder().encode(ACCENTED)).text;

  it.each([
    ['UTF-16LE with BOM', utf16(ACCENTED, true, true)],
    ['UTF-16BE with BOM', utf16(ACCENTED, false, true)],
    ['UTF-16LE without BOM', utf16(ACCENTED, true, false)],
    ['UTF-16BE without BOM', utf16(ACCENTED, false, false)],
    ['UTF-8 with BOM', new TextEncoder().encode(`\ufeff${ACCENTED}`)],
  ])('%s gives the same text, no warning', (_name, bytes) => {
    const d = decodeBytes(bytes);
    expect(d.text).toBe(original);
    expect(d.warning).toBeUndefined();
  });

  it('Latin-1 bytes labelled UTF-8 are read as Windows-1252, with a warning', () => {
    expect(ACCENTED).toMatch(/<meta charset="utf-8"/i);
    const d = decodeBytes(latin1(ACCENTED));
    expect(d.text).toContain('Daniel Lévesque, Zürich');
    expect(d.warning).toMatch(/not valid UTF-8/);
  });

  it('a UTF-8 page with two damaged bytes stays UTF-8', () => {
    const bytes = new TextEncoder().encode(ACCENTED);
    const damaged = new Uint8Array([...bytes.subarray(0, 500), 0xff, 0xfe, ...bytes.subarray(500)]);
    const d = decodeBytes(damaged);
    expect(d.text).toContain('Daniel Lévesque, Zürich');
    expect(d.warning).toBeUndefined();
  });

  it('a "utf-16" label on ASCII bytes is ignored (it cannot be true)', () => {
    const d = decodeBytes(new TextEncoder().encode(ACCENTED.replace(/charset="utf-8"/i, 'charset="utf-16"')));
    expect(d.text).toContain('Daniel Lévesque, Zürich');
  });

  it('a stray NUL does not make a page binary; random bytes are', () => {
    const withNul = new TextEncoder().encode(ACCENTED.replace('<body>', '<body>\u0000'));
    expect(decodeBytes(withNul).text).toContain('Lévesque');
    const rng = rngFrom(7);
    const random = Uint8Array.from({ length: 4096 }, () => rng.int(256));
    expect(decodeBytes(random).binary).toBe(true);
    expect(() => decodeText(random)).toThrow(/binary file/);
  });

  it('a UTF-16 page reaches the record with its acknowledgements', async () => {
    const { record, kind } = await articleFromBytes(utf16(PAGE, true, true), 'page.html');
    const fromUtf8 = await articleFromBytes(new TextEncoder().encode(PAGE), 'page.html');
    expect(kind).toBe('html');
    expect(record.sections).toEqual(fromUtf8.record.sections);
  });
});
