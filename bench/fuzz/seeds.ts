/**
 * The documents the fuzzer mutates: every HTML page and JATS article of the corpus (../shared/corpus, read
 * in place, never copied), when it is there, and every file of the repository's fixtures (tests/fixtures:
 * pages, JATS, LaTeX, the PDF, the JSON records), plus two manuscripts made here from fixtures — a Word
 * file (the `docx` package) from a fixture page's headings and paragraphs, and a zipped LaTeX project.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HeadingLevel, Packer, Paragraph, Document as WordDocument } from 'docx';
import { zipSync } from 'fflate';
import { DOMParser } from 'linkedom';

export type SeedKind = 'html' | 'jats' | 'latex' | 'text' | 'pdf' | 'docx' | 'zip';

export interface SeedDoc {
  /** Where it came from ("corpus/html/…", "fixtures/…", "made/…"): printed with failures. */
  label: string;
  /** The file name given to the reader (its extension only breaks ties the content leaves open). */
  name: string;
  kind: SeedKind;
  bytes: Uint8Array;
}

export interface Seeds {
  docs: SeedDoc[];
  /** One line saying what was read, for the bench's header and the unit test's name. */
  source: string;
  fromCorpus: boolean;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((n) => {
      const p = join(dir, n);
      return statSync(p).isDirectory() ? filesUnder(p) : [p];
    });
}

function kindOf(path: string, bytes: Uint8Array): SeedKind {
  if (/\.pdf$/i.test(path)) return 'pdf';
  if (/\.tex$/i.test(path)) return 'latex';
  if (/\.html?$/i.test(path)) return 'html';
  if (/\.xml$/i.test(path)) {
    const head = new TextDecoder().decode(bytes.subarray(0, 2000));
    return /<article\b/.test(head) ? 'jats' : 'text';
  }
  return 'text';
}

/** A Word file with the headings and paragraphs of an HTML page, in order. */
async function docxFromPage(html: string): Promise<Uint8Array> {
  const doc = new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  const levels: Record<string, (typeof HeadingLevel)[keyof typeof HeadingLevel]> = {
    H1: HeadingLevel.TITLE,
    H2: HeadingLevel.HEADING_1,
    H3: HeadingLevel.HEADING_2,
    H4: HeadingLevel.HEADING_3,
  };
  const children = [...doc.querySelectorAll('h1, h2, h3, h4, p, li')].map((el) => {
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    const heading = levels[el.tagName];
    return heading ? new Paragraph({ text, heading }) : new Paragraph({ text });
  });
  const word = new WordDocument({ sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(word));
}

/** The LaTeX project fixture as the .zip an author would upload. */
function zipProject(dir: string): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const f of filesUnder(dir)) entries[relative(dir, f)] = readFileSync(f);
  return zipSync(entries);
}

export async function loadSeeds(repo: string, corpusDir: string | null): Promise<Seeds> {
  const docs: SeedDoc[] = [];
  let fromCorpus = false;
  let corpusNote: string;
  if (corpusDir && existsSync(join(corpusDir, 'html')) && existsSync(join(corpusDir, 'jats'))) {
    for (const [sub, kind, ext] of [
      ['html', 'html', /\.html?$/i],
      ['jats', 'jats', /\.xml$/i],
    ] as const) {
      for (const f of filesUnder(join(corpusDir, sub)).filter((p) => ext.test(p))) {
        docs.push({
          label: `corpus/${relative(corpusDir, f)}`,
          name: f.split('/').pop() as string,
          kind,
          bytes: readFileSync(f),
        });
      }
    }
    fromCorpus = true;
    corpusNote = `${docs.length} corpus documents from ${corpusDir}`;
  } else {
    corpusNote = `no corpus at ${corpusDir ?? '(none given)'}: repository fixtures only`;
  }
  const fixtures = join(repo, 'tests/fixtures');
  const project = join(fixtures, 'manuscripts/project');
  let fixtureCount = 0;
  for (const f of filesUnder(fixtures)) {
    if (f.startsWith(`${project}/`)) continue;
    const bytes = readFileSync(f);
    docs.push({
      label: `fixtures/${relative(fixtures, f)}`,
      name: f.split('/').pop() as string,
      kind: kindOf(f, bytes),
      bytes,
    });
    fixtureCount++;
  }
  docs.push({ label: 'made/project.zip', name: 'project.zip', kind: 'zip', bytes: zipProject(project) });
  const page = readFileSync(join(fixtures, 'e2e/plos-article.html'), 'utf8');
  docs.push({
    label: 'made/plos-article.docx',
    name: 'draft.docx',
    kind: 'docx',
    bytes: await docxFromPage(page),
  });
  return {
    docs,
    fromCorpus,
    source: `${corpusNote}; ${fixtureCount} fixture files and 2 manuscripts made from fixtures (.docx, LaTeX .zip)`,
  };
}
