// Bad input never throws or hangs: it gives an empty (or partial) record with a warning.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../lib/extract/index';

const doc = (html: string) => parseHTML(html).document as unknown as Document;

describe('bad input', () => {
  it.each([
    ['empty string', ''],
    ['no body', '<html><head><title>t</title></head></html>'],
    ['text only', 'just some text'],
    ['not an article', '<html><body><h1>Shop</h1><p>Buy things.</p></body></html>'],
  ])('%s → empty record with a warning', (_name, html) => {
    const r = extract(doc(html), 'not a url');
    expect(r.sections).toEqual({ acknowledgements: null, funding: null, contributions: null });
    expect(r.authors).toEqual([]);
    expect(r.warnings.length).toBeGreaterThan(0);
  });

  it('reads what is there in truncated HTML', () => {
    const r = extract(doc('<html><body><h2>Acknowledgements</h2><p>We thank the core for hel'), null);
    expect(r.sections.acknowledgements?.text).toBe('We thank the core for hel');
  });

  it('returns a record with a warning when the document itself misbehaves', () => {
    const broken = new Proxy(doc('<p>x</p>'), {
      get(target, prop) {
        if (prop === 'head' || prop === 'body') throw new Error('boom');
        return Reflect.get(target, prop);
      },
    });
    const r = extract(broken, null);
    expect(r.warnings.join(' ')).toMatch(/boom/);
  });

  it('caps the text read from a huge section and stays fast', () => {
    const para = `<p>${'We thank the imaging core. '.repeat(40)}</p>`;
    const html = `<html><body><h2>Acknowledgements</h2>${para.repeat(4000)}<h2>Methods</h2>${para.repeat(4000)}</body></html>`;
    const d = doc(html);
    const t = performance.now();
    const r = extract(d, null);
    expect(performance.now() - t).toBeLessThan(5000);
    expect(r.sections.acknowledgements?.text.length).toBeLessThanOrEqual(31_000);
    expect(r.sections.acknowledgements?.text.length).toBeGreaterThan(20_000);
    expect(r.warnings.join(' ')).toMatch(/acknowledgements section is very long/);
  });
});
