/**
 * A facility's profile published on its website (the JSON file the options page exports), fetched when an
 * author asks for it on the manuscript page. One GET with a timeout; the caller asks for the host
 * permission first and shows a preview before anything is kept.
 */
import { type FetchLike, LookupError, lookupJson } from './lookup-json';

/** The address as the user typed it, checked: an https (or local http) URL of a JSON file. */
export function profileUrl(input: string): URL {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw new LookupError(
      'unexpected',
      `“${input.trim()}” is not a web address: paste the link the facility published.`,
      { lookupProblem: { code: 'NOT_A_WEB_ADDRESS', values: { value: input.trim() } } },
    );
  }
  const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
  if (url.protocol !== 'https:' && !(local && url.protocol === 'http:'))
    throw new LookupError(
      'unexpected',
      'Only https:// links are fetched (a profile is read over a secure connection).',
      { lookupProblem: { code: 'NOT_HTTPS' } },
    );
  return url;
}

/** The origin pattern to ask the browser for ("https://core.example.org/*"). */
export function originPattern(url: URL): string {
  return `${url.protocol}//${url.hostname}/*`;
}

export function fetchProfileFile(
  url: URL,
  options: { fetch: FetchLike; signal?: AbortSignal },
): Promise<unknown> {
  return lookupJson(
    url.href,
    `the facility's website (${url.hostname})`,
    'this profile (the link may be out of date)',
    options,
    { code: 'PROFILE_NOT_FOUND' },
  );
}
