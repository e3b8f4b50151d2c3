/**
 * The extension runs extractJats on the browser's native DOMParser, the CLI on linkedom's. happy-dom
 * stands in for the browser here: both must give the same record for every fixture.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { extractJats } from '../../../lib/extract/jats';
import { fixture } from './parse';

const dir = join(__dirname, 'fixtures');
const files = readdirSync(dir).filter((f) => f.endsWith('.xml'));

describe('extractJats gives the same record on linkedom and a browser-like DOM', () => {
  it.each(files)('%s', (name) => {
    const window = new Window();
    const browserDoc = new window.DOMParser().parseFromString(
      readFileSync(join(dir, name), 'utf8'),
      'text/xml',
    ) as unknown as Document;
    const fromBrowser = extractJats(browserDoc);
    expect(fromBrowser.authors.length).toBeGreaterThan(0);
    expect(fromBrowser).toEqual(extractJats(fixture(name)));
  });
});
