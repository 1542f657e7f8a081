import { useTranslation } from 'react-i18next';
import type { NavKey } from '../../nav/navItems';
import { useDossierWorkCounts, useHasQueryClient } from './workCounts';

/**
 * The count shown beside a navigation entry: on the worklist ("Hồ sơ"), the overdue dossiers of the user's scope
 * (`GET /dossiers/work-counts`, `overdue`); nothing for other entries, for a zero, or while unknown.
 */
export function NavCount({ navKey }: { navKey: NavKey }) {
  const hasClient = useHasQueryClient();
  if (navKey !== 'dossiers' || !hasClient) return null;
  return <WorklistBadge />;
}

function WorklistBadge() {
  const { t } = useTranslation();
  const counts = useDossierWorkCounts();
  const overdue = counts.data?.counts.overdue ?? 0;
  if (overdue <= 0) return null;
  const label = t('dashboard.navOverdue', { count: overdue });
  return (
    <span
      role="img"
      title={label}
      aria-label={label}
      className="nav-count"
      data-testid="nav-dossiers-count"
      style={{ marginInlineStart: 6 }}
    >
      <span className="nav-count-badge">{overdue > 999 ? '999+' : overdue}</span>
    </span>
  );
}
