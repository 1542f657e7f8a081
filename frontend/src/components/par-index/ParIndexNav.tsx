import { Menu } from 'antd';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PAR_PATHS } from './paths';

const ITEMS = [
  { key: 'assessments', path: PAR_PATHS.assessments },
  { key: 'criteriaSets', path: PAR_PATHS.criteriaSets },
  { key: 'ranking', path: PAR_PATHS.ranking },
  { key: 'serviceIndex', path: PAR_PATHS.serviceIndex },
] as const;

/** The sections of `/chi-so`. */
export function ParIndexNav() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const selected = [...ITEMS].reverse().find((i) => i.path !== PAR_PATHS.assessments && pathname.startsWith(i.path))?.key ?? 'assessments';
  return (
    <Menu
      mode="horizontal"
      data-testid="par-nav"
      selectedKeys={[selected]}
      items={ITEMS.map((i) => ({
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
