/**
 * The authors of a LaTeX manuscript from its \author arguments, where they are simple: one \author per
 * person (revtex, acmart, Springer Nature, Elsevier), or several in one separated by \and, commas or
 * "and" (article, llncs, Nature), each name on the first line of its block and the affiliation below it
 * (article's "Name \\ University"). Notes, marks and e-mail addresses are left out by the converter.
 */

export interface AuthorBlock {
  name: string;
  /** Which \author argument the name came from (Elsevier CAS's \credit follows its \author). */
  argIndex: number;
}

export interface Front {
  authors: AuthorBlock[];
  /** Lines under the names inside \author (article's "Name \\ Department \\ University"). */
  affiliations: string[];
}

/** A person's name as papers print it: two to five words, letters, initials, hyphens, apostrophes. */
const NAME =
  /^(?:[\p{Lu}][\p{L}'’.-]*\.?\s+){1,4}(?:(?:van|von|de|da|del|der|di|la|le|du|dos|ten|ter|bin|al|el)\s+)*[\p{Lu}][\p{L}'’-]*[\p{L}]$/u;
const NOT_A_NAME =
  /\b(?:university|universit[éàä]|institute|department|school|college|hospital|center|centre|laboratory|faculty|inc|ltd|gmbh)\b|@|\d/i;

/** Splits a line of names: "A, B and C", "A \& B", "A; B". */
function namesOf(line: string): string[] {
  return line
    .replace(/[*†‡§¶#✉]+/gu, ' ')
    .split(/\s*(?:,|;|&|\band\b)\s*/u)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s && NAME.test(s) && !NOT_A_NAME.test(s));
}

/**
 * `toText` converts an argument in author mode: \and becomes U+E002, \\ U+E001, notes and marks vanish.
 */
export function authorBlocks(args: string[], toText: (src: string) => string): Front {
  const authors: AuthorBlock[] = [];
  const affiliations: string[] = [];
  args.forEach((arg, argIndex) => {
    for (const block of toText(arg).split('\ue002')) {
      const lines = block
        .split(/[\ue000\ue001\n]/)
        .map((l) => l.replace(/\s+/g, ' ').trim())
        .filter(Boolean);
      const [first, ...rest] = lines;
      if (!first) continue;
      for (const name of namesOf(first)) authors.push({ name, argIndex });
      affiliations.push(...rest);
    }
  });
  return { authors, affiliations };
}
