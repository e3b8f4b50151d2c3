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
      <h2 id="contributions-title">4. Author contributions (CRediT)</h2>
      <p>
        The authors found in your draft, against the 14 roles of the Contributor Roles Taxonomy (ANSI/NISO
        Z39.104-2022). Edit them, tick each person’s roles, and copy the statement or its JATS.
      </p>
      {authors.map((a, i) => (
        <details class="contributor" key={`${i}-${a.name}`} open={i === 0}>
          <summary>{a.name || '(unnamed author)'}</summary>
          <div class="field">
            <label for={`author-${i}`}>Name</label>
            <input
              id={`author-${i}`}
              value={a.name}
              onChange={(e) => update(i, { ...a, name: e.currentTarget.value, given: null, family: null })}
            />
            <button type="button" onClick={() => setAuthors(authors.filter((_, j) => j !== i))}>
              Remove {a.name}
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
        <label for="new-author">Add an author</label>
        <input id="new-author" value={newName} onInput={(e) => setNewName(e.currentTarget.value)} />
        <button
          type="button"
          disabled={!newName.trim()}
          onClick={() => {
            setAuthors([...authors, { name: newName.trim(), roles: [] }]);
            setNewName('');
          }}
        >
          Add
        </button>
      </div>
      {staff.length > 0 && (
        <fieldset class="acknowledgees">
          <legend>Facility staff to thank, with their roles</legend>
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
        <legend>How to write the statement</legend>
        <label>
          <input
            type="radio"
            name="style"
            checked={style === 'by-author'}
            onChange={() => setStyle('by-author')}
          />{' '}
          By author
        </label>{' '}
        <label>
          <input
            type="radio"
            name="style"
            checked={style === 'by-role'}
            onChange={() => setStyle('by-role')}
          />{' '}
          By role
        </label>{' '}
        <label>
          <input type="radio" name="names" checked={names === 'full'} onChange={() => setNames('full')} />{' '}
          Full names
        </label>{' '}
        <label>
          <input
            type="radio"
            name="names"
            checked={names === 'initials'}
            onChange={() => setNames('initials')}
          />{' '}
          Initials
        </label>
      </fieldset>
      <section class="outputs" aria-label="Contributions statement">
        <h3>The statement</h3>
        <p class="fix__text" data-output="text">
          {text || 'Tick at least one role.'}
        </p>
        {text && <CopyButton text={text} label="Copy the statement" />}
        {thanks && (
          <>
            <h3>Thanks to facility staff</h3>
            <p class="fix__text" data-output="thanks">
              {thanks}
            </p>
            <CopyButton text={thanks} label="Copy the thanks" />
          </>
        )}
        {question && (
          <p class="fix fix--question" data-output="question">
            {question}
          </p>
        )}
        <h3>JATS</h3>
        <pre class="jats" data-output="jats">
          {jats}
        </pre>
        <CopyButton text={jats} label="Copy the JATS" />{' '}
        <a href={dataUrl(jats, 'application/xml')} download="contributions.xml">
          Download the JATS
        </a>
      </section>
    </section>
  );
}
