import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findGrantNumbers, grantsMatch } from '../../../lib/profile/grant-number';
import { findRrids } from '../../../lib/profile/rrid';

const corpus = resolve(process.cwd(), '../shared/corpus');

function goldFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return goldFiles(p);
    return name.endsWith('.gold.json') ? [p] : [];
  });
}

/** Crude visible text: enough for identifiers, which never span markup in these documents. */
function visibleText(markup: string): string {
  return markup
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;|&#160;|&#xa0;/gi, '\u00a0')
    .replace(/&#x2013;|&ndash;/gi, '–')
    .replace(/&amp;/g, '&');
}

interface GoldFacility {
  rrid: string | null;
  grants?: string[];
}

describe.skipIf(!existsSync(corpus))(
  'identifiers in the gold corpus (skipped: ../shared/corpus absent)',
  () => {
    const docs = existsSync(corpus)
      ? goldFiles(corpus).flatMap((g) => {
          const doc = g.replace(/\.gold\.json$/, '');
          if (!existsSync(doc)) return [];
          const gold = JSON.parse(readFileSync(g, 'utf8')) as { facilities?: GoldFacility[] };
          return [{ doc, text: visibleText(readFileSync(doc, 'utf8')), facilities: gold.facilities ?? [] }];
        })
      : [];

    it('finds every RRID the labellers recorded for a facility', () => {
      const missed = docs.flatMap(({ doc, text, facilities }) => {
        const found = new Set(findRrids(text).map((r) => r.id));
        return facilities.flatMap((f) => (f.rrid && !found.has(f.rrid) ? [`${f.rrid} in ${doc}`] : []));
      });
      expect(docs.length).toBeGreaterThan(0);
      expect(missed).toEqual([]);
    });

    it('finds every grant number the labellers tied to a facility', () => {
      let total = 0;
      const missed = docs.flatMap(({ doc, text, facilities }) => {
        const found = findGrantNumbers(text);
        return facilities.flatMap((f) =>
          (f.grants ?? []).flatMap((n) => {
            total++;
            return found.some((g) => grantsMatch(g.raw, n)) ? [] : [`${n} in ${doc}`];
          }),
        );
      });
      expect(total).toBeGreaterThan(20);
      expect(missed).toEqual([]);
    });
  },
);
