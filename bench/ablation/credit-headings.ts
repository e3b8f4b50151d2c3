/**
 * Credit heading words for the ablation generators. Written here on purpose, not imported from
 * lib/extract/headings.ts: the bench must decide what to cut without the reader's own classifier, so a
 * gap in the reader's list cannot hide itself.
 */
import type { SectionKey } from '../../lib/article';
import { collapseAll } from '../corpus-metrics';

/** Whole-phrase forms of each kind, lower-case, apostrophes as '. */
const PHRASES: Record<SectionKey, RegExp> = {
  acknowledgements: new RegExp(
    `^(?:${[
      'acknowledge?ments?',
      'thanks',
      'danksagung(?:en)?',
      'remerciements?',
      'agradecimientos?',
      'agradecimentos?',
      'ringraziamenti',
      'dankwoord',
      'dankbetuiging(?:en)?',
      'podziękowania',
      'благодарности?',
      '謝辞',
      '致谢',
      '致謝',
      '감사의 글',
    ].join('|')})$`,
    'u',
  ),
  funding: new RegExp(
    `^(?:${[
      'funding(?: information| sources?| statement| details| support)?',
      'sources? of (?:funding|support)',
      'financial (?:support|disclosures?|sources?)',
      'grant (?:information|support|sponsors?|funding)',
      'role of the funding sources?',
      'funders?',
      'funded by',
      'finanzierung',
      'förderung',
      'financement',
      'financiación',
      'financiamiento',
      'financiamento',
      'finanziamento',
      'financiering',
      'finansowanie',
      'финансирование',
      '基金',
      '资助',
      '研究資金',
    ].join('|')})$`,
    'u',
  ),
  contributions: new RegExp(
    `^(?:${[
      "(?:author|authors|authors'|author's|authorship) contributions?(?: statement)?",
      'contributions?(?: of (?:the )?authors?)?',
      'contributors?',
      'credit (?:authorship )?(?:contribution )?statement',
      'credit authorship contribution statement',
      'author roles?',
      'autorenbeiträge',
      'beiträge der autor(?:en|innen)',
      'contributions? des auteurs',
      'contribuci(?:ón|on|ones) de (?:los )?autores',
      'contribuições dos autores',
      'contributi degli autori',
      'auteursbijdragen',
      'wkład autorów',
      'вклад авторов',
      '作者贡献',
      '著者の貢献',
    ].join('|')})$`,
    'u',
  ),
};

/** Separators of combined headings ("Acknowledgements and funding", "Funding & disclosures"). */
const JOINERS = /\s*(?:,|;|&|\/|\band\b|\bund\b|\bet\b|\by\b|\be\b)\s*/u;

/** Lower-cased heading text without numbering ("6.", "IV.") or a final colon or period. */
function headingKey(text: string): string {
  return collapseAll(text)
    .replace(/[’‘`´]/g, "'")
    .toLowerCase()
    .replace(/^(?:\d+(?:\.\d+)*|[ivx]+|[a-z])[.)]?\s+/u, '')
    .replace(/[\s:.–—-]+$/u, '');
}

/** The credit kinds a short heading names ("Acknowledgments and Funding" → both); empty for others. */
export function creditKinds(text: string): SectionKey[] {
  const key = headingKey(text);
  if (!key || key.length > 80 || key.split(' ').length > 8) return [];
  const kinds = new Set<SectionKey>();
  for (const part of [key, ...key.split(JOINERS)]) {
    for (const [kind, re] of Object.entries(PHRASES) as [SectionKey, RegExp][]) {
      if (re.test(part.trim())) kinds.add(kind);
    }
  }
  return [...kinds];
}

const REFERENCES =
  /^(?:references?(?: list| and notes| cited)?|literature cited|cited literature|bibliography|works cited|literatur(?:verzeichnis)?|références(?: bibliographiques)?|bibliographie|referencias(?: bibliográficas)?|referências(?: bibliográficas)?|bibliografia|riferimenti bibliografici|参考文献|список литературы)$/u;

/** A references heading ("References", "Literature Cited", "Bibliographie"). */
export function isReferencesHeading(text: string): boolean {
  return REFERENCES.test(headingKey(text));
}
