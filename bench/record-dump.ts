/**
 * Every record the readers give for the documents we have, one JSON line each, so that a change meant to
 * keep records as they are (a refactor, a speed-up) can be checked byte for byte against the build before:
 *
 *   node scripts/run-ts.mjs bench/record-dump.ts OUT.jsonl [CORPUS_DIR]
 *   (run once on the old code, once on the new, then `cmp old.jsonl new.jsonl`)
 *
 * Documents: the corpus's HTML pages and JATS files (skipped with a message when the corpus is absent),
 * the golden page fixtures, the e2e pages and the unheaded fixtures. HTML is read on linkedom (the CLI's
 * DOM) and on happy-dom (standing in for the browser's, where extract() takes its other attribute path),
 * each with no URL (a saved page) and with one (a page in a tab); JATS on linkedom, as the CLI reads it.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import { decodeText, parseDocument } from '../lib/cli/load-article';
import { extract } from '../lib/extract/index';
import { extractJats } from '../lib/extract/jats';

const [out, corpusArg] = process.argv.slice(2);
if (!out) {
  console.error('usage: node scripts/run-ts.mjs bench/record-dump.ts OUT.jsonl [CORPUS_DIR]');
  process.exit(2);
}
const corpus = resolve(corpusArg ?? '../shared/corpus');
const URL = 'https://example.org/article';

function files(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((d) =>
      d.isDirectory() ? files(join(dir, d.name), ext) : d.name.endsWith(ext) ? [join(dir, d.name)] : [],
    )
    .sort();
}

const html = [
  ...files(join(corpus, 'html'), '.html'),
  ...files('tests/fixtures/pages', '.html'),
  ...files('tests/fixtures/e2e/pages', '.html'),
  ...files('tests/fixtures/unheaded', '.html'),
];
const jats = files(join(corpus, 'jats'), '.xml');
if (!existsSync(corpus)) console.log(`No corpus at ${corpus}: fixtures only.`);

const lines: string[] = [];
const line = (name: string, how: string, record: unknown) =>
  lines.push(`${name} ${how} ${JSON.stringify(record)}`);

for (const path of html) {
  const name = relative('.', path);
  const text = decodeText(readFileSync(path));
  for (const url of [null, URL]) {
    line(name, `linkedom ${url}`, extract(parseHTML(text).document as unknown as Document, url));
    const window = new Window({
      url: url ?? 'about:blank',
      settings: {
        disableJavaScriptEvaluation: true,
        disableJavaScriptFileLoading: true,
        disableCSSFileLoading: true,
      },
    });
    const doc = new window.DOMParser().parseFromString(text, 'text/html') as unknown as Document;
    line(name, `happy-dom ${url}`, extract(doc, url));
    await window.happyDOM.close();
  }
}
for (const path of jats) {
  const doc = parseDocument(decodeText(readFileSync(path)), 'jats');
  line(relative('.', path), 'linkedom', extractJats(doc));
}
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`${lines.length} records (${html.length} HTML documents, ${jats.length} JATS) written to ${out}`);
