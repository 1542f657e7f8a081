import { Alert, Button, Drawer, Layout, Menu, Typography } from 'antd';
import { useState } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session';
import { navItemsFor, selectedNavKey, type NavItem, type NavKey } from '../nav/navItems';
import { NavCount } from './dashboard/NavCount';
import { LanguageSwitch } from './LanguageSwitch';
import { useIsPhone } from './responsive';
import { useFocusableScrollRegions } from './a11y/scrollRegions';
import { RetryNotice } from './RetryNotice';
import { UserBadge } from './UserBadge';

const kebab = (key: NavKey) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The id of the `<main>` element, target of the "skip to content" link. */
export const MAIN_ID = 'main-content';

function NavMenu({
  items,
  selected,
  vertical,
  onNavigate,
}: {
  items: NavItem[];
  selected: string[];
  vertical?: boolean;
  onNavigate?: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Menu
      mode={vertical ? 'inline' : 'horizontal'}
      disabledOverflow
      selectedKeys={selected}
      items={items.map((i) => ({
        key: i.key,
        label: (
          <>
            <Link to={i.path} data-testid={`nav-${kebab(i.key)}`} onClick={onNavigate}>
              {t(i.labelKey)}
            </Link>
            <NavCount navKey={i.key} />
          </>
        ),
      }))}
    />
  );
}

/**
 * Page frame: title bar (language, user), role-dependent navigation, content. On phones (< 768 px) the bar is
 * one line (menu button, brand, language, login) and the navigation and the user's details open in a drawer,
 * so that content starts right below a 56 px bar.
 */
export function AppLayout() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const phone = useIsPhone();
  useFocusableScrollRegions(MAIN_ID);
  const [menuOpen, setMenuOpen] = useState(false);
  const items = navItemsFor(session.roles);
  const current = selectedNavKey(items, location.pathname);
  const selected = current ? [current] : [];
  const signedIn = session.isAuthenticated && !!session.user;

  return (
    <Layout className={phone ? 'app app-phone' : 'app'}>
      <a className="skip-link" href={`#${MAIN_ID}`}>
        {t('a11y.skipToContent')}
      </a>
      <header className="app-topbar" data-testid="app-header">
        {phone && (
          <Button
            type="text"
            className="app-menu-button"
            data-testid="menu-button"
            aria-label={t('a11y.openMenu')}
            aria-expanded={menuOpen}
            aria-controls="app-menu-drawer"
            onClick={() => setMenuOpen(true)}
            icon={<span className="hamburger" aria-hidden />}
          />
        )}
        {/* the link's name is its text (axe label-content-name-mismatch): the full title stays in it on phones too */}
        <Link to="/" className="app-brand">
          <img src="/favicon.svg" alt="" width={28} height={28} />
          <span className="app-brand-short">{t('app.short')}</span>
          <span className={phone ? 'visually-hidden' : 'app-brand-title'}>{t('app.title')}</span>
        </Link>
        <div className="app-topbar-right">
          <LanguageSwitch />
          {(!phone || !signedIn) && <UserBadge />}
        </div>
      </header>
      {phone ? (
        <Drawer
          id="app-menu-drawer"
          placement="left"
          open={menuOpen}
          onClose={() => setMenuOpen(false)}
          size={300}
          title={t('app.short')}
          className="app-menu-drawer"
          closable={{ 'aria-label': t('a11y.closeMenu') }}
        >
          {signedIn && (
            <div className="app-drawer-user">
              <UserBadge stacked />
            </div>
          )}
          <nav data-testid="main-nav" aria-label={t('a11y.mainNav')}>
            <NavMenu items={items} selected={selected} vertical onNavigate={() => setMenuOpen(false)} />
          </nav>
        </Drawer>
      ) : (
        <nav className="app-nav" data-testid="main-nav" aria-label={t('a11y.mainNav')}>
          <NavMenu items={items} selected={selected} />
        </nav>
      )}
      <Layout.Content className="app-content" id={MAIN_ID} tabIndex={-1}>
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
