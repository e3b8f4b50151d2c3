/**
 * `corecredit statement --profile PROFILE.json --facility ID [--lang xx] [--grants all|required] [--json]`:
 * what a paper that used the facility should say: its acknowledgement (its own template in the language
 * asked for, naming the staff in post today) and each grant in its funder's required wording. Plain
 * text to paste by default; `--json` for scripts and facility web pages.
 */
import type { Facility, Profile } from '../profile/types';
import { acknowledgement } from '../statement/acknowledgement';
import { type GrantWording, grantWording } from '../statement/grant-wording';
import { readProfile } from './check';
import { type Command, EXIT_INPUT, EXIT_OK, InputError, UsageError } from './io';

export const STATEMENT_HELP = `usage: corecredit statement --profile PROFILE.json --facility ID [options]

Prints what a paper that used the facility should say: the facility's acknowledgement (its own
statement in the language asked for, else English; with its RRID and the staff in post) and each
grant papers must cite, in its funder's required wording (NIH, NSF, Wellcome, ERC/EU; a neutral
sentence for other funders).

options:
  --facility ID            the facility's id in the profile
  --lang xx                the manuscript's language (en, es, fr, de, pt, it, ja, zh, pt-BR…)
  --grants required|all    the grants papers must cite (default), or all of the facility's
  --json                   {"facility", "lang", "acknowledgement", "grants": [{"number", "funder", "text"}]}

An unknown facility id is refused (exit 1) with the profile's ids.
Exit status: 0 success, 1 the profile unreadable or invalid, or no such facility, 2 bad usage.
`;

interface Args {
  profilePath: string;
  facility: string;
  lang: string | null;
  grants: 'required' | 'all';
  json: boolean;
}

const LANG_TAG = /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$/;

function parseArgs(args: string[]): Args {
  const values: Record<string, string | undefined> = {};
  let json = false;
  const names: Record<string, string> = { '-p': 'profile', '--profile': 'profile' };
  for (const o of ['facility', 'lang', 'grants']) names[`--${o}`] = o;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--json') {
      json = true;
      continue;
    }
    const eq = a.indexOf('=');
    const flag = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
    const name = names[flag];
    if (!name) {
      throw new UsageError(a.startsWith('-') ? `unknown option ${a}` : `unexpected argument "${a}"`);
    }
    const value = flag !== a ? a.slice(eq + 1) : args[++i];
    if (value === undefined || value === '') throw new UsageError(`${flag} needs a value`);
    values[name] = value;
  }
  if (!values.profile) throw new UsageError('--profile PROFILE.json is required');
  if (!values.facility) throw new UsageError('--facility ID is required');
  const lang = values.lang ?? null;
  if (lang !== null && !LANG_TAG.test(lang)) throw new UsageError(`--lang ${lang} is not a language tag`);
  const grants = values.grants ?? 'required';
  if (grants !== 'required' && grants !== 'all') throw new UsageError('--grants is required or all');
  return { profilePath: values.profile, facility: values.facility, lang, grants, json };
}

function findFacility(profile: Profile, id: string): Facility {
  const facility = profile.facilities.find((f) => f.id === id);
  if (facility) return facility;
  const ids = profile.facilities.map((f) => f.id).join(', ');
  throw new InputError(`no facility "${id}" in the profile (its facilities: ${ids || 'none'})`);
}

export const runStatement: Command = async (args, io) => {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(STATEMENT_HELP);
    return EXIT_OK;
  }
  const { profilePath, facility: id, lang, grants: which, json } = parseArgs(args);
  let profile: Profile;
  try {
    profile = await readProfile(profilePath);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    // Every field-level problem, not only the first line: the user needs all of them to fix the file.
    io.stderr(`corecredit statement: ${e.message}\n`);
    return EXIT_INPUT;
  }
  const facility = findFacility(profile, id);
  // A paper written now thanks the staff in post now.
  const ack = acknowledgement(facility, { lang, date: new Date().toISOString().slice(0, 10) });
  const grants = facility.grants.filter((g) => which === 'all' || g.required);
  const wordings = grants.map((g) => ({ grant: g, wording: grantWording(g) }));
  if (json) {
    const out = {
      facility: facility.id,
      lang: ack.lang,
      acknowledgement: ack.text,
      grants: wordings.map(({ grant, wording }) => grantJson(wording, grant.required)),
    };
    io.stdout(`${JSON.stringify(out, null, 2)}\n`);
    return EXIT_OK;
  }
  const blocks = [`Acknowledgement (${ack.lang}):\n${ack.text}`];
  for (const { grant, wording } of wordings) {
    const about = [grant.funder, which === 'all' ? (grant.required ? 'required' : 'optional') : null]
      .filter(Boolean)
      .join(', ');
    blocks.push(`Grant ${grant.number}${about ? ` (${about})` : ''}:\n${wording.text}`);
  }
  io.stdout(`${blocks.join('\n\n')}\n`);
  return EXIT_OK;
};

function grantJson(w: GrantWording, required: boolean) {
  return { number: w.number, funder: w.funder, text: w.text, required, source: w.source };
}
