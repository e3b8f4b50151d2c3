// @vitest-environment happy-dom
// A profile repaired on load is reported in the popup in the user's language: the background sends the
// repairs as codes beside their English (lib/stored-notes.ts), and the popup words them.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AnalysisView } from '../../../components/AnalysisView';
import type { Analysis } from '../../../lib/analysis';
import { emptyRecord } from '../../../lib/article';
import { loadProfile } from '../../../lib/profile/store';
import { type KeyValueStore, STORAGE_KEYS } from '../../../lib/storage-keys';
import { useLocale } from '../../support/i18n';

function memoryStore(initial: Record<string, unknown>): KeyValueStore {
  const data = new Map(Object.entries(initial));
  return { get: async (key) => data.get(key), set: async (key, value) => void data.set(key, value) };
}

/** Facility 1 has a bad ORCID (cleared) and an unknown field; facility 2 has no name (set aside). */
const BROKEN = {
  version: 1,
  facilities: [
    {
      id: 'flow',
      name: 'Flow Core',
      rrid: 'SCR_1',
      staff: [{ name: 'Ana Ruiz', orcid: '0000-0002' }],
    },
    { id: 'emc' },
  ],
};

describe('the popup’s notice of a repaired profile', () => {
  let root: HTMLElement;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(async () => {
    render(null, root);
    root.remove();
    await useLocale('en');
  });

  const show = async () => {
    const { problems, notes } = await loadProfile(memoryStore({ [STORAGE_KEYS.profile]: BROKEN }));
    const analysis: Analysis = {
      state: 'article',
      record: { ...emptyRecord('html'), title: 'A paper' },
      verdicts: [],
      profileProblems: problems,
      profileNotes: notes,
    };
    const noop = () => {};
    await act(() =>
      render(
        <AnalysisView
          analysis={analysis}
          onRetry={noop}
          onOpenOptions={noop}
          onShowEvidence={noop}
          onClearHighlights={noop}
          onCheckText={noop}
          highlightStatus={null}
        />,
        root,
      ),
    );
    return [...root.querySelectorAll('[data-state="profile-problems"] li')].map((li) => li.textContent);
  };

  it('says what was repaired, where, in English', async () => {
    expect(await show()).toEqual([
      'Facility 1 (“Flow Core”), staff member 1 (“Ana Ruiz”): “0000-0002” is not a valid ORCID iD: it should look like 0000-0002-1825-0097 (copy it from orcid.org). It was cleared; the rest of the facility was kept.',
      'Facility 1 (“Flow Core”): The field “rrid” is not part of the profile format and was ignored.',
      'Facility 2: Facility name: required. This facility was set aside, not deleted.',
    ]);
  });

  it('says it in French', async () => {
    await useLocale('fr');
    const items = await show();
    expect(items).toHaveLength(3);
    expect(items[0]?.replace(/\u00a0/g, ' ')).toBe(
      'Plateforme 1 (« Flow Core »), membre du personnel 1 (« Ana Ruiz ») : « 0000-0002 » n’est pas un ORCID iD valide : il doit ressembler à 0000-0002-1825-0097 (copiez-le depuis orcid.org). Cette valeur a été effacée ; le reste de la plateforme a été conservé.',
    );
    expect(items.join(' ')).not.toMatch(/\b(?:the|was|facility|removed|cleared)\b/);
  });

  it('shows the English a worker without codes sent', async () => {
    await useLocale('fr');
    const { problems } = await loadProfile(memoryStore({ [STORAGE_KEYS.profile]: BROKEN }));
    const analysis: Analysis = {
      state: 'article',
      record: { ...emptyRecord('html'), title: 'A paper' },
      verdicts: [],
      profileProblems: problems,
    };
    const noop = () => {};
    await act(() =>
      render(
        <AnalysisView
          analysis={analysis}
          onRetry={noop}
          onOpenOptions={noop}
          onShowEvidence={noop}
          onClearHighlights={noop}
          onCheckText={noop}
          highlightStatus={null}
        />,
        root,
      ),
    );
    const items = [...root.querySelectorAll('[data-state="profile-problems"] li')].map(
      (li) => li.textContent,
    );
    expect(items).toEqual(problems);
  });
});
