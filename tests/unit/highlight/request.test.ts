import { describe, expect, it } from 'vitest';
import { isHighlightRequest } from '../../../lib/highlight/request';

const target = { sectionText: 'We thank the ABIF.', start: 13, end: 17 };

describe('isHighlightRequest (the only check inside the page)', () => {
  it.each([
    [{ action: 'clear' }],
    [{ action: 'highlight', targets: [] }],
    [{ action: 'highlight', targets: [target, { ...target, start: 0, end: 2 }] }],
  ])('accepts %j', (value) => {
    expect(isHighlightRequest(value)).toBe(true);
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'clear'],
    ['an unknown action', { action: 'remove' }],
    ['targets not an array', { action: 'highlight', targets: target }],
    ['a negative start', { action: 'highlight', targets: [{ ...target, start: -1 }] }],
    ['end before start', { action: 'highlight', targets: [{ ...target, start: 5, end: 2 }] }],
    ['end past the text', { action: 'highlight', targets: [{ ...target, end: 99 }] }],
    ['offsets that are not integers', { action: 'highlight', targets: [{ ...target, start: 1.5 }] }],
    ['text that is not a string', { action: 'highlight', targets: [{ ...target, sectionText: ['x'] }] }],
    ['too many targets', { action: 'highlight', targets: Array.from({ length: 201 }, () => target) }],
  ])('refuses %s', (_label, value) => {
    expect(isHighlightRequest(value)).toBe(false);
  });
});
