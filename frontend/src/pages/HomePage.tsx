import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session';
import { lazy, Suspense } from 'react';
import {
  hasAppraisalWorkCounts,
  hasCatalogueWorkCounts,
  hasInspectionWorkCounts,
  hasWorkCounts,
} from '../components/dashboard/workCounts';
import { navItemsFor, ROUTES } from '../nav/navItems';

// staff only (it brings antd, its Table): not in the public entry
const DossierWorkCards = lazy(() =>
  Promise.all([import('../components/dashboard/DossierWorkCards'), import('../components/AntdRoot')]).then(
    ([m, a]) => ({ default: a.withAntd(m.DossierWorkCards) }),
  ),
);
const InspectionWorkCards = lazy(() =>
  Promise.all([import('../components/dashboard/RoleWorkCards'), import('../components/AntdRoot')]).then(([m, a]) => ({
    default: a.withAntd(m.InspectionWorkCards),
  })),
);
const AppraisalWorkCards = lazy(() =>
  Promise.all([import('../components/dashboard/RoleWorkCards'), import('../components/AntdRoot')]).then(([m, a]) => ({
    default: a.withAntd(m.AppraisalWorkCards),
  })),
);
const CatalogueWorkCards = lazy(() =>
  Promise.all([import('../components/dashboard/RoleWorkCards'), import('../components/AntdRoot')]).then(([m, a]) => ({
    default: a.withAntd(m.CatalogueWorkCards),
  })),
);

/**
 * Home page. Visitors: the catalogue and the login. Signed-in staff: their work dashboard, per role — for the roles
 * with a worklist (officer, specialist, leader, admin, inspector) the counts of open dossiers, each linking to the
 * filtered worklist (per unit for leaders); for inspectors the conclusions due and overdue and the remediation
 * overdue, for appraisers the self-assessments waiting for (re-)appraisal, for the catalogue staff (catalogue-admin,
 * admin) the drafts, the decisions taking effect within 7 days and the posting issues, each linking to the list
 * filtered to them.
 * Users with no dashboard part yet keep the links to their features.
 */
export default function HomePage() {
  const { t } = useTranslation();
  const session = useSession();
  const dossiers = hasWorkCounts(session.roles);
  const inspections = hasInspectionWorkCounts(session.roles);
  const appraisal = hasAppraisalWorkCounts(session.roles);
  const catalogue = hasCatalogueWorkCounts(session.roles);
  const anyCounts = dossiers || inspections || appraisal || catalogue;
  const features = navItemsFor(session.roles).filter((i) => i.key !== 'procedures');

  return (
    <div className="home">
      <div className="home-hero">
        <h1 className="home-title" data-testid="app-title">
          {t('app.title')}
        </h1>
        <p className="home-tagline">{t('app.tagline')}</p>
        <div className="button-row">
          <Link to={ROUTES.procedures} className="btn btn-primary btn-lg" data-testid="home-procedures-link">
            {t('home.browse')}
          </Link>
          {!session.isAuthenticated && !session.isLoading && (
            <button
              type="button"
              className="btn btn-lg"
              data-testid="home-login-button"
              onClick={() => void session.login('/')}
            >
              {t('auth.login')}
            </button>
          )}
        </div>
      </div>
      {session.isAuthenticated && session.user ? (
        <>
          <h2 className="home-welcome" data-testid="home-welcome">
            {t('home.welcome', { name: session.user.name })}
          </h2>
          {dossiers && (
            <Suspense fallback={null}>
              <DossierWorkCards />
            </Suspense>
          )}
          {(inspections || appraisal || catalogue) && (
            <Suspense fallback={null}>
              {inspections && <InspectionWorkCards />}
              {appraisal && <AppraisalWorkCards />}
              {catalogue && <CatalogueWorkCards />}
            </Suspense>
          )}
          {!anyCounts && features.length > 0 && (
            <section className="home-card" data-testid="home-features" aria-labelledby="home-features-title">
              <h2 id="home-features-title" className="home-card-title">
                {t('dashboard.quickLinks')}
              </h2>
              <div className="button-row">
                {features.map((f) => (
                  <Link key={f.key} to={f.path} className="btn">
                    {t(f.labelKey)}
                  </Link>
                ))}
              </div>
            </section>
          )}
        </>
      ) : (
        <p className="text-secondary">{t('home.loginHint')}</p>
      )}
    </div>
  );
}
