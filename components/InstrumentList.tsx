import type { Evidence, InstrumentVerdict } from '../lib/verdict/types';
import { formatNumber, t } from '../platform/i18n';
import { CopyButton } from './CopyButton';
import { EvidenceList } from './EvidenceList';
import { GrantLine } from './GrantLine';

interface Props {
  instruments: InstrumentVerdict[];
  sourceText: (evidence: Evidence) => string | null;
  onShowEvidence: (evidence: Evidence) => void;
}

/**
 * The facility's instruments the paper used (issue 16), each with its grants and, when one is missing,
 * the text to add. Instruments the paper did not use are only counted: their grants are not asked for.
 */
export function InstrumentList({ instruments, sourceText, onShowEvidence }: Props) {
  const used = instruments.filter((i) => i.used);
  if (instruments.length === 0) return null;
  const unused = instruments.length - used.length;
  return (
    <section class="verdict__instruments" aria-label={t('verdict.instrumentsLabel')}>
      <h4>{t('verdict.instrumentsTitle')}</h4>
      {used.length === 0 ? <p>{t('verdict.noInstrumentUsed')}</p> : null}
      <ul>
        {used.map((inst) => (
          <li key={inst.id} data-instrument={inst.id}>
            <p class="instrument__name">{inst.name}</p>
            {inst.grants.length > 0 && (
              <ul
                class="verdict__grants"
                aria-label={t('verdict.instrumentGrants', { instrument: inst.name })}
              >
                {inst.grants.map((grant) => (
                  <GrantLine key={grant.number} grant={grant} />
                ))}
              </ul>
            )}
            <EvidenceList evidence={inst.evidence} sourceText={sourceText} onShow={onShowEvidence} />
            {inst.suggestion && (
              <div class="instrument__fix">
                <p>{t('verdict.addForInstrument', { instrument: inst.name })}</p>
                <p class="suggestion">{inst.suggestion}</p>
                <CopyButton
                  text={inst.suggestion}
                  label={t('verdict.copyForInstrument', { instrument: inst.name })}
                />
              </div>
            )}
          </li>
        ))}
      </ul>
      {unused > 0 ? (
        <p class="instrument__unused">
          {t('verdict.otherInstruments', unused, { count: formatNumber(unused) })}
        </p>
      ) : null}
    </section>
  );
}
