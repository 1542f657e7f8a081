import { Button, Card, Flex, Space, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session';
import { DossierWorkCards } from '../components/dashboard/DossierWorkCards';
import {
  AppraisalWorkCards,
  hasAppraisalWorkCounts,
  hasInspectionWorkCounts,
  InspectionWorkCards,
} from '../components/dashboard/RoleWorkCards';
import { hasWorkCounts } from '../components/dashboard/workCounts';
import { navItemsFor, ROUTES } from '../nav/navItems';

/**
 * Home page. Visitors: the catalogue and the login. Signed-in staff: their work dashboard, per role — for the roles
 * with a worklist (officer, specialist, leader, admin, inspector) the counts of open dossiers, each linking to the
 * filtered worklist (per unit for leaders); for inspectors the conclusions due and overdue and the remediation
 * overdue, for appraisers the self-assessments waiting for (re-)appraisal, each linking to the list filtered to them.
 * Users with no dashboard part yet keep the links to their features.
 */
export default function HomePage() {
  const { t } = useTranslation();
  const session = useSession();
  const dossiers = hasWorkCounts(session.roles);
  const inspections = hasInspectionWorkCounts(session.roles);
  const appraisal = hasAppraisalWorkCounts(session.roles);
  const anyCounts = dossiers || inspections || appraisal;
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
        <>
          <Typography.Title level={2} style={{ margin: 0 }} data-testid="home-welcome">
            {t('home.welcome', { name: session.user.name })}
          </Typography.Title>
          {dossiers && <DossierWorkCards />}
          {inspections && <InspectionWorkCards />}
          {appraisal && <AppraisalWorkCards />}
          {!anyCounts && features.length > 0 && (
            <Card title={t('dashboard.quickLinks')} data-testid="home-features">
              <Space wrap>
                {features.map((f) => (
                  <Link key={f.key} to={f.path}>
                    <Button>{t(f.labelKey)}</Button>
                  </Link>
                ))}
              </Space>
            </Card>
          )}
        </>
      ) : (
        <Typography.Paragraph type="secondary">{t('home.loginHint')}</Typography.Paragraph>
      )}
    </Flex>
  );
}
