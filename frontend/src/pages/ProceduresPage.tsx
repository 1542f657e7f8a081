import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session';
import { ProcedureSearch } from '../components/ProcedureSearch';
import { CATALOGUE_STAFF_ROLES, hasAnyRole } from '../nav/navItems';
import { PageTitle } from '../components/PageTitle';

/**
 * Public catalogue search (no login needed); catalogue staff also filter by state. Plain markup, no antd (issue 17:
 * a public page loads at most 150 KB of gzipped script; scripts/size-budget.mjs).
 */
export default function ProceduresPage() {
  const { t } = useTranslation();
  const session = useSession();
  const staff = hasAnyRole(session.roles, CATALOGUE_STAFF_ROLES);
  return (
    <>
      <PageTitle>{t('procedures.title')}</PageTitle>
      <p className="text-secondary">{staff ? t('procedures.staffHint') : t('procedures.subtitle')}</p>
      <ProcedureSearch staff={staff} />
    </>
  );
}
