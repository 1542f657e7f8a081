import { Button, Space, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session';

/** Header corner: login button, or the user's name, roles, unit and a logout button. */
export function UserBadge() {
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
  return (
    <Space size="middle" wrap className="user-badge">
      <Typography.Text strong data-testid="user-name">
        {user.name}
      </Typography.Text>
      <span aria-label={t('user.roles')} title={t('user.roles')} data-testid="user-roles">
        {user.roles.map((r) => (
          <Tooltip key={r} title={t(`roles.${r}`)}>
            <Tag color="blue" data-role={r}>
              {r}
            </Tag>
          </Tooltip>
        ))}
      </span>
      <Typography.Text type="secondary">
        {t('user.unit')}:{' '}
        <Typography.Text code data-testid="user-unit">
          {user.unit ?? t('user.noUnit')}
        </Typography.Text>
      </Typography.Text>
      <Button data-testid="logout-button" onClick={() => void session.logout()}>
        {t('auth.logout')}
      </Button>
    </Space>
  );
}
