/** Test helper: parses a fixture the way the CLI does (linkedom, text/xml). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from 'linkedom';

export function parseXmlFile(path: string): Document {
  return new DOMParser().parseFromString(readFileSync(path, 'utf8'), 'text/xml') as unknown as Document;
}

export function fixture(name: string): Document {
  return parseXmlFile(join(__dirname, 'fixtures', name));
}
