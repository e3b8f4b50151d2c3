import { useState } from 'preact/hooks';
import type { AuditRow } from '../../lib/audit/types';
import { creditOf } from '../../lib/dashboard/filter-rows';
import { paperLinks } from '../../lib/dashboard/paper-links';
import type { Profile } from '../../lib/profile/types';
import { formatList, formatNumber, t } from '../../platform/i18n';
import { sectionText } from '../verdict-text';
import { rowReason } from './audit-reason-text';
import { creditLabel, flagLabel } from './words';

export interface ResultsTableProps {
  rows: AuditRow[];
  profile: Profile;
}

/** Rendering thousands of rows at once stalls the page; the rest come on request. */
const PAGE = 200;

function Evidence({ row }: { row: AuditRow }) {
  const v = row.verdict;
  if (!v) return <span class="muted">{rowReason(row) ?? '—'}</span>;
  if (v.evidence.length === 0) return <span class="muted">{t('dashboard.table.noneFound')}</span>;
  return (
    <details>
      <summary>
        {t('dashboard.table.quotes', v.evidence.length, { count: formatNumber(v.evidence.length) })}
      </summary>
      <ul class="evidence">
        {v.evidence.map((e) => (
          <li key={`${e.section}-${e.index ?? 0}-${e.start}`}>
            <span class="evidence__where">{sectionText[e.section]()}</span> “{e.text}”
          </li>
        ))}
      </ul>
    </details>
  );
}

/** The instruments the paper used, each with the grants of it the paper does not cite. */
function Instruments({ row }: { row: AuditRow }) {
  const used = row.verdict?.instruments.filter((i) => i.used) ?? [];
  if (used.length === 0) return <span class="muted">—</span>;
  return (
    <ul class="results__instruments">
      {used.map((i) => {
        const missing = i.grants.filter((g) => g.status === 'missing').map((g) => g.number);
        return (
          <li key={i.id} data-instrument={i.id}>
            {i.name}
            {missing.length > 0 ? t('dashboard.table.grantNotCited', { grants: formatList(missing) }) : ''}
          </li>
        );
      })}
    </ul>
  );
}

export function ResultsTable({ rows, profile }: ResultsTableProps) {
  const [limit, setLimit] = useState(PAGE);
  const name = (id: string) => profile.facilities.find((f) => f.id === id)?.name ?? id;
  const shown = rows.slice(0, limit);
  return (
    <div class="table-wrap">
      <table class="results" data-testid="results-table">
        <caption>{t('dashboard.table.caption', rows.length, { count: formatNumber(rows.length) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dashboard.table.paper')}</th>
            <th scope="col">{t('dashboard.table.year')}</th>
            <th scope="col">{t('dashboard.table.facility')}</th>
            <th scope="col">{t('dashboard.table.credit')}</th>
            <th scope="col">{t('dashboard.table.flags')}</th>
            <th scope="col">{t('dashboard.table.grantsMissing')}</th>
            <th scope="col">{t('dashboard.table.instrumentsUsed')}</th>
            <th scope="col">{t('dashboard.table.evidence')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => {
            const links = paperLinks(r);
            const credit = creditOf(r);
            const missing = r.grants.filter((g) => g.status === 'missing').map((g) => g.number);
            return (
              <tr key={`${r.paperKey}|${r.facilityId}`} data-paper={r.paperKey} data-facility={r.facilityId}>
                <td>
                  <span class="results__title">{r.title ?? r.paperKey}</span>
                  <span class="results__links">
                    {/* i18n-ignore: a name, the same in every language */}
                    {links.doi && <a href={links.doi}>DOI</a>}{' '}
                    {/* i18n-ignore: a name, the same in every language */}
                    {links.europePmc && <a href={links.europePmc}>Europe PMC</a>}
                  </span>
                </td>
                <td>{r.year ?? '—'}</td>
                <td>{name(r.facilityId)}</td>
                <td>
                  <span class={`badge badge--${credit}`} data-credit={credit}>
                    {creditLabel(credit)}
                  </span>
                </td>
                <td>{r.verdict?.flags.map(flagLabel).join(', ') || '—'}</td>
                <td>{missing.join('; ') || '—'}</td>
                <td>
                  <Instruments row={r} />
                </td>
                <td>
                  <Evidence row={r} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {rows.length > limit && (
        <button type="button" onClick={() => setLimit((l) => l + PAGE * 5)}>
          {t('dashboard.table.more', { count: formatNumber(rows.length - limit) })}
        </button>
      )}
    </div>
  );
}
