import { useState } from 'preact/hooks';
import {
  type Acknowledgee,
  acknowledgeesAuthorshipPrompt,
  acknowledgeesText,
  type Contributor,
  contributionsJats,
  contributionsText,
  type NameForm,
  type StatementStyle,
} from '../../lib/statement';
import { t } from '../../platform/i18n';
import { CopyButton } from '../CopyButton';
import { RolePicker } from './RolePicker';

interface Props {
  /** The draft's authors, with the roles its statement already gives them. */
  initialAuthors: Contributor[];
  /** Staff of the facilities the work used, to thank with their roles. */
  staff: Acknowledgee[];
}

function dataUrl(text: string, type: string): string {
  return `data:${type};charset=utf-8,${encodeURIComponent(text)}`;
}

/** Who did what: the authors and the facility staff against the 14 CRediT roles, as text and as JATS. */
export function ContributionsBuilder({ initialAuthors, staff }: Props) {
  const [authors, setAuthors] = useState<Contributor[]>(initialAuthors);
  const [acks, setAcks] = useState<Acknowledgee[]>([]);
  const [style, setStyle] = useState<StatementStyle>('by-author');
  const [names, setNames] = useState<NameForm>('full');
  const [newName, setNewName] = useState('');

  const people = authors.filter((a) => a.name.trim());
  const text = contributionsText(people, { style, names });
  const thanks = acknowledgeesText(acks);
  const question = acknowledgeesAuthorshipPrompt(acks);
  const jats = contributionsJats(people, acks);
  const update = (i: number, next: Contributor) => setAuthors(authors.map((a, j) => (j === i ? next : a)));

  return (
    <section class="contributions" aria-labelledby="contributions-title">
      <h2 id="contributions-title">{t('manuscript.contributions.title')}</h2>
      <p>{t('manuscript.contributions.intro')}</p>
      {authors.map((a, i) => (
        <details class="contributor" key={`${i}-${a.name}`} open={i === 0}>
          <summary>{a.name || t('manuscript.contributions.unnamed')}</summary>
          <div class="field">
            <label for={`author-${i}`}>{t('manuscript.contributions.name')}</label>
            <input
              id={`author-${i}`}
              value={a.name}
              onChange={(e) => update(i, { ...a, name: e.currentTarget.value, given: null, family: null })}
            />
            <button type="button" onClick={() => setAuthors(authors.filter((_, j) => j !== i))}>
              {t('manuscript.contributions.remove', { name: a.name })}
            </button>
          </div>
          <RolePicker
            id={`author-${i}`}
            person={a.name}
            roles={a.roles}
            onChange={(roles) => update(i, { ...a, roles })}
          />
        </details>
      ))}
      <div class="field">
        <label for="new-author">{t('manuscript.contributions.addAuthor')}</label>
        <input id="new-author" value={newName} onInput={(e) => setNewName(e.currentTarget.value)} />
        <button
          type="button"
          disabled={!newName.trim()}
          onClick={() => {
            setAuthors([...authors, { name: newName.trim(), roles: [] }]);
            setNewName('');
          }}
        >
          {t('manuscript.contributions.add')}
        </button>
      </div>
      {staff.length > 0 && (
        <fieldset class="acknowledgees">
          <legend>{t('manuscript.contributions.staff')}</legend>
          {staff.map((s, i) => {
            const at = acks.findIndex((a) => a.name === s.name);
            const ack = acks[at];
            return (
              <div key={s.name}>
                <input
                  type="checkbox"
                  id={`ack-${i}`}
                  checked={at >= 0}
                  onChange={(e) =>
                    setAcks(
                      e.currentTarget.checked
                        ? [...acks, { ...s, roles: [] }]
                        : acks.filter((a) => a.name !== s.name),
                    )
                  }
                />
                <label for={`ack-${i}`}>
                  {s.name}
                  {s.affiliation ? ` (${s.affiliation})` : ''}
                </label>
                {ack && (
                  <RolePicker
                    id={`ack-${i}`}
                    person={s.name}
                    roles={ack.roles}
                    onChange={(roles) => setAcks(acks.map((a) => (a.name === s.name ? { ...a, roles } : a)))}
                  />
                )}
              </div>
            );
          })}
        </fieldset>
      )}
      <fieldset class="statement-form">
        <legend>{t('manuscript.contributions.how')}</legend>
        <label>
          <input
            type="radio"
            name="style"
            checked={style === 'by-author'}
            onChange={() => setStyle('by-author')}
          />{' '}
          {t('manuscript.contributions.byAuthor')}
        </label>{' '}
        <label>
          <input
            type="radio"
            name="style"
            checked={style === 'by-role'}
            onChange={() => setStyle('by-role')}
          />{' '}
          {t('manuscript.contributions.byRole')}
        </label>{' '}
        <label>
          <input type="radio" name="names" checked={names === 'full'} onChange={() => setNames('full')} />{' '}
          {t('manuscript.contributions.fullNames')}
        </label>{' '}
        <label>
          <input
            type="radio"
            name="names"
            checked={names === 'initials'}
            onChange={() => setNames('initials')}
          />{' '}
          {t('manuscript.contributions.initials')}
        </label>
      </fieldset>
      <section class="outputs" aria-label={t('manuscript.contributions.output')}>
        <h3>{t('manuscript.contributions.statement')}</h3>
        <p class="fix__text" data-output="text">
          {text || t('manuscript.contributions.tickRole')}
        </p>
        {text && <CopyButton text={text} label={t('manuscript.contributions.copyStatement')} />}
        {thanks && (
          <>
            <h3>{t('manuscript.contributions.thanks')}</h3>
            <p class="fix__text" data-output="thanks">
              {thanks}
            </p>
            <CopyButton text={thanks} label={t('manuscript.contributions.copyThanks')} />
          </>
        )}
        {question && (
          <p class="fix fix--question" data-output="question">
            {question}
          </p>
        )}
        <h3>{t('manuscript.contributions.jats')}</h3>
        <pre class="jats" data-output="jats">
          {jats}
        </pre>
        <CopyButton text={jats} label={t('manuscript.contributions.copyJats')} />{' '}
        <a href={dataUrl(jats, 'application/xml')} download="contributions.xml">
          {t('manuscript.contributions.downloadJats')}
        </a>
      </section>
    </section>
  );
}
