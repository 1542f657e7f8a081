import { useEffect, useRef, useState, type ReactNode } from 'react';
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
  selected: NavKey | undefined;
  vertical?: boolean;
  onNavigate?: () => void;
}) {
  const { t } = useTranslation();
  return (
    <ul className={vertical ? 'app-menu app-menu-vertical' : 'app-menu app-menu-horizontal'}>
      {items.map((i) => (
        <li key={i.key} className={i.key === selected ? 'app-menu-item app-menu-item-selected' : 'app-menu-item'}>
          <Link
            to={i.path}
            data-testid={`nav-${kebab(i.key)}`}
            aria-current={i.key === selected ? 'page' : undefined}
            onClick={onNavigate}
          >
            {t(i.labelKey)}
          </Link>
          <NavCount navKey={i.key} />
        </li>
      ))}
    </ul>
  );
}

/** The phone menu: a panel from the left over a mask; Escape, the mask or the close button close it. */
function MenuDrawer({ onClose, children }: { onClose: () => void; children: ReactNode }) {
  const { t } = useTranslation();
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    close.current?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <div className="app-drawer-root">
      <div className="app-drawer-mask" onClick={onClose} aria-hidden />
      <div
        id="app-menu-drawer"
        className="app-menu-drawer"
        role="dialog"
        aria-modal="true"
        aria-labelledby="app-menu-drawer-title"
      >
        <div className="app-drawer-header">
          <button
            ref={close}
            type="button"
            className="app-drawer-close"
            aria-label={t('a11y.closeMenu')}
            onClick={onClose}
          >
            <span aria-hidden>×</span>
          </button>
          <span id="app-menu-drawer-title" className="app-drawer-title">
            {t('app.short')}
          </span>
        </div>
        <div className="app-drawer-body">{children}</div>
      </div>
    </div>
  );
}

/**
 * Page frame: title bar (language, user), role-dependent navigation, content. On phones (< 768 px) the bar is
 * one line (menu button, brand, language, login) and the navigation and the user's details open in a drawer,
 * so that content starts right below a 56 px bar. Plain markup (no antd), so that the public entry stays small
 * (issue 17); the pages bring antd with them (components/AntdRoot).
 */
export function AppLayout() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const phone = useIsPhone();
  useFocusableScrollRegions(MAIN_ID);
  const [menuOpen, setMenuOpen] = useState(false);
  const [authErrorClosed, setAuthErrorClosed] = useState<Error>();
  const menuButton = useRef<HTMLButtonElement>(null);
  const items = navItemsFor(session.roles);
  const selected = selectedNavKey(items, location.pathname);
  const signedIn = session.isAuthenticated && !!session.user;
  const closeMenu = () => {
    setMenuOpen(false);
    menuButton.current?.focus();
  };

  return (
    <div className={phone ? 'app app-phone' : 'app'}>
      <a className="skip-link" href={`#${MAIN_ID}`}>
        {t('a11y.skipToContent')}
      </a>
      <header className="app-topbar" data-testid="app-header">
        {phone && (
          <button
            ref={menuButton}
            type="button"
            className="app-menu-button"
            data-testid="menu-button"
            aria-label={t('a11y.openMenu')}
            aria-expanded={menuOpen}
            aria-controls="app-menu-drawer"
            onClick={() => setMenuOpen(true)}
          >
            <span className="hamburger" aria-hidden />
          </button>
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
        menuOpen && (
          <MenuDrawer onClose={closeMenu}>
            {signedIn && (
              <div className="app-drawer-user">
                <UserBadge stacked />
              </div>
            )}
            <nav data-testid="main-nav" aria-label={t('a11y.mainNav')}>
              <NavMenu items={items} selected={selected} vertical onNavigate={() => setMenuOpen(false)} />
            </nav>
          </MenuDrawer>
        )
      ) : (
        <nav className="app-nav" data-testid="main-nav" aria-label={t('a11y.mainNav')}>
          <NavMenu items={items} selected={selected} />
        </nav>
      )}
      <main className="app-content" id={MAIN_ID} tabIndex={-1}>
        <RetryNotice />
        {session.error && session.error !== authErrorClosed && (
          <div role="alert" className="app-alert app-alert-error app-auth-error" data-testid="auth-error">
            <span className="app-alert-message">{t('auth.error', { message: session.error.message })}</span>
            <button
              type="button"
              className="app-alert-close"
              aria-label={t('a11y.close')}
              onClick={() => setAuthErrorClosed(session.error)}
            >
              <span aria-hidden>×</span>
            </button>
          </div>
        )}
        <Outlet />
      </main>
      <footer className="app-footer">
        <span className="text-secondary">{t('app.footer')}</span>
      </footer>
    </div>
  );
}
