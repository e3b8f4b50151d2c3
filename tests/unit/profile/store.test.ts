import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_PROFILE } from '../../../lib/profile/example-profile';
import { migrateV0toV1, type ProfileV0 } from '../../../lib/profile/migrations';
import {
  loadProfile,
  loadUndo,
  readQuarantine,
  STORED_PROFILE,
  saveProfile,
  undoLastSave,
} from '../../../lib/profile/store';
import { readStored } from '../../../lib/storage-item';
import { type KeyValueStore, STORAGE_KEYS } from '../../../lib/storage-keys';

function memoryStore(initial: Record<string, unknown> = {}): KeyValueStore & { data: Map<string, unknown> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    get: async (k) => structuredClone(data.get(k)),
    set: async (k, v) => {
      data.set(k, structuredClone(v));
    },
    remove: async (k) => {
      data.delete(k);
    },
  };
}

const V0 = JSON.parse(
  readFileSync(resolve(__dirname, '../../fixtures/profile/v0-profile.json'), 'utf8'),
) as ProfileV0;
const fixedNow = () => new Date('2026-11-25T12:00:00Z');

describe('migrations', () => {
  it('v0 → v1 gives IDs, moves the single RRID into rrids, keeps staff', () => {
    const v1 = migrateV0toV1(V0);
    expect(v1.version).toBe(1);
    expect(v1.facilities.map((f) => f.id)).toEqual([
      'advanced-bioimaging-facility',
      'flow-core',
      'flow-core-2',
      'electron-microscopie',
    ]);
    expect(v1.facilities[0]).toMatchObject({
      rrids: ['RRID: SCR_017697'],
      staff: ['Claire M. Brown', 'Joel Ryan'],
    });
    expect(v1.facilities[0]).not.toHaveProperty('rrid');
  });

  it.each([
    [{ version: 1, facilities: [] }, null],
    [{ facilities: [] }, null],
    [{ version: 7, facilities: [] }, 'A newer CoreCredit saved the stored profile (format version 7)'],
    [{ version: 'x' }, 'CoreCredit does not recognise the format of the stored profile.'],
    ['nonsense', 'CoreCredit does not recognise the format of the stored profile.'],
  ])('reading %j through the stored-profile definition', (raw, refusal) => {
    const r = readStored(STORED_PROFILE, raw);
    expect(r.setAside?.[0]?.reasons[0] ?? null).toSatisfy((reason: string | null) =>
      refusal === null ? reason === null : reason?.startsWith(refusal) === true,
    );
    if (refusal) expect(r.setAside?.[0]?.value).toEqual(raw);
  });
});

describe('loadProfile', () => {
  it('empty store → empty profile, no problems', async () => {
    expect(await loadProfile(memoryStore())).toEqual({
      profile: { version: 1, facilities: [] },
      notes: [],
      problems: [],
    });
  });

  it('a valid v1 profile loads as is', async () => {
    const store = memoryStore({ [STORAGE_KEYS.profile]: EXAMPLE_PROFILE });
    expect(await loadProfile(store)).toEqual({ profile: EXAMPLE_PROFILE, notes: [], problems: [] });
  });

  it('migrates the v0 fixture, drops only the invalid RRID and reports it', async () => {
    const store = memoryStore({ [STORAGE_KEYS.profile]: V0 });
    const { profile, problems } = await loadProfile(store, fixedNow);
    expect(profile.facilities.map((f) => [f.id, f.rrids])).toEqual([
      ['advanced-bioimaging-facility', ['SCR_017697']],
      ['flow-core', []],
      ['flow-core-2', []],
      ['electron-microscopie', []],
    ]);
    expect(profile.facilities[2]?.staff.map((s) => s.name)).toEqual(['Ana Ruiz']);
    expect(problems).toEqual([
      'Facility 2 (“Flow Core”): RRID “SCR-12” is not a valid RRID — it should look like RRID:SCR_017697 — it was removed; the rest of the facility was kept.',
    ]);
    // Reading does not rewrite the stored value: the original stays until the user saves.
    expect(store.data.get(STORAGE_KEYS.profile)).toEqual(V0);
  });

  it('repairs an invalid ORCID and a nameless staff member, keeping the facility', async () => {
    const store = memoryStore({
      [STORAGE_KEYS.profile]: {
        version: 1,
        facilities: [
          {
            id: 'a',
            name: 'A',
            staff: [{ name: 'Bo Li', orcid: '0000-0002-1825-0098' }, { role: 'tech' }, 'Ana'],
          },
        ],
      },
    });
    const { profile, problems } = await loadProfile(store);
    expect(profile.facilities[0]?.staff.map((s) => [s.name, s.orcid])).toEqual([
      ['Bo Li', null],
      ['Ana', null],
    ]);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('staff member 1 (“Bo Li”): ORCID iD “0000-0002-1825-0098” is not valid');
    expect(problems[0]).toContain('it was cleared');
    expect(problems[1]).toContain('staff member 2: the name is missing — it was removed');
  });

  it('quarantines a facility with no name, keeps the others, and does not duplicate the quarantine', async () => {
    const bad = { id: 'x', rrids: ['SCR_017697'] };
    const store = memoryStore({
      [STORAGE_KEYS.profile]: { version: 1, facilities: [{ id: 'a', name: 'A' }, bad] },
    });
    const first = await loadProfile(store, fixedNow);
    await loadProfile(store, fixedNow);
    expect(first.profile.facilities.map((f) => f.id)).toEqual(['a']);
    expect(first.problems).toEqual([
      'Facility 2: the name is missing — this facility was set aside, not deleted.',
    ]);
    expect(await readQuarantine(store)).toEqual([
      { at: '2026-11-25T12:00:00.000Z', reasons: ['Facility 2: the name is missing.'], value: bad },
    ]);
  });

  it('renames a duplicate ID instead of dropping the facility', async () => {
    const store = memoryStore({
      [STORAGE_KEYS.profile]: {
        version: 1,
        facilities: [
          { id: 'a', name: 'A' },
          { id: 'a', name: 'B' },
        ],
      },
    });
    const { profile, problems } = await loadProfile(store);
    expect(profile.facilities.map((f) => f.id)).toEqual(['a', 'a-2']);
    expect(problems).toEqual(['Facility 2 (“B”): the ID “a” was already used; it was renamed “a-2”.']);
  });

  it.each([
    ['a string', 'garbage'],
    ['a newer version', { version: 3, facilities: [] }],
    ['no facility list', { version: 1, facilities: 'x' }],
  ])('quarantines a whole unreadable profile (%s)', async (_, raw) => {
    const store = memoryStore({ [STORAGE_KEYS.profile]: raw });
    const r = await loadProfile(store);
    expect(r.profile.facilities).toEqual([]);
    expect(r.problems.join(' ')).toContain('set aside, not deleted');
    expect((await readQuarantine(store))[0]?.value).toEqual(raw);
  });

  it('never throws when the store fails', async () => {
    const store: KeyValueStore = {
      get: () => Promise.reject(new Error('storage closed')),
      set: () => Promise.reject(new Error('quota')),
    };
    const r = await loadProfile(store);
    expect(r.profile.facilities).toEqual([]);
    expect(r.problems[0]).toContain('could not be read');
  });
});

describe('saveProfile / undoLastSave', () => {
  it('validates, stores the parsed profile and backs up the previous value', async () => {
    const store = memoryStore({ [STORAGE_KEYS.profile]: V0 });
    const r = await saveProfile(store, {
      version: 1,
      facilities: [{ id: 'a', name: 'A', rrids: 'RRID:SCR_017697' }],
    });
    expect(r.ok).toBe(true);
    expect(store.data.get(STORAGE_KEYS.profileBackup)).toEqual(V0);
    expect(store.data.get(STORAGE_KEYS.profile)).toMatchObject({
      facilities: [{ id: 'a', rrids: ['SCR_017697'] }],
    });
  });

  it('refuses an invalid profile and leaves the store untouched', async () => {
    const store = memoryStore({ [STORAGE_KEYS.profile]: EXAMPLE_PROFILE });
    const r = await saveProfile(store, {
      version: 1,
      facilities: [{ id: 'a', name: 'A', rrids: ['SCR-12'] }],
    });
    expect(r.ok).toBe(false);
    expect(store.data.get(STORAGE_KEYS.profile)).toEqual(EXAMPLE_PROFILE);
    expect(store.data.has(STORAGE_KEYS.profileBackup)).toBe(false);
  });

  it('undo restores the previous profile', async () => {
    const store = memoryStore({ [STORAGE_KEYS.profile]: EXAMPLE_PROFILE });
    await saveProfile(store, { version: 1, facilities: [] });
    const r = await undoLastSave(store);
    expect(r.undone).toBe(true);
    expect(r.profile).toEqual(EXAMPLE_PROFILE);
  });

  it('an undoable save leaves a note, so the undo is offered again after a reload; any other save removes it', async () => {
    const store = memoryStore({ [STORAGE_KEYS.profile]: EXAMPLE_PROFILE });
    const at = () => new Date('2026-12-02T13:00:00Z');
    await saveProfile(store, { version: 1, facilities: [] }, 'Replaced your profile.', at);
    expect(store.data.get(STORAGE_KEYS.profileUndo)).toEqual({
      version: 1,
      what: 'Replaced your profile.',
      at: '2026-12-02T13:00:00.000Z',
    });
    expect(await loadUndo(store)).toEqual({ what: 'Replaced your profile.', previous: EXAMPLE_PROFILE });
    await saveProfile(store, EXAMPLE_PROFILE, null);
    expect(store.data.has(STORAGE_KEYS.profileUndo)).toBe(false);
    expect(await loadUndo(store)).toBeNull();
  });

  it.each([
    ['an unreadable note', { what: 3 }, EXAMPLE_PROFILE],
    ['a backup that cannot be read', { version: 1, what: 'Imported.', at: '' }, 'garbage'],
  ])('offers no undo for %s', async (_what, note, backup) => {
    const store = memoryStore({
      [STORAGE_KEYS.profile]: EXAMPLE_PROFILE,
      [STORAGE_KEYS.profileUndo]: note,
      [STORAGE_KEYS.profileBackup]: backup,
    });
    expect(await loadUndo(store)).toBeNull();
  });

  it('the first save of all has nothing to undo, so it leaves no note', async () => {
    const store = memoryStore();
    await saveProfile(store, EXAMPLE_PROFILE, 'Loaded the example profile.');
    expect(store.data.has(STORAGE_KEYS.profileUndo)).toBe(false);
  });
});
