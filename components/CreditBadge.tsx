import type { CreditLevel } from '../lib/verdict/types';
import { levelText } from './verdict-text';

const ICON: Record<CreditLevel, string> = { missing: '✗', generic: '?', named: '✓', 'named-with-pid': '✓✓' };

/** The credit level as a word, an icon and a colour (never colour alone). */
export function CreditBadge({ level }: { level: CreditLevel }) {
  return (
    <span class={`badge badge--${level}`} data-level={level}>
      <span aria-hidden="true">{ICON[level]}</span> {levelText[level]().label}
    </span>
  );
}
