/**
 * Credit that no heading announces: runs of paragraphs whose wording is credit, in the places papers put
 * such text (footnotes and end notes, author notes, side panels, the last paragraphs before the
 * references, anything after them). Every reader (HTML, JATS, plain text) only says where its paragraphs
 * sit; this module alone decides what counts, so all formats follow the same rules.
 */
import type { ArticleRecord, SectionKey } from '../article';
import { type CreditWording, creditWording, opensAsOtherBackmatter } from './credit-language';
import { addNote, type NotePlace } from './reading-notes';

/**
 * Where a paragraph sits. `notes`: a footnote, end-note, author-note or side-panel container;
 * `after-references`: after the reference list; `front`: the front matter of a text before its first
 * section (author notes, a funding statement); `tail`: the last paragraphs of the article's own text, and
 * `backmatter`: back matter under another heading (supplementary material, abbreviations) — in these two
 * only a paragraph that opens with a credit formula counts (a "we thank" inside the discussion is not
 * the acknowledgements).
 */
type BlockPlace = NotePlace;

export interface TextBlock {
  text: string;
  place: BlockPlace;
  /** Paragraphs of one container share a group: a run never crosses containers. */
  group: number;
  /**
   * Whether the group is a real container (a footnote block), so that neutral paragraphs around credit in
   * it belong to the same note. Defaults to true except in the tail; plain text has no containers.
   */
  contained?: boolean;
  /** A sentence of a text whose paragraph breaks were lost: neighbouring sentences may share a run. */
  sentence?: boolean;
}

interface UnheadedSection {
  key: SectionKey;
  text: string;
  /** Indices into the blocks given. */
  blocks: number[];
  place: BlockPlace;
  cue: string;
}

/** Neutral paragraphs a run may carry between or around its credit paragraphs (a container's lead-in). */
const MAX_NEUTRAL = 2;

const PLACE_WORDS: Record<BlockPlace, string> = {
  notes: 'a footnote or note block',
  'after-references': 'the text after the references',
  tail: 'the last paragraphs of the article',
  front: 'the front matter',
  backmatter: 'the back matter',
};
/** Places where only a paragraph that opens with a credit formula counts. */
const STRICT: ReadonlySet<BlockPlace> = new Set(['tail', 'backmatter']);
/** The closing sentence of a funding statement: the list of funders and awards stands before it. */
const FUNDERS_NO_ROLE = /^the funders? (?:had|have|played) no role/i;
/** A line of a funding list (a funder, an award number, a recipient's name): short, no sentence. */
const MAX_LIST_LINE = 120;
const MAX_LIST_LINES = 40;

/** The sentence a record's warning gives for a section found this way. */
function unheadedWarning(found: UnheadedSection): string {
  return `No ${found.key} heading: the ${found.key} section was recognised by its wording (“${found.cue.trim()}”) in ${PLACE_WORDS[found.place]}.`;
}

function accepts(place: BlockPlace, w: CreditWording | null): w is CreditWording {
  return w !== null && (!STRICT.has(place) || w.strength === 2);
}

/** Contained by default: notes and what follows the references sit in containers of their own. */
function isContained(b: TextBlock): boolean {
  return b.contained ?? (b.place === 'notes' || b.place === 'after-references');
}

/** True when two credit paragraphs belong to one section (thanks and funding do; contributions do not). */
function compatible(a: SectionKey, b: SectionKey): boolean {
  return (a === 'contributions') === (b === 'contributions');
}

interface Run {
  blocks: number[];
  kinds: Set<SectionKey>;
  cue: string;
  place: BlockPlace;
  credit: number;
}

function collectRuns(blocks: TextBlock[]): Run[] {
  const wording = blocks.map((b) => creditWording(b.text));
  const runs: Run[] = [];
  let i = 0;
  while (i < blocks.length) {
    const b = blocks[i] as TextBlock;
    const w = wording[i] ?? null;
    if (!accepts(b.place, w)) {
      i++;
      continue;
    }
    const run: Run = { blocks: [i], kinds: new Set([w.kind]), cue: w.cue, place: b.place, credit: 1 };
    const contained = isContained(b);
    // A container's neutral lead-in ("All imaging was done in the Department of …") belongs to the run.
    if (contained && !FUNDERS_NO_ROLE.test(b.text)) {
      for (let j = i - 1, n = 0; j >= 0 && n < MAX_NEUTRAL; j--, n++) {
        const p = blocks[j] as TextBlock;
        if (p.group !== b.group || wording[j] !== null || runs.some((r) => r.blocks.includes(j))) break;
        if (opensAsOtherBackmatter(p.text)) break;
        run.blocks.unshift(j);
      }
    }
    // "The funders had no role …" closes a list of funders, awards and recipients: take the list too.
    if (FUNDERS_NO_ROLE.test(b.text)) {
      for (let j = i - 1, n = 0; j >= 0 && n < MAX_LIST_LINES; j--, n++) {
        const p = blocks[j] as TextBlock;
        const w = wording[j] ?? null;
        if (p.group !== b.group || p.text.length > MAX_LIST_LINE || /[.!?]$/.test(p.text)) break;
        if (w !== null && w.kind !== 'funding') break;
        // An award number already read as a run of its own belongs to this list.
        const previous = runs[runs.length - 1];
        if (previous?.blocks.includes(j)) {
          if (previous.kinds.size !== 1 || !previous.kinds.has('funding')) break;
          runs.pop();
        }
        if (w) run.credit++;
        run.blocks.unshift(j);
      }
    }
    let neutral = 0;
    let j = i + 1;
    for (; j < blocks.length; j++) {
      const next = blocks[j] as TextBlock;
      if (next.group !== b.group) break;
      const nw = wording[j] ?? null;
      if (nw) {
        if (!compatible(w.kind, nw.kind)) break;
        run.blocks.push(j);
        run.kinds.add(nw.kind);
        run.credit++;
        neutral = 0;
        continue;
      }
      const carries = contained || (b.sentence === true && next.sentence === true);
      if (!carries || opensAsOtherBackmatter(next.text) || ++neutral > MAX_NEUTRAL) break;
      run.blocks.push(j);
    }
    // Neutral paragraphs at the end of a run belong to it only inside a container.
    while (
      !contained &&
      run.blocks.length > 1 &&
      wording[run.blocks[run.blocks.length - 1] as number] === null
    )
      run.blocks.pop();
    runs.push(run);
    i = j;
  }
  return runs;
}

/**
 * Sections for the keys in `want`, from runs of credit paragraphs. Thanks and funding found without a
 * heading are the acknowledgements, the section papers most often put both in (a run that thanks anyone
 * first); only when the acknowledgements are already there is a funding run the funding section.
 * Contributions are their own.
 */
function findUnheaded(blocks: TextBlock[], want: ReadonlySet<SectionKey>): UnheadedSection[] {
  const runs = collectRuns(blocks);
  const best = (candidates: Run[]) =>
    candidates.reduce<Run | null>((a, r) => (a === null || r.credit > a.credit ? r : a), null);
  const chosen = new Map<SectionKey, Run>();
  const contributions = best(runs.filter((r) => r.kinds.has('contributions')));
  if (contributions && want.has('contributions')) chosen.set('contributions', contributions);
  const credit = runs.filter((r) => !r.kinds.has('contributions'));
  const thanks = credit.filter((r) => r.kinds.has('acknowledgements'));
  // A funding statement in the front matter is the funding section (acknowledgements are back matter).
  const front = credit.filter((r) => !r.kinds.has('acknowledgements') && r.place === 'front');
  if (front.length > 0 && want.has('funding')) chosen.set('funding', best(front) as Run);
  const funding = credit.filter((r) => !r.kinds.has('acknowledgements') && !front.includes(r));
  if (want.has('acknowledgements')) {
    const ack = best(thanks) ?? best(funding);
    if (ack) chosen.set('acknowledgements', ack);
  }
  if (want.has('funding') && !chosen.has('funding')) {
    const fund = best(funding.filter((r) => r !== chosen.get('acknowledgements')));
    if (fund) chosen.set('funding', fund);
  }
  const out: UnheadedSection[] = [];
  for (const [key, run] of chosen) {
    const text = run.blocks
      .map((b) => blocks[b]?.text ?? '')
      .join(' ')
      .trim();
    out.push({ key, text, blocks: run.blocks, place: run.place, cue: run.cue });
  }
  return out;
}

const KEYS: SectionKey[] = ['acknowledgements', 'funding', 'contributions'];

/**
 * Fills the record's missing credit sections from unheaded paragraphs (blocks are computed only when a
 * section is missing), with `heading: null` and a warning that says how each was found.
 */
export function addUnheaded(record: ArticleRecord, blocks: () => TextBlock[]): void {
  const want = new Set(KEYS.filter((k) => record.sections[k] === null));
  if (want.size === 0) return;
  for (const found of findUnheaded(blocks(), want)) {
    record.sections[found.key] = { heading: null, text: found.text };
    addNote(
      record,
      { code: 'UNHEADED', values: { section: found.key, cue: found.cue.trim(), place: found.place } },
      unheadedWarning(found),
    );
  }
}
