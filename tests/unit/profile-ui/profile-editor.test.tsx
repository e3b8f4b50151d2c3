// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  checkDraft,
  draftToRaw,
  emptyDraft,
  emptyGrant,
  emptyInstrument,
  emptyStaff,
  facilityToDraft,
} from '../../../components/options/facility-draft';
import { ProfileEditor } from '../../../components/options/ProfileEditor';
import { EXAMPLE_PROFILE } from '../../../lib/profile/example-profile';
import { parseProfile } from '../../../lib/profile/schema';
import type { SaveResult } from '../../../lib/profile/store';
import type { Profile } from '../../../lib/profile/types';

describe('facility draft', () => {
  it('round-trips every example facility through the form draft', () => {
    EXAMPLE_PROFILE.facilities.forEach((f, i) => {
      const r = checkDraft(facilityToDraft(f), EXAMPLE_PROFILE, i);
      expect(r.ok && r.facility).toEqual(f);
    });
  });

  it.each([
    [{ rrids: 'SCR-12' }, 'rrids.0', '“SCR-12” is not a valid RRID: it should look like RRID:SCR_017697.'],
    [{ id: 'flow' }, 'id', 'The ID “flow” is already used by facility 2 (“Flow Cytometry Core Facility”)'],
    [{ name: '' }, 'name', 'Facility name: required.'],
    [{ ror: '05d78xc37' }, 'ror', '“05d78xc37” is not a valid ROR ID'],
  ])('%j → error at %s', (patch, key, message) => {
    const draft = { ...emptyDraft(), id: 'new', name: 'New Core', ...patch };
    const r = checkDraft(draft, EXAMPLE_PROFILE, EXAMPLE_PROFILE.facilities.length);
    expect(r.ok).toBe(false);
    expect(r.errors[key]?.join(' ')).toContain(message);
  });

  it('errors mark the row the user typed in, blank rows before it notwithstanding', () => {
    const draft = {
      ...emptyDraft(),
      id: 'new',
      name: 'New Core',
      staff: [emptyStaff(), { ...emptyStaff(), name: 'Ana Bravo', orcid: 'not-an-orcid' }],
      instruments: [
        emptyInstrument(),
        {
          ...emptyInstrument(),
          name: 'Zeiss LSM 980',
          aliases: '980',
          grants: [emptyGrant(), { ...emptyGrant(), number: 'S10OD026899', activeFrom: 'soon' }],
        },
      ],
    };
    const r = checkDraft(draft, EXAMPLE_PROFILE, EXAMPLE_PROFILE.facilities.length);
    expect(r.ok).toBe(false);
    const keys = Object.keys(r.errors);
    expect(keys.some((k) => k.startsWith('staff.1'))).toBe(true);
    expect(keys.some((k) => k.startsWith('instruments.1.aliases'))).toBe(true);
    expect(keys.some((k) => k.startsWith('instruments.1.grants.1'))).toBe(true);
    expect(keys.some((k) => /^(?:staff|instruments)\.0/.test(k))).toBe(false);
  });

  it('a translation line without a language code becomes another name', () => {
    const raw = draftToRaw({ ...emptyDraft(), translations: 'fr: Plateforme\nPiattaforma' });
    expect(raw.translations).toEqual([{ lang: 'fr', name: 'Plateforme' }]);
    expect(raw.aliases).toEqual(['Piattaforma']);
  });
});

describe('ProfileEditor', () => {
  let root: HTMLElement;
  let saved: Profile[];
  const onSave = vi.fn(async (p: Profile): Promise<SaveResult> => {
    const r = parseProfile(p);
    if (!r.ok) return r;
    saved.push(r.profile);
    return { ok: true, profile: r.profile, warnings: [] };
  });

  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
    saved = [];
    onSave.mockClear();
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });

  const mount = async (profile: Profile, problems: string[] = []) => {
    await act(() => render(<ProfileEditor profile={profile} problems={problems} onSave={onSave} />, root));
  };
  const button = (text: string) => {
    const b = [...root.querySelectorAll('button')].find((el) => el.textContent?.trim().startsWith(text));
    if (!b) throw new Error(`no button “${text}” in: ${root.textContent}`);
    return b;
  };
  /** Saves are async: let the handler's promise settle before looking at the page. */
  const settle = () => new Promise((r) => setTimeout(r, 0));
  const click = (text: string) =>
    act(async () => {
      button(text).click();
      await settle();
    });
  const submit = () =>
    act(async () => {
      root.querySelector('form')!.requestSubmit();
      await settle();
    });
  const type = (el: HTMLInputElement | HTMLTextAreaElement, value: string) =>
    act(() => {
      el.value = value;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
  const byLabel = (text: string) => {
    const label = [...root.querySelectorAll('label')].find((l) => l.textContent?.startsWith(text));
    const id = label?.getAttribute('for');
    const el = id ? root.querySelector<HTMLInputElement>(`#${CSS.escape(id)}`) : null;
    if (!el) throw new Error(`no field “${text}”`);
    return el;
  };

  it('shows the stored-profile problems until dismissed', async () => {
    await mount(EXAMPLE_PROFILE, [
      'Facility 2: the name is missing — this facility was set aside, not deleted.',
    ]);
    expect(root.textContent).toContain('this facility was set aside, not deleted');
    await click('Dismiss');
    expect(root.textContent).not.toContain('set aside');
  });

  it('refuses to save an invalid RRID, naming it next to the field, and saves once fixed', async () => {
    await mount(EXAMPLE_PROFILE);
    await click('Edit');
    const rrids = byLabel('RRIDs');
    await type(rrids, 'SCR-12');
    await submit();
    expect(onSave).not.toHaveBeenCalled();
    expect(rrids.getAttribute('aria-invalid')).toBe('true');
    expect(root.querySelector('.error-summary')?.textContent).toContain('“SCR-12” is not a valid RRID');
    await type(rrids, 'RRID: SCR_018000');
    await submit();
    expect(saved[0]?.facilities[0]?.rrids).toEqual(['SCR_018000']);
    expect(root.textContent).toContain('Saved “Light Microscopy Imaging Centre”. Saved.');
  });

  it('adds a facility with pasted staff, then undoes it', async () => {
    await mount(EXAMPLE_PROFILE);
    await click('Add a facility');
    await type(byLabel('Facility name'), 'Genomics Platform');
    await type(byLabel('Short ID'), 'genomics');
    await type(byLabel('Paste staff'), 'Ana Ruiz\nBo Li, 0000-0002-1825-0097');
    await click('Add pasted staff');
    expect(root.textContent).toContain('Added 2 staff members.');
    await click('Add facility');
    const added = saved[0]?.facilities[3];
    expect(added?.id).toBe('genomics');
    expect(added?.staff.map((s) => [s.name, s.orcid])).toEqual([
      ['Ana Ruiz', null],
      ['Bo Li', '0000-0002-1825-0097'],
    ]);
    await click('Undo');
    expect(saved[1]).toEqual(EXAMPLE_PROFILE);
    expect(root.textContent).toContain('Undone: Added “Genomics Platform”.');
  });

  it('adds an instrument with its grant, naming a bad alias by the field, keyboard-only controls', async () => {
    await mount(EXAMPLE_PROFILE);
    await click('Edit');
    await click('Add an instrument');
    const box = [...root.querySelectorAll('fieldset.instrument')].at(-1)!;
    const inLabel = (text: string) => {
      const label = [...box.querySelectorAll('label')].find((l) => l.textContent?.startsWith(text));
      const forId = label?.getAttribute('for');
      const el = forId
        ? box.querySelector<HTMLInputElement>(`#${CSS.escape(forId)}`)
        : label?.querySelector<HTMLInputElement>('input, textarea');
      if (!el) throw new Error(`no field “${text}” in the instrument`);
      return el;
    };
    await type(inLabel('Instrument name'), 'Zeiss LSM 980');
    await type(inLabel('How papers write it'), 'LSM 980\n980');
    await type(inLabel('Grant number'), 'S10 OD026899');
    // Native controls only: every one of them is reached and used from the keyboard.
    expect(box.querySelectorAll('[tabindex="-1"], div[onclick]').length).toBe(0);
    expect(inLabel('Papers that used it must cite it').checked).toBe(true);
    await submit();
    expect(onSave).not.toHaveBeenCalled();
    expect(inLabel('How papers write it').getAttribute('aria-invalid')).toBe('true');
    expect(box.textContent).toContain('The alias “980” is only a number');
    await type(inLabel('How papers write it'), 'LSM 980');
    await submit();
    const inst = saved[0]?.facilities[0]?.instruments.at(-1);
    expect(inst).toMatchObject({ id: 'zeiss-lsm-980', name: 'Zeiss LSM 980', aliases: ['LSM 980'] });
    expect(inst?.grants.map((g) => [g.number, g.required])).toEqual([['S10 OD026899', true]]);
    expect(root.textContent).toContain('2 instruments');
  });

  it('deletes only after the second click', async () => {
    await mount(EXAMPLE_PROFILE);
    await click('Delete');
    expect(onSave).not.toHaveBeenCalled();
    await click('Yes, delete');
    expect(saved[0]?.facilities.map((f) => f.id)).toEqual(['flow', 'emc']);
  });

  it('previews a pasted profile, refuses a bad one, and merges a good one', async () => {
    await mount({ version: 1, facilities: [] });
    const box = byLabel('…or paste its JSON');
    await type(box, '{"version":1,"facilities":[{"id":"x","name":"X","rrids":["SCR-12"]}]}');
    await click('Check pasted profile');
    expect(root.textContent).toContain('This profile cannot be imported');
    expect(root.textContent).toContain('Facility 1 (“X”): “SCR-12” is not a valid RRID');
    await type(box, JSON.stringify(EXAMPLE_PROFILE));
    await click('Check pasted profile');
    expect(root.textContent).toContain('holds 3 facilities');
    await click('Merge into my profile');
    expect(saved[0]?.facilities).toHaveLength(3);
    expect(root.textContent).toContain('3 added (lmic, flow, emc), 0 updated');
  });

  it('Escape leaves the form without saving', async () => {
    await mount(EXAMPLE_PROFILE);
    await click('Edit');
    await type(byLabel('Facility name'), 'Changed');
    await act(() => {
      root
        .querySelector('form')!
        .dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(root.querySelector('form')).toBeNull();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('starts from the example profile', async () => {
    await mount({ version: 1, facilities: [] });
    await click('Start from the example profile');
    expect(saved[0]).toEqual(EXAMPLE_PROFILE);
  });
});
