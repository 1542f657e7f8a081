import { Tabs, Typography } from 'antd';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { RequireRoles } from '../components/RequireRoles';
import { Placeholder } from '../components/Placeholder';
import { ProcedureListView } from '../components/ProcedureListView';
import { navItem, ROUTES } from '../nav/navItems';

/** "Hồ sơ": officers, specialists, leaders, admins. Sub views are nested routes. */
export default function DossiersPage() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const active = pathname.startsWith(ROUTES.dossierCatalogue) ? 'catalogue' : 'overview';
  return (
    <RequireRoles item={navItem('dossiers')}>
      <Typography.Title level={2}>{t('dossiers.title')}</Typography.Title>
      <Tabs
        activeKey={active}
        onChange={(key) => navigate(key === 'catalogue' ? ROUTES.dossierCatalogue : ROUTES.dossiers)}
        items={[
          {
            key: 'overview',
            label: <span data-testid="dossiers-overview-tab">{t('dossiers.overview')}</span>,
          },
          {
            key: 'catalogue',
            label: <span data-testid="dossier-catalogue-tab">{t('dossiers.catalogue')}</span>,
          },
        ]}
      />
      <Outlet />
    </RequireRoles>
  );
}

export function DossiersOverview() {
  return <Placeholder titleKey="dossiers.title" />;
}

/** What the dossiers service has received from the procedure catalogue (bearer token required). */
export function DossierCatalogue() {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Paragraph type="secondary">{t('dossiers.catalogueHint')}</Typography.Paragraph>
      <ProcedureListView endpoint="/api/v1/dossiers/catalogue" testId="dossier-catalogue-table" />
    </>
  );
}
