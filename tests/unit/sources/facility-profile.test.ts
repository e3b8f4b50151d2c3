// A facility profile fetched from the link a facility publishes: only secure links, the host asked for
// alone, and the same readable errors as the other look-ups (recorded responses, no network).
import { describe, expect, it } from 'vitest';
import { fetchProfileFile, originPattern, profileUrl } from '../../../lib/sources/facility-profile';

const json = (body: unknown, status = 200) =>
  Promise.resolve(
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
  );

describe('profile links', () => {
  it.each([
    ['https://core.example.org/corecredit-profile.json', 'https://core.example.org/*'],
    ['  https://core.example.org/a/b.json?x=1 ', 'https://core.example.org/*'],
    ['http://127.0.0.1:8080/profile.json', 'http://127.0.0.1/*'],
  ])('%s → asks for %s', (input, origin) => {
    expect(originPattern(profileUrl(input))).toBe(origin);
  });

  it.each([
    ['core.example.org/profile.json', /not a web address/],
    ['http://core.example.org/profile.json', /Only https/],
    ['ftp://core.example.org/profile.json', /Only https/],
  ])('refuses %s', (input, message) => {
    expect(() => profileUrl(input)).toThrow(message);
  });

  it('returns the JSON a facility publishes', async () => {
    const url = profileUrl('https://core.example.org/p.json');
    const body = { version: 1, facilities: [{ id: 'abif', name: 'Advanced BioImaging Facility' }] };
    await expect(fetchProfileFile(url, { fetch: () => json(body) })).resolves.toEqual(body);
  });

  it('says when the link is out of date', async () => {
    const url = profileUrl('https://core.example.org/old.json');
    await expect(fetchProfileFile(url, { fetch: () => json({}, 404) })).rejects.toThrow(
      /core\.example\.org.*no record for this profile/,
    );
  });
});
