/**
 * Staff names in running text. The automaton finds family names; the words around them confirm the
 * person (staff-confirm.ts). Forms that are only likely the person are variants (`variant: true`, the
 * NAME_VARIANT flag): a misspelt family name ("Claire Brwon", staff-typos.ts), a given name one letter
 * off ("Clarie Brown"), the first half of a double family name ("María López" for "María López-García").
 * A variant counts only in a sentence that also names the staff member's facility or an RRID
 * (`anchorsAt`; the verdict checks that the RRID is the facility's own).
 */
import type { CompiledProfile } from './compile';
import type { FamilyHit, NameHit, StaffHit } from './hits';
import { confirmStaff, isCapitalised, RRID_ANCHOR, writtenFamily } from './staff-confirm';
import { findMisspeltStaff } from './staff-typos';
import type { TokenStream } from './tokens';

/**
 * `anchorsAt(pos)`: the facilities named in the sentence at `pos` (and RRID_ANCHOR when it writes an
 * RRID), or undefined when it names none: variants are looked for only there.
 */
export function findStaffHits(
  cp: CompiledProfile,
  stream: TokenStream,
  text: string,
  families: FamilyHit[],
  names: NameHit[],
  anchorsAt: (pos: number) => ReadonlySet<number> | undefined,
): StaffHit[] {
  const out: StaffHit[] = [];
  const { tokens } = stream;
  const exactAt = new Set<string>();
  // Full names first, so the half of a double name is not found again where the whole stands.
  const ordered = [...families].sort((a, b) => Number(a.partial) - Number(b.partial));
  for (const f of ordered) {
    // The last word carries the capital ("van Zeeburg", "de Tisi").
    const last = tokens[f.t1];
    const staff = cp.facilities[f.facility]?.staff[f.staff];
    if (!last || !staff || !isCapitalised(last.raw)) continue;
    const key = `${f.t0}:${f.facility}:${f.staff}`;
    const anchors = anchorsAt(last.start);
    const anchored = !!anchors && (anchors.has(f.facility) || anchors.has(RRID_ANCHOR));
    if (f.partial && (exactAt.has(key) || !anchored)) continue;
    const m = confirmStaff(staff, text, tokens, f.t0, f.t1, names, f.facility, f.partial, anchored ? 1 : 0);
    if (!m) continue;
    const variant = f.partial || m.edits > 0;
    if (!variant) exactAt.add(key);
    const hit: StaffHit = { facility: f.facility, staff: f.staff, start: m.start, end: m.end, variant };
    if (variant) hit.written = { given: m.given, family: writtenFamily(stream, f.t0, f.t1) };
    out.push(hit);
  }
  if (cp.fuzzyFamilies.size > 0) out.push(...findMisspeltStaff(cp, stream, text, families, names, anchorsAt));
  return out;
}
