// @vitest-environment happy-dom
// The ROR and RRID look-ups of the facility form: a preview of the record's values, field by field, that
// writes nothing until accepted. The look-ups answer from the recorded-shape fixtures (no network).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ProfileEditor } from '../../../components/options/ProfileEditor';
import { newFacility } from '../../../lib/profile/defaults';
import { parseProfile } from '../../../lib/profile/schema';
import type { SaveResult } from '../../../lib/profile/store';
import type { Profile } from '../../../lib/profile/types';
import { LookupError } from '../../../lib/sources/lookup-json';
import { mapRorRecord, type RorOrganization } from '../../../lib/sources/ror';
import { mapResolverRecord, type RridRecord } from '../../../lib/sources/rrid';

const fixture = (name: string) =>
  JSON.parse(readFileSync(resolve('tests/fixtures/api', name), 'utf8')) as unknown;
const ROR_FACILITY = mapRorRecord(fixture('ror-organization-facility.json')) as RorOrganization;
const RRID = mapResolverRecord(fixture('scicrunch-resolver-scr-017697.json'), 'SCR_017697') as RridRecord;

const PROFILE: Profile = {
  version: 1,
  facilities: [
    newFacility({
      id: 'lmic',
      name: 'LMIC',
      rrids: ['SCR_017697'],
      ror: '05d78xc36',
      aliases: ['Confocal Microscopy Unit'],
      statements: [{ lang: 'en', text: 'We thank the {facility}.' }],
    }),
  ],
};

describe('look-up preview in the facility form', () => {
  let root: HTMLElement;
  const onSave = vi.fn(
    async (p: Profile): Promise<SaveResult> => ({ ok: true, profile: p, warnings: [] }) as SaveResult,
  );
  const lookupRor = vi.fn(async (_id: string) => ROR_FACILITY);
  const lookupRrid = vi.fn(async (_rrid: string) => RRID);

  beforeEach(async () => {
    root = document.createElement('div');
    document.body.append(root);
    onSave.mockClear();
    await act(() =>
      render(
        <ProfileEditor profile={PROFILE} onSave={onSave} lookupRor={lookupRor} lookupRrid={lookupRrid} />,
        root,
      ),
    );
    await click('Edit');
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });

  const settle = () => new Promise((r) => setTimeout(r, 0));
  const button = (text: string) => {
    const b = [...root.querySelectorAll('button')].find((el) => el.textContent?.trim().startsWith(text));
    if (!b) throw new Error(`no button “${text}” in: ${root.textContent}`);
    return b;
  };
  const click = (text: string) =>
    act(async () => {
      button(text).click();
      await settle();
    });
  const field = (id: string) => root.querySelector<HTMLTextAreaElement>(`#facility-0-${id}`)!;
  const preview = () => root.querySelector('.lookup-preview');
  /** Each offered value: "Legend: value (note) [x]" with [x] ticked, [ ] not, [-] disabled. */
  const rows = () =>
    [...root.querySelectorAll('.lookup-preview li')].map((li) => {
      const box = li.querySelector('input')!;
      const mark = box.disabled ? '-' : box.checked ? 'x' : ' ';
      const legend = li.closest('fieldset')?.querySelector('legend')?.textContent;
      return `${legend}: ${li.textContent?.replace(/\s+/g, ' ').trim()} [${mark}]`;
    });
  const tick = (text: string) =>
    act(() => {
      const li = [...root.querySelectorAll('.lookup-preview li')].find((l) => l.textContent?.includes(text));
      li!.querySelector('input')!.click();
    });

  it('RRID: shows each value with a checkbox, new ones ticked, existing ones as already there', async () => {
    await click('Look up the first RRID');
    expect(lookupRrid).toHaveBeenCalledWith('RRID:SCR_017697');
    expect(preview()?.querySelector('h3')?.textContent).toBe(
      'From the RRID resolver: Northbridge Light Microscopy Imaging Centre (RRID:SCR_017697)',
    );
    expect(rows()).toEqual([
      'Facility name: Northbridge Light Microscopy Imaging Centre (replaces “LMIC”) [ ]',
      'RRIDs: SCR_017697 (already there) [-]',
      'Acronyms: LMIC (already there) [-]',
      'Other names: LMIC Imaging Core [x]',
      'Other names: Confocal Microscopy Unit (already there) [-]',
      'Recommended acknowledgement: en: We thank the {facility} (Northbridge Light Microscopy Imaging Centre, RRID:SCR_017697) for its support and assistance in this work. (replaces “We thank the {facility}.”) [ ]',
    ]);
    // Nothing written yet: the form is as it was, and nothing was saved.
    expect(field('aliases').value).toBe('Confocal Microscopy Unit');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('RRID: accepting writes the ticked values into the form, and only those', async () => {
    await click('Look up the first RRID');
    await tick('We thank the {facility} (');
    await click('Accept selected');
    expect(preview()).toBeNull();
    expect(field('name').value).toBe('LMIC');
    expect(field('aliases').value).toBe('Confocal Microscopy Unit\nLMIC Imaging Core');
    expect(field('statement-0').value).toBe(
      'We thank the {facility} (Northbridge Light Microscopy Imaging Centre, RRID:SCR_017697) for its support and assistance in this work.',
    );
    expect(root.querySelector('.lookup-status')?.textContent).toBe('Added 2 values from the look-up.');
    expect(onSave).not.toHaveBeenCalled();
    // Saving the form keeps them.
    await act(async () => {
      root.querySelector('form')!.requestSubmit();
      await settle();
    });
    const saved = parseProfile(onSave.mock.calls[0]![0]);
    expect(saved.ok && saved.profile.facilities[0]).toMatchObject({
      name: 'LMIC',
      aliases: ['Confocal Microscopy Unit', 'LMIC Imaging Core'],
      statements: [{ lang: 'en', text: expect.stringContaining('RRID:SCR_017697)') }],
    });
  });

  it('ROR: a facility record read as the facility, or as the institution, and Cancel changes nothing', async () => {
    await click('Look up on ROR');
    expect(lookupRor).toHaveBeenCalledWith('https://ror.org/05d78xc36');
    const radios = [...root.querySelectorAll<HTMLInputElement>('.lookup-preview input[type=radio]')];
    expect(radios.map((r) => [r.parentElement?.textContent?.trim(), r.checked])).toEqual([
      ['This is the facility’s institution', false],
      ['This is the facility itself', true],
    ]);
    expect(rows()).toEqual([
      'Facility name: Northbridge Imaging Centre (replaces “LMIC”) [ ]',
      'Institution: Northbridge University [x]',
      'ROR ID: 05d78xc36 (already there) [-]',
      'Acronyms: NBIC [x]',
      'Other names: Northbridge BioImaging Core [x]',
      'Names in other languages: de: Nordbrücke Bildgebungszentrum [x]',
    ]);
    await act(() => radios[0]!.click());
    expect(rows()).toEqual([
      'Institution: Northbridge Imaging Centre [x]',
      'ROR ID: 05d78xc36 (already there) [-]',
    ]);
    await click('Cancel');
    expect(preview()).toBeNull();
    expect(field('institution').value).toBe('');
    expect(root.querySelector('.lookup-status')?.textContent).toBe('Nothing was added from the look-up.');
  });

  it('ROR: accepting fills names, acronyms, labels and the institution without duplicates', async () => {
    await click('Look up on ROR');
    await click('Accept selected');
    expect(field('institution').value).toBe('Northbridge University');
    expect(field('acronyms').value).toBe('NBIC');
    expect(field('aliases').value).toBe('Confocal Microscopy Unit\nNorthbridge BioImaging Core');
    expect(field('translations').value).toBe('de: Nordbrücke Bildgebungszentrum');
    // A second look-up finds it all there but the other name, which is not ticked: it would replace ours.
    await click('Look up on ROR');
    expect(rows()).toEqual([
      'Facility name: Northbridge Imaging Centre (replaces “LMIC”) [ ]',
      'Institution: Northbridge University (already there) [-]',
      'ROR ID: 05d78xc36 (already there) [-]',
      'Acronyms: NBIC (already there) [-]',
      'Other names: Northbridge BioImaging Core (already there) [-]',
      'Names in other languages: de: Nordbrücke Bildgebungszentrum (already there) [-]',
    ]);
    expect(button('Accept selected').disabled).toBe(true);
  });

  it('Escape closes the preview, not the form', async () => {
    await click('Look up on ROR');
    await act(() => {
      preview()!
        .querySelector('input')!
        .dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(preview()).toBeNull();
    expect(root.querySelector('form.facility-form')).not.toBeNull();
  });

  it('a failed look-up says why and shows no preview', async () => {
    lookupRor.mockRejectedValueOnce(
      new LookupError('rate-limited', 'ROR is receiving too many requests — try again in 30 s.'),
    );
    await click('Look up on ROR');
    expect(preview()).toBeNull();
    // Said in the UI's words, naming the service as the page does.
    expect(root.querySelector('.lookup-status')?.textContent).toBe(
      'Too many requests to the Research Organization Registry (api.ror.org) at the moment: try again in a minute.',
    );
  });

  it('a look-up that names its value keeps lib’s words', async () => {
    lookupRor.mockRejectedValueOnce(new LookupError('not-found', 'ROR has no record for 05d78xc36.'));
    await click('Look up on ROR');
    expect(root.querySelector('.lookup-status')?.textContent).toBe('ROR has no record for 05d78xc36.');
  });
});
