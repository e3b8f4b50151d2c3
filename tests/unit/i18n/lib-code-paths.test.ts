// @vitest-environment happy-dom
/**
 * The roads by which a JATS full text's problem reaches the user, taken end to end: lib/ gives the
 * code where it fails (the JATS reader, the dashboard's XML parser), and the
 * page shows it in the user's language, not lib's English (docs/I18N.md, "Codes from lib/"). happy-dom
 * gives the dashboard's parser the browser's DOMParser, <parsererror> and all.
 */
import { DOMParser as Linkedom } from 'linkedom';
import { afterEach, describe, expect, it } from 'vitest';
import { auditReasonText } from '../../../components/dashboard/audit-reason-text';
import { extractErrorText } from '../../../components/manuscript/file-problem-text';
import { parseXml as dashboardParseXml } from '../../../entrypoints/dashboard/parse-xml';
import { defaultEngine } from '../../../lib/audit/default-engine';
import { readJatsNow } from '../../../lib/audit/read-jats';
import type { AuditReason } from '../../../lib/audit/reasons';
import { ExtractError } from '../../../lib/extract/errors';
import { extractJats } from '../../../lib/extract/jats';
import { useLocale } from '../../support/i18n';

afterEach(async () => {
  await useLocale('en');
});

const linkedom = (xml: string) => new Linkedom().parseFromString(xml, 'text/xml') as unknown as Document;

/** What extractJats throws for a document, as the extension would show it. */
function jatsRefusal(doc: Document): { code: string | undefined; text: string } {
  try {
    extractJats(doc);
  } catch (e) {
    if (!(e instanceof ExtractError)) throw e;
    return { code: e.problem?.code, text: extractErrorText(e) };
  }
  throw new Error('read as an article');
}

/** The reason of a full text that gave no article. */
function reasonOf(xml: string, parseXml: (xml: string) => Document): AuditReason {
  const reading = readJatsNow(xml, parseXml, defaultEngine);
  expect(reading.article).toBeNull();
  return reading.problem as AuditReason;
}

describe('why a JATS file is not an article', () => {
  it.each([
    [
      '<rss version="2.0"><channel/></rss>',
      'XML_NOT_JATS',
      'XML qui n’est pas du JATS (élément racine <rss>)',
    ],
    [
      '<article><body><p>No front</p></body></article>',
      'JATS_NO_FRONT',
      'un <article> JATS sans partie <front>',
    ],
  ])('%s is refused in French', async (xml, code, words) => {
    await useLocale('fr');
    expect(jatsRefusal(linkedom(xml))).toEqual({ code, text: words });
  });

  it('an empty XML document is refused in Japanese', async () => {
    await useLocale('ja');
    expect(jatsRefusal(linkedom('<?xml version="1.0"?>'))).toEqual({
      code: 'XML_EMPTY',
      text: '空の XML 文書です',
    });
  });

  it('the dashboard says in German that a full text nested too deeply could not be read', async () => {
    const deep = `${'<sec>'.repeat(10_000)}<p>x</p>${'</sec>'.repeat(10_000)}`;
    const xml = `<article><front><article-meta/></front><body>${deep}</body></article>`;
    const reason = reasonOf(xml, linkedom);
    expect(reason).toMatchObject({ code: 'FULL_TEXT_UNREADABLE', problem: { code: 'XML_TOO_DEEP' } });
    // The English the CLI and the CSV carry is unchanged.
    expect(reason).toMatchObject({ values: { error: 'the XML is nested too deeply to read' } });
    await useLocale('de');
    expect(auditReasonText(reason)).toBe(
      'Der Volltext ließ sich nicht lesen (das XML ist zu tief verschachtelt, um es zu lesen): nur anhand der Metadaten geprüft.',
    );
  });

  it('the dashboard says in Spanish that a truncated full text could not be parsed', async () => {
    const reason = reasonOf('<article><front><article-meta>', dashboardParseXml);
    expect(reason).toMatchObject({
      code: 'FULL_TEXT_UNPARSABLE',
      values: { error: 'malformed or truncated XML' },
      problem: { code: 'XML_MALFORMED' },
    });
    await useLocale('es');
    expect(auditReasonText(reason)).toBe(
      'No se pudo analizar el texto completo (XML mal formado o incompleto): revisado solo con sus metadatos.',
    );
  });
});
