/**
 * Misspelt staff family names ("Claire Brwon", "Daniel Levesqeu"), found through the profile's
 * symmetric-delete index (the cost follows the words of the text, not the size of the staff list).
 * Taken only when all of these hold, because a near miss is as often another person as a typo:
 * - the sentence names the staff member's facility or an RRID (`anchorsAt`);
 * - the family name is long enough to misspell (5+ letters; one edit up to 6, two from 7) and keeps its
 *   first letter;
 * - the written word is not itself a family name of the profile (then it is that person, not a typo);
 * - the full given name stands beside it (initials are too weak), or one letter off if the family name
 *   is only one edit away ("Clarie Bronw");
 * - no other person of the profile is as close (two equally likely people: neither, never guess).
 */
import type { CompiledProfile } from './compile';
import { deletionsUpTo, editDistance, maxFamilyEdits } from './edit-distance';
import type { FamilyHit, NameHit, StaffHit } from './hits';
import { confirmStaff, isCapitalised, RRID_ANCHOR, writtenFamily } from './staff-confirm';
import type { TokenStream } from './tokens';

export function findMisspeltStaff(
  cp: CompiledProfile,
  stream: TokenStream,
  text: string,
  families: FamilyHit[],
  names: NameHit[],
  anchorsAt: (pos: number) => ReadonlySet<number> | undefined,
): StaffHit[] {
  const out: StaffHit[] = [];
  const { tokens } = stream;
  const realNames = new Set<number>();
  for (const f of families) if (!f.partial) for (let i = f.t0; i <= f.t1; i++) realNames.add(i);
  tokens.forEach((t, i) => {
    if (realNames.has(i) || t.norm.length < 4 || !isCapitalised(t.raw)) return;
    const anchors = anchorsAt(t.start);
    if (!anchors) return;
    const found: Array<{ hit: StaffHit; cost: number; person: string }> = [];
    const seen = new Set<string>();
    for (const d of deletionsUpTo(t.norm, 2)) {
      for (const c of cp.fuzzyFamilies.get(d) ?? []) {
        const key = `${c.facility}:${c.staff}:${c.lead.join(' ')} ${c.family}`;
        if (seen.has(key)) continue;
        seen.add(key);
        if (!anchors.has(c.facility) && !anchors.has(RRID_ANCHOR)) continue;
        const max = maxFamilyEdits(c.family.length);
        if (c.family[0] !== t.norm[0]) continue;
        const edits = editDistance(c.family, t.norm, max);
        if (edits === 0 || edits > max) continue;
        // The words before the misspelt one must be written as in the profile ("van", "López-").
        const t0 = i - c.lead.length;
        if (t0 < 0 || c.lead.some((w, k) => tokens[t0 + k]?.norm !== w)) continue;
        const staff = cp.facilities[c.facility]?.staff[c.staff];
        if (!staff) continue;
        const m = confirmStaff(staff, text, tokens, t0, i, names, c.facility, true, edits === 1 ? 1 : 0);
        if (!m) continue;
        const hit: StaffHit = {
          facility: c.facility,
          staff: c.staff,
          start: m.start,
          end: m.end,
          variant: true,
          written: { given: m.given, family: writtenFamily(stream, t0, i) },
        };
        // "Claire M. Brown" in one facility and "Claire Brown" in another: one person.
        const person = `${staff.names[0]?.given[0] ?? ''} ${c.lead.join(' ')} ${c.family}`;
        found.push({ hit, cost: edits + m.edits, person });
      }
    }
    if (found.length === 0) return;
    const best = Math.min(...found.map((f) => f.cost));
    const winners = found.filter((f) => f.cost === best);
    // One person may work for several facilities of a network: that is not a tie.
    if (new Set(winners.map((w) => w.person)).size > 1) return;
    for (const w of winners) out.push(w.hit);
  });
  return out;
}
