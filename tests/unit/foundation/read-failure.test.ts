import { describe, expect, it } from 'vitest';
import { readFailure } from '../../../lib/read-failure';

describe('why the browser would not run the reader', () => {
  it.each([
    [
      'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
      'NO_PERMISSION',
    ],
    [
      'Cannot access contents of url "https://example.org/". Extension manifest must request permission to access this host.',
      'NO_PERMISSION',
    ],
    ['Missing host permission for the tab', 'NO_PERMISSION'],
    ['Frame with ID 0 is showing error page', 'ERROR_PAGE'],
    ['Cannot access a chrome:// URL', 'BROWSER_PAGE'],
    ['The extensions gallery cannot be scripted.', 'BROWSER_PAGE'],
    ['This page cannot be scripted due to an ExtensionsSettings policy.', 'POLICY'],
    ['No tab with id: 12.', 'TAB_GONE'],
    ['Something new went wrong.', 'OTHER'],
  ])('%s → %s', (message, failure) => {
    expect(readFailure(message)).toBe(failure);
  });
});
