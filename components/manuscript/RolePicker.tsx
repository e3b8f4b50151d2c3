import { CREDIT_ROLES, type CreditRole } from '../../lib/article';
import { DEGREES, type Degree, type RoleChoice } from '../../lib/statement/contributors';
import { t } from '../../platform/i18n';
import { creditRoleText } from '../credit-role-text';

const DEGREE: Record<Degree, () => string> = {
  lead: () => t('manuscript.roles.degree.lead'),
  equal: () => t('manuscript.roles.degree.equal'),
  supporting: () => t('manuscript.roles.degree.supporting'),
};

interface Props {
  /** A unique prefix for the controls' ids. */
  id: string;
  /** Who the roles are for, for the controls' names. */
  person: string;
  roles: RoleChoice[];
  onChange: (roles: RoleChoice[]) => void;
}

/** The 14 CRediT roles for one person, each with an optional degree (lead, equal, supporting). */
export function RolePicker({ id, person, roles, onChange }: Props) {
  const chosen = new Map(roles.map((r) => [r.role, r.degree ?? null]));
  const set = (role: CreditRole, on: boolean, degree: Degree | null = chosen.get(role) ?? null) => {
    const next = new Map(chosen);
    if (on) next.set(role, degree);
    else next.delete(role);
    // Kept in the taxonomy's order, whatever order they were ticked in.
    onChange(CREDIT_ROLES.filter((r) => next.has(r)).map((r) => ({ role: r, degree: next.get(r) ?? null })));
  };
  return (
    <fieldset class="roles">
      <legend>{t('manuscript.roles.legend', { name: person })}</legend>
      {CREDIT_ROLES.map((role, i) => {
        const on = chosen.has(role);
        return (
          <div class="role" key={role}>
            <input
              type="checkbox"
              id={`${id}-r${i}`}
              checked={on}
              onChange={(e) => set(role, e.currentTarget.checked)}
            />
            {/* The English name is the one the statement will say: shown on hover. */}
            <label for={`${id}-r${i}`} title={role}>
              {creditRoleText[role]()}
            </label>
            {on && (
              <select
                aria-label={t('manuscript.roles.degreeOf', { role: creditRoleText[role](), name: person })}
                value={chosen.get(role) ?? ''}
                onChange={(e) => set(role, true, (e.currentTarget.value || null) as Degree | null)}
              >
                <option value="">{t('manuscript.roles.noDegree')}</option>
                {DEGREES.map((d) => (
                  <option key={d} value={d}>
                    {DEGREE[d]()}
                  </option>
                ))}
              </select>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
