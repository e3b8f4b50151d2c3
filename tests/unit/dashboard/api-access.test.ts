import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { apiConfig } from '../../../entrypoints/dashboard/api-config';
import { hasHostAccess, requestHostAccess } from '../../../entrypoints/dashboard/host-access';

type Manifest = ReturnType<typeof fakeBrowser.runtime.getManifest>;
const manifest = (hostPermissions: string[]) => () =>
  ({
    manifest_version: 3,
    name: 'CoreCredit',
    version: '0.1.0',
    host_permissions: hostPermissions,
  }) as Manifest;

describe('apiConfig: the page URL can redirect requests only in an e2e build', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a store build ignores ?api= and asks for the two real services', () => {
    fakeBrowser.runtime.getManifest = manifest([]);
    expect(apiConfig('?api=http://127.0.0.1:8080')).toEqual({
      epmcBase: 'https://www.ebi.ac.uk/europepmc/webservices/rest',
      crossrefBase: 'https://api.crossref.org',
      origins: ['https://www.ebi.ac.uk/*', 'https://api.crossref.org/*'],
      ratePerSecond: 10,
    });
  });

  it('an e2e build points both clients at the fake server', () => {
    fakeBrowser.runtime.getManifest = manifest(['http://127.0.0.1/*']);
    expect(apiConfig('?api=http://127.0.0.1:8080&rate=200')).toEqual({
      epmcBase: 'http://127.0.0.1:8080/europepmc/webservices/rest',
      crossrefBase: 'http://127.0.0.1:8080/crossref',
      origins: ['http://127.0.0.1/*'],
      ratePerSecond: 200,
    });
  });

  it.each(['?api=https://evil.example', '?api=http://127.0.0.1.evil.example', '?api=', ''])(
    'even an e2e build refuses %j as a server',
    (search) => {
      fakeBrowser.runtime.getManifest = manifest(['http://127.0.0.1/*']);
      expect(apiConfig(search).epmcBase).toBe('https://www.ebi.ac.uk/europepmc/webservices/rest');
    },
  );
});

describe('host access', () => {
  beforeEach(() => fakeBrowser.reset());

  it.each([
    ['granted', async () => true, true],
    ['refused', async () => false, false],
    ['a failing prompt counts as refused', async () => Promise.reject(new Error('no user gesture')), false],
  ])('request: %s', async (_name, answer, expected) => {
    const request = vi.fn(answer);
    fakeBrowser.permissions.request = request;
    await expect(requestHostAccess(['https://www.ebi.ac.uk/*'])).resolves.toBe(expected);
    expect(request).toHaveBeenCalledWith({ origins: ['https://www.ebi.ac.uk/*'] });
  });

  it.each([
    [async () => true, true],
    [async () => Promise.reject(new Error('x')), false],
  ])('contains %#', async (answer, expected) => {
    fakeBrowser.permissions.contains = vi.fn(answer);
    await expect(hasHostAccess(['https://api.crossref.org/*'])).resolves.toBe(expected);
  });
});
