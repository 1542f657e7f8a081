import { Alert, Layout, Menu, Typography } from 'antd';
import { Link, Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session';
import { navItemsFor, selectedNavKey, type NavKey } from '../nav/navItems';
import { LanguageSwitch } from './LanguageSwitch';
import { RetryNotice } from './RetryNotice';
import { UserBadge } from './UserBadge';

const kebab = (key: NavKey) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** Page frame: title bar (language, user), role-dependent navigation, content. */
export function AppLayout() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const items = navItemsFor(session.roles);
  const current = selectedNavKey(items, location.pathname);
  const selected = current ? [current] : [];

  return (
    <Layout className="app">
      <header className="app-topbar">
        <Link to="/" className="app-brand">
          <img src="/favicon.svg" alt="" width={28} height={28} />
          <span className="app-brand-short">{t('app.short')}</span>
          <span className="app-brand-title">{t('app.title')}</span>
        </Link>
        <div className="app-topbar-right">
          <LanguageSwitch />
          <UserBadge />
        </div>
      </header>
      <nav className="app-nav" data-testid="main-nav" aria-label="main">
        <Menu
          mode="horizontal"
          disabledOverflow
          selectedKeys={selected}
          items={items.map((i) => ({
            key: i.key,
            label: (
              <Link to={i.path} data-testid={`nav-${kebab(i.key)}`}>
                {t(i.labelKey)}
              </Link>
            ),
          }))}
        />
      </nav>
      <Layout.Content className="app-content">
        <RetryNotice />
        {session.error && (
          <Alert
            type="error"
            showIcon
            closable
            className="app-auth-error"
            data-testid="auth-error"
            title={t('auth.error', { message: session.error.message })}
          />
        )}
        <Outlet />
      </Layout.Content>
      <Layout.Footer className="app-footer">
        <Typography.Text type="secondary">{t('app.footer')}</Typography.Text>
      </Layout.Footer>
    </Layout>
  );
}
