import { useEffect, useState } from 'preact/hooks';
import type { Profile } from '../../lib/profile/types';
import { buildQuery } from '../../lib/sources/europepmc-query';
import { t } from '../../platform/i18n';

export interface QueryBuilderProps {
  profile: Profile;
  disabled: boolean;
  onStart: (query: string) => void;
}

/**
 * A Europe PMC search built from the profile (names, aliases, RRIDs in ACK_FUND/METHODS, staff ORCIDs
 * and names, a date range). The query is shown in an editable box: what runs is what the user sees.
 */
export function QueryBuilder({ profile, disabled, onStart }: QueryBuilderProps) {
  const [chosen, setChosen] = useState<string[]>(() => profile.facilities.map((f) => f.id));
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [query, setQuery] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => setChosen(profile.facilities.map((f) => f.id)), [profile]);

  const build = () => {
    try {
      setQuery(
        buildQuery(
          profile.facilities.filter((f) => chosen.includes(f.id)),
          { from, to },
        ),
      );
      setProblem(null);
    } catch {
      // buildQuery's one refusal: none of the chosen facilities gives a name to search for.
      setProblem(t('dashboard.query.nothingToSearch'));
    }
  };
  // Rebuilt when the choices change; an edit the user made is kept until then.
  useEffect(build, [chosen, from, to, profile]);

  const toggle = (id: string, on: boolean) =>
    setChosen((c) => (on ? [...c.filter((x) => x !== id), id] : c.filter((x) => x !== id)));

  return (
    <form
      class="panel query"
      onSubmit={(e) => {
        e.preventDefault();
        if (query.trim()) onStart(query.trim());
      }}
    >
      <h2>{t('dashboard.query.title')}</h2>
      <fieldset>
        <legend>{t('dashboard.query.facilities')}</legend>
        {profile.facilities.map((f) => (
          <label key={f.id} class="inline">
            <input
              type="checkbox"
              checked={chosen.includes(f.id)}
              onChange={(e) => toggle(f.id, (e.currentTarget as HTMLInputElement).checked)}
            />{' '}
            {f.name}
          </label>
        ))}
      </fieldset>
      <div class="row">
        <label>
          {t('dashboard.query.from')}{' '}
          <input
            type="date"
            value={from}
            onInput={(e) => setFrom((e.currentTarget as HTMLInputElement).value)}
          />
        </label>
        <label>
          {t('dashboard.query.to')}{' '}
          <input type="date" value={to} onInput={(e) => setTo((e.currentTarget as HTMLInputElement).value)} />
        </label>
      </div>
      <label for="query-text">{t('dashboard.query.label')}</label>
      <textarea
        id="query-text"
        rows={5}
        value={query}
        onInput={(e) => setQuery((e.currentTarget as HTMLTextAreaElement).value)}
      />
      {problem && (
        <p class="notice" role="alert">
          {problem}
        </p>
      )}
      <p class="muted">
        {t('dashboard.query.syntax')}{' '}
        <a href="https://europepmc.org/searchsyntax">{t('dashboard.query.syntaxLink')}</a>
      </p>
      <button type="submit" disabled={disabled || !query.trim()}>
        {t('dashboard.query.start')}
      </button>
    </form>
  );
}
