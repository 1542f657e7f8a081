import { Spin, Tabs, Typography } from 'antd';
import { Suspense } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { RequireRoles } from '../components/RequireRoles';
import { ProcedureListView } from '../components/ProcedureListView';
import { useSession } from '../auth/session';
import { canSee, navItem, ROUTES } from '../nav/navItems';
import { PageTitle } from '../components/PageTitle';

type DossierTab = 'worklist' | 'receive' | 'catalogue';

function tabOf(pathname: string): DossierTab {
  if (pathname.startsWith(ROUTES.dossierCatalogue)) return 'catalogue';
  if (pathname.startsWith(ROUTES.dossierReceive)) return 'receive';
  return 'worklist';
}

const TAB_PATHS: Record<DossierTab, string> = {
  worklist: ROUTES.dossiers,
  receive: ROUTES.dossierReceive,
  catalogue: ROUTES.dossierCatalogue,
};

/** "Hồ sơ": officers, specialists, leaders, admins. Worklist, one-stop desk, dossier pages and the catalogue copy are nested routes. */
export default function DossiersPage() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const session = useSession();
  const canReceive = canSee(navItem('dossierReceive'), session.roles);
  return (
    <RequireRoles item={navItem('dossiers')}>
      <PageTitle>{t('dossiers.title')}</PageTitle>
      <Tabs
        activeKey={tabOf(pathname)}
        onChange={(key) => navigate(TAB_PATHS[key as DossierTab])}
        items={[
          {
            key: 'worklist',
            label: <span data-testid="dossiers-overview-tab">{t('dossiers.overview')}</span>,
          },
          ...(canReceive
            ? [{ key: 'receive', label: <span data-testid="dossier-receive-tab">{t('dossiers.receive')}</span> }]
            : []),
          {
            key: 'catalogue',
            label: <span data-testid="dossier-catalogue-tab">{t('dossiers.catalogue')}</span>,
          },
        ]}
      />
      <Suspense fallback={<Spin className="app-spin" />}>
        <Outlet />
      </Suspense>
    </RequireRoles>
  );
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
