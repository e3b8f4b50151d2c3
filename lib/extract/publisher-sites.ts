/**
 * The publisher sites CoreCredit knows (one per site adapter): where the optional automatic check may
 * run, once the user has switched it on and granted those hosts. Sites are handled as browser match
 * patterns ("https://*.nature.com/*"), the form permission requests take.
 */
import { SITE_ADAPTERS } from './sites';

const ALL_HOSTS = [...new Set(SITE_ADAPTERS.flatMap((a) => a.hosts))];

/** Every adapter's hosts, sorted, once; a host already covered by its parent domain is left out. */
export const PUBLISHER_HOSTS: readonly string[] = ALL_HOSTS.filter(
  (h) => !ALL_HOSTS.some((parent) => h.endsWith(`.${parent}`)),
).sort();

/** Match patterns for hosts and their subdomains ("https://*.nature.com/*" covers nature.com too). */
export function publisherOrigins(hosts: readonly string[] = PUBLISHER_HOSTS): string[] {
  return hosts.map((h) => `https://*.${h}/*`);
}

const PATTERN = /^(https?|\*):\/\/(\*\.)?([^/*]+)\/\*$/;

/** The first pattern (of the simple "scheme://[*.]host/*" form) that covers `url`, or null. */
export function originCovering(url: string, patterns: readonly string[]): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  const scheme = u.protocol.slice(0, -1);
  const host = u.hostname.toLowerCase();
  for (const p of patterns) {
    const m = PATTERN.exec(p);
    if (!m) continue;
    const [, s, sub, h] = m as unknown as [string, string, string | undefined, string];
    if (s === '*' ? scheme !== 'http' && scheme !== 'https' : s !== scheme) continue;
    if (host === h || (sub && host.endsWith(`.${h}`))) return p;
  }
  return null;
}
