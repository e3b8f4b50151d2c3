/**
 * The submission systems the assistant knows, and the user's choice of where it runs. It runs only where
 * the user switched it on and granted the site: Editorial Manager and ScholarOne are hosted at one
 * domain each; Open Journal Systems is installed by each journal, so the user gives the journal's address.
 */
import * as z from 'zod/mini';
import { defineStored, readStored } from '../storage-item';
import type { KeyValueStore } from '../storage-keys';
import { STORAGE_KEYS } from '../storage-keys';

export type SystemId = 'ojs' | 'editorial-manager' | 'scholarone';

export interface SubmissionSystem {
  id: SystemId;
  name: string;
  /** Versions whose forms the fixtures reproduce. */
  versions: string;
  /** Whether the assistant inserts text into this system's fields (otherwise it offers copy buttons only). */
  writes: boolean;
  /** The sites it runs on; null when the user gives the site (OJS). */
  origins: string[] | null;
}

export const SYSTEMS: readonly SubmissionSystem[] = [
  { id: 'ojs', name: 'Open Journal Systems', versions: '3.4–3.6', writes: true, origins: null },
  {
    id: 'editorial-manager',
    name: 'Editorial Manager',
    versions: 'the current submission wizard',
    writes: true,
    origins: ['https://*.editorialmanager.com/*'],
  },
  {
    id: 'scholarone',
    name: 'ScholarOne Manuscripts',
    versions: 'any (read only)',
    writes: false,
    origins: ['https://*.manuscriptcentral.com/*'],
  },
];

const SUBMISSION_VERSION = 1;

export interface SubmissionSettings {
  version: typeof SUBMISSION_VERSION;
  /** Editorial Manager and ScholarOne: on or off. */
  on: SystemId[];
  /** OJS journals the user switched the assistant on for, as match patterns ("https://host/*"). */
  ojsSites: string[];
}

const DEFAULT_SUBMISSION: SubmissionSettings = { version: SUBMISSION_VERSION, on: [], ojsSites: [] };

const schema = z.object({
  version: z.literal(SUBMISSION_VERSION),
  on: z.array(z.enum(['ojs', 'editorial-manager', 'scholarone'])),
  ojsSites: z.array(z.string()),
});

/** Where the assistant runs; anything unreadable is read as "off everywhere" (nothing runs by accident). */
export const STORED_SUBMISSION = defineStored<SubmissionSettings>({
  key: STORAGE_KEYS.submission,
  what: 'submission',
  version: SUBMISSION_VERSION,
  fallback: () => ({ ...DEFAULT_SUBMISSION }),
  migrations: {},
  parse: (raw) => {
    const parsed = schema.safeParse(raw);
    return parsed.success
      ? { value: parsed.data as SubmissionSettings, notes: [] }
      : { value: { ...DEFAULT_SUBMISSION }, notes: [{ code: 'SUBMISSION_OFF' }] };
  },
});

/** The facilities the author ticked, per manuscript title (session storage, no version of its own). */
export const STORED_CHOSEN = defineStored<Record<string, string[]>>({
  key: STORAGE_KEYS.submissionChosen,
  what: 'chosen',
  version: 0,
  fallback: () => ({}),
  migrations: {},
  parse: (raw) => {
    const parsed = z.record(z.string(), z.array(z.string())).safeParse(raw);
    return { value: parsed.success ? parsed.data : {}, notes: [] };
  },
});

export async function loadSubmissionSettings(store: KeyValueStore): Promise<SubmissionSettings> {
  return readStored(STORED_SUBMISSION, await store.get(STORED_SUBMISSION.key)).value;
}

export function saveSubmissionSettings(store: KeyValueStore, settings: SubmissionSettings): Promise<void> {
  return store.set(STORED_SUBMISSION.key, settings);
}

/**
 * The match pattern for a journal's address as the user typed it ("journals.example.org/index.php/bio",
 * with or without https://). Throws with a message for the user when it is not a web address.
 */
/** Why an address was refused, for the UI's own words (the message is the CLI's and the tests' English). */
export class SiteAddressError extends Error {
  constructor(
    message: string,
    readonly reason: 'not-address' | 'not-http',
  ) {
    super(message);
  }
}

export function siteOrigin(address: string): string {
  const trimmed = address.trim();
  let url: URL;
  try {
    url = new URL(/^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    throw new SiteAddressError(
      `“${trimmed}” is not a web address: type the journal’s address, e.g. https://journals.example.org/`,
      'not-address',
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new SiteAddressError('Only http and https sites can be used.', 'not-http');
  if (
    !url.hostname.includes('.') &&
    url.hostname !== 'localhost' &&
    !/^\d+\.\d+\.\d+\.\d+$/.test(url.hostname)
  )
    throw new SiteAddressError(
      `“${trimmed}” is not a web address: type the journal’s address, e.g. https://journals.example.org/`,
      'not-address',
    );
  return `${url.protocol}//${url.hostname}/*`;
}

/** Every site the assistant should run on, from the settings. */
export function assistantOrigins(settings: SubmissionSettings, extra: readonly string[] = []): string[] {
  const hosted = SYSTEMS.filter((s) => s.origins && settings.on.includes(s.id)).flatMap(
    (s) => s.origins ?? [],
  );
  const all = [...hosted, ...settings.ojsSites];
  // E2E builds run the hosted systems' forms from the local test server (see wxt.config.ts).
  if (hosted.length > 0) all.push(...extra);
  return [...new Set(all)];
}
