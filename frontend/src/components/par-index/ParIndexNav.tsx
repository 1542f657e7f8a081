import { Menu } from 'antd';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/session';
import { hasAnyRole } from '../../nav/navItems';
import { PAR_PATHS, SURVEY_IMPORT_ROLES } from './paths';

const ITEMS = [
  { key: 'assessments', path: PAR_PATHS.assessments },
  { key: 'criteriaSets', path: PAR_PATHS.criteriaSets },
  { key: 'ranking', path: PAR_PATHS.ranking },
  { key: 'serviceIndex', path: PAR_PATHS.serviceIndex },
  { key: 'surveys', path: PAR_PATHS.surveys },
] as const;

/** The sections of `/chi-so` (survey import: appraisers and admins only). */
export function ParIndexNav() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const { roles } = useSession();
  const items = ITEMS.filter((i) => i.key !== 'surveys' || hasAnyRole(roles, SURVEY_IMPORT_ROLES));
  const selected =
    [...items].reverse().find((i) => i.path !== PAR_PATHS.assessments && pathname.startsWith(i.path))?.key ??
    'assessments';
  return (
    <Menu
      mode="horizontal"
      // every entry shown (wrapping on phones): antd's overflow entries stay focusable under aria-hidden
      disabledOverflow
      className="menu-wrap"
      data-testid="par-nav"
      selectedKeys={[selected]}
      items={items.map((i) => ({
        key: i.key,
        label: (
          <Link to={i.path} data-testid={`par-nav-${i.key}`}>
            {t(`parIndex.nav.${i.key}`)}
          </Link>
        ),
      }))}
    />
  );
}
