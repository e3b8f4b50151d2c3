// Property tests (fast-check) of the identifier helpers: RRID, ROR, ORCID, grant numbers and DOIs. The
// valid identifiers are built here with checksums computed independently of lib/ (from the ISO 7064
// definitions), then written in the forms papers and users write them, embedded in text, re-cased, and
// damaged by one character. Seeds are fixed so a failure replays; fast-check prints the counterexample.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseId } from '../../../lib/audit/ids';
import { findDoi, normaliseDoi } from '../../../lib/doi';
import { findGrantNumbers, grantKey, grantsMatch } from '../../../lib/profile/grant-number';
import { parseOrcid } from '../../../lib/profile/orcid';
import { findRors, parseRor } from '../../../lib/profile/ror';
import { findRrids, normalizeRrid } from '../../../lib/profile/rrid';

const RUNS = { numRuns: 300, seed: 14 };
const check = (property: fc.IProperty<unknown> | fc.IAsyncProperty<unknown>) =>
  fc.assert(property as fc.IProperty<unknown>, RUNS);

/** Any string, any code points (lone surrogates, controls, combining marks, emoji). */
const anyString = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ maxLength: 200 }));
const digits = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
/** Prose around an identifier: words and punctuation that end (and start) with a space. */
const prose = fc
  .array(fc.constantFrom('We', 'thank', 'the', 'core', '(see', 'and', 'for', 'help;', 'imaging,', 'at'), {
    maxLength: 6,
  })
  .map((w) => w.join(' '));

/** One character of `s` at `at` replaced by a different one from `alphabet`. */
const substituted = (s: string, alphabet: string) =>
  fc
    .tuple(fc.integer({ min: 0, max: s.length - 1 }), fc.integer({ min: 1, max: alphabet.length - 1 }))
    .map(([at, k]) => {
      const c = alphabet[(alphabet.indexOf(s[at] as string) + k) % alphabet.length] as string;
      return s.slice(0, at) + c + s.slice(at + 1);
    });

describe('RRID', () => {
  const scr = digits(6);

  it('never throws, and normalising is idempotent', () => {
    check(
      fc.property(anyString, (s) => {
        const r = normalizeRrid(s);
        if (r !== null) expect(normalizeRrid(r)).toBe(r);
        findRrids(s);
      }),
    );
  });

  it('an SCR RRID written any of the usual ways is the same RRID', () => {
    const forms = [
      (d: string) => `RRID:SCR_${d}`,
      (d: string) => `RRID: SCR_${d}`,
      (d: string) => `rrid:scr_${d}`,
      (d: string) => `RRID:\u00a0SCR\u2013${d}`,
      (d: string) => `(RRID:SCR_${d})`,
      (d: string) => `SCR${d}`,
      (d: string) => `https://scicrunch.org/resolver/SCR_${d}`,
    ];
    check(
      fc.property(scr, fc.constantFrom(...forms), (d, form) => {
        expect(normalizeRrid(form(d))).toBe(`SCR_${d}`);
      }),
    );
  });

  it('survives being embedded in prose', () => {
    check(
      fc.property(
        prose,
        scr,
        prose,
        fc.constantFrom('RRID:SCR_', 'RRID: SCR_', 'SCR_'),
        (before, d, after, label) => {
          const text = `${before} ${label}${d} ${after}.`;
          const found = findRrids(text);
          expect(found.map((f) => f.id)).toEqual([`SCR_${d}`]);
          const f = found[0]!;
          expect(text.slice(f.start, f.end)).toBe(`${label}${d}`);
        },
      ),
    );
  });

  it('is not found inside a longer token', () => {
    check(
      fc.property(scr, fc.constantFrom('X', '7', '_'), (d, glue) => {
        expect(findRrids(`SCR_${d}${glue}`)).toEqual([]);
        expect(findRrids(`${glue}SCR_${d}`)).toEqual([]);
      }),
    );
  });
});

describe('ROR', () => {
  const CROCKFORD = '0123456789abcdefghjkmnpqrstvwxyz';
  /** ISO/IEC 7064 MOD 97-10 over the base-32 value of the first seven characters, as two digits. */
  const checksum = (body7: string) => {
    let n = 0n;
    for (const ch of body7) n = n * 32n + BigInt(CROCKFORD.indexOf(ch));
    return String(98n - ((n * 100n) % 97n)).padStart(2, '0');
  };
  const ror = fc
    .array(fc.constantFrom(...CROCKFORD), { minLength: 6, maxLength: 6 })
    .map((cs) => `0${cs.join('')}`)
    .map((body) => body + checksum(body));

  it('never throws on any string; parsing is idempotent', () => {
    check(
      fc.property(anyString, (s) => {
        const r = parseRor(s);
        if (r !== null) expect(parseRor(r)).toBe(r);
        findRors(s);
      }),
    );
  });

  it('a valid ROR ID survives URL forms and case changes', () => {
    const forms = [
      (id: string) => id,
      (id: string) => id.toUpperCase(),
      (id: string) => `https://ror.org/${id}`,
      (id: string) => `http://www.ror.org/${id}/`,
      (id: string) => `ror.org/${id}`,
      (id: string) => `  HTTPS://ROR.ORG/${id.toUpperCase()} `,
    ];
    check(
      fc.property(ror, fc.constantFrom(...forms), (id, form) => {
        expect(parseRor(form(id))).toBe(id);
      }),
    );
  });

  it('the checksum rejects every one-character change', () => {
    check(
      fc.property(
        ror.chain((id) => fc.tuple(fc.constant(id), substituted(id, CROCKFORD))),
        ([, changed]) => {
          expect(parseRor(changed)).toBeNull();
        },
      ),
    );
  });

  it('the checksum rejects swapped neighbours', () => {
    check(
      fc.property(ror, fc.integer({ min: 0, max: 7 }), (id, at) => {
        fc.pre(id[at] !== id[at + 1]);
        const swapped = id.slice(0, at) + id[at + 1] + id[at] + id.slice(at + 2);
        expect(parseRor(swapped)).toBeNull();
      }),
    );
  });

  it('is found in prose as a URL', () => {
    check(
      fc.property(prose, ror, prose, (before, id, after) => {
        const text = `${before} (https://ror.org/${id}) ${after}`;
        expect(findRors(text).map((f) => f.id)).toEqual([id]);
      }),
    );
  });
});

describe('ORCID', () => {
  /** ISO 7064 MOD 11-2 check character, from the definition (weights 2^k mod 11). */
  const checkChar = (d15: string) => {
    let sum = 0;
    for (let i = 0; i < 15; i++) sum += Number(d15[i]) * 2 ** (15 - i);
    const r = (12 - (sum % 11)) % 11;
    return r === 10 ? 'X' : String(r);
  };
  const orcid = digits(15).map((d) => {
    const s = d + checkChar(d);
    return `${s.slice(0, 4)}-${s.slice(4, 8)}-${s.slice(8, 12)}-${s.slice(12)}`;
  });

  it('never throws on any string; parsing is idempotent', () => {
    check(
      fc.property(anyString, (s) => {
        const r = parseOrcid(s);
        if (r !== null) expect(parseOrcid(r)).toBe(r);
      }),
    );
  });

  it('a valid iD survives URL forms, labels, missing hyphens, dashes and case', () => {
    const forms = [
      (id: string) => id,
      (id: string) => id.replace(/-/g, ''),
      (id: string) => `https://orcid.org/${id}`,
      (id: string) => `orcid.org/${id}/`,
      (id: string) => `ORCID: ${id}`,
      (id: string) => id.replace(/-/g, '\u2013').toLowerCase(),
      (id: string) => id.replace(/-/g, ' '),
    ];
    check(
      fc.property(orcid, fc.constantFrom(...forms), (id, form) => {
        expect(parseOrcid(form(id))).toBe(id);
      }),
    );
  });

  it('MOD 11-2 rejects every one-digit change', () => {
    check(
      fc.property(
        orcid.chain((id) =>
          fc.tuple(fc.constant(id), fc.integer({ min: 0, max: 18 }), fc.integer({ min: 1, max: 10 })),
        ),
        ([id, at, k]) => {
          fc.pre(id[at] !== '-');
          const alphabet = at === 18 ? '0123456789X' : '0123456789';
          const c = alphabet[(alphabet.indexOf(id[at] as string) + k) % alphabet.length] as string;
          fc.pre(c !== id[at]);
          expect(parseOrcid(id.slice(0, at) + c + id.slice(at + 1))).toBeNull();
        },
      ),
    );
  });

  it('MOD 11-2 rejects swapped neighbouring digits', () => {
    check(
      fc.property(orcid, fc.integer({ min: 0, max: 14 }), (id, at) => {
        const bare = id.replace(/-/g, '');
        fc.pre(bare[at] !== bare[at + 1]);
        const swapped = bare.slice(0, at) + bare[at + 1] + bare[at] + bare.slice(at + 2);
        expect(parseOrcid(swapped)).toBeNull();
      }),
    );
  });
});

describe('grant numbers', () => {
  const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const letter = fc.constantFrom(...LETTERS);
  const activity = fc.oneof(
    fc.tuple(letter, digits(2)).map(([l, d]) => l + d),
    fc.tuple(letter, letter, digits(1)).map(([a, b, d]) => a + b + d),
  );
  const nih = fc.record({ activity, ic: fc.tuple(letter, letter).map(([a, b]) => a + b), serial: digits(6) });
  type Nih = { activity: string; ic: string; serial: string };
  const canonical = (g: Nih) => `${g.activity}${g.ic}${g.serial}`;
  const forms = [
    (g: Nih) => canonical(g),
    (g: Nih) => `${g.activity} ${g.ic}${g.serial}`,
    (g: Nih) => `${g.activity}-${g.ic}${g.serial}`,
    (g: Nih) => `${g.activity} ${g.ic} ${g.serial}`,
    (g: Nih) => `1${g.activity}${g.ic}${g.serial}-01`,
    (g: Nih) => `5 ${g.activity} ${g.ic}${g.serial}-12A1`,
    (g: Nih) => canonical(g).toLowerCase(),
  ];

  it('never throws on any string', () => {
    check(
      fc.property(anyString, anyString, (a, b) => {
        grantKey(a);
        grantsMatch(a, b);
        findGrantNumbers(a);
      }),
    );
  });

  it('the key of a key is the key', () => {
    const grantLike = fc.oneof(
      anyString,
      nih.chain((g) => fc.constantFrom(...forms).map((f) => f(g))),
      fc.stringMatching(/^[A-Za-z]{2,4}[-/ .]?\d{2,6}([-/ .][A-Za-z0-9]{1,6}){0,3}$/),
    );
    check(
      fc.property(grantLike, (s) => {
        expect(grantKey(grantKey(s))).toBe(grantKey(s));
      }),
    );
  });

  it('an NIH award written any of the usual ways is the same award', () => {
    check(
      fc.property(nih, fc.constantFrom(...forms), fc.constantFrom(...forms), (g, f1, f2) => {
        expect(grantKey(f1(g))).toBe(canonical(g));
        expect(grantsMatch(f1(g), f2(g))).toBe(true);
      }),
    );
  });

  it('a serial written without its leading zero is the same award', () => {
    check(
      fc.property(nih, (g) => {
        const serial = `0${g.serial.slice(1)}`;
        expect(grantsMatch(`${g.activity} ${g.ic}${serial.slice(1)}`, `${g.activity}${g.ic}${serial}`)).toBe(
          true,
        );
      }),
    );
  });

  it('matching is symmetric, and a different serial is a different award', () => {
    check(
      fc.property(nih, digits(6), anyString, (g, other, junk) => {
        expect(grantsMatch(canonical(g), junk)).toBe(grantsMatch(junk, canonical(g)));
        fc.pre(other !== g.serial);
        expect(grantsMatch(canonical(g), canonical({ ...g, serial: other }))).toBe(false);
      }),
    );
  });

  it('is found in prose, with the key of the award', () => {
    check(
      fc.property(prose, nih, fc.constantFrom(...forms.slice(0, 6)), (before, g, form) => {
        const written = form(g);
        const text = `${before} supported by NIH grant ${written}.`;
        const mentions = findGrantNumbers(text);
        expect(mentions.map((m) => m.key)).toContain(canonical(g));
      }),
    );
  });
});

describe('DOI (one normaliser for the reader and the audit)', () => {
  const registrant = digits(4);
  const SUFFIX_CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-_;()/:';
  /** Suffixes as publishers mint them: brackets only in balanced pairs ("S0092-8674(00)80001-1"). */
  const suffix = fc
    .array(
      fc.oneof(
        fc.string({
          unit: fc.constantFrom(...SUFFIX_CHARS.replace(/[()]/g, '')),
          minLength: 1,
          maxLength: 8,
        }),
        fc
          .string({ unit: fc.constantFrom(...'0123456789abc'), minLength: 1, maxLength: 4 })
          .map((s) => `(${s})`),
      ),
      { minLength: 1, maxLength: 4 },
    )
    .map((parts) => parts.join(''))
    .filter((s) => /[a-z0-9)]$/i.test(s) && /^[a-z0-9(]/i.test(s));
  const doi = fc.tuple(registrant, suffix).map(([r, s]) => `10.${r}/${s}`);

  /** DOI-ish strings with percent escapes, single and double (a URL copied from a URL). */
  const escaped = fc
    .tuple(
      doi,
      fc.array(fc.constantFrom('%2F', '%252F', '%28', '%29', '%25', '%', '%E2%80%93', '%zz'), {
        maxLength: 3,
      }),
    )
    .map(([d, escapes]) => d + escapes.join(''));

  it('never throws; normalising is idempotent', () => {
    check(
      fc.property(fc.oneof(anyString, escaped), (s) => {
        const d = normaliseDoi(s);
        if (d !== null) expect(normaliseDoi(d)).toBe(d);
        parseId(s);
      }),
    );
  });

  it('a DOI survives URL forms, labels, encoding and case', () => {
    const forms = [
      (d: string) => d,
      (d: string) => d.toUpperCase(),
      (d: string) => `https://doi.org/${d}`,
      (d: string) => `http://dx.doi.org/${d}`,
      (d: string) => `doi:${d}`,
      (d: string) => `https://doi.org/${d.replace('/', '%2F')}`,
      (d: string) => `info:doi/${d}`,
    ];
    check(
      fc.property(doi, fc.constantFrom(...forms), (d, form) => {
        expect(normaliseDoi(form(d))).toBe(d.toLowerCase());
        expect(parseId(form(d))).toEqual({ kind: 'doi', value: d.toLowerCase() });
      }),
    );
  });

  it('keeps its own brackets and drops the prose around it', () => {
    const wrappers = [
      (d: string) => `(${d})`,
      (d: string) => `[${d}].`,
      (d: string) => `(see ${d}).`,
      (d: string) => `"${d}",`,
      (d: string) => `<https://doi.org/${d}>`,
      (d: string) => `${d};`,
    ];
    check(
      fc.property(prose, doi, fc.constantFrom(...wrappers), prose, (before, d, wrap, after) => {
        const text = `${before} ${wrap(d)} ${after}`;
        expect(findDoi(text)).toBe(d.toLowerCase());
        expect(normaliseDoi(text)).toBe(d.toLowerCase());
      }),
    );
  });
});
