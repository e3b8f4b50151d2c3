import { describe, expect, it } from 'vitest';
import { evidenceQuotes } from '../../../lib/verdict/evidence-quotes';
import type { Evidence } from '../../../lib/verdict/types';

const ACK =
  'We thank Maria Garcia of the Advanced Light Microscopy Core (RRID:SCR_012345) for help with imaging. We also thank Rahul Mehta for discussions.';
const at = (text: string, section: Evidence['section'] = 'acknowledgements'): Evidence => {
  const start = ACK.indexOf(text);
  return { section, text, start, end: start + text.length };
};
const shown = (q: ReturnType<typeof evidenceQuotes>[number]) =>
  q.parts.map((p) => (p.match ? `[${p.text}]` : p.text)).join('');

describe('evidenceQuotes', () => {
  it('shows one sentence once, with every match in it highlighted', () => {
    const quotes = evidenceQuotes(
      [at('Maria Garcia'), at('Advanced Light Microscopy Core'), at('SCR_012345')],
      () => ACK,
    );
    expect(quotes).toHaveLength(1);
    expect(shown(quotes[0] as (typeof quotes)[number])).toBe(
      'We thank [Maria Garcia] of the [Advanced Light Microscopy Core] (RRID:[SCR_012345]) for help with imaging.',
    );
    expect(quotes[0]?.evidence).toHaveLength(3);
  });

  it('keeps matches in different sentences, or different sections, apart', () => {
    const quotes = evidenceQuotes(
      [at('Maria Garcia'), at('Rahul Mehta'), { ...at('Maria Garcia'), section: 'funding' }],
      () => ACK,
    );
    expect(quotes.map((q) => [q.section, shown(q)])).toEqual([
      [
        'acknowledgements',
        'We thank [Maria Garcia] of the Advanced Light Microscopy Core (RRID:SCR_012345) for help with imaging.',
      ],
      ['acknowledgements', 'We also thank [Rahul Mehta] for discussions.'],
      [
        'funding',
        'We thank [Maria Garcia] of the Advanced Light Microscopy Core (RRID:SCR_012345) for help with imaging.',
      ],
    ]);
  });

  it('cuts a long sentence around its matches, and says so', () => {
    const long = `${'word '.repeat(40)}the Imaging Core ${'more '.repeat(40)}end.`;
    const start = long.indexOf('Imaging Core');
    const [q] = evidenceQuotes(
      [{ section: 'methods', text: 'Imaging Core', start, end: start + 12, index: 0 }],
      () => long,
    );
    expect(q?.cutBefore).toBe(true);
    expect(q?.cutAfter).toBe(true);
    expect(q?.parts.find((p) => p.match)?.text).toBe('Imaging Core');
  });

  it('quotes the match alone when its source text is not found', () => {
    const [q] = evidenceQuotes([at('Maria Garcia')], () => null);
    expect(q?.parts).toEqual([{ text: 'Maria Garcia', match: true }]);
  });
});
