/**
 * The statement that would complete a facility's credit: the facility's own template when it has one
 * ({facility}, {institution}, {rrid}, {grants}, {staff}), else a default in the form core facilities
 * recommend. Null when the credit is already complete.
 */
import type { CompiledFacility } from '../match/compile';
import type { Grant } from '../profile/types';
import type { Verdict } from './types';

const NEEDS_STATEMENT = new Set([
  'NOT_MENTIONED',
  'GENERIC_ONLY',
  'AFFILIATION_ONLY',
  'METHODS_ONLY',
  'MISSING_RRID',
  'WRONG_RRID',
  'MISSING_GRANT',
]);

// The statement depends only on the facility and the grants still owed: built once per pair, so a
// 100-facility profile does not rebuild 100 strings for every article.
const cache = new WeakMap<CompiledFacility, Map<string, string>>();

export function suggestStatement(cf: CompiledFacility, verdict: Verdict, owedGrants: Grant[]): string | null {
  if (!verdict.flags.some((f) => NEEDS_STATEMENT.has(f))) return null;
  let byGrants = cache.get(cf);
  if (!byGrants) {
    byGrants = new Map();
    cache.set(cf, byGrants);
  }
  const key = owedGrants.map((g) => g.number).join('\u0000');
  let text = byGrants.get(key);
  if (text === undefined) {
    text = buildStatement(cf, owedGrants);
    byGrants.set(key, text);
  }
  return text;
}

function buildStatement(cf: CompiledFacility, owedGrants: Grant[]): string {
  const f = cf.facility;
  const rrid = [...cf.rrids][0] ?? null;
  const grants = (owedGrants.length > 0 ? owedGrants : f.grants.filter((g) => g.required))
    .map((g) => (g.funder ? `${g.funder} ${g.number}` : g.number))
    .join(', ');
  const template = f.statements.find((s) => s.lang.startsWith('en'))?.text ?? f.statements[0]?.text;
  if (template) {
    return template
      .replaceAll('{facility}', f.name)
      .replaceAll('{institution}', f.institution ?? '')
      .replaceAll('{rrid}', rrid ? `RRID:${rrid}` : '')
      .replaceAll('{grants}', grants)
      .replaceAll('{staff}', f.staff.map((s) => s.name).join(', '))
      .replace(/\s+([,.;)])/g, '$1')
      .replace(/\(\s*[,;]?\s*\)/g, '')
      .replace(/\s{2,}/g, ' ')
      .trim();
  }
  const parts = [cf.acronyms[0], f.institution].filter((p): p is string => !!p).join(', ');
  const ids = [parts, rrid ? `RRID:${rrid}` : ''].filter(Boolean).join('; ');
  let text = `We thank the ${f.name}${ids ? ` (${ids})` : ''} for its support and assistance in this work.`;
  if (grants) text += ` The ${cf.acronyms[0] ?? f.name} is supported by ${grants}.`;
  return text;
}
