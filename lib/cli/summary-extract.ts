/**
 * `corecredit extract` for a person at a terminal: per file its title and DOI, what it was read as, the
 * authors, how each credit section begins (or that it was not found), and the warnings. Text in, text out.
 */
import type { SectionKey } from '../article';
import { WHERE_TEXT } from '../verdict/explain';
import type { LoadedArticle } from './load-article';
import { msg } from './messages';
import { paint } from './paint';
import { bulleted, fileHeading, labelled, type SummaryOptions } from './summary-parts';
import { wrapText } from './wrap';

const SECTIONS: SectionKey[] = ['acknowledgements', 'funding', 'contributions'];
/** Characters of a section shown: enough to recognise it. */
const START = 80;

function beginning(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= START ? t : `${t.slice(0, START).replace(/\s+\S*$/, '')} …`;
}

function sectionLine(a: LoadedArticle, key: SectionKey): string {
  const section = a.sections[key];
  const name = WHERE_TEXT[key];
  const label = name.charAt(0).toUpperCase() + name.slice(1);
  if (!section) return msg('sectionMissing', { section: label });
  const start = beginning(section.text);
  return section.heading === null
    ? msg('sectionUnheaded', { section: label, start })
    : msg('sectionFound', { section: label, start });
}

function articleLines(a: LoadedArticle, o: SummaryOptions): string[] {
  const about = [a.kind === a.site || a.site === 'generic' ? a.kind : `${a.kind} (${a.site})`];
  if (a.journal) about.push(a.journal);
  if (a.published) about.push(a.published);
  const lines = [...fileHeading(a, o), ...labelled('kind', about.join(' · '), o)];
  const names = a.authors.map((x) => x.name);
  lines.push(...labelled('authors', names.length ? names.join(', ') : msg('none'), o));
  lines.push(`  ${paint('bold', `${msg('sections')}:`, o.colour)}`);
  for (const key of SECTIONS) lines.push(...wrapText(sectionLine(a, key), o.width, '        ', '    '));
  if (a.credit.length > 0) lines.push(`    ${msg('credit', { n: a.credit.length })}`);
  if (a.methodsMentions.length > 0)
    lines.push(
      ...wrapText(msg('methodsMentions', { n: a.methodsMentions.length }), o.width, '      ', '    '),
    );
  lines.push(...bulleted(msg('warnings'), a.warnings, o, '  '));
  return lines;
}

export function extractSummary(records: LoadedArticle[], o: SummaryOptions): string {
  return records.length ? `${records.map((a) => articleLines(a, o).join('\n')).join('\n\n')}\n` : '';
}
