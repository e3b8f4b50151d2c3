/**
 * Is a thanked person credited for intellectual work (design, analysis, interpretation, methods
 * development, writing) rather than for access, training or technical help? The only module that
 * imports compromise (~365 kB), for sentences, verbs and people; never import it from lib/extract or
 * anything the content script loads.
 *
 * Conservative on purpose: a wrong "should have been an author" is worse than a miss. Any word of
 * service ("help with", "technical", "assistance", "training", "access") before the cue vetoes it.
 */
import nlp from 'compromise';
import { CUE_WINDOW, mayHaveCue } from './authorship-stems';

const INTELLECTUAL_VERBS = new Set([
  'analyse',
  'analyze',
  'interpret',
  'design',
  'conceive',
  'develop',
  'write',
  'draft',
  'conceptualize',
  'conceptualise',
  'devise',
  'model',
]);
const INTELLECTUAL_NOUNS =
  /\b(?:analys[ie]s|interpretation|conceptuali[sz]ation|experimental design|study design|design of (?:the )?(?:experiments?|study)|statistical|writing|drafting|method(?:ology)? development)\b/i;
const SERVICE =
  /\b(?:help|helping|helped|technical|technician|assistance|assisting|assist|training|trained|access|support|maintenance|maintaining|operating|operation|acquisition|acquiring|preparation|preparing|sectioning|staining|housing|husbandry|sorting|providing|provided|use of|advice|discussions?|reading|comments|proofreading|editing)\b/i;

export interface AuthorshipCue {
  /** The words that show intellectual work, as offsets into the text. */
  start: number;
  end: number;
}

/**
 * The intellectual-work cue for the person mentioned at [nameStart, nameEnd) in `text`, or null.
 * `others` are the spans of other people named in the same text (so "X for access and Y for analysis"
 * does not blame X).
 */
export function authorshipCue(
  text: string,
  nameStart: number,
  nameEnd: number,
  others: Array<{ start: number; end: number }>,
): AuthorshipCue | null {
  // Only the name's neighbourhood is parsed: compromise takes seconds on a 30,000-character section,
  // and a section that names the person hundreds of times (a damaged page, found by the fuzzer) parsed
  // whole each time never ended. A sentence about one person's part fits in the window.
  const lo = Math.max(0, nameStart - CUE_WINDOW);
  const hi = Math.min(text.length, nameEnd + CUE_WINDOW);
  // Every cue firstCue can find starts with one of the stems: without one, no parse is needed.
  if (!mayHaveCue(text, nameEnd)) return null;
  const { sentences, people: inWindow } = parsed(text.slice(lo, hi));
  const found = inWindow.map((p) => ({ start: p.start + lo, end: p.end + lo }));
  const sentence = sentences.find(
    (s) => lo + s.offset.start <= nameStart && nameStart < lo + s.offset.start + s.offset.length,
  );
  const sentenceEnd = sentence ? lo + sentence.offset.start + sentence.offset.length : hi;
  const people = [...others, ...found]
    .filter((p) => p.start >= nameEnd && p.start < sentenceEnd)
    .sort((a, b) => a.start - b.start);
  // This person's clause runs to the next person who has their own "for …" (else they share it).
  let clauseEnd = sentenceEnd;
  let from = nameEnd;
  for (const p of people) {
    if (/\b(?:for|who|to)\b/i.test(text.slice(from, p.start))) {
      clauseEnd = p.start;
      break;
    }
    from = p.end;
  }
  const clause = text.slice(nameEnd, clauseEnd);
  const cue = firstCue(clause);
  if (!cue) return null;
  if (SERVICE.test(clause.slice(0, cue.start))) return null;
  return { start: nameEnd + cue.start, end: nameEnd + cue.end };
}

type Offset = { offset: { start: number; length: number } };

// Parsing with compromise costs milliseconds; several staff thanked in one window share it.
let last: { text: string; sentences: Offset[]; people: Array<{ start: number; end: number }> } | null = null;

function parsed(text: string): NonNullable<typeof last> {
  if (last?.text !== text) {
    const doc = nlp(text);
    last = {
      text,
      sentences: doc.sentences().json({ offset: true }) as Offset[],
      people: (doc.people().json({ offset: true }) as Offset[]).map((p) => ({
        start: p.offset.start,
        end: p.offset.start + p.offset.length,
      })),
    };
  }
  return last;
}

function firstCue(clause: string): { start: number; end: number } | null {
  let best: { start: number; end: number } | null = null;
  const verbs = nlp(clause).verbs().json({ offset: true }) as Array<{
    offset: { start: number; length: number };
    verb?: { infinitive?: string };
  }>;
  for (const v of verbs) {
    const inf = (v.verb?.infinitive ?? '').toLowerCase();
    if (INTELLECTUAL_VERBS.has(inf)) {
      best = { start: v.offset.start, end: v.offset.start + v.offset.length };
      break;
    }
  }
  const noun = INTELLECTUAL_NOUNS.exec(clause);
  if (noun && (!best || noun.index < best.start))
    best = { start: noun.index, end: noun.index + noun[0].length };
  return best;
}
