/**
 * `corecredit statement --profile PROFILE.json --facility ID [--lang xx] [--grants all|required] [--json]`:
 * what a paper that used the facility should say: its acknowledgement (its own template in the language
 * asked for, naming the staff in post today) and each grant in its funder's required wording. Plain
 * text to paste by default; `--json` for scripts and facility web pages.
 */
import type { Facility, Profile } from '../profile/types';
import { acknowledgement } from '../statement/acknowledgement';
import { type GrantWording, grantWording } from '../statement/grant-wording';
import { parseCommandArgs, stringOption } from './args';
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
  const parsed = parseCommandArgs(args, {
    profile: { type: 'string', short: 'p' },
    facility: { type: 'string' },
    lang: { type: 'string' },
    grants: { type: 'string' },
    json: { type: 'boolean' },
  });
  const [extra] = parsed.positionals;
  if (extra !== undefined) throw new UsageError(`unexpected argument "${extra}"`);
  const profilePath = stringOption(parsed, 'profile');
  const facility = stringOption(parsed, 'facility');
  if (!profilePath) throw new UsageError('--profile PROFILE.json is required');
  if (!facility) throw new UsageError('--facility ID is required');
  const lang = stringOption(parsed, 'lang');
  if (lang !== null && !LANG_TAG.test(lang)) throw new UsageError(`--lang ${lang} is not a language tag`);
  const grants = stringOption(parsed, 'grants') ?? 'required';
  if (grants !== 'required' && grants !== 'all') throw new UsageError('--grants is required or all');
  return { profilePath, facility, lang, grants, json: parsed.values.json === true };
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
