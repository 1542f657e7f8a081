import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session';
import { ProcedureSearch } from '../components/ProcedureSearch';
import { CATALOGUE_STAFF_ROLES, hasAnyRole } from '../nav/navItems';
import { PageTitle } from '../components/PageTitle';
import { withAntd } from '../components/AntdRoot';

/** Public catalogue search (no login needed); catalogue staff also filter by state. */
function ProceduresPage() {
  const { t } = useTranslation();
  const session = useSession();
  const staff = hasAnyRole(session.roles, CATALOGUE_STAFF_ROLES);
  return (
    <>
      <PageTitle>{t('procedures.title')}</PageTitle>
      <Typography.Paragraph type="secondary">
        {staff ? t('procedures.staffHint') : t('procedures.subtitle')}
      </Typography.Paragraph>
      <ProcedureSearch staff={staff} />
    </>
  );
}

// antd's theme, locale and App context, with the page (the frame carries no antd)
export default withAntd(ProceduresPage);
