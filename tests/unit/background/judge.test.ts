// A profile repaired on load is reported in the popup in the user's language: the background reads the
// stored profile, gets its repairs as codes (lib/stored-notes.ts) and words them from the catalogue, so
// the popup shows them as they come.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { emptyRecord } from '../../../lib/article';
import { useLocale } from '../../support/i18n';

/** Facility 1 has a bad ORCID (cleared) and an unknown field; facility 2 has no name (set aside). */
const BROKEN = {
  version: 1,
  facilities: [
    { id: 'flow', name: 'Flow Core', rrid: 'SCR_1', staff: [{ name: 'Ana Ruiz', orcid: '0000-0002' }] },
    { id: 'emc' },
  ],
};

/** The judgement of a small record, by a background started afresh (judge.ts keeps the profile it read). */
async function problemsShown(): Promise<string[]> {
  vi.resetModules();
  const { judge } = await import('../../../entrypoints/background/judge');
  const record = { ...emptyRecord('html'), title: 'A paper', acknowledgements: 'We thank the Flow Core.' };
  return (await judge(record)).profileProblems;
}

describe('the background’s words for a repaired profile', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({ profile: BROKEN });
    await useLocale('en');
  });

  it('says what was repaired and where', async () => {
    expect(await problemsShown()).toEqual([
      'Facility 1 (“Flow Core”), staff member 1 (“Ana Ruiz”): “0000-0002” is not a valid ORCID iD: it should look like 0000-0002-1825-0097 (copy it from orcid.org). It was cleared; the rest of the facility was kept.',
      'Facility 1 (“Flow Core”): The field “rrid” is not part of the profile format and was ignored.',
      'Facility 2: Facility name: required. This facility was set aside, not deleted.',
    ]);
  });

  it('says it in the browser’s language', async () => {
    await useLocale('fr');
    const shown = await problemsShown();
    expect(shown).toHaveLength(3);
    expect(shown[0]?.replace(/\u00a0/g, ' ')).toBe(
      'Plateforme 1 (« Flow Core »), membre du personnel 1 (« Ana Ruiz ») : « 0000-0002 » n’est pas un ORCID iD valide : il doit ressembler à 0000-0002-1825-0097 (copiez-le depuis orcid.org). Cette valeur a été effacée ; le reste de la plateforme a été conservé.',
    );
    expect(shown.join(' ')).not.toMatch(/\b(?:the|was|facility|removed|cleared)\b/);
  });
});
