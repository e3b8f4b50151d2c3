/**
 * The statement that would complete a facility's credit: the facility's own template when it has one
 * ({facility}, {institution}, {rrid}, {grants}, {staff}), else a default in the form core facilities
 * recommend. Null when the credit is already complete.
 */
import type { CompiledFacility } from '../match/compile';
import type { Grant } from '../profile/types';
import { fillTemplate, grantList } from '../statement/acknowledgement';
import { instrumentStatement } from '../statement/instrument';
import { chooseStatement } from '../statement/language';
import { builtInStatement, templateLanguage } from '../statement/templates';
import type { OwedInstrumentGrants } from './instrument-verdict';
import type { Verdict } from './types';

const NEEDS_STATEMENT = new Set([
  'NOT_MENTIONED',
  'GENERIC_ONLY',
  'AFFILIATION_ONLY',
  'METHODS_ONLY',
  'MISSING_RRID',
  'WRONG_RRID',
  'MISSING_GRANT',
  'MISSING_INSTRUMENT_GRANT',
]);
/** Flags the facility's own acknowledgement answers (an instrument's missing grant alone does not need it). */
const NEEDS_ACKNOWLEDGEMENT = new Set([...NEEDS_STATEMENT].filter((f) => f !== 'MISSING_INSTRUMENT_GRANT'));

// The statement depends only on the facility and the grants still owed: built once per pair, so a
// 100-facility profile does not rebuild 100 strings for every article.
const cache = new WeakMap<CompiledFacility, Map<string, string>>();

export function suggestStatement(
  cf: CompiledFacility,
  verdict: Verdict,
  owedGrants: Grant[],
  owedInstruments: OwedInstrumentGrants[] = [],
  lang = 'en',
): string | null {
  if (!verdict.flags.some((f) => NEEDS_STATEMENT.has(f))) return null;
  const acknowledge = verdict.flags.some((f) => NEEDS_ACKNOWLEDGEMENT.has(f));
  let byGrants = cache.get(cf);
  if (!byGrants) {
    byGrants = new Map();
    cache.set(cf, byGrants);
  }
  const key = [
    lang,
    acknowledge ? 'ack' : '',
    ...owedGrants.map((g) => g.number),
    ...owedInstruments.map((o) => `${o.instrument.id}:${o.grants.map((g) => g.number).join(',')}`),
  ].join('\u0000');
  let text = byGrants.get(key);
  if (text === undefined) {
    text = [
      acknowledge ? buildStatement(cf, owedGrants, lang) : '',
      instrumentStatement(cf.facility, owedInstruments),
    ]
      .filter(Boolean)
      .join(' ');
    byGrants.set(key, text);
  }
  return text;
}

function buildStatement(cf: CompiledFacility, owedGrants: Grant[], lang: string): string {
  const f = cf.facility;
  const rrid = [...cf.rrids][0] ?? null;
  const grants = grantList(owedGrants.length > 0 ? owedGrants : f.grants.filter((g) => g.required));
  // The caller's language (check's statementLang): the facility's own statement in it, else English,
  // else its first; without any, the built-in one in that language (lib/statement/templates.ts).
  const template = chooseStatement(f.statements, lang)?.text;
  if (template) {
    return fillTemplate(template, {
      facility: f.name,
      institution: f.institution,
      rrid,
      grants,
      staff: f.staff.map((s) => s.name).join(', '),
    });
  }
  return builtInStatement(templateLanguage(lang), {
    facility: f.name,
    acronym: cf.acronyms[0] ?? null,
    institution: f.institution,
    rrid,
    grants,
    staff: [],
  });
}
