import { Button, Card, Flex, Space, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session';
import { navItemsFor, ROUTES } from '../nav/navItems';

export default function HomePage() {
  const { t } = useTranslation();
  const session = useSession();
  const features = navItemsFor(session.roles).filter((i) => i.key !== 'procedures');

  return (
    <Flex vertical gap="large" className="home">
      <div className="home-hero">
        <Typography.Title level={1} data-testid="app-title">
          {t('app.title')}
        </Typography.Title>
        <Typography.Paragraph className="home-tagline">{t('app.tagline')}</Typography.Paragraph>
        <Space wrap>
          <Link to={ROUTES.procedures} data-testid="home-procedures-link">
            <Button type="primary" size="large">
              {t('home.browse')}
            </Button>
          </Link>
          {!session.isAuthenticated && !session.isLoading && (
            <Button size="large" data-testid="home-login-button" onClick={() => void session.login('/')}>
              {t('auth.login')}
            </Button>
          )}
        </Space>
      </div>
      {session.isAuthenticated && session.user ? (
        <Card title={t('home.welcome', { name: session.user.name })}>
          <Space wrap>
            {features.map((f) => (
              <Link key={f.key} to={f.path}>
                <Button>{t(f.labelKey)}</Button>
              </Link>
            ))}
          </Space>
        </Card>
      ) : (
        <Typography.Paragraph type="secondary">{t('home.loginHint')}</Typography.Paragraph>
      )}
    </Flex>
  );
}
