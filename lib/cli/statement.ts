/**
 * `corecredit statement --profile PROFILE.json --facility ID [--lang xx] [--grants all|required]
 * [--instrument ID…] [--json]`: what a paper that used the facility should say: its acknowledgement (its
 * own template in the language asked for, naming the staff in post today), each grant in its funder's
 * required wording, and for each instrument what a paper that used it must add (issue 16). Plain
 * text to paste by default; `--json` for scripts and facility web pages.
 */
import type { Facility, Grant, Instrument, Profile } from '../profile/types';
import { acknowledgement } from '../statement/acknowledgement';
import { type GrantWording, grantWording } from '../statement/grant-wording';
import { instrumentAcknowledgement } from '../statement/instrument';
import { parseCommandArgs, stringOption } from './args';
import { type Command, EXIT_INPUT, EXIT_OK, InputError, UsageError } from './io';
import { readProfile } from './read-profile';

export const STATEMENT_HELP = `usage: corecredit statement --profile PROFILE.json --facility ID [options]

Prints what a paper that used the facility should say: the facility's acknowledgement (its own
statement in the language asked for, else English; with its RRID and the staff in post) and each
grant papers must cite, in its funder's required wording (NIH, NSF, Wellcome, ERC/EU; a neutral
sentence for other funders).

The facility's instruments follow, each with what a paper that used it must add: the
instrument's own acknowledgement and its grants in the funder's wording.

options:
  --facility ID            the facility's id in the profile
  --lang xx                the manuscript's language (en, es, fr, de, pt, it, ja, zh, pt-BR…)
  --grants required|all    the grants papers must cite (default), or all of the facility's
  --instrument ID[,ID…]    only these instruments (those the paper used); repeatable
  --json                   {"facility", "lang", "acknowledgement", "grants": [{"number", "funder", "text"}],
                            "instruments": [{"id", "name", "acknowledgement", "grants": […]}]}

An unknown facility or instrument id is refused (exit 1) with the profile's ids.
Exit status: 0 success, 1 the profile unreadable or invalid, or no such facility, 2 bad usage.
`;

interface Args {
  profilePath: string;
  facility: string;
  lang: string | null;
  grants: 'required' | 'all';
  /** Instrument ids asked for; null: every instrument. */
  instruments: string[] | null;
  json: boolean;
}

const LANG_TAG = /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$/;

function parseArgs(args: string[]): Args {
  const parsed = parseCommandArgs(args, {
    profile: { type: 'string', short: 'p' },
    facility: { type: 'string' },
    lang: { type: 'string' },
    grants: { type: 'string' },
    instrument: { type: 'string' },
    json: { type: 'boolean' },
  });
  const [extra] = parsed.positionals;
  if (extra !== undefined) throw new UsageError(`unexpected argument "${extra}"`);
  const profilePath = stringOption(parsed, 'profile');
  const facility = stringOption(parsed, 'facility');
  if (!profilePath) throw new UsageError('--profile PROFILE.json is required');
  if (!facility) throw new UsageError('--facility ID is required');
  const lang = stringOption(parsed, 'lang');
  // Repeatable, and each value may list several ids: "--instrument a,b --instrument c".
  const given = parsed.all.instrument;
  let instruments: string[] | null = null;
  if (given) {
    instruments = given.flatMap((v) => v.split(',').map((id) => id.trim())).filter(Boolean);
    if (instruments.length === 0) throw new UsageError('--instrument needs a value');
  }
  if (lang !== null && !LANG_TAG.test(lang)) throw new UsageError(`--lang ${lang} is not a language tag`);
  const grants = stringOption(parsed, 'grants') ?? 'required';
  if (grants !== 'required' && grants !== 'all') throw new UsageError('--grants is required or all');
  return { profilePath, facility, lang, grants, instruments, json: parsed.values.json === true };
}

/** The instruments asked for, in profile order; an id the facility does not have is refused. */
function pickInstruments(facility: Facility, ids: string[] | null): Instrument[] {
  if (ids === null) return facility.instruments;
  const unknown = ids.filter((id) => !facility.instruments.some((i) => i.id === id));
  if (unknown.length > 0) {
    const have = facility.instruments.map((i) => i.id).join(', ');
    throw new InputError(
      `no instrument "${unknown[0]}" in facility "${facility.id}" (its instruments: ${have || 'none'})`,
    );
  }
  return facility.instruments.filter((i) => ids.includes(i.id));
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
  const {
    profilePath,
    facility: id,
    lang,
    grants: which,
    instruments: instrumentIds,
    json,
  } = parseArgs(args);
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
  const picked = pickInstruments(facility, instrumentIds);
  // A paper written now thanks the staff in post now.
  const ack = acknowledgement(facility, { lang, date: new Date().toISOString().slice(0, 10) });
  const wordingsOf = (grants: Grant[]) =>
    grants.filter((g) => which === 'all' || g.required).map((g) => ({ grant: g, wording: grantWording(g) }));
  const wordings = wordingsOf(facility.grants);
  const instruments = picked.map((inst) => {
    const grants = wordingsOf(inst.grants);
    return {
      instrument: inst,
      acknowledgement: instrumentAcknowledgement(
        facility,
        inst,
        grants.map((g) => g.grant),
      ),
      grants,
    };
  });
  if (json) {
    const out = {
      facility: facility.id,
      lang: ack.lang,
      acknowledgement: ack.text,
      grants: wordings.map(({ grant, wording }) => grantJson(wording, grant.required)),
      instruments: instruments.map((i) => ({
        id: i.instrument.id,
        name: i.instrument.name,
        acknowledgement: i.acknowledgement,
        grants: i.grants.map(({ grant, wording }) => grantJson(wording, grant.required)),
      })),
    };
    io.stdout(`${JSON.stringify(out, null, 2)}\n`);
    return EXIT_OK;
  }
  const grantBlock = ({ grant, wording }: { grant: Grant; wording: GrantWording }) => {
    const about = [grant.funder, which === 'all' ? (grant.required ? 'required' : 'optional') : null]
      .filter(Boolean)
      .join(', ');
    return `Grant ${grant.number}${about ? ` (${about})` : ''}:\n${wording.text}`;
  };
  const blocks = [`Acknowledgement (${ack.lang}):\n${ack.text}`, ...wordings.map(grantBlock)];
  for (const i of instruments) {
    // An instrument with nothing to cite has nothing to add to a paper.
    if (!i.acknowledgement && i.grants.length === 0) continue;
    const head = `Instrument ${i.instrument.name} (${i.instrument.id}), in papers that used it:`;
    blocks.push(i.acknowledgement ? `${head}\n${i.acknowledgement}` : head, ...i.grants.map(grantBlock));
  }
  io.stdout(`${blocks.join('\n\n')}\n`);
  return EXIT_OK;
};

function grantJson(w: GrantWording, required: boolean) {
  return { number: w.number, funder: w.funder, text: w.text, required, source: w.source };
}
