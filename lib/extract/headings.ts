/**
 * Heading vocabulary: what kind of section a heading (or run-in label) opens, in the languages
 * the corpus and the publishers we read use. Shared by the HTML reader and the JATS reader.
 */

export type HeadingKind =
  | 'acknowledgements'
  | 'funding'
  | 'contributions'
  | 'methods'
  | 'references'
  | 'other-backmatter';

/** Headings longer than this are prose, not headings (keeps "We thank…" paragraphs out). */
const MAX_HEADING_LENGTH = 90;

// Each pattern is matched against the normalised heading (lower-case, accents kept, numbering and
// trailing punctuation removed) and must match the WHOLE heading, so a paragraph that merely
// contains "funding" is not a heading. Order matters: the first match wins. No `u` flag: the patterns
// hold no \p classes and no characters outside the BMP, so it would change nothing but their cost
// (compiled on a page's first click, and run on every label).
const TABLE: Array<[HeadingKind, RegExp]> = [
  // "Acknowledgements and funding" / "Funding and acknowledgements": the ack wins (combined section).
  [
    'acknowledgements',
    /^(?:(?:funding|financial support|disclosures?)\s*(?:and|&|,)\s*)?(?:acknowledge?ments?|acknowledgments?|acknowledgements? and funding|acknowledgments? and funding|acknowledg(?:e)?ments? and disclosures?|acknowledg(?:e)?ments? and (?:financial support|author contributions|conflicts? of interests?|disclosure of funding)|agradecimientos?|agradecimentos?|remerciements?|danksagung(?:en)?|dank|ringraziamenti|dankwoord|dankbetuiging|謝辞|致谢|致謝|谢辞|감사의 글|감사의 말|사사|penghargaan|ucapan terima ?kasih|terima kasih|thanks|acknowledgement of support)$/,
  ],
  [
    'funding',
    /^(?:funded by|funding(?: information| sources?| statement| details| support| and support)?|sources? of funding|financial (?:support|sources?)|grant (?:information|support)|research funding|role of the funding sources?|financiaci[oó]n|fuentes? de financiaci[oó]n|financiamento|fontes? de financiamento|financiamiento|financement|sources? de financement|f[oö]rderung|finanzierung|finanziamento|financiering|资助|基金|基金项目|資金|研究資金|연구비|pendanaan|dana)$/,
  ],
  [
    'contributions',
    /^(?:(?:authors?['’]? ?|the authors?['’]? ?)contributions?(?: statement)?|authorship contributions?(?: statement)?|contributions?|contributors|author statements?|credit(?: authorship)?(?: contribution)? statement|credit authorship contribution statement|contribución de (?:los )?autor(?:es)?|contribuciones de (?:los )?autores|contribuição (?:dos )?autor(?:es)?|contribuições dos autores|contributions? des auteurs|beitr[aä]ge der autor(?:en|innen)|autorenbeitr[aä]ge|contributi degli autori|contributo degli autori|bijdragen van de auteurs|auteursbijdragen|著者の貢献|作者贡献|作者貢獻|저자 기여|kontribusi penulis|sumbangan penulis)$/,
  ],
  [
    'methods',
    /^(?:(?:materials?|patients?|subjects?|participants?|experimental)(?:,)? (?:and|&) methods?|methods?(?: and materials?)?|online methods|star\s*[★*]?\s*methods|experimental(?: procedures?| section| details)?|methodology|métodos?|materiales y métodos|materiais e métodos|matériels? et méthodes|méthodes|methoden|material und methoden|materialien und methoden|metodi|materiali e metodi|materiaal en methoden|methoden en materialen|方法|材料と方法|材料和方法|材料與方法|재료 및 방법|방법|metode|metode penelitian|bahan dan metode)$/,
  ],
  [
    'references',
    /^(?:references?(?: and notes)?|literature cited|bibliography|works cited|notes and references|referencias(?: bibliográficas)?|referências(?: bibliográficas)?|références(?: bibliographiques)?|bibliographie|literatur(?:verzeichnis)?|bibliografia|riferimenti(?: bibliografici)?|referenties|literatuur|参考文献|參考文獻|참고문헌|daftar pustaka|rujukan)$/,
  ],
  [
    'other-backmatter',
    /^(?:(?:declaration|statement|disclosure)s? of (?:competing |conflicting )?interests?|(?:competing|conflicting|conflicts? of|declaration of competing) (?:financial )?interests?(?: statement)?|conflicts? of interests?(?: statement| disclosure)?|disclosures?(?: statement)?|financial disclosures?|ethics(?: statement| approval.*| declarations?)?|ethical (?:approval|statement|considerations)|(?:data|code|data and code|software) availability(?: statement)?|availability of data and materials|data accessibility|data sharing(?: statement)?|supplementary (?:material|materials|information|data|files)|supporting information|additional (?:information|files?)|appendix(?: [a-z0-9]+)?|appendices|abbreviations|glossary|footnotes|notes|author(?:['’]?s)? notes?|declarations|consent for publication|publisher['’]s note|decision letter|reviewer(?:s['’]|['’]s)? reports?|review history|peer review(?: history| report)?|author response|editor['’]s evaluation|elife assessment|ethics declarations|rights and permissions|about this article|cite this article|copyright|license|open access|article information|author information|additional information|related articles?|figures?|tables?|conflits? d['’]intérêts?|conflitos? de interesses?|conflicto de intereses|interessenkonflikt|conflitto di interessi|利益相反|利益冲突|이해관계|konflik kepentingan)$/,
  ],
];

/** A "Top" / "Back to top" navigation link at the end of a heading (older PLOS, many templates). */
const TOP_LINK = /(?:^|\s+)(?:[↑▲^]\s*)?(?:(?:back|return|go) to )?top(?: of (?:the )?page)?\s*[↑▲^]?$/iu;

/**
 * The heading without its "Top" link. TOP_LINK is tried at every position of the text, so it runs only on
 * text that holds "top" (no other character folds to t, o or p, so the check is exact).
 */
function withoutTopLink(heading: string): string {
  return /top/i.test(heading) ? heading.replace(TOP_LINK, '') : heading;
}

/** The heading as the page shows it, without a trailing "Top" link or a run-in label's colon. */
export function headingText(heading: string): string {
  return (
    withoutTopLink(heading)
      .replace(/\s*[:：]$/, '')
      .trim() || heading
  );
}

/**
 * Lower-case, strip numbering ("5.", "IV.", "A1"), wrapping punctuation, and trailing colons/periods.
 * A line longer than a heading can be is none (""): normalising a long run of punctuation ("> > > …",
 * 20,000 characters: found by the fuzzer) would backtrack quadratically.
 */
function normaliseHeading(heading: string): string {
  if (heading.length > MAX_HEADING_LENGTH) return '';
  const h = heading
    .normalize('NFC')
    .replace(/[\s\u00a0\u3000]+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/^(?:section\s+)?(?:\d+(?:\.\d+)*|[ivxlc]+|[a-z])[.)]?\s+(?=\S)/, '')
    .replace(/^[\s#*§\-–—:.•·]+|[\s:：.;,\-–—*•·|›»<>]+$/g, '');
  // A "Top" / "Back to top" link inside the heading (older PLOS, many journal templates).
  return withoutTopLink(h).replace(/\s+/g, ' ');
}

/** What kind of section a heading opens, or null when it is not one we care about. */
export function classifyHeading(heading: string): HeadingKind | null {
  if (!heading || heading.length > MAX_HEADING_LENGTH) return null;
  // Pages repeat their labels (menus, per-section jump lists, run-in labels): each is classified once.
  const known = classified.get(heading);
  if (known !== undefined) return known;
  const h = normaliseHeading(heading);
  let kind: HeadingKind | null = null;
  if (h)
    for (const [k, re] of TABLE)
      if (re.test(h)) {
        kind = k;
        break;
      }
  // Template labels that offer alternatives, left as they are in drafts ("Conflict of interest/Competing
  // interests" in Springer Nature's declarations): the first alternative that names a section decides.
  if (!kind && h.includes('/'))
    for (const part of h.split('/')) {
      kind = part.trim() ? classifyHeading(part.trim()) : null;
      if (kind) break;
    }
  if (classified.size > MAX_CLASSIFIED) classified.clear();
  classified.set(heading, kind);
  return kind;
}
const classified = new Map<string, HeadingKind | null>();
const MAX_CLASSIFIED = 5000;

/**
 * Headings of blocks that collect notes (footnotes, author notes, article information): their paragraphs
 * are read for credit by wording, since papers put acknowledgements and funding there without a heading.
 */
const NOTES_HEADING =
  /^(?:notes?|footnotes?|end ?notes?|author(?:['’]?s['’]?)? notes?|notes? (?:on|about) (?:the )?(?:authors?|contributors?)|article notes|additional information|article information|author information|information|declarations?|statements?(?: and declarations)?|back matter|notas?|anmerkungen|fußnoten|脚注|注释|注)$/;

export function isNotesHeading(heading: string): boolean {
  return NOTES_HEADING.test(normaliseHeading(heading));
}
