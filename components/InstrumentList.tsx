import type { Evidence, InstrumentVerdict } from '../lib/verdict/types';
import { CopyButton } from './CopyButton';
import { EvidenceList } from './EvidenceList';

interface Props {
  instruments: InstrumentVerdict[];
  sourceText: (evidence: Evidence) => string | null;
  onShowEvidence: (evidence: Evidence) => void;
}

/**
 * The facility's instruments the paper used, each with its grants and, when one is missing,
 * the text to add. Instruments the paper did not use are only counted: their grants are not asked for.
 */
export function InstrumentList({ instruments, sourceText, onShowEvidence }: Props) {
  const used = instruments.filter((i) => i.used);
  if (instruments.length === 0) return null;
  const unused = instruments.length - used.length;
  return (
    <section class="verdict__instruments" aria-label="Instruments">
      <h4>Instruments used</h4>
      {used.length === 0 ? (
        <p>The paper does not show that it used any of the facility’s instruments.</p>
      ) : null}
      <ul>
        {used.map((inst) => (
          <li key={inst.id} data-instrument={inst.id}>
            <p class="instrument__name">{inst.name}</p>
            {inst.grants.length > 0 && (
              <ul class="verdict__grants" aria-label={`Grants of ${inst.name}`}>
                {inst.grants.map((grant) => (
                  <li key={grant.number} data-status={grant.status}>
                    {grant.status === 'cited' ? '✓' : '✗'} Grant {grant.number}{' '}
                    {grant.status === 'cited' ? 'cited' : 'not cited'}
                  </li>
                ))}
              </ul>
            )}
            <EvidenceList evidence={inst.evidence} sourceText={sourceText} onShow={onShowEvidence} />
            {inst.suggestion && (
              <div class="instrument__fix">
                <p>Add for the {inst.name}:</p>
                <p class="suggestion">{inst.suggestion}</p>
                <CopyButton text={inst.suggestion} label={`Copy the text for the ${inst.name}`} />
              </div>
            )}
          </li>
        ))}
      </ul>
      {unused > 0 ? (
        <p class="instrument__unused">
          {unused} other instrument{unused === 1 ? '' : 's'} of the facility not shown used in this paper:
          their grants are not asked for.
        </p>
      ) : null}
    </section>
  );
}
