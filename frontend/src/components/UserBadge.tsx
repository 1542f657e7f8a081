import { useTranslation } from 'react-i18next';
import { useUnitNames } from '../api/hooks';
import { useSession } from '../auth/session';

/** The unit's name from the unit list (`GET /procedures/units`, cached); its code until that list arrives. */
function UnitName({ code }: { code: string }) {
  const names = useUnitNames();
  const name = names.get(code);
  return (
    <span data-testid="user-unit" data-unit-code={code} title={name ? code : undefined}>
      {name ?? code}
    </span>
  );
}

/**
 * Header corner: login button, or the user's name, roles (their Vietnamese names, `roles.*`), unit (its name)
 * and a logout button. `stacked`: one item a line, for the phone menu drawer.
 */
export function UserBadge({ stacked = false }: { stacked?: boolean }) {
  const { t } = useTranslation();
  const session = useSession();

  if (session.isLoading) {
    return <span className="text-secondary">{t('auth.loading')}</span>;
  }
  if (!session.isAuthenticated || !session.user) {
    return (
      <button type="button" className="btn btn-primary" data-testid="login-button" onClick={() => void session.login()}>
        {t('auth.login')}
      </button>
    );
  }
  const { user } = session;
  const roles = (
    <span data-testid="user-roles" className="user-roles">
      <span className="visually-hidden">{t('user.roles')}: </span>
      {user.roles.map((r) => (
        <span key={r} className="tag tag-blue" data-role={r}>
          {t(`roles.${r}`, { defaultValue: r })}
        </span>
      ))}
    </span>
  );
  const unit = (
    <span className="text-secondary user-unit">
      {t('user.unit')}:{' '}
      {user.unit ? <UnitName code={user.unit} /> : <span data-testid="user-unit">{t('user.noUnit')}</span>}
    </span>
  );
  const logout = (
    <button type="button" className="btn" data-testid="logout-button" onClick={() => void session.logout()}>
      {t('auth.logout')}
    </button>
  );
  if (stacked) {
    return (
      <div className="user-badge user-badge-stacked">
        <strong data-testid="user-name">{user.name}</strong>
        {roles}
        {unit}
        <div>{logout}</div>
      </div>
    );
  }
  return (
    <div className="user-badge user-badge-row">
      <strong data-testid="user-name">{user.name}</strong>
      {roles}
      {unit}
      {logout}
    </div>
  );
}
