import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Placeholder } from '../components/Placeholder';
import { RequireRoles } from '../components/RequireRoles';
import { navItem } from '../nav/navItems';

export function InspectionsPage() {
  return (
    <RequireRoles item={navItem('inspections')}>
      <Placeholder titleKey="inspections.title" />
    </RequireRoles>
  );
}

export function ParIndexPage() {
  return (
    <RequireRoles item={navItem('parIndex')}>
      <Placeholder titleKey="parIndex.title" />
    </RequireRoles>
  );
}

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title={t('notFound.title')}
      data-testid="not-found"
      extra={
        <Link to="/">
          <Button type="primary">{t('notFound.back')}</Button>
        </Link>
      }
    />
  );
}
