import { Button, Flex, Space, Tag, Typography } from 'antd';
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
    return <Typography.Text type="secondary">{t('auth.loading')}</Typography.Text>;
  }
  if (!session.isAuthenticated || !session.user) {
    return (
      <Button type="primary" data-testid="login-button" onClick={() => void session.login()}>
        {t('auth.login')}
      </Button>
    );
  }
  const { user } = session;
  const roles = (
    <span data-testid="user-roles" className="user-roles">
      <span className="visually-hidden">{t('user.roles')}: </span>
      {user.roles.map((r) => (
        <Tag key={r} color="blue" data-role={r}>
          {t(`roles.${r}`, { defaultValue: r })}
        </Tag>
      ))}
    </span>
  );
  const unit = (
    <Typography.Text type="secondary" className="user-unit">
      {t('user.unit')}:{' '}
      {user.unit ? <UnitName code={user.unit} /> : <span data-testid="user-unit">{t('user.noUnit')}</span>}
    </Typography.Text>
  );
  const logout = (
    <Button data-testid="logout-button" onClick={() => void session.logout()}>
      {t('auth.logout')}
    </Button>
  );
  if (stacked) {
    return (
      <Flex vertical gap={8} className="user-badge user-badge-stacked">
        <Typography.Text strong data-testid="user-name">
          {user.name}
        </Typography.Text>
        {roles}
        {unit}
        <div>{logout}</div>
      </Flex>
    );
  }
  return (
    <Space size="middle" className="user-badge">
      <Typography.Text strong data-testid="user-name">
        {user.name}
      </Typography.Text>
      {roles}
      {unit}
      {logout}
    </Space>
  );
}
