import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { clearHighlights, HIGHLIGHT_CLASS, highlightEvidence } from '../../../lib/highlight/highlight';
import { locateEvidence, squeeze } from '../../../lib/highlight/locate';

const ACK = 'We thank Jo Brennan and the staff of the Advanced Imaging Core for training.';

function page(body: string) {
  return parseHTML(`<!doctype html><html><body>${body}</body></html>`).document;
}

function marked(doc: Document): string[] {
  return Array.from(doc.querySelectorAll(`mark.${HIGHLIGHT_CLASS}`)).map((m) => m.textContent ?? '');
}

describe('locateEvidence', () => {
  it.each([
    ['the same spacing', ACK],
    ['other line breaks and NBSPs', ACK.replace(/ /g, '\n  ').replace('Jo Brennan', 'Jo\u00a0Brennan')],
    ['the heading glued to the body', `Acknowledgments${ACK}`],
  ])('finds the evidence in a page with %s', (_label, pageText) => {
    const start = ACK.indexOf('Advanced Imaging Core');
    const range = locateEvidence(squeeze(pageText), ACK, start, start + 'Advanced Imaging Core'.length);
    expect(range && squeeze(pageText).slice(range.from, range.to)).toBe('AdvancedImagingCore');
  });

  it('returns null when the section is not on the page', () => {
    expect(locateEvidence(squeeze('Something else entirely'), ACK, 9, 19)).toBeNull();
  });

  it('uses the body copy when the section is rendered twice', () => {
    const text = `${ACK} References ... Side panel: ${ACK}`;
    const start = ACK.indexOf('Jo Brennan');
    expect(locateEvidence(squeeze(text), ACK, start, start + 10)?.from).toBe(
      squeeze(ACK.slice(0, start)).length,
    );
  });
});

describe('highlightEvidence', () => {
  it('wraps evidence split across inline markup without changing the text', () => {
    const doc = page(`<h2>Acknowledgments</h2><p>We thank <b>Jo Brennan</b> and the staff of the Advanced
      <i>Imaging</i> Core for training.</p>`);
    const before = doc.body.textContent;
    const start = ACK.indexOf('Jo Brennan');
    const end = ACK.indexOf(' for training');
    const marks = highlightEvidence(doc, [{ sectionText: ACK, start, end }]);
    expect(marks.length).toBeGreaterThan(1);
    // Marks cover the evidence's characters; spaces between two marked nodes stay outside the marks.
    expect(squeeze(marked(doc).join(''))).toBe(
      squeeze('Jo Brennan and the staff of the Advanced Imaging Core'),
    );
    expect(marked(doc)[0]).toBe('Jo Brennan');
    expect(doc.body.textContent).toBe(before);
  });

  it('highlights only a copy the user can see (not one in a hidden pop-up)', () => {
    const aff = 'MR Center, University Children’s Hospital, Zürich';
    const hiddenOnly = page(`<div style="display: none;"><span>${aff}</span></div>`);
    expect(highlightEvidence(hiddenOnly, [{ sectionText: aff, start: 0, end: 9 }])).toEqual([]);
    const both = page(`<div hidden><span>${aff}</span></div><p>Affiliations: <span>${aff}</span></p>`);
    const marks = highlightEvidence(both, [{ sectionText: aff, start: 0, end: 9 }]);
    expect(marks.map((m) => m.textContent)).toEqual(['MR Center']);
    expect(marks[0]?.closest('p')).not.toBeNull();
  });

  it('merges overlapping evidence and clears everything, restoring the original nodes', () => {
    const doc = page(`<p>${ACK}</p>`);
    const original = doc.body.innerHTML;
    const a = ACK.indexOf('staff');
    highlightEvidence(doc, [
      { sectionText: ACK, start: a, end: a + 20 },
      { sectionText: ACK, start: a + 5, end: a + 30 },
    ]);
    expect(marked(doc)).toEqual([ACK.slice(a, a + 30).trim()]);
    expect(clearHighlights(doc)).toBe(1);
    expect(doc.body.innerHTML).toBe(original);
  });

  it('replaces earlier highlights and skips what is not on the page', () => {
    const doc = page(`<p>${ACK}</p>`);
    highlightEvidence(doc, [{ sectionText: ACK, start: 0, end: 7 }]);
    const marks = highlightEvidence(doc, [
      { sectionText: 'Not on this page at all.', start: 0, end: 3 },
      { sectionText: ACK, start: 9, end: 19 },
    ]);
    expect(marks.map((m) => m.textContent)).toEqual(['Jo Brennan']);
    expect(marked(doc)).toEqual(['Jo Brennan']);
  });

  it('never highlights inside scripts or styles', () => {
    const doc = page(`<script>var s = "${ACK}";</script><p>${ACK}</p>`);
    const [mark] = highlightEvidence(doc, [{ sectionText: ACK, start: 9, end: 19 }]);
    expect(mark?.parentElement?.tagName).toBe('P');
  });
});
