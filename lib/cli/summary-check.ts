/**
 * `corecredit check` for a person at a terminal: per file its title and DOI, per facility the credit
 * level in words (and colour), where it was found, what is missing, what to check, and the statement
 * that would complete the credit. Text in, text out; the words come from lib/verdict/explain.ts (the
 * popup's) and ./messages.ts.
 */
import { FLAG_TEXT, LEVEL_TEXT, STAFF_STATUS_TEXT, whereText } from '../verdict/explain';
import type { CreditLevel, Flag, Verdict } from '../verdict/types';
import { CREDIT_LEVELS } from '../verdict/types';
import type { LoadedArticle } from './load-article';
import { msg } from './messages';
import { paint, type Style } from './paint';
import { bulleted, fileHeading, labelled, type SummaryOptions } from './summary-parts';
import { wrapText } from './wrap';

export interface CheckResult {
  article: LoadedArticle;
  facilities: Verdict[];
}

const LEVEL_STYLE: Record<CreditLevel, Style> = {
  missing: 'red',
  generic: 'yellow',
  named: 'cyan',
  'named-with-pid': 'green',
};

/** Flags that ask a person to look rather than say credit is missing. */
const TO_CHECK: ReadonlySet<Flag> = new Set(['AUTHORSHIP_CANDIDATE', 'NAME_VARIANT', 'MENTIONED_ELSEWHERE']);

/** A flag in words, with the grants it is about. */
function flagText(flag: Flag, v: Verdict): string[] {
  if (flag === 'MISSING_GRANT') {
    const missing = v.grants.filter((g) => g.status === 'missing').map((g) => g.number);
    return [msg('grantsMissing', { text: FLAG_TEXT[flag].replace(/\.$/, ''), grants: missing.join(', ') })];
  }
  if (flag === 'MISSING_INSTRUMENT_GRANT') {
    return v.instruments
      .filter((i) => i.used && i.grants.some((g) => g.status === 'missing'))
      .map((i) =>
        msg('instrumentGrantsMissing', {
          instrument: i.name,
          grants: i.grants
            .filter((g) => g.status === 'missing')
            .map((g) => g.number)
            .join(', '),
        }),
      );
  }
  return [FLAG_TEXT[flag]];
}

export function verdictLines(v: Verdict, o: SummaryOptions): string[] {
  const label = LEVEL_TEXT[v.credit].label;
  const lines = wrapText(`${v.name} (${v.id}): ${label}`, o.width, '    ', '  ');
  // The level ends the (last) heading line; it alone is coloured, so the wrapping is counted uncoloured.
  const last = lines.length - 1;
  lines[last] =
    `${lines[last]?.slice(0, -label.length)}${paint(LEVEL_STYLE[v.credit], paint('bold', label, o.colour), o.colour)}`;
  lines.push(...labelled('foundIn', whereText(v.where), o, '    '));
  if (v.staff.length > 0) {
    const staff = v.staff.map((s) => `${s.name} (${STAFF_STATUS_TEXT[s.status]})`).join(', ');
    lines.push(...labelled('staff', staff, o, '    '));
  }
  lines.push(
    ...bulleted(
      msg('missing'),
      v.flags.filter((f) => !TO_CHECK.has(f)).flatMap((f) => flagText(f, v)),
      o,
    ),
    ...bulleted(
      msg('toCheck'),
      v.flags.filter((f) => TO_CHECK.has(f)).flatMap((f) => flagText(f, v)),
      o,
    ),
  );
  if (v.suggestion) lines.push(`    ${msg('suggestion')}:`, ...wrapText(v.suggestion, o.width, '      '));
  return lines;
}

/** "3 files, 6 verdicts: 2 Not credited, 1 Named, 3 Fully credited" (several files only). */
function tally(results: CheckResult[]): string {
  const all = results.flatMap((r) => r.facilities);
  const levels = CREDIT_LEVELS.map((l) => ({ l, n: all.filter((v) => v.credit === l).length }))
    .filter(({ n }) => n > 0)
    .map(({ l, n }) => msg('levelCount', { n, label: LEVEL_TEXT[l].label }))
    .join(', ');
  return msg('filesSummary', { files: results.length, verdicts: all.length, levels: levels || msg('none') });
}

export function checkSummary(results: CheckResult[], o: SummaryOptions): string {
  const blocks = results.map((r) => {
    const verdicts = r.facilities.length
      ? r.facilities.flatMap((v) => ['', ...verdictLines(v, o)])
      : ['', `  ${msg('noFacilities')}`];
    return [...fileHeading(r.article, o), ...verdicts].join('\n');
  });
  if (results.length > 1) blocks.push(tally(results));
  return blocks.length ? `${blocks.join('\n\n')}\n` : '';
}
