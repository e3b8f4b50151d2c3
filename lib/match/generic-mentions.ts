/**
 * Unnamed facility mentions: "the imaging core", "our microscopy facility", "the flow cytometry core",
 * "core facilities". All in lower case: a capitalised phrase ("NYU Microscopy Core") is a name, and a
 * name is not generic. Each mention carries the fields its words imply, so "the imaging core" could be
 * an imaging facility but not a genomics one, and the institution named with it ("the imaging core at
 * the University of X"), so another institution's core is not taken for this one.
 */
import { institutionOf, type NamedInstitution } from './mention-institution';
import type { TokenStream } from './tokens';
import { DETERMINERS, fieldOf } from './vocab';

export interface GenericMention {
  start: number;
  end: number;
  /** Fields named by the mention; empty for "core facilities", which could be any facility. */
  fields: Set<string>;
  /** The institution the text names for it, or null ("the imaging core", "our flow core"). */
  institution: NamedInstitution | null;
}

// Heads that alone make an unnamed facility ("centre", "unit", "lab" are too common in prose).
const GENERIC_HEADS = new Set(['core', 'cores', 'facility', 'facilities', 'platform', 'platforms']);
const MODIFIERS = new Set([
  'core',
  'shared',
  'central',
  'institutional',
  'advanced',
  'research',
  'university',
]);

export function findGenericMentions(stream: TokenStream, text: string): GenericMention[] {
  const out: GenericMention[] = [];
  const { tokens } = stream;
  for (let i = 0; i < tokens.length; i++) {
    const head = tokens[i];
    if (!head || !GENERIC_HEADS.has(head.norm) || !isLower(head.raw)) continue;
    // "core facility": the mention ends at the last head.
    const after = tokens[i + 1];
    if (
      after &&
      GENERIC_HEADS.has(after.norm) &&
      isLower(after.raw) &&
      /^\s*$/.test(text.slice(head.end, after.start))
    ) {
      continue;
    }
    const fields = new Set<string>();
    let modifiers = 0;
    let first = i;
    for (let j = i - 1; j >= 0 && i - j <= 5; j--) {
      const t = tokens[j];
      const gap = text.slice(t?.end ?? 0, tokens[j + 1]?.start ?? 0);
      if (!t || !isLower(t.raw) || !/^[\s-]*$/.test(gap)) break;
      const f = fieldOf(t.norm);
      if (f) fields.add(f);
      else if (DETERMINERS.has(t.norm)) {
        first = j;
        break;
      } else if (!MODIFIERS.has(t.norm) && !GENERIC_HEADS.has(t.norm)) break;
      modifiers++;
      first = j;
    }
    // "the imaging core", "our microscopy facility", "core facilities"; not "the facility" or "the core".
    if (modifiers === 0) continue;
    out.push({
      start: tokens[first]?.start ?? head.start,
      end: head.end,
      fields,
      institution: institutionOf(stream, text, first, i),
    });
  }
  return out;
}

function isLower(s: string): boolean {
  return s === s.toLowerCase();
}
