import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../../lib/cli/io';
import { main } from '../../../lib/cli/main';
import './preload-commands';
import { VERSION } from '../../../lib/cli/version';

const FIX = join(__dirname, 'fixtures');
const JATS = join(__dirname, '../extract-jats/fixtures/plos-style.xml');
const HTML = join(FIX, 'article.html');

function fakeIo() {
  const out = { stdout: '', stderr: '' };
  const io: CliIo = {
    stdout: (t) => {
      out.stdout += t;
    },
    stderr: (t) => {
      out.stderr += t;
    },
    fetch: () => Promise.reject(new Error('no network in tests')),
  };
  return { io, out };
}

async function run(...argv: string[]) {
  const { io, out } = fakeIo();
  const code = await main(argv, io);
  return { code, ...out };
}

const tmp = mkdtempSync(join(tmpdir(), 'corecredit-cli-'));
const write = (name: string, data: string | Uint8Array) => {
  const p = join(tmp, name);
  writeFileSync(p, data);
  return p;
};
const EMPTY = write('empty.html', '');
const BINARY = write('image.html', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0]));
const TRUNCATED = write('cut.html', '<!DOCTYPE html><html><head><title>x</title></head><body><p>We thank');
const TRUNCATED_XML = write(
  'cut.xml',
  '<?xml version="1.0"?><article dtd-version="1.2"><front><article-meta>',
);
const BIG = join(tmp, 'big.html');
writeFileSync(BIG, '<html>');
truncateSync(BIG, 50 * 1024 * 1024);

describe('corecredit extract', () => {
  it('prints one JSON object for a JATS file, keys in contract order with "file" first', async () => {
    const r = await run('extract', JATS);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const obj = JSON.parse(r.stdout);
    expect(Object.keys(obj)).toEqual([
      'file',
      'kind',
      'site',
      'doi',
      'title',
      'journal',
      'published',
      'authors',
      'sections',
      'credit',
      'otherContributions',
      'methodsMentions',
      'warnings',
    ]);
    expect(obj).toMatchObject({
      file: JATS,
      kind: 'jats',
      site: 'plos',
      doi: '10.1371/journal.pone.0300001',
    });
    expect(Object.keys(obj.sections)).toEqual(['acknowledgements', 'funding', 'contributions']);
  });

  it('detects HTML from the content, whatever the extension', async () => {
    const renamed = write('page.xml', (await import('node:fs')).readFileSync(HTML, 'utf8'));
    const r = await run('extract', renamed);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ file: renamed, kind: 'html', doi: '10.1234/example.5678' });
  });

  it('prints a JSON array for several files', async () => {
    const r = await run('extract', JATS, HTML);
    expect(r.code).toBe(0);
    const arr = JSON.parse(r.stdout);
    expect(arr.map((a: { file: string; kind: string }) => [a.file, a.kind])).toEqual([
      [JATS, 'jats'],
      [HTML, 'html'],
    ]);
  });

  it.each([
    ['missing file', join(tmp, 'nope.html'), /no such file/],
    ['directory', tmp, /is a directory/],
    ['empty file', EMPTY, /empty file/],
    ['binary file', BINARY, /binary file/],
    ['truncated HTML', TRUNCATED, /truncated HTML/],
    ['truncated XML', TRUNCATED_XML, /truncated JATS XML/],
    ['XML that is not JATS', join(FIX, 'not-jats.xml'), /XML that is not JATS \(root element <rss>\)/],
    ['a 50 MB file', BIG, /too large \(50 MB/],
  ])('%s: exit 1, one line on stderr, nothing on stdout', async (_name, path, reason) => {
    const r = await run('extract', path);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(reason);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('prints the readable files of several and still exits 1 for the bad one', async () => {
    const r = await run('extract', JATS, EMPTY, HTML);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).map((a: { file: string }) => a.file)).toEqual([JATS, HTML]);
    expect(r.stderr).toMatch(/empty\.html: empty file/);
  });

  it.each([
    [['extract'], /no FILE given/],
    [['extract', '--bogus', JATS], /unknown option --bogus/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [[], /usage: corecredit/],
  ])('bad usage %j exits 2', async (argv, message) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('--help and --version', async () => {
    const help = await run('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/extract FILE/);
    expect((await run('extract', '--help')).stdout).toMatch(/exit status is 1/);
    const v = await run('--version');
    expect(v.stdout.trim()).toBe(VERSION);
  });

  it('VERSION matches package.json', async () => {
    const pkg = JSON.parse(
      (await import('node:fs')).readFileSync(join(process.cwd(), 'package.json'), 'utf8'),
    );
    expect(VERSION).toBe(pkg.version);
  });
});
