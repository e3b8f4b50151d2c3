import type { Evidence } from '../lib/verdict/types';
import { t } from '../platform/i18n';
import { sectionText } from './verdict-text';

const CONTEXT = 60;

interface Props {
  evidence: Evidence[];
  /** The text each piece of evidence indexes into, or null when it is not on the page. */
  sourceText: (evidence: Evidence) => string | null;
  onShow: (evidence: Evidence) => void;
}

/** The words that were matched, in their sentence; clicking one shows it on the page. */
export function EvidenceList({ evidence, sourceText, onShow }: Props) {
  if (evidence.length === 0) return null;
  return (
    <ul class="evidence">
      {evidence.map((item) => {
        const text = sourceText(item);
        const before = text ? text.slice(Math.max(0, item.start - CONTEXT), item.start) : '';
        const after = text ? text.slice(item.end, item.end + CONTEXT) : '';
        return (
          <li key={`${item.section}:${item.index ?? ''}:${item.start}`}>
            <button
              type="button"
              class="evidence__item"
              onClick={() => onShow(item)}
              // The visible text is the accessible name (WCAG 2.5.3, axe label-content-name-mismatch);
              // what the button does goes in the description.
              title={t('verdict.showOnPage', { text: item.text })}
            >
              <span class="evidence__where">{sectionText[item.section]()}</span>
              <span class="evidence__quote">
                {before.length === CONTEXT ? '…' : ''}
                {before}
                <strong>{item.text}</strong>
                {after}
                {after.length === CONTEXT ? '…' : ''}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
