import { Button, Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session';
import { canSee, type NavItem } from '../nav/navItems';

/** Renders `children` only for logged-in users holding one of the item's roles. */
export function RequireRoles({ item, children }: { item: Pick<NavItem, 'roles'>; children: ReactNode }) {
  const { t } = useTranslation();
  const session = useSession();
  if (session.isLoading) return <Spin />;
  if (item.roles !== null && !session.isAuthenticated) {
    return (
      <Result
        status="info"
        title={<h1 className="result-title">{t('auth.loginRequired')}</h1>}
        data-testid="login-required"
        extra={
          <Button type="primary" onClick={() => void session.login()}>
            {t('auth.login')}
          </Button>
        }
      />
    );
  }
  if (!canSee(item, session.roles)) {
    return (
      <Result status="403" title={<h1 className="result-title">{t('auth.forbidden')}</h1>} data-testid="forbidden" />
    );
  }
  return <>{children}</>;
}
