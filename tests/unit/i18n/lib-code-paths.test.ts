// @vitest-environment happy-dom
/**
 * The roads by which a JATS full text's problem and a look-up's failure reach the user, taken end to end:
 * lib/ gives the code where it fails (the JATS reader, the dashboard's XML parser, the look-ups), and the
 * page shows it in the user's language, not lib's English (docs/I18N.md, "Codes from lib/"). happy-dom
 * gives the dashboard's parser the browser's DOMParser, <parsererror> and all.
 */
import { DOMParser as Linkedom } from 'linkedom';
import { afterEach, describe, expect, it } from 'vitest';
import { auditReasonText } from '../../../components/dashboard/audit-reason-text';
import { extractErrorText } from '../../../components/manuscript/file-problem-text';
import { profileLinkErrorText } from '../../../components/manuscript/profile-link-error-text';
import { lookupErrorText } from '../../../components/options/lookup-error-text';
import { parseXml as dashboardParseXml } from '../../../entrypoints/dashboard/parse-xml';
import { defaultEngine } from '../../../lib/audit/default-engine';
import { readJatsNow } from '../../../lib/audit/read-jats';
import type { AuditReason } from '../../../lib/audit/reasons';
import { ExtractError } from '../../../lib/extract/errors';
import { extractJats } from '../../../lib/extract/jats';
import { fetchProfileFile, profileUrl } from '../../../lib/sources/facility-profile';
import type { FetchLike } from '../../../lib/sources/lookup-json';
import { fetchRorOrganization } from '../../../lib/sources/ror';
import { fetchRridRecord } from '../../../lib/sources/rrid';
import { t } from '../../../platform/i18n';
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

const answer =
  (body: string, status = 200): FetchLike =>
  () =>
    Promise.resolve(new Response(body, { status }));

async function failure(lookup: Promise<unknown>): Promise<unknown> {
  return lookup.then(
    () => {
      throw new Error('the look-up succeeded');
    },
    (e: unknown) => e,
  );
}

describe('a ROR or RRID look-up that failed with an HTTP status or an unreadable answer', () => {
  it('an HTTP error from ROR is said in German, naming the registry as the options page does', async () => {
    const err = await failure(fetchRorOrganization('05d78xc36', { fetch: answer('oops', 500) }));
    await useLocale('de');
    expect(lookupErrorText(err, t('options.rorService'))).toBe(
      'CoreCredit hat die Research Organization Registry (api.ror.org) gefragt und einen HTTP-Fehler (500) erhalten: Versuchen Sie es später erneut.',
    );
  });

  it('an answer from ROR that is not JSON is said in Japanese', async () => {
    const err = await failure(
      fetchRorOrganization('05d78xc36', { fetch: answer('<html>maintenance</html>') }),
    );
    await useLocale('ja');
    expect(lookupErrorText(err, t('options.rorService'))).toBe(
      'Research Organization Registry（api.ror.org） からの応答を CoreCredit が読み取れませんでした。',
    );
  });

  it('a record the RRID resolver sent in a shape CoreCredit cannot read is said in Portuguese', async () => {
    const err = await failure(fetchRridRecord('SCR_017697', { fetch: answer('{"hits":{"hits":[{}]}}') }));
    await useLocale('pt_BR');
    expect(lookupErrorText(err, t('options.rridService'))).toBe(
      'O CoreCredit não conseguiu ler a resposta ao consultar o resolvedor de RRID (scicrunch.org).',
    );
  });
});

describe('a facility profile’s link on the manuscript page', () => {
  /** What the manuscript page shows for a link (App.tsx's fetchProfile, without the permission prompt). */
  async function shown(link: string, fetch: FetchLike): Promise<string> {
    try {
      await fetchProfileFile(profileUrl(link), { fetch });
    } catch (e) {
      return profileLinkErrorText(e, link);
    }
    throw new Error('the profile was fetched');
  }

  it('an address that is not a web address is said in Spanish', async () => {
    await useLocale('es');
    expect(await shown(' core.example.org/profile.json ', answer('{}'))).toBe(
      '«core.example.org/profile.json» no es una dirección web: pega el enlace que publicó el servicio.',
    );
  });

  it('a link that is not https is said in French', async () => {
    await useLocale('fr');
    expect(await shown('http://core.example.org/profile.json', answer('{}'))).toBe(
      'Seuls les liens https:// sont récupérés (un profil se lit par une connexion sécurisée).',
    );
  });

  it('a link out of date is said in Chinese', async () => {
    await useLocale('zh_CN');
    expect(await shown('https://core.example.org/old.json', answer('{}', 404))).toBe(
      '此链接下没有档案：链接可能已过期。',
    );
  });

  it('an HTTP error names the facility’s website in Portuguese', async () => {
    await useLocale('pt_BR');
    expect(await shown('https://core.example.org/p.json', answer('', 502))).toBe(
      'Erro HTTP 502 ao consultar o site do laboratório (core.example.org): tente de novo mais tarde.',
    );
  });

  it('a site that cannot be reached is named in French too (the look-up’s kind)', async () => {
    await useLocale('fr');
    const offline: FetchLike = () => Promise.reject(new TypeError('Failed to fetch'));
    expect(await shown('https://core.example.org/p.json', offline)).toBe(
      'Impossible de joindre le site web de la plateforme (core.example.org)\u00a0: vérifiez votre connexion à Internet, puis réessayez.',
    );
  });

  it('an error that is not a look-up’s (the permission refused) is shown as it is', () => {
    expect(profileLinkErrorText(new Error('Zugriff verweigert.'), 'https://core.example.org/p.json')).toBe(
      'Zugriff verweigert.',
    );
  });
});
